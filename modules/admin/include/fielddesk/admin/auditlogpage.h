// The admin's audit log viewer: filters (who, action, kind of record and which one, from and
// until a day of the tenant's calendar), the rows newest first a page at a time (More, or
// scrolling to the end), the selected row's before and after as a readable comparison with
// the changed fields marked, and Export CSV of every row the filters select. Times are the
// tenant's. Part of fielddesk_admin.
#pragma once

#include "fielddesk/admin/auditlogquery.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::admin {

class AuditDiffModel;
class AuditLogModel;

class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;
    static constexpr int kExportPageSize = 500;

    explicit AuditLogPage(client::ApiClient *api, QWidget *parent = nullptr);

    void start(const QTimeZone &tenantZone);
    void stop();
    // The first page again, for the filters as they are now.
    void reload();
    // The next page, if there is one.
    void loadMore();
    // Writes every row the filters select to the file; csvExported or exportFailed follows.
    void exportCsv(const QString &fileName);
    // Opens the file dialog that exportCsv follows.
    QFileDialog *chooseCsvFile();

    AuditLogQuery query() const;
    bool isLoading() const { return m_loading; }
    bool isStarted() const { return m_started; }
    qint64 totalCount() const { return m_count; }

    AuditLogModel *model() const { return m_model; }
    AuditDiffModel *diffModel() const { return m_diff; }
    QTableView *table() const { return m_table; }
    QTableView *diffTable() const { return m_diffTable; }
    QComboBox *actorBox() const { return m_actor; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *objectTypeBox() const { return m_objectType; }
    QLineEdit *objectIdEdit() const { return m_objectId; }
    QCheckBox *fromBox() const { return m_fromOn; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *untilBox() const { return m_untilOn; }
    QDateEdit *untilEdit() const { return m_until; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *diffTitle() const { return m_diffTitle; }
    forms::MessageLabel *message() const { return m_message; }

signals:
    // A page is in (the first after reload, or one more).
    void loaded();
    void csvExported(const QString &fileName, int rows);
    void exportFailed(const QString &message);

private:
    void buildFilters(QWidget *bar);
    void filtersEdited();
    void fetch(int offset);
    void remember(const QList<QJsonObject> &entries);
    void showSelected();
    void updateMore();
    void loadActors();

    client::ApiClient *m_api;
    AuditLogModel *m_model;
    AuditDiffModel *m_diff;
    QTableView *m_table;
    QTableView *m_diffTable;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_objectType = nullptr;
    QLineEdit *m_objectId = nullptr;
    QCheckBox *m_fromOn = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_untilOn = nullptr;
    QDateEdit *m_until = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_more;
    QPushButton *m_export;
    QLabel *m_shown;
    QLabel *m_diffTitle;
    forms::MessageLabel *m_message;
    forms::MessageLabel *m_notice;
    QTimer m_debounce;
    QTimeZone m_zone = QTimeZone::utc();
    AuditLogQuery m_loadedQuery;
    qint64 m_count = 0;
    int m_generation = 0; // bumped by every reload: a late page is dropped
    int m_stops = 0;      // bumped by stop: a late list of people is dropped
    bool m_loading = false;
    bool m_started = false;
};

} // namespace fielddesk::admin
