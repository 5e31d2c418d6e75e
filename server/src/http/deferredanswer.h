// An answer that a handler gives later, from another thread: the handler returns
// ApiResponse::later(answer) and its worker is free at once; whoever does the long work calls
// finish() when it is done. The client closing its connection first calls the cancel hook, so
// that the work can stop instead of computing an answer nobody reads.
#pragma once

#include "http/apiresponse.h"

#include <QMutex>

#include <functional>
#include <optional>

namespace fielddesk::server {

class DeferredAnswer
{
public:
    using Delivery = std::function<void(ApiResponse)>;

    // The answer, from any thread, once (later calls are ignored).
    void finish(ApiResponse response);
    // What stops the work; the handler sets it before returning.
    void setCancel(std::function<void()> cancel);

    // The server's side. Where the answer goes (at once when finish() came first); from then
    // on the delivery runs on the thread that calls finish().
    void deliverTo(Delivery delivery);
    // The client went away: stops the work (once).
    void cancel();
    // The server is going away: the answer, when it comes, goes nowhere.
    void detach();

private:
    QMutex m_mutex;
    std::optional<ApiResponse> m_response; // finished before anyone took it
    Delivery m_delivery;
    std::function<void()> m_cancel;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_detached = false;
};

} // namespace fielddesk::server
