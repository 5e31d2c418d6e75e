#include "fielddesk/client/servertrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace fielddesk::client {

std::optional<ServerTrust> ServerTrust::withCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the certificate authority file %1: %2")
                     .arg(QDir::toNativeSeparators(path),
                          QFileInfo::exists(path) ? file.errorString() : tr("it does not exist"));
        return std::nullopt;
    }
    QList<QSslCertificate> authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    authorities.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (authorities.isEmpty()) {
        *error = tr("The certificate authority file %1 holds no certificate. Use the company's CA "
                    "certificate in PEM form (a text file starting with -----BEGIN "
                    "CERTIFICATE-----).")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    ServerTrust trust;
    trust.m_caFile = path;
    trust.m_companyAuthorities = std::move(authorities);
    return trust;
}

QSslConfiguration ServerTrust::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (m_companyAuthorities.isEmpty())
        return configuration; // Qt loads the system's authorities when it first needs them
    // Setting any authority ends Qt's loading of the system's on demand: name them too.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                    m_companyAuthorities);
    return configuration;
}

} // namespace fielddesk::client
