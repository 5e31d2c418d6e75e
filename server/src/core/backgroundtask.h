// Work on a thread pool whose result is handed back to an object's thread: the one way the
// server does this. QFuture's .then(context, ...) is not used: on Qt 6.4.2 it can run its
// continuation twice. Read from libQt6Core (disassembled): setContinuation() on a future
// already finished runs the continuation at once and then stores it too, and the worker's
// reportFinished() marks the future finished before its runContinuation() runs what is
// stored; a .then() attached in between runs twice. The second run crashed a server in
// QFutureInterfaceBase::reportStarted (SIGSEGV, tst_cluster, about one run in 25).
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <exception>
#include <type_traits>
#include <utility>

namespace fielddesk::server {

// Logs what a background task let out ("background_task_failed").
void logBackgroundFailure(const char *what);

// Runs `work()` on `pool`, then `done(result)` on `context`'s thread, once. When `context` is
// destroyed first, `done` is not called (its queued call goes with it); an owner that waits
// for its pool in its destructor keeps `work` from outliving it. Both must be copyable. An
// exception `work` lets out is logged and `done` gets a default result: nothing waits forever
// and no exception ends the server from a pool thread.
template<typename Work, typename Done>
void runInBackground(QThreadPool &pool, QObject *context, Work work, Done done)
{
    pool.start([context, work = std::move(work), done = std::move(done)]() mutable {
        using Result = std::decay_t<decltype(work())>;
        Result result{};
        try {
            result = work();
        } catch (const std::exception &e) {
            logBackgroundFailure(e.what());
        } catch (...) {
            logBackgroundFailure("unknown exception");
        }
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace fielddesk::server
