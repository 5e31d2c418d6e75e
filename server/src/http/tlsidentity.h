// The server's TLS identity (tls_cert, tls_key): its certificate, with any intermediate
// certificates after it, and its private key, read from PEM files and proved to work together
// by one handshake on loopback before the server listens. A missing, unreadable or malformed
// file, an encrypted key, or a key that is not the certificate's is an error naming the file:
// a server asked for HTTPS never falls back to plain HTTP.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace fielddesk::server {

class TlsIdentity
{
public:
    // nullopt and *error (naming the file and what is wrong with it) on failure.
    static std::optional<TlsIdentity>
    load(const QString &certificateFile, const QString &keyFile, QString *error);

    // What each accepted connection negotiates with: TLS 1.2 or later, no client certificate.
    QSslConfiguration serverConfiguration() const;
    // The server's own certificate (the first of the chain).
    const QSslCertificate &certificate() const { return m_chain.first(); }

private:
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
};

} // namespace fielddesk::server
