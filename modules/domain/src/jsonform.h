// The JSON form of a domain type, described once: the members in the order they are sent, each
// a JSON name, the C++ member that holds it and a codec (how its value is written and read).
// writeJson (the server's hot path) and fromJson (the console) both walk that one description,
// so a member cannot be renamed, moved or given another form in one and not in the other.
// Private to fielddesk_domain.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/role.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <string_view>

namespace fielddesk::jsonform {

// Codecs. read() leaves the value as it is when the member is missing or of another JSON type:
// the member initialisers of a domain type are its defaults (priority 3, duration 60, active).

// Text, whole numbers, fractions and flags, as they are.
struct Plain
{
    template<typename M>
    static void write(JsonWriter &w, const M &value)
    {
        w.value(value);
    }
    static void read(const QJsonValue &json, QString &value) { value = json.toString(value); }
    static void read(const QJsonValue &json, qint64 &value) { value = json.toInteger(value); }
    static void read(const QJsonValue &json, int &value) { value = json.toInt(value); }
    static void read(const QJsonValue &json, double &value) { value = json.toDouble(value); }
    static void read(const QJsonValue &json, bool &value) { value = json.toBool(value); }
};

// Text that is written as null when it is empty (times not set, optional texts).
struct NullWhenEmpty
{
    static void write(JsonWriter &w, const QString &value)
    {
        if (value.isEmpty())
            w.nullValue();
        else
            w.value(value);
    }
    static void read(const QJsonValue &json, QString &value) { Plain::read(json, value); }
};

// An id that is null when it is 0 (a user's tenant: operators belong to none).
struct NullWhenZero
{
    static void write(JsonWriter &w, qint64 value)
    {
        if (value == 0)
            w.nullValue();
        else
            w.value(value);
    }
    static void read(const QJsonValue &json, qint64 &value)
    {
        value = json.isNull() ? 0 : json.toInteger(value);
    }
};

// A calendar day as "YYYY-MM-DD", null when it is not set (a plan never done yet).
struct IsoDate
{
    static void write(JsonWriter &w, const QDate &value)
    {
        if (value.isValid())
            w.value(value.toString(Qt::ISODate));
        else
            w.nullValue();
    }
    static void read(const QJsonValue &json, QDate &value)
    {
        if (json.isNull())
            value = QDate();
        else if (json.isString())
            value = QDate::fromString(json.toString(), Qt::ISODate);
    }
};

// A domain type of its own: one with a fromJson (and a writeJson).
template<typename M>
concept ReadFromJson = requires(const QJsonObject &o)
{
    M::fromJson(o);
};

// Optional ids and numbers, or an optional domain type of its own (a person's quiet hours):
// null when there is none.
struct Nullable
{
    template<typename M>
    static void write(JsonWriter &w, const std::optional<M> &value)
    {
        if (!value)
            w.nullValue();
        else if constexpr (ReadFromJson<M>)
            value->writeJson(w);
        else
            w.value(*value);
    }
    template<typename M>
    static void read(const QJsonValue &json, std::optional<M> &value)
    {
        if constexpr (ReadFromJson<M>) {
            if (json.isObject())
                value = M::fromJson(json.toObject());
        } else if (json.isDouble()) {
            M number{};
            Plain::read(json, number);
            value = number;
        }
        if (json.isNull())
            value.reset();
    }
};

// JSON text kept as it is (stored JSON columns, event data): null when empty, read back as
// compact text when the member is an object.
struct RawJson
{
    static void write(JsonWriter &w, const QByteArray &json) { w.rawValue(json); }
    static void read(const QJsonValue &json, QByteArray &value)
    {
        if (json.isObject())
            value = QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    }
};

// An enum by its name on the wire (a job's status, a user's role).
template<auto nameOf, auto fromName>
struct Named
{
    template<typename E>
    static void write(JsonWriter &w, E value)
    {
        w.value(nameOf(value));
    }
    template<typename E>
    static void read(const QJsonValue &json, E &value)
    {
        if (const std::optional<E> named = fromName(json.toString()))
            value = *named;
    }
};

// A domain type of its own, as its writeJson and fromJson have it (a customer's addresses).
struct Described
{
    template<typename M>
    static void write(JsonWriter &w, const M &value)
    {
        value.writeJson(w);
    }
    template<typename M>
    static void read(const QJsonValue &json, M &value)
    {
        if (json.isObject())
            value = M::fromJson(json.toObject());
    }
};

// An array of elements, each with the element codec.
template<typename ElementCodec>
struct List
{
    template<typename M>
    static void write(JsonWriter &w, const QList<M> &list)
    {
        w.beginArray();
        for (const M &element : list)
            ElementCodec::write(w, element);
        w.endArray();
    }
    template<typename M>
    static void read(const QJsonValue &json, QList<M> &list)
    {
        if (!json.isArray())
            return;
        const QJsonArray array = json.toArray();
        list.clear();
        list.reserve(array.size());
        for (const QJsonValue &element : array) {
            M value{};
            ElementCodec::read(element, value);
            list.append(std::move(value));
        }
    }
};

// A list written as null when it is empty (a location's service area), read from an array.
template<typename ElementCodec>
struct ListOrNull
{
    template<typename M>
    static void write(JsonWriter &w, const QList<M> &list)
    {
        if (list.isEmpty())
            w.nullValue();
        else
            List<ElementCodec>::write(w, list);
    }
    template<typename M>
    static void read(const QJsonValue &json, QList<M> &list)
    {
        if (json.isNull())
            list.clear();
        else
            List<ElementCodec>::read(json, list);
    }
};

// The codec a member's type has unless its field names another.
template<typename M>
struct DefaultCodec
{
    using type = Plain;
};
template<ReadFromJson M>
struct DefaultCodec<M>
{
    using type = Described;
};
template<typename M>
struct DefaultCodec<std::optional<M>>
{
    using type = Nullable;
};
template<typename M>
struct DefaultCodec<QList<M>>
{
    using type = List<typename DefaultCodec<M>::type>;
};
template<>
struct DefaultCodec<QDate>
{
    using type = IsoDate;
};
template<>
struct DefaultCodec<QByteArray>
{
    using type = RawJson;
};
template<>
struct DefaultCodec<JobStatus>
{
    using type = Named<&jobStatusName, &jobStatusFromName>;
};
template<>
struct DefaultCodec<Role>
{
    using type = Named<&roleName, &roleFromName>;
};

// A JSON member's name as a template argument: with the C++ member pointer also one, every
// entry of a description is a constant, and writing a member compiles to the calls a
// hand-written writeJson makes (the server writes pages of up to 2,000 jobs).
template<std::size_t N>
struct Name
{
    char text[N];

    constexpr Name(const char (&literal)[N]) { std::copy_n(literal, N, text); }
    constexpr std::string_view view() const { return {text, N - 1}; }
    constexpr QLatin1String latin1() const { return QLatin1String(text, qsizetype(N - 1)); }
};

template<typename MemberPointer>
struct MemberOf;
template<typename T, typename M>
struct MemberOf<M T::*>
{
    using Owner = T;
    using Type = M;
};

// One member: "name": value.*member, in the form Codec gives it.
template<Name name, auto member, typename Codec>
struct Field
{
    using Owner = typename MemberOf<decltype(member)>::Owner;

    [[gnu::always_inline]] static void write(JsonWriter &w, const Owner &value)
    {
        w.key(name.view());
        Codec::write(w, value.*member);
    }
    static void read(const QJsonObject &object, Owner &value)
    {
        Codec::read(object.value(name.latin1()), value.*member);
    }
};

// A member in the form its type has (see DefaultCodec).
template<Name name, auto member>
inline constexpr Field<name,
                       member,
                       typename DefaultCodec<typename MemberOf<decltype(member)>::Type>::type>
    field{};

// Text written as null when it is empty.
template<Name name, auto member>
inline constexpr Field<name, member, NullWhenEmpty> textOrNull{};

// An id written as null when it is 0.
template<Name name, auto member>
inline constexpr Field<name, member, NullWhenZero> idOrNull{};

// A list written as null when it is empty.
template<Name name, auto member>
inline constexpr Field<
    name,
    member,
    ListOrNull<typename DefaultCodec<typename MemberOf<decltype(member)>::Type::value_type>::type>>
    listOrNull{};

// The members of one type, in order, within one JSON object:
//     constexpr jsonform::Form kSkillForm{field<"id", &Skill::id>, ...};
// Every entry is all in its type (names and member pointers are template arguments); the
// values only let a form be written as a list.
template<typename T, typename... Entries>
struct Form
{
    constexpr explicit Form(Entries...) {}

    // Forced inline down to the writer's calls: a call per member costs more than writing it.
    [[gnu::always_inline]] static void write(JsonWriter &w, const T &value)
    {
        w.beginObject();
        writeMembers(w, value);
        w.endObject();
    }
    [[gnu::always_inline]] static void writeMembers(JsonWriter &w, const T &value)
    {
        (Entries::write(w, value), ...);
    }
    static T read(const QJsonObject &object)
    {
        T value;
        readMembers(object, value);
        return value;
    }
    static void readMembers(const QJsonObject &object, T &value)
    {
        (Entries::read(object, value), ...);
    }
};

template<typename First, typename... Rest>
Form(First, Rest...) -> Form<typename First::Owner, First, Rest...>;

// Members grouped in a nested object ("requester": {"id": …, "name": …}); with a presence
// member, the whole object is null while that member is empty ("decided_by": null).
template<Name name, auto presence, typename First, typename... Rest>
struct Nested
{
    using Owner = typename First::Owner;
    using Members = Form<Owner, First, Rest...>;

    static void write(JsonWriter &w, const Owner &value)
    {
        w.key(name.view());
        if constexpr (!std::is_null_pointer_v<decltype(presence)>) {
            if (!(value.*presence)) {
                w.nullValue();
                return;
            }
        }
        Members::write(w, value);
    }
    static void read(const QJsonObject &object, Owner &value)
    {
        const QJsonValue json = object.value(name.latin1());
        if (json.isObject())
            Members::readMembers(json.toObject(), value);
    }
};

template<Name name, typename... Entries>
constexpr Nested<name, nullptr, Entries...> object(Entries...)
{
    return {};
}

template<Name name, auto presence, typename... Entries>
constexpr Nested<name, presence, Entries...> objectOrNull(Entries...)
{
    return {};
}

template<typename Function>
struct FunctionOf;
template<typename R, typename T>
struct FunctionOf<R (*)(const T &)>
{
    using Owner = T;
    using Result = R;
};

// A value worked out from other members when written, and not read back: those members are
// (a notification's "read", from its read_at).
template<Name name, auto compute>
struct Computed
{
    using Owner = typename FunctionOf<decltype(compute)>::Owner;
    using Codec = typename DefaultCodec<typename FunctionOf<decltype(compute)>::Result>::type;

    static void write(JsonWriter &w, const Owner &value)
    {
        w.key(name.view());
        Codec::write(w, compute(value));
    }
    static void read(const QJsonObject &, Owner &) {}
};

template<Name name, auto compute>
inline constexpr Computed<name, compute> computed{};

// A member whose type writes its own members into the enclosing object and reads them from it
// (a tenant's travel model: "travel_speed_kmh", "travel_road_factor").
template<auto member>
struct Spliced
{
    using Owner = typename MemberOf<decltype(member)>::Owner;
    using Type = typename MemberOf<decltype(member)>::Type;

    static void write(JsonWriter &w, const Owner &value) { (value.*member).writeJsonMembers(w); }
    static void read(const QJsonObject &object, Owner &value)
    {
        value.*member = Type::fromJson(object);
    }
};

template<auto member>
inline constexpr Spliced<member> spliced{};

} // namespace fielddesk::jsonform

namespace fielddesk {
// The words of a form, for the files that describe one (this header is theirs alone).
using jsonform::computed;
using jsonform::field;
using jsonform::idOrNull;
using jsonform::listOrNull;
using jsonform::object;
using jsonform::objectOrNull;
using jsonform::spliced;
using jsonform::textOrNull;
} // namespace fielddesk

// Defines Type::writeJson and Type::fromJson from Type's form.
#define FIELDDESK_JSON_FROM_FORM(Type, typeForm)                                                   \
    void Type::writeJson(JsonWriter &w) const                                                      \
    {                                                                                              \
        (typeForm).write(w, *this);                                                                \
    }                                                                                              \
    Type Type::fromJson(const QJsonObject &o)                                                      \
    {                                                                                              \
        return (typeForm).read(o);                                                                 \
    }
