// Requests and approvals as the API sends them: the catalogs employees ask from (tools,
// clothing), one request resource for every kind (tool, clothing, time off, repair,
// suggestion, referral) with a kind-specific `details` object, and its history. writeJson is
// the wire form (server side); fromJson reads it back.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

struct Tool
{
    qint64 id = 0;
    QString name;
    QString code; // unique in the tenant
    std::optional<qint64> locationId;
    bool active = true;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Tool fromJson(const QJsonObject &o);
};

struct ClothingItem
{
    qint64 id = 0;
    QString name;
    QStringList sizes; // "S", "M", "L", …
    bool active = true;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static ClothingItem fromJson(const QJsonObject &o);
};

// The kinds of request and the statuses they pass through (see the workflow in the server).
QStringList allRequestKinds();
QStringList allRequestStatuses();

struct Request
{
    qint64 id = 0;
    QString kind;   // one of allRequestKinds()
    QString status; // one of allRequestStatuses()
    qint64 requesterId = 0;
    QString requesterName;
    qint64 locationId = 0;
    QByteArray detailsJson = "{}"; // the kind's details, a JSON object
    QList<qint64> mediaIds;
    QString submittedAt;
    std::optional<qint64> decidedBy;
    QString decidedByName;
    QString decidedAt;
    QString decisionComment;
    qint64 version = 1;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Request fromJson(const QJsonObject &o);
};

// One line of a request's history: its submission, each transition, each comment.
struct RequestHistoryEntry
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString action;     // "submitted", "approved", …, "commented"
    QString fromStatus; // empty for the submission and comments
    QString toStatus;
    std::optional<qint64> actorId;
    QString actorName;
    QString comment;
    QString occurredAt;

    void writeJson(JsonWriter &w) const;
    static RequestHistoryEntry fromJson(const QJsonObject &o);
};

// A message in one person's in-app inbox, raised with its cause.
struct Notification
{
    qint64 id = 0;
    QString kind;  // "request.submitted", "request.decided", "job.assigned", …
    QString title; // one line, for the bell's list
    QString body;
    QString objectType; // what it is about ("request", "job"); empty: nothing
    std::optional<qint64> objectId;
    QString readAt; // empty: unread
    QString createdAt;

    void writeJson(JsonWriter &w) const;
    static Notification fromJson(const QJsonObject &o);
};

} // namespace fielddesk
