// A line that says what went wrong (or what to know) in a box of the palette's colours, hidden
// while there is nothing to say. Part of fielddesk_forms.
#pragma once

#include <QLabel>

namespace fielddesk::forms {

class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Error, Notice };

    MessageLabel(Tone tone, const QString &objectName, QWidget *parent = nullptr);

    // Shows the text; an empty one hides the line.
    void showMessage(const QString &text);
};

} // namespace fielddesk::forms
