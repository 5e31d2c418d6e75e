#include "fielddesk/money/ledgertablemodel.h"

#include "fielddesk/domain/currency.h"
#include "fielddesk/money/reporttext.h"
#include "fielddesk/theme/palette.h"

#include <QBrush>

namespace fielddesk::money {

LedgerTableModel::LedgerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LedgerTableModel::setEntries(const QList<LedgerEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const LedgerEntry *LedgerTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int LedgerTableModel::rowOf(Ledger ledger, qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).ledger == ledger && m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void LedgerTableModel::update(const LedgerEntry &entry, bool keep)
{
    const int row = rowOf(entry.ledger, entry.id);
    if (row < 0)
        return;
    if (keep) {
        m_entries[row] = entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void LedgerTableModel::upsert(const LedgerEntry &entry)
{
    if (rowOf(entry.ledger, entry.id) >= 0) {
        update(entry, true);
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    const LedgerEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    if (role == OverLimitRole)
        return entry->overLimit;
    if (entry->overLimit && index.column() == AmountColumn) {
        if (role == Qt::ForegroundRole)
            return QBrush(theme::colour(theme::Colour::DangerText));
        if (role == Qt::ToolTipRole)
            return tr("Over the category's limit");
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn: // the same day's in the order they were sent
            return entry->date.toString(Qt::ISODate) + entry->submittedAt;
        case AmountColumn:
            return entry->amountMinor;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return entry->ledger == Ledger::Expenses ? tr("Expense") : tr("Spiff");
    case EmployeeColumn:
        return entry->employeeName;
    case DateColumn:
        return m_locale.toString(entry->date, QLocale::ShortFormat);
    case CategoryColumn:
        return entry->categoryName;
    case TextColumn:
        return entry->correctsId
                   ? tr("Correction of #%1: %2").arg(*entry->correctsId).arg(entry->text)
                   : entry->text;
    case AmountColumn: {
        const QString amount = formatMoney(entry->amountMinor, entry->currency, m_locale);
        return entry->overLimit ? tr("%1 (over limit)").arg(amount) : amount;
    }
    case StatusColumn:
        return ReportText::statusText(entry->status);
    default:
        return {};
    }
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case EmployeeColumn:
        return tr("Employee");
    case DateColumn:
        return tr("Date");
    case CategoryColumn:
        return tr("Category or type");
    case TextColumn:
        return tr("For");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace fielddesk::money
