// The administrative sub-commands of fielddesk-server: how a real installation gets its
// first tenant and admin, migrates, is backed up and restored, without the HTTP API.
#pragma once

#include "app/serverconfig.h"

#include <QStringList>

namespace fielddesk::server {

struct AdminArguments
{
    QStringList positional; // e.g. {"user", "create"} or {"backup", "/tmp/x.db"}
    QString tenant;
    QString name;
    QString email;
    QString role;
    QString password;
    QString timeZone;
    bool operatorAccount = false; // user create --operator: the hosting company's, no tenant
};

// `audit verify` found a broken chain (1 is any other failure, 2 a wrong setting).
constexpr int kAuditBrokenExitCode = 3;
// `restore PATH`: the file is no backup that can be restored (missing, unreadable, damaged, not
// a FieldDesk database, or of a newer schema); nothing was changed.
constexpr int kNotABackupExitCode = 4;
// `restore PATH`: something has the database open (a running server); nothing was changed.
constexpr int kDatabaseInUseExitCode = 5;

// Returns the process exit code; prints results on stdout and errors on stderr.
int runAdminCommand(const ServerConfig &config, const AdminArguments &arguments);
bool isAdminCommand(const QStringList &positional);

} // namespace fielddesk::server
