#include "events/outboxpruner.h"

#include "app/logline.h"
#include "events/outboxretention.h"

#include <QDateTime>
#include <QtConcurrent>

namespace fielddesk::server {

OutboxPruner::OutboxPruner(Database &db, qint64 retentionSeconds, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_retentionSeconds(retentionSeconds)
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
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_retentionSeconds);
    QtConcurrent::run(&m_pool, [this, cutoff] {
        try {
            return OutboxRetention(m_db).deleteOlderThan(cutoff);
        } catch (const DatabaseError &e) {
            LogLine("warning", "outbox_prune_failed").field("error", QString::fromUtf8(e.what()));
            return 0;
        }
    }).then(this, [this](int deleted) {
        m_running = false;
        if (deleted > 0)
            LogLine("info", "outbox_pruned").field("deleted", deleted);
        emit pruned(deleted);
    });
}

} // namespace fielddesk::server
