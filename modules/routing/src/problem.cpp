#include "fielddesk/routing/problem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace fielddesk::routing {
namespace {

QString idOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QJsonObject pointToJson(const GeoPoint &p)
{
    return QJsonObject{{QStringLiteral("lat"), p.lat}, {QStringLiteral("lon"), p.lon}};
}

bool readPoint(const QJsonValue &value, GeoPoint *out)
{
    const QJsonObject o = value.toObject();
    if (!o.contains(QLatin1String("lat")) || !o.contains(QLatin1String("lon")))
        return false;
    out->lat = o.value(QLatin1String("lat")).toDouble();
    out->lon = o.value(QLatin1String("lon")).toDouble();
    return true;
}

bool readTime(const QJsonObject &o, QLatin1String key, qint64 *out)
{
    const auto t = fromIsoUtc(o.value(key).toString());
    if (!t)
        return false;
    *out = *t;
    return true;
}

QStringList readStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString toIsoUtc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

std::optional<qint64> fromIsoUtc(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // no offset given: the format says UTC
    return dt.toSecsSinceEpoch();
}

int Problem::technicianIndex(const QString &id) const
{
    for (int i = 0; i < technicians.size(); ++i) {
        if (technicians[i].id == id)
            return i;
    }
    return -1;
}

int Problem::jobIndex(const QString &id) const
{
    for (int i = 0; i < jobs.size(); ++i) {
        if (jobs[i].id == id)
            return i;
    }
    return -1;
}

std::optional<Problem> Problem::fromJson(const QJsonObject &json, QString *error)
{
    Problem p;
    if (json.value(QLatin1String("version")).toInt(1) != 1) {
        fail(error, QStringLiteral("unsupported problem version"));
        return std::nullopt;
    }
    const QJsonArray techs = json.value(QLatin1String("technicians")).toArray();
    for (const QJsonValue &tv : techs) {
        const QJsonObject o = tv.toObject();
        Technician t;
        t.id = idOf(o.value(QLatin1String("id")));
        if (t.id.isEmpty()) {
            fail(error, QStringLiteral("a technician has no id"));
            return std::nullopt;
        }
        t.skills = readStrings(o.value(QLatin1String("skills")));
        if (!readPoint(o.value(QLatin1String("start")), &t.start)) {
            fail(error, QStringLiteral("technician %1: start location missing").arg(t.id));
            return std::nullopt;
        }
        if (!readPoint(o.value(QLatin1String("end")), &t.end))
            t.end = t.start;
        if (!readTime(o, QLatin1String("shift_start"), &t.shiftStart) ||
            !readTime(o, QLatin1String("shift_end"), &t.shiftEnd) || t.shiftEnd < t.shiftStart) {
            fail(error, QStringLiteral("technician %1: shift_start/shift_end missing or invalid")
                            .arg(t.id));
            return std::nullopt;
        }
        if (o.contains(QLatin1String("break")) && o.value(QLatin1String("break")).isObject()) {
            const QJsonObject b = o.value(QLatin1String("break")).toObject();
            BreakRule rule;
            if (!readTime(b, QLatin1String("earliest"), &rule.earliest) ||
                !readTime(b, QLatin1String("latest"), &rule.latest) ||
                rule.latest < rule.earliest) {
                fail(error,
                     QStringLiteral("technician %1: break earliest/latest invalid").arg(t.id));
                return std::nullopt;
            }
            rule.durationS = static_cast<int>(
                std::lround(b.value(QLatin1String("duration_min")).toDouble() * 60.0));
            t.breakRule = rule;
        }
        if (o.contains(QLatin1String("max_jobs")))
            t.maxJobs = o.value(QLatin1String("max_jobs")).toInt();
        if (o.contains(QLatin1String("capacity")))
            t.capacity = o.value(QLatin1String("capacity")).toInt();
        if (o.contains(QLatin1String("start_index")))
            t.startIndex = o.value(QLatin1String("start_index")).toInt();
        if (o.contains(QLatin1String("end_index")))
            t.endIndex = o.value(QLatin1String("end_index")).toInt();
        if (p.technicianIndex(t.id) >= 0) {
            fail(error, QStringLiteral("technician %1 appears twice").arg(t.id));
            return std::nullopt;
        }
        p.technicians.append(t);
    }
    const QJsonArray jobs = json.value(QLatin1String("jobs")).toArray();
    QHash<QString, int> seen;
    for (const QJsonValue &jv : jobs) {
        const QJsonObject o = jv.toObject();
        Job j;
        j.id = idOf(o.value(QLatin1String("id")));
        if (j.id.isEmpty()) {
            fail(error, QStringLiteral("a job has no id"));
            return std::nullopt;
        }
        if (seen.contains(j.id)) {
            fail(error, QStringLiteral("job %1 appears twice").arg(j.id));
            return std::nullopt;
        }
        seen.insert(j.id, 1);
        if (!readPoint(o.value(QLatin1String("location")), &j.location)) {
            fail(error, QStringLiteral("job %1: location missing").arg(j.id));
            return std::nullopt;
        }
        j.durationS =
            static_cast<int>(std::lround(o.value(QLatin1String("duration_min")).toDouble() * 60.0));
        if (o.contains(QLatin1String("windows"))) {
            for (const QJsonValue &wv : o.value(QLatin1String("windows")).toArray()) {
                TimeWindow w;
                const QJsonObject wo = wv.toObject();
                if (!readTime(wo, QLatin1String("start"), &w.start) ||
                    !readTime(wo, QLatin1String("end"), &w.end) || w.end < w.start) {
                    fail(error, QStringLiteral("job %1: invalid window").arg(j.id));
                    return std::nullopt;
                }
                j.windows.append(w);
            }
        } else if (o.contains(QLatin1String("window_start")) ||
                   o.contains(QLatin1String("window_end"))) {
            TimeWindow w;
            if (!readTime(o, QLatin1String("window_start"), &w.start) ||
                !readTime(o, QLatin1String("window_end"), &w.end) || w.end < w.start) {
                fail(error, QStringLiteral("job %1: invalid window").arg(j.id));
                return std::nullopt;
            }
            j.windows.append(w);
        }
        j.skills = readStrings(o.value(QLatin1String("skills")));
        j.priority = std::clamp(o.value(QLatin1String("priority")).toInt(1), 1, 5);
        j.demand = o.value(QLatin1String("demand")).toInt(0);
        j.pinnedTechnician = idOf(o.value(QLatin1String("technician")));
        j.locked = o.value(QLatin1String("locked")).toBool(false);
        if (j.locked && j.pinnedTechnician.isEmpty()) {
            fail(error, QStringLiteral("job %1: locked without a technician").arg(j.id));
            return std::nullopt;
        }
        if (o.contains(QLatin1String("matrix_index")))
            j.matrixIndex = o.value(QLatin1String("matrix_index")).toInt();
        p.jobs.append(j);
    }
    const QJsonObject travel = json.value(QLatin1String("travel")).toObject();
    p.travel.speedKmh = travel.value(QLatin1String("speed_kmh")).toDouble(40.0);
    p.travel.roadFactor = travel.value(QLatin1String("road_factor")).toDouble(1.3);
    if (p.travel.speedKmh <= 0 || p.travel.roadFactor <= 0) {
        fail(error, QStringLiteral("travel: speed_kmh and road_factor must be positive"));
        return std::nullopt;
    }
    if (travel.contains(QLatin1String("matrix_s"))) {
        const QJsonArray rows = travel.value(QLatin1String("matrix_s")).toArray();
        for (const QJsonValue &row : rows) {
            std::vector<double> r;
            for (const QJsonValue &v : row.toArray())
                r.push_back(v.toDouble());
            if (!p.travel.matrixS.empty() && r.size() != p.travel.matrixS.front().size()) {
                fail(error, QStringLiteral("travel: matrix_s rows differ in length"));
                return std::nullopt;
            }
            p.travel.matrixS.push_back(std::move(r));
        }
        if (!p.travel.matrixS.empty() &&
            p.travel.matrixS.size() != p.travel.matrixS.front().size()) {
            fail(error, QStringLiteral("travel: matrix_s is not square"));
            return std::nullopt;
        }
        const auto n = static_cast<int>(p.travel.matrixS.size());
        auto inRange = [n](std::optional<int> i) { return !i || (*i >= 0 && *i < n); };
        bool ok = true;
        for (const Technician &t : p.technicians)
            ok = ok && inRange(t.startIndex) && inRange(t.endIndex);
        for (const Job &j : p.jobs)
            ok = ok && inRange(j.matrixIndex);
        const bool defaultsFit = n >= 2 * p.technicians.size() + p.jobs.size();
        bool needsDefaults = false;
        for (const Technician &t : p.technicians)
            needsDefaults = needsDefaults || !t.startIndex || !t.endIndex;
        for (const Job &j : p.jobs)
            needsDefaults = needsDefaults || !j.matrixIndex;
        if (!ok || (needsDefaults && !defaultsFit)) {
            fail(error, QStringLiteral("travel: matrix_s is too small for the locations"));
            return std::nullopt;
        }
    }
    p.timeLimitS = json.value(QLatin1String("time_limit_s")).toDouble(5.0);
    p.seed = static_cast<quint64>(json.value(QLatin1String("seed")).toInteger(1));
    return p;
}

QJsonObject Problem::toJson() const
{
    QJsonArray techs;
    for (const Technician &t : technicians) {
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("skills"), QJsonArray::fromStringList(t.skills)},
                      {QStringLiteral("start"), pointToJson(t.start)},
                      {QStringLiteral("end"), pointToJson(t.end)},
                      {QStringLiteral("shift_start"), toIsoUtc(t.shiftStart)},
                      {QStringLiteral("shift_end"), toIsoUtc(t.shiftEnd)}};
        if (t.breakRule) {
            o.insert(QStringLiteral("break"),
                     QJsonObject{{QStringLiteral("earliest"), toIsoUtc(t.breakRule->earliest)},
                                 {QStringLiteral("latest"), toIsoUtc(t.breakRule->latest)},
                                 {QStringLiteral("duration_min"), t.breakRule->durationS / 60.0}});
        }
        if (t.maxJobs)
            o.insert(QStringLiteral("max_jobs"), *t.maxJobs);
        if (t.capacity)
            o.insert(QStringLiteral("capacity"), *t.capacity);
        if (t.startIndex)
            o.insert(QStringLiteral("start_index"), *t.startIndex);
        if (t.endIndex)
            o.insert(QStringLiteral("end_index"), *t.endIndex);
        techs.append(o);
    }
    QJsonArray jobArray;
    for (const Job &j : jobs) {
        QJsonObject o{{QStringLiteral("id"), j.id},
                      {QStringLiteral("location"), pointToJson(j.location)},
                      {QStringLiteral("duration_min"), j.durationS / 60.0},
                      {QStringLiteral("skills"), QJsonArray::fromStringList(j.skills)},
                      {QStringLiteral("priority"), j.priority}};
        if (j.windows.size() == 1) {
            o.insert(QStringLiteral("window_start"), toIsoUtc(j.windows.front().start));
            o.insert(QStringLiteral("window_end"), toIsoUtc(j.windows.front().end));
        } else if (j.windows.size() > 1) {
            QJsonArray ws;
            for (const TimeWindow &w : j.windows)
                ws.append(QJsonObject{{QStringLiteral("start"), toIsoUtc(w.start)},
                                      {QStringLiteral("end"), toIsoUtc(w.end)}});
            o.insert(QStringLiteral("windows"), ws);
        }
        if (j.demand != 0)
            o.insert(QStringLiteral("demand"), j.demand);
        if (!j.pinnedTechnician.isEmpty())
            o.insert(QStringLiteral("technician"), j.pinnedTechnician);
        if (j.locked)
            o.insert(QStringLiteral("locked"), true);
        if (j.matrixIndex)
            o.insert(QStringLiteral("matrix_index"), *j.matrixIndex);
        jobArray.append(o);
    }
    QJsonObject travelJson;
    if (!travel.matrixS.empty()) {
        QJsonArray rows;
        for (const auto &row : travel.matrixS) {
            QJsonArray r;
            for (double v : row)
                r.append(v);
            rows.append(r);
        }
        travelJson.insert(QStringLiteral("matrix_s"), rows);
    } else {
        travelJson.insert(QStringLiteral("speed_kmh"), travel.speedKmh);
        travelJson.insert(QStringLiteral("road_factor"), travel.roadFactor);
    }
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("technicians"), techs},
                       {QStringLiteral("jobs"), jobArray},
                       {QStringLiteral("travel"), travelJson},
                       {QStringLiteral("time_limit_s"), timeLimitS},
                       {QStringLiteral("seed"), static_cast<qint64>(seed)}};
}

} // namespace fielddesk::routing
