// What the console's notification tests have happen on the server, over HTTP: an employee
// files a request, a manager comments on it or approves it (each raises a notification for
// the employee), and how many of the employee's notifications the server counts unread.
#pragma once

#include "demoserver.h"
#include "testhttpclient.h"

#include <memory>

class NotificationTraffic
{
public:
    // Signs both in on the demo server; false when either is refused.
    bool signIn(const QUrl &server, const QString &employee, const QString &manager)
    {
        m_employee = std::make_unique<TestHttpClient>(server);
        m_manager = std::make_unique<TestHttpClient>(server);
        return m_employee->login(employee, demo::kPassword).status == 200 &&
               m_manager->login(manager, demo::kPassword).status == 200;
    }

    // The employee's suggestion; its id, or 0 (with a warning).
    qint64 fileSuggestion(const QString &title)
    {
        const TestReply filed = m_employee->post(
            QStringLiteral("/api/v1/requests"),
            {{QStringLiteral("kind"), QStringLiteral("suggestion")},
             {QStringLiteral("details"),
              QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("text"), title}}}});
        if (filed.status != 201)
            qWarning("filing: %d %s", filed.status, filed.body.constData());
        return filed.id();
    }

    // The manager's answers' statuses.
    int comment(qint64 request, const QString &text)
    {
        return m_manager
            ->post(QStringLiteral("/api/v1/requests/%1/comments").arg(request),
                   {{QStringLiteral("text"), text}})
            .status;
    }
    int approve(qint64 request)
    {
        return m_manager->post(QStringLiteral("/api/v1/requests/%1/approve").arg(request), {})
            .status;
    }

    // The employee's unread notifications as the server counts them (-1: no answer).
    int unreadCount()
    {
        return int(m_employee->get(QStringLiteral("/api/v1/notifications/unread-count"))
                       .json()
                       .value(QLatin1String("count"))
                       .toInteger(-1));
    }
    int markAllRead()
    {
        return m_employee->post(QStringLiteral("/api/v1/notifications/read-all"), {}).status;
    }

private:
    std::unique_ptr<TestHttpClient> m_employee;
    std::unique_ptr<TestHttpClient> m_manager;
};
