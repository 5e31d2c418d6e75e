// The admin's view of outbound messages (GET /message-deliveries): every email, text message
// and webhook call newest first, filtered by status, channel and a search over recipient and
// subject, a page at a time (More); the selected one's words and last error below, and Resend,
// which queues it again as a new message. Times are the tenant's. Part of fielddesk_admin.
#pragma once

#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::admin {

class ResourceTableModel;

class MessageLogPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    explicit MessageLogPage(client::ApiClient *api, QWidget *parent = nullptr);

    void start(const QTimeZone &tenantZone);
    void stop();
    // The first page again, for the filters as they are now.
    void reload();
    void loadMore();
    // Queues the selected message again.
    void resendSelected();

    // The list's path for the filters as they are now.
    QString path(int limit, int offset) const;
    bool isLoading() const { return m_loading; }
    bool isStarted() const { return m_started; }
    qint64 totalCount() const { return m_count; }
    QJsonObject selected() const;

    ResourceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *resendButton() const { return m_resend; }
    QPlainTextEdit *detail() const { return m_detail; }
    forms::MessageLabel *message() const { return m_message; }
    forms::MessageLabel *notice() const { return m_notice; }

signals:
    void loaded();
    void resent(qint64 newId);

private:
    void fetch(int offset);
    void showSelected();
    void updateButtons();
    QString localTime(const QString &timestamp) const;

    client::ApiClient *m_api;
    ResourceTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_status;
    QComboBox *m_channel;
    QLineEdit *m_search;
    QPushButton *m_more;
    QPushButton *m_resend;
    QLabel *m_shown;
    QPlainTextEdit *m_detail;
    forms::MessageLabel *m_message;
    forms::MessageLabel *m_notice;
    QTimer m_debounce;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_count = 0;
    int m_generation = 0; // bumped by every reload: a late page is dropped
    bool m_loading = false;
    bool m_started = false;
};

} // namespace fielddesk::admin
