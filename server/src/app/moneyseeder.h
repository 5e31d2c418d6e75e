// Expenses and spiffs in bulk, for the demo (three months with receipts, corrections and every
// status, notifications as the people involved would have them) and for the benchmark
// (hundreds of thousands, nothing but the rows reports read). Multi-row INSERTs like the
// dispatch seeder's: the demo's start-up stays quick.
#pragma once

#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace fielddesk::server {

struct MoneySeedPerson
{
    qint64 userId = 0;
    QString name;
    qint64 locationId = 0;
    int weight = 1; // how many shares of the entries are theirs
};

struct MoneySeedPlan
{
    qint64 tenantId = 0;
    QString currency = QStringLiteral("USD");
    QList<MoneySeedPerson> employees;
    // Who decides at a location (its manager); anywhere else, `admin`.
    QHash<qint64, MoneySeedPerson> deciders;
    MoneySeedPerson admin;
    QDate firstDay;
    QDate lastDay; // today: the last days' entries still await a decision
    int expenses = 0;
    int spiffs = 0;
    // The service whose completed jobs earn the automatic spiff type (none: no such type).
    std::optional<qint64> autoSpiffServiceId;
    // Completed jobs (id, technician's user id, location, day) that earned it already.
    struct CompletedJob
    {
        qint64 jobId;
        qint64 userId;
        QString userName;
        qint64 locationId;
        QDate day;
    };
    QList<CompletedJob> completedJobs;
    bool receipts = true;     // a generated PNG for every expense that needs or has one
    bool history = true;      // history rows and notifications
    int rowsPerCommit = 5000; // the demo: everything in one transaction
    quint32 seed = 14;
};

struct MoneySeedResult
{
    QList<qint64> categoryIds;
    QList<qint64> spiffTypeIds;
    qint64 expenses = 0; // corrections included
    qint64 corrections = 0;
    qint64 receipts = 0;
    qint64 spiffs = 0;
};

class MoneySeeder
{
public:
    explicit MoneySeeder(Database &db)
        : m_db(db)
    {}

    MoneySeedResult seed(const MoneySeedPlan &plan);

private:
    Database &m_db;
};

} // namespace fielddesk::server
