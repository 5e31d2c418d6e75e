#include "messaging/smsclient.h"

#include "messaging/blockingpost.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace fielddesk::server {

namespace {

constexpr int kTooManyRequests = 429;
constexpr int kServerErrors = 500;

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

SmsClient::SmsClient(SmsSettings settings)
    : m_settings(std::move(settings))
{}

SmsClient::~SmsClient() = default;

SendOutcome SmsClient::send(const QString &to, const QString &body, const QString &idempotencyKey)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = m_settings.url;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/2010-04-01/Accounts/%1/Messages.json")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.accountSid))));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(
        "Authorization",
        "Basic " +
            (m_settings.accountSid + QLatin1Char(':') + m_settings.authToken).toUtf8().toBase64());
    request.setRawHeader("I-Twilio-Idempotency-Token", idempotencyKey.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    const QByteArray form = formField("To", to) + '&' + formField("From", m_settings.from) + '&' +
                            formField("Body", body);
    const PostAnswer answer = blockingPost(*m_network, request, form);
    const int status = answer.status;
    if (status >= 200 && status < 300)
        return SendOutcome::ok();
    if (status == 0)
        return SendOutcome::retry(QStringLiteral("SMS API: ") + answer.error);
    const QString why =
        QStringLiteral("SMS API: HTTP %1 %2").arg(status).arg(QString::fromUtf8(answer.body));
    if (status == kTooManyRequests || status >= kServerErrors)
        return SendOutcome::retry(why);
    return SendOutcome::refused(why);
}

} // namespace fielddesk::server
