#include "http/writelane.h"

#include "app/logline.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QThread>

namespace fielddesk::server {

WriteLane::WriteLane(Database &db, WriteLaneLimits limits)
    : m_db(db)
    , m_limits(limits)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("write-lane"));
    m_thread->start();
}

WriteLane::~WriteLane()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_queued.wakeAll();
    m_thread->wait();
}

void WriteLane::submit(Task task, Delivery delivery)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back({std::move(task), std::move(delivery)});
    }
    m_queued.wakeOne();
}

void WriteLane::run()
{
    m_db.becomeMainWriter();
    while (waitForWork()) {
        try {
            runBatch();
        } catch (...) {
            // Tasks answer their own failures; this is out of memory or worse. Keep going.
            LogLine("error", "write_lane_failed");
        }
    }
}

bool WriteLane::waitForWork()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.empty() && !m_stopping)
        m_queued.wait(&m_mutex);
    // Stopping comes after the server drained: what is still queued was given up on (its
    // client would never get the answer), so it is not run, and nothing of it is written.
    return !m_stopping;
}

bool WriteLane::takeNext(Pending *next)
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.empty())
        return false;
    *next = std::move(m_queue.front());
    m_queue.pop_front();
    return true;
}

void WriteLane::runBatch()
{
    QList<Pending> batch;
    QList<ApiResponse> answers;
    bool committed = false;
    try {
        WriteBatch transaction(m_db);
        QElapsedTimer elapsed;
        elapsed.start();
        Pending next;
        while (batch.size() < m_limits.maxRequests && elapsed.elapsed() < m_limits.maxBatchMs &&
               !transaction.poisoned() && takeNext(&next)) {
            answers.append(next.task());
            batch.append(std::move(next));
        }
        if (!transaction.poisoned()) {
            transaction.commit();
            committed = true;
        }
    } catch (const DatabaseError &e) {
        LogLine("warning", "write_batch_failed")
            .field("requests", int(batch.size()))
            .field("error", QString::fromUtf8(e.what()));
    }
    if (!committed) {
        // Something failed inside the batch (a constraint a service expected, or worse):
        // nothing of it was kept, so each request runs again in a transaction of its own.
        // When not even BEGIN worked, one request goes through on its own to answer it.
        Pending next;
        if (batch.isEmpty() && takeNext(&next))
            batch.append(std::move(next));
        answers.clear();
        for (const Pending &pending : std::as_const(batch))
            answers.append(pending.task());
    }
    for (qsizetype i = 0; i < batch.size(); ++i)
        batch.at(i).delivery(std::move(answers[i]));
}

} // namespace fielddesk::server
