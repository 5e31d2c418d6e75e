// What a person keeps about themselves ("about me"): whom to call in an emergency, and how
// FieldDesk should talk to them (language, notification channels, quiet hours). writeJson is
// the wire form (server side); fromJson reads it back.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace fielddesk {

struct EmergencyContact
{
    QString name;
    QString relationship; // "partner", "mother", "neighbour", …
    QString phone;
    QString email; // empty: none (null on the wire)

    void writeJson(JsonWriter &w) const;
    static EmergencyContact fromJson(const QJsonObject &o);
};

// One person's emergency contacts, in the order they gave them.
struct EmergencyContactList
{
    static constexpr int kMaxContacts = 5;

    qint64 userId = 0;
    QList<EmergencyContact> contacts;

    void writeJson(JsonWriter &w) const;
    static EmergencyContactList fromJson(const QJsonObject &o);
};

// The ways a notification may reach a person; in-app is the bell in the console.
struct NotificationChannels
{
    bool inApp = true;
    bool email = false; // emails and text messages only for those who opted in
    bool sms = false;
    bool push = false;

    void writeJson(JsonWriter &w) const;
    static NotificationChannels fromJson(const QJsonObject &o);
};

// When nothing but the bell may disturb a person, on their location's clock ("22:00" to
// "07:00" spans midnight).
struct QuietHours
{
    QString starts; // HH:MM
    QString ends;   // HH:MM

    // When a message that would go out at `utc` may go: the end of these quiet hours on the
    // `zone`'s clock if `utc` falls inside them, else `utc` itself. Invalid times: `utc`.
    QDateTime heldUntil(const QDateTime &utc, const QTimeZone &zone) const;

    void writeJson(JsonWriter &w) const;
    static QuietHours fromJson(const QJsonObject &o);
};

// A person's preferences; the member initialisers are what a person who never chose has.
struct UserPreferences
{
    QString language = QStringLiteral("en"); // one of supportedLanguages()
    NotificationChannels channels;
    std::optional<QuietHours> quietHours;

    static QStringList supportedLanguages();
    // A supported language's name as its speakers write it ("Deutsch"); else the code itself.
    static QString languageName(const QString &code);

    void writeJson(JsonWriter &w) const;
    static UserPreferences fromJson(const QJsonObject &o);
};

} // namespace fielddesk
