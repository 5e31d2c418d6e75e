// Work on a thread pool whose result is handed back to an object's thread: the one way the
// server does this. QFuture's .then(context, ...) is not used: on Qt 6.4 it can run its
// continuation twice when the work ends while the continuation is being attached
// (QFutureInterfaceBase::setContinuation runs it at once and stores it too, and the worker's
// runContinuation runs it again); the second run crashed a server in
// QFutureInterfaceBase::reportStarted (SIGSEGV seen in tst_cluster, one run in 25).
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <utility>

namespace fielddesk::server {

// Runs `work()` on `pool`, then `done(result)` on `context`'s thread, once. When `context` is
// destroyed first, `done` is not called (its queued call goes with it); an owner that waits
// for its pool in its destructor keeps `work` from outliving it. Both must be copyable.
template<typename Work, typename Done>
void runInBackground(QThreadPool &pool, QObject *context, Work work, Done done)
{
    pool.start([context, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace fielddesk::server
