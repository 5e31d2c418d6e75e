// The job grid's filters: free-text search, status, priority, skill, location, unassigned
// only, at risk only, and filters saved by name per user. Edits a JobFilterProxy directly.
// Part of fielddesk_dispatchboard.
#pragma once

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

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

    // Where saved filters are kept (QSettings group, per user); empty: none are kept.
    void setSettingsGroup(const QString &group);
    QStringList savedFilterNames() const;
    void saveFilter(const QString &name);
    bool applySavedFilter(const QString &name);
    void deleteSavedFilter(const QString &name);
    QComboBox *locationBox() const { return m_location; }

private:
    void apply();
    void fillSavedMenu();
    QVariantMap state() const;
    void setState(const QVariantMap &state);

    board::JobFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_priority;
    QComboBox *m_skill;
    QComboBox *m_location;
    QCheckBox *m_unassigned;
    QCheckBox *m_atRisk;
    QToolButton *m_saved;
    QString m_settingsGroup;
};

} // namespace fielddesk::dispatchboard
