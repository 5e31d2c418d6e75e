#include "http/trustedproxies.h"

#include <QRegularExpression>

namespace fielddesk::server {

namespace {

// IPv4 peers of a dual-stack listener come as ::ffff:a.b.c.d: compared as IPv4.
QHostAddress plain(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

// One element of X-Forwarded-For: an address, perhaps with a port ("1.2.3.4:80",
// "[2001:db8::1]:80"); a null address for anything else ("unknown", an obfuscated name).
QHostAddress forwardedAddress(QByteArray element)
{
    element = element.trimmed();
    if (element.startsWith('[')) {
        const qsizetype close = element.indexOf(']');
        if (close < 0)
            return {};
        element = element.mid(1, close - 1);
    } else if (element.count(':') == 1) {
        element = element.left(element.indexOf(':'));
    }
    const QHostAddress address(QString::fromLatin1(element));
    return address.isNull() ? QHostAddress() : plain(address);
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QString &text, QString *error)
{
    TrustedProxies proxies;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        QPair<QHostAddress, int> network = QHostAddress::parseSubnet(item);
        if (network.first.isNull() && !item.contains(QLatin1Char('/'))) {
            const QHostAddress address(item);
            if (!address.isNull())
                network = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (network.first.isNull()) {
            *error = QStringLiteral("trusted_proxies: '%1' is not an address or a network "
                                    "(e.g. 10.0.0.5, 10.0.0.0/24, 2001:db8::/64)")
                         .arg(item);
            return std::nullopt;
        }
        proxies.m_networks.append(network);
    }
    return proxies;
}

bool TrustedProxies::trusts(const QHostAddress &address) const
{
    const QHostAddress candidate = plain(address);
    for (const QPair<QHostAddress, int> &network : m_networks) {
        if (candidate.isInSubnet(network))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer,
                                      const QList<QByteArray> &forwardedFor) const
{
    if (!trusts(peer))
        return peer;
    QList<QByteArray> hops;
    for (const QByteArray &value : forwardedFor)
        hops += value.split(',');
    QHostAddress client = peer;
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address = forwardedAddress(*hop);
        if (address.isNull())
            break; // not an address a proxy wrote: the last one vouched for stands
        client = address;
        if (!trusts(address))
            break;
    }
    return client;
}

} // namespace fielddesk::server
