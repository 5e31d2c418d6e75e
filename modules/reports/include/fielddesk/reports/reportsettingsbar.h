// What a report shows, as the manager picks it: ledger (expenses or spiffs), period (a preset
// or a custom range), one or two groupings, and filters (location, employee, category or type,
// status). It hands out the ReportQuery and remembers the last choices per user.
// Part of fielddesk_reports.
#pragma once

#include "fielddesk/money/moneyclient.h"
#include "fielddesk/money/report.h"

#include <QDate>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace fielddesk::reports {

class ReportSettingsBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReportSettingsBar(QWidget *parent = nullptr);

    // The report the choices ask for, as seen on `today` (the presets' days).
    money::ReportQuery query() const;
    void setToday(QDate today);
    void setChoices(const money::ReportChoices &choices);

    // The last choices of a user; a user with none gets last month by category (the month a
    // manager reviews).
    void restore(const QString &settingsKey);
    void save(const QString &settingsKey) const;
    // A description of the choices for a printed report ("Expenses · 1 Nov – 30 Nov 2026 ·
    // by month and category · location Denver").
    QString description(const QLocale &locale = QLocale()) const;

    QComboBox *ledgerBox() const { return m_ledger; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *groupBox(int which) const { return which == 0 ? m_group : m_thenBy; }
    QComboBox *locationBox() const { return m_location; }
    QComboBox *employeeBox() const { return m_employee; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *statusBox() const { return m_status; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void queryChanged();

private:
    void fillGroupings();
    void fillCategories();
    void applyPreset();
    void announce();
    money::Ledger ledger() const;

    QComboBox *m_ledger;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QComboBox *m_thenBy;
    QComboBox *m_location;
    QComboBox *m_employee;
    QComboBox *m_category;
    QComboBox *m_status;
    money::ReportChoices m_choices;
    // The filters restored before their lists came (location, employee, category).
    QList<QVariant> m_restoredFilters;
    QDate m_today = QDate::currentDate();
    bool m_quiet = false; // no queryChanged while the bar sets itself up
};

} // namespace fielddesk::reports
