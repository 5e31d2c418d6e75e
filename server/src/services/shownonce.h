// A row's JSON with a secret added that is answered this once (an API key when it is made, a
// webhook's signing secret): the row's own JSON never carries it.
#pragma once

#include "fielddesk/domain/organisation.h"

namespace fielddesk::server {

template<typename T>
void writeWithSecret(JsonWriter &w, const T &row, const char *key, const QString &secret)
{
    QByteArray object = toJsonText(row);
    object.chop(1); // the closing brace
    object += QByteArray(",\"") + key + "\":";
    JsonWriter::appendEscaped(object, secret);
    object += '}';
    w.rawValue(object);
}

} // namespace fielddesk::server
