// Files the console sends and shows (receipts, photos, PDFs attached to requests and
// expenses): POST /media with the raw bytes, GET /media/{id}, and which files FieldDesk takes.
// Part of fielddesk_client: QtCore and QtNetwork.
#pragma once

#include "fielddesk/client/apiresult.h"
#include "fielddesk/domain/media.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace fielddesk::client {

class ApiClient;

// A downloaded file.
struct MediaContent
{
    QByteArray bytes;
    QString contentType;
};

class MediaClient
{
public:
    template<class T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    explicit MediaClient(ApiClient *api)
        : m_api(api)
    {}

    void upload(const QByteArray &bytes,
                const QString &contentType,
                QObject *context,
                Callback<Media> callback) const;
    void download(qint64 mediaId, QObject *context, Callback<MediaContent> callback) const;

    // The Content-Type a file is sent with; empty when FieldDesk does not take it.
    static QString contentTypeOf(const QString &fileName);
    // What a file of that Content-Type is named with (".jpg"); empty when FieldDesk does not
    // take it.
    static QString suffixOf(const QString &contentType);

private:
    ApiClient *m_api;
};

} // namespace fielddesk::client
