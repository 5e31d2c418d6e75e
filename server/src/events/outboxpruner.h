// Deletes outbox events older than the retention, at start and then periodically, on a
// thread of its own: a DELETE may wait for SQLite's write lock, which must never stall the
// thread that serves HTTP and WebSockets.
#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace fielddesk::server {

class Database;

class OutboxPruner : public QObject
{
    Q_OBJECT
public:
    OutboxPruner(Database &db, qint64 retentionSeconds, int intervalMs, QObject *parent = nullptr);
    // Waits for a prune under way: it uses the database, which outlives this object.
    ~OutboxPruner() override;

    void start();

signals:
    void pruned(int deleted);

private:
    void prune();

    Database &m_db;
    qint64 m_retentionSeconds;
    QTimer m_timer;
    QThreadPool m_pool; // one thread, kept alive with its database connection
    bool m_running = false;
};

} // namespace fielddesk::server
