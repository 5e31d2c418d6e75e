// The requests API for the console: lists (every page of a filter), one request, filing a
// new one, the workflow's steps, history and comments, the catalogs employees ask from, and
// attachments (upload and download). Answers come as typed values (client::ApiResult).
// Part of fielddesk_requests: QtNetwork and fielddesk_client; no widgets.
#pragma once

#include "fielddesk/client/apiresult.h"
#include "fielddesk/client/mediaclient.h"
#include "fielddesk/domain/requests.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::requests {

// Which requests a list asks for (the server's filters).
struct RequestQuery
{
    QStringList kinds;    // empty: every kind
    QStringList statuses; // empty: every status
    bool awaitingMe = false;
    std::optional<qint64> requesterId;
    std::optional<qint64> locationId;
    QString search;

    QString path(int limit, int offset) const;
};

// The workflow's steps a user can take (POST /requests/{id}/<step>).
enum class RequestStep { Approve, Reject, Fulfil, Cancel, Revoke };

// A job already assigned inside an approved time off.
struct TimeOffConflict
{
    qint64 jobId = 0;
    QString title;
    QDateTime plannedStart;
};

// The request after a step, and for an approved time off the jobs it collides with.
struct StepOutcome
{
    Request request;
    QList<TimeOffConflict> conflicts;
};

// An uploaded attachment as the server describes it, and a downloaded one.
using MediaInfo = Media;
using MediaContent = client::MediaContent;

struct Catalogs
{
    QList<Tool> tools;
    QList<ClothingItem> clothingItems;
};

class RequestsClient : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const client::ApiResult<T> &)>;

    // The largest page the server gives for requests; lists ask for pages this size.
    static constexpr int kPageSize = 5000;

    explicit RequestsClient(client::ApiClient *api, QObject *parent = nullptr);

    client::ApiClient *api() const { return m_api; }
    // Smaller pages (tests walk many pages over few requests).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Every request matching the query, in the server's order (newest first).
    void list(const RequestQuery &query, QObject *context, Callback<QList<Request>> callback);
    void request(qint64 id, QObject *context, Callback<Request> callback);
    void file(const QString &kind,
              const QJsonObject &details,
              const QList<qint64> &mediaIds,
              QObject *context,
              Callback<Request> callback);
    void takeStep(const Request &request,
                  RequestStep step,
                  const QString &comment,
                  QObject *context,
                  Callback<StepOutcome> callback);
    void history(qint64 id, QObject *context, Callback<QList<RequestHistoryEntry>> callback);
    void comment(qint64 id, const QString &text, QObject *context, Callback<client::Done> callback);

    // The active tools and clothing items, both lists.
    void catalogs(QObject *context, Callback<Catalogs> callback);

    void upload(const QByteArray &bytes,
                const QString &contentType,
                QObject *context,
                Callback<MediaInfo> callback);
    void download(qint64 mediaId, QObject *context, Callback<MediaContent> callback);

    static QString stepName(RequestStep step); // "approve", "reject", …
    // The Content-Type an attachment file is sent with; empty when FieldDesk does not take it.
    static QString attachmentContentType(const QString &fileName);
    // What a file of that Content-Type is named with (".jpg"); empty when FieldDesk does not
    // take it.
    static QString attachmentSuffix(const QString &contentType);

private:
    client::ApiClient *m_api;
    client::MediaClient m_media;
    int m_pageSize = kPageSize;
};

} // namespace fielddesk::requests
