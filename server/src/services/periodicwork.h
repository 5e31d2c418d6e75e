// Periodic upkeep at start-up and then every interval (hourly: recurring series made up to the
// horizon, maintenance falling due; every minute: the evening messages), on a thread of its own:
// writing may wait for SQLite's write lock, which must never stall the thread that serves HTTP and
// WebSockets.
#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace fielddesk::server {

class PeriodicWork : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHourMs = 60 * 60 * 1000;

    // `work` answers how many things it did; `name` words the log lines: "<name>_failed" when
    // the database refused or the work threw (the next period runs it again), "<name>d" when it
    // did something ("series_materialise").
    PeriodicWork(QString name,
                 std::function<int()> work,
                 int intervalMs = kHourMs,
                 QObject *parent = nullptr);
    // Waits for a run under way: it uses the database, which outlives this object.
    ~PeriodicWork() override;

    void start();

signals:
    void done(int count);

private:
    void run();

    QString m_name;
    std::function<int()> m_work;
    QTimer m_timer;
    QThreadPool m_pool; // one thread, kept alive with its database connection
    bool m_running = false;
};

} // namespace fielddesk::server
