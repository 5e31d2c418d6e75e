#include "http/clientaddress.h"

namespace fielddesk::server {

QString clientAddressKey(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4); // IPv4-mapped IPv6 too
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR ipv6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        ipv6[i] = 0;
    return QHostAddress(ipv6).toString() + QStringLiteral("/64");
}

} // namespace fielddesk::server
