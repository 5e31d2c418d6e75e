// SQL for uploaded files: the bytes once per content hash and tenant (media), and who
// uploaded them (media_uploads). The bytes live in the database so that every server
// instance on a shared PostgreSQL serves every file.
#pragma once

#include "fielddesk/domain/media.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

class MediaRepository
{
public:
    explicit MediaRepository(Database &db)
        : m_db(db)
    {}

    // The tenant's file with these bytes (by their SHA-256), if it has one.
    std::optional<qint64> findByHash(qint64 tenantId, const QString &sha256);
    // Stores the bytes; nullopt when the tenant stored the same bytes meanwhile.
    std::optional<qint64> insert(qint64 tenantId,
                                 const QString &sha256,
                                 const QString &contentType,
                                 const QByteArray &bytes);
    // Records that the user uploaded the file (once: again changes nothing).
    void recordUpload(qint64 mediaId, qint64 userId);
    // The file as `userId` uploaded it: created_at is their upload, nullopt when they did not.
    std::optional<Media> findUploadedBy(qint64 tenantId, qint64 mediaId, qint64 userId);
    // The tenant's file without its bytes.
    std::optional<Media> find(qint64 tenantId, qint64 mediaId);
    QByteArray bytes(qint64 mediaId);
    // Those of `mediaIds` that the user uploaded in the tenant.
    QList<qint64> uploadedBy(qint64 tenantId, qint64 userId, const QList<qint64> &mediaIds);
    // Links an object to its media in `linkTable` ("expense_media", by `keyColumn`
    // "expense_id"), each once, in place of its links so far: the index of "who may see this
    // file" (the object's media_ids stays the list as sent).
    void link(const QString &linkTable,
              const QString &keyColumn,
              qint64 objectId,
              const QList<qint64> &mediaIds);

private:
    Database &m_db;
};

// Media ids as the media_ids columns keep them: a JSON array, in the order sent.
QString mediaIdsJson(const QList<qint64> &ids);
QList<qint64> mediaIdsFromJson(const QString &json);

} // namespace fielddesk::server
