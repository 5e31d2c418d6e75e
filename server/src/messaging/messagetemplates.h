// The words of outbound messages: for each template (job.scheduled, job.reminder,
// job.on_the_way, job.completed, person.notification) and language (English, German,
// Spanish), an email's subject and body and a text
// message's body, with placeholders in braces ("{customer}") filled from the message's
// values. A placeholder without a value is left out. A company may replace the shipped words
// of any template and language with its own (message_templates, /message-templates).
#pragma once

#include "fielddesk/domain/messages.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::server {

class Database;

struct MessageText
{
    QString subject; // email only
    QString body;
};

class MessageTemplates
{
public:
    static QStringList names();
    static QStringList languages();
    // The placeholders a template's words may use ("customer", "window", ...).
    static QStringList placeholders(const QString &name);
    // The words FieldDesk ships for exactly that template and language.
    static std::optional<MessageWords> shipped(const QString &name, const QString &language);
    // Believable values for every placeholder of the template: what a preview shows.
    static QHash<QString, QString> sampleValues(const QString &name);
    // The placeholders in `text` that the template does not have.
    static QStringList unknownPlaceholders(const QString &name, const QString &text);
    // `words` with the placeholders filled.
    static MessageWords fill(const MessageWords &words, const QHash<QString, QString> &values);

    // The message for a channel ("email" or "sms") in the words in force for the tenant: its
    // own for the template and language, else the shipped ones, else its own English, else
    // the shipped English. Empty text for an unknown template.
    static MessageText render(Database &db,
                              qint64 tenantId,
                              const QString &name,
                              const QString &language,
                              const QString &channel,
                              const QHash<QString, QString> &values);
};

} // namespace fielddesk::server
