// Binding "maybe" values: an absent optional or an empty text becomes SQL NULL.
#pragma once

#include <QString>
#include <QVariant>

#include <optional>

namespace fielddesk::server {

inline QVariant nullableDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline QVariant nullableId(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

// Empty text is stored as NULL (optional timestamps).
inline QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace fielddesk::server
