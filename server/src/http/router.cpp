#include "http/router.h"

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
    QStringList known;
    for (const QueryParameter &parameter : doc.query)
        known << parameter.name;
    const QString takes =
        known.isEmpty()
            ? QStringLiteral("this resource takes no query parameters")
            : QStringLiteral("this resource takes %1").arg(known.join(QStringLiteral(", ")));
    QList<FieldError> errors;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(item.first))
            errors.append({item.first, QStringLiteral("is not a known parameter (%1)").arg(takes)});
    }
    if (errors.isEmpty())
        return std::nullopt;
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
