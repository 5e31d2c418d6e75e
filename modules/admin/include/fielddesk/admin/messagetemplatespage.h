// The words of the messages customers and people get (GET /message-templates): every template
// in every language, with whether the company wrote its own words; the selected one's subject,
// email and text message to edit (Save: PUT, refused words shown at their field and kept),
// the placeholders it may use and the saved words filled with sample values. "Use FieldDesk's
// words" (DELETE, confirmed) drops the company's own. Admins only. Part of fielddesk_admin.
#pragma once

#include "fielddesk/domain/messages.h"
#include "fielddesk/forms/fielderrormarks.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::admin {

class MessageTemplateModel;

class MessageTemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit MessageTemplatesPage(client::ApiClient *api, QWidget *parent = nullptr);

    void start();
    void stop();
    void reload();
    // Sends the words typed for the selected template.
    void saveSelected();
    // Asks, then goes back to FieldDesk's words for the selected template.
    void restoreSelected();

    bool isStarted() const { return m_started; }
    bool isLoading() const { return m_loading; }
    // The selected template as the server last sent it; empty name: none.
    MessageTemplate selected() const;
    // The words typed differ from the selected template's.
    bool hasChanges() const;
    // The template's path under the API ("/api/v1/message-templates/job.scheduled/en").
    static QString path(const QString &name, const QString &language);

    MessageTemplateModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *emailEdit() const { return m_email; }
    QPlainTextEdit *smsEdit() const { return m_sms; }
    QLabel *smsCount() const { return m_smsCount; }
    QLabel *placeholders() const { return m_placeholders; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *restoreButton() const { return m_restore; }
    const forms::FieldErrorMarks &marks() const { return m_marks; }
    forms::MessageLabel *message() const { return m_message; }
    forms::MessageLabel *notice() const { return m_notice; }

signals:
    void loaded();
    void saved(const QString &name, const QString &language);
    void refused();
    void wordsRestored(const QString &name, const QString &language);

private:
    void showSelected();
    void showTemplate(const MessageTemplate &shown);
    void accept(const MessageTemplate &updated);
    void updateButtons();
    void updateSmsCount();

    client::ApiClient *m_api;
    MessageTemplateModel *m_model;
    QTableView *m_table;
    QLabel *m_editorTitle;
    QLineEdit *m_subject;
    QPlainTextEdit *m_email;
    QPlainTextEdit *m_sms;
    QLabel *m_smsCount;
    QLabel *m_placeholders;
    QPlainTextEdit *m_preview;
    QPushButton *m_save;
    QPushButton *m_restore;
    forms::MessageLabel *m_message;
    forms::MessageLabel *m_notice;
    forms::FieldErrorMarks m_marks;
    int m_generation = 0; // bumped by every reload and stop: a late answer is dropped
    bool m_loading = false;
    bool m_sending = false;
    bool m_started = false;
};

} // namespace fielddesk::admin
