#include "fielddesk/admin/resourcespec.h"

namespace fielddesk::admin {

ResourceColumn fieldColumn(const QString &title, const QString &field)
{
    return {title, [field](const QJsonObject &record) {
                const QJsonValue value = record.value(field);
                if (value.isDouble())
                    return QString::number(value.toDouble());
                if (value.isBool())
                    return value.toBool() ? QStringLiteral("✓") : QString();
                return value.toString();
            }};
}

} // namespace fielddesk::admin
