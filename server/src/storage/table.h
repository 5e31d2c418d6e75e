// One entity's table as data: each column names its SQL and the member of the value type it
// fills, so the SELECT list, the row reader, the INSERT and the UPDATE all come from one list
// and cannot disagree. The statements it writes are prepared and parameterised like any other.
#pragma once

#include "storage/page.h"
#include "storage/sqlvalues.h"

#include <QDate>

#include <algorithm>
#include <functional>
#include <optional>
#include <type_traits>

namespace fielddesk::server {

// When a column is written: never (the key, a joined or computed read), on insert only (the
// owner, the creation time) or on every insert and update.
enum class ColumnWrite { Never, OnInsert, Always };

template<typename T>
struct Column
{
    QString name; // as the table knows it (qualified with its alias on reads)
    ColumnWrite write = ColumnWrite::Always;
    bool expression = false; // read as written: a joined column or a computed value
    std::function<void(T &, const SqlQuery &, int)> read; // empty: written, never read
    std::function<QVariant(const T &)> value;             // empty: read, never written
};

namespace columns {

template<typename V>
inline constexpr bool kUnsupported = false;

// Reads column `i` into `target`, as the member's type wants it; a NULL leaves an optional
// empty.
template<typename V>
void readInto(V &target, const SqlQuery &q, int i)
{
    if constexpr (std::is_same_v<V, QString>)
        target = q.text(i);
    else if constexpr (std::is_same_v<V, QByteArray>)
        target = q.text(i).toUtf8();
    else if constexpr (std::is_same_v<V, bool>)
        target = q.integer(i) != 0;
    else if constexpr (std::is_same_v<V, qint64>)
        target = q.integer(i);
    else if constexpr (std::is_same_v<V, int>)
        target = int(q.integer(i));
    else if constexpr (std::is_same_v<V, double>)
        target = q.number(i);
    else if constexpr (std::is_same_v<V, QDate>)
        target = q.isNull(i) ? QDate() : QDate::fromString(q.text(i), Qt::ISODate);
    else if constexpr (std::is_same_v<V, std::optional<double>>) {
        if (!q.isNull(i))
            target = q.number(i);
    } else if constexpr (std::is_same_v<V, std::optional<qint64>>) {
        if (!q.isNull(i))
            target = q.integer(i);
    } else if constexpr (std::is_same_v<V, std::optional<int>>) {
        if (!q.isNull(i))
            target = int(q.integer(i));
    } else
        static_assert(kUnsupported<V>, "no column conversion for this member type");
}

// The value bound for a member: booleans as 1/0, absent optionals as NULL, bytes as text.
template<typename V>
QVariant bindable(const V &value)
{
    if constexpr (std::is_same_v<V, bool>)
        return value ? 1 : 0;
    else if constexpr (std::is_same_v<V, QByteArray>)
        return QString::fromUtf8(value);
    else if constexpr (std::is_same_v<V, std::optional<double>>)
        return nullableDouble(value);
    else if constexpr (std::is_same_v<V, std::optional<qint64>>)
        return nullableId(value);
    else if constexpr (std::is_same_v<V, std::optional<int>>)
        return nullableInt(value);
    else if constexpr (std::is_same_v<V, QDate>) // "YYYY-MM-DD"; not set: NULL
        return nullableText(value.isValid() ? value.toString(Qt::ISODate) : QString());
    else
        return QVariant(value);
}

} // namespace columns

// A column that reads into and writes from `member`.
template<typename T, typename V>
Column<T> column(QString name, V T::*member, ColumnWrite write = ColumnWrite::Always)
{
    Column<T> c{std::move(name), write, false, {}, {}};
    c.read = [member](T &row, const SqlQuery &q, int i) { columns::readInto(row.*member, q, i); };
    if (write != ColumnWrite::Never)
        c.value = [member](const T &row) { return columns::bindable(row.*member); };
    return c;
}

// A column stored as text in its own format (a list, an enum name): `parse` reads it into
// `member`, `format` writes it.
template<typename T, typename V, typename Parse, typename Format>
Column<T> textColumn(
    QString name, V T::*member, Parse parse, Format format, ColumnWrite write = ColumnWrite::Always)
{
    Column<T> c{std::move(name), write, false, {}, {}};
    c.read = [member, parse](T &row, const SqlQuery &q, int i) { row.*member = parse(q.text(i)); };
    c.value = [member, format](const T &row) { return QVariant(format(row.*member)); };
    return c;
}

// A text column where an empty text is NULL (an optional timestamp or comment).
template<typename T>
Column<T> nullableTextColumn(QString name, QString T::*member)
{
    return textColumn(
        std::move(name), member, [](const QString &text) { return text; }, nullableText);
}

// A read-only SELECT expression (a joined column): never written, never qualified.
template<typename T, typename V>
Column<T> expression(QString sql, V T::*member)
{
    Column<T> c = column(std::move(sql), member, ColumnWrite::Never);
    c.expression = true;
    return c;
}

// A column written from the value (search text, say) but never read back.
template<typename T>
Column<T> derived(QString name, std::function<QVariant(const T &)> value)
{
    return Column<T>{std::move(name), ColumnWrite::Always, false, {}, std::move(value)};
}

// Named values a statement writes besides the row's own: the owner, a key the value type
// only knows by name.
using ColumnValues = QList<std::pair<QString, QVariant>>;

template<typename T>
class Table
{
public:
    // `alias` and `joins` for tables read together with others ("services v", "LEFT JOIN
    // skills s ON ..."): reads then qualify every column but the expressions.
    Table(QString name, QList<Column<T>> columns, QString alias = {}, QString joins = {})
        : m_name(std::move(name))
        , m_columns(std::move(columns))
        , m_alias(std::move(alias))
        , m_joins(std::move(joins))
    {}

    const QString &name() const { return m_name; }

    // What SELECT reads from: the table, its alias and its joins.
    QString from() const
    {
        QString sql = m_name;
        if (!m_alias.isEmpty())
            sql += QLatin1Char(' ') + m_alias;
        if (!m_joins.isEmpty())
            sql += QLatin1Char(' ') + m_joins;
        return sql;
    }

    // A column as reads name it: "v.name" where the table has an alias.
    QString qualified(const QString &column) const
    {
        return m_alias.isEmpty() ? column : m_alias + QLatin1Char('.') + column;
    }

    // "id, name, ...": the columns read, in the order read() expects them.
    QString selectList() const
    {
        QStringList names;
        for (const Column<T> &c : m_columns) {
            if (c.read)
                names << (c.expression ? c.name : qualified(c.name));
        }
        return names.join(QStringLiteral(", "));
    }

    T read(const SqlQuery &q) const
    {
        T row;
        int i = 0;
        for (const Column<T> &c : m_columns) {
            if (c.read)
                c.read(row, q, i++);
        }
        return row;
    }

    // How many columns read() takes: further ones a query selects start here.
    int readCount() const
    {
        return int(std::count_if(m_columns.cbegin(), m_columns.cend(),
                                 [](const Column<T> &c) { return bool(c.read); }));
    }

    // The first row that `where` (with its `?` bound to `values`) selects.
    std::optional<T> findWhere(Database &db, const QString &where, const QVariantList &values) const
    {
        SqlQuery q(db, QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") +
                           from() + QStringLiteral(" WHERE ") + where);
        for (const QVariant &value : values)
            q.bind(value);
        q.exec();
        if (!q.next())
            return std::nullopt;
        return read(q);
    }

    // The tenant's row with this id.
    std::optional<T> find(Database &db, qint64 tenantId, qint64 id) const
    {
        return findWhere(db, ownedWhere(), {tenantId, id});
    }

    // Every row `filter` selects, in `orderBy` order ("v.name, v.id"): lists no client pages.
    QList<T> all(Database &db, const SqlFilter &filter, const QString &orderBy) const
    {
        SqlQuery q(db, QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") +
                           from() + filter.clause() + QStringLiteral(" ORDER BY ") + orderBy);
        for (const QVariant &value : filter.values())
            q.bind(value);
        q.exec();
        QList<T> rows;
        while (q.next())
            rows.append(read(q));
        return rows;
    }

    Page<T> page(Database &db, const SqlFilter &filter, const ListQuery &query) const
    {
        return selectPage<T>(db, selectList(), from(), filter, query,
                             [this](const SqlQuery &q) { return read(q); });
    }

    // INSERT of `extra` (first) and every written column; returns the new row's id.
    qint64 insert(Database &db, const T &row, const ColumnValues &extra = {}) const
    {
        return insertRow(db, row, extra, {}).value();
    }

    // insert() unless a unique index holds such a row already (nullopt then: nothing was
    // written).
    std::optional<qint64>
    insertUnlessPresent(Database &db, const T &row, const ColumnValues &extra = {}) const
    {
        return insertRow(db, row, extra, QStringLiteral(" ON CONFLICT DO NOTHING"));
    }

    // UPDATE of `extra` (first) and every column written always, on the rows `where`
    // selects (its `?` bound to `whereValues`); how many rows it changed.
    int updateWhere(Database &db,
                    const T &row,
                    const QString &where,
                    const QVariantList &whereValues,
                    const ColumnValues &extra = {}) const
    {
        QStringList sets;
        QVariantList values;
        for (const auto &[column, value] : extra) {
            sets << column + QStringLiteral(" = ?");
            values << value;
        }
        for (const Column<T> &c : m_columns) {
            if (c.value && c.write == ColumnWrite::Always) {
                sets << c.name + QStringLiteral(" = ?");
                values << c.value(row);
            }
        }
        SqlQuery q(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                           .arg(m_name, sets.join(QStringLiteral(", ")), where));
        for (const QVariant &value : values + whereValues)
            q.bind(value);
        q.exec();
        return q.rowsAffected();
    }

    // UPDATE of the tenant's row with the row's id.
    void update(Database &db, const T &row, qint64 tenantId, const ColumnValues &extra = {}) const
    {
        updateWhere(db, row, kOwned, {tenantId, row.id}, extra);
    }

    // update() only while the stored version is still `version`; whether it was.
    bool updateAtVersion(Database &db, const T &row, qint64 tenantId, qint64 version) const
    {
        return updateWhere(db, row, QStringLiteral("tenant_id = ? AND id = ? AND version = ?"),
                           {tenantId, row.id, version}) == 1;
    }

    // Locks the tenant's row with this id until the transaction ends (PostgreSQL; SQLite
    // writes one transaction at a time).
    void lockForUpdate(Database &db, qint64 tenantId, qint64 id) const
    {
        if (db.engine() != Engine::Postgres)
            return;
        SqlQuery q(db, QStringLiteral("SELECT id FROM %1 WHERE %2 FOR UPDATE").arg(m_name, kOwned));
        q.bind(tenantId).bind(id).exec();
    }

    // Deletes the tenant's row with this id.
    void remove(Database &db, qint64 tenantId, qint64 id) const
    {
        SqlQuery q(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(m_name, kOwned));
        q.bind(tenantId).bind(id).exec();
    }

    // List conventions: fields a client may order by, each the column of the same name.
    QList<OrderingSpec> orderable(const QStringList &names) const
    {
        QList<OrderingSpec> specs;
        for (const QString &name : names)
            specs.append({name, qualified(name)});
        return specs;
    }

    // A filter on the column of the same name.
    FilterSpec filter(const QString &name,
                      FilterType type,
                      bool multi = false,
                      const QStringList &enumValues = {}) const
    {
        return FilterSpec{name, qualified(name), type, multi, enumValues};
    }

private:
    std::optional<qint64> insertRow(Database &db,
                                    const T &row,
                                    const ColumnValues &extra,
                                    const QString &onConflict) const
    {
        QStringList names;
        QVariantList values;
        for (const auto &[column, value] : extra) {
            names << column;
            values << value;
        }
        for (const Column<T> &c : m_columns) {
            if (c.value) {
                names << c.name;
                values << c.value(row);
            }
        }
        const QStringList marks(names.size(), QStringLiteral("?"));
        SqlQuery q(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4 RETURNING id")
                           .arg(m_name, names.join(QStringLiteral(", ")),
                                marks.join(QStringLiteral(", ")), onConflict));
        for (const QVariant &value : values)
            q.bind(value);
        q.exec();
        if (!q.next())
            return std::nullopt;
        return q.integer(0);
    }

    static inline const QString kOwned = QStringLiteral("tenant_id = ? AND id = ?");

    QString ownedWhere() const
    {
        return qualified(QStringLiteral("tenant_id")) + QStringLiteral(" = ? AND ") +
               qualified(QStringLiteral("id")) + QStringLiteral(" = ?");
    }

    QString m_name;
    QList<Column<T>> m_columns;
    QString m_alias;
    QString m_joins;
};

} // namespace fielddesk::server
