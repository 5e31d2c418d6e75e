#include "fielddesk/domain/jsonwriter.h"

#include <QLocale>

#include <cmath>
#include <cstdio>

namespace fielddesk {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_buffer.reserve(reserve);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasElement.isEmpty()) {
        if (m_hasElement.last())
            m_buffer.append(',');
        m_hasElement.last() = true;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_buffer.append('{');
    m_hasElement.append(false);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_buffer.append('}');
    m_hasElement.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_buffer.append('[');
    m_hasElement.append(false);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_buffer.append(']');
    m_hasElement.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    m_buffer.append('"');
    m_buffer.append(name.data(), qsizetype(name.size()));
    m_buffer.append("\":", 2);
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (u < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(u));
                out.append(escaped, 6);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    appendEscaped(m_buffer, text);
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view utf8)
{
    return value(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_buffer.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_buffer.append("null", 4);
        return *this;
    }
    // Shortest representation that reads back to the same double.
    m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_buffer.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::nullValue()
{
    separate();
    m_buffer.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::rawValue(const QByteArray &json)
{
    separate();
    m_buffer.append(json.isEmpty() ? QByteArray("null") : json);
    return *this;
}

} // namespace fielddesk
