// The request mixes the bench measures against the dispatch API, each varying its parameters
// (day, technician, search term) so that no cache answers them all, and the ids they need,
// read over the API before the clock starts.
#pragma once

#include "httpconnection.h"
#include "loaddriver.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <random>

class DispatchScenarios
{
public:
    DispatchScenarios(QDate firstDay, int days, quint64 seed);

    // Active technicians per location; false and *error when the API does not answer.
    bool loadTechnicians(HttpConnection &api, QString *error);
    // Up to `count` unassigned jobs with their versions, for the write scenario.
    bool loadUnassignedJobs(HttpConnection &api, int count, QString *error);
    qsizetype unassignedJobs() const { return m_unassigned.size(); }

    LoadDriver::NextRequest healthz();
    LoadDriver::NextRequest locations();
    LoadDriver::NextRequest list();
    LoadDriver::NextRequest search();
    // What a real day asks, so that no cache can answer: any day with any of the board's
    // filters, and searches for any prefix of many terms, on any day or none.
    LoadDriver::NextRequest listMany();
    LoadDriver::NextRequest searchMany();
    // Nine reads (listMany, searchMany) to one assignment, at once.
    LoadDriver::NextRequest mixed();
    // Every new and scheduled job by priority, no date: the first pages of the backlog.
    LoadDriver::NextRequest backlog();
    LoadDriver::NextRequest schedule();
    // Each job once; 409 answers (somebody else changed it) are expected, not errors.
    LoadDriver::NextRequest assign();
    static LoadDriver::Outcome assignOutcome(int status);

private:
    struct Technician
    {
        qint64 id;
        qint64 locationId;
    };
    struct OpenJob
    {
        qint64 id;
        qint64 version;
        qint64 locationId;
        QString windowStart;
    };

    QByteArray randomDay();
    QByteArray randomFilter();
    QList<qint64> locationIds() const;

    std::mt19937_64 m_random;
    QList<QByteArray> m_days;
    QList<QByteArray> m_searchTerms;
    QList<Technician> m_technicians;
    QList<OpenJob> m_unassigned;
    qsizetype m_nextJob = 0;
};
