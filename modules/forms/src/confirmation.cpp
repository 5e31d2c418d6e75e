#include "fielddesk/forms/confirmation.h"

#include <QPushButton>

namespace fielddesk::forms {

QMessageBox *
askToConfirm(QWidget *parent, const Confirmation &confirmation, std::function<void()> onConfirmed)
{
    auto *box =
        new QMessageBox(confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question,
                        confirmation.title, confirmation.question, QMessageBox::NoButton, parent);
    box->setObjectName(confirmation.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(confirmation.confirmText, confirmation.destructive
                                                                    ? QMessageBox::DestructiveRole
                                                                    : QMessageBox::AcceptRole);
    yes->setObjectName(confirmation.confirmObjectName);
    QPushButton *keep = confirmation.keepText.isEmpty()
                            ? box->addButton(QMessageBox::Cancel)
                            : box->addButton(confirmation.keepText, QMessageBox::RejectRole);
    keep->setObjectName(confirmation.keepObjectName);
    box->setDefaultButton(keep);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [yes, onConfirmed = std::move(onConfirmed)](QAbstractButton *button) {
                         if (button == yes)
                             onConfirmed();
                     });
    box->open();
    return box;
}

} // namespace fielddesk::forms
