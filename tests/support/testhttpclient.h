// A blocking HTTP client for tests: one call, one answer, with the parsed JSON at hand.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>
#include <utility>

struct TestReply
{
    int status = 0; // 0: no HTTP answer at all (connection refused, timeout)
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The rows of a list answer ({count, next, previous, results}).
    QJsonArray results() const { return json().value(QLatin1String("results")).toArray(); }
    // The id of the object answered, and of the first row of a list answer (0: none).
    qint64 id() const { return json().value(QLatin1String("id")).toInteger(); }
    qint64 firstResultId() const
    {
        return results().at(0).toObject().value(QLatin1String("id")).toInteger();
    }
    QByteArray header(const QByteArray &name) const;
};

class TestHttpClient
{
public:
    explicit TestHttpClient(QUrl baseUrl);

    void setToken(const QByteArray &accessToken) { m_token = accessToken; }
    QByteArray token() const { return m_token; }

    TestReply get(const QString &path) { return send("GET", path); }
    TestReply del(const QString &path) { return send("DELETE", path); }
    TestReply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, toJson(body));
    }
    TestReply patch(const QString &path, const QJsonObject &body)
    {
        return send("PATCH", path, toJson(body));
    }
    // Any method, any raw body (malformed JSON tests), extra headers.
    TestReply send(const QByteArray &method,
                   const QString &path,
                   const QByteArray &body = {},
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // Signs in and keeps the access token; returns the login answer.
    TestReply login(const QString &email, const QString &password);

private:
    static QByteArray toJson(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    QUrl m_baseUrl;
    QByteArray m_token;
    std::unique_ptr<QNetworkAccessManager> m_network = std::make_unique<QNetworkAccessManager>();
};
