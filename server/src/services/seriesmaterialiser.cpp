#include "services/seriesmaterialiser.h"

#include "app/logline.h"
#include "services/jobseriesservice.h"
#include "storage/database.h"

#include <QtConcurrent>

namespace fielddesk::server {

SeriesMaterialiser::SeriesMaterialiser(JobSeriesService &series, QObject *parent)
    : QObject(parent)
    , m_series(series)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SeriesMaterialiser::run);
}

SeriesMaterialiser::~SeriesMaterialiser()
{
    m_pool.waitForDone();
}

void SeriesMaterialiser::start()
{
    m_timer.start();
    run();
}

void SeriesMaterialiser::run()
{
    if (m_running)
        return; // the previous run is still writing
    m_running = true;
    QtConcurrent::run(&m_pool, [this] {
        try {
            return m_series.materialiseDue();
        } catch (const DatabaseError &e) {
            LogLine("warning", "series_materialise_failed")
                .field("error", QString::fromUtf8(e.what()));
            return 0;
        }
    }).then(this, [this](int made) {
        m_running = false;
        if (made > 0)
            LogLine("info", "series_materialised").field("jobs", made);
        emit materialised(made);
    });
}

} // namespace fielddesk::server
