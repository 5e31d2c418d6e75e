// What a request is called on screen: its kind and status, a one-line summary of its details
// for lists, and the labelled lines of its details for a details pane. The one home of these
// words: the approvals inbox and "my work" both show requests through it.
// Part of fielddesk_requests: QtCore only.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fielddesk::requests {

class RequestText
{
    Q_DECLARE_TR_FUNCTIONS(RequestText)

public:
    struct Line
    {
        QString label;
        QString value;
    };

    // A moment as requests show it: the locale's short date and time, without seconds.
    static QString moment(const QString &isoTimestamp);
    static QString moment(const QDateTime &at);
    // Its format, for the fields where a moment is typed (QDateTimeEdit::setDisplayFormat).
    static QString momentFormat();

    static QString kindTitle(const QString &kind);
    static QString statusTitle(const QString &status);
    static QString timeOffTypeTitle(const QString &type);
    static QString severityTitle(const QString &severity);
    // What a member of a kind's details is called ("needed_by": "Needed by"; a clothing
    // line's "size": "Size"): labels of the details pane and of the new-request form.
    static QString fieldTitle(const QString &field);

    // "Drill kit ×2, needed by 4 Dec", "Vacation, 7–11 Dec"…; catalogs name tools and clothing.
    static QString summary(const Request &request, const Catalogs &catalogs);
    static QList<Line> detailLines(const Request &request, const Catalogs &catalogs);
    // What a line of the history says happened: "Anna Berg approved", "Tom Lind commented".
    static QString historyAction(const RequestHistoryEntry &entry);
};

} // namespace fielddesk::requests
