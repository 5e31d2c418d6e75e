// A report as a table: one column per grouping, the number of entries and the total; one row
// per group and currency, then one bold total row per currency that stays last whatever the
// sort. Amounts are formatted from minor units in the model's locale. Part of
// fielddesk_money: QtCore and QtGui (the bold font), no widgets.
#pragma once

#include "fielddesk/money/report.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace fielddesk::money {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // a key's ISO text or name, a count, an amount in minor units
        IsTotalRole,                 // true on the total rows
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    const Report &report() const { return m_report; }
    void setLocale(const QLocale &locale);

    // The group at a model row; nullptr on a total row.
    const ReportRow *groupAt(int row) const;
    int groupCount() const { return int(m_order.size()); }
    int countColumn() const { return int(m_report.query.groupBy.size()); }
    int totalColumn() const { return countColumn() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant groupData(const ReportRow &row, int column, int role) const;
    QVariant totalData(const CurrencyTotal &total, int column, int role) const;
    QVariant sortKey(const ReportRow &row, int column) const;

    Report m_report;
    QList<int> m_order; // the groups' indexes in m_report.rows, as sorted
    QLocale m_locale;
};

} // namespace fielddesk::money
