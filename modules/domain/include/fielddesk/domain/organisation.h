// The organisation: tenants, their locations (branch offices) and their users, as the API
// sends them. writeJson is the one wire form (server side); fromJson reads it back (clients).
// Depends on QtCore only.
#pragma once

#include "fielddesk/domain/geoarea.h"
#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/role.h"
#include "fielddesk/domain/travelmodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk {

struct Tenant
{
    qint64 id = 0;
    QString name;
    QString timeZone = QStringLiteral("UTC");
    // ISO 4217: what money is in unless an entry names another (fielddesk/domain/money.h).
    QString currency = QStringLiteral("USD");
    // "active", or "suspended" by the operator: its users can neither sign in nor go on.
    QString status = QStringLiteral("active");
    QByteArray settingsJson = "{}"; // free-form tenant settings, a JSON object
    // Every known setting with the value that applies (the tenant's, else the server's
    // default), so that a form shows what is in force without a copy of the defaults.
    QByteArray settingsInForceJson = "{}";
    // The travel estimate the server uses for this tenant (its settings), sent so that the
    // console's travel gaps agree with the server's warnings.
    TravelModel travel;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Tenant fromJson(const QJsonObject &o);
};

struct Location
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString name;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString timeZone = QStringLiteral("UTC");
    QString createdAt;
    QString updatedAt;
    // The polygon the location serves (fielddesk/domain/geoarea.h); empty: none (null).
    QList<GeoPoint> serviceArea;

    void writeJson(JsonWriter &w) const;
    static Location fromJson(const QJsonObject &o);
};

struct User
{
    qint64 id = 0;
    qint64 tenantId = 0; // 0 (null in JSON): an operator, who belongs to no tenant
    QString email;
    QString name;
    Role role = Role::Employee;
    QString phone;
    bool active = true;
    // Set with a password someone else chose: every call but /me and changing it is refused
    // until the user has set a password of their own.
    bool mustChangePassword = false;
    QList<qint64> locationIds;
    QString createdAt;
    QString updatedAt;

    // Never includes the password hash: it is not part of this type.
    void writeJson(JsonWriter &w) const;
    static User fromJson(const QJsonObject &o);
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 tenantId = 0;
    std::optional<qint64> actorUserId;
    QString actorEmail;
    QString action;     // "user.created", "location.updated", ...
    QString objectType; // "user", "location", "tenant"
    std::optional<qint64> objectId;
    std::optional<qint64> locationId;
    QByteArray beforeJson; // the object before the change, JSON (empty: none)
    QByteArray afterJson;  // the object after the change, JSON (empty: none)
    QString requestId;
    QString createdAt;

    void writeJson(JsonWriter &w) const;
    static AuditEntry fromJson(const QJsonObject &o);
};

template<typename T>
QByteArray toJsonText(const T &value)
{
    JsonWriter w(512);
    value.writeJson(w);
    return w.take();
}

} // namespace fielddesk
