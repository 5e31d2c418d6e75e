// Expenses and spiffs as a table (the approvals inbox's money list): kind, employee, day,
// category or type, what it was for, amount (formatted from minor units) and status; an
// amount over its category's limit is marked so the approver sees it. Part of
// fielddesk_money: QtCore and QtGui, no widgets.
#pragma once

#include "fielddesk/money/ledgerentry.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace fielddesk::money {

class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        EmployeeColumn,
        DateColumn,
        CategoryColumn,
        TextColumn,
        AmountColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        OverLimitRole, // true where the amount is over its category's limit
    };

    explicit LedgerTableModel(QObject *parent = nullptr);

    void setEntries(const QList<LedgerEntry> &entries);
    const QList<LedgerEntry> &entries() const { return m_entries; }
    const LedgerEntry *entryAt(int row) const;
    int rowOf(Ledger ledger, qint64 id) const; // -1: not listed
    // An entry changed by a step: replaced, or removed when `keep` says it no longer belongs.
    void update(const LedgerEntry &entry, bool keep);
    // A new entry is added, a listed one replaced.
    void upsert(const LedgerEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LedgerEntry> m_entries;
    QLocale m_locale;
};

} // namespace fielddesk::money
