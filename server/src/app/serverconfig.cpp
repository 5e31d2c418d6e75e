#include "app/serverconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>

#include <array>

namespace fielddesk::server {

namespace {

std::optional<qint64> parseInteger(
    const SettingsMap &settings, const QString &key, qint64 min, qint64 max, QString *error)
{
    if (!settings.contains(key))
        return std::nullopt;
    bool ok = false;
    const qint64 value = settings.value(key).trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                     .arg(key)
                     .arg(min)
                     .arg(max)
                     .arg(settings.value(key));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
        t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") ||
        t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/fielddesk");
}

} // namespace

const QStringList &ServerConfig::keys()
{
    static const QStringList all{QStringLiteral("database"),
                                 QStringLiteral("listen"),
                                 QStringLiteral("tls_cert"),
                                 QStringLiteral("tls_key"),
                                 QStringLiteral("demo"),
                                 QStringLiteral("demo_time_zone"),
                                 QStringLiteral("demo_snapshot_dir"),
                                 QStringLiteral("data_dir"),
                                 QStringLiteral("jwt_secret"),
                                 QStringLiteral("access_token_ttl"),
                                 QStringLiteral("refresh_token_ttl"),
                                 QStringLiteral("worker_threads"),
                                 QStringLiteral("argon2_time_cost"),
                                 QStringLiteral("argon2_memory_kib"),
                                 QStringLiteral("login_max_failures_per_account"),
                                 QStringLiteral("login_max_failures_per_address"),
                                 QStringLiteral("login_window_seconds"),
                                 QStringLiteral("log_requests"),
                                 QStringLiteral("request_header_timeout_seconds"),
                                 QStringLiteral("request_body_timeout_seconds"),
                                 QStringLiteral("request_body_min_rate"),
                                 QStringLiteral("keep_alive_timeout_seconds"),
                                 QStringLiteral("max_connections_per_address"),
                                 QStringLiteral("trusted_proxies"),
                                 QStringLiteral("rate_limit_per_address"),
                                 QStringLiteral("rate_limit_per_address_burst"),
                                 QStringLiteral("rate_limit_per_token"),
                                 QStringLiteral("rate_limit_per_token_burst"),
                                 QStringLiteral("rate_limit_share_ms"),
                                 QStringLiteral("travel_speed_kmh"),
                                 QStringLiteral("travel_road_factor"),
                                 QStringLiteral("job_list_cache_entries"),
                                 QStringLiteral("job_day_keys_jobs"),
                                 QStringLiteral("job_row_cache_mb"),
                                 QStringLiteral("job_search_index_jobs"),
                                 QStringLiteral("series_horizon_weeks"),
                                 QStringLiteral("event_poll_ms"),
                                 QStringLiteral("event_ping_seconds"),
                                 QStringLiteral("event_retention_seconds"),
                                 QStringLiteral("event_prune_seconds"),
                                 QStringLiteral("event_max_queued_bytes"),
                                 QStringLiteral("smtp_url"),
                                 QStringLiteral("smtp_from"),
                                 QStringLiteral("smtp_user"),
                                 QStringLiteral("smtp_password"),
                                 QStringLiteral("sms_url"),
                                 QStringLiteral("sms_account_sid"),
                                 QStringLiteral("sms_auth_token"),
                                 QStringLiteral("sms_from"),
                                 QStringLiteral("message_max_attempts"),
                                 QStringLiteral("message_max_age_hours"),
                                 QStringLiteral("message_poll_ms"),
                                 QStringLiteral("message_claim_seconds"),
                                 QStringLiteral("day_ahead_poll_ms"),
                                 QStringLiteral("weather_url"),
                                 QStringLiteral("weather_poll_minutes"),
                                 QStringLiteral("backup_every_hours"),
                                 QStringLiteral("backup_keep"),
                                 QStringLiteral("backup_dir")};
    return all;
}

QString ServerConfig::environmentName(const QString &key)
{
    return QStringLiteral("FIELDDESK_") + key.toUpper();
}

std::optional<SettingsMap> ServerConfig::readFile(const QString &path, QString *error)
{
    if (!QFileInfo(path).isReadable()) {
        *error = QStringLiteral("cannot read the config file %1").arg(path);
        return std::nullopt;
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        *error = QStringLiteral("the config file %1 is not a valid INI file").arg(path);
        return std::nullopt;
    }
    SettingsMap settings;
    for (const QString &key : file.allKeys()) {
        const QString name = key.startsWith(QLatin1String("General/")) ? key.mid(8) : key;
        if (!keys().contains(name)) {
            *error = QStringLiteral("unknown setting '%1' in %2 (known: %3)")
                         .arg(name, path, keys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        settings.insert(name, file.value(key).toString());
    }
    return settings;
}

SettingsMap ServerConfig::fromEnvironment(const QProcessEnvironment &environment)
{
    SettingsMap settings;
    for (const QString &key : keys()) {
        const QString name = environmentName(key);
        if (environment.contains(name))
            settings.insert(key, environment.value(name));
    }
    return settings;
}

namespace {

// The message channels: each URL checked for its scheme; a channel needs its sender too.
bool readChannels(const SettingsMap &settings, DeliverySettings &delivery, QString *error)
{
    const auto text = [&settings](const char *key) {
        return settings.value(QLatin1String(key)).trimmed();
    };
    if (const QString smtp = text("smtp_url"); !smtp.isEmpty()) {
        delivery.smtp.url = QUrl(smtp);
        const QString scheme = delivery.smtp.url.scheme();
        if (!delivery.smtp.url.isValid() || delivery.smtp.url.host().isEmpty() ||
            (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))) {
            *error = QStringLiteral("smtp_url must be smtp://HOST[:PORT] or smtps://HOST[:PORT], "
                                    "not '%1'")
                         .arg(smtp);
            return false;
        }
        delivery.smtp.from = text("smtp_from");
        if (!delivery.smtp.from.contains(QLatin1Char('@'))) {
            *error = QStringLiteral("smtp_from must be the sender's email address when smtp_url "
                                    "is set");
            return false;
        }
        delivery.smtp.user = text("smtp_user");
        delivery.smtp.password = settings.value(QStringLiteral("smtp_password"));
    }
    if (const QString sms = text("sms_url"); !sms.isEmpty()) {
        delivery.sms.url = QUrl(sms);
        const QString scheme = delivery.sms.url.scheme();
        if (!delivery.sms.url.isValid() || delivery.sms.url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            *error =
                QStringLiteral("sms_url must be an http:// or https:// URL, not '%1'").arg(sms);
            return false;
        }
        delivery.sms.accountSid = text("sms_account_sid");
        delivery.sms.authToken = settings.value(QStringLiteral("sms_auth_token"));
        delivery.sms.from = text("sms_from");
        if (delivery.sms.accountSid.isEmpty() || delivery.sms.from.isEmpty()) {
            *error = QStringLiteral("sms_account_sid and sms_from are needed when sms_url is set");
            return false;
        }
    }
    return true;
}

// Scheduled backups: off (0) or a period of at least kMinEveryHours; into backup_dir.
bool readBackups(const SettingsMap &settings, ServerConfig &config, QString *error)
{
    BackupSettings &backups = config.backups;
    backups.directory = settings.value(QStringLiteral("backup_dir")).trimmed();
    if (backups.directory.isEmpty())
        backups.directory = config.dataDir + QStringLiteral("/backups");
    const QString every = settings.value(QStringLiteral("backup_every_hours")).trimmed();
    if (every.isEmpty())
        return true;
    bool ok = false;
    backups.everyHours = every.toDouble(&ok);
    if (!ok ||
        !(backups.everyHours == 0 || (backups.everyHours >= BackupSettings::kMinEveryHours &&
                                      backups.everyHours <= BackupSettings::kMaxEveryHours))) {
        *error = QStringLiteral("backup_every_hours must be 0 (off) or a number of hours from %1 "
                                "to %2, not '%3'")
                     .arg(BackupSettings::kMinEveryHours)
                     .arg(BackupSettings::kMaxEveryHours)
                     .arg(every);
        return false;
    }
    return true;
}

} // namespace

std::optional<ServerConfig> ServerConfig::fromSettings(const SettingsMap &settings, QString *error)
{
    ServerConfig config;
    error->clear();
    config.dataDir = settings.value(QStringLiteral("data_dir"));

    const QString database = settings.value(QStringLiteral("database"));
    if (database.isEmpty()) {
        if (config.dataDir.isEmpty())
            config.dataDir = defaultDataDir();
        config.database.engine = Engine::Sqlite;
        config.database.path = config.dataDir + QStringLiteral("/fielddesk.db");
    } else {
        QString why;
        const auto url = DatabaseUrl::parse(database, &why);
        if (!url) {
            *error = QStringLiteral("database: ") + why;
            return std::nullopt;
        }
        config.database = *url;
    }
    if (config.dataDir.isEmpty()) {
        config.dataDir = config.database.engine == Engine::Sqlite
                             ? QFileInfo(config.database.path).absolutePath()
                             : defaultDataDir();
    }

    if (settings.contains(QStringLiteral("listen"))) {
        const QString listen = settings.value(QStringLiteral("listen")).trimmed();
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = listen.mid(colon + 1).toInt(&portOk);
        QString host = listen.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                      : host);
        if (colon < 1 || !portOk || port < 0 || port > 65535 || address.isNull()) {
            *error = QStringLiteral("listen must be ADDRESS:PORT (e.g. 127.0.0.1:8080), not '%1'")
                         .arg(listen);
            return std::nullopt;
        }
        config.listenAddress = address;
        config.listenPort = quint16(port);
    }
    if (const auto proxies =
            TrustedProxies::parse(settings.value(QStringLiteral("trusted_proxies")), error))
        config.trustedProxies = *proxies;
    else
        return std::nullopt;
    config.tlsCertificateFile = settings.value(QStringLiteral("tls_cert")).trimmed();
    config.tlsKeyFile = settings.value(QStringLiteral("tls_key")).trimmed();
    if (config.tlsCertificateFile.isEmpty() != config.tlsKeyFile.isEmpty()) {
        *error = config.tlsKeyFile.isEmpty()
                     ? QStringLiteral("tls_cert is set but tls_key is not: HTTPS needs the "
                                      "certificate's private key too")
                     : QStringLiteral("tls_key is set but tls_cert is not: HTTPS needs the "
                                      "certificate too");
        return std::nullopt;
    }
    for (const char *flag : {"demo", "log_requests"}) {
        const QString key = QLatin1String(flag);
        if (!settings.contains(key))
            continue;
        const auto value = parseBool(settings.value(key));
        if (!value) {
            *error =
                QStringLiteral("%1 must be true or false, not '%2'").arg(key, settings.value(key));
            return std::nullopt;
        }
        (key == QLatin1String("demo") ? config.demo : config.logRequests) = *value;
    }
    if (const QString zone = settings.value(QStringLiteral("demo_time_zone")).trimmed();
        !zone.isEmpty()) {
        if (!QTimeZone(zone.toUtf8()).isValid()) {
            *error = QStringLiteral("demo_time_zone must be an IANA time zone such as "
                                    "Europe/Berlin, not '%1'")
                         .arg(zone);
            return std::nullopt;
        }
        config.demoTimeZone = zone;
    }
    config.demoSnapshotDir = settings.value(QStringLiteral("demo_snapshot_dir")).trimmed();
    config.jwtSecret = settings.value(QStringLiteral("jwt_secret")).toUtf8();
    if (!config.jwtSecret.isEmpty() && config.jwtSecret.size() < 32) {
        *error = QStringLiteral("jwt_secret must be at least 32 characters long");
        return std::nullopt;
    }

    config.workerThreads = std::max(4, QThread::idealThreadCount() * 2);
    struct IntegerSetting
    {
        const char *key;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> apply;
    };
    const IntegerSetting integers[] = {
        {"access_token_ttl", 30, 24 * 3600, [&](qint64 v) { config.accessTokenSeconds = v; }},
        {"refresh_token_ttl", 60, 365LL * 24 * 3600,
         [&](qint64 v) { config.refreshTokenSeconds = v; }},
        {"worker_threads", 1, 256, [&](qint64 v) { config.workerThreads = int(v); }},
        {"job_list_cache_entries", 0, 100000,
         [&](qint64 v) { config.jobListCacheEntries = int(v); }},
        {"job_day_keys_jobs", 0, 1000000000, [&](qint64 v) { config.jobDayKeysJobs = v; }},
        {"job_row_cache_mb", 0, 1024 * 1024,
         [&](qint64 v) { config.jobRowCacheBytes = v * 1024 * 1024; }},
        {"job_search_index_jobs", 0, 1000000000, [&](qint64 v) { config.jobSearchIndexJobs = v; }},
        {"series_horizon_weeks", 1, 520, [&](qint64 v) { config.seriesHorizonWeeks = int(v); }},
        {"argon2_time_cost", 1, 100, [&](qint64 v) { config.argon2.timeCost = quint32(v); }},
        {"argon2_memory_kib", 8, 4 * 1024 * 1024,
         [&](qint64 v) { config.argon2.memoryKiB = quint32(v); }},
        {"login_max_failures_per_account", 1, 1000,
         [&](qint64 v) { config.throttle.maxFailuresPerAccount = int(v); }},
        {"login_max_failures_per_address", 1, 100000,
         [&](qint64 v) { config.throttle.maxFailuresPerAddress = int(v); }},
        {"login_window_seconds", 1, 24 * 3600,
         [&](qint64 v) { config.throttle.windowSeconds = int(v); }},
        {"request_header_timeout_seconds", 1, 3600,
         [&](qint64 v) { config.connections.headerTimeoutMs = int(v * 1000); }},
        {"request_body_timeout_seconds", 1, 3600,
         [&](qint64 v) { config.connections.bodyTimeoutMs = int(v * 1000); }},
        {"request_body_min_rate", 1, 1024 * 1024 * 1024,
         [&](qint64 v) { config.connections.bodyMinBytesPerSecond = int(v); }},
        {"keep_alive_timeout_seconds", 1, 24 * 3600,
         [&](qint64 v) { config.connections.keepAliveTimeoutMs = int(v * 1000); }},
        {"max_connections_per_address", 0, 1000000,
         [&](qint64 v) { config.connections.maxConnectionsPerAddress = int(v); }},
        {"rate_limit_per_address_burst", 1, 1000000000,
         [&](qint64 v) { config.rates.perAddress.burst = int(v); }},
        {"rate_limit_per_token_burst", 1, 1000000000,
         [&](qint64 v) { config.rates.perToken.burst = int(v); }},
        {"rate_limit_share_ms", 0, 60 * 1000,
         [&](qint64 v) { config.rates.shareIntervalMs = int(v); }},
        {"event_poll_ms", 10, 60 * 1000, [&](qint64 v) { config.events.pollIntervalMs = int(v); }},
        {"event_ping_seconds", 1, 3600,
         [&](qint64 v) { config.events.pingIntervalMs = int(v * 1000); }},
        {"event_retention_seconds", 60, 365LL * 24 * 3600,
         [&](qint64 v) { config.events.retentionSeconds = v; }},
        {"event_prune_seconds", 1, 24 * 3600,
         [&](qint64 v) { config.events.pruneIntervalMs = int(v * 1000); }},
        {"event_max_queued_bytes", 64 * 1024, 1024LL * 1024 * 1024,
         [&](qint64 v) { config.events.maxQueuedBytes = v; }},
        {"message_max_attempts", 1, 100, [&](qint64 v) { config.delivery.maxAttempts = int(v); }},
        {"message_max_age_hours", 1, 24 * 30,
         [&](qint64 v) { config.delivery.maxAgeSeconds = v * 3600; }},
        {"message_poll_ms", 50, 60 * 1000, [&](qint64 v) { config.delivery.pollMs = int(v); }},
        {"day_ahead_poll_ms", 100, 60 * 60 * 1000,
         [&](qint64 v) { config.delivery.dayAheadPollMs = int(v); }},
        {"message_claim_seconds", 1, 3600,
         [&](qint64 v) { config.delivery.claimSeconds = int(v); }},
        {"backup_keep", 1, 100000, [&](qint64 v) { config.backups.keep = int(v); }},
    };
    for (const IntegerSetting &setting : integers) {
        const auto value =
            parseInteger(settings, QLatin1String(setting.key), setting.min, setting.max, error);
        if (!error->isEmpty())
            return std::nullopt;
        if (value)
            setting.apply(*value);
    }
    if (!readChannels(settings, config.delivery, error))
        return std::nullopt;
    if (const QString weather = settings.value(QStringLiteral("weather_url")).trimmed();
        !weather.isEmpty()) {
        config.weather.url = QUrl(weather);
        const QString scheme = config.weather.url.scheme();
        if (!config.weather.url.isValid() || config.weather.url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            *error = QStringLiteral("weather_url must be an http:// or https:// URL, not '%1'")
                         .arg(weather);
            return std::nullopt;
        }
    }
    struct NumberSetting
    {
        const char *key;
        double min;
        double max;
        double *target;
    };
    const NumberSetting numbers[] = {
        {"travel_speed_kmh", 1, 300, &config.travel.speedKmh},
        {"travel_road_factor", 1, 5, &config.travel.roadFactor},
        // Requests a second; 0 turns the limit off.
        {"rate_limit_per_address", 0, 1e9, &config.rates.perAddress.perSecond},
        {"rate_limit_per_token", 0, 1e9, &config.rates.perToken.perSecond},
        // Fractions too: tests poll every few seconds.
        {"weather_poll_minutes", 0.01, 24 * 60, &config.weather.pollMinutes},
    };
    for (const NumberSetting &setting : numbers) {
        const QString text = settings.value(QLatin1String(setting.key));
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || value < setting.min || value > setting.max) {
            *error = QStringLiteral("%1 must be a number from %2 to %3")
                         .arg(QLatin1String(setting.key))
                         .arg(setting.min)
                         .arg(setting.max);
            return std::nullopt;
        }
        *setting.target = value;
    }
    if (!readBackups(settings, config, error))
        return std::nullopt;
    return config;
}

QByteArray loadOrCreateSecret(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("cannot read the JWT secret %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray secret = file.readAll().trimmed();
        if (secret.size() < 32) {
            *error = QStringLiteral("the JWT secret in %1 is too short").arg(path);
            return {};
        }
        return secret;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::array<quint32, 12> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray secret =
        QByteArray(reinterpret_cast<const char *>(random.data()), sizeof random)
            .toBase64(QByteArray::Base64UrlEncoding);
    // Created with owner-only permissions before anything is written to it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(secret) != secret.size()) {
        *error =
            QStringLiteral("cannot create the JWT secret %1: %2").arg(path, file.errorString());
        return {};
    }
    return secret;
}

} // namespace fielddesk::server
