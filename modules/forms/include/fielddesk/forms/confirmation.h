// Asks the user to confirm a step that cannot simply be taken back (cancel a request, remove an
// address), without blocking: the question opens over its parent, the safe answer is the
// default, and `onConfirmed` runs only when the user confirms. The one home of these questions'
// shape, so that they look, read and are tested alike. Part of fielddesk_forms.
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace fielddesk::forms {

struct Confirmation
{
    QString title;
    QString question;
    QString confirmText;       // "Cancel request", "Remove"
    QString keepText;          // empty: "Cancel"
    QString objectName;        // of the question
    QString confirmObjectName; // of the confirming button
    QString keepObjectName;    // of the safe button
    bool destructive = false;  // a removal (warning icon, destructive role)
};

// The question, opened (deleted when closed).
QMessageBox *
askToConfirm(QWidget *parent, const Confirmation &confirmation, std::function<void()> onConfirmed);

} // namespace fielddesk::forms
