#include "auth/passwordhasher.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <argon2.h>

#include <array>

namespace fielddesk::server {

namespace {
constexpr quint32 kSaltBytes = 16;
constexpr quint32 kHashBytes = 32;
} // namespace

PasswordHasher::PasswordHasher(Argon2Parameters parameters)
    : m_parameters(parameters)
{
    m_dummyHash = hash(QStringLiteral("dummy password for timing"));
}

QString PasswordHasher::hash(const QString &password) const
{
    std::array<quint32, kSaltBytes / 4> salt;
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    const QByteArray utf8 = password.toUtf8();
    const size_t encodedLength =
        argon2_encodedlen(m_parameters.timeCost, m_parameters.memoryKiB, m_parameters.parallelism,
                          kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(
        m_parameters.timeCost, m_parameters.memoryKiB, m_parameters.parallelism, utf8.constData(),
        size_t(utf8.size()), salt.data(), kSaltBytes, kHashBytes, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        qFatal("argon2id_hash_encoded failed: %s", argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

void PasswordHasher::verifyDummy(const QString &password) const
{
    (void)verify(m_dummyHash, password);
}

} // namespace fielddesk::server
