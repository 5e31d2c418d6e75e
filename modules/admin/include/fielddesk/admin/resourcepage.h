// One kind of record in the admin workspace: the list (search as you type, inactive ones shown
// on request) beside the selected record's form. New… starts an empty one; Save (Ctrl+S)
// sends a new record or only what changed of an existing one; Revert shows it as saved;
// Deactivate/Reactivate (records with an active field) or Delete… (Revoke… for API keys,
// after confirming); a secret the server sends once (a new API key) is shown to be copied. The
// server's refusal shows at the fields it names and the form keeps what was typed; leaving a
// record with unsaved changes asks first. Part of fielddesk_admin.
#pragma once

#include "fielddesk/admin/resourcespec.h"
#include "fielddesk/client/apirequest.h"
#include "fielddesk/client/apiresponse.h"

#include <QWidget>

class QCheckBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::admin {

class ResourceForm;
class ResourceTableModel;

class ResourcePage : public QWidget
{
    Q_OBJECT

public:
    ResourcePage(client::ApiClient *api, const ResourceSpec &spec, QWidget *parent = nullptr);

    const ResourceSpec &spec() const { return m_spec; }
    // The records and the lists the fields choose from, again from the server.
    void reload();
    // Only the lists the fields choose from (another page changed one of them).
    void reloadChoices();
    void clear();
    bool isLoading() const { return m_loading; }

    // Starts a new record (asks first when the shown one has unsaved changes).
    void startNew();
    void selectRecord(qint64 id);
    void save();
    void revert();
    // Deactivates or reactivates the shown record, or deletes it after confirming.
    void toggleActive();
    void askToDelete();
    // Takes one of the spec's steps on the shown record after confirming (a tenant's suspend).
    void askToTakeStep(const RecordStep &step);

    ResourceTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ResourceForm *form() const { return m_form; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *showInactiveBox() const { return m_showInactive; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *activeButton() const { return m_active; }
    QPushButton *deleteButton() const { return m_delete; }
    // The button of a step of the spec, by its name ("suspend").
    QPushButton *stepButton(const QString &name) const;
    QLabel *editorTitle() const { return m_editorTitle; }
    forms::MessageLabel *message() const { return m_message; }
    forms::MessageLabel *notice() const { return m_notice; }

signals:
    void loaded();
    // The server has the record as saved (created, changed, deactivated…).
    void saved(const QJsonObject &record);
    void removed(qint64 id);
    // The server refused; the form shows why.
    void refused();

private:
    // No column but the last grows wider than this many average characters.
    static constexpr int kWidestColumnChars = 30;

    // Every column as wide as the rows in view need (the last takes the rest).
    void fitColumns();
    void showSelected();
    void showRecord(const QJsonObject &record);
    void updateActions();
    bool confirmDiscard();
    void send(const client::ApiRequest &request, bool removing);
    void answered(const client::ApiResponse &response, bool removing);
    QDialog *showSecret(const QString &secret);
    QString titleOf(const QJsonObject &record) const;
    QString recordPath(qint64 id) const;

    client::ApiClient *m_api;
    ResourceSpec m_spec;
    ResourceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ResourceForm *m_form;
    QLineEdit *m_search;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_active;
    QPushButton *m_delete;
    QList<QPushButton *> m_steps; // one per spec step, in its order
    QLabel *m_editorTitle;
    forms::MessageLabel *m_message;
    forms::MessageLabel *m_notice;
    int m_generation = 0;
    bool m_loading = false;
    bool m_sending = false;
    bool m_selecting = false; // the selection is moved by the page itself
};

} // namespace fielddesk::admin
