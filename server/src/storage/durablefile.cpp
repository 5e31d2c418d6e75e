#include "storage/durablefile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fielddesk::server::DurableFile {

namespace {

bool syncDescriptorOf(const QString &path, int flags, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        *error = QStringLiteral("cannot open %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    const int why = errno;
    ::close(fd);
    if (!synced)
        *error = QStringLiteral("cannot flush %1 to disk: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(why)));
    return synced;
}

} // namespace

bool sync(const QString &path, QString *error)
{
    return syncDescriptorOf(path, O_RDONLY, error);
}

bool rename(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = QStringLiteral("cannot rename %1 to %2: %3")
                     .arg(from, to, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return syncDescriptorOf(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY, error);
}

} // namespace fielddesk::server::DurableFile
