// Asks a user who must change their password for a new one, twice, with the server's policy
// shown and checked as they type (each rule ticked when met; a mismatch said at its field),
// then sends it through the AuthSession. The current password is asked for only when it is
// not known (signed in with a kept token, or an admin asked for the change while the console
// ran). The server's refusal shows at the field it names and everything typed stays. Accepted
// once the session is signed in with the new password; rejected (Cancel) leaves the choice to
// the caller. Part of fielddesk_signin.
#pragma once

#include "fielddesk/forms/fielderrormarks.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fielddesk::client {
class AuthSession;
struct ApiError;
} // namespace fielddesk::client

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::signin {

class PasswordChangeDialog : public QDialog
{
    Q_OBJECT

public:
    // The field names: the server's two, and the repetition the console checks itself.
    static inline const QString kCurrentField = QStringLiteral("current_password");
    static inline const QString kNewField = QStringLiteral("new_password");
    static inline const QString kRepeatField = QStringLiteral("new_password_repeat");

    explicit PasswordChangeDialog(client::AuthSession *session, QWidget *parent = nullptr);

    // The password just used to sign in: not asked for again.
    void setCurrentPassword(const QString &password);
    // Why the change is asked for, over the fields.
    void setReason(const QString &text);

    QLineEdit *currentPasswordEdit() const { return m_current; }
    QLineEdit *newPasswordEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *changeButton() const { return m_change; }
    forms::MessageLabel *message() const { return m_message; }
    QLabel *errorLabel(const QString &field) const { return m_marks.message(field); }
    QStringList wrongFields() const { return m_marks.wrongFields(); }
    // The policy's lines as shown, each "✓ …" when met.
    QStringList ruleTexts() const;
    bool isBusy() const { return m_busy; }

public slots:
    // What the Change password button does: checks the fields, then sends.
    void submit();

private:
    QLineEdit *passwordEdit(const QString &field, const QString &title);
    void updateRules();
    void showFieldProblems(bool finished);
    void setBusy(bool busy);
    void onFailed(const client::ApiError &error);

    client::AuthSession *m_session;
    QFormLayout *m_form;
    forms::FieldErrorMarks m_marks;
    QLabel *m_reason;
    forms::MessageLabel *m_message;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QList<QLabel *> m_rules;
    QPushButton *m_change = nullptr;
    QString m_knownCurrent;
    bool m_busy = false;
};

} // namespace fielddesk::signin
