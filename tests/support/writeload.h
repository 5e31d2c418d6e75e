// Several dispatchers' connections writing through the API as fast as the server answers: each
// creates a job at the load's location and assigns it to one of its technicians, again and
// again, and keeps every write the server acknowledged (a 2xx that arrived) with the moment it
// arrived. For the tests of what a crash, a backup or a restore keeps: presenceIn() counts the
// acknowledged writes a database holds and lacks.
#pragma once

#include "serverprocess.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class WriteLoad
{
public:
    // Where the load writes: a location of its own, a dispatcher there, three technicians.
    struct Target
    {
        QByteArray dispatcher; // access token
        QString dispatcherEmail;
        qint64 location = 0;
        QList<qint64> technicians;
    };
    // Makes the target in the demo tenant of `server` ("disp@<domain>", "tech<n>@<domain>");
    // nullopt (with a warning) when any of it could not be made.
    static std::optional<Target>
    prepare(const ServerProcess &server, const QString &domain, const QString &password);

    // Where the acknowledged writes are in a database.
    struct Presence
    {
        int creates = 0;     // acknowledged in the time asked about
        int assignments = 0; // idem
        int missingCreates = 0;
        int missingAssignments = 0;
        QString error; // the database could not be read
        bool complete() const
        {
            return error.isEmpty() && missingCreates == 0 && missingAssignments == 0;
        }
    };

    WriteLoad(QUrl baseUrl, Target target);
    ~WriteLoad(); // stops the writers

    void start(int writers);
    // From now on answers do not count as unexpected and the writers end after their request
    // under way (at once if the server is gone); stop() then waits for them.
    void finishing() { m_finishing = true; }
    // finishing(), and waits until every writer ended; false if one did not within a minute.
    bool stop();

    int acknowledged() const { return m_acknowledged; }
    // After stop(): the answers other than 2xx that came before finishing().
    QStringList unexpectedAnswers() const;
    // After stop(): the ids of the jobs whose creation was acknowledged, in no order.
    QList<qint64> created() const;
    // After stop(): the writes acknowledged before `beforeMs` (ms since the epoch), and how
    // many of them `db` lacks (a job not there; an assignment not there or overwritten).
    Presence presenceIn(const QSqlDatabase &db,
                        qint64 beforeMs = std::numeric_limits<qint64>::max()) const;

private:
    struct Write
    {
        qint64 job = 0;
        qint64 technician = 0; // an assignment's; 0 for a creation
        qint64 acknowledgedMs = 0;
    };
    struct Writer
    {
        std::unique_ptr<QThread> thread;
        QList<Write> writes;
        QStringList unexpected;
    };
    void write(int index, Writer *mine);

    QUrl m_baseUrl;
    Target m_target;
    std::vector<Writer> m_writers;
    std::atomic<int> m_acknowledged{0};
    std::atomic<bool> m_finishing{false};
};
