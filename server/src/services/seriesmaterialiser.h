// Makes recurring series' occurrences up to the horizon at start-up and then every hour, on a
// thread of its own: writing weeks of jobs may wait for SQLite's write lock, which must never
// stall the thread that serves HTTP and WebSockets.
#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace fielddesk::server {

class JobSeriesService;

class SeriesMaterialiser : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 60 * 1000;

    explicit SeriesMaterialiser(JobSeriesService &series, QObject *parent = nullptr);
    // Waits for a run under way: it uses the database, which outlives this object.
    ~SeriesMaterialiser() override;

    void start();

signals:
    void materialised(int jobs);

private:
    void run();

    JobSeriesService &m_series;
    QTimer m_timer;
    QThreadPool m_pool; // one thread, kept alive with its database connection
    bool m_running = false;
};

} // namespace fielddesk::server
