// Structured logging: one JSON object per line on stderr, safe from any thread.
//   LogLine("info", "request").field("status", 200);   // written when the line goes out of scope
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <string_view>

namespace fielddesk::server {

class LogLine
{
public:
    LogLine(const char *level, const char *event);
    ~LogLine();
    LogLine(const LogLine &) = delete;
    LogLine &operator=(const LogLine &) = delete;

    template<typename T>
    LogLine &field(std::string_view name, const T &value)
    {
        m_writer.field(name, value);
        return *this;
    }

    // Tests and tools may silence the log (for example a benchmark's own server).
    static void setEnabled(bool enabled);

private:
    JsonWriter m_writer;
};

} // namespace fielddesk::server
