#include "fielddesk/shell/sessionflow.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/signin/passwordchangedialog.h"
#include "fielddesk/signin/signindialog.h"

#include <QSettings>

namespace fielddesk::shell {

namespace {

const QString kServerKey = QStringLiteral("SignIn/server");
const QString kCaFileKey = QStringLiteral("SignIn/caFile");
const QString kEmailKey = QStringLiteral("SignIn/email");
const QString kKeepKey = QStringLiteral("SignIn/keepSignedIn");
const QUrl kDefaultServer(QStringLiteral("http://127.0.0.1:8080"));

} // namespace

SessionFlow::SessionFlow(client::AuthSession *session,
                         client::ConnectionMonitor *monitor,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_dialog(std::make_unique<signin::SignInDialog>(session))
    , m_window(std::make_unique<MainWindow>(session, monitor))
{
    connect(m_dialog.get(), &QDialog::accepted, this, &SessionFlow::showMainWindow);
    connect(m_dialog.get(), &QDialog::rejected, this, &SessionFlow::quitRequested);
    connect(m_window.get(), &MainWindow::signOutRequested, m_session,
            &client::AuthSession::signOut);
    connect(m_session, &client::AuthSession::signedOut, this, [this] {
        if (m_window->isVisible())
            returnToSignIn(tr("You have signed out."), false);
    });
    connect(m_session, &client::AuthSession::sessionExpired, this, [this] {
        if (m_window->isVisible())
            returnToSignIn(tr("Your session has expired. Please sign in again."), true);
    });
    // At sign-in the dialog asks; later (an admin asked for it) the same question comes here.
    connect(m_session, &client::AuthSession::passwordChangeRequired, this, [this] {
        if (m_window->isVisible())
            askForNewPassword();
    });
}

void SessionFlow::askForNewPassword()
{
    if (m_passwordChange)
        return;
    auto *dialog = new signin::PasswordChangeDialog(m_session, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(tr("Your administrator asks you to choose a new password. Your "
                         "workspaces open again once it is changed."));
    dialog->setCurrentPassword({});
    connect(dialog, &QDialog::rejected, this, [this] {
        // Nothing else is possible until it is changed: not changing it is signing out.
        if (m_session->state() == client::AuthSession::State::PasswordChangeRequired)
            m_session->signOut();
    });
    m_passwordChange = dialog;
    dialog->open();
}

SessionFlow::~SessionFlow() = default;

QUrl SessionFlow::lastServer()
{
    const QUrl stored(QSettings().value(kServerKey).toString());
    return stored.isValid() && !stored.host().isEmpty() ? stored : kDefaultServer;
}

QString SessionFlow::lastCaFile()
{
    return QSettings().value(kCaFileKey).toString();
}

QString SessionFlow::lastEmail()
{
    return QSettings().value(kEmailKey).toString();
}

void SessionFlow::start(const StartOptions &options)
{
    const QUrl server = options.server.isEmpty() ? lastServer() : options.server;
    const QString email = options.email.isEmpty() ? lastEmail() : options.email;
    m_session->api()->setBaseUrl(server);
    m_dialog->setServerUrl(server);
    m_dialog->setCaFile(options.caFile.isEmpty() ? lastCaFile() : options.caFile);
    m_dialog->setEmail(email);
    m_dialog->setKeepSignedIn(QSettings().value(kKeepKey, false).toBool());
    m_dialog->show();
    if (email.isEmpty())
        return;
    if (!options.password.isEmpty()) {
        m_dialog->setPassword(options.password);
        m_dialog->signIn();
    } else {
        m_dialog->resumeSavedSession();
    }
}

void SessionFlow::showMainWindow()
{
    QSettings settings;
    settings.setValue(kServerKey, m_session->api()->baseUrl().toString());
    if (const QString caFile = m_session->api()->serverTrust().caFile(); caFile.isEmpty())
        settings.remove(kCaFileKey);
    else
        settings.setValue(kCaFileKey, caFile);
    settings.setValue(kEmailKey, m_session->email());
    settings.setValue(kKeepKey, m_session->keepsSignedIn());

    m_monitor->start();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void SessionFlow::returnToSignIn(const QString &message, bool isError)
{
    m_monitor->stop();
    m_dialog->prepareForNextSignIn();
    m_dialog->showMessage(message, isError ? signin::SignInDialog::Severity::Error
                                           : signin::SignInDialog::Severity::Info);
    // Show the dialog before hiding the window, so that there is never no window at all.
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_window->saveLayout();
    m_window->hide();
}

} // namespace fielddesk::shell
