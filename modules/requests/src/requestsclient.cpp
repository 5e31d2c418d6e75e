#include "fielddesk/requests/requestsclient.h"

#include "fielddesk/client/apiclient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrlQuery>

#include <memory>

namespace fielddesk::requests {

namespace {

using client::ApiResponse;
using client::ApiResult;

template<class T>
QList<T> itemsOf(const QJsonArray &array)
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array)
        items.append(T::fromJson(value.toObject()));
    return items;
}

QString requestPath(qint64 id)
{
    return QStringLiteral("/api/v1/requests/%1").arg(id);
}

// The pages of one list as they arrive, in any order; done when every one is in.
struct PagedList
{
    QList<QList<Request>> pages;
    int missing = 0;
    bool failed = false;
};

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

QString RequestQuery::path(int limit, int offset) const
{
    QUrlQuery query;
    if (!kinds.isEmpty())
        query.addQueryItem(QStringLiteral("kind"), kinds.join(QLatin1Char(',')));
    if (!statuses.isEmpty())
        query.addQueryItem(QStringLiteral("status"), statuses.join(QLatin1Char(',')));
    if (awaitingMe)
        query.addQueryItem(QStringLiteral("awaiting_me"), QStringLiteral("true"));
    if (requesterId)
        query.addQueryItem(QStringLiteral("requester_id"), QString::number(*requesterId));
    if (locationId)
        query.addQueryItem(QStringLiteral("location_id"), QString::number(*locationId));
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), search);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return QStringLiteral("/api/v1/requests?") + query.toString(QUrl::FullyEncoded);
}

RequestsClient::RequestsClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QString RequestsClient::stepName(RequestStep step)
{
    switch (step) {
    case RequestStep::Approve:
        return QStringLiteral("approve");
    case RequestStep::Reject:
        return QStringLiteral("reject");
    case RequestStep::Fulfil:
        return QStringLiteral("fulfil");
    case RequestStep::Cancel:
        return QStringLiteral("cancel");
    case RequestStep::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

QString RequestsClient::attachmentContentType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const AttachmentType &type : kAttachmentTypes) {
        if (suffix == QLatin1String(type.suffix))
            return QLatin1String(type.contentType);
    }
    return {};
}

QString RequestsClient::attachmentSuffix(const QString &contentType)
{
    for (const AttachmentType &type : kAttachmentTypes) {
        if (contentType == QLatin1String(type.contentType))
            return QLatin1Char('.') + QLatin1String(type.suffix);
    }
    return {};
}

void RequestsClient::list(const RequestQuery &query,
                          QObject *context,
                          Callback<QList<Request>> callback)
{
    // The first page says how many there are; the rest are asked for together.
    const int pageSize = m_pageSize;
    m_api->get(
        query.path(pageSize, 0), context,
        [this, query, context, pageSize, callback = std::move(callback)](const ApiResponse &first) {
            if (!first.ok()) {
                callback(ApiResult<QList<Request>>(*first.error));
                return;
            }
            const auto count = first.json.value(QStringLiteral("count")).toInteger();
            QList<Request> head =
                itemsOf<Request>(first.json.value(QStringLiteral("results")).toArray());
            if (count <= head.size()) {
                callback(ApiResult<QList<Request>>(std::move(head)));
                return;
            }
            const int pageCount = int((count + pageSize - 1) / pageSize);
            auto paged = std::make_shared<PagedList>();
            paged->pages.resize(pageCount);
            paged->pages[0] = std::move(head);
            paged->missing = pageCount - 1;
            for (int page = 1; page < pageCount; ++page) {
                m_api->get(query.path(pageSize, page * pageSize), context,
                           [paged, page, callback](const ApiResponse &r) {
                               if (paged->failed)
                                   return;
                               if (!r.ok()) {
                                   paged->failed = true;
                                   callback(ApiResult<QList<Request>>(*r.error));
                                   return;
                               }
                               paged->pages[page] = itemsOf<Request>(
                                   r.json.value(QStringLiteral("results")).toArray());
                               if (--paged->missing > 0)
                                   return;
                               QList<Request> all;
                               for (const QList<Request> &items : std::as_const(paged->pages))
                                   all.append(items);
                               callback(ApiResult<QList<Request>>(std::move(all)));
                           });
            }
        });
}

void RequestsClient::request(qint64 id, QObject *context, Callback<Request> callback)
{
    m_api->get(requestPath(id), context, [callback = std::move(callback)](const ApiResponse &r) {
        callback(ApiResult<Request>::fromResponse(
            r, [](const ApiResponse &ok) { return Request::fromJson(ok.json); }));
    });
}

void RequestsClient::file(const QString &kind,
                          const QJsonObject &details,
                          const QList<qint64> &mediaIds,
                          QObject *context,
                          Callback<Request> callback)
{
    QJsonArray media;
    for (const qint64 id : mediaIds)
        media.append(id);
    const QJsonObject body{{QStringLiteral("kind"), kind},
                           {QStringLiteral("details"), details},
                           {QStringLiteral("media_ids"), media}};
    m_api->post(QStringLiteral("/api/v1/requests"), body, context,
                [callback = std::move(callback)](const ApiResponse &r) {
                    callback(ApiResult<Request>::fromResponse(
                        r, [](const ApiResponse &ok) { return Request::fromJson(ok.json); }));
                });
}

void RequestsClient::takeStep(const Request &request,
                              RequestStep step,
                              const QString &comment,
                              QObject *context,
                              Callback<StepOutcome> callback)
{
    QJsonObject body{{QStringLiteral("expected_version"), request.version}};
    if (!comment.trimmed().isEmpty())
        body.insert(QStringLiteral("comment"), comment.trimmed());
    m_api->post(
        requestPath(request.id) + QLatin1Char('/') + stepName(step), body, context,
        [callback = std::move(callback)](const ApiResponse &r) {
            callback(ApiResult<StepOutcome>::fromResponse(r, [](const ApiResponse &ok) {
                StepOutcome outcome{Request::fromJson(ok.json), {}};
                const QJsonArray conflicts = ok.json.value(QStringLiteral("conflicts")).toArray();
                for (const QJsonValue &value : conflicts) {
                    const QJsonObject o = value.toObject();
                    outcome.conflicts.append(
                        {o.value(QStringLiteral("job_id")).toInteger(),
                         o.value(QStringLiteral("title")).toString(),
                         QDateTime::fromString(o.value(QStringLiteral("planned_start")).toString(),
                                               Qt::ISODateWithMs)});
                }
                return outcome;
            }));
        });
}

void RequestsClient::history(qint64 id,
                             QObject *context,
                             Callback<QList<RequestHistoryEntry>> callback)
{
    m_api->get(requestPath(id) + QStringLiteral("/history"), context,
               [callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<QList<RequestHistoryEntry>>::fromResponse(
                       r, [](const ApiResponse &ok) {
                           return itemsOf<RequestHistoryEntry>(
                               ok.json.value(QStringLiteral("results")).toArray());
                       }));
               });
}

void RequestsClient::comment(qint64 id,
                             const QString &text,
                             QObject *context,
                             Callback<client::Done> callback)
{
    m_api->post(requestPath(id) + QStringLiteral("/comments"),
                QJsonObject{{QStringLiteral("text"), text}}, context,
                [callback = std::move(callback)](const ApiResponse &r) {
                    callback(ApiResult<client::Done>::fromResponse(
                        r, [](const ApiResponse &) { return client::Done{}; }));
                });
}

void RequestsClient::catalogs(QObject *context, Callback<Catalogs> callback)
{
    // Two lists, one answer: the second call goes out when the first is in.
    m_api->get(QStringLiteral("/api/v1/tools?active=true&limit=500"), context,
               [this, context, callback = std::move(callback)](const ApiResponse &tools) {
                   if (!tools.ok()) {
                       callback(ApiResult<Catalogs>(*tools.error));
                       return;
                   }
                   Catalogs catalogs;
                   catalogs.tools =
                       itemsOf<Tool>(tools.json.value(QStringLiteral("results")).toArray());
                   m_api->get(QStringLiteral("/api/v1/clothing-items?active=true&limit=500"),
                              context, [catalogs, callback](const ApiResponse &clothing) mutable {
                                  if (!clothing.ok()) {
                                      callback(ApiResult<Catalogs>(*clothing.error));
                                      return;
                                  }
                                  catalogs.clothingItems = itemsOf<ClothingItem>(
                                      clothing.json.value(QStringLiteral("results")).toArray());
                                  callback(ApiResult<Catalogs>(std::move(catalogs)));
                              });
               });
}

void RequestsClient::upload(const QByteArray &bytes,
                            const QString &contentType,
                            QObject *context,
                            Callback<MediaInfo> callback)
{
    m_api->send(
        client::ApiRequest::upload(QStringLiteral("/api/v1/media"), bytes, contentType.toLatin1()),
        context, [callback = std::move(callback)](const ApiResponse &r) {
            callback(ApiResult<MediaInfo>::fromResponse(r, [](const ApiResponse &ok) {
                return MediaInfo{ok.json.value(QStringLiteral("id")).toInteger(),
                                 ok.json.value(QStringLiteral("sha256")).toString(),
                                 ok.json.value(QStringLiteral("size")).toInteger(),
                                 ok.json.value(QStringLiteral("content_type")).toString()};
            }));
        });
}

void RequestsClient::download(qint64 mediaId, QObject *context, Callback<MediaContent> callback)
{
    m_api->get(QStringLiteral("/api/v1/media/%1").arg(mediaId), context,
               [callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<MediaContent>::fromResponse(r, [](const ApiResponse &ok) {
                       return MediaContent{ok.bytes, QString::fromLatin1(ok.contentType)};
                   }));
               });
}

} // namespace fielddesk::requests
