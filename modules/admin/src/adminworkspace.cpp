#include "fielddesk/admin/adminworkspace.h"

#include "fielddesk/admin/adminresources.h"
#include "fielddesk/admin/auditlogpage.h"
#include "fielddesk/admin/messagelogpage.h"
#include "fielddesk/admin/messagetemplatespage.h"
#include "fielddesk/admin/resourcepage.h"
#include "fielddesk/admin/tenantsettingspage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace fielddesk::admin {

namespace {

constexpr int kNavigationWidth = 190;
constexpr int kNavigationSpacing = 3;
const QString kCompany = QStringLiteral("company");
const QString kAuditLog = QStringLiteral("audit-log");
const QString kMessages = QStringLiteral("messages");
const QString kMessageTemplates = QStringLiteral("message-templates");

} // namespace

AdminWorkspace::AdminWorkspace(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_tenant(new TenantSettingsPage(api, this))
    , m_audit(new AuditLogPage(api, this))
    , m_messages(new MessageLogPage(api, this))
    , m_templates(new MessageTemplatesPage(api, this))
{
    setObjectName(QStringLiteral("adminWorkspace"));
    m_navigation->setObjectName(QStringLiteral("adminNavigation"));
    m_navigation->setFixedWidth(kNavigationWidth);
    m_navigation->setSpacing(kNavigationSpacing);
    auto *company = new QListWidgetItem(tr("Company"), m_navigation);
    company->setData(Qt::UserRole, kCompany);
    m_pages->addWidget(m_tenant);
    for (const ResourceSpec &spec : AdminResources::all()) {
        auto *page = new ResourcePage(api, spec, this);
        m_resourcePages << page;
        m_pages->addWidget(page);
        auto *item = new QListWidgetItem(spec.title, m_navigation);
        item->setData(Qt::UserRole, spec.id);
    }
    auto *messages = new QListWidgetItem(tr("Messages"), m_navigation);
    messages->setData(Qt::UserRole, kMessages);
    m_pages->addWidget(m_messages);
    auto *templates = new QListWidgetItem(tr("Message templates"), m_navigation);
    templates->setData(Qt::UserRole, kMessageTemplates);
    m_pages->addWidget(m_templates);
    auto *audit = new QListWidgetItem(tr("Audit log"), m_navigation);
    audit->setData(Qt::UserRole, kAuditLog);
    m_pages->addWidget(m_audit);
    // A new location is at once a choice for users and technicians, a new user for
    // technicians, and so on.
    for (ResourcePage *changed : std::as_const(m_resourcePages)) {
        const auto others = [this, changed] {
            for (ResourcePage *page : std::as_const(m_resourcePages)) {
                if (page != changed)
                    page->reloadChoices();
            }
        };
        connect(changed, &ResourcePage::saved, this, others);
        connect(changed, &ResourcePage::removed, this, others);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    // The log grows with every change made on the other pages: opened, it shows the newest.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_audit && m_audit->isStarted())
            m_audit->reload();
        if (m_pages->currentWidget() == m_messages && m_messages->isStarted())
            m_messages->reload();
    });
    m_navigation->setAccessibleName(tr("Admin pages"));
    m_navigation->setCurrentRow(0);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
}

QString AdminWorkspace::title()
{
    return tr("Admin");
}

void AdminWorkspace::start(const QTimeZone &tenantZone)
{
    m_tenant->reload();
    for (ResourcePage *page : std::as_const(m_resourcePages))
        page->reload();
    m_audit->start(tenantZone);
    m_messages->start(tenantZone);
    m_templates->start();
}

void AdminWorkspace::stop()
{
    m_tenant->clear();
    for (ResourcePage *page : std::as_const(m_resourcePages))
        page->clear();
    m_audit->stop();
    m_messages->stop();
    m_templates->stop();
}

ResourcePage *AdminWorkspace::page(const QString &id) const
{
    for (ResourcePage *page : m_resourcePages) {
        if (page->spec().id == id)
            return page;
    }
    return nullptr;
}

void AdminWorkspace::showPage(const QString &id)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == id)
            m_navigation->setCurrentRow(row);
    }
}

} // namespace fielddesk::admin
