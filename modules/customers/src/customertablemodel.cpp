#include "fielddesk/customers/customertablemodel.h"

namespace fielddesk::customers {

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size())
        return {};
    const Customer &c = m_customers.at(index.row());
    if (role == CustomerIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case PhoneColumn:
        return c.phone;
    case EmailColumn:
        return c.email;
    case AddressColumn:
        return c.addresses.isEmpty() ? QString() : c.addresses.first().address;
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}

void CustomerTableModel::setCustomers(const QList<Customer> &customers)
{
    beginResetModel();
    m_customers = customers;
    endResetModel();
}

void CustomerTableModel::appendCustomers(const QList<Customer> &customers)
{
    QList<Customer> fresh;
    for (const Customer &c : customers) {
        if (rowOf(c.id) < 0)
            fresh.append(c);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_customers.size()), int(m_customers.size() + fresh.size() - 1));
    m_customers.append(fresh);
    endInsertRows();
}

void CustomerTableModel::upsert(const Customer &customer)
{
    const int row = rowOf(customer.id);
    if (row >= 0) {
        m_customers[row] = customer;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_customers.prepend(customer);
    endInsertRows();
}

int CustomerTableModel::rowOf(qint64 customerId) const
{
    for (int row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).id == customerId)
            return row;
    }
    return -1;
}

} // namespace fielddesk::customers
