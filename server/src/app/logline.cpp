#include "app/logline.h"

#include "fielddesk/domain/timestamps.h"

#include <QMutex>

#include <atomic>
#include <cstdio>

namespace fielddesk::server {

namespace {
QMutex g_outputMutex;
std::atomic<bool> g_enabled{true};
} // namespace

LogLine::LogLine(const char *level, const char *event)
    : m_writer(256)
{
    m_writer.beginObject();
    m_writer.field("ts", nowTimestamp());
    m_writer.field("level", level);
    m_writer.field("event", event);
}

LogLine::~LogLine()
{
    if (!g_enabled.load(std::memory_order_relaxed))
        return;
    m_writer.endObject();
    QByteArray line = m_writer.take();
    line.append('\n');
    QMutexLocker lock(&g_outputMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void LogLine::setEnabled(bool enabled)
{
    g_enabled.store(enabled);
}

} // namespace fielddesk::server
