#include "fielddesk/dispatchboard/bestslotdialog.h"

#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/routingclient.h"
#include "fielddesk/client/displayformat.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fielddesk::dispatchboard {

namespace {

constexpr int kMinimumWidth = 520;
constexpr int kMinimumHeight = 320;
enum Column { RankColumn, TechnicianColumn, StartColumn, TravelColumn };

} // namespace

BestSlotDialog::BestSlotDialog(board::RoutingClient *client,
                               qint64 jobId,
                               const QString &jobTitle,
                               QDate day,
                               const QTimeZone &timeZone,
                               QWidget *parent)
    : QDialog(parent)
    , m_jobId(jobId)
    , m_timeZone(timeZone)
    , m_state(new QLabel(tr("Asking the routing engine…"), this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("bestSlotDialog"));
    setWindowTitle(tr("Best slots for “%1”").arg(jobTitle));
    setMinimumSize(kMinimumWidth, kMinimumHeight);
    m_list->setObjectName(QStringLiteral("bestSlotList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("#"), tr("Technician"), tr("Start"), tr("Added travel")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Ranked by the routing engine for %1:")
                                     .arg(QLocale().toString(day, QLocale::LongFormat)),
                                 this));
    layout->addWidget(m_state);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // One click (or Enter) on a suggestion takes it.
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::itemClicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [buttons](QTreeWidgetItem *current) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(current != nullptr);
    });
    client->bestSlots(jobId, day, kSuggestions, this,
                      [this](const QList<board::BestSlot> &suggestions, const QString &error) {
                          showSuggestions(suggestions, error);
                      });
}

void BestSlotDialog::showSuggestions(const QList<board::BestSlot> &suggestions,
                                     const QString &error)
{
    m_suggestions = suggestions;
    m_loaded = true;
    if (!error.isEmpty())
        m_state->setText(tr("No suggestions: %1").arg(error));
    else if (suggestions.isEmpty())
        m_state->setText(tr("Nobody can take this job that day."));
    else
        m_state->hide();
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        const board::BestSlot &slot = suggestions.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RankColumn, QString::number(i + 1));
        item->setText(TechnicianColumn, slot.technicianName);
        item->setText(StartColumn, client::display::weekdayTime(
                                       QDateTime::fromMSecsSinceEpoch(slot.startMs, m_timeZone)));
        item->setText(TravelColumn,
                      slot.addedTravelS >= 0
                          ? tr("+%1").arg(board::RoutePreview::durationText(slot.addedTravelS))
                          : tr("−%1").arg(board::RoutePreview::durationText(-slot.addedTravelS)));
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
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
