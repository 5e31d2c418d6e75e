#include "fielddesk/customers/addressdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace fielddesk::customers {

AddressDialog::AddressDialog(const CustomerAddress &address, QWidget *parent)
    : QDialog(parent)
    , m_original(address)
    , m_label(new QLineEdit(address.label, this))
    , m_address(new QLineEdit(address.address, this))
{
    setObjectName(QStringLiteral("addressDialog"));
    setWindowTitle(address.id ? tr("Change address") : tr("New address"));
    m_label->setObjectName(QStringLiteral("addressLabelEdit"));
    m_label->setPlaceholderText(tr("e.g. Home, Office"));
    m_label->setMaxLength(100);
    m_address->setObjectName(QStringLiteral("addressTextEdit"));
    m_address->setPlaceholderText(tr("Street, town"));
    m_address->setMaxLength(500);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!address.address.trimmed().isEmpty());
    connect(m_address, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Label"), m_label);
    form->addRow(tr("Address"), m_address);
    form->addRow(buttons);
    resize(460, sizeHint().height());
}

CustomerAddress AddressDialog::address() const
{
    CustomerAddress address = m_original;
    address.label = m_label->text().trimmed();
    address.address = m_address->text().trimmed();
    if (address.address != m_original.address) {
        address.latitude.reset();
        address.longitude.reset();
    }
    return address;
}

} // namespace fielddesk::customers
