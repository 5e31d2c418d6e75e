// Files that must survive a crash or a power cut as a whole: flushed to disk before they are
// given their final name, and the name itself flushed with its directory. A reader then sees
// either the old file or the complete new one under a name, never a half-written one.
#pragma once

#include <QString>

namespace fielddesk::server::DurableFile {

// Flushes the file's bytes to disk (fsync); false and *error when it cannot.
bool sync(const QString &path, QString *error);
// Renames `from` to `to` in one step (replacing `to` if it exists), then flushes the directory
// so that the new name survives a crash; false and *error when it cannot.
bool rename(const QString &from, const QString &to, QString *error);

} // namespace fielddesk::server::DurableFile
