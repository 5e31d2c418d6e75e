#include "fielddesk/routing/solomoninstance.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace fielddesk::routing {

std::optional<SolomonInstance> SolomonInstance::fromText(const QByteArray &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SolomonInstance>{};
    };
    SolomonInstance instance;
    const QList<QByteArray> lines = text.split('\n');
    enum class Section { Name, Vehicle, Customer } section = Section::Name;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (instance.name.isEmpty() && section == Section::Name) {
            instance.name = QString::fromLatin1(line);
            continue;
        }
        if (line.startsWith("VEHICLE")) {
            section = Section::Vehicle;
            continue;
        }
        if (line.startsWith("CUSTOMER")) {
            section = Section::Customer;
            continue;
        }
        const QList<QByteArray> fields = line.simplified().split(' ');
        bool numeric = true;
        fields.front().toDouble(&numeric);
        if (!numeric)
            continue; // column headings
        if (section == Section::Vehicle && fields.size() >= 2) {
            instance.vehicles = fields[0].toInt();
            instance.capacity = fields[1].toInt();
        } else if (section == Section::Customer) {
            if (fields.size() < 7)
                return fail(QStringLiteral("customer line with fewer than 7 fields"));
            Node n;
            n.number = fields[0].toInt();
            n.x = fields[1].toDouble();
            n.y = fields[2].toDouble();
            n.demand = static_cast<int>(std::lround(fields[3].toDouble()));
            n.ready = static_cast<int>(std::lround(fields[4].toDouble()));
            n.due = static_cast<int>(std::lround(fields[5].toDouble()));
            n.service = static_cast<int>(std::lround(fields[6].toDouble()));
            instance.nodes.push_back(n);
        }
    }
    if (instance.vehicles <= 0 || instance.capacity <= 0)
        return fail(QStringLiteral("no VEHICLE section with fleet size and capacity"));
    if (instance.nodes.size() < 2)
        return fail(QStringLiteral("no customers"));
    if (instance.nodes.front().number != 0)
        return fail(QStringLiteral("the first node must be the depot (number 0)"));
    return instance;
}

std::optional<SolomonInstance> SolomonInstance::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(path);
        return std::nullopt;
    }
    auto instance = fromText(file.readAll(), error);
    if (instance && instance->name.isEmpty())
        instance->name = QFileInfo(path).baseName();
    return instance;
}

int SolomonInstance::distanceTenths(int from, int to) const
{
    const Node &a = nodes[static_cast<std::size_t>(from)];
    const Node &b = nodes[static_cast<std::size_t>(to)];
    const double d = std::sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y));
    return static_cast<int>(std::floor(d * 10.0));
}

QHash<QString, double> solomonBestKnownDistances(const QByteArray &csv)
{
    QHash<QString, double> best;
    for (const QByteArray &line : csv.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(',');
        if (f.size() >= 3 && f[0] != "instance")
            best.insert(QString::fromUtf8(f[0]), f[2].toDouble());
    }
    return best;
}

} // namespace fielddesk::routing
