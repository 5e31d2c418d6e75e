// Shown when an edit of a job met a newer version (409): the fields either side changed, as
// they were when the dispatcher began (before), as someone saved them meanwhile (theirs) and as
// the dispatcher wants them (mine); fields both changed are marked and offer a choice. The
// dispatcher keeps theirs, reapplies mine or merges (the choices decide the clashing fields).
// Part of fielddesk_jobedit.
#pragma once

#include "fielddesk/jobedit/editconflict.h"
#include "fielddesk/jobedit/jobfieldtext.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fielddesk::jobedit {

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { KeepTheirs, ReapplyMine, Merge };
    enum Column { FieldColumn, BeforeColumn, TheirsColumn, MineColumn, ChoiceColumn, ColumnCount };

    // whoChanged: the server's words about the last change ("Last change: … by Alex").
    ConflictDialog(EditConflict conflict,
                   const JobFieldText &text,
                   const QString &whoChanged,
                   QWidget *parent = nullptr);

    const EditConflict &conflict() const { return m_conflict; }
    QTableWidget *table() const { return m_table; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *reapplyMineButton() const { return m_reapplyMine; }
    QPushButton *mergeButton() const { return m_merge; }
    // The choice offered for a field both changed; nullptr for the others.
    QComboBox *choiceFor(const QString &field) const { return m_choices.value(field); }

    Decision decision() const { return m_decision; }
    QHash<QString, EditConflict::Side> choices() const;
    // What to send over theirs for the decision (empty: nothing).
    QJsonObject changesToSend() const;

private:
    void decide(Decision decision);

    EditConflict m_conflict;
    QTableWidget *m_table;
    QPushButton *m_keepTheirs;
    QPushButton *m_reapplyMine;
    QPushButton *m_merge;
    QHash<QString, QComboBox *> m_choices;
    Decision m_decision = Decision::KeepTheirs;
};

} // namespace fielddesk::jobedit
