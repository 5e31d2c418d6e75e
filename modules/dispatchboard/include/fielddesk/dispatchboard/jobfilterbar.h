// The job grid's filters: free-text search, status, priority, skill, unassigned only, at
// risk only. Edits a JobFilterProxy directly. Part of fielddesk_dispatchboard.
#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace fielddesk::board {
class JobFilterProxy;
}

namespace fielddesk::dispatchboard {

class JobFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit JobFilterBar(board::JobFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *priorityBox() const { return m_priority; }
    QComboBox *skillBox() const { return m_skill; }
    QCheckBox *unassignedBox() const { return m_unassigned; }
    QCheckBox *atRiskBox() const { return m_atRisk; }

    // The skills to offer (from the store once loaded).
    void setSkills(const QStringList &skills);
    void setLocations(const QHash<qint64, QString> &names);
    QComboBox *locationBox() const { return m_location; }

private:
    void apply();

    board::JobFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_priority;
    QComboBox *m_skill;
    QComboBox *m_location;
    QCheckBox *m_unassigned;
    QCheckBox *m_atRisk;
};

} // namespace fielddesk::dispatchboard
