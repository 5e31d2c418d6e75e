// The benchmark's data: a fresh database, migrated, with one tenant (Denver, three locations),
// an admin to sign in as, and a large dispatch operation from DispatchSeeder.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

struct BenchSeedOptions
{
    QString databaseUrl;
    bool reset = false;  // PostgreSQL: wipe a database that holds data already
    bool verify = false; // check the seeded data against the rules the API relies on
    int technicians = 500;
    int customers = 5000;
    int jobs = 100000;
    int days = 60;
    // Issue 14's reports: expenses over the last two years, by the technicians (0: none).
    int expenses = 0;
    quint64 seed = 20261123;
};

struct BenchData
{
    QString adminEmail;
    QString adminPassword;
    QDate firstDay;
    int days = 0;
    qint64 jobs = 0;
    qint64 assignedJobs = 0;
    qint64 historyRows = 0;
    qint64 expenses = 0;
    QList<qint64> locationIds;
    QDate today;
    double seedSeconds = 0; // migration and every insert
};

class BenchDatabase
{
public:
    // Creates and fills the database; false and *error when it cannot.
    static bool create(const BenchSeedOptions &options, BenchData *data, QString *error);
};
