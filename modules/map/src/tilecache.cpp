#include "fielddesk/map/tilecache.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fielddesk::map {

TileCache::TileCache(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_userAgent(QByteArrayLiteral("FieldDesk/") +
                  QCoreApplication::applicationVersion().toUtf8() +
                  QByteArrayLiteral(" (field-service dispatch console; Qt)"))
    , m_memory(kMemoryTiles)
{}

TileCache::~TileCache() = default;

void TileCache::setUrlTemplate(const QString &urlTemplate)
{
    m_urlTemplate = urlTemplate.trimmed();
    m_memory.clear();
    m_queue.clear();
    m_queued.clear();
    m_failed.clear();
}

void TileCache::setCacheDirectory(const QString &directory)
{
    auto *cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(directory);
    cache->setMaximumCacheSize(kDiskCacheBytes);
    m_network->setCache(cache);
}

QUrl TileCache::urlFor(const TileKey &key) const
{
    static constexpr char kSubdomains[] = {'a', 'b', 'c'};
    QString url = m_urlTemplate;
    url.replace(QLatin1String("{z}"), QString::number(key.zoom));
    url.replace(QLatin1String("{x}"), QString::number(key.x));
    url.replace(QLatin1String("{y}"), QString::number(key.y));
    url.replace(QLatin1String("{s}"),
                QString(QLatin1Char(kSubdomains[std::abs(key.x + key.y) % 3])));
    return QUrl(url);
}

QPixmap TileCache::tile(const TileKey &key)
{
    if (const QPixmap *cached = m_memory.object(key))
        return *cached;
    if (!hasServer() || m_failed.contains(key) || m_queued.contains(key))
        return {};
    m_queue.append(key);
    m_queued.insert(key);
    pump();
    return {};
}

void TileCache::keepOnly(const QSet<TileKey> &wanted)
{
    QList<TileKey> kept;
    for (const TileKey &key : std::as_const(m_queue)) {
        if (wanted.contains(key))
            kept.append(key);
        else
            m_queued.remove(key);
    }
    m_queue = kept;
}

void TileCache::pump()
{
    while (m_inFlight.size() < kRequestsInFlight && !m_queue.isEmpty()) {
        // The newest wish first: what the dispatcher looks at now.
        const TileKey key = m_queue.takeLast();
        QNetworkRequest request(urlFor(key));
        request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::PreferCache);
        QNetworkReply *reply = m_network->get(request);
        m_inFlight.insert(reply, key);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const TileKey done = m_inFlight.take(reply);
            m_queued.remove(done);
            QPixmap pixmap;
            if (reply->error() == QNetworkReply::NoError && pixmap.loadFromData(reply->readAll())) {
                m_memory.insert(done, new QPixmap(pixmap));
                emit tileReady(done);
            } else {
                m_failed.insert(done);
                ++m_failures;
                emit tileFailed(done);
            }
            pump();
        });
    }
}

} // namespace fielddesk::map
