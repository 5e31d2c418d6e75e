#include "fielddesk/shell/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fielddesk::shell {

namespace {

constexpr int kMinimumWidth = 420;

int indexOfData(const QComboBox *box, const QVariant &data)
{
    return std::max(0, box->findData(data));
}

} // namespace

PreferencesDialog::PreferencesDialog(const ConsolePreferences &current, QWidget *parent)
    : QDialog(parent)
    , m_initial(current)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(kMinimumWidth);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    for (const ConsoleLanguage &language : consoleLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(indexOfData(m_language, current.language));

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceBox"));
    m_appearance->addItem(tr("Same as the system"), int(theme::Appearance::System));
    m_appearance->addItem(tr("Light"), int(theme::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(theme::Appearance::Dark));
    m_appearance->addItem(tr("High contrast"), int(theme::Appearance::HighContrast));
    m_appearance->setCurrentIndex(indexOfData(m_appearance, int(current.appearance)));

    m_restartNote = new QLabel(tr("FieldDesk uses the new settings from its next start."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *appearanceLabel = new QLabel(tr("&Appearance:"), this);
    appearanceLabel->setBuddy(m_appearance);
    form->addRow(languageLabel, m_language);
    form->addRow(appearanceLabel, m_appearance);
    m_language->setAccessibleName(tr("Language"));
    m_appearance->setAccessibleName(tr("Appearance"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::showRestartNote);
    connect(m_appearance, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::showRestartNote);
    showRestartNote();
}

void PreferencesDialog::accept()
{
    preferences().save();
    QDialog::accept();
}

ConsolePreferences PreferencesDialog::preferences() const
{
    ConsolePreferences chosen;
    chosen.language = m_language->currentData().toString();
    chosen.appearance = theme::Appearance(m_appearance->currentData().toInt());
    return chosen;
}

void PreferencesDialog::showRestartNote()
{
    const ConsolePreferences chosen = preferences();
    m_restartNote->setVisible(chosen.language != m_initial.language ||
                              chosen.appearance != m_initial.appearance);
}

} // namespace fielddesk::shell
