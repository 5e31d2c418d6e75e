// What the admin workspace knows of one kind of record the server keeps as a collection
// (`GET/POST {path}`, `GET/PATCH/DELETE {path}/{id}`): its fields as the server names them,
// each with the input that edits it, and the columns of its list. The specs themselves are in
// adminresources.h; ResourcePage turns one into a page. Part of fielddesk_admin.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace fielddesk::admin {

struct Choice
{
    QJsonValue value;
    QString title;
};

struct ResourceField
{
    enum class Kind {
        Text,
        LongText,
        Email,
        Password, // write-only, sent only when typed
        Boolean,
        Integer, // empty: null when nullable, else left out
        Number,
        Time,       // "HH:mm"
        Weekdays,   // ISO weekdays, Monday = 1
        Choice,     // one of `choices`
        Reference,  // an id from `choicesPath`
        References, // ids from `choicesPath`
        Names,      // names from `choicesPath` (a technician's skills)
        TimeZone,   // IANA
        Currency,   // ISO 4217
        Area,       // a polygon drawn on the map: [{latitude, longitude}], null for none
    };

    QString name; // as the server names it; "admin.email" is sent as {"admin": {"email": …}}
    QString title;
    Kind kind = Kind::Text;
    bool createOnly = false; // sent when creating only (the user a profile belongs to)
    bool nullable = false;
    QString help; // the input's tooltip
    QList<Choice> choices;
    QString choicesPath; // Reference(s) and Names: the list that offers them
    QString choiceTitle = QStringLiteral("name");
    QString choiceValue = QStringLiteral("id");
    int minimum = 0; // Integer, when maximum > minimum
    int maximum = 0;
    // On a latitude: the longitude field it makes a place with (both picked on the map). On
    // an Area: the latitude field of the place the map starts at.
    QString longitudeField;
    // What a new record starts with; undefined: the input's own default.
    QJsonValue initial = QJsonValue(QJsonValue::Undefined);
};

struct ResourceColumn
{
    QString title;
    std::function<QString(const QJsonObject &record)> text;
};

// An action on one record the server offers as `POST {path}/{id}/{name}` (a tenant's suspend
// and resume), asked to be confirmed, offered while the record's status is `when`.
struct RecordStep
{
    QString name;     // "suspend"
    QString title;    // "&Suspend…"
    QString question; // "Suspend %1? ..." (%1: the record's title)
    QString confirm;  // the question's button: "Suspend"
    QString when;     // the status it applies to: "active"
};

struct ResourceSpec
{
    QString id;       // the page's name ("locations")
    QString title;    // "Locations"
    QString singular; // "location"
    QString path;     // "/api/v1/locations"
    QList<ResourceField> fields;
    QList<ResourceColumn> columns;
    QString titleField = QStringLiteral("name"); // what a record is called in headings
    // A record with this boolean field is deactivated and reactivated, not deleted.
    QString activeField;
    bool canDelete = true;
    bool removingRevokes = false; // "Revoke…" rather than "Delete…" (API keys)
    // A field the server sends once, in the answer that creates the record (an API key's
    // secret): shown to be copied, then never again.
    QString secretField;
    // Records with a status the server changes by steps (a tenant: suspend, resume).
    QString statusField;
    QList<RecordStep> steps;
};

// A column showing one field's text as it is.
ResourceColumn fieldColumn(const QString &title, const QString &field);

} // namespace fielddesk::admin
