#include "repositories/mediarepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

const QString kMediaColumns = QStringLiteral("m.id, m.sha256, m.size, m.content_type");

Media readMedia(const SqlQuery &q)
{
    Media m;
    m.id = q.integer(0);
    m.sha256 = q.text(1);
    m.size = q.integer(2);
    m.contentType = q.text(3);
    m.createdAt = q.text(4);
    return m;
}

} // namespace

std::optional<qint64> MediaRepository::findByHash(qint64 tenantId, const QString &sha256)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM media WHERE tenant_id = ? AND sha256 = ?"));
    q.bind(tenantId).bind(sha256).exec();
    return q.next() ? std::optional<qint64>(q.integer(0)) : std::nullopt;
}

std::optional<qint64> MediaRepository::insert(qint64 tenantId,
                                              const QString &sha256,
                                              const QString &contentType,
                                              const QByteArray &bytes)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO media (tenant_id, sha256, content_type, size, "
                                    "content, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                                    "(tenant_id, sha256) DO NOTHING RETURNING id"));
    q.bind(tenantId)
        .bind(sha256)
        .bind(contentType)
        .bind(qint64(bytes.size()))
        .bind(bytes)
        .bind(nowTimestamp())
        .exec();
    return q.next() ? std::optional<qint64>(q.integer(0)) : std::nullopt;
}

void MediaRepository::recordUpload(qint64 mediaId, qint64 userId)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO media_uploads (media_id, user_id, uploaded_at) "
                                    "VALUES (?, ?, ?) ON CONFLICT (media_id, user_id) DO "
                                    "NOTHING"));
    q.bind(mediaId).bind(userId).bind(nowTimestamp()).exec();
}

std::optional<Media> MediaRepository::findUploadedBy(qint64 tenantId, qint64 mediaId, qint64 userId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kMediaColumns +
                         QStringLiteral(", u.uploaded_at FROM media m JOIN media_uploads u ON "
                                        "u.media_id = m.id WHERE m.tenant_id = ? AND m.id = ? "
                                        "AND u.user_id = ?"));
    q.bind(tenantId).bind(mediaId).bind(userId).exec();
    return q.next() ? std::optional<Media>(readMedia(q)) : std::nullopt;
}

std::optional<Media> MediaRepository::find(qint64 tenantId, qint64 mediaId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kMediaColumns +
                         QStringLiteral(", m.created_at FROM media m WHERE m.tenant_id = ? AND "
                                        "m.id = ?"));
    q.bind(tenantId).bind(mediaId).exec();
    return q.next() ? std::optional<Media>(readMedia(q)) : std::nullopt;
}

QByteArray MediaRepository::bytes(qint64 mediaId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT content FROM media WHERE id = ?"));
    q.bind(mediaId).exec();
    return q.next() ? q.bytes(0) : QByteArray();
}

QList<qint64>
MediaRepository::uploadedBy(qint64 tenantId, qint64 userId, const QList<qint64> &mediaIds)
{
    SqlFilter filter;
    filter.where(QStringLiteral("m.tenant_id = ? AND u.user_id = ?"), {tenantId, userId});
    filter.whereIn(QStringLiteral("m.id"), mediaIds);
    SqlQuery q(m_db, QStringLiteral("SELECT m.id FROM media m JOIN media_uploads u ON "
                                    "u.media_id = m.id") +
                         filter.clause());
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

void MediaRepository::link(const QString &linkTable,
                           const QString &keyColumn,
                           qint64 objectId,
                           const QList<qint64> &mediaIds)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(linkTable, keyColumn));
    clear.bind(objectId).exec();
    QList<qint64> linked;
    for (const qint64 mediaId : mediaIds) {
        if (linked.contains(mediaId))
            continue;
        linked << mediaId;
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO %1 (%2, media_id) VALUES (?, ?)")
                                  .arg(linkTable, keyColumn));
        insert.bind(objectId).bind(mediaId).exec();
    }
}

QString mediaIdsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> mediaIdsFromJson(const QString &json)
{
    QList<qint64> ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(json.toUtf8()).array())
        ids << id.toInteger();
    return ids;
}

} // namespace fielddesk::server
