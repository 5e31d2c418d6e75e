// Every page of one of the API's lists ({count, results}) as one typed list: the first page
// says how many there are, the others are asked for together and put back in order. What
// feature clients (requests, expenses, reports...) use instead of walking pages themselves.
// Part of fielddesk_client: QtCore and QtNetwork.
#pragma once

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apiresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

namespace fielddesk::client {

template<class T>
using ItemReader = std::function<T(const QJsonObject &)>;

// The items of a list's `results`, each read by `read` (T::fromJson unless said otherwise).
template<class T>
QList<T> itemsOf(const QJsonArray &array, const ItemReader<T> &read)
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array)
        items.append(read(value.toObject()));
    return items;
}

template<class T>
QList<T> itemsOf(const QJsonArray &array)
{
    return itemsOf<T>(array, [](const QJsonObject &o) { return T::fromJson(o); });
}

template<class T>
QList<T> resultsOf(const ApiResponse &response, const ItemReader<T> &read)
{
    return itemsOf<T>(response.json.value(QStringLiteral("results")).toArray(), read);
}

// An answer handler that hands `callback` the response's `results` read as T (T::fromJson), or
// its error: for a call whose one answer holds every item (no paged list), as readingRecord
// is for one record.
template<class T>
std::function<void(const ApiResponse &)>
readingResults(std::function<void(const ApiResult<QList<T>> &)> callback)
{
    return [callback = std::move(callback)](const ApiResponse &response) {
        callback(ApiResult<QList<T>>::fromResponse(response, [](const ApiResponse &ok) {
            return resultsOf<T>(ok, [](const QJsonObject &o) { return T::fromJson(o); });
        }));
    };
}

// The path of one page of the list: limit and offset.
using PagePath = std::function<QString(int limit, int offset)>;

template<class T>
void listEveryPage(ApiClient *api,
                   PagePath pagePath,
                   int pageSize,
                   QObject *context,
                   ItemReader<T> read,
                   std::function<void(const ApiResult<QList<T>> &)> callback)
{
    using Result = ApiResult<QList<T>>;
    api->get(pagePath(pageSize, 0), context,
             [api, pagePath, pageSize, context, read,
              callback = std::move(callback)](const ApiResponse &first) {
                 if (!first.ok()) {
                     callback(Result(*first.error));
                     return;
                 }
                 const auto count = first.json.value(QStringLiteral("count")).toInteger();
                 QList<T> head = resultsOf<T>(first, read);
                 if (count <= head.size()) {
                     callback(Result(std::move(head)));
                     return;
                 }
                 // The pages as they arrive, in any order; done when every one is in.
                 struct Pages
                 {
                     QList<QList<T>> pages;
                     int missing = 0;
                     bool failed = false;
                 };
                 const int pageCount = int((count + pageSize - 1) / pageSize);
                 auto paged = std::make_shared<Pages>();
                 paged->pages.resize(pageCount);
                 paged->pages[0] = std::move(head);
                 paged->missing = pageCount - 1;
                 for (int page = 1; page < pageCount; ++page) {
                     api->get(pagePath(pageSize, page * pageSize), context,
                              [paged, page, read, callback](const ApiResponse &r) {
                                  if (paged->failed)
                                      return;
                                  if (!r.ok()) {
                                      paged->failed = true;
                                      callback(Result(*r.error));
                                      return;
                                  }
                                  paged->pages[page] = resultsOf<T>(r, read);
                                  if (--paged->missing > 0)
                                      return;
                                  QList<T> all;
                                  for (const QList<T> &items : std::as_const(paged->pages))
                                      all.append(items);
                                  callback(Result(std::move(all)));
                              });
                 }
             });
}

template<class T>
void listEveryPage(ApiClient *api,
                   PagePath pagePath,
                   int pageSize,
                   QObject *context,
                   std::function<void(const ApiResult<QList<T>> &)> callback)
{
    listEveryPage<T>(
        api, std::move(pagePath), pageSize, context,
        [](const QJsonObject &o) { return T::fromJson(o); }, std::move(callback));
}

} // namespace fielddesk::client
