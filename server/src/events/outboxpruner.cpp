#include "events/outboxpruner.h"

#include "app/logline.h"
#include "core/backgroundtask.h"
#include "events/outboxretention.h"
#include "repositories/workturns.h"

#include <QDateTime>

namespace fielddesk::server {

OutboxPruner::OutboxPruner(Database &db, qint64 retentionSeconds, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_retentionSeconds(retentionSeconds)
    , m_intervalMs(intervalMs)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &OutboxPruner::prune);
}

OutboxPruner::~OutboxPruner()
{
    m_pool.waitForDone();
}

void OutboxPruner::start()
{
    m_timer.start();
    prune();
}

void OutboxPruner::prune()
{
    if (m_running)
        return; // the previous prune is still waiting for the database
    m_running = true;
    runInBackground(
        m_pool, this,
        [this]() -> std::optional<int> {
            try {
                // The turn a little shorter than the interval, so that a timer firing early keeps
                // its rhythm; the cutoff from the same clock a single server would use.
                const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
                if (!WorkTurns(m_db).take(QStringLiteral("outbox_prune"), nowMs,
                                          nowMs + qint64(m_intervalMs) * 9 / 10))
                    return std::nullopt; // another server's turn
                const QDateTime cutoff =
                    QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addSecs(-m_retentionSeconds);
                return OutboxRetention(m_db).deleteOlderThan(cutoff);
            } catch (const DatabaseError &e) {
                LogLine("warning", "outbox_prune_failed")
                    .field("error", QString::fromUtf8(e.what()));
                return std::nullopt;
            }
        },
        [this](std::optional<int> deleted) {
            m_running = false;
            if (!deleted)
                return;
            // Once a period between all servers (hourly by default): a line even when nothing
            // was old enough, so that the turns can be seen.
            LogLine("info", "outbox_pruned").field("deleted", *deleted);
            emit pruned(*deleted);
        });
}

} // namespace fielddesk::server
