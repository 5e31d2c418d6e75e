// Asks for one service address: a label ("Home", "Rental unit 4") and the address.
// Part of fielddesk_customers.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QDialog>

class QLineEdit;

namespace fielddesk::customers {

class AddressDialog : public QDialog
{
    Q_OBJECT

public:
    AddressDialog(const CustomerAddress &address, QWidget *parent = nullptr);

    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *addressEdit() const { return m_address; }
    // The address as typed (id and coordinates as given; coordinates cleared when the address
    // text changed, since they no longer describe it).
    CustomerAddress address() const;

private:
    CustomerAddress m_original;
    QLineEdit *m_label;
    QLineEdit *m_address;
};

} // namespace fielddesk::customers
