// Copies SQLite's write-ahead log back into the database file on a thread of its own, so
// that the writer that happens to cross the WAL's size limit does not do it while other
// writers queue behind it (a checkpoint is hundreds of page reads and writes and an fsync).
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <memory>
#include <utility>

class QThread;

namespace fielddesk::server {

class Database;

class WalCheckpointer
{
public:
    // Turns automatic checkpoints off for connections opened from now on.
    explicit WalCheckpointer(Database &db, int intervalMs = 100);
    ~WalCheckpointer(); // one last checkpoint, then the thread ends
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    // 256 MB of 4 KB pages: past that the log is restarted even if writers must wait (a
    // stall of up to ~100 ms, every ~10 s at the most writes this machine takes).
    static constexpr qint64 kRestartFrames = 65536;
    // Writers wait for the restart once no more than this is left to copy.
    static constexpr qint64 kStopTheWritersFrames = 200;

    void run();
    void checkpoint();
    std::pair<qint64, qint64> passiveCheckpoint();

    Database &m_db;
    const int m_intervalMs;
    QMutex m_mutex;
    QWaitCondition m_stop;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace fielddesk::server
