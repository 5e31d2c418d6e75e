#include "fielddesk/board/jobmimedata.h"

#include <QDataStream>
#include <QIODevice>

namespace fielddesk::board {

QMimeData *jobIdsMimeData(const QList<qint64> &jobIds)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << jobIds;
    auto *mime = new QMimeData;
    mime->setData(jobIdsMimeType(), bytes);
    QStringList text;
    for (const qint64 id : jobIds)
        text << QString::number(id);
    mime->setText(text.join(QLatin1Char(',')));
    return mime;
}

QList<qint64> decodeJobIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(jobIdsMimeType()))
        return ids;
    QDataStream stream(mime->data(jobIdsMimeType()));
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        ids.clear();
    return ids;
}

} // namespace fielddesk::board
