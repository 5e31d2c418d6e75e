// Password hashing with Argon2id (libargon2), in the standard encoded form
// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" so parameters can change without migrations.
#pragma once

#include <QString>

namespace fielddesk::server {

struct Argon2Parameters
{
    // OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
    quint32 timeCost = 2;
    quint32 memoryKiB = 19456;
    quint32 parallelism = 1;
};

class PasswordHasher
{
public:
    explicit PasswordHasher(Argon2Parameters parameters = {});

    QString hash(const QString &password) const;
    bool verify(const QString &encodedHash, const QString &password) const;
    // Spends the same time as a real verification, for unknown accounts, so the answer's
    // timing does not tell whether an email exists.
    void verifyDummy(const QString &password) const;

private:
    Argon2Parameters m_parameters;
    QString m_dummyHash;
};

} // namespace fielddesk::server
