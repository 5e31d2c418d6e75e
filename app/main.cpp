// fielddesk: the dispatch console. Composes the modules and starts the sign-in flow.

#include "consoleworkspaces.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/client/keychaintokenstore.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/sessionflow.h"
#include "fielddesk/theme/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <string_view>

using namespace fielddesk;

namespace {

// The server, email and demo password, from the command line or the environment.
struct Launch
{
    shell::SessionFlow::StartOptions options;
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
    const QCommandLineOption email(QStringList{QStringLiteral("e"), QStringLiteral("email")},
                                   QCoreApplication::translate("main", "Email to sign in with."),
                                   QStringLiteral("EMAIL"));
    parser.addOption(server);
    parser.addOption(email);
    parser.process(app);

    Launch launch;
    const QString serverText =
        parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("FIELDDESK_SERVER");
    if (!serverText.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(serverText);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            launch.error = QCoreApplication::translate("main", "Not a server URL: %1 (expected for "
                                                               "example http://127.0.0.1:8080)")
                               .arg(serverText);
            return launch;
        }
        launch.options.server = url;
    }
    launch.options.email =
        parser.isSet(email) ? parser.value(email) : qEnvironmentVariable("FIELDDESK_EMAIL");
    if (!launch.options.email.isEmpty())
        launch.options.password = qEnvironmentVariable("FIELDDESK_PASSWORD");
    return launch;
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

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // The "C" locale (no LANG, as on a bare server) reads English, with its plural forms.
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, QStringLiteral("fielddesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(ownTranslator);
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
    QApplication::setWindowIcon(theme::applicationIcon());
    installTranslations(app);
    const Launch launch = parseCommandLine(app);
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
