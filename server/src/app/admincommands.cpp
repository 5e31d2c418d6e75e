#include "app/admincommands.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "storage/databasebackup.h"
#include "storage/databaserestore.h"
#include "storage/migrations.h"

#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

namespace fielddesk::server {

namespace {

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
}

int fail(const QString &text)
{
    std::fprintf(stderr, "fielddesk-server: %s\n", qPrintable(text));
    return 1;
}

AuditEntry cliAudit(
    qint64 tenantId, const QString &action, const QString &type, qint64 objectId, QByteArray after)
{
    AuditEntry e;
    e.tenantId = tenantId;
    e.actorEmail = QStringLiteral("fielddesk-server (command line)");
    e.action = action;
    e.objectType = type;
    e.objectId = objectId;
    e.afterJson = std::move(after);
    e.requestId = QStringLiteral("cli");
    return e;
}

std::optional<Tenant> findTenant(Database &db, const QString &idOrName)
{
    TenantRepository tenants(db);
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    return isId ? tenants.find(id) : tenants.findByName(idOrName);
}

int createTenant(Database &db, const AdminArguments &a)
{
    if (a.name.trimmed().isEmpty())
        return fail(QStringLiteral("tenant create needs --name NAME"));
    Tenant tenant;
    tenant.name = a.name.trimmed();
    tenant.timeZone = a.timeZone.isEmpty() ? QStringLiteral("UTC") : a.timeZone;
    if (!QTimeZone::isTimeZoneIdAvailable(tenant.timeZone.toUtf8()))
        return fail(
            QStringLiteral("--time-zone %1 is not a known IANA time zone").arg(tenant.timeZone));
    Transaction tx(db);
    tenant = TenantRepository(db).insert(tenant);
    AuditRepository(db).append(cliAudit(tenant.id, QStringLiteral("tenant.created"),
                                        QStringLiteral("tenant"), tenant.id, toJsonText(tenant)));
    tx.commit();
    say(QStringLiteral("Created tenant %1 \"%2\".").arg(tenant.id).arg(tenant.name));
    return 0;
}

QString readPassword(const AdminArguments &a)
{
    if (!a.password.isEmpty())
        return a.password;
    const QString fromEnvironment = qEnvironmentVariable("FIELDDESK_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    std::fprintf(stderr, "Password (read from standard input): ");
    QTextStream in(stdin);
    return in.readLine();
}

int createUser(Database &db, const ServerConfig &config, const AdminArguments &a)
{
    if (a.email.isEmpty() || (a.tenant.isEmpty() == !a.operatorAccount))
        return fail(QStringLiteral(
            "user create needs --tenant ID|NAME --email EMAIL [--name NAME] [--role ROLE], or "
            "--operator --email EMAIL [--name NAME] for an operator (in no tenant)"));
    std::optional<Tenant> tenant;
    if (!a.operatorAccount) {
        tenant = findTenant(db, a.tenant);
        if (!tenant)
            return fail(QStringLiteral("there is no tenant %1").arg(a.tenant));
    }
    const QString roleText = a.operatorAccount  ? roleName(Role::Operator)
                             : a.role.isEmpty() ? QStringLiteral("admin")
                                                : a.role;
    const auto role = roleFromName(roleText);
    if (!role || (*role == Role::Operator) != a.operatorAccount)
        return fail(QStringLiteral("--role must be one of %1 (an operator: --operator)")
                        .arg(tenantRoleNames().join(QStringLiteral(", "))));
    const QString password = readPassword(a);
    if (password.size() < 8)
        return fail(QStringLiteral("the password must be at least 8 characters long"));
    User user;
    user.tenantId = tenant ? tenant->id : 0;
    user.email = a.email.trimmed().toLower();
    user.name = a.name.isEmpty() ? user.email : a.name;
    user.role = *role;
    try {
        Transaction tx(db);
        user = UserRepository(db).insert(user, PasswordHasher(config.argon2).hash(password));
        AuditRepository(db).append(cliAudit(user.tenantId, QStringLiteral("user.created"),
                                            QStringLiteral("user"), user.id, toJsonText(user)));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return fail(QStringLiteral("the email %1 is already in use").arg(user.email));
        throw;
    }
    if (!tenant) {
        say(QStringLiteral("Created operator %1 (id %2).").arg(user.email).arg(user.id));
        return 0;
    }
    say(QStringLiteral("Created %1 %2 (id %3) in tenant \"%4\".")
            .arg(roleName(user.role), user.email)
            .arg(user.id)
            .arg(tenant->name));
    return 0;
}

int backup(Database &db, const ServerConfig &config, const QString &path)
{
    const BackupWritten written = DatabaseBackup::write(db, path);
    if (!written.ok())
        return fail(written.error);
    say(QStringLiteral("Backed up %1 to %2 (%3 bytes in %4 ms).")
            .arg(config.database.redacted(), path)
            .arg(written.bytes)
            .arg(written.milliseconds));
    return 0;
}

// Before anything opens (and would migrate) the database it replaces.
int restore(const ServerConfig &config, const QString &path)
{
    const DatabaseRestore::Report report = DatabaseRestore(config.database).restore(path);
    switch (report.outcome) {
    case DatabaseRestore::Outcome::Restored:
        say(report.message);
        return 0;
    case DatabaseRestore::Outcome::NotABackup:
        fail(QStringLiteral("restore refused: ") + report.message);
        return kNotABackupExitCode;
    case DatabaseRestore::Outcome::InUse:
        fail(QStringLiteral("restore refused: ") + report.message);
        return kDatabaseInUseExitCode;
    case DatabaseRestore::Outcome::Failed:
        break;
    }
    return fail(QStringLiteral("restore failed: ") + report.message);
}

// Checks every tenant's audit chain; 0 when all are intact, 3 when one is broken.
int verifyAudit(Database &db)
{
    const QList<AuditChainCheck> checks = AuditRepository(db).verifyChains();
    bool intact = true;
    for (const AuditChainCheck &check : checks) {
        const QString whose = check.tenantId ? QStringLiteral("tenant %1").arg(*check.tenantId)
                                             : QStringLiteral("no tenant (operators)");
        if (check.brokenRowId) {
            intact = false;
            std::fprintf(stderr, "%s: BROKEN at audit row %lld (%s)\n", qPrintable(whose),
                         static_cast<long long>(*check.brokenRowId), qPrintable(check.why));
            continue;
        }
        say(QStringLiteral("%1: %2 row(s), chain intact, head %3")
                .arg(whose)
                .arg(check.rows)
                .arg(QString::fromLatin1(check.head)));
    }
    if (!intact)
        return kAuditBrokenExitCode;
    say(QStringLiteral("Every audit chain is intact (%1 chain(s)).").arg(checks.size()));
    return 0;
}

} // namespace

bool isAdminCommand(const QStringList &positional)
{
    return !positional.isEmpty();
}

int runAdminCommand(const ServerConfig &config, const AdminArguments &a)
{
    const QString command = a.positional.join(QLatin1Char(' '));
    if (a.positional.size() == 2 && a.positional.first() == QLatin1String("restore"))
        return restore(config, a.positional.at(1));
    try {
        Database db(config.database);
        const int applied = Migrator(db).migrate();
        if (command == QLatin1String("migrate")) {
            say(QStringLiteral("Applied %1 migration(s); the schema is at version %2.")
                    .arg(applied)
                    .arg(Migrator::latestVersion()));
            return 0;
        }
        if (command == QLatin1String("tenant create"))
            return createTenant(db, a);
        if (command == QLatin1String("user create"))
            return createUser(db, config, a);
        if (command == QLatin1String("audit verify"))
            return verifyAudit(db);
        if (a.positional.size() == 2 && a.positional.first() == QLatin1String("backup"))
            return backup(db, config, a.positional.at(1));
    } catch (const DatabaseError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return fail(
        QStringLiteral(
            "unknown command '%1'. Commands: migrate, backup PATH, restore PATH, audit verify, "
            "tenant create, user create")
            .arg(command));
}

} // namespace fielddesk::server
