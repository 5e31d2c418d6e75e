// fielddesk-guide-screenshots: the pictures of docs/user-guide.md, taken from the console as
// it is built against a running server with the demo data (make-screenshots.sh starts one), so
// that the guide shows what users see today. Each picture signs in as the demo user it is
// about, opens the workspace, waits for its data and grabs the window (offscreen: no display
// needed, no window frame in the picture).
//   fielddesk-guide-screenshots --server URL --out DIR [--language CODE] [--appearance NAME]
//                               [--translations DIR] [--only NAME,...] [--suffix TEXT]

#include "consolestartup.h"
#include "consoleworkspaces.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/notificationbell.h"
#include "fielddesk/shell/preferencesdialog.h"
#include "fielddesk/shell/sessionflow.h"
#include "fielddesk/signin/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace fielddesk;

namespace {

constexpr QSize kWindowSize{1400, 860};
constexpr int kSignInTimeoutMs = 20000;
constexpr int kSettleMs = 3500; // lists, the timeline and the map fill in from the server

const QString kPassword = QStringLiteral("fielddesk-demo");

// The console's objects for one sign-in, wired as main.cpp wires them.
struct Console
{
    client::ApiClient api;
    client::AuthSession session{&api};
    client::ConnectionMonitor monitor{&api};
    shell::SessionFlow flow{&session, &monitor}; // destroyed first
};

void settle(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

struct Shot
{
    QString name;      // the file: <name>.png
    QString email;     // who signs in; empty: the sign-in dialog itself
    QString workspace; // what opens
    // Anything to do in the window before the picture; returns the widget to grab (the window
    // when it returns null).
    std::function<QWidget *(shell::MainWindow &)> prepare;
};

QList<Shot> shots()
{
    const auto demo = [](const char *user) {
        return QStringLiteral("%1@demo.local").arg(QLatin1String(user));
    };
    return {
        {QStringLiteral("sign-in"), {}, {}, {}},
        {QStringLiteral("dispatch-board"),
         demo("dispatcher"),
         QStringLiteral("dispatch-board"),
         {}},
        {QStringLiteral("customers"), demo("dispatcher"), QStringLiteral("customers"), {}},
        {QStringLiteral("fleet"), demo("dispatcher"), QStringLiteral("fleet"), {}},
        {QStringLiteral("approvals"), demo("manager"), QStringLiteral("approvals"), {}},
        {QStringLiteral("reports"), demo("manager"), QStringLiteral("reports"), {}},
        {QStringLiteral("notifications"), demo("manager"), QStringLiteral("approvals"),
         [](shell::MainWindow &window) -> QWidget * {
             window.notificationBell()->openPanelAction()->trigger();
             return nullptr;
         }},
        {QStringLiteral("admin"), demo("admin"), QStringLiteral("admin"), {}},
        {QStringLiteral("my-work"), demo("tech1"), QStringLiteral("my-work"), {}},
        {QStringLiteral("preferences"), demo("tech1"), QStringLiteral("my-work"),
         [](shell::MainWindow &window) -> QWidget * {
             auto *dialog =
                 new shell::PreferencesDialog(shell::ConsolePreferences::load(), &window);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             return dialog;
         }},
    };
}

// The screen where the widget is, so that popups over it (the notification panel, menus) are
// in the picture too.
bool save(QWidget *widget, const QString &path)
{
    settle(200);
    QScreen *screen = widget->screen();
    const QRect area = widget->geometry(); // without the frame
    const QPixmap picture = screen->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    if (!picture.save(path)) {
        std::fprintf(stderr, "could not write %s\n", qUtf8Printable(path));
        return false;
    }
    std::printf("%s\n", qUtf8Printable(path));
    return true;
}

bool take(const Shot &shot, const QUrl &server, const QDir &out)
{
    Console console;
    console::addWorkspaces(*console.flow.mainWindow(), console.api, console.session);
    const QString path = out.filePath(shot.name + QStringLiteral(".png"));
    if (shot.email.isEmpty()) {
        console.flow.start({.server = server, .email = QStringLiteral("dispatcher@demo.local")});
        signin::SignInDialog *dialog = console.flow.signInDialog();
        if (!dialog || !waitFor([dialog] { return dialog->isVisible(); }, kSignInTimeoutMs))
            return false;
        settle(300);
        return save(dialog, path);
    }
    console.flow.start({.server = server, .email = shot.email, .password = kPassword});
    shell::MainWindow *window = console.flow.mainWindow();
    if (!waitFor([&] { return console.session.isSignedIn() && window->isVisible(); },
                 kSignInTimeoutMs)) {
        std::fprintf(stderr, "%s: %s did not sign in\n", qUtf8Printable(shot.name),
                     qUtf8Printable(shot.email));
        return false;
    }
    window->resize(kWindowSize);
    if (!window->openWorkspace(shot.workspace)) {
        std::fprintf(stderr, "%s: no workspace %s for %s\n", qUtf8Printable(shot.name),
                     qUtf8Printable(shot.workspace), qUtf8Printable(shot.email));
        return false;
    }
    settle(kSettleMs);
    QWidget *target = shot.prepare ? shot.prepare(*window) : nullptr;
    if (target || shot.prepare)
        settle(kSettleMs / 2);
    return save(target ? target : window, path);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FieldDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the user guide's screenshots."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language code (default English)."),
                                      QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption appearance(QStringLiteral("appearance"),
                                        QStringLiteral("Appearance (default light)."),
                                        QStringLiteral("NAME"), QStringLiteral("light"));
    const QCommandLineOption translations(QStringLiteral("translations"),
                                          QStringLiteral("Folder of fielddesk_<lang>.qm."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated picture names."),
                                  QStringLiteral("NAMES"));
    const QCommandLineOption suffix(QStringLiteral("suffix"),
                                    QStringLiteral("Added to each file name (\"-dark\")."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({server, out, language, appearance, translations, only, suffix});
    parser.process(app);
    const std::optional<theme::Appearance> chosen =
        theme::appearanceFromName(parser.value(appearance));
    if (!parser.isSet(server) || !parser.isSet(out) || !chosen) {
        std::fprintf(stderr, "usage: %s --server URL --out DIR [--appearance %s]\n", argv[0],
                     qUtf8Printable(theme::appearanceNames().join(QLatin1Char('|'))));
        return 2;
    }
    console::installTranslations(app, console::consoleLocale(parser.value(language)),
                                 parser.value(translations));
    console::applyAppearance(*chosen);
    QDir dir(parser.value(out));
    dir.mkpath(QStringLiteral("."));
    const QStringList wanted = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int failures = 0;
    for (const Shot &shot : shots()) {
        if (!wanted.isEmpty() && !wanted.contains(shot.name))
            continue;
        Shot named = shot;
        named.name += parser.value(suffix);
        if (!take(named, QUrl(parser.value(server)), dir))
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
