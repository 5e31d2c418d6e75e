#include "http/deferredanswer.h"

namespace fielddesk::server {

void DeferredAnswer::finish(ApiResponse response)
{
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    m_cancel = nullptr; // nothing left to stop; drops what the work held on to
    if (m_detached)
        return;
    // Delivered under the lock so that detach() cannot return while it is under way.
    if (m_delivery)
        m_delivery(std::move(response));
    else
        m_response = std::move(response);
}

void DeferredAnswer::setCancel(std::function<void()> cancel)
{
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    if (m_cancelled) {
        lock.unlock();
        cancel();
        return;
    }
    m_cancel = std::move(cancel);
}

void DeferredAnswer::deliverTo(Delivery delivery)
{
    QMutexLocker lock(&m_mutex);
    if (m_response) {
        delivery(std::move(*m_response));
        m_response.reset();
        return;
    }
    m_delivery = std::move(delivery);
}

void DeferredAnswer::cancel()
{
    std::function<void()> cancel;
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled || m_finished)
            return;
        m_cancelled = true;
        cancel = std::move(m_cancel);
    }
    // Outside the lock: the work may finish() from within its own cancel.
    if (cancel)
        cancel();
}

void DeferredAnswer::detach()
{
    QMutexLocker lock(&m_mutex);
    m_detached = true;
    m_delivery = nullptr;
    m_response.reset();
}

} // namespace fielddesk::server
