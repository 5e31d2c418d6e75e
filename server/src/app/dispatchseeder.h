// Generates a believable dispatch operation for one tenant straight into the database: a skills
// catalogue, services, technicians (employee users with shifts, skills and home bases),
// customers with service addresses around each location, jobs over a range of days with the
// technicians' days packed, and the dispatch history that leads to every job's state.
// The same plan (seed and instant included) gives the same rows on SQLite and PostgreSQL.
// Rows are written directly (not through the services) so that 100,000 jobs take seconds;
// they follow the repositories' column conventions so that everything reads back through the
// API. The tenant must not have skills or services of the same names yet.
#pragma once

#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::server {

struct DispatchSeedPlan
{
    qint64 tenantId = 0;
    QList<qint64> locationIds; // existing locations of the tenant, with coordinates
    int technicians = 40;
    int customers = 300;
    int jobs = 600;
    QDate firstDay; // in the locations' time zone
    int days = 7;
    // Share of all jobs that end up with a technician. Past days are mostly done and today
    // is mixed whatever this says; the days ahead take what is left of the share.
    double assignedFraction = 1.0 / 3.0;
    // Statuses and history are as of this instant (default: now). Within today it is kept
    // between late morning and mid-afternoon, so that work under way shows at any hour.
    QDateTime asOf;
    // Every generated technician user gets this password hash (hashing is slow on purpose).
    QString technicianPasswordHash;
    QString technicianEmailDomain = QStringLiteral("demo.local");
    // Employee users that exist already and become the first technicians.
    QList<qint64> employeeUserIds;
    // Who created, assigned and dispatched the jobs in the history (technicians report the
    // field steps themselves).
    std::optional<qint64> dispatcherUserId;
    QString dispatcherName = QStringLiteral("Dispatch");
    quint64 seed = 20261123;
    int rowsPerCommit = 5000;
};

struct DispatchSeedResult
{
    QList<qint64> skillIds;
    QList<qint64> serviceIds;
    QList<qint64> technicianIds;
    QList<qint64> customerIds;
    qint64 jobs = 0;
    qint64 assignedJobs = 0;
    qint64 atRiskJobs = 0;
    qint64 historyRows = 0;
    QMap<QString, qint64> jobsByStatus;
};

class DispatchSeeder
{
public:
    explicit DispatchSeeder(Database &db)
        : m_db(db)
    {}

    DispatchSeedResult seed(const DispatchSeedPlan &plan);

    // Customer-name and street fragments the generated data is full of (for searching it).
    static QStringList searchTerms();

private:
    Database &m_db;
};

} // namespace fielddesk::server
