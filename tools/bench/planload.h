// Auto-route plans running in the background while a scenario is measured (issue 12): each
// on a connection of its own, so that the figures show whether plans hold the server's HTTP
// workers. Afterwards the plans still under way are cancelled by their request ids.
#pragma once

#include "httpconnection.h"

#include <QDate>

#include <memory>
#include <vector>

class PlanLoad
{
public:
    PlanLoad(QByteArray host, quint16 port, QByteArray authorization);

    // Sends `count` plans of the busiest location's `day` with this time limit; false and
    // *error when they cannot be sent.
    bool start(HttpConnection &api, QDate day, int count, double timeLimitS, QString *error);
    // Cancels what is still under way, waits for every answer and says how they ended.
    QString finish(HttpConnection &api);

private:
    struct Plan
    {
        std::unique_ptr<HttpConnection> connection;
        QByteArray requestId;
    };

    QByteArray m_host;
    quint16 m_port;
    QByteArray m_authorization;
    std::vector<Plan> m_plans;
};
