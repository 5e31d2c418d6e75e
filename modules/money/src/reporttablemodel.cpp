#include "fielddesk/money/reporttablemodel.h"

#include "fielddesk/domain/currency.h"
#include "fielddesk/money/reporttext.h"

#include <QFont>

#include <algorithm>

namespace fielddesk::money {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_order.clear();
    for (int i = 0; i < m_report.rows.size(); ++i)
        m_order << i;
    endResetModel();
}

void ReportTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const ReportRow *ReportTableModel::groupAt(int row) const
{
    if (row < 0 || row >= m_order.size())
        return nullptr;
    return &m_report.rows.at(m_order.at(row));
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size() + m_report.currencyTotals.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == IsTotalRole)
        return index.row() >= m_order.size();
    if (role == Qt::TextAlignmentRole && index.column() >= countColumn())
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (const ReportRow *row = groupAt(index.row()))
        return groupData(*row, index.column(), role);
    const qsizetype total = index.row() - m_order.size();
    if (total < m_report.currencyTotals.size())
        return totalData(m_report.currencyTotals.at(total), index.column(), role);
    return {};
}

QVariant ReportTableModel::groupData(const ReportRow &row, int column, int role) const
{
    if (role == SortRole)
        return sortKey(row, column);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column < countColumn())
        return ReportText::keyLabel(row.keys.at(column), m_locale);
    if (column == countColumn())
        return m_locale.toString(row.count);
    return formatMoney(row.totalMinor, row.currency, m_locale);
}

QVariant ReportTableModel::totalData(const CurrencyTotal &total, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column == 0)
        return m_report.currencyTotals.size() > 1 ? tr("Total %1").arg(total.currency)
                                                  : tr("Total");
    if (column == countColumn())
        return m_locale.toString(total.count);
    if (column == totalColumn())
        return formatMoney(total.totalMinor, total.currency, m_locale);
    return {};
}

QVariant ReportTableModel::sortKey(const ReportRow &row, int column) const
{
    if (column < countColumn()) {
        const ReportKey &key = row.keys.at(column);
        // Periods sort by their ISO text, everything else as people read it.
        return isPeriod(key.dimension) ? key.text : ReportText::keyLabel(key, m_locale);
    }
    if (column == countColumn())
        return row.count;
    return row.totalMinor;
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section < countColumn())
        return ReportText::dimensionTitle(m_report.query.groupBy.at(section),
                                          m_report.query.ledger);
    if (section == countColumn())
        return tr("Entries");
    if (section == totalColumn())
        return tr("Total");
    return {};
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged();
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QVariant left = sortKey(m_report.rows.at(a), column);
        const QVariant right = sortKey(m_report.rows.at(b), column);
        const bool less = left.typeId() == QMetaType::QString
                              ? QString::localeAwareCompare(left.toString(), right.toString()) < 0
                              : left.toLongLong() < right.toLongLong();
        const bool greater =
            left.typeId() == QMetaType::QString
                ? QString::localeAwareCompare(right.toString(), left.toString()) < 0
                : right.toLongLong() < left.toLongLong();
        return order == Qt::AscendingOrder ? less : greater;
    });
    emit layoutChanged();
}

} // namespace fielddesk::money
