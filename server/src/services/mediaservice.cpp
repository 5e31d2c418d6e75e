#include "services/mediaservice.h"

#include "repositories/mediarepository.h"
#include "services/attachmentvisibility.h"

#include <QCryptographicHash>

#include <utility>

namespace fielddesk::server {

namespace {

// How each accepted type's bytes begin.
const QList<std::pair<QByteArray, QByteArray>> &magicNumbers()
{
    static const QList<std::pair<QByteArray, QByteArray>> magic{
        {"image/jpeg", QByteArray("\xFF\xD8\xFF", 3)},
        {"image/png", QByteArray("\x89PNG\r\n\x1A\n", 8)},
        {"application/pdf", QByteArray("%PDF-")},
    };
    return magic;
}

// The type the bytes are by their first bytes, or empty.
QByteArray typeOfBytes(const QByteArray &bytes)
{
    for (const auto &[type, magic] : magicNumbers()) {
        if (bytes.startsWith(magic))
            return type;
    }
    return {};
}

Failure mediaNotFound(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no file #%1.").arg(id));
}

} // namespace

const QByteArrayList &MediaService::acceptedTypes()
{
    static const QByteArrayList types = [] {
        QByteArrayList list;
        for (const auto &entry : magicNumbers())
            list << entry.first;
        return list;
    }();
    return types;
}

Result<Media> MediaService::upload(const CallContext &call, const MediaUpload &upload)
{
    const Principal &caller = call.principal;
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("Files are uploaded by people, not API keys."));
    if (upload.bytes.isEmpty())
        return Failure::badRequest(QStringLiteral("The body is empty: send the file's bytes."));
    if (!acceptedTypes().contains(upload.contentType))
        return Failure::unsupportedMediaType(
            QStringLiteral("Files must be one of: %1.")
                .arg(QString::fromLatin1(acceptedTypes().join(", "))));
    const QByteArray actual = typeOfBytes(upload.bytes);
    if (actual != upload.contentType)
        return Failure::unsupportedMediaType(
            QStringLiteral("The body was sent as %1 but its bytes are %2.")
                .arg(QString::fromLatin1(upload.contentType),
                     actual.isEmpty() ? QStringLiteral("none of the accepted types")
                                      : QString::fromLatin1(actual)));

    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(upload.bytes, QCryptographicHash::Sha256).toHex());
    MediaRepository media(m_db);
    Transaction tx(m_db);
    std::optional<qint64> id = media.findByHash(caller.tenantId, sha256);
    if (!id)
        id = media.insert(caller.tenantId, sha256, QString::fromLatin1(upload.contentType),
                          upload.bytes);
    if (!id) // another upload of the same bytes committed in between
        id = media.findByHash(caller.tenantId, sha256);
    media.recordUpload(id.value(), caller.userId);
    const std::optional<Media> stored = media.findUploadedBy(caller.tenantId, *id, caller.userId);
    tx.commit();
    return stored.value();
}

Result<Media> MediaService::find(const Principal &caller, qint64 id)
{
    MediaRepository media(m_db);
    std::optional<Media> found = media.findUploadedBy(caller.tenantId, id, caller.userId);
    if (!found && mayReadAttachment(m_db, caller, id))
        found = media.find(caller.tenantId, id);
    if (!found)
        return mediaNotFound(id);
    return *found;
}

Result<MediaFile> MediaService::file(const Principal &caller, qint64 id)
{
    const Result<Media> found = find(caller, id);
    if (!found)
        return found.failure();
    return MediaFile{*found, MediaRepository(m_db).bytes(id)};
}

} // namespace fielddesk::server
