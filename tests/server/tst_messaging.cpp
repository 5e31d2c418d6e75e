// The pieces of outbound messaging that need no server: the templates' words (placeholders
// filled, German and Spanish, only each template's own placeholders), an email as it goes over SMTP
// (headers, an encoded subject, a base64 body with CRLF line ends) and the pauses between attempts.
#include "fielddesk/domain/timestamps.h"
#include "messaging/messagecourier.h"
#include "messaging/messagetemplates.h"
#include "messaging/smtpclient.h"
#include "migrateddatabase.h"
#include "repositories/messagerepository.h"
#include "testmain.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace tst_messaging {

using namespace fielddesk;
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
        const auto shipped = [&](const char *name, const char *language) {
            return MessageTemplates::fill(
                MessageTemplates::shipped(QLatin1String(name), QLatin1String(language)).value(),
                values);
        };
        const MessageWords english = shipped("job.scheduled", "en");
        QCOMPARE(english.subject, QStringLiteral("Acme: your appointment on Monday"));
        QVERIFY(english.emailBody.startsWith(QStringLiteral("Hello Zoë,")));
        QVERIFY(!english.emailBody.contains(QLatin1Char('{'))); // {address} had no value: left out
        QCOMPARE(shipped("job.scheduled", "de").smsBody,
                 QStringLiteral("Acme: \"AC repair\" ist für Monday, 9–11 geplant."));
        QCOMPARE(shipped("job.completed", "es").smsBody,
                 QStringLiteral("Acme: \"AC repair\" está terminado. ¡Gracias!"));
        // No words for a language or template FieldDesk does not ship.
        QVERIFY(!MessageTemplates::shipped(QStringLiteral("job.completed"), QStringLiteral("fr")));
        QVERIFY(!MessageTemplates::shipped(QStringLiteral("job.lost"), QStringLiteral("en")));
        // Every template in every language has all its words, using only its placeholders.
        for (const QString &name : MessageTemplates::names()) {
            for (const QString &language : MessageTemplates::languages()) {
                const std::optional<MessageWords> words = MessageTemplates::shipped(name, language);
                QVERIFY2(words, qPrintable(name + QLatin1Char('/') + language));
                QVERIFY(!words->subject.isEmpty() && !words->emailBody.isEmpty() &&
                        !words->smsBody.isEmpty());
                for (const QString &text : {words->subject, words->emailBody, words->smsBody})
                    QVERIFY2(
                        MessageTemplates::unknownPlaceholders(name, text).isEmpty(),
                        qPrintable(name + QLatin1Char('/') + language + QLatin1Char(' ') + text));
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

    // A backlog does not hold up the server's stop: a courier stopped while a text is under
    // way ends after that one, not after trying every due message (150,000 webhook calls kept
    // a stopped server going for minutes). What it did not try stays queued, untried.
    void aStoppedCourierEndsAfterTheMessageUnderWay()
    {
        QTemporaryDir dir;
        QString error;
        const std::unique_ptr<Database> db =
            TestDatabase::migrated(QStringLiteral("couriershutdown"), dir.path(), &error);
        QVERIFY2(db, qPrintable(error));
        db->execute(QStringLiteral("INSERT INTO tenants (id, name, created_at, updated_at) "
                                   "VALUES (7, 't', 'x', 'x')"));
        constexpr int kDue = 12;
        MessageRepository messages(*db);
        for (int i = 0; i < kDue; ++i) {
            MessageDelivery text;
            text.channel = QStringLiteral("sms");
            text.recipient = QStringLiteral("+15551230000");
            text.body = QStringLiteral("Your technician is on the way");
            QVERIFY(messages.queue(7, text, QStringLiteral("text-%1").arg(i)));
        }
        QTcpServer silentProvider; // takes the connection, never answers
        QVERIFY(silentProvider.listen(QHostAddress::LocalHost));
        DeliverySettings settings;
        settings.pollMs = 20;
        settings.sms.url =
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silentProvider.serverPort()));
        settings.sms.accountSid = QStringLiteral("AC1");
        settings.sms.authToken = QStringLiteral("token");
        settings.sms.from = QStringLiteral("+15550000000");
        settings.sms.timeoutMs = 500;
        {
            MessageCourier courier(*db, settings);
            courier.start();
            QTRY_VERIFY_WITH_TIMEOUT(silentProvider.hasPendingConnections(), 10000);
        } // stopped: ends after the text under way, not after all twelve
        SqlQuery tried(*db, QStringLiteral("SELECT COUNT(*) FROM outbound_messages "
                                           "WHERE attempts > 0"));
        tried.exec();
        QVERIFY(tried.next());
        QVERIFY2(tried.integer(0) <= 1, qPrintable(QString::number(tried.integer(0))));
        SqlQuery queued(*db, QStringLiteral("SELECT COUNT(*) FROM outbound_messages "
                                            "WHERE attempts = 0 AND status = 'queued'"));
        queued.exec();
        QVERIFY(queued.next());
        QVERIFY(queued.integer(0) >= kDue - 1);
        // What it did not try is given back: due again at once, not when its claim runs out.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<ClaimedMessage> again = messages.claimDue(
            toTimestamp(now), toTimestamp(now.addSecs(settings.claimSeconds)), kDue);
        QVERIFY2(again.size() >= kDue - 1, qPrintable(QString::number(again.size())));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestMessaging)
} // namespace tst_messaging
#include "tst_messaging.moc"
