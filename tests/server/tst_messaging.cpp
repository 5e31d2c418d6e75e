// The pieces of outbound messaging that need no server: the templates' words (placeholders
// filled, German, English where a language has none), an email as it goes over SMTP (headers,
// an encoded subject, a base64 body with CRLF line ends) and the pauses between attempts.
#include "messaging/messagecourier.h"
#include "messaging/messagetemplates.h"
#include "messaging/smtpclient.h"

#include <QTest>

using namespace fielddesk::server;

class TestMessaging : public QObject
{
    Q_OBJECT

private slots:
    void templatesFillTheirPlaceholders()
    {
        const QHash<QString, QString> values{{QStringLiteral("company"), QStringLiteral("Acme")},
                                             {QStringLiteral("customer"), QStringLiteral("Zoë")},
                                             {QStringLiteral("job"), QStringLiteral("AC repair")},
                                             {QStringLiteral("date"), QStringLiteral("Monday")},
                                             {QStringLiteral("window"), QStringLiteral("9–11")}};
        const MessageText email = MessageTemplates::render(
            QStringLiteral("job.scheduled"), QStringLiteral("en"), QStringLiteral("email"), values);
        QCOMPARE(email.subject, QStringLiteral("Acme: your appointment on Monday"));
        QVERIFY(email.body.startsWith(QStringLiteral("Hello Zoë,")));
        QVERIFY(!email.body.contains(QLatin1Char('{'))); // {address} had no value: left out
        const MessageText german = MessageTemplates::render(
            QStringLiteral("job.scheduled"), QStringLiteral("de"), QStringLiteral("sms"), values);
        QVERIFY(german.subject.isEmpty());
        QCOMPARE(german.body, QStringLiteral("Acme: \"AC repair\" ist für Monday, 9–11 geplant."));
        // A language without its own words reads English; an unknown template nothing.
        QCOMPARE(MessageTemplates::render(QStringLiteral("job.completed"), QStringLiteral("fr"),
                                          QStringLiteral("sms"), values)
                     .body,
                 QStringLiteral("Acme: \"AC repair\" is done. Thank you!"));
        QVERIFY(MessageTemplates::render(QStringLiteral("job.lost"), QStringLiteral("en"),
                                         QStringLiteral("sms"), values)
                    .body.isEmpty());
        // Every template in every language has both channels' words.
        for (const QString &name : MessageTemplates::names()) {
            for (const QString &language : MessageTemplates::languages()) {
                const MessageText mail =
                    MessageTemplates::render(name, language, QStringLiteral("email"), values);
                QVERIFY2(!mail.subject.isEmpty() && !mail.body.isEmpty(), qPrintable(name));
                QVERIFY(!MessageTemplates::render(name, language, QStringLiteral("sms"), values)
                             .body.isEmpty());
            }
        }
    }

    void anEmailAsItGoesOverSmtp()
    {
        const QByteArray data = SmtpClient::compose(
            QStringLiteral("dispatch@acme.test"), QStringLiteral("zoe@example.test"),
            QStringLiteral("Acme: Zoë's appointment"), QStringLiteral("Line one\nLine two äö\n"),
            QStringLiteral("job-7-job.scheduled@fielddesk"));
        const qsizetype split = data.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray head = data.left(split);
        QVERIFY(head.contains("From: dispatch@acme.test\r\n"));
        QVERIFY(head.contains("To: zoe@example.test\r\n"));
        QVERIFY(head.contains("Message-ID: <job-7-job.scheduled@fielddesk>\r\n"));
        QVERIFY(head.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(head.contains("Subject: =?UTF-8?B?" +
                              QStringLiteral("Acme: Zoë's appointment").toUtf8().toBase64() +
                              "?="));
        const QByteArray body = data.mid(split + 4);
        for (const QByteArray &line : body.split('\n')) {
            QVERIFY(line.size() <= 77);     // 76 characters and the CR
            QVERIFY(!line.startsWith('.')); // nothing to stuff
        }
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(body)),
                 QStringLiteral("Line one\r\nLine two äö\r\n"));
        // Plain ASCII subjects go as they are.
        QVERIFY(SmtpClient::compose({}, {}, QStringLiteral("Done"), {}, QStringLiteral("k"))
                    .contains("Subject: Done\r\n"));
    }

    void pausesGrowUpToAnHour()
    {
        QCOMPARE(MessageCourier::retryDelaySeconds(1), 5);
        QCOMPARE(MessageCourier::retryDelaySeconds(2), 10);
        QCOMPARE(MessageCourier::retryDelaySeconds(3), 20);
        QCOMPARE(MessageCourier::retryDelaySeconds(10), 2560);
        QCOMPARE(MessageCourier::retryDelaySeconds(11), 3600);
        QCOMPARE(MessageCourier::retryDelaySeconds(60), 3600);
    }
};

QTEST_GUILESS_MAIN(TestMessaging)
#include "tst_messaging.moc"
