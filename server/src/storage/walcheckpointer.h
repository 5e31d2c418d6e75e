// Copies SQLite's write-ahead log back into the database file on a thread of its own, so
// that the writer that happens to cross the WAL's size limit does not do it while other
// writers queue behind it (a checkpoint is hundreds of page reads and writes and an fsync).
// Writers never shrink the log file (cutting a large file down took ~180 ms on this disk,
// inside a commit); the checkpointer does it once writes have paused.
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <memory>
#include <utility>

class QThread;

namespace fielddesk::server {

class Database;

struct WalCheckpointerLimits
{
    int intervalMs = 100; // between two checkpoints
    // 512 MB of 4 KB pages: past that the log is restarted even if writers must wait (a
    // stall of ~100 ms, every ~4 s at the most writes this machine takes: ~3,000 job
    // assignments a second, ~10 pages each).
    qint64 restartFrames = 131072;
    // Without a commit for idleMs, a log file larger than idleLogBytes is cut to nothing.
    qint64 idleMs = 2000;
    qint64 idleLogBytes = 64 * 1024 * 1024;
};

class WalCheckpointer
{
public:
    // Turns automatic checkpoints off for connections opened from now on.
    explicit WalCheckpointer(Database &db, WalCheckpointerLimits limits = {});
    ~WalCheckpointer(); // one last checkpoint, then the thread ends
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    // Writers wait for the restart once no more than this is left to copy.
    static constexpr qint64 kStopTheWritersFrames = 200;

    void run();
    void checkpoint();
    void restartLog(qint64 logFrames, qint64 copiedFrames);
    void truncateLogWhenIdle(qint64 logFrames, qint64 copiedFrames);
    // PASSIVE: copies what no reader still needs, never waits. Frames in the log, copied.
    std::pair<qint64, qint64> passiveCheckpoint();
    // A passive checkpoint, then the database file flushed to disk.
    std::pair<qint64, qint64> catchUp();

    Database &m_db;
    const WalCheckpointerLimits m_limits;
    QMutex m_mutex;
    QWaitCondition m_stop;
    bool m_stopping = false;
    quint64 m_lastCommitCount = 0;
    qint64 m_lastCommitSeenMs = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace fielddesk::server
