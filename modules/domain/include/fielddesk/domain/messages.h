// Outbound messages as the API sends them (GET /message-deliveries): one email, text message
// or webhook call for one recipient, with where its delivery stands; webhook subscriptions.
// writeJson is the wire form (server side), fromJson reads it back (console); both walk one
// description (jsonform.h). Depends on QtCore only.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

// email, sms, webhook.
QStringList allMessageChannels();
// queued (waiting for its first or next attempt), sent, failed (the last attempt failed; it
// is tried again), given_up (no more attempts).
QStringList allMessageStatuses();

struct MessageDelivery
{
    qint64 id = 0;
    QString channel;      // email, sms, webhook
    QString recipient;    // an email address, a phone number (E.164) or a URL
    QString templateName; // "job.scheduled", "job.completed", ...
    QString language;     // "en", "de"
    QString subject;      // email only
    QString body;
    QString objectType; // what it is about ("job"); empty: nothing
    std::optional<qint64> objectId;
    std::optional<qint64> locationId;
    std::optional<qint64> webhookId; // webhook calls: the subscription
    QString status = QStringLiteral("queued");
    int attempts = 0;
    QString lastError;
    QString nextAttemptAt; // queued and failed: not before then
    QString sentAt;
    QString createdAt;

    void writeJson(JsonWriter &w) const;
    static MessageDelivery fromJson(const QJsonObject &o);
};

// A subscription of one of the company's other systems to events (/webhooks): each event of
// one of its types is POSTed to the URL, signed with the subscription's secret (never part of
// the JSON: shown once, when it is made). A type ending in ".*" (or "*") takes every type that
// starts with what comes before the star.
struct Webhook
{
    qint64 id = 0;
    QString url;
    QStringList eventTypes;
    QString description;
    bool active = true;
    QString createdAt;
    QString updatedAt;

    bool wants(const QString &eventType) const;

    void writeJson(JsonWriter &w) const;
    static Webhook fromJson(const QJsonObject &o);
};

// The words of one kind of message: an email's subject and body, a text message's body, with
// placeholders in braces ("{customer}").
struct MessageWords
{
    QString subject;
    QString emailBody;
    QString smsBody;

    void writeJson(JsonWriter &w) const;
    static MessageWords fromJson(const QJsonObject &o);
};

// A message template of a company (/message-templates): the words in force for one template
// ("job.scheduled") and language, the company's own (customized) or those FieldDesk ships, the
// placeholders it may use, and the words filled with sample values (a preview).
struct MessageTemplate
{
    QString name;
    QString language;
    QString subject;
    QString emailBody;
    QString smsBody;
    bool customized = false;
    QStringList placeholders;
    MessageWords example;
    QString updatedAt; // the company's change; empty for shipped words

    void writeJson(JsonWriter &w) const;
    static MessageTemplate fromJson(const QJsonObject &o);
};

} // namespace fielddesk
