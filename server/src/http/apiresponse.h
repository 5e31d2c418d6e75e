// What a handler answers: status, body and extra headers. The server adds the request id,
// content length and the rest.
#pragma once

#include "http/problem.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace fielddesk::server {

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static ApiResponse json(QByteArray body, int status = 200)
    {
        ApiResponse r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
    static ApiResponse created(QByteArray body) { return json(std::move(body), 201); }
    static ApiResponse noContent()
    {
        ApiResponse r;
        r.status = 204;
        r.contentType.clear();
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
