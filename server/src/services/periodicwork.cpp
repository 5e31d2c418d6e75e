#include "services/periodicwork.h"

#include "app/logline.h"
#include "core/backgroundtask.h"
#include "storage/database.h"

namespace fielddesk::server {

PeriodicWork::PeriodicWork(QString name, std::function<int()> work, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_work(std::move(work))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PeriodicWork::run);
}

PeriodicWork::~PeriodicWork()
{
    m_pool.waitForDone();
}

void PeriodicWork::start()
{
    m_timer.start();
    run();
}

void PeriodicWork::run()
{
    if (m_running)
        return; // the previous run is still writing
    m_running = true;
    runInBackground(
        m_pool, this,
        [this] {
            try {
                return m_work();
            } catch (const DatabaseError &e) {
                LogLine("warning", qPrintable(m_name + QStringLiteral("_failed")))
                    .field("error", QString::fromUtf8(e.what()));
            } catch (const std::exception &e) {
                // Logged, and the next period tries again: the work is not lost for good.
                LogLine("error", qPrintable(m_name + QStringLiteral("_failed")))
                    .field("error", QString::fromUtf8(e.what()));
            }
            return 0;
        },
        [this](int count) {
            m_running = false;
            if (count > 0)
                LogLine("info", qPrintable(m_name + QStringLiteral("d"))).field("count", count);
            emit done(count);
        });
}

} // namespace fielddesk::server
