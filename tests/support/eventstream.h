// A console's live event stream (GET /api/v1/ws) as a test sees it: every frame in arrival
// order, with the time it arrived, and how the stream ended.
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QWebSocket>

#include <optional>

class EventStream : public QObject
{
public:
    static constexpr int kDefaultWaitMs = 5000;

    // The stream's address on a server: signed in with `token` (none when null), from the event
    // after `after` (the newest only when nullopt).
    static QUrl
    urlOf(const QUrl &serverBase, const QByteArray &token, std::optional<qint64> after = {})
    {
        QUrl url = serverBase;
        url.setScheme(serverBase.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                    : QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/ws"));
        QUrlQuery query;
        if (!token.isNull())
            query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(token));
        if (after)
            query.addQueryItem(QStringLiteral("after"), QString::number(*after));
        url.setQuery(query);
        return url;
    }

    explicit EventStream(const QUrl &url)
    {
        m_clock.start();
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
            m_arrivalNs.append(m_clock.nsecsElapsed());
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
        m_socket.open(url);
    }

    bool waitForFrames(qsizetype count, int timeoutMs = kDefaultWaitMs)
    {
        (void)QTest::qWaitFor([&] { return m_frames.size() >= count || m_closed; }, timeoutMs);
        return m_frames.size() >= count;
    }
    bool waitForClose(int timeoutMs = kDefaultWaitMs)
    {
        return QTest::qWaitFor([&] { return m_closed; }, timeoutMs);
    }
    // Waits for the event with this id; its index in frames(), or -1.
    qsizetype waitForEvent(qint64 id, int timeoutMs = kDefaultWaitMs)
    {
        qsizetype found = -1;
        (void)QTest::qWaitFor(
            [&] {
                found = indexOfEvent(id);
                return found >= 0 || m_closed;
            },
            timeoutMs);
        return found;
    }
    qsizetype indexOfEvent(qint64 id) const
    {
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            if (!m_frames.at(i).contains(QLatin1String("type")) ||
                m_frames.at(i).value(QLatin1String("id")).toInteger(-1) != id)
                continue;
            return i;
        }
        return -1;
    }

    const QList<QJsonObject> &frames() const { return m_frames; }
    // The ids of the event frames (control frames have no id), in arrival order.
    QList<qint64> eventIds() const
    {
        QList<qint64> ids;
        for (const QJsonObject &frame : m_frames) {
            if (frame.contains(QLatin1String("id")))
                ids.append(frame.value(QLatin1String("id")).toInteger());
        }
        return ids;
    }
    // The event frames of this type, in arrival order.
    QList<QJsonObject> eventsOfType(const QString &type) const
    {
        QList<QJsonObject> events;
        for (const QJsonObject &frame : m_frames) {
            if (frame.value(QLatin1String("type")).toString() == type &&
                frame.contains(QLatin1String("id")))
                events.append(frame);
        }
        return events;
    }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    qint64 arrivalNs(qsizetype index) const { return m_arrivalNs.at(index); }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return int(m_socket.closeCode()); }
    QString closeReason() const { return m_socket.closeReason(); }

private:
    QWebSocket m_socket;
    QElapsedTimer m_clock;
    QList<QJsonObject> m_frames;
    QList<qint64> m_arrivalNs;
    bool m_closed = false;
};
