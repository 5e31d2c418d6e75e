// The quick writes of an SQLite server, run one after another on one thread and one
// connection, with the requests that queue up meanwhile committed together (group commit).
// SQLite has one writer at a time anyway; this way its page cache stays warm (a commit on
// one connection empties the cache of every other) and one COMMIT serves many requests.
#pragma once

#include "http/apiresponse.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace fielddesk::server {

class Database;

struct WriteLaneLimits
{
    int maxRequests = 64; // per batch
    int maxBatchMs = 4;   // stop adding requests to a batch after this long
};

class WriteLane
{
public:
    // Runs a request and answers it; may be called twice for one request (again on its own
    // when its batch had to be rolled back), so it must start from the request each time.
    // Must not throw: failures are answers (RequestPipeline::run turns them into 5xx).
    using Task = std::function<ApiResponse()>;
    // Gets the answer once it is committed (on the lane's thread).
    using Delivery = std::function<void(ApiResponse)>;

    explicit WriteLane(Database &db, WriteLaneLimits limits = WriteLaneLimits());
    ~WriteLane(); // finishes the batch under way; what is still queued is not run
    WriteLane(const WriteLane &) = delete;
    WriteLane &operator=(const WriteLane &) = delete;

    void submit(Task task, Delivery delivery);

private:
    struct Pending
    {
        Task task;
        Delivery delivery;
    };

    void run();
    // Blocks until a request is queued or the lane stops; false when stopped and empty.
    bool waitForWork();
    bool takeNext(Pending *next);
    void runBatch();

    Database &m_db;
    const WriteLaneLimits m_limits;
    QMutex m_mutex;
    QWaitCondition m_queued;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace fielddesk::server
