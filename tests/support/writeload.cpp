#include "writeload.h"

#include "apitestsetup.h"
#include "testhttpclient.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr int kTechnicians = 3;
constexpr int kWriterWaitMs = 60000;
// Where the jobs are planned: a day far from any other test's, a minute apart.
const QDateTime kPlannedDay(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
constexpr int kPlannedSlots = 600;
} // namespace

std::optional<WriteLoad::Target>
WriteLoad::prepare(const ServerProcess &server, const QString &domain, const QString &password)
{
    DispatcherAtLocation desk;
    if (!desk.create(server, domain, password))
        return std::nullopt;
    Target target;
    target.dispatcher = desk.dispatcher;
    target.dispatcherEmail = QStringLiteral("disp@") + domain;
    target.location = desk.location;
    TestHttpClient admin(server.baseUrl());
    admin.setToken(desk.admin);
    for (int i = 0; i < kTechnicians; ++i) {
        const qint64 user =
            createTestUser(server, desk.admin, QStringLiteral("tech%1@%2").arg(i).arg(domain),
                           QStringLiteral("employee"), desk.location, password);
        const TestReply technician = admin.post(
            QStringLiteral("/api/v1/technicians"),
            {{QStringLiteral("user_id"), user}, {QStringLiteral("location_id"), desk.location}});
        if (technician.status != 201) {
            qWarning("create technician: %d %s", technician.status, technician.body.constData());
            return std::nullopt;
        }
        target.technicians.append(technician.id());
    }
    return target;
}

WriteLoad::WriteLoad(QUrl baseUrl, Target target)
    : m_baseUrl(std::move(baseUrl))
    , m_target(std::move(target))
{}

WriteLoad::~WriteLoad()
{
    stop();
}

void WriteLoad::start(int writers)
{
    m_writers.resize(size_t(writers));
    for (int i = 0; i < writers; ++i) {
        Writer *writer = &m_writers[size_t(i)];
        writer->thread.reset(QThread::create([this, i, writer] { write(i, writer); }));
        writer->thread->start();
    }
}

bool WriteLoad::stop()
{
    m_finishing = true;
    bool ended = true;
    for (Writer &writer : m_writers) {
        if (writer.thread && !writer.thread->wait(kWriterWaitMs))
            ended = false;
    }
    return ended;
}

void WriteLoad::write(int index, Writer *mine)
{
    TestHttpClient http(m_baseUrl);
    http.setToken(m_target.dispatcher);
    const auto acknowledged = [&](const TestReply &reply, int expected) {
        if (reply.status == expected)
            return true;
        if (!m_finishing && reply.status != 0)
            mine->unexpected << QStringLiteral("%1 %2")
                                    .arg(reply.status)
                                    .arg(QString::fromUtf8(reply.body.left(300)));
        return false;
    };
    for (int n = 0; !m_finishing; ++n) {
        const TestReply created =
            http.post(QStringLiteral("/api/v1/jobs"),
                      {{QStringLiteral("title"), QStringLiteral("load w%1 #%2").arg(index).arg(n)},
                       {QStringLiteral("location_id"), m_target.location},
                       {QStringLiteral("duration_min"), 30}});
        if (!acknowledged(created, 201)) {
            if (created.status == 0)
                return; // the server is gone
            continue;
        }
        mine->writes.append({created.id(), 0, QDateTime::currentMSecsSinceEpoch()});
        ++m_acknowledged;
        const qint64 technician =
            m_target.technicians.at((index + n) % m_target.technicians.size());
        const TestReply assigned =
            http.post(QStringLiteral("/api/v1/jobs/%1/assign").arg(created.id()),
                      {{QStringLiteral("technician_id"), technician},
                       {QStringLiteral("planned_start"),
                        kPlannedDay.addSecs(60 * (n % kPlannedSlots)).toString(Qt::ISODate)},
                       {QStringLiteral("expected_version"), 1},
                       {QStringLiteral("force"), true}});
        if (acknowledged(assigned, 200)) {
            mine->writes.append({created.id(), technician, QDateTime::currentMSecsSinceEpoch()});
            ++m_acknowledged;
        } else if (assigned.status == 0) {
            return;
        }
    }
}

QStringList WriteLoad::unexpectedAnswers() const
{
    QStringList all;
    for (const Writer &writer : m_writers)
        all += writer.unexpected;
    return all;
}

QList<qint64> WriteLoad::created() const
{
    QList<qint64> ids;
    for (const Writer &writer : m_writers) {
        for (const Write &write : writer.writes) {
            if (write.technician == 0)
                ids.append(write.job);
        }
    }
    return ids;
}

WriteLoad::Presence WriteLoad::presenceIn(const QSqlDatabase &db, qint64 beforeMs) const
{
    Presence presence;
    QHash<qint64, std::pair<qint64, qint64>> stored; // job -> (technician, version)
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT id, technician_id, version FROM jobs WHERE "
                                  "location_id = ?"))) {
        presence.error = q.lastError().text();
        return presence;
    }
    q.addBindValue(m_target.location);
    if (!q.exec()) {
        presence.error = q.lastError().text();
        return presence;
    }
    while (q.next())
        stored.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    for (const Writer &writer : m_writers) {
        for (const Write &write : writer.writes) {
            if (write.acknowledgedMs >= beforeMs)
                continue;
            if (write.technician == 0) {
                ++presence.creates;
                if (!stored.contains(write.job))
                    ++presence.missingCreates;
                continue;
            }
            ++presence.assignments;
            const auto [technician, version] = stored.value(write.job);
            if (technician != write.technician || version < 2)
                ++presence.missingAssignments;
        }
    }
    return presence;
}
