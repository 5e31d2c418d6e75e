// The company's own settings (`/api/v1/tenants/current`): its name, time zone and default
// currency, travel, working week and shift, when the evening messages about the next day go
// out and the language customers are written to. Save (Ctrl+S) sends what changed; the
// server's refusal shows at the field.
// Part of fielddesk_admin.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QPushButton;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::admin {

class ResourceForm;

class TenantSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TenantSettingsPage(client::ApiClient *api, QWidget *parent = nullptr);

    void reload();
    void clear();
    void save();

    ResourceForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    forms::MessageLabel *message() const { return m_message; }
    forms::MessageLabel *notice() const { return m_notice; }

signals:
    void loaded();
    void saved(const QJsonObject &tenant);

private:
    client::ApiClient *m_api;
    ResourceForm *m_form;
    QPushButton *m_save;
    forms::MessageLabel *m_message;
    forms::MessageLabel *m_notice;
    int m_generation = 0;
};

} // namespace fielddesk::admin
