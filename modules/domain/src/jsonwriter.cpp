#include "fielddesk/domain/jsonwriter.h"

#include <charconv>
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
    // Written straight from UTF-16 into room made beforehand (at most 6 bytes per unit:
    // \u00XX), without a UTF-8 copy of the text or a byte-at-a-time append: lists of jobs
    // are mostly strings, and this was most of their cost.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *p = out.data() + start;
    *p++ = '"';
    const auto *it = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = it + text.size();
    for (; it != end; ++it) {
        const char16_t u = *it;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *p++ = char(u);
            continue;
        }
        if (u < 0x80) {
            *p++ = '\\';
            switch (u) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                static constexpr char kHex[] = "0123456789abcdef";
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = kHex[u >> 4];
                *p++ = kHex[u & 0xf];
            }
            continue;
        }
        char32_t code = u;
        if (QChar::isHighSurrogate(u) && it + 1 != end && QChar::isLowSurrogate(it[1]))
            code = QChar::surrogateToUcs4(u, *++it);
        else if (QChar::isSurrogate(u))
            code = 0xfffd; // a lone surrogate is no character: the replacement character
        if (code < 0x800) {
            *p++ = char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            *p++ = char(0xe0 | (code >> 12));
            *p++ = char(0x80 | ((code >> 6) & 0x3f));
        } else {
            *p++ = char(0xf0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3f));
            *p++ = char(0x80 | ((code >> 6) & 0x3f));
        }
        *p++ = char(0x80 | (code & 0x3f));
    }
    *p++ = '"';
    out.resize(p - out.constData());
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
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, number);
    m_buffer.append(digits, end.ptr - digits);
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
    char digits[32];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, number);
    m_buffer.append(digits, end.ptr - digits);
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
