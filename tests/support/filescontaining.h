// Files under a directory whose bytes contain a needle: tests check that no secret (a
// password, a token) was written anywhere. QtCore only.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace testsupport {

inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace testsupport
