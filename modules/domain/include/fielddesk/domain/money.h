// The money resources as the API sends them: expense
// categories, expenses, spiff types and spiffs. writeJson is the wire form (server side);
// fromJson reads it back.
#pragma once

#include "fielddesk/domain/currency.h"
#include "fielddesk/domain/jsonwriter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

struct ExpenseCategory
{
    qint64 id = 0;
    QString name;
    QString code; // unique in the tenant
    bool requiresReceipt = false;
    std::optional<qint64> limitMinor; // in the tenant's currency; over it is flagged, not refused
    bool active = true;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static ExpenseCategory fromJson(const QJsonObject &o);
};

// submitted, approved, rejected, reimbursed, cancelled.
QStringList allExpenseStatuses();

struct Expense
{
    qint64 id = 0;
    QString date; // YYYY-MM-DD, the day it was spent
    qint64 categoryId = 0;
    QString categoryName;
    qint64 amountMinor = 0; // negative only for a correction
    QString currency;
    QString merchant;
    QString description;
    std::optional<qint64> jobId;
    QList<qint64> mediaIds;
    std::optional<qint64> correctsId; // the approved expense this one corrects
    QString status;
    qint64 employeeId = 0;
    QString employeeName;
    qint64 locationId = 0;
    bool overLimit = false;
    std::optional<qint64> decidedBy;
    QString decidedByName;
    QString decidedAt;
    QString decisionComment;
    QString reimbursedAt;
    QString submittedAt;
    qint64 version = 1;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Expense fromJson(const QJsonObject &o);
};

struct SpiffType
{
    qint64 id = 0;
    QString name; // unique in the tenant
    qint64 defaultAmountMinor = 0;
    std::optional<qint64> serviceId;
    // With a service: completing a job of that service files a spiff for its technician.
    bool autoOnCompletion = false;
    bool active = true;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static SpiffType fromJson(const QJsonObject &o);
};

// submitted, approved, rejected, paid, cancelled.
QStringList allSpiffStatuses();

struct Spiff
{
    qint64 id = 0;
    qint64 employeeId = 0; // a user id
    QString employeeName;
    qint64 spiffTypeId = 0;
    QString spiffTypeName;
    qint64 amountMinor = 0;
    QString currency;
    std::optional<qint64> jobId;
    QString reason;
    QString status;
    qint64 locationId = 0;
    QString earnedOn;                // YYYY-MM-DD on the tenant's clock: what reports group by
    bool automatic = false;          // filed by a completed job (a type's auto_on_completion)
    std::optional<qint64> createdBy; // null for automatic ones
    QString createdByName;
    std::optional<qint64> decidedBy;
    QString decidedByName;
    QString decidedAt;
    QString decisionComment;
    QString paidAt;
    QString submittedAt;
    qint64 version = 1;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Spiff fromJson(const QJsonObject &o);
};

} // namespace fielddesk
