// Which server certificates the console accepts: those the system's certificate authorities
// vouch for, as Qt checks by default, and also those of a company's own certificate authority
// read from a PEM file (a console setting, --ca-file or FIELDDESK_CA_FILE). The API client
// connects with it, and the live event feeds take it from the API client. Part of
// fielddesk_client: QtCore and QtNetwork only, no widgets.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace fielddesk::client {

class ServerTrust
{
    Q_DECLARE_TR_FUNCTIONS(ServerTrust)

public:
    // The system's certificate authorities only.
    ServerTrust() = default;

    // Those and the authorities in this PEM file (one or more certificates); nullopt and
    // *error, a sentence naming the file, when it cannot be read or holds no certificate.
    static std::optional<ServerTrust> withCaFile(const QString &path, QString *error);

    // The company's CA file; empty for the system's authorities only.
    QString caFile() const { return m_caFile; }
    // What a TLS connection verifies the server's certificate with (the host name included).
    QSslConfiguration sslConfiguration() const;

private:
    QString m_caFile;
    QList<QSslCertificate> m_companyAuthorities;
};

} // namespace fielddesk::client
