// The status-bar badge for the connection to the server: a coloured dot and a word
// (connected, reconnecting, offline), with details in the tooltip. Depends on QtWidgets and
// fielddesk_client only.
#pragma once

#include "fielddesk/client/connectionmonitor.h"

#include <QUrl>
#include <QWidget>

class QLabel;

namespace fielddesk::shell {

class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setState(client::ConnectionMonitor::State state, const QString &lastError = {});
    client::ConnectionMonitor::State state() const { return m_state; }
    QString text() const;

private:
    void refresh();

    QLabel *m_dot = nullptr;
    QLabel *m_text = nullptr;
    QUrl m_server;
    QString m_lastError;
    client::ConnectionMonitor::State m_state = client::ConnectionMonitor::State::Offline;
};

} // namespace fielddesk::shell
