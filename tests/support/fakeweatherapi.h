// An Open-Meteo-compatible forecast API on loopback for tests: answers every GET with the
// forecast it was given last (Open-Meteo's shape: an "hourly" object of time, precipitation,
// wind_speed_10m and temperature_2m in UTC) and keeps each request to check its query. The
// forecast is built hour by hour: dry, calm and mild, but for the hours made wet. Runs in the
// test's event loop: wait with QTRY_*.
#pragma once

#include "fakehttpreceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

class FakeWeatherApi
{
public:
    static constexpr double kDryMmH = 0;
    static constexpr double kCalmKmh = 12;
    static constexpr double kMildC = 14;

    FakeWeatherApi()
    {
        m_http.setAcceptAnswer([this](int) { return answer(); });
    }

    bool listen() { return m_http.listen(); }
    QString url() const { return m_http.url(); }

    // The hours answered: from `from` (a whole UTC hour), `hours` of them, all dry.
    void setRange(const QDateTime &from, int hours)
    {
        m_from = from;
        m_hours = hours;
        m_rain.clear();
    }
    // Rain of `mmPerHour` from `start` (a whole UTC hour) for `hours`.
    void rain(const QDateTime &start, int hours, double mmPerHour)
    {
        for (int i = 0; i < hours; ++i)
            m_rain.insert(start.addSecs(3600LL * i), mmPerHour);
    }
    void clearSkies() { m_rain.clear(); }

    // The query of every request answered, oldest first.
    QList<QUrlQuery> queries() const
    {
        QList<QUrlQuery> list;
        for (const FakeHttpReceiver::Request &r : m_http.requests())
            list.append(QUrlQuery(QUrl(QString::fromUtf8(r.path)).query()));
        return list;
    }
    // When the forecast of this place was asked for (coordinates as the API gets them), oldest
    // first.
    QList<qint64> askedAtMs(const QString &latitude, const QString &longitude) const
    {
        QList<qint64> times;
        for (const FakeHttpReceiver::Request &r : m_http.requests()) {
            const QUrlQuery q(QUrl(QString::fromUtf8(r.path)).query());
            if (q.queryItemValue(QStringLiteral("latitude")) == latitude &&
                q.queryItemValue(QStringLiteral("longitude")) == longitude)
                times.append(r.receivedMs);
        }
        return times;
    }
    QList<QByteArray> paths() const
    {
        QList<QByteArray> list;
        for (const FakeHttpReceiver::Request &r : m_http.requests())
            list.append(r.path.left(r.path.indexOf('?')));
        return list;
    }

private:
    QByteArray answer() const
    {
        QJsonArray time, rain, wind, temperature;
        for (int i = 0; i < m_hours; ++i) {
            const QDateTime at = m_from.addSecs(3600LL * i);
            time.append(at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
            rain.append(m_rain.value(at, kDryMmH));
            wind.append(kCalmKmh);
            temperature.append(kMildC);
        }
        const QJsonObject hourly{{QStringLiteral("time"), time},
                                 {QStringLiteral("precipitation"), rain},
                                 {QStringLiteral("wind_speed_10m"), wind},
                                 {QStringLiteral("temperature_2m"), temperature}};
        return QJsonDocument(QJsonObject{{QStringLiteral("timezone"), QStringLiteral("UTC")},
                                         {QStringLiteral("hourly"), hourly}})
            .toJson(QJsonDocument::Compact);
    }

    FakeHttpReceiver m_http{200};
    QDateTime m_from;
    int m_hours = 0;
    QMap<QDateTime, double> m_rain;
};
