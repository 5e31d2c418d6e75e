#include "fielddesk/dispatchboard/bestslotdialog.h"

#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/routingclient.h"
#include "fielddesk/client/displayformat.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kMinimumWidth = 560;
constexpr int kMinimumHeight = 340;
enum Column { RankColumn, DayColumn, TechnicianColumn, StartColumn, TravelColumn };

} // namespace

BestSlotDialog::BestSlotDialog(board::RoutingClient *client,
                               qint64 jobId,
                               const QString &jobTitle,
                               QDate day,
                               const QTimeZone &timeZone,
                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_jobId(jobId)
    , m_timeZone(timeZone)
    , m_from(new QDateEdit(day, this))
    , m_to(new QDateEdit(day, this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_state(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("bestSlotDialog"));
    setWindowTitle(tr("Best slots for “%1”").arg(jobTitle));
    setMinimumSize(kMinimumWidth, kMinimumHeight);
    m_from->setObjectName(QStringLiteral("bestSlotFrom"));
    m_to->setObjectName(QStringLiteral("bestSlotTo"));
    m_find->setObjectName(QStringLiteral("bestSlotFind"));
    m_skipped->setObjectName(QStringLiteral("bestSlotSkippedDays"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(client::display::datePattern());
    }
    m_skipped->setWordWrap(true);
    m_skipped->hide();
    m_list->setObjectName(QStringLiteral("bestSlotList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("#"), tr("Day"), tr("Technician"), tr("Start"), tr("Added travel")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_assign = buttons->button(QDialogButtonBox::Ok);
    m_assign->setText(tr("&Assign"));
    m_assign->setEnabled(false);
    // Enter takes the selected suggestion, not a new search.
    m_find->setAutoDefault(false);

    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Days &from"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addWidget(m_find);
    range->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Ranked by the routing engine across the days chosen:"), this));
    layout->addLayout(range);
    layout->addWidget(m_state);
    layout->addWidget(m_skipped);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &BestSlotDialog::findSlots);
    // The range stays a range the server takes: from first, at most kMaxDays days.
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate from) {
        m_to->setMinimumDate(from);
        m_to->setMaximumDate(from.addDays(kMaxDays - 1));
    });
    m_to->setMinimumDate(day);
    m_to->setMaximumDate(day.addDays(kMaxDays - 1));
    // One click (or Enter) on a suggestion takes it.
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::itemClicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_assign->setEnabled(current != nullptr); });
    findSlots();
}

void BestSlotDialog::findSlots()
{
    const int asked = ++m_asked;
    m_loaded = false;
    m_state->setText(tr("Asking the routing engine…"));
    m_state->show();
    m_client->bestSlotsBetween(m_jobId, m_from->date(), m_to->date(), kSuggestions, this,
                               [this, asked](const QList<board::BestSlot> &suggestions,
                                             const QList<board::SkippedDay> &skipped,
                                             const QString &error) {
                                   if (asked == m_asked)
                                       showSuggestions(suggestions, skipped, error);
                               });
}

void BestSlotDialog::showSuggestions(const QList<board::BestSlot> &suggestions,
                                     const QList<board::SkippedDay> &skipped,
                                     const QString &error)
{
    m_suggestions = suggestions;
    m_skippedDays = skipped;
    m_loaded = true;
    m_list->clear();
    if (!error.isEmpty())
        m_state->setText(tr("No suggestions: %1").arg(error));
    else if (suggestions.isEmpty())
        m_state->setText(m_from->date() == m_to->date()
                             ? tr("Nobody can take this job that day.")
                             : tr("Nobody can take this job on these days."));
    else
        m_state->hide();
    QStringList skippedLines;
    for (const board::SkippedDay &day : skipped)
        skippedLines << tr("%1: %2").arg(client::display::weekdayDayMonth(day.day), day.reason);
    m_skipped->setText(
        tr("Skipped for the weather: %1").arg(skippedLines.join(QStringLiteral("; "))));
    m_skipped->setVisible(!skipped.isEmpty());
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        const board::BestSlot &slot = suggestions.at(i);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(slot.startMs, m_timeZone);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RankColumn, QString::number(i + 1));
        item->setText(DayColumn, client::display::weekdayDayMonth(
                                     slot.day.isValid() ? slot.day : start.date()));
        item->setText(TechnicianColumn, slot.technicianName);
        item->setText(StartColumn, client::display::time(start));
        item->setText(TravelColumn,
                      slot.addedTravelS >= 0
                          ? tr("+%1").arg(board::RoutePreview::durationText(slot.addedTravelS))
                          : tr("−%1").arg(board::RoutePreview::durationText(-slot.addedTravelS)));
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->resizeColumnToContents(DayColumn);
        m_list->resizeColumnToContents(TechnicianColumn);
        m_list->setFocus();
    }
    emit suggestionsLoaded();
}

std::optional<board::BestSlot> BestSlotDialog::chosen() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_suggestions.size())
        return std::nullopt;
    return m_suggestions.at(row);
}

} // namespace fielddesk::dispatchboard
