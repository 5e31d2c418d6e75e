// Milliseconds counting up from the clock's construction, or a source of them that a test
// gives (to move time by hand): what the kept values that expire or are looked at again
// after a while measure time with (JobRowCache, TenantNamesWatch).
#pragma once

#include <QElapsedTimer>

#include <functional>

namespace fielddesk::server {

class MillisecondClock
{
public:
    using Source = std::function<qint64()>;

    explicit MillisecondClock(Source source = {})
        : m_source(std::move(source))
    {
        m_elapsed.start();
    }

    qint64 now() const { return m_source ? m_source() : m_elapsed.elapsed(); }

private:
    Source m_source;
    QElapsedTimer m_elapsed;
};

} // namespace fielddesk::server
