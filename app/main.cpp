// fielddesk: the dispatch console. Composes the modules and starts the sign-in flow.

#include "consolestartup.h"
#include "consoleworkspaces.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/client/keychaintokenstore.h"
#include "fielddesk/client/servertrust.h"
#include "fielddesk/shell/consolepreferences.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/sessionflow.h"
#include "fielddesk/theme/icons.h"
#include "fielddesk/theme/scheme.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <string_view>

using namespace fielddesk;

namespace {

// The server, email and demo password, from the command line or the environment; the language
// and appearance when given there (else the preferences decide).
struct Launch
{
    shell::SessionFlow::StartOptions options;
    QString serverText;
    QString language;   // "en", "de", "es"; empty: the preferences' choice
    QString appearance; // "system", "light", "dark", "high-contrast"; empty: the preferences'
    QString error;
};

Launch parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "FieldDesk dispatch console.\n\n"
                "Environment:\n"
                "  FIELDDESK_SERVER    server URL when --server is not given\n"
                "                      (default: the last one used, or http://127.0.0.1:8080)\n"
                "  FIELDDESK_CA_FILE   company certificate authority when --ca-file is not given\n"
                "                      (default: the last one used, or none)\n"
                "  FIELDDESK_EMAIL     email when --email is not given\n"
                "  FIELDDESK_PASSWORD  demo convenience: together with an email, signs in at once\n"
                "                      without asking. Do not use it with real accounts: other\n"
                "                      programs of your user can read the environment.\n\n"
                "With an email and a sign-in kept in the system keychain (\"Keep me signed in\"),\n"
                "FieldDesk signs in silently."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringList{QStringLiteral("s"), QStringLiteral("server")},
                                    QCoreApplication::translate("main", "Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("main", "Also trust the server certificates this company "
                                            "certificate authority (PEM file) issued."),
        QStringLiteral("FILE"));
    const QCommandLineOption email(QStringList{QStringLiteral("e"), QStringLiteral("email")},
                                   QCoreApplication::translate("main", "Email to sign in with."),
                                   QStringLiteral("EMAIL"));
    QStringList languageCodes;
    for (const shell::ConsoleLanguage &language : shell::consoleLanguages())
        languageCodes << language.code;
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Language of the console: %1 (default: the one "
                                            "chosen in Preferences, else the system's).")
            .arg(languageCodes.join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    const QCommandLineOption appearance(
        QStringLiteral("appearance"),
        QCoreApplication::translate("main", "Colours of the console: %1 (default: the one "
                                            "chosen in Preferences, else the system's).")
            .arg(theme::appearanceNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    parser.addOption(server);
    parser.addOption(caFile);
    parser.addOption(email);
    parser.addOption(language);
    parser.addOption(appearance);
    parser.process(app);

    Launch launch;
    launch.serverText =
        parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("FIELDDESK_SERVER");
    launch.options.caFile =
        parser.isSet(caFile) ? parser.value(caFile) : qEnvironmentVariable("FIELDDESK_CA_FILE");
    launch.options.email =
        parser.isSet(email) ? parser.value(email) : qEnvironmentVariable("FIELDDESK_EMAIL");
    if (!launch.options.email.isEmpty())
        launch.options.password = qEnvironmentVariable("FIELDDESK_PASSWORD");
    launch.language = parser.value(language);
    if (!launch.language.isEmpty() && !languageCodes.contains(launch.language)) {
        launch.error = QStringLiteral("unknown language %1 (expected one of %2)")
                           .arg(launch.language, languageCodes.join(QStringLiteral(", ")));
        return launch;
    }
    launch.appearance = parser.value(appearance);
    if (!launch.appearance.isEmpty() && !theme::appearanceFromName(launch.appearance)) {
        launch.error =
            QStringLiteral("unknown appearance %1 (expected one of %2)")
                .arg(launch.appearance, theme::appearanceNames().join(QStringLiteral(", ")));
    }
    return launch;
}

// The server URL, checked once the translations are in (its error is for people).
void checkServer(Launch &launch)
{
    if (launch.serverText.isEmpty())
        return;
    const QUrl url = QUrl::fromUserInput(launch.serverText);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        launch.error = QCoreApplication::translate("main", "Not a server URL: %1 (expected for "
                                                           "example http://127.0.0.1:8080)")
                           .arg(launch.serverText);
        return;
    }
    launch.options.server = url;
}

// The CA file given, read once at start so that a wrong path is said at once.
void checkCaFile(Launch &launch)
{
    if (launch.options.caFile.isEmpty())
        return;
    QString error;
    if (!client::ServerTrust::withCaFile(launch.options.caFile, &error))
        launch.error = error;
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FieldDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDESK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work on a machine without a display too: answer them before
    // any window system is needed.
    if (asksForHelpOrVersion(argc, argv)) {
        const QCoreApplication commandLine(argc, argv);
        describeApplication();
        parseCommandLine(commandLine); // prints and exits
        return 0;
    }

    QApplication app(argc, argv); // takes Qt's own options (-platform, -style) out of argv
    describeApplication();
    Launch launch = parseCommandLine(app);
    const shell::ConsolePreferences preferences = shell::ConsolePreferences::load();
    console::installTranslations(
        app,
        console::consoleLocale(launch.language.isEmpty() ? preferences.language : launch.language),
        QStringLiteral(":/i18n"));
    console::applyAppearance(
        theme::appearanceFromName(launch.appearance).value_or(preferences.appearance));
    QApplication::setWindowIcon(theme::applicationIcon());
    if (launch.error.isEmpty())
        checkServer(launch);
    if (launch.error.isEmpty())
        checkCaFile(launch);
    if (!launch.error.isEmpty()) {
        std::fprintf(stderr, "fielddesk: %s\n", qUtf8Printable(launch.error));
        return 2;
    }

    client::ApiClient api;
    client::KeychainTokenStore keychain;
    client::AuthSession session(&api);
    session.setTokenStore(&keychain);
    client::ConnectionMonitor monitor(&api);
    shell::SessionFlow flow(&session, &monitor);

    console::addWorkspaces(*flow.mainWindow(), api, session);
    QObject::connect(&flow, &shell::SessionFlow::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    flow.start(launch.options);
    return QApplication::exec();
}
