#include "http/router.h"

#include <algorithm>

namespace fielddesk::server {

bool BodyRule::accepts(const QByteArray &mediaType) const
{
    if (isRaw())
        return rawTypes.contains(mediaType);
    return mediaType == "application/json" || mediaType.endsWith("+json");
}

QString BodyRule::expectation() const
{
    if (!isRaw())
        return QStringLiteral("Request bodies must be JSON (Content-Type: application/json).");
    return QStringLiteral("This resource takes a body of type %1 (sent as Content-Type).")
        .arg(QString::fromLatin1(rawTypes.join(", ")));
}

std::optional<Failure> unknownQueryParameters(const RouteDoc &doc, const QUrlQuery &query)
{
    // Every request passes here, and most have no query: nothing is built for them.
    if (query.isEmpty())
        return std::nullopt;
    const auto known = [&doc](const QString &name) {
        return std::any_of(doc.query.begin(), doc.query.end(),
                           [&name](const QueryParameter &p) { return p.name == name; });
    };
    QStringList unknown;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known(item.first))
            unknown << item.first;
    }
    if (unknown.isEmpty())
        return std::nullopt;
    QStringList names;
    for (const QueryParameter &parameter : doc.query)
        names << parameter.name;
    const QString message = QStringLiteral("is not a known parameter (%1)")
                                .arg(names.isEmpty() ? QStringLiteral("this resource takes no "
                                                                      "query parameters")
                                                     : QStringLiteral("this resource takes %1")
                                                           .arg(names.join(QStringLiteral(", "))));
    QList<FieldError> errors;
    for (const QString &name : std::as_const(unknown))
        errors.append({name, message});
    return Failure::validation(errors);
}

void Router::add(Route route)
{
    route.segments = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes.append(std::move(route));
}

bool Router::matchSegments(const Route &route,
                           const QStringList &parts,
                           QHash<QString, QString> *params)
{
    if (route.segments.size() != parts.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &segment = route.segments.at(i);
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'))) {
            params->insert(segment.mid(1, segment.size() - 2), parts.at(i));
        } else if (segment != parts.at(i)) {
            return false;
        }
    }
    return true;
}

RouteMatch Router::match(const QByteArray &method, const QString &path) const
{
    RouteMatch result;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // HEAD is answered like GET without a body.
    const QByteArray effective = method == "HEAD" ? QByteArray("GET") : method;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route, parts, &params))
            continue;
        // A literal segment beats a parameter ("/users/me" before "/users/{id}").
        if (route.method == effective) {
            if (!result.route || route.pattern.count(QLatin1Char('{')) <
                                     result.route->pattern.count(QLatin1Char('{'))) {
                result.route = &route;
                result.params = std::move(params);
            }
        } else if (!result.allowedMethods.contains(QString::fromLatin1(route.method))) {
            result.allowedMethods.append(QString::fromLatin1(route.method));
        }
    }
    if (result.route)
        result.allowedMethods.clear();
    return result;
}

} // namespace fielddesk::server
