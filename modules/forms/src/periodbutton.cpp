#include "fielddesk/forms/periodbutton.h"

#include <QToolButton>

namespace fielddesk::forms {

QToolButton *periodButton(const QString &text,
                          const QString &objectName,
                          const QString &toolTip,
                          QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace fielddesk::forms
