// "Repeat" for a new job: weekly on chosen weekdays every N weeks, or monthly on a day of the
// month or the n-th (or last) weekday every N months; from the job's day, until a date, for a
// number of visits, or without end. The next dates show as the choices change, computed by the
// domain's RecurrenceRule (the one the server materialises occurrences with), and a choice the
// rule cannot use is said before anything is sent. Part of fielddesk_jobedit.
#pragma once

#include "fielddesk/domain/jobseries.h"

#include <QDate>
#include <QGroupBox>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace fielddesk::jobedit {

class RecurrenceEditor : public QGroupBox
{
    Q_OBJECT

public:
    enum class Pattern { Weekly, MonthlyByDay, MonthlyByWeekday };
    enum class End { Never, OnDate, AfterCount };

    // How many next dates the preview shows.
    static constexpr int kPreviewCount = 5;

    explicit RecurrenceEditor(QWidget *parent = nullptr);

    // The first day (the job's window day): the weekday, day of month and n-th weekday
    // offered follow it until the user chooses otherwise.
    void setStartDate(const QDate &date);
    // What "today" is for the preview (the board's day by default: the start).
    void setToday(const QDate &today) { m_today = today; }

    Recurrence recurrence() const;
    // Why the choices cannot be sent; empty when they can.
    QString problem() const;
    QStringList previewDates() const;

    QComboBox *patternBox() const { return m_pattern; }
    QSpinBox *intervalBox() const { return m_interval; }
    QToolButton *weekdayButton(int isoWeekday) const { return m_weekdays.at(isoWeekday - 1); }
    QSpinBox *monthDayBox() const { return m_monthDay; }
    QComboBox *nthBox() const { return m_nth; }
    QComboBox *nthWeekdayBox() const { return m_nthWeekday; }
    QComboBox *endBox() const { return m_end; }
    QDateEdit *untilEdit() const { return m_until; }
    QSpinBox *countBox() const { return m_count; }
    QLabel *previewLabel() const { return m_preview; }

signals:
    void changed();

private:
    void showPattern();
    void updatePreview();

    QDate m_start;
    QDate m_today;
    QComboBox *m_pattern;
    QSpinBox *m_interval;
    QStackedWidget *m_patternPages;
    std::array<QToolButton *, 7> m_weekdays{};
    QSpinBox *m_monthDay;
    QComboBox *m_nth;
    QComboBox *m_nthWeekday;
    QComboBox *m_end;
    QDateEdit *m_until;
    QSpinBox *m_count;
    QLabel *m_preview;
};

} // namespace fielddesk::jobedit
