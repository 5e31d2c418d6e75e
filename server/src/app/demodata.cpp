#include "app/demodata.h"

#include "repositories/locationrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"

namespace fielddesk::server {

namespace {

struct DemoUser
{
    const char *email;
    const char *name;
    Role role;
    const char *tenant;
    QList<int> locations; // indexes into the tenant's demo locations
};

const char *const kDemoTenant = "Demo Duct & Lawn Co.";
const char *const kOtherTenant = "Other Co.";

const QList<DemoUser> &demoUsers()
{
    static const QList<DemoUser> users{
        {"admin@demo.local", "Alex Admin", Role::Admin, kDemoTenant, {0, 1, 2}},
        {"manager@demo.local", "Morgan Manager", Role::Manager, kDemoTenant, {0, 1}},
        {"dispatcher@demo.local", "Dana Dispatcher", Role::Dispatcher, kDemoTenant, {0, 1}},
        {"tech1@demo.local", "Taylor Tech", Role::Employee, kDemoTenant, {0}},
        {"admin@other.local", "Olive Other", Role::Admin, kOtherTenant, {0}},
    };
    return users;
}

Location
demoLocation(qint64 tenantId, const char *name, const char *address, double lat, double lon)
{
    Location l;
    l.tenantId = tenantId;
    l.name = QLatin1String(name);
    l.address = QLatin1String(address);
    l.latitude = lat;
    l.longitude = lon;
    l.timeZone = QStringLiteral("America/Denver");
    return l;
}

} // namespace

QStringList DemoData::accounts()
{
    QStringList lines;
    for (const DemoUser &user : demoUsers())
        lines << QStringLiteral("%1 (%2, %3)")
                     .arg(QLatin1String(user.email), roleName(user.role),
                          QLatin1String(user.tenant));
    return lines;
}

bool DemoData::seedIfEmpty()
{
    TenantRepository tenants(m_db);
    if (tenants.count() > 0)
        return false;
    LocationRepository locations(m_db);
    UserRepository users(m_db);
    // One hash for every demo account would let one crack serve all; hash each.
    Transaction tx(m_db);
    QHash<QString, QPair<qint64, QList<qint64>>> tenantIds; // name -> (id, location ids)
    {
        Tenant demo;
        demo.name = QLatin1String(kDemoTenant);
        demo.timeZone = QStringLiteral("America/Denver");
        demo = tenants.insert(demo);
        QList<qint64> ids;
        ids << locations
                   .insert(demoLocation(demo.id, "Denver Central",
                                        "1550 Wewatta St, Denver, CO 80202", 39.7525, -105.0002))
                   .id;
        ids << locations
                   .insert(demoLocation(demo.id, "Aurora East",
                                        "14200 E Alameda Ave, Aurora, CO 80012", 39.7107,
                                        -104.8197))
                   .id;
        ids << locations
                   .insert(demoLocation(demo.id, "Lakewood West",
                                        "7600 W Colfax Ave, Lakewood, CO 80214", 39.7402,
                                        -105.0822))
                   .id;
        tenantIds.insert(demo.name, {demo.id, ids});
    }
    {
        Tenant other;
        other.name = QLatin1String(kOtherTenant);
        other.timeZone = QStringLiteral("America/Chicago");
        other = tenants.insert(other);
        Location hq = demoLocation(other.id, "Other HQ", "233 S Wacker Dr, Chicago, IL 60606",
                                   41.8789, -87.6359);
        hq.timeZone = QStringLiteral("America/Chicago");
        tenantIds.insert(other.name, {other.id, {locations.insert(hq).id}});
    }
    for (const DemoUser &demoUser : demoUsers()) {
        const auto &[tenantId, locationIds] = tenantIds.value(QLatin1String(demoUser.tenant));
        User user;
        user.tenantId = tenantId;
        user.email = QLatin1String(demoUser.email);
        user.name = QLatin1String(demoUser.name);
        user.role = demoUser.role;
        for (const int index : demoUser.locations)
            user.locationIds << locationIds.at(index);
        users.insert(user, m_hasher.hash(QLatin1String(kPassword)));
    }
    tx.commit();
    return true;
}

} // namespace fielddesk::server
