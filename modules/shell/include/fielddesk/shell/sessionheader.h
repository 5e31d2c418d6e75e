// The strip across the top of the main window: the FieldDesk mark, the tenant, the
// notification bell, and who is signed in (initials, name, role, email). Depends on QtWidgets
// and fielddesk_client only.
#pragma once

#include "fielddesk/client/tenantprofile.h"
#include "fielddesk/client/userprofile.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace fielddesk::shell {

class SessionHeader : public QFrame
{
    Q_OBJECT

public:
    explicit SessionHeader(QWidget *parent = nullptr);

    void setSession(const client::UserProfile &user, const client::TenantProfile &tenant);
    // Puts the bell left of who is signed in (the header does not own what it shows).
    void setNotificationBell(QWidget *bell);

    // "Dispatcher", "Technician"...: what a role is called on screen.
    static QString roleTitle(const client::UserProfile &user);
    // "AA" for "Ada Admin": what the avatar shows.
    static QString initials(const QString &name);

private:
    QLabel *m_tenant = nullptr;
    QLabel *m_timeZone = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_role = nullptr;
    QHBoxLayout *m_bellSlot = nullptr;
};

} // namespace fielddesk::shell
