// Uploaded files over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, in a database of its own: each accepted type stored and sent back,
// the 10 MiB limit, types checked against the bytes, the same bytes stored once, who may read
// a file (its uploader, whoever may read a request it is attached to, nobody else), and that
// requests attach only their requester's files. First, the storage underneath: bytes bound
// and read back whole through this engine's statements.
#include "apisuite.h"
#include "apitestsetup.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace tst_media {

using namespace fielddesk::server;

namespace {

const QString kPassword = QStringLiteral("media-test-pw");
constexpr qsizetype kMaxBytes = 10 * 1024 * 1024;

// Bytes that begin like a file of `type` and go on with `size` bytes of noise (every byte
// value, NUL and quotes included), different on every call.
QByteArray fileOf(const QByteArray &type, qsizetype size = 4096)
{
    QByteArray bytes = type == "image/jpeg"        ? QByteArray("\xFF\xD8\xFF\xE0", 4)
                       : type == "image/png"       ? QByteArray("\x89PNG\r\n\x1A\n", 8)
                       : type == "application/pdf" ? QByteArray("%PDF-1.7\n")
                                                   : QByteArray("GIF89a");
    QList<quint32> noise((size + 3) / 4);
    QRandomGenerator::global()->fillRange(noise.data(), noise.size());
    bytes.append(reinterpret_cast<const char *>(noise.constData()), size);
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestMedia : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase()
    {
        m_storage.reset();
        m_server.stop();
    }

    void bytesSurviveThisEnginesStatements_data();
    void bytesSurviveThisEnginesStatements();
    void eachTypeIsStoredAndSentBack_data();
    void eachTypeIsStoredAndSentBack();
    void typeMustBeAcceptedAndMatchTheBytes_data();
    void typeMustBeAcceptedAndMatchTheBytes();
    void anEmptyBodyIs400();
    void uploadsStopAt10MiBOtherBodiesAt1MiB();
    void theSameBytesAreStoredOncePerTenant();
    void readersAreTheUploaderAndWhoeverSeesARequest();
    void requestsAttachOnlyTheRequestersOwnFiles();
    void aCurrentCopyIsConfirmedWithoutBytes();
    void theUploadIsDocumented();

private:
    TestReply upload(const QByteArray &token, const QByteArray &type, const QByteArray &bytes);
    qint64 uploaded(const QByteArray &token, const QByteArray &type);
    TestReply file(const QByteArray &token, qint64 media, const QByteArray &ifNoneMatch = {});
    TestReply fileRequest(const QByteArray &token,
                          const QString &kind,
                          const QJsonObject &details,
                          const QJsonArray &mediaIds);
    TestReply fileRepair(const QByteArray &token, const QJsonArray &mediaIds);

    std::unique_ptr<Database> m_storage; // for the storage test, on the suite's engine
    int m_storedRows = 0;
    LocationStaff m_staff;
};

TestReply
TestMedia::upload(const QByteArray &token, const QByteArray &type, const QByteArray &bytes)
{
    return client(token).send("POST", QStringLiteral("/api/v1/media"), bytes,
                              {{"Content-Type", type}});
}

qint64 TestMedia::uploaded(const QByteArray &token, const QByteArray &type)
{
    const TestReply reply = upload(token, type, fileOf(type));
    if (reply.status != 201)
        qWarning("upload: %d %s", reply.status, reply.body.constData());
    return reply.id();
}

TestReply TestMedia::file(const QByteArray &token, qint64 media, const QByteArray &ifNoneMatch)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifNoneMatch.isEmpty())
        headers.append({"If-None-Match", ifNoneMatch});
    return client(token).send("GET", QStringLiteral("/api/v1/media/%1").arg(media), {}, headers);
}

TestReply TestMedia::fileRequest(const QByteArray &token,
                                 const QString &kind,
                                 const QJsonObject &details,
                                 const QJsonArray &mediaIds)
{
    return client(token).post(QStringLiteral("/api/v1/requests"),
                              {{QStringLiteral("kind"), kind},
                               {QStringLiteral("details"), details},
                               {QStringLiteral("media_ids"), mediaIds}});
}

TestReply TestMedia::fileRepair(const QByteArray &token, const QJsonArray &mediaIds)
{
    return fileRequest(token, QStringLiteral("repair"),
                       {{QStringLiteral("subject"), QStringLiteral("Van door")},
                        {QStringLiteral("description"), QStringLiteral("See the photo")},
                        {QStringLiteral("severity"), QStringLiteral("medium")}},
                       mediaIds);
}

void TestMedia::initTestCase()
{
    QString error;
    QVERIFY2(startSuiteServer(m_server, QStringLiteral("media"), m_dir.path(), &error),
             qPrintable(error));
    QVERIFY(m_staff.create(m_server, QStringLiteral("media.local"), kPassword));
}

void TestMedia::bytesSurviveThisEnginesStatements_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray everyValue;
    for (int value = 0; value < 256; ++value)
        everyValue.append(char(value));
    QTest::newRow("every byte value") << everyValue;
    QTest::newRow("quotes and backslashes") << QByteArray("'\\'\\\\x00'); --");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("the largest upload") << fileOf("image/png", kMaxBytes - 8);
}

// Straight through the storage layer on this suite's engine: SQLite's own API, or QtSql's
// PostgreSQL driver (which writes the bytes into the statement's text as an escaped literal).
void TestMedia::bytesSurviveThisEnginesStatements()
{
    QFETCH(QByteArray, bytes);
    if (!m_storage) {
        QString error;
        const QString url =
            TestDatabase::fresh(QStringLiteral("media_bytes"), m_dir.path(), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &error);
        QVERIFY2(parsed, qPrintable(error));
        m_storage = std::make_unique<Database>(*parsed);
        m_storage->execute(QStringLiteral("CREATE TABLE files (id INTEGER PRIMARY KEY, content %1)")
                               .arg(m_storage->engine() == Engine::Sqlite
                                        ? QStringLiteral("BLOB")
                                        : QStringLiteral("BYTEA")));
    }
    const int id = ++m_storedRows;
    SqlQuery insert(*m_storage, QStringLiteral("INSERT INTO files (id, content) VALUES (?, ?)"));
    insert.bind(id).bind(bytes).exec();
    SqlQuery select(*m_storage, QStringLiteral("SELECT content FROM files WHERE id = ?"));
    select.bind(id).exec();
    QVERIFY(select.next());
    QVERIFY(!select.isNull(0)); // empty is not NULL
    const QByteArray read = select.bytes(0);
    QCOMPARE(read.size(), bytes.size());
    QVERIFY(read == bytes);
    QCOMPARE(select.value(0).toByteArray(), bytes);
}

void TestMedia::eachTypeIsStoredAndSentBack_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("jpeg") << QByteArray("image/jpeg");
    QTest::newRow("png") << QByteArray("image/png");
    QTest::newRow("pdf") << QByteArray("application/pdf");
}

void TestMedia::eachTypeIsStoredAndSentBack()
{
    QFETCH(QByteArray, type);
    const QByteArray bytes = fileOf(type, 100 * 1024);
    const TestReply created = upload(m_staff.employee, type + "; name=photo", bytes);
    QCOMPARE(created.status, 201);
    const QJsonObject media = created.json();
    QVERIFY(media.value(QLatin1String("id")).toInteger() > 0);
    QCOMPARE(media.value(QLatin1String("sha256")).toString(), sha256Of(bytes));
    QCOMPARE(media.value(QLatin1String("size")).toInteger(), qint64(bytes.size()));
    QCOMPARE(media.value(QLatin1String("content_type")).toString(), QString::fromLatin1(type));
    QVERIFY(!media.value(QLatin1String("created_at")).toString().isEmpty());

    const TestReply read = file(m_staff.employee, created.id());
    QCOMPARE(read.status, 200);
    QVERIFY(read.body == bytes);
    QCOMPARE(read.header("Content-Type"), type);
    QCOMPARE(read.header("Content-Length"), QByteArray::number(bytes.size()));
    QCOMPARE(read.header("ETag"), '"' + sha256Of(bytes).toLatin1() + '"');
    QCOMPARE(read.header("Cache-Control"), QByteArray("private, max-age=86400"));
}

void TestMedia::typeMustBeAcceptedAndMatchTheBytes_data()
{
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("png sent as jpeg") << QByteArray("image/jpeg") << fileOf("image/png");
    QTest::newRow("pdf sent as png") << QByteArray("image/png") << fileOf("application/pdf");
    QTest::newRow("jpeg sent as pdf") << QByteArray("application/pdf") << fileOf("image/jpeg");
    QTest::newRow("text sent as png") << QByteArray("image/png") << QByteArray("hello world");
    QTest::newRow("a gif") << QByteArray("image/gif") << fileOf("image/gif");
    QTest::newRow("no type") << QByteArray() << fileOf("image/png");
    QTest::newRow("json") << QByteArray("application/json") << QByteArray(R"({"a":1})");
}

void TestMedia::typeMustBeAcceptedAndMatchTheBytes()
{
    QFETCH(QByteArray, declared);
    QFETCH(QByteArray, bytes);
    const TestReply refused =
        declared.isEmpty()
            ? client(m_staff.employee)
                  .send("POST", QStringLiteral("/api/v1/media"), bytes, {{"Content-Type", ""}})
            : upload(m_staff.employee, declared, bytes);
    QCOMPARE(refused.status, 415);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(refused.json().value(QLatin1String("type")).toString(),
             QStringLiteral("/problems/unsupported-media-type"));
}

void TestMedia::anEmptyBodyIs400()
{
    const TestReply empty = upload(m_staff.employee, "image/png", QByteArray());
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestMedia::uploadsStopAt10MiBOtherBodiesAt1MiB()
{
    const QByteArray largest = fileOf("application/pdf", kMaxBytes - 9);
    QCOMPARE(largest.size(), kMaxBytes);
    const TestReply fits = upload(m_staff.employee, "application/pdf", largest);
    QCOMPARE(fits.status, 201);
    QCOMPARE(fits.json().value(QLatin1String("size")).toInteger(), qint64(kMaxBytes));
    QVERIFY(file(m_staff.employee, fits.id()).body == largest);

    const QByteArray tooLarge = largest + 'x';
    const TestReply refused = upload(m_staff.employee, "application/pdf", tooLarge);
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY2(refused.json()
                 .value(QLatin1String("detail"))
                 .toString()
                 .contains(QString::number(kMaxBytes)),
             refused.body.constData());
    // The connection and the server carry on.
    QCOMPARE(client(m_staff.employee).get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(file(m_staff.employee, fits.id()).status, 200);

    // Media's limit is its own: a JSON body over 1 MiB is still refused elsewhere.
    const QByteArray json = R"({"subject":")" + QByteArray(2 * 1024 * 1024, 'x') + R"("})";
    QCOMPARE(client(m_staff.employee).send("POST", QStringLiteral("/api/v1/requests"), json).status,
             413);
}

void TestMedia::theSameBytesAreStoredOncePerTenant()
{
    const QByteArray bytes = fileOf("image/jpeg");
    const TestReply first = upload(m_staff.employee, "image/jpeg", bytes);
    const TestReply again = upload(m_staff.employee, "image/jpeg", bytes);
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201); // the same answer: it does not tell whether others had it
    QCOMPARE(again.id(), first.id());
    QCOMPARE(again.json(), first.json());

    // Someone else in the tenant with the same bytes gets the same file, and may read it.
    QCOMPARE(file(m_staff.colleague, first.id()).status, 404);
    const TestReply theirs = upload(m_staff.colleague, "image/jpeg", bytes);
    QCOMPARE(theirs.status, 201);
    QCOMPARE(theirs.id(), first.id());
    QCOMPARE(file(m_staff.colleague, first.id()).status, 200);

    // Another tenant keeps its own copy.
    const TestReply elsewhere = upload(m_staff.otherAdmin, "image/jpeg", bytes);
    QCOMPARE(elsewhere.status, 201);
    QVERIFY(elsewhere.id() != first.id());
    QCOMPARE(file(m_staff.otherAdmin, first.id()).status, 404);
}

void TestMedia::readersAreTheUploaderAndWhoeverSeesARequest()
{
    const qint64 photo = uploaded(m_staff.employee, "image/jpeg");
    const qint64 unattached = uploaded(m_staff.employee, "image/png");
    QVERIFY(photo > 0 && unattached > 0);
    const TestReply repair = fileRepair(m_staff.employee, {photo});
    QCOMPARE(repair.status, 201);
    QCOMPARE(repair.json().value(QLatin1String("media_ids")).toArray(), QJsonArray{photo});

    const auto status = [this](const QByteArray &token, qint64 media) {
        return file(token, media).status;
    };
    QCOMPARE(status(m_staff.employee, photo), 200);   // uploaded it
    QCOMPARE(status(m_staff.manager, photo), 200);    // decides the request
    QCOMPARE(status(m_staff.admin, photo), 200);      // sees every request of the tenant
    QCOMPARE(status(m_staff.farManager, photo), 404); // another location
    QCOMPARE(status(m_staff.dispatcher, photo), 404); // dispatchers read time off only
    QCOMPARE(status(m_staff.colleague, photo), 404);  // a colleague
    QCOMPARE(status(m_staff.otherAdmin, photo), 404); // another tenant
    QCOMPARE(status(m_staff.manager, unattached), 404);
    QCOMPARE(status(m_staff.admin, unattached), 404);
    QCOMPARE(status(m_staff.manager, 999999), 404);

    // Attached to a time off, the dispatcher reads it as they read the request.
    const qint64 note = uploaded(m_staff.employee, "application/pdf");
    const TestReply timeOff =
        fileRequest(m_staff.employee, QStringLiteral("time_off"),
                    {{QStringLiteral("starts_at"), QStringLiteral("2027-08-02T07:00:00Z")},
                     {QStringLiteral("ends_at"), QStringLiteral("2027-08-03T07:00:00Z")},
                     {QStringLiteral("type"), QStringLiteral("sick")}},
                    {note});
    QCOMPARE(timeOff.status, 201);
    QCOMPARE(status(m_staff.dispatcher, note), 200);
    QCOMPARE(status(m_staff.dispatcher, photo), 404);
}

void TestMedia::requestsAttachOnlyTheRequestersOwnFiles()
{
    const qint64 own = uploaded(m_staff.colleague, "image/png");
    const qint64 colleagues = uploaded(m_staff.employee, "image/png");
    const qint64 otherTenants = uploaded(m_staff.otherAdmin, "image/png");
    QVERIFY(own > 0 && colleagues > 0 && otherTenants > 0);
    const auto count = [this] {
        return client(m_staff.colleague)
            .get(QStringLiteral("/api/v1/requests"))
            .json()
            .value(QLatin1String("count"))
            .toInteger();
    };
    const qint64 before = count();

    const TestReply foreign = fileRepair(m_staff.colleague, {own, colleagues});
    QCOMPARE(foreign.status, 422);
    QCOMPARE(errorFields(foreign), QStringList{QStringLiteral("media_ids[1]")});
    const TestReply missing = fileRepair(m_staff.colleague, {otherTenants, 999999});
    QCOMPARE(missing.status, 422);
    QCOMPARE(errorFields(missing),
             (QStringList{QStringLiteral("media_ids[0]"), QStringLiteral("media_ids[1]")}));
    QCOMPARE(count(), before); // nothing was stored

    const TestReply attached = fileRepair(m_staff.colleague, {own, own});
    QCOMPARE(attached.status, 201);
    QCOMPARE(attached.json().value(QLatin1String("media_ids")).toArray(), (QJsonArray{own, own}));
    QCOMPARE(count(), before + 1);
}

void TestMedia::aCurrentCopyIsConfirmedWithoutBytes()
{
    const QByteArray bytes = fileOf("image/png");
    const qint64 media = upload(m_staff.employee, "image/png", bytes).id();
    const QByteArray etag = '"' + sha256Of(bytes).toLatin1() + '"';
    const TestReply current = file(m_staff.employee, media, etag);
    QCOMPARE(current.status, 304);
    QVERIFY(current.body.isEmpty());
    QCOMPARE(current.header("ETag"), etag);
    const TestReply listed = file(m_staff.employee, media, "\"stale\", W/" + etag);
    QCOMPARE(listed.status, 304);
    const TestReply changed = file(m_staff.employee, media, "\"stale\"");
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.body == bytes);
    // Revalidating does not open the file to anyone else.
    QCOMPARE(file(m_staff.colleague, media, etag).status, 404);
}

void TestMedia::theUploadIsDocumented()
{
    const QJsonObject paths = TestHttpClient(m_server.baseUrl())
                                  .get(QStringLiteral("/api/v1/openapi.json"))
                                  .json()
                                  .value(QLatin1String("paths"))
                                  .toObject();
    const QJsonObject post = paths.value(QLatin1String("/api/v1/media"))
                                 .toObject()
                                 .value(QLatin1String("post"))
                                 .toObject();
    const QJsonObject content = post.value(QLatin1String("requestBody"))
                                    .toObject()
                                    .value(QLatin1String("content"))
                                    .toObject();
    QCOMPARE(content.keys(),
             (QStringList{QStringLiteral("application/pdf"), QStringLiteral("image/jpeg"),
                          QStringLiteral("image/png")}));
    const QJsonObject responses = post.value(QLatin1String("responses")).toObject();
    QCOMPARE(responses.value(QLatin1String("413"))
                 .toObject()
                 .value(QLatin1String("description"))
                 .toString(),
             QStringLiteral("Body over 10 MiB"));
    QVERIFY(responses.contains(QLatin1String("415")));
    QVERIFY(
        paths.value(QLatin1String("/api/v1/media/{id}")).toObject().contains(QLatin1String("get")));
}

FIELDDESK_TEST_GUILESS_MAIN(TestMedia)
} // namespace tst_media
#include "tst_media.moc"
