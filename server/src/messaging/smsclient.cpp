#include "messaging/smsclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

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
    QNetworkReply *reply = m_network->post(request, form);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll().left(300);
    const QString error = reply->errorString();
    reply->deleteLater();
    if (status >= 200 && status < 300)
        return SendOutcome::ok();
    if (status == 0)
        return SendOutcome::retry(QStringLiteral("SMS API: ") + error);
    const QString why =
        QStringLiteral("SMS API: HTTP %1 %2").arg(status).arg(QString::fromUtf8(answer));
    if (status == kTooManyRequests || status >= kServerErrors)
        return SendOutcome::retry(why);
    return SendOutcome::refused(why);
}

} // namespace fielddesk::server
