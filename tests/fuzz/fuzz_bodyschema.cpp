// JSON bodies against the real schema of a job (the largest body the API takes) and one with
// a field of every type, created and updated: validateBody never crashes, answers a
// refusal with a status a client's mistake has (400 or 422, naming the fields), and what it
// accepts, sent again, is accepted as it is.
#include "fuzzcheck.h"
#include "http/bodyschema.h"
#include "routes/jobbody.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace fielddesk::server;

namespace {

const QList<BodySchema> &schemas()
{
    static const QList<BodySchema> all{
        BodySchema{.name = QStringLiteral("JobCreate"), .fields = jobFieldSpecs()},
        // One field of every type the API knows, with the limits fields carry.
        BodySchema{.name = QStringLiteral("EveryType"),
                   .fields = {{.name = QStringLiteral("name"),
                               .required = true,
                               .minLength = 1,
                               .maxLength = 200},
                              emailField(),
                              {.name = QStringLiteral("count"),
                               .type = FieldType::Integer,
                               .minimum = 0,
                               .maximum = 1000},
                              {.name = QStringLiteral("amount"),
                               .type = FieldType::Number,
                               .nullable = true,
                               .minimum = -1e6,
                               .maximum = 1e6},
                              {.name = QStringLiteral("active"), .type = FieldType::Boolean},
                              {.name = QStringLiteral("ids"), .type = FieldType::IdList},
                              {.name = QStringLiteral("kind"),
                               .type = FieldType::Enum,
                               .enumValues = {QStringLiteral("a"), QStringLiteral("b")}},
                              {.name = QStringLiteral("at"), .type = FieldType::Timestamp},
                              {.name = QStringLiteral("details"), .type = FieldType::Object},
                              {.name = QStringLiteral("tags"),
                               .type = FieldType::StringList,
                               .maxLength = 5},
                              {.name = QStringLiteral("levels"),
                               .type = FieldType::IntegerList,
                               .minimum = 1,
                               .maximum = 9},
                              {.name = QStringLiteral("items"), .type = FieldType::ObjectList},
                              {.name = QStringLiteral("opens_at"), .type = FieldType::LocalTime},
                              {.name = QStringLiteral("day"), .type = FieldType::Date},
                              {.name = QStringLiteral("phone"), .type = FieldType::Phone},
                              latitudeField(),
                              longitudeField(),
                              idField(QStringLiteral("parent_id"), Nullable::Yes)}},
    };
    return all;
}

void checkOne(const QByteArray &body, const BodySchema &schema, WriteMode mode)
{
    const Result<QJsonObject> checked = validateBody(body, schema, mode);
    if (!checked.ok()) {
        const FailureKind kind = checked.failure().kind;
        FUZZ_CHECK(kind == FailureKind::BadRequest || kind == FailureKind::Invalid);
        FUZZ_CHECK(kind != FailureKind::Invalid || !checked.failure().errors.isEmpty());
        return;
    }
    const QByteArray again = QJsonDocument(checked.value()).toJson(QJsonDocument::Compact);
    const Result<QJsonObject> rechecked = validateBody(again, schema, mode);
    FUZZ_CHECK(rechecked.ok());
    FUZZ_CHECK(rechecked.value() == checked.value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const BodySchema &schema : schemas()) {
        checkOne(body, schema, WriteMode::Create);
        checkOne(body, schema, WriteMode::Update);
    }
    return 0;
}
