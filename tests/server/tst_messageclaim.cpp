// The delivery worker's claim on a real database (SQLite, and PostgreSQL as
// tst_messageclaim_postgresql): a due message is claimed once, a claim given back is due
// again, and a poll that finds nothing commits nothing. The worker polls every second; a commit
// there would count as a change of data and empty the jobs list's page cache each second (its stamp
// counts commits).
#include "fielddesk/domain/timestamps.h"
#include "migrateddatabase.h"
#include "repositories/messagerepository.h"
#include "repositories/tenantrepository.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

namespace tst_messageclaim {

using namespace fielddesk;
using namespace fielddesk::server;

class TestMessageClaim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_tenantId = 0;

    static QString inSeconds(int seconds)
    {
        return toTimestamp(QDateTime::currentDateTimeUtc().addSecs(seconds));
    }

    // Queues `message` in a transaction of its own (as its cause's commit would).
    bool queued(const MessageDelivery &message, const QString &key)
    {
        Transaction tx(*m_db);
        if (!MessageRepository(*m_db).queue(m_tenantId, message, key))
            return false;
        tx.commit();
        return true;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_db = TestDatabase::migrated(QStringLiteral("messageclaim"), m_dir.path(), &error);
        QVERIFY2(m_db, qPrintable(error));
        Tenant tenant;
        tenant.name = QStringLiteral("Acme");
        m_tenantId = TenantRepository(*m_db).insert(tenant).id;
    }

    void aPollThatFindsNothingCommitsNothing()
    {
        const quint64 before = m_db->commitCount();
        QVERIFY(MessageRepository(*m_db).claimDue(inSeconds(5), inSeconds(60), 10).isEmpty());
        QCOMPARE(m_db->commitCount(), before);
    }

    void aDueMessageIsClaimedOnceAndThatCommits()
    {
        MessageDelivery message;
        message.channel = QStringLiteral("email");
        message.recipient = QStringLiteral("pat@example.com");
        message.templateName = QStringLiteral("job.scheduled");
        message.subject = QStringLiteral("Your visit");
        message.body = QStringLiteral("Tomorrow at nine.");
        QVERIFY(queued(message, QStringLiteral("k1")));
        const quint64 before = m_db->commitCount();
        const QList<ClaimedMessage> claimed =
            MessageRepository(*m_db).claimDue(inSeconds(5), inSeconds(60), 10);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().recipient, message.recipient);
        QCOMPARE(m_db->commitCount(), before + 1);
        // Claimed: the next poll finds nothing, and commits nothing.
        QVERIFY(MessageRepository(*m_db).claimDue(inSeconds(5), inSeconds(60), 10).isEmpty());
        QCOMPARE(m_db->commitCount(), before + 1);
    }

    void aClaimGivenBackIsDueAgainOnlyWhileItIsStillThatClaim()
    {
        MessageDelivery message;
        message.channel = QStringLiteral("sms");
        message.recipient = QStringLiteral("+15551230000");
        message.body = QStringLiteral("On the way.");
        QVERIFY(queued(message, QStringLiteral("k2")));
        MessageRepository messages(*m_db);
        const QString until = inSeconds(60);
        const QList<ClaimedMessage> claimed = messages.claimDue(inSeconds(5), until, 10);
        QCOMPARE(claimed.size(), 1);
        const qint64 id = claimed.first().id;
        // Another claim by now (this one ran out and someone claimed it afresh): kept.
        messages.releaseClaims({id}, inSeconds(90));
        QVERIFY(messages.claimDue(inSeconds(5), inSeconds(60), 10).isEmpty());
        messages.releaseClaims({id}, until);
        const QList<ClaimedMessage> again = messages.claimDue(inSeconds(5), inSeconds(60), 10);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().id, id);
    }

    void cleanupTestCase() { m_db.reset(); }
};

FIELDDESK_TEST_GUILESS_MAIN(TestMessageClaim)
} // namespace tst_messageclaim
#include "tst_messageclaim.moc"
