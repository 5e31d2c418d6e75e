#include "fielddesk/shell/sessionheader.h"

#include "fielddesk/theme/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fielddesk::shell {

namespace {

constexpr int kHorizontalMargin = 20;
constexpr int kVerticalMargin = 10;
constexpr int kSpacing = 12;
constexpr int kAvatarSize = 36;
constexpr int kDividerHeight = 24;
constexpr int kBrandPointSizeDelta = 5;
constexpr int kTenantPointSizeDelta = 2;
constexpr int kBellGap = 8; // between the bell and the user's name

QString headerStyleSheet()
{
    using theme::Colour;
    return QStringLiteral(
               "QFrame#sessionHeader { background: %1; border-bottom: 3px solid %2; }"
               "QFrame#sessionHeader QLabel { color: %3; background: transparent; }"
               "QFrame#sessionHeader QLabel#brandLabel { font-weight: 700; color: %4; }"
               "QFrame#sessionHeader QLabel#tenantLabel { font-weight: 600; }"
               "QFrame#sessionHeader QLabel#timeZoneLabel, QFrame#sessionHeader QLabel#roleLabel {"
               "  color: %5; }"
               "QFrame#sessionHeader QLabel#userNameLabel { font-weight: 600; }"
               "QFrame#sessionHeader QFrame#headerDivider { background: %6; border: none; }"
               "QFrame#sessionHeader QLabel#avatarLabel { background: %2; color: %7;"
               "  font-weight: 700; border-radius: %8px; }")
        .arg(theme::css(Colour::HeaderBackground), theme::css(Colour::Accent),
             theme::css(Colour::HeaderText), theme::css(Colour::HeaderStrongText),
             theme::css(Colour::HeaderSubtleText), theme::css(Colour::HeaderDivider),
             theme::css(Colour::OnAccent), QString::number(kAvatarSize / 2));
}

} // namespace

SessionHeader::SessionHeader(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sessionHeader"));
    setStyleSheet(headerStyleSheet());
    setAttribute(Qt::WA_StyledBackground);

    auto *brand = new QLabel(tr("FieldDesk"), this);
    brand->setObjectName(QStringLiteral("brandLabel"));
    QFont brandFont = brand->font();
    brandFont.setPointSize(brandFont.pointSize() + kBrandPointSizeDelta);
    brand->setFont(brandFont);

    auto *divider = new QFrame(this);
    divider->setObjectName(QStringLiteral("headerDivider"));
    divider->setFixedSize(1, kDividerHeight);

    m_tenant = new QLabel(this);
    m_tenant->setObjectName(QStringLiteral("tenantLabel"));
    QFont tenantFont = m_tenant->font();
    tenantFont.setPointSize(tenantFont.pointSize() + kTenantPointSizeDelta);
    m_tenant->setFont(tenantFont);
    m_timeZone = new QLabel(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneLabel"));

    auto *tenantColumn = new QVBoxLayout;
    tenantColumn->setSpacing(0);
    tenantColumn->addWidget(m_tenant);
    tenantColumn->addWidget(m_timeZone);

    m_avatar = new QLabel(this);
    m_avatar->setObjectName(QStringLiteral("avatarLabel"));
    m_avatar->setFixedSize(kAvatarSize, kAvatarSize);
    m_avatar->setAlignment(Qt::AlignCenter);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("userNameLabel"));
    m_role = new QLabel(this);
    m_role->setObjectName(QStringLiteral("roleLabel"));
    auto *userColumn = new QVBoxLayout;
    userColumn->setSpacing(0);
    userColumn->addWidget(m_name, 0, Qt::AlignRight);
    userColumn->addWidget(m_role, 0, Qt::AlignRight);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kHorizontalMargin, kVerticalMargin, kHorizontalMargin,
                               kVerticalMargin);
    layout->setSpacing(kSpacing);
    layout->addWidget(brand);
    layout->addWidget(divider);
    layout->addLayout(tenantColumn);
    layout->addStretch(1);
    m_bellSlot = new QHBoxLayout;
    m_bellSlot->setContentsMargins(0, 0, kBellGap, 0);
    layout->addLayout(m_bellSlot);
    layout->addLayout(userColumn);
    layout->addWidget(m_avatar);
}

void SessionHeader::setSession(const client::UserProfile &user, const client::TenantProfile &tenant)
{
    m_tenant->setText(tenant.name);
    m_timeZone->setText(tenant.timeZone.isEmpty() ? QString()
                                                  : tr("Time zone: %1").arg(tenant.timeZone));
    m_timeZone->setVisible(!tenant.timeZone.isEmpty());
    m_name->setText(user.name.isEmpty() ? user.email : user.name);
    m_role->setText(tr("%1 · %2", "role · email").arg(roleTitle(user), user.email));
    m_avatar->setText(initials(user.name.isEmpty() ? user.email : user.name));
    m_avatar->setToolTip(user.name);
}

void SessionHeader::setNotificationBell(QWidget *bell)
{
    m_bellSlot->addWidget(bell, 0, Qt::AlignVCenter);
}

QString SessionHeader::roleTitle(const client::UserProfile &user)
{
    // A role the console has no title for (the hosting company's operator): its own name.
    if (!user.role || *user.role == Role::Operator) {
        QString raw = user.roleName;
        if (!raw.isEmpty())
            raw[0] = raw[0].toUpper();
        return raw;
    }
    switch (*user.role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Manager:
        return tr("Manager");
    case Role::Dispatcher:
        return tr("Dispatcher");
    case Role::Employee:
        return tr("Technician");
    case Role::Operator:
        break;
    }
    return {};
}

QString SessionHeader::initials(const QString &name)
{
    QString result;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (result.size() == 2)
            break;
        result += word.front().toUpper();
    }
    return result;
}

} // namespace fielddesk::shell
