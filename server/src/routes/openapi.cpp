#include "routes/openapi.h"

#include "http/bodyschema.h"
#include "http/listquery.h"
#include "http/problem.h"
#include "routes/operationid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

#include <mutex>

namespace fielddesk::server {

namespace {

QJsonObject fieldSchema(const FieldSpec &field)
{
    QJsonObject schema;
    switch (field.type) {
    case FieldType::String:
        schema[QLatin1String("type")] = QStringLiteral("string");
        break;
    case FieldType::Email:
        schema[QLatin1String("type")] = QStringLiteral("string");
        schema[QLatin1String("format")] = QStringLiteral("email");
        break;
    case FieldType::Timestamp:
        schema[QLatin1String("type")] = QStringLiteral("string");
        schema[QLatin1String("format")] = QStringLiteral("date-time");
        break;
    case FieldType::Enum:
        schema[QLatin1String("type")] = QStringLiteral("string");
        schema[QLatin1String("enum")] = QJsonArray::fromStringList(field.enumValues);
        break;
    case FieldType::Integer:
        schema[QLatin1String("type")] = QStringLiteral("integer");
        break;
    case FieldType::Number:
        schema[QLatin1String("type")] = QStringLiteral("number");
        break;
    case FieldType::Boolean:
        schema[QLatin1String("type")] = QStringLiteral("boolean");
        break;
    case FieldType::IdList:
        schema[QLatin1String("type")] = QStringLiteral("array");
        schema[QLatin1String("items")] =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}};
        break;
    case FieldType::Object:
        schema[QLatin1String("type")] = QStringLiteral("object");
        break;
    case FieldType::StringList:
    case FieldType::IntegerList:
    case FieldType::ObjectList: {
        const char *itemType = field.type == FieldType::StringList    ? "string"
                               : field.type == FieldType::IntegerList ? "integer"
                                                                      : "object";
        schema[QLatin1String("type")] = QStringLiteral("array");
        schema[QLatin1String("items")] =
            QJsonObject{{QStringLiteral("type"), QString::fromLatin1(itemType)}};
        break;
    }
    case FieldType::LocalTime:
        schema[QLatin1String("type")] = QStringLiteral("string");
        schema[QLatin1String("pattern")] = QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$");
        break;
    case FieldType::Date:
        schema[QLatin1String("type")] = QStringLiteral("string");
        schema[QLatin1String("format")] = QStringLiteral("date");
        break;
    case FieldType::Phone:
        schema[QLatin1String("type")] = QStringLiteral("string");
        schema[QLatin1String("pattern")] = QStringLiteral("^\\+?[0-9 ()./-]+$");
        break;
    }
    if (field.type == FieldType::Integer || field.type == FieldType::Number) {
        if (field.minimum > std::numeric_limits<double>::lowest())
            schema[QLatin1String("minimum")] = field.minimum;
        if (field.maximum < std::numeric_limits<double>::max())
            schema[QLatin1String("maximum")] = field.maximum;
    }
    if (field.minLength > 0)
        schema[QLatin1String("minLength")] = field.minLength;
    if (field.maxLength > 0)
        schema[QLatin1String("maxLength")] = field.maxLength;
    if (field.nullable)
        schema[QLatin1String("nullable")] = true;
    if (!field.description.isEmpty())
        schema[QLatin1String("description")] = field.description;
    return schema;
}

QJsonObject bodySchema(const BodySchema &body)
{
    QJsonObject properties;
    QJsonArray required;
    for (const FieldSpec &field : body.fields) {
        properties[field.name] = fieldSchema(field);
        if (field.required)
            required.append(field.name);
    }
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("additionalProperties"), false},
                       {QStringLiteral("properties"), properties}};
    if (!required.isEmpty()) {
        schema[QLatin1String("required")] = required;
        schema[QLatin1String("description")] =
            QStringLiteral("Required fields apply on create; PATCH accepts any subset.");
    }
    return schema;
}

QJsonObject
parameter(const QString &name, const QString &in, const QString &type, const QString &description)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("in"), in},
            {QStringLiteral("required"), in == QLatin1String("path")},
            {QStringLiteral("description"), description},
            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), type}}}};
}

QJsonArray listParameters(const ListSpec &spec)
{
    QStringList orderable;
    for (const OrderingSpec &o : spec.orderable)
        orderable << o.name;
    QJsonArray parameters{
        parameter(QStringLiteral("limit"), QStringLiteral("query"), QStringLiteral("integer"),
                  QStringLiteral("Page size, 1 to 500 (default 50)")),
        parameter(QStringLiteral("offset"), QStringLiteral("query"), QStringLiteral("integer"),
                  QStringLiteral("Rows to skip")),
        parameter(QStringLiteral("ordering"), QStringLiteral("query"), QStringLiteral("string"),
                  QStringLiteral("Comma list of %1; '-' for descending (default %2)")
                      .arg(orderable.join(QStringLiteral(", ")), spec.defaultOrdering)),
    };
    if (!spec.searchColumns.isEmpty()) {
        parameters.append(parameter(QStringLiteral("search"), QStringLiteral("query"),
                                    QStringLiteral("string"),
                                    QStringLiteral("Case-insensitive text search")));
    }
    for (const FilterSpec &filter : spec.filters) {
        const QString type = filter.type == FilterType::Integer   ? QStringLiteral("integer")
                             : filter.type == FilterType::Boolean ? QStringLiteral("boolean")
                                                                  : QStringLiteral("string");
        parameters.append(parameter(
            filter.name, QStringLiteral("query"), filter.multi ? QStringLiteral("string") : type,
            filter.multi ? QStringLiteral("Exact match; several values as a comma list")
                         : QStringLiteral("Exact match")));
    }
    for (const QString &extra : spec.extraParameters)
        parameters.append(
            parameter(extra, QStringLiteral("query"), QStringLiteral("string"), QString()));
    return parameters;
}

// A problem answer, its example written by the code that writes the real ones.
QJsonObject problemResponse(const QString &description, const Problem &example)
{
    return {
        {QStringLiteral("description"), description},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("application/problem+json"),
                      QJsonObject{{QStringLiteral("schema"),
                                   QJsonObject{{QStringLiteral("$ref"),
                                                QStringLiteral("#/components/schemas/Failure")}}},
                                  {QStringLiteral("example"),
                                   QJsonDocument::fromJson(example.toJson()).object()}}}}}};
}

QJsonObject problemResponse(const QString &description, const Failure &example)
{
    return problemResponse(description, Problem::from(example));
}

// A value the field accepts, for the request body's example.
QJsonValue exampleValue(const FieldSpec &field)
{
    const auto inRange = [&field](double value) {
        return std::clamp(value, field.minimum, field.maximum);
    };
    switch (field.type) {
    case FieldType::String: {
        QString text = QStringLiteral("Example %1").arg(field.name);
        if (text.size() < field.minLength)
            text += QString(field.minLength - text.size(), QLatin1Char('x'));
        return field.maxLength > 0 ? text.left(field.maxLength) : text;
    }
    case FieldType::Email:
        return QStringLiteral("someone@example.com");
    case FieldType::Timestamp:
        return QStringLiteral("2026-12-01T08:00:00Z");
    case FieldType::Enum:
        return field.enumValues.value(0);
    case FieldType::Integer:
        return qint64(inRange(1));
    case FieldType::Number:
        return inRange(1.5);
    case FieldType::Boolean:
        return true;
    case FieldType::IdList:
    case FieldType::IntegerList:
        return QJsonArray{1};
    case FieldType::StringList:
        return QJsonArray{QStringLiteral("example")};
    case FieldType::Object:
        return QJsonObject();
    case FieldType::ObjectList:
        return QJsonArray();
    case FieldType::LocalTime:
        return QStringLiteral("08:00");
    case FieldType::Date:
        return QStringLiteral("2026-12-07");
    case FieldType::Phone:
        return QStringLiteral("+1 303 555 0100");
    }
    return QJsonValue();
}

} // namespace

QJsonObject exampleBody(const BodySchema &body)
{
    QJsonObject example;
    for (const FieldSpec &field : body.fields) {
        if (field.required)
            example[field.name] = exampleValue(field);
    }
    if (example.isEmpty() && !body.fields.isEmpty()) // an update: one field is enough
        example[body.fields.first().name] = exampleValue(body.fields.first());
    return example;
}

namespace {

QJsonObject problemSchema()
{
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    return {
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("type"), string},
             {QStringLiteral("title"), string},
             {QStringLiteral("status"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
             {QStringLiteral("detail"), string},
             {QStringLiteral("errors"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                          {QStringLiteral("items"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                       {QStringLiteral("properties"),
                                        QJsonObject{{QStringLiteral("field"), string},
                                                    {QStringLiteral("message"), string}}}}}}}}}};
}

// The tenant roles not in `roles`, for an example of a refusal.
QStringList notAmong(const QStringList &roles)
{
    QStringList others;
    for (const QString &role : tenantRoleNames()) {
        if (!roles.contains(role))
            others << role;
    }
    return others;
}

// "1 MiB", "10 MiB", else bytes.
QString sizeText(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    return bytes % kMiB == 0 ? QStringLiteral("%1 MiB").arg(bytes / kMiB)
                             : QStringLiteral("%1 bytes").arg(bytes);
}

// An upload's body: the bytes themselves, of one of the route's media types.
QJsonObject rawRequestBody(const BodyRule &rule)
{
    QJsonObject content;
    for (const QByteArray &type : rule.rawTypes) {
        content[QString::fromLatin1(type)] =
            QJsonObject{{QStringLiteral("schema"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("format"), QStringLiteral("binary")}}}};
    }
    return {{QStringLiteral("required"), true}, {QStringLiteral("content"), content}};
}

QJsonObject operation(const Route &route, QJsonObject &schemas)
{
    QJsonObject op{{QStringLiteral("summary"), route.doc.summary},
                   {QStringLiteral("operationId"), operationIdOf(route.method, route.pattern)}};
    if (!route.doc.tag.isEmpty())
        op[QLatin1String("tags")] = QJsonArray{route.doc.tag};
    QStringList roles;
    for (const Role role : route.roles)
        roles << roleName(role);
    if (route.access != Access::Public) {
        QJsonArray security{QJsonObject{{QStringLiteral("bearer"), QJsonArray()}}};
        if (route.access == Access::AuthenticatedOrCustomerKey)
            security.append(QJsonObject{{QStringLiteral("customerApiKey"), QJsonArray()}});
        if (route.access == Access::AuthenticatedOrFleetKey)
            security.append(QJsonObject{{QStringLiteral("fleetTrackerApiKey"), QJsonArray()}});
        op[QLatin1String("security")] = security;
        op[QLatin1String("description")] =
            (roles.isEmpty() ? QStringLiteral("Any signed-in role of a tenant.")
                             : QStringLiteral("Roles: %1.").arg(roles.join(QStringLiteral(", ")))) +
            (roles.isEmpty() && route.openToOperators() ? QStringLiteral(" Operators too.")
                                                        : QString()) +
            (route.openToOperators() ? QString()
                                     : QStringLiteral(" An operator gets 404: no tenant's data "
                                                      "exists for them.")) +
            (route.openBeforePasswordChange()
                 ? QStringLiteral(" Open to a user who must change their password.")
                 : QString()) +
            (route.access == Access::AuthenticatedOrCustomerKey
                 ? QStringLiteral(" Also a customer's API key (X-API-Key), for its own jobs.")
                 : QString()) +
            (route.access == Access::AuthenticatedOrFleetKey
                 ? QStringLiteral(" Also the fleet tracker's API key (X-API-Key), for its "
                                  "location's technicians.")
                 : QString());
    } else {
        op[QLatin1String("security")] = QJsonArray();
    }

    QJsonArray parameters;
    for (const QString &segment : route.segments) {
        if (!segment.startsWith(QLatin1Char('{')))
            continue;
        // Path parameters are ids, but for a request id: the client chose it (X-Request-Id).
        const QString name = segment.mid(1, segment.size() - 2);
        const bool requestId = name == QLatin1String("request_id");
        parameters.append(parameter(
            name, QStringLiteral("path"),
            requestId ? QStringLiteral("string") : QStringLiteral("integer"),
            requestId ? QStringLiteral("The X-Request-Id the request was sent with") : QString()));
    }
    if (route.doc.list) {
        for (const QJsonValue &p : listParameters(*route.doc.list))
            parameters.append(p);
    }
    for (const QueryParameter &p : route.doc.query)
        parameters.append(parameter(p.name, QStringLiteral("query"), p.type, p.description));
    if (!parameters.isEmpty())
        op[QLatin1String("parameters")] = parameters;

    if (route.doc.requestBody) {
        schemas[route.doc.requestBody->name] = bodySchema(*route.doc.requestBody);
        op[QLatin1String("requestBody")] = QJsonObject{
            {QStringLiteral("required"), true},
            {QStringLiteral("content"),
             QJsonObject{
                 {QStringLiteral("application/json"),
                  QJsonObject{{QStringLiteral("schema"),
                               QJsonObject{{QStringLiteral("$ref"),
                                            QStringLiteral("#/components/schemas/") +
                                                route.doc.requestBody->name}}},
                              {QStringLiteral("example"), exampleBody(*route.doc.requestBody)}}}}}};
    }

    QJsonObject responses;
    responses[QString::number(route.doc.successStatus)] = QJsonObject{
        {QStringLiteral("description"),
         route.doc.successStatus == 204 ? QStringLiteral("Done") : QStringLiteral("Success")}};
    // The examples are what the server answers: the same checks write them here.
    if (route.doc.requestBody) {
        const BodySchema &schema = *route.doc.requestBody;
        responses[QStringLiteral("400")] =
            problemResponse(QStringLiteral("Malformed JSON, or a body that is not an object"),
                            validateBody("{\"name\": ", schema, WriteMode::Update).failure());
        responses[QStringLiteral("422")] = problemResponse(
            QStringLiteral("Invalid, missing or unknown fields, each named in errors"),
            validateBody("{\"no_such_field\": 1}", schema, WriteMode::Update).failure());
    }
    if (route.body.isRaw()) {
        op[QLatin1String("requestBody")] = rawRequestBody(route.body);
        responses[QStringLiteral("400")] =
            problemResponse(QStringLiteral("Empty body"),
                            Failure::badRequest(QStringLiteral("The body is empty.")));
    }
    if (route.doc.requestBody || route.body.isRaw())
        responses[QStringLiteral("415")] =
            problemResponse(QStringLiteral("A body of a type the resource does not take"),
                            Failure::unsupportedMediaType(route.body.expectation()));
    // Every route refuses a body over its limit before anything else is read.
    responses[QStringLiteral("413")] =
        problemResponse(QStringLiteral("Body over ") + sizeText(route.body.maxBytes),
                        Problem::payloadTooLarge(route.body.maxBytes));
    if (route.doc.list) {
        QUrlQuery unknown;
        unknown.addQueryItem(QStringLiteral("no_such_parameter"), QStringLiteral("1"));
        responses[QStringLiteral("422")] =
            problemResponse(QStringLiteral("Unknown or malformed query parameter"),
                            parseListQuery(unknown, *route.doc.list).failure());
    }
    if (route.access != Access::Public) {
        responses[QStringLiteral("401")] =
            problemResponse(QStringLiteral("Missing, invalid or expired token"),
                            Problem::unauthorized(QStringLiteral(
                                "Send an access token: Authorization: Bearer <token>.")));
        QStringList refusals{
            QStringLiteral("the caller's company is suspended (/problems/tenant-suspended)")};
        Failure refusal = Failure::tenantSuspended();
        if (!roles.isEmpty()) {
            refusals.prepend(QStringLiteral("the caller's role may not do this"));
            const QStringList others = notAmong(roles);
            refusal = Failure::forbidden(QStringLiteral("The %1 role may not do this.")
                                             .arg(others.value(0, QStringLiteral("employee"))));
        }
        if (!route.openBeforePasswordChange())
            refusals << QStringLiteral("the caller must change their password first "
                                       "(/problems/password-change-required)");
        refusals.first()[0] = refusals.first().at(0).toUpper();
        responses[QStringLiteral("403")] =
            problemResponse(refusals.join(QStringLiteral("; or ")), refusal);
    }
    const Problem noSuchResource =
        Problem::notFound(QStringLiteral("No resource at %1.").arg(route.pattern));
    if (route.pattern.contains(QLatin1Char('{')))
        responses[QStringLiteral("404")] =
            problemResponse(QStringLiteral("No such object in the caller's scope"), noSuchResource);
    else if (route.access != Access::Public && !route.openToOperators())
        responses[QStringLiteral("404")] =
            problemResponse(QStringLiteral("The caller is an operator"), noSuchResource);
    op[QLatin1String("responses")] = responses;
    return op;
}

} // namespace

QJsonObject buildOpenApiDocument(const Router &router)
{
    QJsonObject paths;
    QJsonObject schemas{{QStringLiteral("Failure"), problemSchema()}};
    for (const Route &route : router.routes()) {
        QJsonObject item = paths.value(route.pattern).toObject();
        item[QString::fromLatin1(route.method).toLower()] = operation(route, schemas);
        paths[route.pattern] = item;
    }
    // Customers' systems and the fleet tracker send their keys the same way.
    const QJsonObject apiKeyScheme{{QStringLiteral("type"), QStringLiteral("apiKey")},
                                   {QStringLiteral("in"), QStringLiteral("header")},
                                   {QStringLiteral("name"), QStringLiteral("X-API-Key")}};
    return {
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("FieldDesk API")},
                     {QStringLiteral("description"),
                      QStringLiteral("Dispatch, requests, expenses and fleet of a field-service "
                                     "company. Errors are RFC 9457 problem details "
                                     "(application/problem+json); times are ISO 8601 UTC.")},
                     {QStringLiteral("license"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Proprietary")}}},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion().isEmpty()
                                                     ? QStringLiteral("1")
                                                     : QCoreApplication::applicationVersion()}}},
        // Paths are absolute ("/api/v1/jobs"): a client prefixes the address it reached us at.
        {QStringLiteral("servers"),
         QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/")},
                                {QStringLiteral("description"),
                                 QStringLiteral("The server that serves this document")}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"),
         QJsonObject{
             {QStringLiteral("schemas"), schemas},
             {QStringLiteral("securitySchemes"),
              QJsonObject{{QStringLiteral("bearer"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                       {QStringLiteral("scheme"), QStringLiteral("bearer")},
                                       {QStringLiteral("bearerFormat"), QStringLiteral("JWT")}}},
                          {QStringLiteral("customerApiKey"), apiKeyScheme},
                          {QStringLiteral("fleetTrackerApiKey"), apiKeyScheme}}}}}};
}

void registerOpenApiRoute(Router &router)
{
    const Router *table = &router;
    router.add(
        {"GET",
         QStringLiteral("/api/v1/openapi.json"),
         Access::Public,
         {},
         [table](const ApiRequest &) {
             // Built once, on first use, when every route is in the table.
             static std::once_flag once;
             static QByteArray document;
             std::call_once(once, [table] {
                 document =
                     QJsonDocument(buildOpenApiDocument(*table)).toJson(QJsonDocument::Compact);
             });
             return ApiResponse::json(document);
         },
         {QStringLiteral("This OpenAPI document"), QStringLiteral("System")}});
}

} // namespace fielddesk::server
