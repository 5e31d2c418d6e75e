#include "http/tlsidentity.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace fielddesk::server {

namespace {

// The loopback handshake that proves the certificate and key work together; it takes a few
// milliseconds, the limit is for a machine under heavy load.
constexpr int kSelfCheckTimeoutMs = 10000;

std::optional<QByteArray> readPem(const char *key, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1 %2 does not exist").arg(QLatin1String(key), path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("%1 %2 is not a file").arg(QLatin1String(key), path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 %2: %3")
                     .arg(QLatin1String(key), path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QSslKey parseKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

// Empty when a client completes a handshake with this configuration; else what went wrong,
// as the TLS library says it.
QString handshakeProblem(const QSslConfiguration &configuration)
{
    QSslServer server;
    server.setSslConfiguration(configuration);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return QStringLiteral("cannot listen on loopback for the check: ") + server.errorString();
    QEventLoop loop;
    QString problem;
    bool serverDone = false;
    bool clientDone = false;
    const auto finishWhenBothDone = [&] {
        if ((serverDone && clientDone) || !problem.isEmpty())
            loop.quit();
    };
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *socket, QAbstractSocket::SocketError) {
                         if (problem.isEmpty())
                             problem = socket->errorString();
                         finishWhenBothDone();
                     });
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &loop, [&] {
        serverDone = true;
        finishWhenBothDone();
    });
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone); // the chain's trust is the clients' affair
    QObject::connect(&client, &QSslSocket::encrypted, &loop, [&] {
        clientDone = true;
        finishWhenBothDone();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        if (problem.isEmpty())
            problem = QStringLiteral("the check's handshake on loopback did not finish in time");
        loop.quit();
    });
    timeout.start(kSelfCheckTimeoutMs);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    loop.exec();
    client.abort();
    while (QTcpSocket *accepted = server.nextPendingConnection())
        delete accepted;
    return problem;
}

} // namespace

std::optional<TlsIdentity>
TlsIdentity::load(const QString &certificateFile, const QString &keyFile, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("tls_cert is set but TLS is not available: Qt found no TLS "
                                "library (OpenSSL 3, package libssl3)");
        return std::nullopt;
    }
    const std::optional<QByteArray> certificatePem = readPem("tls_cert", certificateFile, error);
    if (!certificatePem)
        return std::nullopt;
    const std::optional<QByteArray> keyPem = readPem("tls_key", keyFile, error);
    if (!keyPem)
        return std::nullopt;

    TlsIdentity identity;
    identity.m_chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (identity.m_chain.isEmpty() || identity.m_chain.first().isNull()) {
        *error =
            QStringLiteral("tls_cert %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
                .arg(certificateFile);
        return std::nullopt;
    }
    if (keyPem->contains("ENCRYPTED")) {
        *error = QStringLiteral("tls_key %1 is protected by a passphrase, which the server cannot "
                                "ask for: give it the key without one (openssl pkey -in KEY -out "
                                "PLAIN), readable only by the server's user")
                     .arg(keyFile);
        return std::nullopt;
    }
    identity.m_key = parseKey(*keyPem);
    if (identity.m_key.isNull()) {
        *error = QStringLiteral("tls_key %1 holds no PEM private key (RSA, EC or DSA, "
                                "-----BEGIN PRIVATE KEY-----)")
                     .arg(keyFile);
        return std::nullopt;
    }
    if (const QString problem = handshakeProblem(identity.serverConfiguration());
        !problem.isEmpty()) {
        const bool mismatch = problem.contains(QLatin1String("mismatch")) ||
                              problem.contains(QLatin1String("does not certify"));
        *error = mismatch ? QStringLiteral("tls_key %1 is not the private key of the certificate "
                                           "in tls_cert %2 (%3)")
                                .arg(keyFile, certificateFile, problem)
                          : QStringLiteral("the certificate in tls_cert %1 and the key in tls_key "
                                           "%2 cannot serve TLS: %3")
                                .arg(certificateFile, keyFile, problem);
        return std::nullopt;
    }
    return identity;
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace fielddesk::server
