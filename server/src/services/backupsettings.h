// Scheduled backups: how often (backup_every_hours; 0, the default: off), how many are kept
// (backup_keep) and where they go (backup_dir, by default <data_dir>/backups).
#pragma once

#include <QString>

#include <algorithm>

namespace fielddesk::server {

struct BackupSettings
{
    static constexpr int kDefaultKeep = 7;
    // Fractions are taken (a test backs up every few seconds), down to this.
    static constexpr double kMinEveryHours = 0.0005; // 1.8 s
    static constexpr double kMaxEveryHours = 24 * 366;
    // The schedule looks whether a backup is due this often at most (or every period).
    static constexpr qint64 kCheckIntervalMs = 60 * 1000;

    double everyHours = 0; // 0: off
    int keep = kDefaultKeep;
    QString directory;

    bool enabled() const { return everyHours > 0; }
    qint64 periodMs() const { return qint64(everyHours * 3600 * 1000); }
    int checkIntervalMs() const { return int(std::min(kCheckIntervalMs, periodMs())); }
};

} // namespace fielddesk::server
