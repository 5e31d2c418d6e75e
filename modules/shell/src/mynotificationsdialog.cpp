#include "fielddesk/shell/mynotificationsdialog.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apiresult.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fielddesk::shell {

namespace {

const QString kPreferencesPath = QStringLiteral("/api/v1/me/preferences");
const QString kTimeFormat = QStringLiteral("HH:mm"); // the wire's "HH:MM" and what is shown

constexpr int kDialogMinimumWidth = 480;
constexpr int kNoteIndent = 2; // the notes sit a little in from the boxes above them
constexpr int kMarkMargin = 2; // room for the error highlight's border around a time edit
// What the time edits offer while there are no quiet hours: a night.
const QTime kSuggestedStart(22, 0);
const QTime kSuggestedEnd(7, 0);

// "&Email" reads "Email": the name a screen reader says for a control.
QString withoutMnemonic(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1); // the next character stays, so "&&" leaves one '&'
    }
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

QCheckBox *checkBox(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setAccessibleName(withoutMnemonic(text));
    return box;
}

QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setIndent(kNoteIndent);
    return label;
}

// A time edit in a frame that carries the error highlight: a style sheet border on the edit
// itself would cost it the arrows of its buttons.
QFrame *markableFrame(QTimeEdit *edit, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(edit->objectName() + QStringLiteral("Frame"));
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(kMarkMargin, kMarkMargin, kMarkMargin, kMarkMargin);
    layout->addWidget(edit);
    frame->setFocusProxy(edit);
    return frame;
}

QTime timeOf(const QString &hhmm, QTime otherwise)
{
    const QTime time = QTime::fromString(hhmm, kTimeFormat);
    return time.isValid() ? time : otherwise;
}

bool sameQuietHours(const std::optional<QuietHours> &a, const std::optional<QuietHours> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->starts == b->starts && a->ends == b->ends);
}

} // namespace

MyNotificationsDialog::MyNotificationsDialog(client::ApiClient *api,
                                             const client::UserProfile &user,
                                             QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_marks(std::make_unique<forms::FieldErrorMarks>())
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("myNotificationsMessage"), this))
    , m_loading(new forms::MessageLabel(
          forms::MessageLabel::Tone::Notice, QStringLiteral("myNotificationsLoading"), this))
    , m_form(new QWidget(this))
    , m_inApp(checkBox(tr("&In the console (bell)"), QStringLiteral("inAppBox"), m_form))
    , m_email(checkBox(tr("&Email"), QStringLiteral("emailBox"), m_form))
    , m_sms(checkBox(tr("Te&xt message (SMS)"), QStringLiteral("smsBox"), m_form))
    , m_language(new QComboBox(m_form))
    , m_quiet(checkBox(
          tr("&Hold messages during quiet hours"), QStringLiteral("quietHoursBox"), m_form))
    , m_quietFrom(new QTimeEdit(m_form))
    , m_quietTo(new QTimeEdit(m_form))
{
    setObjectName(QStringLiteral("myNotificationsDialog"));
    setWindowTitle(tr("My Notifications"));
    setMinimumWidth(kDialogMinimumWidth);
    setStyleSheet(forms::FieldErrorMarks::styleSheet());

    auto *intro = new QLabel(tr("Decisions on your requests and expenses, your plan for tomorrow "
                                "and changes to today's jobs reach you the ways you tick here."),
                             m_form);
    intro->setObjectName(QStringLiteral("myNotificationsIntro"));
    intro->setWordWrap(true);

    // Where to reach me.
    auto *channels = new QGroupBox(tr("Where to reach me"), m_form);
    channels->setObjectName(QStringLiteral("channelsGroup"));
    const QString email = user.email.trimmed();
    const QString phone = user.phone.trimmed();
    QLabel *channelsNote = noteLabel(
        phone.isEmpty()
            ? tr("Emails go to %1, the address on your account. Your account has no phone "
                 "number for text messages; an administrator can add one.")
                  .arg(email)
            : tr("Emails go to %1 and text messages to %2: the address and phone number on "
                 "your account.")
                  .arg(email, phone),
        QStringLiteral("channelsNote"), channels);
    auto *channelsLayout = new QVBoxLayout(channels);
    channelsLayout->addWidget(m_inApp);
    channelsLayout->addWidget(m_email);
    channelsLayout->addWidget(m_sms);
    channelsLayout->addWidget(channelsNote);

    // The language of what the server sends.
    m_language->setObjectName(QStringLiteral("messageLanguageBox"));
    for (const QString &code : UserPreferences::supportedLanguages())
        m_language->addItem(UserPreferences::languageName(code), code);
    auto *languageForm = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language of messages sent to me:"), m_form);
    languageLabel->setBuddy(m_language);
    m_language->setAccessibleName(withoutMnemonic(languageLabel->text()));
    auto *languageCell = new QVBoxLayout;
    languageCell->setSpacing(2);
    languageCell->addWidget(m_language);
    QLabel *languageError =
        forms::FieldErrorMarks::makeMessageLabel(QStringLiteral("language"), m_form);
    languageCell->addWidget(languageError);
    languageForm->addRow(languageLabel, languageCell);
    m_marks->add(QStringLiteral("language"), m_language, languageError);

    // Quiet hours: on the clock of the person's location, as the server holds them.
    auto *quiet = new QGroupBox(tr("Quiet hours"), m_form);
    quiet->setObjectName(QStringLiteral("quietHoursGroup"));
    auto *fromLabel = new QLabel(tr("F&rom"), quiet);
    auto *toLabel = new QLabel(tr("&to"), quiet);
    fromLabel->setBuddy(m_quietFrom);
    toLabel->setBuddy(m_quietTo);
    m_quietFrom->setObjectName(QStringLiteral("quietFromEdit"));
    m_quietTo->setObjectName(QStringLiteral("quietToEdit"));
    m_quietFrom->setAccessibleName(tr("Quiet hours from"));
    m_quietTo->setAccessibleName(tr("Quiet hours to"));
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo}) {
        edit->setDisplayFormat(kTimeFormat);
        edit->setToolTip(tr("On the clock of your location"));
    }
    m_quietFrom->setTime(kSuggestedStart);
    m_quietTo->setTime(kSuggestedEnd);
    auto *times = new QHBoxLayout;
    times->addWidget(fromLabel);
    QFrame *fromFrame = markableFrame(m_quietFrom, quiet);
    QFrame *toFrame = markableFrame(m_quietTo, quiet);
    times->addWidget(fromFrame);
    times->addWidget(toLabel);
    times->addWidget(toFrame);
    times->addStretch(1);
    QLabel *quietError =
        forms::FieldErrorMarks::makeMessageLabel(QStringLiteral("quiet_hours"), quiet);
    QLabel *fromError =
        forms::FieldErrorMarks::makeMessageLabel(QStringLiteral("quiet_hours.starts"), quiet);
    QLabel *toError =
        forms::FieldErrorMarks::makeMessageLabel(QStringLiteral("quiet_hours.ends"), quiet);
    m_marks->add(QStringLiteral("quiet_hours"), m_quiet, quietError);
    m_marks->add(QStringLiteral("quiet_hours.starts"), fromFrame, fromError);
    m_marks->add(QStringLiteral("quiet_hours.ends"), toFrame, toError);
    auto *quietLayout = new QVBoxLayout(quiet);
    quietLayout->addWidget(m_quiet);
    quietLayout->addWidget(quietError);
    quietLayout->addLayout(times);
    quietLayout->addWidget(fromError);
    quietLayout->addWidget(toError);
    quietLayout->addWidget(noteLabel(
        tr("Emails and text messages wait until quiet hours end; the bell still shows them."),
        QStringLiteral("quietHoursNote"), quiet));
    connect(m_quiet, &QCheckBox::toggled, this, &MyNotificationsDialog::showQuietHoursEnabled);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addWidget(channels);
    formLayout->addLayout(languageForm);
    formLayout->addWidget(quiet);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("saveMyNotificationsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_loading);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    showQuietHoursEnabled();
    load();
}

MyNotificationsDialog::~MyNotificationsDialog() = default;

bool MyNotificationsDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)
        keepWrappedLinesWhole();
    return handled;
}

void MyNotificationsDialog::keepWrappedLinesWhole()
{
    // A window asks its layout for a minimum height that knows nothing of wrapped lines: the
    // notes and messages need theirs for the width the dialog has, or they are cut off when a
    // message appears (or in a language with longer words).
    const int needed = layout()->totalHeightForWidth(width());
    if (needed <= 0 || needed == minimumHeight())
        return;
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

QLabel *MyNotificationsDialog::fieldMessage(const QString &field) const
{
    return m_marks->message(field);
}

void MyNotificationsDialog::load()
{
    m_loading->showMessage(tr("Loading your notification settings…"));
    setBusy(true);
    m_api->get(kPreferencesPath, this,
               client::readingRecord<UserPreferences>(
                   [this](const client::ApiResult<UserPreferences> &answer) {
                       m_loading->showMessage({});
                       if (!answer) {
                           m_message->showMessage(
                               tr("Your notification settings could not be loaded: %1")
                                   .arg(answer.error().message()));
                           return; // stays busy: there is nothing to change
                       }
                       showPreferences(*answer);
                       setBusy(false);
                       m_inApp->setFocus(Qt::OtherFocusReason);
                       emit loaded();
                   }));
}

void MyNotificationsDialog::showPreferences(const UserPreferences &preferences)
{
    m_loaded = preferences;
    m_inApp->setChecked(preferences.channels.inApp);
    m_email->setChecked(preferences.channels.email);
    m_sms->setChecked(preferences.channels.sms);
    int language = m_language->findData(preferences.language);
    if (language < 0) { // one this console does not know yet: shown by its code, kept
        m_language->addItem(UserPreferences::languageName(preferences.language),
                            preferences.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_quiet->setChecked(preferences.quietHours.has_value());
    if (preferences.quietHours) {
        m_quietFrom->setTime(timeOf(preferences.quietHours->starts, kSuggestedStart));
        m_quietTo->setTime(timeOf(preferences.quietHours->ends, kSuggestedEnd));
    }
    showQuietHoursEnabled();
}

UserPreferences MyNotificationsDialog::preferences() const
{
    UserPreferences chosen = m_loaded.value_or(UserPreferences());
    chosen.language = m_language->currentData().toString();
    chosen.channels.inApp = m_inApp->isChecked();
    chosen.channels.email = m_email->isChecked();
    chosen.channels.sms = m_sms->isChecked();
    // channels.push: as loaded
    if (m_quiet->isChecked())
        chosen.quietHours = QuietHours{m_quietFrom->time().toString(kTimeFormat),
                                       m_quietTo->time().toString(kTimeFormat)};
    else
        chosen.quietHours.reset();
    return chosen;
}

QJsonObject MyNotificationsDialog::changes() const
{
    const UserPreferences chosen = preferences();
    const UserPreferences &before = *m_loaded;
    QJsonObject body;
    if (chosen.language != before.language)
        body.insert(QLatin1String("language"), chosen.language);
    QJsonObject channels;
    const auto channel = [&channels](const char *name, bool now, bool was) {
        if (now != was)
            channels.insert(QLatin1String(name), now);
    };
    channel("in_app", chosen.channels.inApp, before.channels.inApp);
    channel("email", chosen.channels.email, before.channels.email);
    channel("sms", chosen.channels.sms, before.channels.sms);
    if (!channels.isEmpty())
        body.insert(QLatin1String("notification_channels"), channels);
    if (!sameQuietHours(chosen.quietHours, before.quietHours)) {
        body.insert(QLatin1String("quiet_hours"),
                    chosen.quietHours ? QJsonValue(QJsonObject{
                                            {QLatin1String("starts"), chosen.quietHours->starts},
                                            {QLatin1String("ends"), chosen.quietHours->ends}})
                                      : QJsonValue(QJsonValue::Null));
    }
    return body;
}

void MyNotificationsDialog::accept()
{
    if (!m_loaded || !m_ok->isEnabled())
        return;
    m_marks->clear();
    m_message->showMessage({});
    const QJsonObject body = changes();
    if (body.isEmpty()) {
        QDialog::accept();
        return;
    }
    setBusy(true);
    m_api->send(client::ApiRequest::patch(kPreferencesPath, body), this,
                client::readingRecord<UserPreferences>(
                    [this](const client::ApiResult<UserPreferences> &answer) {
                        setBusy(false);
                        if (!answer) {
                            refused(answer.error());
                            return;
                        }
                        m_loaded = *answer;
                        emit saved(*answer);
                        QDialog::accept();
                    }));
}

void MyNotificationsDialog::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_ok->setEnabled(!busy);
}

void MyNotificationsDialog::showQuietHoursEnabled()
{
    m_quietFrom->setEnabled(m_quiet->isChecked());
    m_quietTo->setEnabled(m_quiet->isChecked());
}

void MyNotificationsDialog::refused(const client::ApiError &error)
{
    forms::FormRefusal::show(
        error,
        [this](const QList<forms::FieldErrorMarks::FieldError> &errors) {
            return m_marks->show(errors);
        },
        m_message);
    const QStringList wrong = m_marks->wrongFields();
    if (QWidget *first = wrong.isEmpty() ? m_ok : m_marks->input(wrong.first()))
        first->setFocus(Qt::OtherFocusReason);
}

} // namespace fielddesk::shell
