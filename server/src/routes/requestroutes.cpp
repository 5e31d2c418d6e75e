// /tools, /clothing-items and /requests: the catalogs employees ask from and the one request
// resource with its workflow (approve, reject, fulfil, cancel, revoke), history and comments.
#include "http/bodyreader.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/requestservice.h"
#include "services/supplycatalogservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kCatalogWriters{Role::Admin, Role::Manager};
constexpr int kMaxClothingLines = 20;

const BodySchema kTool{
    .name = QStringLiteral("ToolWrite"),
    .fields = {{.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
               {.name = QStringLiteral("code"), .required = true, .minLength = 1, .maxLength = 64},
               idField(QStringLiteral("location_id"), Nullable::Yes),
               {.name = QStringLiteral("active"), .type = FieldType::Boolean}}};

const BodySchema kClothingItem{
    .name = QStringLiteral("ClothingItemWrite"),
    .fields = {{.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
               {.name = QStringLiteral("sizes"),
                .type = FieldType::StringList,
                .required = true,
                .minLength = 1,
                .maxLength = 30,
                .description = QStringLiteral("e.g. [\"S\", \"M\", \"L\"]")},
               {.name = QStringLiteral("active"), .type = FieldType::Boolean}}};

const BodySchema kRequest{
    .name = QStringLiteral("RequestCreate"),
    .fields = {{.name = QStringLiteral("kind"),
                .type = FieldType::Enum,
                .required = true,
                .enumValues = allRequestKinds()},
               idField(QStringLiteral("location_id")),
               {.name = QStringLiteral("details"),
                .type = FieldType::Object,
                .required = true,
                .description = QStringLiteral("checked per kind (see the kinds' schemas)")},
               {.name = QStringLiteral("media_ids"), .type = FieldType::IdList, .maxLength = 20}}};

FieldSpec text(const char *name, int maxLength, bool required = true)
{
    return {.name = QLatin1String(name),
            .required = required,
            .minLength = required ? 1 : 0,
            .maxLength = maxLength};
}

FieldSpec choice(const char *name, QStringList values)
{
    return {.name = QLatin1String(name),
            .type = FieldType::Enum,
            .required = true,
            .enumValues = std::move(values)};
}

// The details each kind of request carries.
const QHash<QString, BodySchema> &detailSchemas()
{
    static const QHash<QString, BodySchema> schemas{
        {QStringLiteral("tool"),
         {.name = QStringLiteral("ToolRequestDetails"),
          .fields = {idField(QStringLiteral("tool_id"), Nullable::No, true),
                     {.name = QStringLiteral("quantity"),
                      .type = FieldType::Integer,
                      .required = true,
                      .minimum = 1,
                      .maximum = 1000},
                     {.name = QStringLiteral("needed_by"),
                      .required = true,
                      .minLength = 10,
                      .maxLength = 10,
                      .description = QStringLiteral("YYYY-MM-DD")},
                     text("reason", 2000)}}},
        {QStringLiteral("clothing"),
         {.name = QStringLiteral("ClothingRequestDetails"),
          .fields = {{.name = QStringLiteral("items"),
                      .type = FieldType::ObjectList,
                      .required = true,
                      .minLength = 1,
                      .maxLength = kMaxClothingLines,
                      .description =
                          QStringLiteral("[{clothing_item_id, size, quantity}], 1 to 20")}}}},
        {QStringLiteral("time_off"),
         {.name = QStringLiteral("TimeOffRequestDetails"),
          .fields =
              {{.name = QStringLiteral("starts_at"),
                .type = FieldType::Timestamp,
                .required = true},
               {.name = QStringLiteral("ends_at"), .type = FieldType::Timestamp, .required = true},
               choice("type", {QStringLiteral("vacation"), QStringLiteral("sick"),
                               QStringLiteral("personal"), QStringLiteral("unpaid")}),
               text("note", 2000, false)}}},
        {QStringLiteral("repair"),
         {.name = QStringLiteral("RepairRequestDetails"),
          .fields = {text("subject", 200), text("description", 4000),
                     choice("severity", {QStringLiteral("low"), QStringLiteral("medium"),
                                         QStringLiteral("high"), QStringLiteral("critical")}),
                     idField(QStringLiteral("vehicle_id"))}}},
        {QStringLiteral("suggestion"),
         {.name = QStringLiteral("SuggestionDetails"),
          .fields = {text("title", 200), text("text", 4000)}}},
        {QStringLiteral("referral"),
         {.name = QStringLiteral("ReferralDetails"),
          .fields = {text("partner_name", 200),
                     text("contact_name", 200),
                     text("contact_phone", 50, false),
                     {.name = QStringLiteral("contact_email"), .type = FieldType::Email},
                     idField(QStringLiteral("customer_id")),
                     text("notes", 4000)}}},
    };
    return schemas;
}

const BodySchema kClothingLine{
    .name = QStringLiteral("ClothingLine"),
    .fields = {idField(QStringLiteral("clothing_item_id"), Nullable::No, true),
               {.name = QStringLiteral("size"), .required = true, .minLength = 1, .maxLength = 20},
               {.name = QStringLiteral("quantity"),
                .type = FieldType::Integer,
                .required = true,
                .minimum = 1,
                .maximum = 100}}};

const BodySchema kDecision{.name = QStringLiteral("RequestDecision"),
                           .fields = {idField(QStringLiteral("expected_version")),
                                      {.name = QStringLiteral("comment"), .maxLength = 2000}}};

const BodySchema kComment{
    .name = QStringLiteral("RequestComment"),
    .fields = {
        {.name = QStringLiteral("text"), .required = true, .minLength = 1, .maxLength = 4000}}};

// The details a kind's schema has passed; texts as sent, since they are stored as sent.
RequestDetails requestDetails(const QJsonObject &details)
{
    const BodyReader read(details);
    return {.toolId = read.integer("tool_id"),
            .quantity = read.smallInteger("quantity"),
            .neededBy = read.text("needed_by"),
            .reason = read.text("reason"),
            .startsAt = read.text("starts_at"),
            .endsAt = read.text("ends_at"),
            .type = read.text("type"),
            .note = read.text("note"),
            .subject = read.text("subject"),
            .description = read.text("description"),
            .severity = read.text("severity"),
            .vehicleId = read.integer("vehicle_id"),
            .title = read.text("title"),
            .text = read.text("text"),
            .partnerName = read.text("partner_name"),
            .contactName = read.text("contact_name"),
            .contactPhone = read.text("contact_phone"),
            .contactEmail = read.text("contact_email"),
            .customerId = read.integer("customer_id"),
            .notes = read.text("notes")};
}

// A line kClothingLine has passed (it requires all three members).
ClothingLine clothingLine(const QJsonObject &line)
{
    const BodyReader read(line);
    return {.clothingItemId = read.integer("clothing_item_id").value_or(0),
            .size = read.text("size").value_or(QString()),
            .quantity = read.smallInteger("quantity").value_or(0)};
}

Result<RequestDraft> requestDraft(const QJsonObject &body)
{
    const BodyReader read(body);
    RequestDraft draft;
    draft.kind = read.text("kind").value_or(QString());
    draft.locationId = read.integer("location_id");
    draft.mediaIds = read.integers("media_ids").value_or(QList<qint64>());
    const Result<QJsonObject> details =
        validateNested(read.object("details").value_or(QJsonObject()),
                       detailSchemas().value(draft.kind), QStringLiteral("details."));
    if (!details)
        return details.failure();
    draft.details = requestDetails(*details);
    if (const Patch<QList<QJsonObject>> lines = BodyReader(*details).objects("items")) {
        QList<ClothingLine> items;
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const Result<QJsonObject> line = validateNested(
                lines->at(i), kClothingLine, QStringLiteral("details.items[%1].").arg(i));
            if (!line)
                return line.failure();
            items.append(clothingLine(*line));
        }
        draft.details.items = items;
    }
    return draft;
}

ToolFields toolFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .code = read.trimmedText("code"),
            .locationId = read.nullableInteger("location_id"),
            .active = read.boolean("active")};
}

ClothingItemFields clothingItemFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .sizes = read.strings("sizes"),
            .active = read.boolean("active")};
}

template<typename T>
ApiResponse listResponse(const QList<T> &items)
{
    JsonWriter w(256 + items.size() * 256);
    w.beginObject().key("results").beginArray();
    for (const T &item : items)
        item.writeJson(w);
    w.endArray().endObject();
    return ApiResponse::json(w.take());
}

void registerSupplyRoutes(Router &router, SupplyCatalogService &catalog)
{
    const QString tag = QStringLiteral("Requests");
    router.add({"GET",
                QStringLiteral("/api/v1/tools"),
                Access::Authenticated,
                {},
                [&catalog](const ApiRequest &r) {
                    return withListQuery(
                        r, SupplyRepository::toolListSpec(),
                        [&](const ListQuery &q) { return catalog.tools(r.caller(), q); });
                },
                {QStringLiteral("Tools employees may request"), tag, nullptr,
                 &SupplyRepository::toolListSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/tools"),
                Access::Authenticated,
                kCatalogWriters,
                [&catalog](const ApiRequest &r) {
                    return withBody(r, kTool, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(catalog.createTool(callContext(r), toolFields(b)), 201);
                    });
                },
                {QStringLiteral("Add a tool to the catalog"), tag, &kTool, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/tools/{id}"),
                Access::Authenticated,
                {},
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(catalog.tool(r.caller(), id)); });
                },
                {QStringLiteral("One tool"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/tools/{id}"),
                Access::Authenticated,
                kCatalogWriters,
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kTool, WriteMode::Update, [&](const QJsonObject &b) {
                            return respond(catalog.updateTool(callContext(r), id, toolFields(b)));
                        });
                    });
                },
                {QStringLiteral("Change or deactivate a tool (partial)"), tag, &kTool}});
    router.add({"GET",
                QStringLiteral("/api/v1/clothing-items"),
                Access::Authenticated,
                {},
                [&catalog](const ApiRequest &r) {
                    return withListQuery(
                        r, SupplyRepository::clothingListSpec(),
                        [&](const ListQuery &q) { return catalog.clothingItems(r.caller(), q); });
                },
                {QStringLiteral("Clothing employees may request"), tag, nullptr,
                 &SupplyRepository::clothingListSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/clothing-items"),
                Access::Authenticated,
                kCatalogWriters,
                [&catalog](const ApiRequest &r) {
                    return withBody(r, kClothingItem, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(
                            catalog.createClothingItem(callContext(r), clothingItemFields(b)), 201);
                    });
                },
                {QStringLiteral("Add a clothing item to the catalog"), tag, &kClothingItem, nullptr,
                 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/clothing-items/{id}"),
                Access::Authenticated,
                {},
                [&catalog](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(catalog.clothingItem(r.caller(), id));
                    });
                },
                {QStringLiteral("One clothing item"), tag}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/clothing-items/{id}"),
         Access::Authenticated,
         kCatalogWriters,
         [&catalog](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kClothingItem, WriteMode::Update, [&](const QJsonObject &b) {
                     return respond(
                         catalog.updateClothingItem(callContext(r), id, clothingItemFields(b)));
                 });
             });
         },
         {QStringLiteral("Change or deactivate a clothing item (partial)"), tag, &kClothingItem}});
}

} // namespace

void registerRequestRoutes(Router &router, const Services &services)
{
    registerSupplyRoutes(router, services.supplies);
    RequestService &requests = services.requests;
    const QString tag = QStringLiteral("Requests");
    router.add({"GET",
                QStringLiteral("/api/v1/requests"),
                Access::Authenticated,
                {},
                [&requests](const ApiRequest &r) {
                    return withListQuery(r, RequestRepository::listSpec(), [&](const ListQuery &q) {
                        return requests.list(r.caller(), q);
                    });
                },
                {QStringLiteral("Requests the caller may see; also awaiting_me=true, from=, to="),
                 tag, nullptr, &RequestRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/requests"),
                Access::Authenticated,
                {},
                [&requests](const ApiRequest &r) {
                    return withBody(r, kRequest, WriteMode::Create, [&](const QJsonObject &b) {
                        const Result<RequestDraft> draft = requestDraft(b);
                        if (!draft)
                            return problemResponse(draft.failure());
                        return respond(requests.create(callContext(r), *draft), 201);
                    });
                },
                {QStringLiteral("File a request of any kind"), tag, &kRequest, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/requests/{id}"),
                Access::Authenticated,
                {},
                [&requests](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(requests.get(r.caller(), id)); });
                },
                {QStringLiteral("One request"), tag}});
    for (const char *action : {"approve", "reject", "fulfil", "cancel", "revoke"}) {
        router.add(
            {"POST",
             QStringLiteral("/api/v1/requests/{id}/") + QLatin1String(action),
             Access::Authenticated,
             {},
             [&requests, action](const ApiRequest &r) {
                 return withId(r, "id", [&](qint64 id) {
                     const QByteArray body = r.body.trimmed().isEmpty() ? QByteArray("{}") : r.body;
                     const Result<QJsonObject> b = validateBody(body, kDecision, WriteMode::Create);
                     if (!b)
                         return problemResponse(b.failure());
                     const BodyReader read(*b);
                     return respond(
                         requests.decide(callContext(r), id,
                                         {QLatin1String(action), read.integer("expected_version"),
                                          read.trimmedText("comment").value_or(QString())}));
                 });
             },
             {QStringLiteral("Take the request's \"%1\" step (409 names the allowed ones)")
                  .arg(QLatin1String(action)),
              tag, &kDecision}});
    }
    router.add({"GET",
                QStringLiteral("/api/v1/requests/{id}/history"),
                Access::Authenticated,
                {},
                [&requests](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        const Result<QList<RequestHistoryEntry>> entries =
                            requests.history(r.caller(), id);
                        return entries ? listResponse(*entries)
                                       : problemResponse(entries.failure());
                    });
                },
                {QStringLiteral("Every step and comment of a request, oldest first"), tag}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/requests/{id}/comments"),
         Access::Authenticated,
         {},
         [&requests](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kComment, WriteMode::Create, [&](const QJsonObject &b) {
                     return respond(
                         requests.comment(callContext(r), id,
                                          BodyReader(b).trimmedText("text").value_or(QString())),
                         201);
                 });
             });
         },
         {QStringLiteral("Comment on a request"), tag, &kComment, nullptr, 201}});
}

} // namespace fielddesk::server
