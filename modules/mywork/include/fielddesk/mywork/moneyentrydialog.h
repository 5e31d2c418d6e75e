// What the new-expense and claim-spiff dialogs share: a heading, the message line for what
// belongs to no field, a form whose rows show the server's field errors under them, a progress
// line and Submit (Ctrl+Return), which the subclass's send() answers. The dialog stays open
// with everything typed until the server has the entry; entryFiled then carries it and the
// dialog closes. Part of fielddesk_mywork.
#pragma once

#include "fielddesk/client/apierror.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/money/ledgerentry.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace fielddesk::attachments {
class PendingAttachmentList;
} // namespace fielddesk::attachments

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::mywork {

class MoneyEntryDialog : public QDialog
{
    Q_OBJECT

public:
    QPushButton *submitButton() const { return m_submit; }
    forms::MessageLabel *messageLabel() const { return m_message; }
    QWidget *input(const QString &field) const { return m_marks.input(field); }
    QLabel *errorLabel(const QString &field) const { return m_marks.message(field); }
    QStringList wrongFields() const { return m_marks.wrongFields(); }
    bool isSubmitting() const { return m_submitting; }

    // Checks what the form can check itself, then sends; nothing is sent twice at once.
    void submit();

signals:
    // The server has the entry; the dialog closes.
    void entryFiled(const fielddesk::money::LedgerEntry &entry);

protected:
    MoneyEntryDialog(const QString &title, const QString &objectName, QWidget *parent);

    // Where subclasses add their rows, and what sits between the form and the buttons.
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *body() const { return m_body; }
    forms::FieldErrorMarks &marks() { return m_marks; }

    // What the form can tell is wrong before sending (the category's rules, an amount that is
    // none); shown like the server's field errors, and nothing is sent.
    virtual QList<client::ApiError::FieldError> problemsBeforeSending() = 0;
    // Sends; the subclass calls filed() or refused() with the server's answer.
    virtual void send() = 0;
    // Where an error about media_ids is shown; null: the form has no files.
    virtual attachments::PendingAttachmentList *attachments() const { return nullptr; }
    // While sending, the inputs are read-only.
    virtual void setInputsEnabled(bool enabled);

    void showProgress(const QString &text);
    void filed(const money::LedgerEntry &entry);
    void refused(const client::ApiError &error);
    // Sending stopped where the form shows why (an upload that failed).
    void stopSending();

private:
    void setSubmitting(bool submitting);
    void showRefusal(const client::ApiError &error);

    QFormLayout *m_form;
    QVBoxLayout *m_body;
    forms::FieldErrorMarks m_marks;
    forms::MessageLabel *m_message;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    bool m_submitting = false;
};

} // namespace fielddesk::mywork
