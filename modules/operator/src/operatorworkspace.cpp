#include "fielddesk/operator/operatorworkspace.h"

#include "fielddesk/admin/resourcepage.h"

#include <QVBoxLayout>

namespace fielddesk::operatorconsole {

namespace {

using Kind = admin::ResourceField::Kind;

// Made with the tenant, never changed here: the server takes no edits of them from operators.
admin::ResourceField madeOnce(const char *name, const QString &title, Kind kind = Kind::Text)
{
    admin::ResourceField field;
    field.name = QLatin1String(name);
    field.title = title;
    field.kind = kind;
    field.createOnly = true;
    return field;
}

} // namespace

admin::ResourceSpec OperatorWorkspace::tenants()
{
    admin::ResourceSpec spec;
    spec.id = QStringLiteral("tenants");
    spec.title = tr("Tenants");
    spec.singular = tr("tenant");
    spec.path = QStringLiteral("/api/v1/tenants");
    admin::ResourceField zone = madeOnce("time_zone", tr("Time &zone"), Kind::TimeZone);
    zone.initial = QStringLiteral("UTC");
    admin::ResourceField password =
        madeOnce("admin.password", tr("Admin's &password"), Kind::Password);
    password.help = tr("The first admin signs in with it");
    admin::ResourceField mustChange =
        madeOnce("admin.must_change_password", tr("Admin &must change it"), Kind::Boolean);
    mustChange.initial = true; // a password the operator knows is a temporary one
    mustChange.help = tr("The first admin chooses their own password at the first sign-in");
    spec.fields = {madeOnce("name", tr("&Name")),
                   zone,
                   madeOnce("currency", tr("&Currency"), Kind::Currency),
                   madeOnce("admin.name", tr("First &admin's name")),
                   madeOnce("admin.email", tr("First admin's &email"), Kind::Email),
                   password,
                   mustChange};
    spec.columns = {admin::fieldColumn(tr("Name"), QStringLiteral("name")),
                    {tr("Status"),
                     [](const QJsonObject &record) {
                         return record.value(QLatin1String("status")).toString() ==
                                        QLatin1String("suspended")
                                    ? tr("Suspended")
                                    : tr("Active");
                     }},
                    admin::fieldColumn(tr("Time zone"), QStringLiteral("time_zone")),
                    admin::fieldColumn(tr("Currency"), QStringLiteral("currency"))};
    spec.canDelete = false; // nothing of a tenant is ever deleted: suspended, it waits
    spec.statusField = QStringLiteral("status");
    spec.steps = {{QStringLiteral("suspend"), tr("&Suspend…"),
                   tr("Suspend %1? Nobody of it can sign in until it is resumed; their open "
                      "sessions end. Nothing is deleted."),
                   tr("Suspend"), QStringLiteral("active")},
                  {QStringLiteral("resume"), tr("&Resume…"),
                   tr("Resume %1? Its people can sign in again."), tr("Resume"),
                   QStringLiteral("suspended")}};
    return spec;
}

OperatorWorkspace::OperatorWorkspace(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_page(new admin::ResourcePage(api, tenants(), this))
{
    setObjectName(QStringLiteral("operatorWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
}

QString OperatorWorkspace::title()
{
    return tr("Tenants");
}

void OperatorWorkspace::start()
{
    m_page->reload();
}

void OperatorWorkspace::stop()
{
    m_page->clear();
}

} // namespace fielddesk::operatorconsole
