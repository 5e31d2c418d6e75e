#include "fielddesk/routing/solomonsolution.h"

#include <QJsonArray>

namespace fielddesk::routing {

QJsonObject SolomonSolution::toJson() const
{
    QJsonArray routeArray;
    for (const auto &r : routes) {
        QJsonArray a;
        for (int c : r)
            a.append(c);
        routeArray.append(a);
    }
    return QJsonObject{{QStringLiteral("instance"), instance},
                       {QStringLiteral("vehicles"), static_cast<int>(routes.size())},
                       {QStringLiteral("distance"), distance()},
                       {QStringLiteral("routes"), routeArray},
                       {QStringLiteral("elapsed_s"), elapsedS},
                       {QStringLiteral("iterations"), iterations},
                       {QStringLiteral("unserved"), unserved}};
}

} // namespace fielddesk::routing
