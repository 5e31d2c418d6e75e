// /media: photos and PDFs attached to requests, uploaded as their raw bytes and read back by
// whoever uploaded them or may read what they are attached to.
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/mediaservice.h"

namespace fielddesk::server {

namespace {

// The bytes behind an id never change: a client may keep them for a day without asking.
constexpr char kFileCacheControl[] = "private, max-age=86400";

// A file's entity tag: the hash of its bytes.
QByteArray entityTag(const Media &media)
{
    return '"' + media.sha256.toLatin1() + '"';
}

// Whether If-None-Match names this entity tag ("a", W/"a", a list of them, or *).
bool clientHas(const ApiRequest &request, const QByteArray &etag)
{
    for (QByteArray tag : request.header("if-none-match").split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag || tag == "*")
            return true;
    }
    return false;
}

ApiResponse fileResponse(const Media &media, const QByteArray &bytes, bool unchanged)
{
    ApiResponse answer = unchanged ? ApiResponse::notModified()
                                   : ApiResponse::bytes(bytes, media.contentType.toLatin1());
    answer.cacheControl = kFileCacheControl;
    answer.headers.append({"ETag", entityTag(media)});
    return answer;
}

} // namespace

void registerMediaRoutes(Router &router, const Services &services)
{
    MediaService &media = services.media;
    const QString tag = QStringLiteral("Media");
    router.add({"POST",
                QStringLiteral("/api/v1/media"),
                Access::Authenticated,
                {},
                [&media](const ApiRequest &r) {
                    return respond(media.upload(callContext(r), {r.mediaType(), r.body}), 201);
                },
                {QStringLiteral("Upload a photo or PDF as the body's bytes; the same bytes again "
                                "answer the same file"),
                 tag, nullptr, nullptr, 201},
                Lane::Slow, // hashes and stores up to 10 MiB
                BodyRule::raw(MediaService::acceptedTypes(), MediaService::kMaxBytes)});
    router.add(
        {"GET",
         QStringLiteral("/api/v1/media/{id}"),
         Access::Authenticated,
         {},
         [&media](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 // A client revalidating its copy is answered without reading the bytes.
                 if (!r.header("if-none-match").isEmpty()) {
                     const Result<Media> found = media.find(r.caller(), id);
                     if (!found)
                         return problemResponse(found.failure());
                     if (clientHas(r, entityTag(*found)))
                         return fileResponse(*found, {}, true);
                 }
                 const Result<MediaFile> file = media.file(r.caller(), id);
                 if (!file)
                     return problemResponse(file.failure());
                 return fileResponse(file->media, file->bytes, false);
             });
         },
         {QStringLiteral("The file's bytes (ETag: their SHA-256), to its uploader and to whoever "
                         "may read a request it is attached to"),
          tag}});
}

} // namespace fielddesk::server
