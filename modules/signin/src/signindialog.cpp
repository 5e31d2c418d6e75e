#include "fielddesk/signin/signindialog.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apierror.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/servertrust.h"
#include "fielddesk/signin/passwordchangedialog.h"
#include "fielddesk/theme/palette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace fielddesk::signin {

namespace {

constexpr int kDialogWidth = 440;
constexpr int kOuterMargin = 28;
constexpr int kSectionSpacing = 18;
constexpr int kFieldSpacing = 10;
constexpr int kTitlePointSizeDelta = 8;

// The message box styles: one look per severity, readable in light and dark themes.
QString signInStyleSheet()
{
    using theme::Colour;
    const auto severity = [](const char *name, Colour background, Colour border, Colour text) {
        return QStringLiteral("QLabel#messageLabel[severity=\"%1\"] {"
                              "  background: %2; border-color: %3; color: %4; }")
            .arg(QLatin1String(name), theme::css(background), theme::css(border), theme::css(text));
    };
    return QStringLiteral("QLabel#titleLabel { font-weight: 600; }"
                          "QLabel#subtitleLabel { color: %1; }"
                          "QLabel#messageLabel { border-radius: 6px; padding: 10px 12px; "
                          "border: 1px solid; }")
               .arg(theme::css(Colour::TextCaption)) +
           severity("error", Colour::ErrorBackground, Colour::ErrorBorder, Colour::ErrorText) +
           severity("warning", Colour::WarningBackground, Colour::WarningBorder,
                    Colour::WarningText) +
           severity("info", Colour::InfoBackground, Colour::InfoBorder, Colour::InfoText);
}

QString severityName(SignInDialog::Severity severity)
{
    switch (severity) {
    case SignInDialog::Severity::Info:
        return QStringLiteral("info");
    case SignInDialog::Severity::Warning:
        return QStringLiteral("warning");
    case SignInDialog::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace

SignInDialog::SignInDialog(client::AuthSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    buildUi();
    using client::AuthSession;
    connect(m_session, &AuthSession::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_session, &AuthSession::passwordChangeRequired, this,
            &SignInDialog::onPasswordChangeRequired);
    connect(m_session, &AuthSession::signInFailed, this, &SignInDialog::onSignInFailed);
    connect(m_session, &AuthSession::resumeFailed, this, &SignInDialog::onResumeFailed);
    connect(m_session, &AuthSession::refreshTokenKept, this, &SignInDialog::onRefreshTokenKept);
    connect(m_session, &AuthSession::refreshTokenNotKept, this,
            &SignInDialog::onRefreshTokenNotKept);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildUi()
{
    setWindowTitle(tr("FieldDesk — Sign in"));
    setObjectName(QStringLiteral("signInDialog"));
    setStyleSheet(signInStyleSheet());
    setMinimumWidth(kDialogWidth);

    m_title = new QLabel(tr("Sign in to FieldDesk"), this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeDelta);
    m_title->setFont(titleFont);

    m_subtitle = new QLabel(tr("Your dispatch console for field-service teams."), this);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("http://127.0.0.1:8080"));
    m_server->setClearButtonEnabled(true);

    m_caFileRow = new QWidget(this);
    m_caFile = new QLineEdit(m_caFileRow);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("System certificates only"));
    m_caFile->setClearButtonEnabled(true);
    m_caFile->setToolTip(tr("Your company's certificate authority (a PEM file), for a server "
                            "whose certificate it issued. Certificates the system trusts are "
                            "always accepted."));
    auto *browse = new QPushButton(tr("&Browse…"), m_caFileRow);
    browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SignInDialog::browseForCaFile);
    auto *caFileLayout = new QHBoxLayout(m_caFileRow);
    caFileLayout->setContentsMargins(0, 0, 0, 0);
    caFileLayout->addWidget(m_caFile, 1);
    caFileLayout->addWidget(browse);
    connect(m_server, &QLineEdit::textChanged, this, &SignInDialog::showCaFileWhenUseful);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@company.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);

    m_keep = new QCheckBox(tr("&Keep me signed in"), this);
    m_keep->setObjectName(QStringLiteral("keepSignedInCheck"));
    m_keep->setToolTip(tr("Keeps a sign-in token in the system keychain, so that FieldDesk "
                          "signs you in the next time you open it."));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(kFieldSpacing * 2);
    m_form->setVerticalSpacing(kFieldSpacing);
    m_form->addRow(tr("&Server:"), m_server);
    m_form->addRow(tr("&Certificate authority:"), m_caFileRow);
    m_form->addRow(tr("&Email:"), m_email);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(QString(), m_keep);

    m_buttons = new QDialogButtonBox(this);
    m_primary = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(QStringLiteral("signInButton"));
    m_primary->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setIcon(QIcon()); // some styles add one to Cancel only; both buttons match this way
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::onPrimaryClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(kFieldSpacing / 2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kOuterMargin, kOuterMargin, kOuterMargin, kOuterMargin);
    layout->setSpacing(kSectionSpacing);
    layout->addLayout(heading);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_server, m_caFile);
    setTabOrder(m_caFile, browse);
    setTabOrder(browse, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_keep);
    showCaFileWhenUseful();
    m_email->setFocus();
}

void SignInDialog::showCaFileWhenUseful()
{
    // Only an https server has a certificate to check: a plain address keeps the form short.
    const bool useful =
        m_server->text().trimmed().startsWith(QLatin1String("https:"), Qt::CaseInsensitive) ||
        !m_caFile->text().trimmed().isEmpty();
    m_form->setRowVisible(m_caFileRow, useful);
}

bool SignInDialog::isCaFileShown() const
{
    return m_caFileRow->isVisibleTo(this);
}

void SignInDialog::setCaFile(const QString &path)
{
    m_caFile->setText(QDir::toNativeSeparators(path));
    showCaFileWhenUseful();
}

QString SignInDialog::caFile() const
{
    return QDir::fromNativeSeparators(m_caFile->text().trimmed());
}

void SignInDialog::browseForCaFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Company certificate authority"), caFile(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        setCaFile(path);
}

bool SignInDialog::applyServerTrust()
{
    if (caFile().isEmpty()) {
        m_session->api()->setServerTrust(client::ServerTrust());
        return true;
    }
    QString error;
    const std::optional<client::ServerTrust> trust =
        client::ServerTrust::withCaFile(caFile(), &error);
    if (!trust) {
        showMessage(error, Severity::Error);
        m_caFile->setFocus();
        m_caFile->selectAll();
        return false;
    }
    m_session->api()->setServerTrust(*trust);
    return true;
}

void SignInDialog::setServerUrl(const QUrl &url)
{
    m_server->setText(url.toDisplayString());
}

QUrl SignInDialog::serverUrl() const
{
    const QString text = m_server->text().trimmed();
    if (text.isEmpty())
        return {};
    QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url.adjusted(QUrl::StripTrailingSlash);
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInDialog::setKeepSignedIn(bool keep)
{
    m_keep->setChecked(keep);
}

bool SignInDialog::keepSignedIn() const
{
    return m_keep->isChecked();
}

void SignInDialog::showMessage(const QString &text, Severity severity)
{
    m_severity = severity;
    m_message->setText(text);
    m_message->setProperty("severity", severityName(severity));
    m_message->setAccessibleName(severity == Severity::Error ? tr("Error") : tr("Message"));
    // Dynamic properties only restyle after a re-polish.
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    // A top-level window does not grow for a wrapped label by itself: give the label the
    // height its text needs at the width it gets, and the dialog's minimum follows.
    const int textWidth = std::max(width(), minimumWidth()) - 2 * kOuterMargin;
    m_message->setMinimumHeight(m_message->heightForWidth(textWidth));
    m_message->show();
}

void SignInDialog::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

QString SignInDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool SignInDialog::isBusy() const
{
    return m_phase == Phase::SigningIn || m_phase == Phase::Resuming ||
           m_phase == Phase::ChangingPassword || m_phase == Phase::KeepingToken;
}

bool SignInDialog::validate()
{
    if (!serverUrl().isValid()) {
        showMessage(tr("Enter the server address, for example http://127.0.0.1:8080."),
                    Severity::Error);
        m_server->setFocus();
        return false;
    }
    if (email().isEmpty()) {
        showMessage(tr("Enter your email address."), Severity::Error);
        m_email->setFocus();
        return false;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Enter your password."), Severity::Error);
        m_password->setFocus();
        return false;
    }
    return true;
}

void SignInDialog::onPrimaryClicked()
{
    if (m_phase == Phase::SignedInWarned)
        accept();
    else
        signIn();
}

void SignInDialog::signIn()
{
    if (m_phase != Phase::Editing)
        return;
    clearMessage();
    if (!validate())
        return;
    if (!applyServerTrust())
        return;
    m_keepRequested = keepSignedIn();
    m_session->api()->setBaseUrl(serverUrl());
    setPhase(Phase::SigningIn);
    m_session->signIn(email(), m_password->text(),
                      m_keepRequested ? client::AuthSession::KeepSignedIn::Yes
                                      : client::AuthSession::KeepSignedIn::No);
}

void SignInDialog::resumeSavedSession()
{
    if (m_phase != Phase::Editing || !serverUrl().isValid() || email().isEmpty())
        return;
    if (!applyServerTrust())
        return;
    m_keepRequested = false;
    m_session->api()->setBaseUrl(serverUrl());
    setPhase(Phase::Resuming);
    m_session->resume(email());
}

void SignInDialog::prepareForNextSignIn()
{
    setPhase(Phase::Editing);
    m_password->clear();
    clearMessage();
    m_password->setFocus();
}

void SignInDialog::reject()
{
    if (isBusy())
        m_session->cancel();
    setPhase(Phase::Editing);
    QDialog::reject();
}

void SignInDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        // Signed in: the password has no business staying in a hidden widget.
        m_password->clear();
        clearMessage();
        setPhase(Phase::Editing);
    }
    QDialog::done(result);
}

void SignInDialog::setPhase(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Editing:
        m_primary->setText(tr("Sign in"));
        break;
    case Phase::SigningIn:
    case Phase::ChangingPassword:
    case Phase::KeepingToken:
        m_primary->setText(tr("Signing in…"));
        break;
    case Phase::Resuming:
        m_primary->setText(tr("Signing in…"));
        showMessage(tr("Signing you in to %1…").arg(serverUrl().toDisplayString()), Severity::Info);
        break;
    case Phase::SignedInWarned:
        m_primary->setText(tr("Continue"));
        break;
    }
    m_primary->setEnabled(!isBusy());
    // Once signed in there is nothing left to edit or cancel; until then the fields stay
    // editable, so that nothing typed is ever lost or locked.
    const bool signedIn = phase == Phase::SignedInWarned;
    m_cancel->setVisible(!signedIn);
    const std::initializer_list<QWidget *> fields{m_server, m_caFileRow, m_email, m_password,
                                                  m_keep};
    for (QWidget *field : fields)
        field->setEnabled(!signedIn);
}

void SignInDialog::onSignedIn()
{
    if (m_phase == Phase::Resuming) {
        clearMessage();
        accept();
        return;
    }
    if (m_phase != Phase::SigningIn && m_phase != Phase::ChangingPassword)
        return;
    if (m_passwordChange)
        m_passwordChange->accept();
    if (m_keepRequested && m_session->keepsSignedIn()) {
        setPhase(Phase::KeepingToken); // accept once the keychain has answered
        return;
    }
    accept();
}

void SignInDialog::onPasswordChangeRequired()
{
    if (m_phase != Phase::SigningIn && m_phase != Phase::Resuming)
        return;
    // Signed in with the password just typed: not asked for again. A kept sign-in has none.
    const QString current = m_phase == Phase::SigningIn ? m_password->text() : QString();
    setPhase(Phase::ChangingPassword);
    clearMessage();
    auto *dialog = new PasswordChangeDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentPassword(current);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_phase != Phase::ChangingPassword)
            return;
        m_session->signOut(); // the server would answer nothing else
        setPhase(Phase::Editing);
        showMessage(tr("Your password was not changed. Sign in again to choose a new one."),
                    Severity::Warning);
        m_password->setFocus();
    });
    m_passwordChange = dialog;
    dialog->open();
}

void SignInDialog::onSignInFailed(const client::ApiError &error)
{
    if (m_phase != Phase::SigningIn)
        return;
    setPhase(Phase::Editing);
    showMessage(error.message(), Severity::Error);
    // Everything typed stays; the likely next step is fixing the password, the address, or
    // (a certificate refused) the certificate authority.
    if (error.isCertificateRefused())
        m_form->setRowVisible(m_caFileRow, true);
    QLineEdit *retry = error.isCertificateRefused() ? m_caFile
                       : error.isNetworkError()     ? m_server
                                                    : m_password;
    retry->setFocus();
    retry->selectAll();
}

void SignInDialog::onResumeFailed(const QString &message)
{
    if (m_phase != Phase::Resuming)
        return;
    setPhase(Phase::Editing);
    if (message.isEmpty())
        clearMessage();
    else
        showMessage(message, Severity::Warning);
    m_password->setFocus();
}

void SignInDialog::onRefreshTokenKept()
{
    if (m_phase == Phase::KeepingToken)
        accept();
}

void SignInDialog::onRefreshTokenNotKept(const QString &message)
{
    if (m_phase != Phase::KeepingToken)
        return;
    setPhase(Phase::SignedInWarned);
    m_keep->setChecked(false);
    showMessage(tr("You are signed in, but FieldDesk cannot keep you signed in on this "
                   "computer.\n%1")
                    .arg(message),
                Severity::Warning);
    m_primary->setFocus();
}

} // namespace fielddesk::signin
