// /message-deliveries: every outbound message (email, text message) with where its delivery
// stands, for managers and admins; resend. /messages/day-ahead: tomorrow's plans and reminders
// sent now, for whoever plans the location.
#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/dayaheadservice.h"
#include "services/messageservice.h"
#include "services/messagetemplateservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kDayAhead{
    .name = QStringLiteral("DayAheadSend"),
    .fields = {idField(QStringLiteral("location_id"), Nullable::No, true),
               {.name = QStringLiteral("date"),
                .type = FieldType::Date,
                .required = true,
                .description = QStringLiteral("YYYY-MM-DD in the location's time zone")}}};

const BodySchema kTemplateWords{
    .name = QStringLiteral("MessageTemplateWrite"),
    .fields = {{.name = QStringLiteral("subject"),
                .required = true,
                .minLength = 1,
                .maxLength = MessageTemplateService::kLongestSubject,
                .description = QStringLiteral("the email's subject, one line")},
               {.name = QStringLiteral("email_body"),
                .required = true,
                .minLength = 1,
                .maxLength = MessageTemplateService::kLongestEmail},
               {.name = QStringLiteral("sms_body"),
                .required = true,
                .minLength = 1,
                .maxLength = MessageTemplateService::kLongestSms}}};

QString pathText(const ApiRequest &r, const char *name)
{
    return r.pathParams.value(QLatin1String(name));
}

} // namespace

void registerMessageRoutes(Router &router, const Services &services)
{
    MessageService &messages = services.messages;
    const QString tag = QStringLiteral("Messages");
    router.add({"GET",
                QStringLiteral("/api/v1/message-deliveries"),
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&messages](const ApiRequest &r) {
                    return withListQuery(r, MessageRepository::listSpec(), [&](const ListQuery &q) {
                        return messages.list(r.caller(), q);
                    });
                },
                {QStringLiteral("Outbound messages, newest first: channel, recipient, template, "
                                "status (queued, sent, failed, given_up), attempts, last error"),
                 tag, nullptr, &MessageRepository::listSpec()}});
    router.add({"GET",
                QStringLiteral("/api/v1/message-deliveries/{id}"),
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&messages](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(messages.get(r.caller(), id)); });
                },
                {QStringLiteral("One outbound message"), tag}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/message-deliveries/{id}/resend"),
         Access::Authenticated,
         {Role::Admin, Role::Manager},
         [&messages](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return respond(messages.resend(callContext(r), id), 201);
             });
         },
         {QStringLiteral("Send a message again, as a new message"), tag, nullptr, nullptr, 201}});
    MessageTemplateService &templates = services.messageTemplates;
    const QString templatePath = QStringLiteral("/api/v1/message-templates/{name}/{language}");
    router.add({"GET",
                QStringLiteral("/api/v1/message-templates"),
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&templates](const ApiRequest &r) {
                    return withListQuery(
                        r, MessageTemplateService::listSpec(),
                        [&](const ListQuery &q) { return templates.list(r.caller(), q); });
                },
                {QStringLiteral("The words in force for every message template and language "
                                "(the company's own or FieldDesk's), their placeholders and a "
                                "preview"),
                 tag, nullptr, &MessageTemplateService::listSpec()}});
    router.add({"GET",
                templatePath,
                Access::Authenticated,
                {Role::Admin, Role::Manager},
                [&templates](const ApiRequest &r) {
                    return respond(
                        templates.get(r.caller(), pathText(r, "name"), pathText(r, "language")));
                },
                {QStringLiteral("One message template in one language"), tag}});
    router.add(
        {"PUT",
         templatePath,
         Access::Authenticated,
         {Role::Admin},
         [&templates](const ApiRequest &r) {
             return withBody(r, kTemplateWords, WriteMode::Create, [&](const QJsonObject &b) {
                 const BodyReader read(b);
                 return respond(templates.replace(callContext(r), pathText(r, "name"),
                                                  pathText(r, "language"),
                                                  {read.text("subject").value_or(QString()),
                                                   read.text("email_body").value_or(QString()),
                                                   read.text("sms_body").value_or(QString())}));
             });
         },
         {QStringLiteral("The company's own words for the template and language (only "
                         "its placeholders; audited)"),
          tag, &kTemplateWords}});
    router.add({"DELETE",
                templatePath,
                Access::Authenticated,
                {Role::Admin},
                [&templates](const ApiRequest &r) {
                    const Result<MessageTemplate> reset = templates.reset(
                        callContext(r), pathText(r, "name"), pathText(r, "language"));
                    return reset ? ApiResponse::noContent() : problemResponse(reset.failure());
                },
                {QStringLiteral("Back to FieldDesk's words for the template and language"), tag,
                 nullptr, nullptr, 204}});
    DayAheadService &dayAhead = services.dayAhead;
    router.add({"POST",
                QStringLiteral("/api/v1/messages/day-ahead"),
                Access::Authenticated,
                kDispatchRoles,
                [&dayAhead](const ApiRequest &r) {
                    return withBody(r, kDayAhead, WriteMode::Create, [&](const QJsonObject &b) {
                        const BodyReader read(b);
                        return respond(dayAhead.send(callContext(r),
                                                     read.integer("location_id").value_or(0),
                                                     read.date("date").value_or(QDate())));
                    });
                },
                {QStringLiteral("Send the location's plans for a day to its technicians and "
                                "reminders to its customers now (again: only what changed); "
                                "answers {plans, reminders} sent"),
                 tag, &kDayAhead}});
}

} // namespace fielddesk::server
