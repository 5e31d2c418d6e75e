// The words of outbound messages: for each template (job.scheduled, job.reminder,
// job.on_the_way, job.completed, person.notification) and language (English, German,
// Spanish), an email's subject and body and a text
// message's body, with placeholders in braces ("{customer}") filled from the message's
// values. A placeholder without a value is left out. Shipped defaults; English where a
// language has none.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace fielddesk::server {

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
    // channel: "email" or "sms". Empty text for an unknown template.
    static MessageText render(const QString &name,
                              const QString &language,
                              const QString &channel,
                              const QHash<QString, QString> &values);
};

} // namespace fielddesk::server
