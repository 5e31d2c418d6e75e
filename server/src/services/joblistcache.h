// Recent pages of the jobs list, so that many consoles asking for the same day do not each
// count and sort it again (a StampedCache: kept while nothing can have changed, read once for
// all who ask together). A page is kept as the JSON it is answered with.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "services/stampedcache.h"
#include "storage/page.h"

namespace fielddesk::server {

class JobListCache
{
public:
    using ReadPage = std::function<Page<Job>()>;

    JobListCache(int capacity, int timeToLiveMs)
        : m_pages(capacity, timeToLiveMs)
    {}

    // The cached page for this key and stamp (or an earlier one, when `unchanged` says it
    // holds), or the page `read` answers (read once for all who ask together). The answer has
    // its items as JSON (itemsJson, no items). What `read` throws reaches its caller; those
    // waiting for it then read on their own.
    Page<Job> findOrRead(const QString &key,
                         const DataStamp &stamp,
                         const ReadPage &read,
                         const StampedCache<Page<Job>>::Unchanged &unchanged = {})
    {
        return m_pages.findOrRead(
            key, stamp, [&] { return rendered(read()); }, unchanged);
    }
    bool enabled() const { return m_pages.enabled(); }
    // How many pages were read rather than found kept (for tests).
    int reads() { return m_pages.reads(); }

    // How many requests wait for the page of this key being read (for tests).
    int waitingFor(const QString &key) { return m_pages.waitingFor(key); }

private:
    static Page<Job> rendered(const Page<Job> &page);

    StampedCache<Page<Job>> m_pages;
};

} // namespace fielddesk::server
