#include "storage/walcheckpointer.h"

#include "app/logline.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>

#include <mutex>

namespace fielddesk::server {

WalCheckpointer::WalCheckpointer(Database &db, WalCheckpointerLimits limits)
    : m_db(db)
    , m_limits(limits)
{
    db.setAutomaticCheckpoints(false);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_stop.wakeAll();
    m_thread->wait();
}

void WalCheckpointer::run()
{
    try {
        // This thread's connection waits briefly for readers (TRUNCATE); PASSIVE never waits.
        m_db.execute(QStringLiteral("PRAGMA busy_timeout=100"));
    } catch (const DatabaseError &e) {
        LogLine("warning", "wal_checkpoint_failed").field("error", QString::fromUtf8(e.what()));
    }
    bool stopping = false;
    while (!stopping) {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stopping)
                m_stop.wait(&m_mutex, QDeadlineTimer(m_limits.intervalMs));
            stopping = m_stopping;
        }
        try {
            checkpoint();
        } catch (const DatabaseError &e) {
            LogLine("warning", "wal_checkpoint_failed").field("error", QString::fromUtf8(e.what()));
        }
    }
}

std::pair<qint64, qint64> WalCheckpointer::passiveCheckpoint()
{
    // PASSIVE: copies what no reader still needs, never waits for readers or writers.
    SqlQuery q(m_db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    q.exec();
    if (!q.next())
        return {0, 0};
    return {q.integer(1), q.integer(2)}; // frames in the log, frames copied
}

void WalCheckpointer::checkpoint()
{
    const auto [logFrames, copiedFrames] = catchUp();
    if (logFrames >= m_limits.restartFrames)
        restartLog(logFrames, copiedFrames);
    else
        truncateLogWhenIdle(logFrames, copiedFrames);
}

void WalCheckpointer::restartLog(qint64 logFrames, qint64 copiedFrames)
{
    // Under steady writes the log never catches up, and SQLite starts it over only when the
    // next writer finds it all copied: the file would grow without end. Past the limit: catch
    // up without stopping anyone, then hold writers back for the little that is left. Not
    // RESTART: it waits for readers in SQLite's sleeping busy handler (100 ms stalls).
    for (int round = 0; round < 3 && logFrames - copiedFrames > kStopTheWritersFrames; ++round)
        std::tie(logFrames, copiedFrames) = catchUp();
    // The checkpoint syncs the log before it copies; most of it is synced here, while the
    // writers still go on.
    m_db.syncSqliteFile(Database::SqliteFile::Log);
    const std::lock_guard<FairLock> writers(m_db.sqliteWriteLock());
    passiveCheckpoint();
}

void WalCheckpointer::truncateLogWhenIdle(qint64 logFrames, qint64 copiedFrames)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const quint64 commits = m_db.commitCount();
    if (commits != m_lastCommitCount || m_lastCommitSeenMs == 0) {
        m_lastCommitCount = commits;
        m_lastCommitSeenMs = nowMs;
        return;
    }
    if (nowMs - m_lastCommitSeenMs < m_limits.idleMs || logFrames != copiedFrames ||
        // stat() only: opening the file would drop the locks SQLite holds on it
        QFileInfo(m_db.url().path + QStringLiteral("-wal")).size() <= m_limits.idleLogBytes)
        return;
    // TRUNCATE waits for readers still on the log in the busy handler (briefly: see run()),
    // with the writers held so no commit lands in between.
    {
        const std::lock_guard<FairLock> writers(m_db.sqliteWriteLock());
        m_db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    m_lastCommitSeenMs = 0; // look again after the next commit
}

std::pair<qint64, qint64> WalCheckpointer::catchUp()
{
    const std::pair<qint64, qint64> frames = passiveCheckpoint();
    // SQLite syncs the database file only when a checkpoint copied the whole log, which never
    // happens while writes go on: the pages copied meanwhile would all be flushed by the
    // checkpoint that restarts the log, with the writers held (~150-200 ms). Flushed here
    // round by round, the writers never wait for it (they do not write the database file).
    if (frames.second > 0)
        m_db.syncSqliteFile(Database::SqliteFile::Database);
    return frames;
}

} // namespace fielddesk::server
