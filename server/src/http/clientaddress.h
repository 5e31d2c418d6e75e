// The key under which a client's connections and requests are counted: its IPv4 address, or
// the /64 network of an IPv6 address (one household or host is given a whole /64).
#pragma once

#include <QHostAddress>
#include <QString>

namespace fielddesk::server {

QString clientAddressKey(const QHostAddress &address);

} // namespace fielddesk::server
