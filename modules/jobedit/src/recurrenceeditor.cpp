#include "fielddesk/jobedit/recurrenceeditor.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/domain/recurrencerule.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

namespace fielddesk::jobedit {

namespace {

constexpr int kMaxInterval = 99;
constexpr int kMaxCount = 500;
constexpr int kDefaultCount = 10;
constexpr int kLastWeek = -1;

// The n-th of its weekday in its month a date is (1..4), or last when it is the last one.
int nthOfMonth(const QDate &date)
{
    if (date.addDays(7).month() != date.month())
        return kLastWeek;
    return (date.day() - 1) / 7 + 1;
}

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget *parent)
    : QGroupBox(tr("Repeat"), parent)
    , m_pattern(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_patternPages(new QStackedWidget(this))
    , m_monthDay(new QSpinBox(this))
    , m_nth(new QComboBox(this))
    , m_nthWeekday(new QComboBox(this))
    , m_end(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_count(new QSpinBox(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("recurrenceEditor"));
    setCheckable(true);
    setChecked(false);
    m_pattern->setObjectName(QStringLiteral("recurrencePattern"));
    m_pattern->addItem(tr("Weekly"), int(Pattern::Weekly));
    m_pattern->addItem(tr("Monthly on a day"), int(Pattern::MonthlyByDay));
    m_pattern->addItem(tr("Monthly on a weekday"), int(Pattern::MonthlyByWeekday));
    m_interval->setObjectName(QStringLiteral("recurrenceInterval"));
    m_interval->setAccessibleName(tr("Every"));
    m_interval->setRange(1, kMaxInterval);
    m_interval->setPrefix(tr("every "));

    // Weekly: a toggle per weekday, in the locale's names.
    auto *weekly = new QWidget(m_patternPages);
    auto *weekdays = new QHBoxLayout(weekly);
    weekdays->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *button = new QToolButton(weekly);
        button->setObjectName(QStringLiteral("weekday%1").arg(day));
        button->setText(locale.dayName(day, QLocale::ShortFormat));
        button->setAccessibleName(locale.dayName(day));
        button->setCheckable(true);
        connect(button, &QToolButton::toggled, this, &RecurrenceEditor::updatePreview);
        weekdays->addWidget(button);
        m_weekdays[day - 1] = button;
    }
    weekdays->addStretch();
    m_patternPages->addWidget(weekly);

    auto *byDay = new QWidget(m_patternPages);
    auto *byDayLayout = new QHBoxLayout(byDay);
    byDayLayout->setContentsMargins(0, 0, 0, 0);
    m_monthDay->setObjectName(QStringLiteral("recurrenceMonthDay"));
    m_monthDay->setRange(1, 31);
    m_monthDay->setPrefix(tr("on day "));
    m_monthDay->setToolTip(tr("Months without that day have no visit."));
    byDayLayout->addWidget(m_monthDay);
    byDayLayout->addStretch();
    m_patternPages->addWidget(byDay);

    auto *byWeekday = new QWidget(m_patternPages);
    auto *byWeekdayLayout = new QHBoxLayout(byWeekday);
    byWeekdayLayout->setContentsMargins(0, 0, 0, 0);
    m_nth->setObjectName(QStringLiteral("recurrenceNth"));
    m_nth->addItem(tr("first"), 1);
    m_nth->addItem(tr("second"), 2);
    m_nth->addItem(tr("third"), 3);
    m_nth->addItem(tr("fourth"), 4);
    m_nth->addItem(tr("last"), kLastWeek);
    m_nthWeekday->setObjectName(QStringLiteral("recurrenceNthWeekday"));
    for (int day = 1; day <= 7; ++day)
        m_nthWeekday->addItem(locale.dayName(day), day);
    byWeekdayLayout->addWidget(new QLabel(tr("on the"), byWeekday));
    byWeekdayLayout->addWidget(m_nth);
    byWeekdayLayout->addWidget(m_nthWeekday);
    byWeekdayLayout->addStretch();
    m_patternPages->addWidget(byWeekday);

    m_end->setObjectName(QStringLiteral("recurrenceEnd"));
    m_end->addItem(tr("No end"), int(End::Never));
    m_end->addItem(tr("Until"), int(End::OnDate));
    m_end->addItem(tr("Number of visits"), int(End::AfterCount));
    m_until->setObjectName(QStringLiteral("recurrenceUntil"));
    m_until->setCalendarPopup(true);
    m_count->setObjectName(QStringLiteral("recurrenceCount"));
    m_count->setRange(1, kMaxCount);
    m_count->setValue(kDefaultCount);
    m_preview->setObjectName(QStringLiteral("recurrencePreview"));
    m_preview->setWordWrap(true);

    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_pattern);
    patternRow->addWidget(m_interval);
    patternRow->addStretch();
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_end);
    endRow->addWidget(m_until);
    endRow->addWidget(m_count);
    endRow->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Repeats"), patternRow);
    form->addRow(QString(), m_patternPages);
    form->addRow(tr("Ends"), endRow);
    form->addRow(tr("Next visits"), m_preview);

    connect(m_pattern, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::showPattern);
    connect(m_end, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::showPattern);
    for (QSpinBox *box : {m_interval, m_monthDay, m_count})
        connect(box, &QSpinBox::valueChanged, this, &RecurrenceEditor::updatePreview);
    for (QComboBox *box : {m_nth, m_nthWeekday})
        connect(box, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::updatePreview);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::updatePreview);
    connect(this, &QGroupBox::toggled, this, &RecurrenceEditor::updatePreview);
    setStartDate(QDate::currentDate());
    showPattern();
}

void RecurrenceEditor::setStartDate(const QDate &date)
{
    if (!date.isValid() || date == m_start)
        return;
    const QDate before = m_start;
    m_start = date;
    if (!m_today.isValid() || m_today == before)
        m_today = date;
    // The choices that followed the old start follow the new one.
    const bool weekdaysFollowed = !before.isValid() || [&] {
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays.at(day - 1)->isChecked() != (day == before.dayOfWeek()))
                return false;
        }
        return true;
    }();
    const QSignalBlocker quietDay(m_monthDay);
    if (weekdaysFollowed) {
        for (int day = 1; day <= 7; ++day) {
            const QSignalBlocker quiet(m_weekdays.at(day - 1));
            m_weekdays.at(day - 1)->setChecked(day == date.dayOfWeek());
        }
    }
    if (!before.isValid() || m_monthDay->value() == before.day())
        m_monthDay->setValue(date.day());
    {
        const QSignalBlocker quietNth(m_nth);
        const QSignalBlocker quietWeekday(m_nthWeekday);
        m_nth->setCurrentIndex(std::max(0, m_nth->findData(nthOfMonth(date))));
        m_nthWeekday->setCurrentIndex(date.dayOfWeek() - 1);
    }
    m_until->setMinimumDate(date);
    if (!m_until->date().isValid() || m_until->date() <= date)
        m_until->setDate(date.addMonths(3));
    updatePreview();
}

void RecurrenceEditor::showPattern()
{
    const auto pattern = Pattern(m_pattern->currentData().toInt());
    m_patternPages->setCurrentIndex(int(pattern));
    m_interval->setSuffix(pattern == Pattern::Weekly ? tr(" week(s)") : tr(" month(s)"));
    const auto end = End(m_end->currentData().toInt());
    m_until->setVisible(end == End::OnDate);
    m_count->setVisible(end == End::AfterCount);
    updatePreview();
}

Recurrence RecurrenceEditor::recurrence() const
{
    Recurrence r;
    const auto pattern = Pattern(m_pattern->currentData().toInt());
    r.frequency = pattern == Pattern::Weekly ? QStringLiteral("weekly") : QStringLiteral("monthly");
    r.interval = m_interval->value();
    if (pattern == Pattern::Weekly) {
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays.at(day - 1)->isChecked())
                r.weekdays.append(day);
        }
    } else if (pattern == Pattern::MonthlyByDay) {
        r.monthDay = m_monthDay->value();
    } else {
        r.nth = m_nth->currentData().toInt();
        r.nthWeekday = m_nthWeekday->currentData().toInt();
    }
    r.startsOn = m_start.toString(Qt::ISODate);
    const auto end = End(m_end->currentData().toInt());
    if (end == End::OnDate)
        r.until = m_until->date().toString(Qt::ISODate);
    else if (end == End::AfterCount)
        r.count = m_count->value();
    return r;
}

QString RecurrenceEditor::problem() const
{
    if (Pattern(m_pattern->currentData().toInt()) == Pattern::Weekly &&
        recurrence().weekdays.isEmpty())
        return tr("Choose the weekdays of the visits.");
    const std::optional<RecurrenceProblem> problem = RecurrenceRule(recurrence()).problem();
    return problem ? problem->message : QString();
}

QStringList RecurrenceEditor::previewDates() const
{
    QStringList dates;
    for (const QDate &date :
         RecurrenceRule(recurrence())
             .nextOccurrences(m_today.isValid() ? m_today : m_start, kPreviewCount))
        dates << client::display::weekdayDate(date);
    return dates;
}

void RecurrenceEditor::updatePreview()
{
    const QString wrong = problem();
    const QStringList dates = wrong.isEmpty() ? previewDates() : QStringList();
    if (!wrong.isEmpty())
        m_preview->setText(wrong);
    else if (dates.isEmpty())
        m_preview->setText(tr("No visit falls on these choices."));
    else
        m_preview->setText(dates.join(QStringLiteral(", ")) +
                           (dates.size() == kPreviewCount ? QStringLiteral(", …") : QString()));
    emit changed();
}

} // namespace fielddesk::jobedit
