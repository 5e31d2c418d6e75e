// Edit > Preferences: the console's language and appearance on this computer. Both take effect
// from the next start (the windows already built keep their texts and colours); the dialog
// says so, and saves only on OK.
#pragma once

#include "fielddesk/shell/consolepreferences.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace fielddesk::shell {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const ConsolePreferences &current, QWidget *parent = nullptr);

    // What the dialog shows chosen now.
    ConsolePreferences preferences() const;
    // Saves the choice (ConsolePreferences::save), then closes.
    void accept() override;

private:
    void showRestartNote();

    ConsolePreferences m_initial;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace fielddesk::shell
