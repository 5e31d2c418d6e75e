// The load balancers and reverse proxies whose word about the client is taken
// (trusted_proxies: addresses and networks). A request that comes from one of them names its
// client in X-Forwarded-For: the client is the right-most address there that is not itself a
// trusted proxy (each proxy appends the address it was reached from, so what stands further
// left was written by someone the proxies do not vouch for). From any other peer the header
// is ignored: a client cannot choose the address its limits are counted under.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace fielddesk::server {

class TrustedProxies
{
public:
    TrustedProxies() = default;

    // "127.0.0.1, 10.0.0.0/8, ::1" (commas or spaces); nullopt and *error for anything else.
    static std::optional<TrustedProxies> parse(const QString &text, QString *error);

    bool isEmpty() const { return m_networks.isEmpty(); }
    bool trusts(const QHostAddress &address) const;
    // The client a request from `peer` speaks for, given the values of its X-Forwarded-For
    // headers in the order they came (several headers count as one list, in order).
    QHostAddress clientOf(const QHostAddress &peer, const QList<QByteArray> &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_networks;
};

} // namespace fielddesk::server
