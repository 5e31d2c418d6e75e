#include "storage/sqlitewalbuffer.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace fielddesk::server {

namespace {

constexpr int kFrameHeaderBytes = 24;
// The first of the log's locks in the shared memory: the writer's (WAL_WRITE_LOCK in wal.c).
constexpr int kWriterLock = 0;
// The unix VFS writes at most 128 KB - 1 in one call (it masks larger sizes).
constexpr int kBufferBytes = 120 * 1024;

sqlite3_vfs *g_default = nullptr; // the VFS this one wraps
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::atomic<qint64> g_frameWrites{0};
std::atomic<qint64> g_systemWrites{0};

// SQLite allocates szOsFile bytes for a file and hands them to xOpen: no constructor runs,
// so this stays a plain struct. The wrapped file lives right behind it.
struct BufferedFile
{
    sqlite3_file base; // first: this is what SQLite sees
    sqlite3_file *real;
    bool isLog;           // a write-ahead log, whose writes are buffered
    bool commitFrameNext; // the frame header just buffered marks a commit
    char *data;           // kBufferBytes, allocated on first use
    sqlite3_int64 start;  // file offset of data[0]
    int length;
    sqlite3_int64 logEnd; // end of what was written since the log (re)started
    // A write of buffered bytes failed: every later log write of the transaction fails. The
    // next write transaction starts afresh (see fileShmLock), so a full disk that has room
    // again takes writes again.
    int failed;
    BufferedFile *log;      // of a database file: its write-ahead log, once opened
    BufferedFile *database; // of a write-ahead log: its database file
};

// The log whose writes this thread holds back, if any: anything else this thread asks of
// SQLite's files writes them out first, so SQLite never finds a log file behind.
thread_local BufferedFile *t_pending = nullptr;

BufferedFile *buffered(sqlite3_file *file)
{
    return reinterpret_cast<BufferedFile *>(file);
}

int flush(BufferedFile *f)
{
    if (t_pending == f)
        t_pending = nullptr;
    const int length = f->length;
    f->length = 0;
    if (length == 0 || f->failed != SQLITE_OK)
        return f->failed;
    g_systemWrites.fetch_add(1, std::memory_order_relaxed);
    // Sticky: SQLite believes these frames are in the log. Should it go on and commit, the
    // commit's own write fails and nothing is published.
    f->failed = f->real->pMethods->xWrite(f->real, f->data, length, f->start);
    return f->failed;
}

int flushPending()
{
    return t_pending ? flush(t_pending) : SQLITE_OK;
}

quint32 bigEndian32(const void *bytes)
{
    const auto *b = static_cast<const unsigned char *>(bytes);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

int writeThrough(BufferedFile *f, const void *bytes, int amount, sqlite3_int64 offset)
{
    g_systemWrites.fetch_add(1, std::memory_order_relaxed);
    return f->real->pMethods->xWrite(f->real, bytes, amount, offset);
}

int bufferLogWrite(BufferedFile *f, const void *bytes, int amount, sqlite3_int64 offset)
{
    g_frameWrites.fetch_add(1, std::memory_order_relaxed);
    if (t_pending && t_pending != f) {
        if (const int rc = flush(t_pending); rc != SQLITE_OK)
            return rc;
    }
    if (f->failed != SQLITE_OK)
        return f->failed;
    const bool header = amount == kFrameHeaderBytes;
    const bool commitFrame = f->commitFrameNext && !header;
    f->commitFrameNext = false;
    if (offset == 0) // the log's own header: a new or restarted log
        f->logEnd = 0;
    const bool follows = f->length > 0 && offset == f->start + f->length;
    if (f->length > 0 && (!follows || f->length + amount > kBufferBytes)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (offset < f->logEnd || amount > kBufferBytes) {
        // Rewriting frames already written (checksums after a cache spill) or an odd size:
        // straight through, in order, after what was held back.
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
        return writeThrough(f, bytes, amount, offset);
    }
    if (!f->data)
        f->data = static_cast<char *>(sqlite3_malloc(kBufferBytes));
    if (!f->data)
        return writeThrough(f, bytes, amount, offset);
    if (f->length == 0)
        f->start = offset;
    std::memcpy(f->data + f->length, bytes, size_t(amount));
    f->length += amount;
    f->logEnd = std::max(f->logEnd, offset + amount);
    t_pending = f;
    if (header) {
        // Bytes 4-7 of a frame header: the database size after the commit, 0 unless the
        // frame ends a transaction. Its page follows; then the commit is all there.
        f->commitFrameNext = bigEndian32(static_cast<const char *>(bytes) + 4) != 0;
        return SQLITE_OK;
    }
    if (commitFrame)
        return flush(f); // errors reach SQLite here, as its own write's would
    return SQLITE_OK;
}

int fileClose(sqlite3_file *file)
{
    BufferedFile *f = buffered(file);
    if (f->database && f->database->log == f)
        f->database->log = nullptr;
    if (f->log && f->log->database == f)
        f->log->database = nullptr;
    const int flushed = flush(f);
    const int closed = f->real->pMethods->xClose(f->real);
    sqlite3_free(f->data);
    f->data = nullptr;
    return flushed != SQLITE_OK ? flushed : closed;
}

int fileWrite(sqlite3_file *file, const void *bytes, int amount, sqlite3_int64 offset)
{
    BufferedFile *f = buffered(file);
    if (f->isLog)
        return bufferLogWrite(f, bytes, amount, offset);
    if (const int rc = flushPending(); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xWrite(f->real, bytes, amount, offset);
}

// The pass-through methods write out the thread's held-back log first. Those that act fail
// when that (or an earlier write of this log) failed; those that release something (locks,
// the shared memory) always go through, and the failure stays for the log's next write.
int flushBefore(sqlite3_file *file)
{
    const int rc = flushPending();
    if (rc != SQLITE_OK)
        return rc;
    return buffered(file)->isLog ? buffered(file)->failed : SQLITE_OK;
}

#define FIELDDESK_FORWARD(call)                                                                    \
    if (const int rc = flushBefore(file); rc != SQLITE_OK)                                         \
        return rc;                                                                                 \
    sqlite3_file *real = buffered(file)->real;                                                     \
    return real->pMethods->call

#define FIELDDESK_RELEASE(call)                                                                    \
    flushPending();                                                                                \
    sqlite3_file *real = buffered(file)->real;                                                     \
    return real->pMethods->call

int fileRead(sqlite3_file *file, void *bytes, int amount, sqlite3_int64 offset)
{
    FIELDDESK_FORWARD(xRead(real, bytes, amount, offset));
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    BufferedFile *f = buffered(file);
    f->logEnd = std::min(f->logEnd, size);
    FIELDDESK_FORWARD(xTruncate(real, size));
}

int fileSync(sqlite3_file *file, int flags)
{
    FIELDDESK_FORWARD(xSync(real, flags));
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    FIELDDESK_FORWARD(xFileSize(real, size));
}

int fileLock(sqlite3_file *file, int level)
{
    FIELDDESK_FORWARD(xLock(real, level));
}

int fileUnlock(sqlite3_file *file, int level)
{
    FIELDDESK_RELEASE(xUnlock(real, level));
}

int fileCheckReservedLock(sqlite3_file *file, int *out)
{
    FIELDDESK_FORWARD(xCheckReservedLock(real, out));
}

int fileControl(sqlite3_file *file, int op, void *arg)
{
    FIELDDESK_FORWARD(xFileControl(real, op, arg));
}

// Files of an older method version have no shared memory (SQLite then refuses WAL mode for
// them) and no memory map.
bool hasVersion(sqlite3_file *file, int version)
{
    return buffered(file)->real->pMethods->iVersion >= version;
}

int fileShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    if (!hasVersion(file, 2))
        return SQLITE_IOERR_SHMMAP;
    FIELDDESK_FORWARD(xShmMap(real, page, pageSize, extend, out));
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    if (!hasVersion(file, 2))
        return SQLITE_IOERR_SHMLOCK;
    if (flags & SQLITE_SHM_UNLOCK) {
        // The writer's lock (the first of the log's locks) goes: the write transaction is
        // over. Committed, nothing had failed; rolled back, SQLite forgets its frames and
        // the next one writes from the last commit on. A failure stays with the transaction
        // it hit (a disk that was full), not with the connection.
        BufferedFile *log = buffered(file)->log;
        if (offset == kWriterLock && log)
            log->failed = SQLITE_OK;
        FIELDDESK_RELEASE(xShmLock(real, offset, n, flags));
    }
    FIELDDESK_FORWARD(xShmLock(real, offset, n, flags));
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    if (!hasVersion(file, 2))
        return SQLITE_OK;
    FIELDDESK_RELEASE(xShmUnmap(real, deleteFlag));
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    if (!hasVersion(file, 3)) {
        *out = nullptr; // SQLite reads the page instead
        return SQLITE_OK;
    }
    FIELDDESK_FORWARD(xFetch(real, offset, amount, out));
}

#undef FIELDDESK_FORWARD
#undef FIELDDESK_RELEASE

int fileSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = buffered(file)->real;
    return real->pMethods->xSectorSize(real);
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = buffered(file)->real;
    return real->pMethods->xDeviceCharacteristics(real);
}

void fileShmBarrier(sqlite3_file *file)
{
    // SQLite publishes a commit to other connections right after this barrier. Its frames
    // were written out when its last frame came in; should anything still be held here and
    // fail to be written, going on would show readers pages that are not there.
    const BufferedFile *pending = t_pending;
    if (flushPending() != SQLITE_OK || (pending && pending->failed != SQLITE_OK)) {
        std::fputs("fielddesk: cannot write the SQLite write-ahead log; stopping\n", stderr);
        std::abort();
    }
    sqlite3_file *real = buffered(file)->real;
    if (hasVersion(file, 2))
        real->pMethods->xShmBarrier(real);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    if (!hasVersion(file, 3))
        return SQLITE_OK;
    sqlite3_file *real = buffered(file)->real;
    return real->pMethods->xUnfetch(real, offset, page);
}

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    BufferedFile *f = buffered(file);
    std::memset(f, 0, sizeof(BufferedFile));
    f->real =
        reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(BufferedFile));
    f->isLog = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = g_default->xOpen(g_default, name, f->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    f->base.pMethods = f->real->pMethods ? &g_methods : nullptr;
    if (rc == SQLITE_OK && f->isLog && name) {
        sqlite3_file *database = sqlite3_database_file_object(name);
        if (database && database->pMethods == &g_methods) {
            f->database = buffered(database);
            f->database->log = f;
        }
    }
    return rc;
}

void buildMethods()
{
    g_methods.iVersion = 3;
    g_methods.xClose = fileClose;
    g_methods.xRead = fileRead;
    g_methods.xWrite = fileWrite;
    g_methods.xTruncate = fileTruncate;
    g_methods.xSync = fileSync;
    g_methods.xFileSize = fileSize;
    g_methods.xLock = fileLock;
    g_methods.xUnlock = fileUnlock;
    g_methods.xCheckReservedLock = fileCheckReservedLock;
    g_methods.xFileControl = fileControl;
    g_methods.xSectorSize = fileSectorSize;
    g_methods.xDeviceCharacteristics = fileDeviceCharacteristics;
    g_methods.xShmMap = fileShmMap;
    g_methods.xShmLock = fileShmLock;
    g_methods.xShmBarrier = fileShmBarrier;
    g_methods.xShmUnmap = fileShmUnmap;
    g_methods.xFetch = fileFetch;
    g_methods.xUnfetch = fileUnfetch;
}

void buildVfs()
{
    // Everything but xOpen is the default VFS's own, called with the default VFS.
    g_vfs = *g_default;
    g_vfs.szOsFile = int(sizeof(BufferedFile)) + g_default->szOsFile;
    g_vfs.zName = "fielddesk-walbuffer";
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = [](sqlite3_vfs *, const char *name, int syncDir) {
        return g_default->xDelete(g_default, name, syncDir);
    };
    g_vfs.xAccess = [](sqlite3_vfs *, const char *name, int flags, int *out) {
        return g_default->xAccess(g_default, name, flags, out);
    };
    g_vfs.xFullPathname = [](sqlite3_vfs *, const char *name, int size, char *out) {
        return g_default->xFullPathname(g_default, name, size, out);
    };
    g_vfs.xDlOpen = [](sqlite3_vfs *, const char *name) {
        return g_default->xDlOpen(g_default, name);
    };
    g_vfs.xDlError = [](sqlite3_vfs *, int size, char *out) {
        g_default->xDlError(g_default, size, out);
    };
    g_vfs.xDlSym = [](sqlite3_vfs *, void *handle, const char *symbol) {
        return g_default->xDlSym(g_default, handle, symbol);
    };
    g_vfs.xDlClose = [](sqlite3_vfs *, void *handle) { g_default->xDlClose(g_default, handle); };
    g_vfs.xRandomness = [](sqlite3_vfs *, int size, char *out) {
        return g_default->xRandomness(g_default, size, out);
    };
    g_vfs.xSleep = [](sqlite3_vfs *, int microseconds) {
        return g_default->xSleep(g_default, microseconds);
    };
    g_vfs.xCurrentTime = [](sqlite3_vfs *, double *out) {
        return g_default->xCurrentTime(g_default, out);
    };
    g_vfs.xGetLastError = [](sqlite3_vfs *, int size, char *out) {
        return g_default->xGetLastError(g_default, size, out);
    };
    g_vfs.xCurrentTimeInt64 = [](sqlite3_vfs *, sqlite3_int64 *out) {
        return g_default->xCurrentTimeInt64(g_default, out);
    };
    g_vfs.xSetSystemCall = [](sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call) {
        return g_default->xSetSystemCall(g_default, name, call);
    };
    g_vfs.xGetSystemCall = [](sqlite3_vfs *, const char *name) {
        return g_default->xGetSystemCall(g_default, name);
    };
    g_vfs.xNextSystemCall = [](sqlite3_vfs *, const char *name) {
        return g_default->xNextSystemCall(g_default, name);
    };
}

} // namespace

void installSqliteWalBuffer()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_default = sqlite3_vfs_find(nullptr);
        // The unix VFS is version 3 with version-3 files; anything older is left alone.
        if (!g_default || g_default->iVersion < 3)
            return;
        buildMethods();
        buildVfs();
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

int flushSqliteWalBuffer()
{
    return flushPending();
}

SqliteWalBufferStats sqliteWalBufferStats()
{
    return {g_frameWrites.load(std::memory_order_relaxed),
            g_systemWrites.load(std::memory_order_relaxed)};
}

} // namespace fielddesk::server
