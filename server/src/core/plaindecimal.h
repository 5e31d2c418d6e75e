// The one spelling of a whole number the server takes from outside where a client could write
// it several ways (a path id, a Content-Length): ASCII digits alone, no sign, space or
// exponent, and at most 18 of them, so that it reads into a qint64 without overflow.
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace fielddesk::server {

constexpr qsizetype kMostPlainDecimalDigits = 18;

// `text`: a QString or a QByteArray.
template<class Text>
bool isPlainDecimal(const Text &text)
{
    return !text.isEmpty() && text.size() <= kMostPlainDecimalDigits &&
           std::all_of(text.begin(), text.end(), [](auto c) { return c >= u'0' && c <= u'9'; });
}

} // namespace fielddesk::server
