// The routing problem JSON (fielddesk::routing::Problem::fromJson), from any bytes: what it
// accepts serialises (toJson) to a problem it accepts again, unchanged.
#include "fielddesk/routing/problem.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!document.isObject())
        return 0;
    QString error;
    const std::optional<fielddesk::routing::Problem> problem =
        fielddesk::routing::Problem::fromJson(document.object(), &error);
    if (!problem) {
        FUZZ_CHECK(!error.isEmpty()); // a refusal says why
        return 0;
    }
    const QJsonObject json = problem->toJson();
    QString againError;
    const std::optional<fielddesk::routing::Problem> again =
        fielddesk::routing::Problem::fromJson(json, &againError);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toJson() == json);
    return 0;
}
