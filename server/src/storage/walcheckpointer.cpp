#include "storage/walcheckpointer.h"

#include "app/logline.h"
#include "storage/database.h"

#include <QThread>

namespace fielddesk::server {

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs)
    : m_db(db)
    , m_intervalMs(intervalMs)
{
    db.setAutomaticCheckpoints(false);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_stop.wakeAll();
    m_thread->wait();
}

void WalCheckpointer::run()
{
    bool stopping = false;
    while (!stopping) {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stopping)
                m_stop.wait(&m_mutex, QDeadlineTimer(m_intervalMs));
            stopping = m_stopping;
        }
        try {
            // PASSIVE: copies what no reader still needs, never waits for readers or writers.
            m_db.execute(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        } catch (const DatabaseError &e) {
            LogLine("warning", "wal_checkpoint_failed").field("error", QString::fromUtf8(e.what()));
        }
    }
}

} // namespace fielddesk::server
