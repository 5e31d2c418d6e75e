// What the board's GUI tests share: a demo server on a fresh SQLite file with the dispatcher
// signed in, the tenant's time zone from a sign-in, and the GUI tests' screenshots.
#pragma once

#include "demoserver.h"
#include "fielddesk/client/apiclient.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"

#include <QJsonObject>
#include <QTimeZone>

inline const QString &kDemoPassword = demo::kPassword;

using guitest::screenshot; // $FIELDDESK_SCREENSHOT_DIR/<name>.png when set

// The tenant's time zone from a sign-in answer (invalid when it names none).
inline QTimeZone tenantTimeZoneOf(const TestReply &login)
{
    return QTimeZone(login.json()
                         .value(QLatin1String("tenant"))
                         .toObject()
                         .value(QLatin1String("time_zone"))
                         .toString()
                         .toUtf8());
}

// Saturday and Sunday: the demo's technicians do not work then.
inline bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= 6;
}

// The next weekday after today in `zone`: the demo plans three days ahead, so that day has
// technicians at work and jobs booked, nothing under way yet.
inline QDate nextDemoWeekday(const QTimeZone &zone)
{
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(1);
    while (isWeekend(day))
        day = day.addDays(1);
    return day;
}

// Starts the demo server (environment: its settings as "FIELDDESK_<KEY>=value") and signs
// the dispatcher in on `api`. The tenant's time zone, or an invalid one with *error set.
inline QTimeZone startDemoAndSignInDispatcher(DemoServer &server,
                                              fielddesk::client::ApiClient &api,
                                              QString *error,
                                              const QStringList &environment = {})
{
    if (!server.start(error, environment))
        return {};
    TestHttpClient http(server.baseUrl());
    const TestReply login = http.login(QStringLiteral("dispatcher@demo.local"), kDemoPassword);
    if (login.status != 200) {
        *error = QStringLiteral("dispatcher sign-in answered %1").arg(login.status);
        return {};
    }
    api.setBaseUrl(server.baseUrl());
    api.setAccessToken(http.token());
    return tenantTimeZoneOf(login);
}
