// fielddesk-server: the HTTP/WebSocket server that owns FieldDesk's data and rules.
#include "app/admincommands.h"
#include "app/logline.h"
#include "app/serverconfig.h"
#include "app/serverruntime.h"
#include "app/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace fielddesk::server;

namespace {

struct OptionKey
{
    QCommandLineOption option;
    QString key; // the settings key it sets
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fielddesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "FieldDesk server.\n\n"
        "Commands (none: serve the API):\n"
        "  migrate                     apply pending schema migrations and exit\n"
        "  backup PATH                 write a consistent copy of the database to PATH\n"
        "  restore PATH                replace the database with the backup PATH (stop the\n"
        "                              server first), then migrate it up; exit code 4 when\n"
        "                              PATH is no usable backup, 5 when the database is in use\n"
        "  audit verify                check every tenant's audit log hash chain; names the\n"
        "                              first broken row (exit code 3 when one is broken)\n"
        "  tenant create --name NAME [--time-zone TZ]\n"
        "  user create --tenant ID|NAME --email EMAIL [--name NAME] [--role admin]\n"
        "  user create --operator --email EMAIL [--name NAME]\n"
        "              (an operator: the hosting company's account, in no tenant; it creates,\n"
        "              suspends and resumes tenants)\n"
        "              (password from --password, FIELDDESK_PASSWORD or standard input)\n\n"
        "Every setting can also come from a config file (--config, INI: key = value) or an\n"
        "environment variable FIELDDESK_<KEY>; the command line wins, then the environment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Config file (INI)."), QStringLiteral("file"));
    const QList<OptionKey> settingOptions{
        {{QStringLiteral("database"),
          QStringLiteral("sqlite:PATH or postgresql://USER@HOST:PORT/DB."), QStringLiteral("url")},
         QStringLiteral("database")},
        {{QStringLiteral("listen"),
          QStringLiteral("ADDRESS:PORT to listen on (default 127.0.0.1:8080)."),
          QStringLiteral("address")},
         QStringLiteral("listen")},
        {{QStringLiteral("tls-cert"),
          QStringLiteral("Serve HTTPS with this certificate (PEM; with --tls-key)."),
          QStringLiteral("file")},
         QStringLiteral("tls_cert")},
        {{QStringLiteral("tls-key"),
          QStringLiteral("The certificate's private key (PEM, without a passphrase)."),
          QStringLiteral("file")},
         QStringLiteral("tls_key")},
        {{QStringLiteral("data-dir"),
          QStringLiteral("Directory for the generated JWT secret and, by default, backups."),
          QStringLiteral("dir")},
         QStringLiteral("data_dir")},
        {{QStringLiteral("worker-threads"), QStringLiteral("Threads that run request handlers."),
          QStringLiteral("n")},
         QStringLiteral("worker_threads")},
    };
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Seed demo tenants and users into an empty database."));
    const QCommandLineOption quietOption(QStringLiteral("no-request-log"),
                                         QStringLiteral("Do not log every request."));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"),
                                          QStringLiteral("Tenant id or name (user create)."),
                                          QStringLiteral("tenant"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("Name (tenant/user create)."),
                                        QStringLiteral("name"));
    const QCommandLineOption emailOption(
        QStringLiteral("email"), QStringLiteral("Email (user create)."), QStringLiteral("email"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        QStringLiteral("Role (user create; default admin)."),
                                        QStringLiteral("role"));
    const QCommandLineOption passwordOption(QStringLiteral("password"),
                                            QStringLiteral("Password (user create)."),
                                            QStringLiteral("password"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"),
        QStringLiteral("The user is an operator, in no tenant (user create)."));
    const QCommandLineOption timeZoneOption(QStringLiteral("time-zone"),
                                            QStringLiteral("IANA time zone (tenant create)."),
                                            QStringLiteral("tz"));
    parser.addOption(configOption);
    for (const OptionKey &o : settingOptions)
        parser.addOption(o.option);
    for (const QCommandLineOption &o :
         {demoOption, quietOption, tenantOption, nameOption, emailOption, roleOption,
          passwordOption, timeZoneOption, operatorOption})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("Optional command, see above."));
    parser.process(app);

    // Lowest priority first: file, environment, command line.
    SettingsMap settings;
    QString error;
    const QString configFile = parser.isSet(configOption)
                                   ? parser.value(configOption)
                                   : qEnvironmentVariable("FIELDDESK_CONFIG");
    if (!configFile.isEmpty()) {
        const auto fromFile = ServerConfig::readFile(configFile, &error);
        if (!fromFile) {
            std::fprintf(stderr, "fielddesk-server: %s\n", qPrintable(error));
            return 2;
        }
        settings.insert(*fromFile);
    }
    settings.insert(ServerConfig::fromEnvironment(QProcessEnvironment::systemEnvironment()));
    for (const OptionKey &o : settingOptions) {
        if (parser.isSet(o.option))
            settings.insert(o.key, parser.value(o.option));
    }
    if (parser.isSet(demoOption))
        settings.insert(QStringLiteral("demo"), QStringLiteral("true"));
    if (parser.isSet(quietOption))
        settings.insert(QStringLiteral("log_requests"), QStringLiteral("false"));
    const std::optional<ServerConfig> config = ServerConfig::fromSettings(settings, &error);
    if (!config) {
        std::fprintf(stderr, "fielddesk-server: %s\n", qPrintable(error));
        return 2;
    }

    if (isAdminCommand(parser.positionalArguments())) {
        LogLine::setEnabled(false);
        return runAdminCommand(
            *config, AdminArguments{parser.positionalArguments(), parser.value(tenantOption),
                                    parser.value(nameOption), parser.value(emailOption),
                                    parser.value(roleOption), parser.value(passwordOption),
                                    parser.value(timeZoneOption), parser.isSet(operatorOption)});
    }

    ServerRuntime runtime(*config);
    SignalWatcher terminationSignals;
    QObject::connect(&terminationSignals, &SignalWatcher::terminationRequested, &runtime,
                     [&runtime](int signalNumber) {
                         LogLine("info", "signal").field("signal", signalNumber);
                         runtime.shutdown();
                     });
    QObject::connect(&runtime, &ServerRuntime::finished, &app, [] {
        LogLine("info", "stopped");
        QCoreApplication::quit();
    });
    if (!runtime.start(&error)) {
        LogLine("error", "start_failed").field("error", error);
        std::fprintf(stderr, "fielddesk-server: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}
