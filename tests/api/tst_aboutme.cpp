// What people keep about themselves, over real HTTP against a real fielddesk-server, on the
// engine named by FIELDDESK_TEST_ENGINE, in a database of its own: emergency contacts (their
// own, replaced as a whole, audited, checked at the field; read by the managers of their
// locations and admins, by nobody else) and preferences (defaults until set, replaced or
// changed in part, checked at the field, each person's own).
#include "apisuite.h"
#include "apitestsetup.h"
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace tst_aboutme {

namespace {

const QString kPassword = QStringLiteral("aboutme-test-pw");
const QString kContacts = QStringLiteral("/api/v1/me/emergency-contacts");
const QString kPreferences = QStringLiteral("/api/v1/me/preferences");

QJsonObject contact(const QString &name, const QString &phone, const QString &email = {})
{
    QJsonObject c{{QStringLiteral("name"), name},
                  {QStringLiteral("relationship"), QStringLiteral("sister")},
                  {QStringLiteral("phone"), phone}};
    if (!email.isEmpty())
        c.insert(QStringLiteral("email"), email);
    return c;
}

QJsonObject channels(bool inApp, bool email, bool sms, bool push)
{
    return {{QStringLiteral("in_app"), inApp},
            {QStringLiteral("email"), email},
            {QStringLiteral("sms"), sms},
            {QStringLiteral("push"), push}};
}

QJsonObject quietHours(const char *starts, const char *ends)
{
    return {{QStringLiteral("starts"), QLatin1String(starts)},
            {QStringLiteral("ends"), QLatin1String(ends)}};
}

const QJsonObject kDefaults{
    {QStringLiteral("language"), QStringLiteral("en")},
    // Email and text messages are opt-in: nothing but the bell until a person chooses.
    {QStringLiteral("notification_channels"), channels(true, false, false, false)},
    {QStringLiteral("quiet_hours"), QJsonValue::Null}};

} // namespace

class TestAboutMe : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void contactsAreReplacedAsAWholeAndAudited();
    void contactsAreCheckedAtTheField_data();
    void contactsAreCheckedAtTheField();
    void managersOfTheirLocationsAndAdminsReadContacts();
    void preferencesAreDefaultsUntilSet();
    void preferencesAreReplacedOrChangedInPart();
    void preferencesAreCheckedAtTheField_data();
    void preferencesAreCheckedAtTheField();

private:
    TestReply put(const QByteArray &token, const QString &path, const QJsonObject &body);
    QJsonArray contactsOf(const QByteArray &token);

    LocationStaff m_staff;
};

TestReply TestAboutMe::put(const QByteArray &token, const QString &path, const QJsonObject &body)
{
    return client(token).send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonArray TestAboutMe::contactsOf(const QByteArray &token)
{
    return client(token).get(kContacts).json().value(QLatin1String("contacts")).toArray();
}

void TestAboutMe::initTestCase()
{
    QString error;
    QVERIFY2(startSuiteServer(m_server, QStringLiteral("aboutme"), m_dir.path(), &error),
             qPrintable(error));
    QVERIFY(m_staff.create(m_server, QStringLiteral("aboutme.local"), kPassword));
}

void TestAboutMe::contactsAreReplacedAsAWholeAndAudited()
{
    const TestReply none = client(m_staff.employee).get(kContacts);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json().value(QLatin1String("user_id")).toInteger(), m_staff.employeeId);
    QCOMPARE(none.json().value(QLatin1String("contacts")).toArray(), QJsonArray());

    const QJsonArray two{contact(QStringLiteral("  Ana Lopez "),
                                 QStringLiteral("+1 (303) 555-0100"),
                                 QStringLiteral("ana@example.com")),
                         contact(QStringLiteral("Jörg Weiß"), QStringLiteral("0171/555.01.00"))};
    const TestReply replaced =
        put(m_staff.employee, kContacts, {{QStringLiteral("contacts"), two}});
    QCOMPARE(replaced.status, 200);
    const QJsonArray stored = replaced.json().value(QLatin1String("contacts")).toArray();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Ana Lopez")); // trimmed
    QCOMPARE(stored.at(0).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("ana@example.com"));
    QCOMPARE(stored.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Jörg Weiß"));
    QVERIFY(stored.at(1).toObject().value(QLatin1String("email")).isNull());
    QCOMPARE(contactsOf(m_staff.employee), stored); // in the order given

    // Replaced as a whole: one left, then none.
    const QJsonArray one{contact(QStringLiteral("Sam"), QStringLiteral("112"))};
    QCOMPARE(put(m_staff.employee, kContacts, {{QStringLiteral("contacts"), one}}).status, 200);
    QCOMPARE(contactsOf(m_staff.employee).size(), 1);
    QCOMPARE(contactsOf(m_staff.employee).at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Sam"));
    QCOMPARE(put(m_staff.employee, kContacts, {{QStringLiteral("contacts"), QJsonArray()}}).status,
             200);
    QCOMPARE(contactsOf(m_staff.employee), QJsonArray());
    QCOMPARE(contactsOf(m_staff.colleague), QJsonArray()); // someone else's list never changed

    const QJsonArray audit =
        client(m_staff.admin)
            .get(QStringLiteral("/api/v1/audit-logs?object_type=user&object_id=%1&action=user."
                                "emergency_contacts_changed&ordering=id")
                     .arg(m_staff.employeeId))
            .results();
    QCOMPARE(audit.size(), 3);
    const QJsonObject first = audit.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("actor_user_id")).toInteger(), m_staff.employeeId);
    QCOMPARE(
        first.value(QLatin1String("before")).toObject().value(QLatin1String("contacts")).toArray(),
        QJsonArray());
    QCOMPARE(first.value(QLatin1String("after"))
                 .toObject()
                 .value(QLatin1String("contacts"))
                 .toArray()
                 .size(),
             2);
}

void TestAboutMe::contactsAreCheckedAtTheField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good = contact(QStringLiteral("Kim"), QStringLiteral("+44 20 7946 0000"));
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(good);
    QTest::newRow("six contacts") << QJsonObject{{QStringLiteral("contacts"), six}}
                                  << QStringLiteral("contacts");
    QTest::newRow("no list") << QJsonObject() << QStringLiteral("contacts");
    QTest::newRow("not a list") << QJsonObject{{QStringLiteral("contacts"), good}}
                                << QStringLiteral("contacts");
    QJsonObject noPhone = good;
    noPhone.remove(QStringLiteral("phone"));
    QTest::newRow("no phone") << QJsonObject{{QStringLiteral("contacts"), QJsonArray{noPhone}}}
                              << QStringLiteral("contacts[0].phone");
    QTest::newRow("a phone of words")
        << QJsonObject{{QStringLiteral("contacts"),
                        QJsonArray{good, contact(QStringLiteral("Lee"), QStringLiteral("call"))}}}
        << QStringLiteral("contacts[1].phone");
    QTest::newRow("a bad e-mail") << QJsonObject{{QStringLiteral("contacts"),
                                                  QJsonArray{contact(
                                                      QStringLiteral("Lee"), QStringLiteral("112"),
                                                      QStringLiteral("not-an-address"))}}}
                                  << QStringLiteral("contacts[0].email");
    QJsonObject nameless = good;
    nameless.insert(QStringLiteral("name"), QString());
    QTest::newRow("an empty name")
        << QJsonObject{{QStringLiteral("contacts"), QJsonArray{good, good, nameless}}}
        << QStringLiteral("contacts[2].name");
    QJsonObject unknown = good;
    unknown.insert(QStringLiteral("blood_type"), QStringLiteral("0+"));
    QTest::newRow("an unknown member")
        << QJsonObject{{QStringLiteral("contacts"), QJsonArray{unknown}}}
        << QStringLiteral("contacts[0].blood_type");
}

void TestAboutMe::contactsAreCheckedAtTheField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const QJsonArray kept{contact(QStringLiteral("Kept"), QStringLiteral("555 0100"))};
    QCOMPARE(put(m_staff.colleague, kContacts, {{QStringLiteral("contacts"), kept}}).status, 200);
    const TestReply refused = put(m_staff.colleague, kContacts, body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY2(errorFields(refused).contains(field), refused.body.constData());
    QCOMPARE(contactsOf(m_staff.colleague).size(), 1); // nothing changed
    QCOMPARE(contactsOf(m_staff.colleague).at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Kept"));
}

void TestAboutMe::managersOfTheirLocationsAndAdminsReadContacts()
{
    const QJsonArray list{contact(QStringLiteral("Noor"), QStringLiteral("+31 20 555 0100"))};
    QCOMPARE(put(m_staff.employee, kContacts, {{QStringLiteral("contacts"), list}}).status, 200);
    const QString theirs =
        QStringLiteral("/api/v1/users/%1/emergency-contacts").arg(m_staff.employeeId);
    const auto read = [this, &theirs](const QByteArray &token) {
        return client(token).get(theirs);
    };
    const TestReply byManager = read(m_staff.manager);
    QCOMPARE(byManager.status, 200);
    QCOMPARE(byManager.json().value(QLatin1String("user_id")).toInteger(), m_staff.employeeId);
    QCOMPARE(byManager.json().value(QLatin1String("contacts")).toArray(),
             contactsOf(m_staff.employee));
    QCOMPARE(read(m_staff.admin).status, 200);
    QCOMPARE(read(m_staff.employee).status, 200); // their own, by id
    QCOMPARE(read(m_staff.farManager).status, 404);
    QCOMPARE(read(m_staff.dispatcher).status, 404); // sees the person, not their contacts
    QCOMPARE(read(m_staff.colleague).status, 404);
    QCOMPARE(read(m_staff.otherAdmin).status, 404);
    QCOMPARE(client(m_staff.manager)
                 .get(QStringLiteral("/api/v1/users/999999/emergency-contacts"))
                 .status,
             404);
    QCOMPARE(
        client(m_staff.manager).get(QStringLiteral("/api/v1/users/abc/emergency-contacts")).status,
        404);
    // Reading is all they may do: there is no way to write someone else's list.
    QCOMPARE(client(m_staff.manager).send("PUT", theirs, R"({"contacts":[]})").status, 405);
    QCOMPARE(contactsOf(m_staff.employee).size(), 1);
}

void TestAboutMe::preferencesAreDefaultsUntilSet()
{
    const TestReply defaults = client(m_staff.dispatcher).get(kPreferences);
    QCOMPARE(defaults.status, 200);
    QCOMPARE(defaults.json(), kDefaults);
}

void TestAboutMe::preferencesAreReplacedOrChangedInPart()
{
    const QJsonObject chosen{
        {QStringLiteral("language"), QStringLiteral("de")},
        {QStringLiteral("notification_channels"), channels(true, false, true, false)},
        {QStringLiteral("quiet_hours"), quietHours("22:00", "07:00")}};
    const TestReply replaced = put(m_staff.manager, kPreferences, chosen);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json(), chosen);
    QCOMPARE(client(m_staff.manager).get(kPreferences).json(), chosen);
    QCOMPARE(client(m_staff.farManager).get(kPreferences).json(), kDefaults); // each their own

    // A partial change leaves the rest, within the channels too.
    const TestReply partial =
        client(m_staff.manager)
            .patch(kPreferences, {{QStringLiteral("notification_channels"),
                                   QJsonObject{{QStringLiteral("push"), true}}}});
    QCOMPARE(partial.status, 200);
    QJsonObject expected = chosen;
    expected.insert(QStringLiteral("notification_channels"), channels(true, false, true, true));
    QCOMPARE(partial.json(), expected);
    const TestReply noQuiet =
        client(m_staff.manager)
            .patch(kPreferences, {{QStringLiteral("quiet_hours"), QJsonValue::Null}});
    QCOMPARE(noQuiet.status, 200);
    expected.insert(QStringLiteral("quiet_hours"), QJsonValue::Null);
    QCOMPARE(noQuiet.json(), expected);
    QCOMPARE(client(m_staff.manager).get(kPreferences).json(), expected);
    const TestReply english =
        client(m_staff.manager)
            .patch(kPreferences, {{QStringLiteral("language"), QStringLiteral("en")}});
    QCOMPARE(english.json().value(QLatin1String("language")).toString(), QStringLiteral("en"));
    QCOMPARE(english.json().value(QLatin1String("notification_channels")).toObject(),
             channels(true, false, true, true));
}

void TestAboutMe::preferencesAreCheckedAtTheField_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject whole{
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("notification_channels"), channels(false, true, false, false)},
        {QStringLiteral("quiet_hours"), QJsonValue::Null}};
    QJsonObject french = whole;
    french.insert(QStringLiteral("language"), QStringLiteral("fr"));
    QTest::newRow("a language we lack")
        << QByteArray("PUT") << french << QStringLiteral("language");
    QJsonObject noQuiet = whole;
    noQuiet.remove(QStringLiteral("quiet_hours"));
    QTest::newRow("a replacement without quiet hours")
        << QByteArray("PUT") << noQuiet << QStringLiteral("quiet_hours");
    QJsonObject threeChannels = whole;
    threeChannels.insert(QStringLiteral("notification_channels"),
                         QJsonObject{{QStringLiteral("in_app"), true},
                                     {QStringLiteral("email"), true},
                                     {QStringLiteral("sms"), true}});
    QTest::newRow("a replacement missing a channel")
        << QByteArray("PUT") << threeChannels << QStringLiteral("notification_channels.push");
    QTest::newRow("a channel that is not a flag")
        << QByteArray("PATCH")
        << QJsonObject{{QStringLiteral("notification_channels"),
                        QJsonObject{{QStringLiteral("email"), QStringLiteral("yes")}}}}
        << QStringLiteral("notification_channels.email");
    QTest::newRow("an unknown channel")
        << QByteArray("PATCH")
        << QJsonObject{{QStringLiteral("notification_channels"),
                        QJsonObject{{QStringLiteral("pigeon"), true}}}}
        << QStringLiteral("notification_channels.pigeon");
    QTest::newRow("no such hour") << QByteArray("PATCH")
                                  << QJsonObject{{QStringLiteral("quiet_hours"),
                                                  quietHours("25:00", "07:00")}}
                                  << QStringLiteral("quiet_hours.starts");
    QTest::newRow("quiet hours without an end")
        << QByteArray("PATCH")
        << QJsonObject{{QStringLiteral("quiet_hours"),
                        QJsonObject{{QStringLiteral("starts"), QStringLiteral("22:00")}}}}
        << QStringLiteral("quiet_hours.ends");
    QTest::newRow("quiet hours of no length")
        << QByteArray("PATCH")
        << QJsonObject{{QStringLiteral("quiet_hours"), quietHours("22:00", "22:00")}}
        << QStringLiteral("quiet_hours.ends");
    QTest::newRow("an unknown preference")
        << QByteArray("PATCH") << QJsonObject{{QStringLiteral("theme"), QStringLiteral("dark")}}
        << QStringLiteral("theme");
}

void TestAboutMe::preferencesAreCheckedAtTheField()
{
    QFETCH(QByteArray, method);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const QJsonObject before = client(m_staff.colleague).get(kPreferences).json();
    const TestReply refused =
        client(m_staff.colleague)
            .send(method, kPreferences, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY2(errorFields(refused).contains(field), refused.body.constData());
    QCOMPARE(client(m_staff.colleague).get(kPreferences).json(), before); // nothing changed
}

FIELDDESK_TEST_GUILESS_MAIN(TestAboutMe)
} // namespace tst_aboutme
#include "tst_aboutme.moc"
