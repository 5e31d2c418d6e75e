// What a handler answers: status, body and extra headers. The server adds the request id,
// content length and the rest.
#pragma once

#include "http/problem.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <utility>

namespace fielddesk::server {

class DeferredAnswer;

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    // API answers are about data that changes: nobody keeps them unless a route says so.
    QByteArray cacheControl = "no-store";
    // Set: no answer yet, it comes through this later (the rest is unused).
    std::shared_ptr<DeferredAnswer> deferred;

    static ApiResponse json(QByteArray body, int status = 200)
    {
        ApiResponse r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
    static ApiResponse created(QByteArray body) { return json(std::move(body), 201); }
    // Bytes as they are (a stored file) with their media type.
    static ApiResponse bytes(QByteArray body, QByteArray contentType)
    {
        ApiResponse r;
        r.body = std::move(body);
        r.contentType = std::move(contentType);
        return r;
    }
    // The client's copy is still current (If-None-Match named it).
    static ApiResponse notModified()
    {
        ApiResponse r;
        r.status = 304;
        r.contentType.clear();
        return r;
    }
    static ApiResponse noContent()
    {
        ApiResponse r;
        r.status = 204;
        r.contentType.clear();
        return r;
    }
    // The answer comes later, when `answer` is finished: the worker is free meanwhile.
    static ApiResponse later(std::shared_ptr<DeferredAnswer> answer)
    {
        ApiResponse r;
        r.deferred = std::move(answer);
        return r;
    }
    static ApiResponse fromProblem(const Problem &problem)
    {
        ApiResponse r;
        r.status = problem.status;
        r.body = problem.toJson();
        r.contentType = "application/problem+json";
        r.headers = problem.headers;
        return r;
    }
};

} // namespace fielddesk::server
