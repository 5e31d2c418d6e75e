// The routes every kind of entry filed for a decision shares beside its own (expenses,
// spiffs): POST /<base>/{id}/<step> for each step of its workflow with {expected_version?,
// comment?}, GET /<base>/{id}/history and POST /<base>/{id}/comments {text}.
#pragma once

#include "http/bodyreader.h"
#include "http/router.h"
#include "repositories/historyrepository.h"
#include "routes/routesupport.h"
#include "services/approvalrules.h"

namespace fielddesk::server {

struct ApprovalRouteSpec
{
    QString base;           // "/api/v1/expenses"
    QString tag;            // "Expenses"
    QString noun;           // "expense"
    const char *historyKey; // "expense_id"
    QStringList steps;      // "approve", "reject", …
    const BodySchema *decisionSchema;
    const BodySchema *commentSchema;
};

// decide(call, id, decision) -> Result<T>; history(caller, id) ->
// Result<QList<RequestHistoryEntry>>; comment(call, id, text) -> Result<RequestHistoryEntry>.
template<typename Decide, typename History, typename Comment>
void addApprovalRoutes(
    Router &router, const ApprovalRouteSpec &spec, Decide decide, History history, Comment comment)
{
    for (const QString &step : spec.steps) {
        router.add({"POST",
                    spec.base + QStringLiteral("/{id}/") + step,
                    Access::Authenticated,
                    {},
                    [spec, step, decide](const ApiRequest &r) {
                        return withId(r, "id", [&](qint64 id) {
                            const QByteArray body =
                                r.body.trimmed().isEmpty() ? QByteArray("{}") : r.body;
                            const Result<QJsonObject> b =
                                validateBody(body, *spec.decisionSchema, WriteMode::Create);
                            if (!b)
                                return problemResponse(b.failure());
                            const BodyReader read(*b);
                            return respond(decide(
                                callContext(r), id,
                                ApprovalDecision{step, read.integer("expected_version"),
                                                 read.trimmedText("comment").value_or(QString())}));
                        });
                    },
                    {QStringLiteral("Take the %1's \"%2\" step (409 names the allowed ones)")
                         .arg(spec.noun, step),
                     spec.tag, spec.decisionSchema}});
    }
    router.add({"GET",
                spec.base + QStringLiteral("/{id}/history"),
                Access::Authenticated,
                {},
                [spec, history](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        const Result<QList<RequestHistoryEntry>> entries = history(r.caller(), id);
                        if (!entries)
                            return problemResponse(entries.failure());
                        JsonWriter w(256 + entries->size() * 256);
                        w.beginObject().key("results").beginArray();
                        for (const RequestHistoryEntry &entry : *entries)
                            writeHistoryEntry(w, entry, spec.historyKey);
                        w.endArray().endObject();
                        return ApiResponse::json(w.take());
                    });
                },
                {QStringLiteral("Every step and comment of the %1, oldest first").arg(spec.noun),
                 spec.tag}});
    router.add({"POST",
                spec.base + QStringLiteral("/{id}/comments"),
                Access::Authenticated,
                {},
                [spec, comment](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(
                            r, *spec.commentSchema, WriteMode::Create, [&](const QJsonObject &b) {
                                const Result<RequestHistoryEntry> entry =
                                    comment(callContext(r), id,
                                            BodyReader(b).trimmedText("text").value_or(QString()));
                                if (!entry)
                                    return problemResponse(entry.failure());
                                JsonWriter w(256);
                                writeHistoryEntry(w, *entry, spec.historyKey);
                                return ApiResponse::json(w.take(), 201);
                            });
                    });
                },
                {QStringLiteral("Comment on the %1").arg(spec.noun), spec.tag, spec.commentSchema,
                 nullptr, 201}});
}

} // namespace fielddesk::server
