// Gathers the writes of an SQLite commit into the write-ahead log into one write() call.
// SQLite writes each page of a commit to the log as two calls (a 24-byte frame header, then the
// page); an assignment commits about ten pages, and on this VM each call costs ~3 µs of system
// time on the single writer thread. This is a VFS over the default one: writes to a "-wal" file
// that follow each other are buffered and go out together once the commit's last frame is in
// (or before anything else touches a file of that thread, so SQLite never sees a difference).
// Everything else passes straight through.
#pragma once

#include <QtGlobal>

namespace fielddesk::server {

struct SqliteWalBufferStats
{
    qint64 framesWritten = 0; // write calls SQLite made to write-ahead logs
    qint64 systemWrites = 0;  // write calls that reached the file system for them
};

// Makes the buffering VFS SQLite's default (once; later calls do nothing). Call before the
// first connection opens: connections opened earlier keep the VFS they had.
void installSqliteWalBuffer();
SqliteWalBufferStats sqliteWalBufferStats();
// Writes out what this thread holds back (frames a statement spilled mid-transaction), so
// nothing stays pending once a statement is done. SQLite's result code.
int flushSqliteWalBuffer();

} // namespace fielddesk::server
