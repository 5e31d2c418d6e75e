// Deletes outbox events older than the retention, at start and then periodically, on a
// thread of its own: a DELETE may wait for SQLite's write lock, which must never stall the
// thread that serves HTTP and WebSockets. Several servers on one database take turns
// (WorkTurns "outbox_prune", held for nine tenths of the interval): one prune a period between
// them, each by the same rule (OutboxRetention) a single server follows.
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
    // After a prune this server took the turn for.
    void pruned(int deleted);

private:
    void prune();

    Database &m_db;
    qint64 m_retentionSeconds;
    int m_intervalMs;
    QTimer m_timer;
    QThreadPool m_pool; // one thread, kept alive with its database connection
    bool m_running = false;
};

} // namespace fielddesk::server
