#include "services/backupschedule.h"

#include "app/logline.h"
#include "repositories/workturns.h"
#include "services/periodicwork.h"
#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QDir>
#include <QRegularExpression>

namespace fielddesk::server {

namespace {
// A partial file this old is what a backup cut off by a crash left; a running one is younger
// (its writer keeps changing it).
constexpr qint64 kAbandonedPartialSeconds = 3600;
} // namespace

BackupSchedule::BackupSchedule(Database &db, BackupSettings settings)
    : m_db(db)
    , m_settings(std::move(settings))
{}

BackupSchedule::~BackupSchedule() = default;

void BackupSchedule::start()
{
    if (!m_settings.enabled())
        return;
    m_work = std::make_unique<PeriodicWork>(
        QStringLiteral("backup"), [this] { return backUpIfDue(); }, m_settings.checkIntervalMs());
    m_work->start();
}

std::optional<BackupSchedule::LastRun> BackupSchedule::lastRun() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastRun;
}

QString BackupSchedule::fileName(const QDateTime &at, Engine engine)
{
    return QStringLiteral("fielddesk-") +
           at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           DatabaseBackup::fileSuffix(engine);
}

bool BackupSchedule::isBackupName(const QString &name, Engine engine)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^fielddesk-\d{8}T\d{6}Z(\.\w+)$)"));
    const QRegularExpressionMatch match = pattern.match(name);
    return match.hasMatch() && match.captured(1) == DatabaseBackup::fileSuffix(engine);
}

int BackupSchedule::backUpIfDue()
{
    // The turn lasts a little less than the period, so that a check a little early still
    // finds the next one due.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 untilMs = nowMs + m_settings.periodMs() - m_settings.checkIntervalMs() / 10;
    if (!WorkTurns(m_db).take(QStringLiteral("backup"), nowMs, untilMs))
        return 0;
    const QDateTime startedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QString path = QDir(m_settings.directory).filePath(fileName(startedAt, m_db.engine()));
    const BackupWritten written = DatabaseBackup::write(m_db, path);
    {
        QMutexLocker lock(&m_mutex);
        m_lastRun = LastRun{startedAt, written.ok()};
    }
    if (!written.ok()) {
        LogLine("error", "backup_failed")
            .field("file", path)
            .field("error", written.error)
            .field("retry_in_ms", m_settings.periodMs());
        return 0;
    }
    const int deleted = prune();
    LogLine("info", "backup_written")
        .field("file", path)
        .field("bytes", written.bytes)
        .field("ms", written.milliseconds)
        .field("started_at_ms", nowMs)
        .field("deleted", deleted);
    return 0; // logged here: PeriodicWork has nothing to add
}

int BackupSchedule::prune()
{
    QDir directory(m_settings.directory);
    int deleted = 0;
    const QFileInfoList partials = directory.entryInfoList({QStringLiteral("fielddesk-*.partial")},
                                                           QDir::Files | QDir::Hidden);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().secsTo(QDateTime::currentDateTime()) >
                kAbandonedPartialSeconds &&
            QFile::remove(partial.absoluteFilePath()))
            ++deleted;
    }
    QStringList backups;
    for (const QString &name : directory.entryList(QDir::Files, QDir::Name)) {
        if (isBackupName(name, m_db.engine()))
            backups << name;
    }
    // Names sort by time: the oldest first.
    for (qsizetype i = 0; i + m_settings.keep < backups.size(); ++i) {
        if (directory.remove(backups.at(i)))
            ++deleted;
        else
            LogLine("warning", "backup_prune_failed")
                .field("file", directory.filePath(backups.at(i)));
    }
    return deleted;
}

} // namespace fielddesk::server
