// Random secrets handed to clients once (refresh tokens, API keys) and the hash under which
// the server keeps them: a leaked database does not leak usable secrets.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace fielddesk::server {

// 256 random bits, base64url without padding (43 characters).
inline QByteArray newSecretToken()
{
    std::array<quint32, 8> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    return QByteArray(reinterpret_cast<const char *>(random.data()), sizeof random)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray hashOfSecret(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
}

} // namespace fielddesk::server
