#include "fielddesk/shell/mainwindow.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/notificationcenter.h"
#include "fielddesk/shell/connectionindicator.h"
#include "fielddesk/shell/mynotificationsdialog.h"
#include "fielddesk/shell/notificationbell.h"
#include "fielddesk/shell/preferencesdialog.h"
#include "fielddesk/shell/sessionheader.h"
#include "fielddesk/shell/userguidewindow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"
#include "fielddesk/theme/icons.h"
#include "fielddesk/theme/palette.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace fielddesk::shell {

namespace {

const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");

constexpr int kCardWidth = 600;
constexpr int kCardMargin = 32;
constexpr int kCardSpacing = 14;
constexpr int kDetailSpacing = 8;
constexpr int kWelcomeTitlePointSizeDelta = 8;
constexpr int kStatusMargin = 8;

QString welcomeStyleSheet()
{
    using theme::Colour;
    return QStringLiteral("QWidget#welcomePage { background: %1; }"
                          "QFrame#welcomeCard { background: %2; border: 1px solid %3;"
                          "  border-radius: 10px; }"
                          "QFrame#welcomeCard QLabel { background: transparent; color: %4; }"
                          "QFrame#welcomeCard QLabel#welcomeTitle { font-weight: 600; }"
                          "QFrame#welcomeCard QLabel#welcomeText { color: %5; }"
                          "QFrame#welcomeCard QLabel[role=\"caption\"] { color: %6; }"
                          "QFrame#welcomeCard QFrame#welcomeRule { background: %7; border: none; }")
        .arg(theme::css(Colour::PageBackground), theme::css(Colour::Surface),
             theme::css(Colour::Border), theme::css(Colour::Text), theme::css(Colour::TextSubtle),
             theme::css(Colour::TextCaption), theme::css(Colour::Rule));
}

QLabel *detailValue(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MainWindow::MainWindow(client::AuthSession *session,
                       client::ConnectionMonitor *monitor,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FieldDesk"));
    setMinimumSize(kMinimumSize);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notifications = new client::NotificationCenter(m_session, this);
    m_header = new SessionHeader(central);
    m_bell = new NotificationBell(m_notifications, m_header);
    m_header->setNotificationBell(m_bell);
    addAction(m_bell->openPanelAction()); // Ctrl+Shift+N anywhere in the window
    m_navigation = new WorkspaceNavigation(central);
    m_workspaces = new WorkspaceHost(buildWelcomePage(), central);
    layout->addWidget(m_header);
    layout->addWidget(m_navigation);
    layout->addWidget(m_workspaces, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    restoreLayout();

    connect(m_session, &client::AuthSession::signedIn, this, &MainWindow::showSession);
    connect(m_session, &client::AuthSession::signedIn, this, &MainWindow::openWorkspaces);
    connect(m_session, &client::AuthSession::refreshed, this, &MainWindow::showSession);
    connect(m_session, &client::AuthSession::signedOut, this, &MainWindow::closeWorkspaces);
    connect(m_session, &client::AuthSession::sessionExpired, this, &MainWindow::closeWorkspaces);
    // The server refuses everything until then; they open afresh once it is done (signedIn).
    connect(m_session, &client::AuthSession::passwordChangeRequired, this,
            &MainWindow::closeWorkspaces);
    // The dialog speaks for the person signed in: it goes when they do.
    connect(m_session, &client::AuthSession::signedOut, this, &MainWindow::closeMyNotifications);
    connect(m_session, &client::AuthSession::sessionExpired, this,
            &MainWindow::closeMyNotifications);
    connect(m_session, &client::AuthSession::passwordChangeRequired, this,
            &MainWindow::closeMyNotifications);
    connect(m_navigation, &WorkspaceNavigation::workspaceChosen, this, [this](const QString &id) {
        m_workspaces->open(id, *m_session);
        QSettings().setValue(lastWorkspaceKey(m_session->email()), id);
    });
    connect(m_monitor, &client::ConnectionMonitor::stateChanged, this,
            &MainWindow::showConnectionState);
    connect(m_bell, &NotificationBell::notificationActivated, this,
            &MainWindow::notificationActivated);
    showSession();
    showConnectionState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(WorkspaceSpec spec)
{
    m_workspaces->registerWorkspace(std::move(spec));
}

QString MainWindow::lastWorkspaceKey(const QString &email)
{
    return QStringLiteral("Workspaces/%1/last").arg(email.toLower());
}

bool MainWindow::openWorkspace(const QString &id)
{
    if (!m_session->isSignedIn())
        return false;
    const QList<const WorkspaceSpec *> allowed = m_workspaces->allowedFor(m_session->user().role);
    const bool mayUse = std::any_of(allowed.cbegin(), allowed.cend(),
                                    [&id](const WorkspaceSpec *spec) { return spec->id == id; });
    // The navigation's choice opens it, the same way as a click on its tab.
    return mayUse && m_navigation->choose(id);
}

void MainWindow::openWorkspaces()
{
    // A new session starts where this user left off, if the role still allows it; else from
    // the first workspace the role may use, or the welcome page.
    closeWorkspaces();
    const QList<const WorkspaceSpec *> allowed = m_workspaces->allowedFor(m_session->user().role);
    if (allowed.isEmpty()) {
        m_navigation->showWorkspaces(allowed);
        return;
    }
    const QString last = QSettings().value(lastWorkspaceKey(m_session->email())).toString();
    const auto remembered =
        std::find_if(allowed.cbegin(), allowed.cend(),
                     [&last](const WorkspaceSpec *spec) { return spec->id == last; });
    const QString first = remembered != allowed.cend() ? last : allowed.first()->id;
    m_navigation->showWorkspaces(allowed, first);
    m_workspaces->open(first, *m_session);
    // The keyboard starts in the work, not on the first button of the header.
    m_workspaces->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeWorkspaces()
{
    m_workspaces->closeAll();
    m_navigation->clear();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setIcon(theme::icon(QStringLiteral("preferences")));
    m_myNotificationsAction =
        file->addAction(tr("My &Notifications…"), this, &MainWindow::showMyNotifications);
    m_myNotificationsAction->setObjectName(QStringLiteral("myNotificationsAction"));
    m_myNotificationsAction->setIcon(theme::icon(QStringLiteral("notifications")));
    m_myNotificationsAction->setStatusTip(
        tr("Choose whether FieldDesk also emails or texts you, and when it holds them back"));
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &Out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setIcon(theme::icon(QStringLiteral("sign-out")));
    signOut->setStatusTip(tr("Sign out and forget the kept sign-in on this computer"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setIcon(theme::icon(QStringLiteral("help")));
    QAction *about = help->addAction(tr("&About FieldDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatusLabel"));
    m_userStatus->setContentsMargins(kStatusMargin, 0, kStatusMargin, 0);
    m_connection = new ConnectionIndicator(this);
    statusBar()->addWidget(m_userStatus, 1);
    statusBar()->addPermanentWidget(m_connection);
}

QWidget *MainWindow::buildWelcomePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setAttribute(Qt::WA_StyledBackground);
    page->setStyleSheet(welcomeStyleSheet());

    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setFixedWidth(kCardWidth);

    m_welcomeTitle = new QLabel(card);
    m_welcomeTitle->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = m_welcomeTitle->font();
    titleFont.setPointSize(titleFont.pointSize() + kWelcomeTitlePointSizeDelta);
    m_welcomeTitle->setFont(titleFont);

    m_welcomeText = new QLabel(card);
    m_welcomeText->setObjectName(QStringLiteral("welcomeText"));
    m_welcomeText->setWordWrap(true);

    auto *rule = new QFrame(card);
    rule->setObjectName(QStringLiteral("welcomeRule"));
    rule->setFixedHeight(1);

    m_companyValue = detailValue(card, QStringLiteral("companyValue"));
    m_roleValue = detailValue(card, QStringLiteral("roleValue"));
    m_locationsValue = detailValue(card, QStringLiteral("locationsValue"));
    m_timeZoneValue = detailValue(card, QStringLiteral("timeZoneValue"));
    m_serverValue = detailValue(card, QStringLiteral("serverValue"));
    auto *details = new QFormLayout;
    details->setHorizontalSpacing(kCardSpacing * 2);
    details->setVerticalSpacing(kDetailSpacing);
    const auto addDetail = [&](const QString &caption, QLabel *value) {
        auto *label = new QLabel(caption, card);
        label->setProperty("role", QStringLiteral("caption"));
        details->addRow(label, value);
    };
    addDetail(tr("Company"), m_companyValue);
    addDetail(tr("Role"), m_roleValue);
    addDetail(tr("Locations"), m_locationsValue);
    addDetail(tr("Time zone"), m_timeZoneValue);
    addDetail(tr("Server"), m_serverValue);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(kCardMargin, kCardMargin, kCardMargin, kCardMargin);
    cardLayout->setSpacing(kCardSpacing);
    cardLayout->addWidget(m_welcomeTitle);
    cardLayout->addWidget(m_welcomeText);
    cardLayout->addWidget(rule);
    cardLayout->addLayout(details);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void MainWindow::showSession()
{
    const client::UserProfile &user = m_session->user();
    const client::TenantProfile &tenant = m_session->tenant();
    // Before the workspaces open (signedIn's next slot): they show moments on this clock.
    client::display::setTimeZone(QTimeZone(tenant.timeZone.toUtf8()));
    setWindowTitle(tenant.name.isEmpty() ? tr("FieldDesk") : tr("FieldDesk — %1").arg(tenant.name));
    m_header->setSession(user, tenant);
    const QString role = SessionHeader::roleTitle(user);
    const QString firstName = user.name.section(QLatin1Char(' '), 0, 0);
    m_welcomeTitle->setText(firstName.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(firstName));
    // Shown while signed out, or to a role no workspace is for.
    m_welcomeText->setText(
        tr("You are signed in to %1 as %2. Your workspaces open here.").arg(tenant.name, role));
    // A wrapped label inside a fixed-width card needs its height for that width spelled out.
    const int textWidth = kCardWidth - 2 * kCardMargin;
    m_welcomeText->setMinimumHeight(m_welcomeText->heightForWidth(textWidth));
    m_companyValue->setText(tenant.name);
    m_roleValue->setText(role);
    m_locationsValue->setText(user.role == Role::Admin
                                  ? tr("All locations")
                                  : tr("%n assigned", nullptr, int(user.locationIds.size())));
    m_timeZoneValue->setText(tenant.timeZone);
    m_serverValue->setText(m_session->api()->baseUrl().toDisplayString());
    m_userStatus->setText(user.name.isEmpty() ? QString()
                                              : tr("Signed in as %1 (%2)").arg(user.name, role));
    m_connection->setServer(m_session->api()->baseUrl());
    // Everyone of a company keeps settings there; the hosting company's operator has none.
    m_myNotificationsAction->setVisible(user.role && *user.role != Role::Operator);
}

void MainWindow::showConnectionState()
{
    m_connection->setState(m_monitor->state(), m_monitor->lastError());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About FieldDesk"),
                       tr("<h3>FieldDesk %1</h3><p>Dispatch console for field-service "
                          "companies.</p><p>Connected to %2</p>")
                           .arg(QApplication::applicationVersion(),
                                m_session->api()->baseUrl().toDisplayString().toHtmlEscaped()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(ConsolePreferences::load(), this);
    dialog.exec(); // saves on OK
}

void MainWindow::showMyNotifications()
{
    if (!m_session->isSignedIn() || !m_myNotificationsAction->isVisible())
        return;
    if (!m_myNotifications) {
        m_myNotifications = new MyNotificationsDialog(m_session->api(), m_session->user(), this);
        m_myNotifications->setAttribute(Qt::WA_DeleteOnClose);
        // Closed is gone, even before the deletion comes round.
        connect(m_myNotifications, &QDialog::finished, this, [this] { m_myNotifications.clear(); });
        m_myNotifications->open(); // window-modal; it closes itself once the server took the change
    }
    m_myNotifications->raise();
    m_myNotifications->activateWindow();
}

void MainWindow::closeMyNotifications()
{
    if (m_myNotifications)
        m_myNotifications->reject();
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::saveLayout() const
{
    m_workspaces->saveLayouts();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        restoreState(settings.value(kStateKey).toByteArray());
        return;
    }
    // First run: a comfortable size, centred, never larger than the screen.
    QSize size = kDefaultSize;
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(available.size());
        resize(size);
        move(available.center() - rect().center());
    } else {
        resize(size);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace fielddesk::shell
