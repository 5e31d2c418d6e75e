#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>

namespace {

// Elliptic-curve keys are made in a millisecond; the server's own is RSA, as most are.
const QStringList kEcKey{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")};
const QStringList kRsaKey{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
const QString kLoopbackNames = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");
constexpr int kOpensslTimeoutMs = 30000;

bool openssl(const QStringList &arguments, const QString &directory, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(kOpensslTimeoutMs) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed (%2): %3")
                     .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                          QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

// A key and certificate named `name`, issued by ca.pem for `names` (subjectAltName) for `days`
// (negative: expired that many days ago).
bool issue(const QString &name,
           const QStringList &key,
           const QString &names,
           int days,
           int serial,
           const QString &directory,
           QString *error)
{
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + key +
                       QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                   name + QStringLiteral(".key"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=") + name, QStringLiteral("-addext"), names,
                                   QStringLiteral("-out"), name + QStringLiteral(".csr")},
                   directory, error) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-set_serial"), QString::number(serial), QStringLiteral("-days"),
                    QString::number(days), QStringLiteral("-copy_extensions"),
                    QStringLiteral("copy"), QStringLiteral("-out"), name + QStringLiteral(".pem")},
                   directory, error);
}

// A self-signed key and certificate in files named `name`, for `commonName`, 30 days, with
// these extensions.
bool selfSign(const QString &name,
              const QString &commonName,
              const QStringList &extensions,
              const QString &directory,
              QString *error)
{
    QStringList arguments = QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                            QStringList{QStringLiteral("-nodes"),
                                        QStringLiteral("-keyout"),
                                        name + QStringLiteral(".key"),
                                        QStringLiteral("-out"),
                                        name + QStringLiteral(".pem"),
                                        QStringLiteral("-days"),
                                        QStringLiteral("30"),
                                        QStringLiteral("-subj"),
                                        QStringLiteral("/CN=") + commonName};
    for (const QString &extension : extensions)
        arguments << QStringLiteral("-addext") << extension;
    return openssl(arguments, directory, error);
}

CertificateFiles filesOf(const QDir &directory, const QString &name)
{
    return {directory.filePath(name + QStringLiteral(".pem")),
            directory.filePath(name + QStringLiteral(".key"))};
}

} // namespace

bool TestCertificates::create(const QString &directory, QString *error)
{
    const QDir dir(directory);
    const bool made =
        selfSign(QStringLiteral("ca"), QStringLiteral("FieldDesk Test CA"),
                 {QStringLiteral("basicConstraints=critical,CA:TRUE"),
                  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                 directory, error) &&
        issue(QStringLiteral("server"), kRsaKey, kLoopbackNames, 30, 2, directory, error) &&
        issue(QStringLiteral("otherhost"), kEcKey,
              QStringLiteral("subjectAltName=DNS:elsewhere.invalid"), 30, 3, directory, error) &&
        issue(QStringLiteral("expired"), kEcKey, kLoopbackNames, -1, 4, directory, error) &&
        selfSign(QStringLiteral("selfsigned"), QStringLiteral("selfsigned"), {kLoopbackNames},
                 directory, error);
    if (!made)
        return false;
    m_caFile = dir.filePath(QStringLiteral("ca.pem"));
    m_server = filesOf(dir, QStringLiteral("server"));
    m_selfSigned = filesOf(dir, QStringLiteral("selfsigned"));
    m_otherHost = filesOf(dir, QStringLiteral("otherhost"));
    m_expired = filesOf(dir, QStringLiteral("expired"));
    return true;
}

QList<QSslCertificate> TestCertificates::authorities() const
{
    return QSslCertificate::fromPath(m_caFile, QSsl::Pem);
}

void TestCertificates::trustAuthorityInThisProgram() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(authorities());
    QSslConfiguration::setDefaultConfiguration(configuration);
}
