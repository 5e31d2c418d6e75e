// The customers a search found, as rows: name, phone, email and the first address. Rows are
// appended page by page; a customer saved elsewhere replaces its row.
// Part of fielddesk_customers.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QAbstractTableModel>

namespace fielddesk::customers {

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PhoneColumn, EmailColumn, AddressColumn, ColumnCount };
    static constexpr int CustomerIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setCustomers(const QList<Customer> &customers);
    void appendCustomers(const QList<Customer> &customers);
    // Replaces the customer's row, or adds it first (a new one).
    void upsert(const Customer &customer);
    const Customer &customerAt(int row) const { return m_customers.at(row); }
    int rowOf(qint64 customerId) const;

private:
    QList<Customer> m_customers;
};

} // namespace fielddesk::customers
