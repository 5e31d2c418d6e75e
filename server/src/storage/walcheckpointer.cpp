#include "storage/walcheckpointer.h"

#include "app/logline.h"
#include "storage/database.h"

#include <QThread>

namespace fielddesk::server {

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs)
    : m_db(db)
    , m_intervalMs(intervalMs)
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
    bool stopping = false;
    while (!stopping) {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stopping)
                m_stop.wait(&m_mutex, QDeadlineTimer(m_intervalMs));
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
    auto [logFrames, copiedFrames] = passiveCheckpoint();
    if (logFrames < kRestartFrames)
        return;
    // Under steady writes the log never catches up, and SQLite starts it over only when the
    // next writer finds it all copied: the file would grow without end. Past the limit: catch
    // up without stopping anyone, then hold writers back for the little that is left. Not
    // RESTART: it waits for readers in SQLite's sleeping busy handler (100 ms stalls).
    for (int round = 0; round < 3 && logFrames - copiedFrames > kStopTheWritersFrames; ++round)
        std::tie(logFrames, copiedFrames) = passiveCheckpoint();
    FairLock &writers = m_db.sqliteWriteLock();
    writers.lock();
    try {
        passiveCheckpoint();
    } catch (...) {
        writers.unlock();
        throw;
    }
    writers.unlock();
}

} // namespace fielddesk::server
