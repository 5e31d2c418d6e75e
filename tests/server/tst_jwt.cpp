// Access tokens: what is accepted, and every way a forged or stale token is refused.
#include "auth/jwt.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

namespace tst_jwt {

using namespace fielddesk::server;

namespace {
const QByteArray kSecret = "a-test-secret-that-is-long-enough-123456";
constexpr qint64 kNow = 1800000000;

AccessClaims claims()
{
    AccessClaims c;
    c.userId = 42;
    c.tenantId = 7;
    c.role = QStringLiteral("dispatcher");
    c.issuedAt = kNow;
    c.expiresAt = kNow + 900;
    c.tokenId = QStringLiteral("jti-1");
    return c;
}

QByteArray segment(const QJsonObject &o)
{
    return QJsonDocument(o)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class TestJwt : public QObject
{
    Q_OBJECT
private slots:
    void signedTokenVerifies()
    {
        const JwtCodec codec(kSecret);
        const Result<AccessClaims> r = codec.verify(codec.sign(claims()), kNow + 10);
        QVERIFY(r.ok());
        QCOMPARE(r->userId, 42);
        QCOMPARE(r->tenantId, 7);
        QCOMPARE(r->role, QStringLiteral("dispatcher"));
        QCOMPARE(r->tokenId, QStringLiteral("jti-1"));
    }

    // Only an operator, who belongs to no tenant, has a token without one.
    void onlyAnOperatorsTokenNamesNoTenant()
    {
        const JwtCodec codec(kSecret);
        AccessClaims op = claims();
        op.tenantId = 0;
        op.role = QStringLiteral("operator");
        const Result<AccessClaims> r = codec.verify(codec.sign(op), kNow + 10);
        QVERIFY(r.ok());
        QCOMPARE(r->tenantId, 0);
        AccessClaims admin = op;
        admin.role = QStringLiteral("admin");
        const Result<AccessClaims> refused = codec.verify(codec.sign(admin), kNow + 10);
        QVERIFY(!refused.ok());
        QVERIFY(refused.failure().detail.contains(QLatin1String("incomplete")));
    }

    void expiredTokenIsRefused()
    {
        const JwtCodec codec(kSecret);
        const Result<AccessClaims> r = codec.verify(codec.sign(claims()), kNow + 900);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.failure().kind), int(FailureKind::Unauthenticated));
        QVERIFY(r.failure().detail.contains(QLatin1String("expired")));
    }

    void otherSecretIsRefused()
    {
        const QByteArray token = JwtCodec(kSecret).sign(claims());
        QVERIFY(!JwtCodec("another-secret-another-secret-another-secret").verify(token, kNow).ok());
    }

    void tamperedPayloadIsRefused()
    {
        const JwtCodec codec(kSecret);
        QList<QByteArray> parts = codec.sign(claims()).split('.');
        QJsonObject payload =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                .object();
        payload[QStringLiteral("role")] = QStringLiteral("admin");
        parts[1] = segment(payload);
        QVERIFY(!codec.verify(parts.join('.'), kNow).ok());
    }

    void algNoneIsRefused()
    {
        const JwtCodec codec(kSecret);
        const QList<QByteArray> parts = codec.sign(claims()).split('.');
        const QByteArray header = segment({{QStringLiteral("alg"), QStringLiteral("none")},
                                           {QStringLiteral("typ"), QStringLiteral("JWT")}});
        QVERIFY(!codec.verify(header + '.' + parts[1] + '.', kNow).ok());
        QVERIFY(!codec.verify(header + '.' + parts[1] + '.' + parts[2], kNow).ok());
    }

    void otherAlgorithmsAreRefusedEvenWithAValidMac()
    {
        // Same HMAC, but the header claims HS512: only HS256 is accepted.
        const JwtCodec codec(kSecret);
        const QList<QByteArray> parts = codec.sign(claims()).split('.');
        const QByteArray header = segment({{QStringLiteral("alg"), QStringLiteral("HS512")}});
        const QByteArray input = header + '.' + parts[1];
        const QByteArray mac =
            QMessageAuthenticationCode::hash(input, kSecret, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const Result<AccessClaims> r = codec.verify(input + '.' + mac, kNow);
        QVERIFY(!r.ok());
        QVERIFY(r.failure().detail.contains(QLatin1String("HS256")));
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << QByteArray("abc.def");
        QTest::newRow("four parts") << QByteArray("a.b.c.d");
        QTest::newRow("not base64") << QByteArray("!!!.???.***");
        QTest::newRow("not json") << (QByteArray("hello").toBase64() + ".e30.sig");
    }
    void garbageIsRefused()
    {
        QFETCH(QByteArray, token);
        QVERIFY(!JwtCodec(kSecret).verify(token, kNow).ok());
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJwt)
} // namespace tst_jwt
#include "tst_jwt.moc"
