// The inbox's filters above the list: kind, location, requester, how long requests have
// waited, and free text. Drives a RequestFilterProxy directly. Part of fielddesk_approvals.
#pragma once

#include <QFrame>
#include <QHash>

class QComboBox;
class QLineEdit;

namespace fielddesk::requests {
class RequestFilterProxy;
}

namespace fielddesk::approvals {

class InboxFilterBar : public QFrame
{
    Q_OBJECT

public:
    explicit InboxFilterBar(requests::RequestFilterProxy *proxy, QWidget *parent = nullptr);

    // The choices the lists offer (names by id); the current choice stays when it still exists.
    void setLocations(const QHash<qint64, QString> &names);
    void setRequesters(const QHash<qint64, QString> &names);

    QComboBox *kind() const { return m_kind; }
    QComboBox *location() const { return m_location; }
    QComboBox *requester() const { return m_requester; }
    QComboBox *age() const { return m_age; }
    QLineEdit *search() const { return m_search; }

private:
    void apply();
    static void
    fill(QComboBox *combo, const QString &everything, const QHash<qint64, QString> &names);

    requests::RequestFilterProxy *m_proxy;
    QComboBox *m_kind;
    QComboBox *m_location;
    QComboBox *m_requester;
    QComboBox *m_age;
    QLineEdit *m_search;
};

} // namespace fielddesk::approvals
