#include "fielddesk/forms/sectiontitle.h"

namespace fielddesk::forms {

SectionTitle::SectionTitle(const QString &text, const QString &objectName, QWidget *parent)
    : QLabel(text, parent)
{
    setObjectName(objectName);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + kPointSizeDelta);
    setFont(titleFont);
}

} // namespace fielddesk::forms
