// File > My Notifications: how the server may reach the signed-in person beyond the bell (email,
// text message), the language of what it sends them, and quiet hours that hold emails and text
// messages back. Loads GET /me/preferences, saves what changed with PATCH on OK and closes only
// when the server accepted it; a refusal is shown in the dialog with the choices kept. Push is
// not offered here and is never sent, so the server keeps whatever it has.
#pragma once

#include "fielddesk/client/userprofile.h"
#include "fielddesk/domain/aboutme.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace fielddesk::client {
class ApiClient;
struct ApiError;
} // namespace fielddesk::client

namespace fielddesk::forms {
class FieldErrorMarks;
class MessageLabel;
} // namespace fielddesk::forms

namespace fielddesk::shell {

class MyNotificationsDialog : public QDialog
{
    Q_OBJECT

public:
    // user: the signed-in person, whose email and phone the messages go to. Starts loading.
    MyNotificationsDialog(client::ApiClient *api,
                          const client::UserProfile &user,
                          QWidget *parent = nullptr);
    ~MyNotificationsDialog() override;

    // The server's preferences once they are shown (loaded() has been emitted).
    bool isLoaded() const { return m_loaded.has_value(); }
    // What the dialog shows chosen now; what it does not show (push) as loaded.
    UserPreferences preferences() const;

    // Sends the changes (nothing to send: closes at once); closes once the server took them.
    void accept() override;

    QCheckBox *inAppBox() const { return m_inApp; }
    QCheckBox *emailBox() const { return m_email; }
    QCheckBox *smsBox() const { return m_sms; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *quietHoursBox() const { return m_quiet; }
    QTimeEdit *quietFromEdit() const { return m_quietFrom; }
    QTimeEdit *quietToEdit() const { return m_quietTo; }
    QPushButton *okButton() const { return m_ok; }
    // What went wrong loading or saving (hidden while nothing did).
    forms::MessageLabel *messageLabel() const { return m_message; }
    // The line under a field the server named ("quiet_hours.ends"), or null.
    QLabel *fieldMessage(const QString &field) const;

signals:
    // The server's preferences are shown and may be changed.
    void loaded();
    // The server took the changes (and answered this).
    void saved(const fielddesk::UserPreferences &preferences);

protected:
    bool event(QEvent *event) override;

private:
    void load();
    void keepWrappedLinesWhole();
    void showPreferences(const UserPreferences &preferences);
    // The PATCH body: only what differs from what was loaded.
    QJsonObject changes() const;
    void setBusy(bool busy);
    void showQuietHoursEnabled();
    void refused(const client::ApiError &error);

    client::ApiClient *m_api;
    std::unique_ptr<forms::FieldErrorMarks> m_marks;
    std::optional<UserPreferences> m_loaded;
    forms::MessageLabel *m_message;
    forms::MessageLabel *m_loading;
    QWidget *m_form;
    QCheckBox *m_inApp;
    QCheckBox *m_email;
    QCheckBox *m_sms;
    QComboBox *m_language;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietTo;
    QPushButton *m_ok = nullptr;
};

} // namespace fielddesk::shell
