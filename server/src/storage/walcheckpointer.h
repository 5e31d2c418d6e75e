// Copies SQLite's write-ahead log back into the database file on a thread of its own, so
// that the writer that happens to cross the WAL's size limit does not do it while other
// writers queue behind it (a checkpoint is hundreds of page reads and writes and an fsync).
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <memory>

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
    void run();

    Database &m_db;
    const int m_intervalMs;
    QMutex m_mutex;
    QWaitCondition m_stop;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace fielddesk::server
