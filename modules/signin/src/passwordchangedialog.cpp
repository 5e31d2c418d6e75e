#include "fielddesk/signin/passwordchangedialog.h"

#include "fielddesk/client/apierror.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/domain/passwordpolicy.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"
#include "fielddesk/signin/newpasswordrules.h"
#include "fielddesk/theme/palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fielddesk::signin {

namespace {

constexpr int kChangeDialogWidth = 460;
constexpr int kChangeDialogMargin = 24;
constexpr int kRuleSpacing = 2;
const QString kMet = QStringLiteral("✓ ");
const QString kUnmet = QStringLiteral("• ");

} // namespace

PasswordChangeDialog::PasswordChangeDialog(client::AuthSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_reason(new QLabel(this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("passwordChangeMessage"), this))
{
    setObjectName(QStringLiteral("passwordChangeDialog"));
    setWindowTitle(tr("FieldDesk — New password"));
    setMinimumWidth(kChangeDialogWidth);
    setStyleSheet(forms::FieldErrorMarks::styleSheet() +
                  QStringLiteral("QLabel[rule=\"met\"] { color: %1; }")
                      .arg(theme::css(theme::Colour::Online)));
    auto *title = new forms::SectionTitle(tr("Choose a new password"),
                                          QStringLiteral("passwordChangeTitle"), this);
    m_reason->setObjectName(QStringLiteral("passwordChangeReason"));
    m_reason->setWordWrap(true);
    m_reason->setText(tr("Your password was set by an administrator. Choose one of your own "
                         "to go on."));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_current = passwordEdit(kCurrentField, tr("&Current password:"));
    m_new = passwordEdit(kNewField, tr("&New password:"));
    m_repeat = passwordEdit(kRepeatField, tr("&Repeat it:"));

    auto *rules = new QVBoxLayout;
    rules->setSpacing(kRuleSpacing);
    const int ruleCount = int(NewPasswordRules::check({}, {}, {}).size());
    for (int i = 0; i < ruleCount; ++i) {
        auto *rule = new QLabel(this);
        rule->setObjectName(QStringLiteral("passwordRule_%1").arg(i));
        rules->addWidget(rule);
        m_rules << rule;
    }
    auto *rulesBox = new QWidget(this);
    rulesBox->setLayout(rules);
    rulesBox->setAccessibleName(tr("Password rules"));
    rulesBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // never squeezed
    m_form->addRow(tr("The new password:"), rulesBox);

    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPasswordChangeButton"));
    cancel->setIcon(QIcon()); // as in the sign-in dialog: both buttons alike
    cancel->setToolTip(tr("Sign out without changing the password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kChangeDialogMargin, kChangeDialogMargin, kChangeDialogMargin,
                               kChangeDialogMargin);
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // The message and the field errors come and go: the dialog grows for them, never clips.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    for (QLineEdit *edit : {m_current, m_new, m_repeat}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateRules();
            showFieldProblems(false);
        });
    }
    using client::AuthSession;
    connect(m_session, &AuthSession::passwordChangeFailed, this, &PasswordChangeDialog::onFailed);
    connect(m_session, &AuthSession::signedIn, this, [this] {
        if (m_busy)
            accept();
    });
    // The session ended under the dialog (expired, signed out elsewhere): nothing to change.
    connect(m_session, &AuthSession::signedOut, this, &QDialog::reject);
    connect(m_session, &AuthSession::sessionExpired, this, &QDialog::reject);
    updateRules();
    m_current->setFocus();
}

QLineEdit *PasswordChangeDialog::passwordEdit(const QString &field, const QString &title)
{
    auto *edit = new QLineEdit(this);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(PasswordPolicy::kMaximumLength + 1); // one more: too long is said
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    QString name = title;
    edit->setAccessibleName(name.remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_marks.addRow(m_form, field, title, edit);
    return edit;
}

void PasswordChangeDialog::setCurrentPassword(const QString &password)
{
    m_knownCurrent = password;
    m_current->setText(password);
    m_form->setRowVisible(m_current->parentWidget(), password.isEmpty());
    (password.isEmpty() ? m_current : m_new)->setFocus();
    updateRules();
}

void PasswordChangeDialog::setReason(const QString &text)
{
    m_reason->setText(text);
}

QStringList PasswordChangeDialog::ruleTexts() const
{
    QStringList texts;
    for (const QLabel *rule : m_rules) {
        if (!rule->isHidden())
            texts << rule->text();
    }
    return texts;
}

void PasswordChangeDialog::updateRules()
{
    const QList<NewPasswordRules::Rule> rules =
        NewPasswordRules::check(m_new->text(), m_repeat->text(), m_current->text());
    for (int i = 0; i < m_rules.size(); ++i) {
        QLabel *label = m_rules.at(i);
        label->setVisible(i < rules.size());
        if (i >= rules.size())
            continue;
        const NewPasswordRules::Rule &rule = rules.at(i);
        label->setText((rule.met ? kMet : kUnmet) + rule.text);
        label->setProperty("rule", rule.met ? QStringLiteral("met") : QStringLiteral("unmet"));
        label->setAccessibleName(rule.met ? tr("Met: %1").arg(rule.text)
                                          : tr("Not met yet: %1").arg(rule.text));
        label->style()->unpolish(label);
        label->style()->polish(label);
    }
}

// Live (finished = false) only what is wrong for sure; on submit everything.
void PasswordChangeDialog::showFieldProblems(bool finished)
{
    QList<forms::FieldErrorMarks::FieldError> errors;
    if (finished && m_current->text().isEmpty())
        errors.append({kCurrentField, tr("Enter the password you signed in with.")});
    const QString problem = NewPasswordRules::problem(m_new->text(), m_current->text());
    const bool tooShortSoFar = m_new->text().size() < PasswordPolicy::kMinimumLength;
    if (!problem.isEmpty() && (finished || !tooShortSoFar))
        errors.append({kNewField, problem});
    const QString mismatch = NewPasswordRules::mismatch(m_new->text(), m_repeat->text(), finished);
    if (!mismatch.isEmpty())
        errors.append({kRepeatField, mismatch});
    m_marks.show(errors);
}

void PasswordChangeDialog::submit()
{
    if (m_busy)
        return;
    m_message->showMessage({});
    showFieldProblems(true);
    const QStringList wrong = m_marks.wrongFields();
    if (!wrong.isEmpty()) {
        // The first wrong field in the order they are shown.
        for (const QString &field : {kCurrentField, kNewField, kRepeatField}) {
            if (wrong.contains(field)) {
                m_form->setRowVisible(m_current->parentWidget(),
                                      m_knownCurrent.isEmpty() || field == kCurrentField);
                m_marks.input(field)->setFocus();
                break;
            }
        }
        return;
    }
    setBusy(true);
    m_session->changePassword(m_current->text(), m_new->text());
}

void PasswordChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_change->setEnabled(!busy);
    m_change->setText(busy ? tr("Changing…") : tr("Change password"));
}

void PasswordChangeDialog::onFailed(const client::ApiError &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    forms::FormRefusal::show(
        error,
        [this](const QList<forms::FieldErrorMarks::FieldError> &errors) {
            const QList<forms::FieldErrorMarks::FieldError> elsewhere = m_marks.show(errors);
            // The password signed in with was refused after all: ask for it.
            if (m_marks.wrongFields().contains(kCurrentField))
                m_form->setRowVisible(m_current->parentWidget(), true);
            for (const QString &field : {kCurrentField, kNewField}) {
                if (m_marks.wrongFields().contains(field)) {
                    m_marks.input(field)->setFocus();
                    break;
                }
            }
            return elsewhere;
        },
        m_message);
    adjustSize(); // the message and the field's error take room at once, nothing is clipped
}

} // namespace fielddesk::signin
