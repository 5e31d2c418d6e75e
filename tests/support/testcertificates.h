// Throw-away certificates for the HTTPS tests, made with the openssl command in a directory of
// the test's: a certificate authority, a server certificate it issued for 127.0.0.1 and
// localhost, and certificates a console must refuse: one self-signed (no authority vouches for
// it), one the authority issued for another host, and one of the authority's that expired.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

struct CertificateFiles
{
    QString certificate; // PEM
    QString key;         // PEM, unencrypted

    // A server's settings that make it serve HTTPS with these files.
    QStringList serverEnvironment() const
    {
        return {QStringLiteral("FIELDDESK_TLS_CERT=") + certificate,
                QStringLiteral("FIELDDESK_TLS_KEY=") + key};
    }
};

class TestCertificates
{
public:
    // Makes them all in `directory`; false and *error (openssl's own words) on failure.
    bool create(const QString &directory, QString *error);

    QString caFile() const { return m_caFile; }
    QList<QSslCertificate> authorities() const;
    CertificateFiles server() const { return m_server; }         // issued by the authority
    CertificateFiles selfSigned() const { return m_selfSigned; } // for 127.0.0.1, untrusted
    CertificateFiles otherHost() const { return m_otherHost; }   // issued for elsewhere.invalid
    CertificateFiles expired() const { return m_expired; }       // expired a day ago

    // This test program's own clients (QNetworkAccessManager, QWebSocket made from now on)
    // trust the authority: the suites' HTTP clients reach an https server as they do an http
    // one. The system's authorities are not needed on loopback.
    void trustAuthorityInThisProgram() const;

private:
    QString m_caFile;
    CertificateFiles m_server;
    CertificateFiles m_selfSigned;
    CertificateFiles m_otherHost;
    CertificateFiles m_expired;
};
