// How the board's panes pass jobs to each other by drag and drop: a list of job ids under
// one MIME type. Part of fielddesk_board.
#pragma once

#include <QList>
#include <QMimeData>

namespace fielddesk::board {

inline QString jobIdsMimeType()
{
    return QStringLiteral("application/x-fielddesk-job-ids");
}

// A new QMimeData (the caller or QDrag owns it) with the ids and their text form.
QMimeData *jobIdsMimeData(const QList<qint64> &jobIds);
QList<qint64> decodeJobIds(const QMimeData *mime);

} // namespace fielddesk::board
