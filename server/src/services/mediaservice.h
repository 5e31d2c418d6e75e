// The rules for uploaded files (photos and PDFs attached to requests): which types are taken
// and how large, that the bytes are what their type says, that the same bytes are stored once
// per tenant, and who may read them again: whoever uploaded them, and whoever may read an
// object they are attached to (services/attachmentvisibility.h).
#pragma once

#include "core/result.h"
#include "fielddesk/domain/media.h"
#include "services/callcontext.h"

#include <QByteArrayList>

namespace fielddesk::server {

class Database;

// A file as the client sent it: the type it named (Content-Type) and the bytes.
struct MediaUpload
{
    QByteArray contentType; // lower case, without parameters
    QByteArray bytes;
};

// A stored file with its bytes, for sending back.
struct MediaFile
{
    Media media;
    QByteArray bytes;
};

class MediaService
{
public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    // The types taken: JPEG and PNG photos, PDF documents.
    static const QByteArrayList &acceptedTypes();

    explicit MediaService(Database &db)
        : m_db(db)
    {}

    // Stores the file, or finds the tenant's copy of the same bytes; either way the caller
    // is recorded as an uploader and the answer is the same.
    Result<Media> upload(const CallContext &call, const MediaUpload &upload);
    // The file, if the caller may read it (else 404, as if there were none).
    Result<Media> find(const Principal &caller, qint64 id);
    // find() with the bytes.
    Result<MediaFile> file(const Principal &caller, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
