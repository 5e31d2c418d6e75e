// The server's settings and where they come from, lowest priority first: built-in defaults,
// a config file (INI, key = value), FIELDDESK_* environment variables, command-line options.
// Every setting has one key, written the same way everywhere: `listen` in the file,
// FIELDDESK_LISTEN in the environment, --listen on the command line.
#pragma once

#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/ratelimiter.h"
#include "events/eventstreamsettings.h"
#include "fielddesk/domain/travelmodel.h"
#include "http/connectionlimits.h"
#include "http/trustedproxies.h"
#include "messaging/channelsettings.h"
#include "services/backupsettings.h"
#include "services/weathersettings.h"
#include "storage/databaseurl.h"

#include <QHash>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace fielddesk::server {

using SettingsMap = QHash<QString, QString>;

struct ServerConfig
{
    DatabaseUrl database;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    // HTTPS (and wss) on the listening port: the certificate (PEM, intermediates after it) and
    // its private key (PEM, unencrypted). Both or neither; neither: plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    bool demo = false;
    // The demo company's time zone: its day, shifts and clocks (the demo's addresses stay in
    // Denver). A demo shown elsewhere can run on its audience's clock.
    QString demoTimeZone = QStringLiteral("America/Denver");
    // Where a freshly seeded demo database is kept for the next demo server of the same hour
    // (DemoSnapshot); empty: every demo server seeds its own. SQLite only.
    QString demoSnapshotDir;
    QString dataDir;      // where the generated JWT secret (and later media) are kept
    QByteArray jwtSecret; // empty: read or generate <data_dir>/jwt-secret
    qint64 accessTokenSeconds = 15 * 60;
    qint64 refreshTokenSeconds = 30 * 24 * 3600;
    int workerThreads = 4;
    Argon2Parameters argon2;
    ThrottleLimits throttle;
    // Slow and idle clients: how long a request may take to arrive, how long a connection
    // may sit idle, how many one address may hold.
    ConnectionLimits connections;
    // Requests per second per client address and per caller (token).
    RequestRateLimits rates;
    // Load balancers whose X-Forwarded-For names the client (trusted_proxies): the address
    // every per-address limit counts.
    TrustedProxies trustedProxies;
    bool logRequests = true;
    // Travel estimates (great-circle distance x road factor / speed) where a tenant sets none.
    TravelModel travel;
    // Recent pages of the jobs list kept for identical requests (0: off).
    int jobListCacheEntries = 1000;
    // The keys of a day's jobs kept per tenant, range and ordering, from which any filter of
    // the board picks its page without the engine counting the day again: how many jobs they
    // hold at most, all together (~80 bytes each, more by title; 0: off).
    qint64 jobDayKeysJobs = 2000000;
    // The jobs of pages answered from those keys, kept as JSON while nothing changed: how
    // many bytes at most, all tenants together (job_row_cache_mb; 0: off).
    qint64 jobRowCacheBytes = 256LL * 1024 * 1024;
    // The jobs held by the tenants' search indexes for searches without a date, all tenants
    // together (job_search_index_jobs; ~1 KB each; 0: off, the engine answers them).
    qint64 jobSearchIndexJobs = 300000;
    // How far ahead recurring series have their occurrences made, in weeks.
    int seriesHorizonWeeks = 8;
    // The live event stream: outbox poll, pings, retention, a console's queue.
    EventStreamSettings events;
    // Outbound messages: the email and text message channels, retries.
    DeliverySettings delivery;
    // Forecasts for weather-sensitive work: where from, how often.
    WeatherSettings weather;
    // Scheduled backups: how often, how many kept, where.
    BackupSettings backups;

    // Every key a settings source may use.
    static const QStringList &keys();
    static QString environmentName(const QString &key); // "listen" -> "FIELDDESK_LISTEN"

    static std::optional<SettingsMap> readFile(const QString &path, QString *error);
    static SettingsMap fromEnvironment(const QProcessEnvironment &environment);
    // Later sources win. nullopt and *error naming the key for anything invalid.
    static std::optional<ServerConfig> fromSettings(const SettingsMap &settings, QString *error);
};

// Reads the JWT secret from the file, or makes a new random one and stores it there with
// permissions 0600. Empty and *error on failure.
QByteArray loadOrCreateSecret(const QString &path, QString *error);

} // namespace fielddesk::server
