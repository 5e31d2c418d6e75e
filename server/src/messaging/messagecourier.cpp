#include "messaging/messagecourier.h"

#include "app/logline.h"
#include "fielddesk/domain/timestamps.h"
#include "messaging/sendoutcome.h"
#include "messaging/smsclient.h"
#include "messaging/smtpclient.h"
#include "messaging/webhookclient.h"
#include "repositories/messagerepository.h"
#include "repositories/webhookrepository.h"
#include "storage/database.h"

#include <QTimer>

namespace fielddesk::server {

namespace {

constexpr int kClaimBatch = 20;
constexpr qint64 kFirstRetrySeconds = 5;
constexpr qint64 kLongestRetrySeconds = 3600;

// A stopping round gives back the claims it did not try; if that fails they run out instead.
void releaseUntried(MessageRepository &messages,
                    const QList<ClaimedMessage> &untried,
                    const QString &claimedUntil)
{
    QList<qint64> ids;
    for (const ClaimedMessage &message : untried)
        ids << message.id;
    try {
        messages.releaseClaims(ids, claimedUntil);
    } catch (const DatabaseError &e) {
        LogLine("warning", "message_release_failed").field("error", QString::fromUtf8(e.what()));
    }
}

} // namespace

MessageCourier::MessageCourier(Database &db, DeliverySettings settings)
    : m_db(db)
    , m_settings(std::move(settings))
{
    if (m_settings.smtp.enabled())
        m_smtp = std::make_unique<SmtpClient>(m_settings.smtp);
    if (m_settings.sms.enabled())
        m_sms = std::make_unique<SmsClient>(m_settings.sms);
    m_webhooks = std::make_unique<WebhookClient>();
    m_thread.setObjectName(QStringLiteral("message-courier"));
}

MessageCourier::~MessageCourier()
{
    // A round goes on while messages are due (a backlog of thousands, each up to a send's time
    // limit): it stops after the message under way, and the server's stop with it. What it
    // claimed and did not try it gives back (due again at once for the next start).
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
    // Their network access was made on the courier's thread, now finished.
    m_sms.reset();
    m_webhooks.reset();
}

void MessageCourier::start()
{
    auto *timer = new QTimer;
    timer->setInterval(m_settings.pollMs);
    timer->moveToThread(&m_thread);
    connect(timer, &QTimer::timeout, timer, [this] { deliverDue(); });
    connect(&m_thread, &QThread::started, timer, qOverload<>(&QTimer::start));
    connect(&m_thread, &QThread::finished, timer, &QObject::deleteLater);
    m_thread.start();
}

qint64 MessageCourier::retryDelaySeconds(int attempt)
{
    qint64 delay = kFirstRetrySeconds;
    for (int i = 1; i < attempt && delay < kLongestRetrySeconds; ++i)
        delay *= 2;
    return std::min(delay, kLongestRetrySeconds);
}

SendOutcome MessageCourier::send(const ClaimedMessage &message)
{
    if (message.channel == QLatin1String("email")) {
        if (!m_smtp)
            return SendOutcome::refused(QStringLiteral("email is not configured (smtp_url)"));
        return m_smtp->send(message.recipient, message.subject, message.body,
                            message.idempotencyKey + QStringLiteral("@fielddesk"));
    }
    if (message.channel == QLatin1String("sms")) {
        if (!m_sms)
            return SendOutcome::refused(
                QStringLiteral("text messages are not configured (sms_url)"));
        return m_sms->send(message.recipient, message.body, message.idempotencyKey);
    }
    if (message.channel == QLatin1String("webhook")) {
        // Signed with the subscription's secret as it is now (it may have been replaced).
        const std::optional<QString> secret =
            message.webhookId
                ? WebhookRepository(m_db).activeSecret(message.tenantId, *message.webhookId)
                : std::nullopt;
        if (!secret)
            return SendOutcome::refused(QStringLiteral("the webhook was deleted or switched off"));
        return m_webhooks->send(QUrl(message.recipient), secret->toUtf8(), message.templateName,
                                message.idempotencyKey, message.body.toUtf8());
    }
    return SendOutcome::refused(QStringLiteral("no such channel: ") + message.channel);
}

void MessageCourier::deliverDue()
{
    MessageRepository messages(m_db);
    int sent = 0;
    int failed = 0;
    while (!m_thread.isInterruptionRequested()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString claimedUntil = toTimestamp(now.addSecs(m_settings.claimSeconds));
        QList<ClaimedMessage> due;
        try {
            due = messages.claimDue(toTimestamp(now), claimedUntil, kClaimBatch);
        } catch (const DatabaseError &e) {
            LogLine("warning", "message_claim_failed").field("error", QString::fromUtf8(e.what()));
            return;
        }
        if (due.isEmpty())
            break;
        for (qsizetype i = 0; i < due.size(); ++i) {
            const ClaimedMessage &message = due.at(i);
            if (m_thread.isInterruptionRequested()) {
                releaseUntried(messages, due.mid(i), claimedUntil);
                break;
            }
            const SendOutcome outcome = send(message);
            const int attempt = message.attempts + 1;
            try {
                if (outcome.sent) {
                    messages.recordSent(message.id, nowTimestamp());
                    ++sent;
                    continue;
                }
                ++failed;
                const std::optional<QDateTime> created = parseTimestamp(message.createdAt);
                const QDateTime next =
                    QDateTime::currentDateTimeUtc().addSecs(retryDelaySeconds(attempt));
                const bool tooOld = created && created->secsTo(next) > m_settings.maxAgeSeconds;
                const bool giveUp =
                    outcome.permanent || attempt >= m_settings.maxAttempts || tooOld;
                messages.recordFailure(message.id, outcome.error,
                                       giveUp ? QString() : toTimestamp(next));
                LogLine(giveUp ? "warning" : "info", giveUp ? "message_given_up" : "message_retry")
                    .field("message_id", message.id)
                    .field("channel", message.channel)
                    .field("attempt", attempt)
                    .field("error", outcome.error);
            } catch (const DatabaseError &e) {
                // The claim runs out and the message is sent again: at most one duplicate.
                LogLine("warning", "message_record_failed")
                    .field("message_id", message.id)
                    .field("error", QString::fromUtf8(e.what()));
            }
        }
    }
    if (sent + failed > 0)
        emit delivered(sent, failed);
}

} // namespace fielddesk::server
