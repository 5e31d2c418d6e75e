// The bold title over a section of a workspace ("My requests", "My jobs today").
// Part of fielddesk_forms.
#pragma once

#include <QLabel>

namespace fielddesk::forms {

class SectionTitle : public QLabel
{
    Q_OBJECT

public:
    // How much larger than the text around it.
    static constexpr int kPointSizeDelta = 2;

    SectionTitle(const QString &text, const QString &objectName, QWidget *parent = nullptr);
};

} // namespace fielddesk::forms
