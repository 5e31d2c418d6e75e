// The admin workspace (role admin): the company's settings and every record an admin keeps
// (locations, users, technicians, skills, services, expense categories, spiff types, API keys,
// webhooks), one page each, the outbound messages, their words and the audit log, chosen in the
// list on the left. Depends on QtWidgets, fielddesk_forms, fielddesk_client and fielddesk_domain;
// the shell shows it as a workspace.
#pragma once

#include <QTimeZone>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::admin {

class AuditLogPage;
class MessageLogPage;
class MessageTemplatesPage;
class ResourcePage;
class TenantSettingsPage;

class AdminWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit AdminWorkspace(client::ApiClient *api, QWidget *parent = nullptr);

    // "Admin": the workspace's title in the navigation.
    static QString title();

    // Times (the audit log's) are shown in the tenant's zone.
    void start(const QTimeZone &tenantZone);
    void stop();
    // Shows a page: "company", a ResourceSpec's id ("locations"), "messages",
    // "message-templates" or "audit-log".
    void showPage(const QString &id);

    TenantSettingsPage *tenantPage() const { return m_tenant; }
    ResourcePage *page(const QString &id) const;
    AuditLogPage *auditPage() const { return m_audit; }
    MessageLogPage *messagePage() const { return m_messages; }
    MessageTemplatesPage *messageTemplatesPage() const { return m_templates; }
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }

private:
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    TenantSettingsPage *m_tenant;
    QList<ResourcePage *> m_resourcePages;
    AuditLogPage *m_audit;
    MessageLogPage *m_messages;
    MessageTemplatesPage *m_templates;
};

} // namespace fielddesk::admin
