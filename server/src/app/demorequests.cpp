#include "app/demorequests.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/notificationrepository.h"
#include "repositories/requestrepository.h"
#include "repositories/supplyrepository.h"
#include "repositories/technicianrepository.h"
#include "services/requestservice.h"

#include <random>

namespace fielddesk::server {

namespace {

constexpr int kDemoRequests = 60;
constexpr int kMonthDays = 30;
constexpr int kAwaitingDays = 4; // requests younger than this are still undecided
constexpr quint32 kSeed = 13;

struct DemoTool
{
    const char *name;
    const char *code;
};

const DemoTool kTools[] = {{"Pipe wrench 18\"", "PW-18"},
                           {"Torque wrench", "TW-1"},
                           {"Refrigerant gauge set", "RG-4"},
                           {"Vacuum pump", "VP-2"},
                           {"Duct inspection camera", "DC-1"},
                           {"Hedge trimmer", "HT-3"},
                           {"Leaf blower", "LB-2"},
                           {"Extension ladder 24 ft", "LD-24"}};

CallContext demoCall(const Principal &who)
{
    return CallContext{who, QStringLiteral("demo-seed"), {}};
}

RequestDetails detailsFor(const QString &kind,
                          std::mt19937 &random,
                          const QList<Tool> &tools,
                          const QList<ClothingItem> &clothing,
                          const QDateTime &filedAt)
{
    const auto pick = [&random](qsizetype size) { return qsizetype(random() % quint32(size)); };
    RequestDetails d;
    if (kind == QLatin1String("tool")) {
        const QStringList reasons{QStringLiteral("Mine broke on a job"),
                                  QStringLiteral("Second crew needs one"),
                                  QStringLiteral("Worn out after three seasons")};
        d.toolId = tools.at(pick(tools.size())).id;
        d.quantity = int(1 + random() % 2);
        d.neededBy = filedAt.date().addDays(7).toString(Qt::ISODate);
        d.reason = reasons.at(pick(reasons.size()));
    } else if (kind == QLatin1String("clothing")) {
        const ClothingItem &item = clothing.at(pick(clothing.size()));
        d.items = QList<ClothingLine>{{item.id, item.sizes.at(pick(item.sizes.size())), 1}};
    } else if (kind == QLatin1String("time_off")) {
        const QDateTime starts =
            QDateTime(filedAt.date().addDays(10 + pick(20)), QTime(7, 0), QTimeZone::utc());
        const QStringList types{QStringLiteral("vacation"), QStringLiteral("personal"),
                                QStringLiteral("sick"), QStringLiteral("unpaid")};
        d.startsAt = toTimestamp(starts);
        d.endsAt = toTimestamp(starts.addDays(1 + pick(4)));
        d.type = types.at(pick(types.size()));
    } else if (kind == QLatin1String("repair")) {
        const QStringList subjects{QStringLiteral("Van door does not lock"),
                                   QStringLiteral("Ladder rack loose"),
                                   QStringLiteral("Check-engine light on")};
        const QStringList severities{QStringLiteral("low"), QStringLiteral("medium"),
                                     QStringLiteral("high"), QStringLiteral("critical")};
        d.subject = subjects.at(pick(subjects.size()));
        d.description = QStringLiteral("Noticed on the morning round.");
        d.severity = severities.at(pick(severities.size()));
    } else if (kind == QLatin1String("suggestion")) {
        d.title = QStringLiteral("Shared parts shelf");
        d.text = QStringLiteral("A shelf of common filters at each depot saves a trip a day.");
    } else {
        d.partnerName = QStringLiteral("Front Range Pools");
        d.contactName = QStringLiteral("Jamie Ortiz");
        d.contactEmail = QStringLiteral("jamie@frontrangepools.example");
        d.notes = QStringLiteral("The customer asked about a pool heater.");
    }
    return d;
}

} // namespace

void DemoRequests::seed(qint64 tenantId, const Principal &manager, const Principal &admin)
{
    SupplyRepository supplies(m_db);
    QList<Tool> tools;
    QList<ClothingItem> clothing;
    {
        Transaction tx(m_db);
        for (const DemoTool &demo : kTools) {
            Tool tool;
            tool.name = QString::fromUtf8(demo.name);
            tool.code = QLatin1String(demo.code);
            tools << supplies.insertTool(tenantId, tool);
        }
        const QList<std::pair<const char *, QStringList>> items{
            {"Work jacket",
             {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("XL")}},
            {"Hi-vis vest", {QStringLiteral("M"), QStringLiteral("L"), QStringLiteral("XL")}},
            {"Safety boots",
             {QStringLiteral("40"), QStringLiteral("42"), QStringLiteral("44"),
              QStringLiteral("46")}},
            {"Work gloves", {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")}}};
        for (const auto &[name, sizes] : items) {
            ClothingItem item;
            item.name = QLatin1String(name);
            item.sizes = sizes;
            clothing << supplies.insertClothingItem(tenantId, item);
        }
        tx.commit();
    }

    // Requesters: the technicians at the manager's locations, a few elsewhere (the admin's).
    QList<Technician> technicians =
        TechnicianRepository(m_db).activeAt(tenantId, admin.locationIds);
    if (technicians.isEmpty())
        return;
    std::mt19937 random(kSeed);
    const QStringList kinds{QStringLiteral("tool"),     QStringLiteral("clothing"),
                            QStringLiteral("time_off"), QStringLiteral("time_off"),
                            QStringLiteral("repair"),   QStringLiteral("suggestion"),
                            QStringLiteral("referral")};
    EventNotifier events; // nobody listens while the demo is seeded
    RequestService service(m_db, events);
    RequestRepository requests(m_db);
    NotificationRepository notifications(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kDemoRequests; ++i) {
        const Technician &t = technicians.at(qsizetype(random() % quint32(technicians.size())));
        Principal requester;
        requester.userId = t.userId;
        requester.tenantId = tenantId;
        requester.role = Role::Employee;
        requester.name = t.name;
        requester.email = t.email;
        requester.locationIds = {t.locationId};
        // Oldest first, spread over the month; the last ones are this week's.
        const QDateTime filedAt =
            now.addSecs(-qint64(kMonthDays - i * kMonthDays / kDemoRequests) * 86400 +
                        qint64(random() % 36000));
        const QString kind = kinds.at(qsizetype(random() % quint32(kinds.size())));
        RequestDraft draft;
        draft.kind = kind;
        draft.details = detailsFor(kind, random, tools, clothing, filedAt);
        const Result<Request> filed = service.create(demoCall(requester), draft);
        if (!filed)
            continue;
        QString decidedAt;
        if (filedAt.daysTo(now) >= kAwaitingDays) {
            const Principal &decider = manager.locationIds.contains(t.locationId) ? manager : admin;
            const quint32 roll = random() % 10;
            RequestDecision decision{QStringLiteral("approve"), std::nullopt, {}};
            if (roll >= 8)
                decision = {QStringLiteral("reject"), std::nullopt,
                            QStringLiteral("Not this month; ask again in spring.")};
            const Principal &who = roll == 7 ? requester : decider;
            if (roll == 7)
                decision = {QStringLiteral("cancel"), std::nullopt, {}};
            const Result<RequestDecisionOutcome> decided =
                service.decide(demoCall(who), filed->id, decision);
            if (decided && decision.action == QLatin1String("approve") && roll < 4 &&
                kind != QLatin1String("time_off") && kind != QLatin1String("suggestion") &&
                kind != QLatin1String("referral"))
                (void)service.decide(demoCall(decider), filed->id,
                                     {QStringLiteral("fulfil"), std::nullopt, {}});
            decidedAt = toTimestamp(filedAt.addSecs(3600 * (2 + qint64(random() % 40))));
        }
        requests.backdate(filed->id, toTimestamp(filedAt), decidedAt);
        // What was decided was seen then; what waits is unread, as a manager would find it.
        notifications.backdateAbout(QStringLiteral("request"), filed->id, toTimestamp(filedAt),
                                    decidedAt, decidedAt);
    }
}

} // namespace fielddesk::server
