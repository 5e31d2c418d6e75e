#include "fielddesk/client/mediaclient.h"

#include "fielddesk/client/apiclient.h"

#include <QFileInfo>

namespace fielddesk::client {

namespace {

// The files FieldDesk attaches: the name's suffix and the Content-Type it is sent with.
struct AttachmentType
{
    const char *suffix;
    const char *contentType;
};
constexpr AttachmentType kAttachmentTypes[] = {{"jpg", "image/jpeg"},
                                               {"jpeg", "image/jpeg"},
                                               {"png", "image/png"},
                                               {"pdf", "application/pdf"}};

} // namespace

void MediaClient::upload(const QByteArray &bytes,
                         const QString &contentType,
                         QObject *context,
                         Callback<Media> callback) const
{
    m_api->send(ApiRequest::upload(QStringLiteral("/api/v1/media"), bytes, contentType.toLatin1()),
                context, [callback = std::move(callback)](const ApiResponse &r) {
                    callback(ApiResult<Media>::fromResponse(
                        r, [](const ApiResponse &ok) { return Media::fromJson(ok.json); }));
                });
}

void MediaClient::download(qint64 mediaId, QObject *context, Callback<MediaContent> callback) const
{
    m_api->get(QStringLiteral("/api/v1/media/%1").arg(mediaId), context,
               [callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<MediaContent>::fromResponse(r, [](const ApiResponse &ok) {
                       return MediaContent{ok.bytes, QString::fromLatin1(ok.contentType)};
                   }));
               });
}

QString MediaClient::contentTypeOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const AttachmentType &type : kAttachmentTypes) {
        if (suffix == QLatin1String(type.suffix))
            return QLatin1String(type.contentType);
    }
    return {};
}

QString MediaClient::suffixOf(const QString &contentType)
{
    for (const AttachmentType &type : kAttachmentTypes) {
        if (contentType == QLatin1String(type.contentType))
            return QLatin1Char('.') + QLatin1String(type.suffix);
    }
    return {};
}

} // namespace fielddesk::client
