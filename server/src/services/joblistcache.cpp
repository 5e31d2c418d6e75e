#include "services/joblistcache.h"

#include "fielddesk/domain/jsonwriter.h"

namespace fielddesk::server {

Page<Job> JobListCache::rendered(const Page<Job> &page)
{
    // Kept as the JSON it is answered with: a hit then costs a copy, not 50 jobs written out.
    if (!page.itemsJson.isEmpty())
        return page; // written out already (JobRowCache)
    Page<Job> rendered = page;
    JsonWriter w(256 + page.items.size() * 768);
    w.beginArray();
    for (const Job &job : page.items)
        job.writeJson(w);
    w.endArray();
    rendered.itemsJson = w.take();
    rendered.items.clear(); // the JSON is what is answered; half the memory
    return rendered;
}

} // namespace fielddesk::server
