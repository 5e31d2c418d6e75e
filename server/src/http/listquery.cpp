#include "http/listquery.h"

#include <QSet>

namespace fielddesk::server {

namespace {

const QStringList kCommonParameters{QStringLiteral("limit"), QStringLiteral("offset"),
                                    QStringLiteral("ordering"), QStringLiteral("search")};

std::optional<int> parseNonNegative(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

Result<ListQuery> parseListQuery(const QUrlQuery &query, const ListSpec &spec)
{
    ListQuery result;
    result.raw = query;
    result.idColumn = spec.idColumn;
    result.tieBreak = spec.tieBreak;
    QList<FieldError> errors;
    QSet<QString> seen;

    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        // Named, not a structured binding: lambdas below use it (clang 14 cannot capture one).
        const QString &name = item.first;
        const QString &value = item.second;
        if (value.contains(QChar(0))) {
            errors.append({name, QStringLiteral("may not contain NUL characters")});
            continue;
        }
        if (seen.contains(name)) {
            errors.append({name, QStringLiteral("is given more than once; use a comma list")});
            continue;
        }
        seen.insert(name);
        if (name == QLatin1String("limit")) {
            const auto limit = parseNonNegative(value);
            if (!limit || *limit < 1 || *limit > spec.maxLimit)
                errors.append(
                    {name,
                     QStringLiteral("must be a whole number from 1 to %1").arg(spec.maxLimit)});
            else
                result.limit = *limit;
        } else if (name == QLatin1String("offset")) {
            const auto offset = parseNonNegative(value);
            if (!offset)
                errors.append({name, QStringLiteral("must be a whole number of at least 0")});
            else
                result.offset = *offset;
        } else if (name == QLatin1String("ordering")) {
            // handled below, after the loop, with the default
        } else if (name == QLatin1String("search")) {
            result.search = value.trimmed().left(200);
            if (!result.search.isEmpty() && result.search.back().isHighSurrogate())
                result.search.chop(1); // cut inside a character: not half of it
        } else if (spec.extraParameters.contains(name)) {
            // the resource reads it itself
        } else {
            const auto filter = std::find_if(spec.filters.begin(), spec.filters.end(),
                                             [&](const FilterSpec &f) { return f.name == name; });
            if (filter == spec.filters.end()) {
                errors.append({name, QStringLiteral("is not a known parameter of this list")});
                continue;
            }
            const QStringList parts = filter->multi
                                          ? value.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                          : QStringList{value};
            QVariantList values;
            for (const QString &part : parts) {
                switch (filter->type) {
                case FilterType::Integer: {
                    bool ok = false;
                    const qint64 number = part.toLongLong(&ok);
                    if (!ok)
                        errors.append({name, QStringLiteral("must be a whole number")});
                    values.append(number);
                    break;
                }
                case FilterType::Boolean:
                    if (part != QLatin1String("true") && part != QLatin1String("false"))
                        errors.append({name, QStringLiteral("must be true or false")});
                    values.append(part == QLatin1String("true") ? 1 : 0);
                    break;
                case FilterType::Enum:
                    if (!filter->enumValues.contains(part))
                        errors.append(
                            {name, QStringLiteral("must be one of: %1")
                                       .arg(filter->enumValues.join(QStringLiteral(", ")))});
                    values.append(part);
                    break;
                case FilterType::Text:
                    values.append(part);
                    break;
                }
            }
            if (values.isEmpty())
                errors.append({name, QStringLiteral("needs a value")});
            result.filters.append({&*filter, values});
        }
    }

    const QString ordering =
        query.hasQueryItem(QStringLiteral("ordering"))
            ? query.queryItemValue(QStringLiteral("ordering"), QUrl::FullyDecoded)
            : spec.defaultOrdering;
    for (const QString &rawTerm : ordering.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString term = rawTerm.trimmed();
        const bool descending = term.startsWith(QLatin1Char('-'));
        const QString field = descending ? term.mid(1) : term;
        const auto it = std::find_if(spec.orderable.begin(), spec.orderable.end(),
                                     [&](const OrderingSpec &o) { return o.name == field; });
        if (it == spec.orderable.end()) {
            QStringList allowed;
            for (const OrderingSpec &o : spec.orderable)
                allowed << o.name;
            errors.append(
                {QStringLiteral("ordering"), QStringLiteral("cannot order by '%1'; allowed: %2")
                                                 .arg(field, allowed.join(QStringLiteral(", ")))});
            continue;
        }
        result.ordering.append({it->column, descending});
    }

    if (!errors.isEmpty())
        return Failure::validation(std::move(errors));
    return result;
}

} // namespace fielddesk::server
