// Argon2id password hashes: right password passes, wrong fails, salts differ.
#include "auth/passwordhasher.h"
#include "testmain.h"

#include <QTest>

namespace tst_passwordhasher {

using namespace fielddesk::server;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashAndVerify()
    {
        const PasswordHasher hasher;
        const QString hash = hasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(hasher.verify(hash, QStringLiteral("correct horse battery")));
        QVERIFY(!hasher.verify(hash, QStringLiteral("correct horse batterY")));
        QVERIFY(!hasher.verify(hash, QString()));
    }

    void saltMakesEveryHashDifferent()
    {
        const PasswordHasher hasher;
        QVERIFY(hasher.hash(QStringLiteral("same")) != hasher.hash(QStringLiteral("same")));
    }

    void unicodePasswords()
    {
        const PasswordHasher hasher;
        const QString hash = hasher.hash(QStringLiteral("pässwörd-東京"));
        QVERIFY(hasher.verify(hash, QStringLiteral("pässwörd-東京")));
        QVERIFY(!hasher.verify(hash, QStringLiteral("passwort-東京")));
    }

    void parametersAreEncodedInTheHash()
    {
        const PasswordHasher cheap(Argon2Parameters{1, 64, 1});
        const QString hash = cheap.hash(QStringLiteral("pw"));
        QVERIFY(hash.contains(QLatin1String("m=64,t=1,p=1")));
        // A hasher with other defaults still verifies it: parameters come from the hash.
        QVERIFY(PasswordHasher().verify(hash, QStringLiteral("pw")));
    }

    void malformedHashNeverVerifies()
    {
        QVERIFY(!PasswordHasher().verify(QStringLiteral("not-a-hash"), QStringLiteral("pw")));
        QVERIFY(!PasswordHasher().verify(QString(), QString()));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestPasswordHasher)
} // namespace tst_passwordhasher
#include "tst_passwordhasher.moc"
