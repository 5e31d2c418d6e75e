#include "app/moneyseeder.h"

#include "app/receiptimage.h"
#include "fielddesk/domain/money.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/mediarepository.h"
#include "storage/bulkinsert.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

#include <QCryptographicHash>

#include <random>

namespace fielddesk::server {

namespace {

struct CategorySpec
{
    const char *name;
    const char *code;
    bool requiresReceipt;
    qint64 limitMinor; // 0: none
    int weight;
    qint64 low, high; // usual amounts
    QStringList merchants;
    QStringList descriptions;
};

// The first entries of each kind are today's and await a location's decider.
constexpr int kAwaitingEach = 3;

const QList<CategorySpec> &categorySpecs()
{
    static const QList<CategorySpec> specs{
        {"Fuel",
         "FUEL",
         false,
         15000,
         40,
         3500,
         14500,
         {QStringLiteral("Shell, W Colfax Ave"), QStringLiteral("Conoco, E Alameda Ave"),
          QStringLiteral("King Soopers Fuel"), QStringLiteral("Costco Gas, Aurora")},
         {QStringLiteral("Van refuel"), QStringLiteral("Refuel before the Aurora route"),
          QStringLiteral("Fuel for the trailer run")}},
        {"Parts",
         "PARTS",
         true,
         50000,
         20,
         1200,
         42000,
         {QStringLiteral("Ferguson HVAC Supply"), QStringLiteral("Home Depot, Lakewood"),
          QStringLiteral("Johnstone Supply"), QStringLiteral("Ewing Irrigation")},
         {QStringLiteral("Blower motor capacitor"), QStringLiteral("Filters for the Nguyen job"),
          QStringLiteral("Sprinkler valves"), QStringLiteral("Duct tape and mastic")}},
        {"Meals",
         "MEALS",
         false,
         3000,
         20,
         900,
         3400,
         {QStringLiteral("Illegal Pete's"), QStringLiteral("Snooze, Union Station"),
          QStringLiteral("Chipotle, Aurora"), QStringLiteral("Denver Biscuit Co.")},
         {QStringLiteral("Lunch between jobs"), QStringLiteral("Crew breakfast, early start"),
          QStringLiteral("Dinner on the late install")}},
        {"Tolls",
         "TOLLS",
         false,
         0,
         12,
         250,
         1800,
         {QStringLiteral("E-470 Public Highway Authority"), QStringLiteral("Northwest Parkway"),
          QStringLiteral("Denver Airport parking")},
         {QStringLiteral("E-470 to the airport job"), QStringLiteral("Toll road, Broomfield"),
          QStringLiteral("Parking at the customer's office")}},
        {"Lodging",
         "LODGING",
         true,
         25000,
         8,
         8900,
         23000,
         {QStringLiteral("Hampton Inn, Fort Collins"), QStringLiteral("Best Western, Pueblo"),
          QStringLiteral("Holiday Inn Express, Greeley")},
         {QStringLiteral("Overnight for the two-day install"),
          QStringLiteral("Hotel near the Pueblo job")}},
    };
    return specs;
}

struct SpiffTypeSpec
{
    const char *name;
    qint64 amount;
    int weight;
    bool automatic;
    QStringList reasons;
};

const QList<SpiffTypeSpec> &spiffTypeSpecs()
{
    static const QList<SpiffTypeSpec> specs{
        {"Maintenance plan sold",
         5000,
         30,
         false,
         {QStringLiteral("Sold an annual HVAC plan"), QStringLiteral("Two-year lawn care plan")}},
        {"Customer referral",
         2500,
         20,
         false,
         {QStringLiteral("Referred the neighbours"),
          QStringLiteral("Referral from the Ortiz job")}},
        {"Five-star review",
         1000,
         30,
         false,
         {QStringLiteral("Named in a five-star review"), QStringLiteral("Google review by name")}},
        {"Duct cleaning completed",
         1500,
         20,
         true,
         {QStringLiteral("Completed a whole-house duct cleaning")}},
    };
    return specs;
}

// What becomes of an entry filed `ageDays` ago: its last status.
QString fateOf(int ageDays, std::mt19937 &random, const QString &paidStatus)
{
    const int roll = int(random() % 100);
    if (ageDays < 2)
        return roll < 70 ? QStringLiteral("submitted") : QStringLiteral("approved");
    if (ageDays < 14) {
        if (roll < (ageDays < 7 ? 10 : 0))
            return QStringLiteral("submitted");
        if (roll < 60)
            return QStringLiteral("approved");
        if (roll < 70)
            return QStringLiteral("rejected");
        if (roll < 75)
            return QStringLiteral("cancelled");
        return paidStatus;
    }
    if (roll < 70)
        return paidStatus;
    if (roll < 80)
        return QStringLiteral("approved");
    if (roll < 92)
        return QStringLiteral("rejected");
    return QStringLiteral("cancelled");
}

// One entry (an expense or a spiff) as it will be written, with its story.
struct Entry
{
    qint64 id = 0;
    MoneySeedPerson employee;
    MoneySeedPerson decider;
    QDate day;
    QString status;
    QDateTime submittedAt, decidedAt, paidAt;
    qint64 amount = 0;
    QString text; // merchant / reason
    QString description;
    int category = 0;
    std::optional<qint64> correctsId;
    std::optional<qint64> jobId;
    bool automatic = false;
    QList<qint64> media;
    bool overLimit = false;
};

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toTimestamp(t)) : QVariant(QMetaType::fromType<QString>());
}

// How the column lists below are written: "tenant_id, location_id, …".
const QString kColumnSeparator = QStringLiteral(", ");

// The columns an entry's row ends with: filed, decided, paid out (`paidColumn`: reimbursed_at,
// paid_at), its version and last change.
QStringList storyColumns(const QString &paidColumn)
{
    return {QStringLiteral("submitted_at"),
            QStringLiteral("decided_by"),
            QStringLiteral("decided_at"),
            QStringLiteral("decision_comment"),
            paidColumn,
            QStringLiteral("version"),
            QStringLiteral("updated_at")};
}

// The names of catalog specs (categories, spiff types), in their order.
template<typename Spec>
QStringList namesOf(const QList<Spec> &specs)
{
    QStringList names;
    for (const Spec &spec : specs)
        names << QLatin1String(spec.name);
    return names;
}

// The values of storyColumns() for `e`.
QVariantList storyValues(const Entry &e)
{
    const bool decided = e.decidedAt.isValid() && e.status != QLatin1String("cancelled");
    const QDateTime last = e.paidAt.isValid()      ? e.paidAt
                           : e.decidedAt.isValid() ? e.decidedAt
                                                   : e.submittedAt;
    return {toTimestamp(e.submittedAt),
            decided ? QVariant(e.decider.userId) : nullableId(std::nullopt),
            decided ? timeOrNull(e.decidedAt) : timeOrNull({}),
            nullableText(e.status == QLatin1String("rejected")
                             ? QStringLiteral("Not a company expense: please check the policy.")
                             : QString()),
            timeOrNull(e.paidAt),
            1 + (e.decidedAt.isValid() ? 1 : 0) + (e.paidAt.isValid() ? 1 : 0),
            toTimestamp(last)};
}

class Writer
{
public:
    Writer(Database &db, const MoneySeedPlan &plan)
        : m_db(db)
        , m_plan(plan)
        , m_tx(db, plan.rowsPerCommit)
        , m_random(plan.seed)
        , m_now(QDateTime::currentDateTimeUtc())
        , m_since(toTimestamp(m_now))
    {}

    MoneySeedResult run();

private:
    void writeCatalogs();
    const MoneySeedPerson &pickEmployee();
    MoneySeedPerson deciderAt(qint64 locationId) const;
    // Submission, decision and payment times for an entry of `day` ending in `status`.
    void tell(Entry &e);
    // Makes `e` one of today's, awaiting a decider's decision (the demo manager always has
    // some waiting), when the plan names deciders.
    void awaitToday(Entry &e);
    QList<Entry> makeExpenses();
    QList<Entry> makeCorrections(const QList<Entry> &expenses);
    void writeExpenses(QList<Entry> &entries);
    QList<Entry> makeSpiffs();
    void writeSpiffs(QList<Entry> &entries);
    // The histories and notifications of `entries`, each a `noun` ("expense"), told as `what`
    // ("an expense") of its category's name (`names`, by Entry::category).
    void writeStories(const QList<Entry> &entries,
                      const QString &noun,
                      const QString &what,
                      const QStringList &names,
                      const QString &paidWord);
    void writeStory(BulkInsert &history,
                    BulkInsert &notifications,
                    const Entry &e,
                    const QString &objectType,
                    const QString &title,
                    const QString &paidWord);

    Database &m_db;
    const MoneySeedPlan &m_plan;
    BatchedTransaction m_tx;
    std::mt19937 m_random;
    QDateTime m_now;
    QString m_since;
    MoneySeedResult m_result;
    int m_totalWeight = 0;
};

MoneySeedResult Writer::run()
{
    for (const MoneySeedPerson &p : m_plan.employees)
        m_totalWeight += std::max(1, p.weight);
    writeCatalogs();
    if (!m_plan.employees.isEmpty()) {
        QList<Entry> expenses = makeExpenses();
        writeExpenses(expenses);
        QList<Entry> corrections = makeCorrections(expenses);
        writeExpenses(corrections);
        m_result.corrections = corrections.size();
        QList<Entry> spiffs = makeSpiffs();
        writeSpiffs(spiffs);
    }
    m_tx.commit();
    return m_result;
}

void Writer::writeCatalogs()
{
    BulkInsert categories(m_db, m_tx, QStringLiteral("expense_categories"),
                          {QStringLiteral("tenant_id"), QStringLiteral("name"),
                           QStringLiteral("code"), QStringLiteral("requires_receipt"),
                           QStringLiteral("limit_minor"), QStringLiteral("active"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at")},
                          true);
    for (const CategorySpec &c : categorySpecs())
        categories.add({m_plan.tenantId, QLatin1String(c.name), QLatin1String(c.code),
                        c.requiresReceipt ? 1 : 0,
                        nullableId(c.limitMinor > 0 ? std::optional(c.limitMinor) : std::nullopt),
                        1, m_since, m_since});
    categories.finish();
    m_result.categoryIds = categories.ids();

    BulkInsert types(m_db, m_tx, QStringLiteral("spiff_types"),
                     {QStringLiteral("tenant_id"), QStringLiteral("name"),
                      QStringLiteral("default_amount_minor"), QStringLiteral("service_id"),
                      QStringLiteral("auto_on_completion"), QStringLiteral("active"),
                      QStringLiteral("created_at"), QStringLiteral("updated_at")},
                     true);
    for (const SpiffTypeSpec &t : spiffTypeSpecs()) {
        const bool automatic = t.automatic && m_plan.autoSpiffServiceId;
        types.add({m_plan.tenantId, QLatin1String(t.name), t.amount,
                   nullableId(automatic ? m_plan.autoSpiffServiceId : std::nullopt),
                   automatic ? 1 : 0, 1, m_since, m_since});
    }
    types.finish();
    m_result.spiffTypeIds = types.ids();
}

const MoneySeedPerson &Writer::pickEmployee()
{
    int roll = int(m_random() % quint32(m_totalWeight));
    for (const MoneySeedPerson &p : m_plan.employees) {
        roll -= std::max(1, p.weight);
        if (roll < 0)
            return p;
    }
    return m_plan.employees.last();
}

MoneySeedPerson Writer::deciderAt(qint64 locationId) const
{
    return m_plan.deciders.value(locationId, m_plan.admin);
}

void Writer::tell(Entry &e)
{
    // Filed that evening or within two days (never in the future), decided within two days,
    // paid a week or so later: what has not happened by now has not happened yet.
    const QDateTime evening(e.day, QTime(17, 30), QTimeZone::utc());
    e.submittedAt =
        std::min(m_now.addSecs(-600), evening.addSecs(qint64(m_random() % (2 * 86400)) + 3600 * 7));
    if (e.status == QLatin1String("submitted"))
        return;
    e.decidedAt = e.submittedAt.addSecs(3600 + qint64(m_random() % (2 * 86400)));
    if (e.decidedAt > m_now) {
        e.status = QStringLiteral("submitted");
        e.decidedAt = {};
        return;
    }
    if (e.status == QLatin1String("reimbursed") || e.status == QLatin1String("paid")) {
        e.paidAt = e.decidedAt.addSecs(3 * 86400 + qint64(m_random() % (7 * 86400)));
        if (e.paidAt > m_now) {
            e.status = QStringLiteral("approved");
            e.paidAt = {};
        }
    }
}

void Writer::awaitToday(Entry &e)
{
    if (m_plan.deciders.isEmpty())
        return;
    for (const MoneySeedPerson &p : m_plan.employees) {
        if (m_plan.deciders.contains(p.locationId) && m_random() % 4 == 0) {
            e.employee = p;
            break;
        }
    }
    if (!m_plan.deciders.contains(e.employee.locationId))
        return;
    e.decider = deciderAt(e.employee.locationId);
    e.day = m_plan.lastDay;
    e.status = QStringLiteral("submitted");
}

QList<Entry> Writer::makeExpenses()
{
    QList<Entry> entries;
    entries.reserve(m_plan.expenses);
    const int days = std::max(1, int(m_plan.firstDay.daysTo(m_plan.lastDay)) + 1);
    int categoryWeights = 0;
    for (const CategorySpec &c : categorySpecs())
        categoryWeights += c.weight;
    for (int i = 0; i < m_plan.expenses; ++i) {
        Entry e;
        e.employee = pickEmployee();
        e.decider = deciderAt(e.employee.locationId);
        e.day = m_plan.firstDay.addDays(qint64(m_random() % quint32(days)));
        if (e.day.dayOfWeek() == 7) // Sundays are quiet
            e.day = e.day.addDays(-1);
        int roll = int(m_random() % quint32(categoryWeights));
        for (int c = 0; c < categorySpecs().size(); ++c) {
            roll -= categorySpecs().at(c).weight;
            if (roll < 0) {
                e.category = c;
                break;
            }
        }
        const CategorySpec &spec = categorySpecs().at(e.category);
        e.amount = spec.low + qint64(m_random() % quint32(spec.high - spec.low));
        if (spec.limitMinor > 0 && m_random() % 25 == 0) // now and then over the limit
            e.amount = spec.limitMinor + 100 + qint64(m_random() % quint32(spec.limitMinor / 3));
        e.overLimit = spec.limitMinor > 0 && e.amount > spec.limitMinor;
        e.text = spec.merchants.at(qsizetype(m_random() % quint32(spec.merchants.size())));
        e.description =
            spec.descriptions.at(qsizetype(m_random() % quint32(spec.descriptions.size())));
        e.status =
            fateOf(int(e.day.daysTo(m_plan.lastDay)), m_random, QStringLiteral("reimbursed"));
        if (i < kAwaitingEach)
            awaitToday(e);
        tell(e);
        entries.append(e);
    }
    return entries;
}

QList<Entry> Writer::makeCorrections(const QList<Entry> &expenses)
{
    QList<Entry> corrections;
    for (const Entry &original : expenses) {
        if ((original.status != QLatin1String("approved") &&
             original.status != QLatin1String("reimbursed")) ||
            m_random() % 25 != 0)
            continue;
        Entry e = original;
        e.id = 0;
        e.correctsId = original.id;
        e.media.clear();
        e.overLimit = false;
        e.day = std::min(m_plan.lastDay, original.day.addDays(1 + qint64(m_random() % 5)));
        // Part of it came back (a deposit, a returned part): a tenth to a half.
        e.amount = -std::max<qint64>(1, original.amount * (10 + qint64(m_random() % 41)) / 100);
        e.description = QStringLiteral("Correction: %1 refunded part of it").arg(original.text);
        e.status =
            fateOf(int(e.day.daysTo(m_plan.lastDay)), m_random, QStringLiteral("reimbursed"));
        if (e.status == QLatin1String("rejected") || e.status == QLatin1String("cancelled"))
            e.status = QStringLiteral("approved");
        tell(e);
        corrections.append(e);
    }
    return corrections;
}

void Writer::writeStory(BulkInsert &history,
                        BulkInsert &notifications,
                        const Entry &e,
                        const QString &objectType,
                        const QString &title,
                        const QString &paidWord)
{
    const auto step = [&](const QString &action, const QString &from, const QString &to,
                          const MoneySeedPerson &actor, const QDateTime &at,
                          const QString &comment) {
        history.add({m_plan.tenantId, e.id, action, nullableText(from), nullableText(to),
                     actor.userId > 0 ? QVariant(actor.userId) : nullableId(std::nullopt),
                     actor.userId > 0 ? actor.name : QStringLiteral("FieldDesk"),
                     nullableText(comment), toTimestamp(at)});
    };
    const auto notify = [&](qint64 userId, const QString &kind, const QString &text,
                            const QString &body, const QDateTime &at, bool read) {
        if (userId <= 0)
            return;
        notifications.add({m_plan.tenantId, userId, kind, text, body, objectType, e.id,
                           read ? QVariant(toTimestamp(at.addSecs(1800)))
                                : QVariant(QMetaType::fromType<QString>()),
                           toTimestamp(at)});
    };
    MoneySeedPerson filer = e.employee;
    if (e.automatic)
        filer = MoneySeedPerson{};
    step(QStringLiteral("submitted"), {}, QStringLiteral("submitted"), filer, e.submittedAt, {});
    const bool waiting = e.status == QLatin1String("submitted");
    notify(e.decider.userId, objectType + QStringLiteral(".submitted"),
           QStringLiteral("%1 filed %2").arg(e.employee.name, title), {}, e.submittedAt, !waiting);
    if (waiting)
        return;
    const QString last = e.status == paidWord ? QStringLiteral("approved") : e.status;
    if (last == QLatin1String("cancelled")) {
        step(QStringLiteral("cancelled"), QStringLiteral("submitted"), last, e.employee,
             e.decidedAt, {});
        return;
    }
    const QString comment = last == QLatin1String("rejected")
                                ? QStringLiteral("Not a company expense: please check the policy.")
                                : QString();
    step(last, QStringLiteral("submitted"), last, e.decider, e.decidedAt, comment);
    notify(e.employee.userId, objectType + QStringLiteral(".decided"),
           QStringLiteral("Your %1 was %2").arg(title, last), comment, e.decidedAt, true);
    if (e.paidAt.isValid()) {
        step(paidWord, QStringLiteral("approved"), paidWord, m_plan.admin, e.paidAt, {});
        notify(e.employee.userId, objectType + QStringLiteral(".decided"),
               QStringLiteral("Your %1 was %2").arg(title, paidWord), {}, e.paidAt, true);
    }
}

void Writer::writeExpenses(QList<Entry> &entries)
{
    if (entries.isEmpty())
        return;
    // Receipts first: what must have one has one, and most fuel and meals do too.
    if (m_plan.receipts) {
        BulkInsert media(m_db, m_tx, QStringLiteral("media"),
                         {QStringLiteral("tenant_id"), QStringLiteral("sha256"),
                          QStringLiteral("content_type"), QStringLiteral("size"),
                          QStringLiteral("content"), QStringLiteral("created_at")},
                         true);
        QList<Entry *> withReceipt;
        for (Entry &e : entries) {
            const bool needs = categorySpecs().at(e.category).requiresReceipt;
            if (e.correctsId || (!needs && m_random() % 10 < 4))
                continue;
            const QByteArray png = receiptPng(quint32(m_random()));
            media.add({m_plan.tenantId,
                       QString::fromLatin1(
                           QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()),
                       QStringLiteral("image/png"), qint64(png.size()), png,
                       toTimestamp(e.submittedAt)});
            withReceipt << &e;
        }
        media.finish();
        BulkInsert uploads(
            m_db, m_tx, QStringLiteral("media_uploads"),
            {QStringLiteral("media_id"), QStringLiteral("user_id"), QStringLiteral("uploaded_at")});
        for (qsizetype i = 0; i < withReceipt.size(); ++i) {
            withReceipt.at(i)->media = {media.ids().at(i)};
            uploads.add({media.ids().at(i), withReceipt.at(i)->employee.userId,
                         toTimestamp(withReceipt.at(i)->submittedAt)});
        }
        uploads.finish();
        m_result.receipts += withReceipt.size();
    }

    BulkInsert rows(m_db, m_tx, QStringLiteral("expenses"),
                    QStringLiteral("tenant_id, location_id, employee_id, category_id, spent_on, "
                                   "amount_minor, currency, merchant, description, media_ids, "
                                   "corrects_id, over_limit, status, search_text")
                            .split(kColumnSeparator) +
                        storyColumns(QStringLiteral("reimbursed_at")),
                    true);
    for (const Entry &e : std::as_const(entries)) {
        const CategorySpec &spec = categorySpecs().at(e.category);
        rows.add(QVariantList{m_plan.tenantId, e.employee.locationId, e.employee.userId,
                              m_result.categoryIds.at(e.category), e.day.toString(Qt::ISODate),
                              e.amount, m_plan.currency, e.text, e.description,
                              mediaIdsJson(e.media), nullableId(e.correctsId), e.overLimit ? 1 : 0,
                              e.status,
                              foldForSearch(QStringList{e.employee.name, QLatin1String(spec.name),
                                                        e.text, e.description}
                                                .join(QLatin1Char('\n')))} +
                 storyValues(e));
    }
    rows.finish();
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].id = rows.ids().at(i);
    m_result.expenses += entries.size();

    if (m_plan.receipts) {
        BulkInsert links(m_db, m_tx, QStringLiteral("expense_media"),
                         {QStringLiteral("expense_id"), QStringLiteral("media_id")});
        for (const Entry &e : std::as_const(entries))
            for (const qint64 media : e.media)
                links.add({e.id, media});
        links.finish();
    }
    writeStories(entries, QStringLiteral("expense"), QStringLiteral("an expense"),
                 namesOf(categorySpecs()), QStringLiteral("reimbursed"));
}

QList<Entry> Writer::makeSpiffs()
{
    QList<Entry> entries;
    const int days = std::max(1, int(m_plan.firstDay.daysTo(m_plan.lastDay)) + 1);
    int weights = 0;
    QList<int> manual;
    for (int t = 0; t < spiffTypeSpecs().size(); ++t) {
        if (!spiffTypeSpecs().at(t).automatic) {
            weights += spiffTypeSpecs().at(t).weight;
            manual << t;
        }
    }
    for (int i = 0; i < m_plan.spiffs; ++i) {
        Entry e;
        e.employee = pickEmployee();
        e.decider = deciderAt(e.employee.locationId);
        e.day = m_plan.firstDay.addDays(qint64(m_random() % quint32(days)));
        int roll = int(m_random() % quint32(weights));
        for (const int t : std::as_const(manual)) {
            roll -= spiffTypeSpecs().at(t).weight;
            if (roll < 0) {
                e.category = t;
                break;
            }
        }
        const SpiffTypeSpec &spec = spiffTypeSpecs().at(e.category);
        e.amount = spec.amount;
        e.text = spec.reasons.at(qsizetype(m_random() % quint32(spec.reasons.size())));
        e.status = fateOf(int(e.day.daysTo(m_plan.lastDay)), m_random, QStringLiteral("paid"));
        if (i < kAwaitingEach)
            awaitToday(e);
        tell(e);
        entries.append(e);
    }
    // The jobs completed already earned their automatic spiff.
    const auto automatic = std::find_if(spiffTypeSpecs().cbegin(), spiffTypeSpecs().cend(),
                                        [](const SpiffTypeSpec &s) { return s.automatic; });
    if (m_plan.autoSpiffServiceId && automatic != spiffTypeSpecs().cend()) {
        for (const MoneySeedPlan::CompletedJob &job : m_plan.completedJobs) {
            Entry e;
            e.employee = MoneySeedPerson{job.userId, job.userName, job.locationId, 1};
            e.decider = deciderAt(job.locationId);
            e.day = job.day;
            e.category = int(automatic - spiffTypeSpecs().cbegin());
            e.amount = automatic->amount;
            e.jobId = job.jobId;
            e.automatic = true;
            e.text = QStringLiteral("Completed job #%1").arg(job.jobId);
            e.status = fateOf(int(e.day.daysTo(m_plan.lastDay)), m_random, QStringLiteral("paid"));
            tell(e);
            entries.append(e);
        }
    }
    return entries;
}

void Writer::writeSpiffs(QList<Entry> &entries)
{
    if (entries.isEmpty())
        return;
    BulkInsert rows(m_db, m_tx, QStringLiteral("spiffs"),
                    QStringLiteral("tenant_id, location_id, employee_id, spiff_type_id, "
                                   "amount_minor, currency, job_id, auto_job_id, reason, status, "
                                   "earned_on, created_by, search_text")
                            .split(kColumnSeparator) +
                        storyColumns(QStringLiteral("paid_at")),
                    true);
    for (const Entry &e : std::as_const(entries)) {
        const QString type = QLatin1String(spiffTypeSpecs().at(e.category).name);
        rows.add(QVariantList{m_plan.tenantId, e.employee.locationId, e.employee.userId,
                              m_result.spiffTypeIds.at(e.category), e.amount, m_plan.currency,
                              nullableId(e.jobId), nullableId(e.automatic ? e.jobId : std::nullopt),
                              e.text, e.status, e.day.toString(Qt::ISODate),
                              e.automatic ? nullableId(std::nullopt) : QVariant(e.employee.userId),
                              foldForSearch(QStringList{e.employee.name, type, e.text}.join(
                                  QLatin1Char('\n')))} +
                 storyValues(e));
    }
    rows.finish();
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].id = rows.ids().at(i);
    m_result.spiffs += entries.size();
    writeStories(entries, QStringLiteral("spiff"), QStringLiteral("a spiff"),
                 namesOf(spiffTypeSpecs()), QStringLiteral("paid"));
}

void Writer::writeStories(const QList<Entry> &entries,
                          const QString &noun,
                          const QString &what,
                          const QStringList &names,
                          const QString &paidWord)
{
    if (!m_plan.history)
        return;
    BulkInsert history(
        m_db, m_tx, noun + QStringLiteral("_history"),
        {QStringLiteral("tenant_id"), noun + QStringLiteral("_id"), QStringLiteral("action"),
         QStringLiteral("from_status"), QStringLiteral("to_status"), QStringLiteral("actor_id"),
         QStringLiteral("actor_name"), QStringLiteral("comment"), QStringLiteral("occurred_at")});
    BulkInsert notifications(
        m_db, m_tx, QStringLiteral("notifications"),
        {QStringLiteral("tenant_id"), QStringLiteral("user_id"), QStringLiteral("kind"),
         QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("object_type"),
         QStringLiteral("object_id"), QStringLiteral("read_at"), QStringLiteral("created_at")});
    for (const Entry &e : entries) {
        const QString title = QStringLiteral("%1: %2, %3 %4")
                                  .arg(what, names.at(e.category),
                                       decimalText(e.amount, m_plan.currency), m_plan.currency);
        writeStory(history, notifications, e, noun, title, paidWord);
    }
    history.finish();
    notifications.finish();
}

} // namespace

MoneySeedResult MoneySeeder::seed(const MoneySeedPlan &plan)
{
    return Writer(m_db, plan).run();
}

} // namespace fielddesk::server
