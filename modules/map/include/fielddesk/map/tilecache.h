// Raster map tiles from a URL template ("https://tile.example/{z}/{x}/{y}.png"): fetched
// politely (a User-Agent that names FieldDesk, a few requests at a time), kept in a disk cache
// (QNetworkDiskCache, honouring the server's cache headers) and in memory. An empty template
// means "no tile server": nothing is fetched. Part of fielddesk_map: QtGui and QtNetwork.
#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace fielddesk::map {

struct TileKey
{
    int zoom = 0;
    int x = 0;
    int y = 0;

    bool operator==(const TileKey &) const = default;
};

inline size_t qHash(const TileKey &key, size_t seed = 0)
{
    return ::qHash((quint64(quint32(key.zoom)) << 48) ^ (quint64(quint32(key.x)) << 24) ^
                       quint64(quint32(key.y)),
                   seed);
}

class TileCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRequestsInFlight = 4;
    static constexpr int kMemoryTiles = 256;
    static constexpr qint64 kDiskCacheBytes = 200LL * 1024 * 1024;

    explicit TileCache(QObject *parent = nullptr);
    ~TileCache() override;

    // {z}, {x}, {y} are replaced; {s} by a, b or c.
    void setUrlTemplate(const QString &urlTemplate);
    QString urlTemplate() const { return m_urlTemplate; }
    bool hasServer() const { return !m_urlTemplate.isEmpty(); }
    void setCacheDirectory(const QString &directory);
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }

    // The tile if it is in memory; otherwise asks for it (tileReady follows) and returns null.
    QPixmap tile(const TileKey &key);
    // Forget the tiles asked for that are no longer needed (the view moved on).
    void keepOnly(const QSet<TileKey> &wanted);

    QUrl urlFor(const TileKey &key) const;
    int failures() const { return m_failures; }
    // Nothing asked for and not answered yet.
    bool isIdle() const { return m_queue.isEmpty() && m_inFlight.isEmpty(); }

signals:
    void tileReady(const fielddesk::map::TileKey &key);
    void tileFailed(const fielddesk::map::TileKey &key);

private:
    void pump();

    QNetworkAccessManager *m_network;
    QString m_urlTemplate;
    QByteArray m_userAgent;
    QCache<TileKey, QPixmap> m_memory;
    QList<TileKey> m_queue;
    QSet<TileKey> m_queued;
    QHash<QNetworkReply *, TileKey> m_inFlight;
    QSet<TileKey> m_failed;
    int m_failures = 0;
};

} // namespace fielddesk::map
