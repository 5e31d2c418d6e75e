#include "app/serverruntime.h"

#include "app/demodata.h"
#include "app/demosnapshot.h"
#include "app/logline.h"
#include "auth/jwt.h"
#include "auth/rateshare.h"
#include "events/eventhub.h"
#include "events/eventnotifier.h"
#include "http/httpserver.h"
#include "http/tlsidentity.h"
#include "http/writelane.h"
#include "messaging/messagecourier.h"
#include "messaging/outboundchannels.h"
#include "repositories/jobrepository.h"
#include "routes/apiroutes.h"
#include "services/apikeyservice.h"
#include "services/assignmentservice.h"
#include "services/auditservice.h"
#include "services/authservice.h"
#include "services/backupschedule.h"
#include "services/catalogservice.h"
#include "services/customerservice.h"
#include "services/dayaheadservice.h"
#include "services/emergencycontactservice.h"
#include "services/expenseservice.h"
#include "services/jobseriesservice.h"
#include "services/jobservice.h"
#include "services/locationservice.h"
#include "services/mediaservice.h"
#include "services/messageservice.h"
#include "services/messagetemplateservice.h"
#include "services/moneyreportservice.h"
#include "services/notificationservice.h"
#include "services/periodicwork.h"
#include "services/positionservice.h"
#include "services/preferenceservice.h"
#include "services/requestservice.h"
#include "services/routingservice.h"
#include "services/spiffservice.h"
#include "services/supplycatalogservice.h"
#include "services/technicianservice.h"
#include "services/tenantservice.h"
#include "services/userservice.h"
#include "services/vehicleassignmentservice.h"
#include "services/vehicleservice.h"
#include "services/weatherservice.h"
#include "services/webhookservice.h"
#include "storage/migrations.h"
#include "storage/walcheckpointer.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace fielddesk::server {

namespace {
constexpr int kDrainTimeoutMs = 30000;
}

ServerRuntime::ServerRuntime(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

ServerRuntime::~ServerRuntime()
{
    // The weather's poller waits for its round when destroyed; a fetch under way would keep
    // the server from ending for as long as a slow forecast API takes (up to its time limit).
    if (m_weather)
        m_weather->stop();
}

bool ServerRuntime::start(QString *error)
{
    LogLine::setEnabled(true);
    // Before anything else: a server asked for HTTPS that cannot serve it does not start.
    std::optional<TlsIdentity> tls;
    if (!m_config.tlsCertificateFile.isEmpty()) {
        tls = TlsIdentity::load(m_config.tlsCertificateFile, m_config.tlsKeyFile, error);
        if (!tls)
            return false;
        const QDateTime expires = tls->certificate().expiryDate();
        if (expires < QDateTime::currentDateTimeUtc()) {
            // Consoles refuse it; the server still starts, so the admin can see why.
            LogLine("warning", "tls_certificate_expired")
                .field("file", m_config.tlsCertificateFile)
                .field("expired", expires.toString(Qt::ISODate));
        }
    }
    QByteArray secret = m_config.jwtSecret;
    if (secret.isEmpty()) {
        secret = loadOrCreateSecret(m_config.dataDir + QStringLiteral("/jwt-secret"), error);
        if (secret.isEmpty())
            return false;
    }
    const std::optional<DemoSnapshot> snapshot =
        m_config.demo ? DemoSnapshot::forServer(m_config.demoSnapshotDir, m_config.database,
                                                m_config.demoTimeZone, m_config.argon2,
                                                QDateTime::currentDateTimeUtc())
                      : std::nullopt;
    QString snapshotError;
    const bool restored = snapshot && snapshot->restore(&snapshotError);
    if (!snapshotError.isEmpty())
        LogLine("warning", "demo_snapshot_not_restored")
            .field("copy", snapshot->where())
            .field("error", snapshotError);
    try {
        m_database = std::make_unique<Database>(m_config.database);
        const int applied = Migrator(*m_database).migrate();
        LogLine("info", "migrated")
            .field("database", m_config.database.redacted())
            .field("applied", applied)
            .field("version", Migrator::latestVersion());
        m_hasher = std::make_unique<PasswordHasher>(m_config.argon2);
        if (restored)
            LogLine("info", "demo_snapshot_restored").field("copy", snapshot->where());
        DemoData demo(*m_database, *m_hasher, m_config.demoTimeZone);
        const bool seeded = m_config.demo && (restored || demo.seedWorldIfEmpty());
        if (seeded && !restored && snapshot)
            snapshot->save(*m_database);
        if (seeded) {
            demo.seedLive();
            std::printf("Demo data seeded. Accounts (password \"%s\"):\n", DemoData::kPassword);
            for (const QString &account : DemoData::accounts())
                std::printf("  %s\n", qPrintable(account));
            std::fflush(stdout);
        }
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }

    m_events = std::make_unique<EventNotifier>(m_database.get());
    m_jwt = std::make_unique<JwtCodec>(secret);
    m_throttle = std::make_unique<LoginThrottle>(*m_database, m_config.throttle);
    const TravelModel &travel = m_config.travel;
    m_tenants = std::make_unique<TenantService>(*m_database, travel, *m_hasher, *m_events);
    m_auth = std::make_unique<AuthService>(
        *m_database, *m_jwt, *m_hasher, *m_throttle, *m_tenants,
        TokenSettings{m_config.accessTokenSeconds, m_config.refreshTokenSeconds});
    m_locations = std::make_unique<LocationService>(*m_database);
    m_users = std::make_unique<UserService>(*m_database, *m_hasher);
    m_audit = std::make_unique<AuditService>(*m_database);
    m_catalog = std::make_unique<CatalogService>(*m_database);
    m_customers = std::make_unique<CustomerService>(*m_database);
    m_technicians = std::make_unique<TechnicianService>(*m_database, *m_events, travel);
    m_jobs = std::make_unique<JobService>(
        *m_database, *m_events, travel, m_config.jobListCacheEntries, m_config.jobDayKeysJobs,
        m_config.jobRowCacheBytes, JobService::kNamesRecheckMs, m_config.jobSearchIndexJobs);
    m_jobSeries = std::make_unique<JobSeriesService>(*m_database, *m_events, travel,
                                                     m_config.seriesHorizonWeeks);
    m_assignments = std::make_unique<AssignmentService>(*m_database, *m_events, travel);
    m_apiKeys = std::make_unique<ApiKeyService>(*m_database);
    // Routing runs beside the HTTP workers, one plan per core at most.
    m_routing = std::make_unique<RoutingService>(*m_database, *m_events, *m_assignments, travel,
                                                 std::max(1, QThread::idealThreadCount()));
    m_supplies = std::make_unique<SupplyCatalogService>(*m_database);
    m_requests = std::make_unique<RequestService>(*m_database, *m_events);
    m_notifications = std::make_unique<NotificationService>(*m_database);
    m_media = std::make_unique<MediaService>(*m_database);
    m_emergencyContacts = std::make_unique<EmergencyContactService>(*m_database);
    m_preferences = std::make_unique<PreferenceService>(*m_database);
    m_expenses = std::make_unique<ExpenseService>(*m_database, *m_events);
    m_spiffs = std::make_unique<SpiffService>(*m_database, *m_events);
    m_moneyReports = std::make_unique<MoneyReportService>(*m_database);
    m_vehicles = std::make_unique<VehicleService>(*m_database, *m_events);
    m_vehicleAssignments = std::make_unique<VehicleAssignmentService>(*m_database);
    m_messages = std::make_unique<MessageService>(*m_database);
    m_webhooks = std::make_unique<WebhookService>(*m_database);
    m_dayAhead = std::make_unique<DayAheadService>(*m_database, *m_events);
    m_messageTemplates = std::make_unique<MessageTemplateService>(*m_database);
    m_positions = std::make_unique<PositionService>(*m_database, *m_events);
    m_backups = std::make_unique<BackupSchedule>(*m_database, m_config.backups);
    m_router = std::make_unique<Router>();
    registerApiRoutes(*m_router, Services{*m_database,    *m_events,
                                          *m_auth,        *m_tenants,
                                          *m_locations,   *m_users,
                                          *m_audit,       *m_catalog,
                                          *m_customers,   *m_technicians,
                                          *m_jobs,        *m_jobSeries,
                                          *m_assignments, *m_apiKeys,
                                          *m_routing,     *m_supplies,
                                          *m_requests,    *m_notifications,
                                          *m_media,       *m_emergencyContacts,
                                          *m_preferences, *m_expenses,
                                          *m_spiffs,      *m_moneyReports,
                                          *m_vehicles,    *m_vehicleAssignments,
                                          *m_messages,    *m_webhooks,
                                          *m_dayAhead,    *m_messageTemplates,
                                          *m_positions,   *m_backups});
    m_pipeline = std::make_unique<RequestPipeline>(*m_auth, m_config.rates);
    m_http = std::make_unique<HttpServer>(*m_router, *m_pipeline, m_config.workerThreads);
    m_http->setRequestLogging(m_config.logRequests);
    m_http->setTrustedProxies(m_config.trustedProxies);
    if (tls)
        m_http->serveTls(tls->serverConfiguration());
    // SQLite has one writer at a time anyway: quick writes go through one lane that commits
    // them in groups. PostgreSQL writers run side by side on the workers.
    if (m_database->engine() == Engine::Sqlite) {
        m_checkpointer = std::make_unique<WalCheckpointer>(*m_database);
        m_http->setWriteLane(std::make_unique<WriteLane>(*m_database));
    }
    m_eventHub =
        std::make_unique<EventHub>(*m_database, *m_auth, *m_events, *m_http, m_config.events);
    try {
        m_eventHub->start();
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    // Draining answers the requests under way first, so consoles still get their events;
    // then the WebSockets are closed with 1001 and the server is finished.
    connect(m_http.get(), &HttpServer::drained, m_eventHub.get(), &EventHub::closeAll);
    connect(m_eventHub.get(), &EventHub::allClosed, this, &ServerRuntime::finished);

    m_materialiser = std::make_unique<PeriodicWork>(
        QStringLiteral("series_materialise"), [this] { return m_jobSeries->materialiseDue(); });
    m_materialiser->start();
    m_maintenanceCheck = std::make_unique<PeriodicWork>(
        QStringLiteral("maintenance_notice"), [this] { return m_vehicles->noticeDueEverywhere(); });
    m_maintenanceCheck->start();
    m_dayAheadCheck = std::make_unique<PeriodicWork>(
        QStringLiteral("day_ahead_send"), [this] { return m_dayAhead->sendDue(); },
        m_config.delivery.dayAheadPollMs);
    m_dayAheadCheck->start();
    m_positionPruner = std::make_unique<PeriodicWork>(QStringLiteral("position_prune"),
                                                      [this] { return m_positions->pruneOld(); });
    m_positionPruner->start();
    // Failed sign-ins that no longer count (each key's own go with its next failure).
    m_loginFailurePruner =
        std::make_unique<PeriodicWork>(QStringLiteral("login_failure_prune"), [this] {
            return m_throttle->pruneExpired(QDateTime::currentSecsSinceEpoch());
        });
    m_loginFailurePruner->start();
    // Behind a balancer a client gets one rate limit, not one per server (SQLite has one).
    const bool limited = m_config.rates.perAddress.enabled() || m_config.rates.perToken.enabled();
    if (m_database->engine() == Engine::Postgres && m_config.rates.shareIntervalMs > 0 && limited) {
        m_rateShare = std::make_unique<RateShare>(
            *m_database, m_pipeline->sharedLimiters(),
            [pipeline = m_pipeline.get()] { return pipeline->limiterClockMs(); });
        m_rateShareRound = std::make_unique<PeriodicWork>(
            QStringLiteral("rate_share"),
            [share = m_rateShare.get()] {
                share->round();
                return 0; // a round a few times a second: nothing to log
            },
            m_config.rates.shareIntervalMs);
        m_rateShareRound->start();
    }
    // The weather: each location's forecast fetched, sensitive jobs flagged; off without a URL.
    m_weather =
        std::make_unique<WeatherService>(*m_database, *m_events, m_config.travel, m_config.weather);
    if (m_config.weather.enabled()) {
        m_weatherPoll = std::make_unique<PeriodicWork>(
            QStringLiteral("weather_poll"), [this] { return m_weather->tick(); },
            m_config.weather.recheckIntervalMs());
        m_weatherPoll->start();
    }
    // Outbound messages: queued by their causes on the channels configured, sent from here.
    OutboundChannels::set(m_config.delivery.smtp.enabled(), m_config.delivery.sms.enabled());
    // Webhooks need no settings: the courier always runs.
    m_courier = std::make_unique<MessageCourier>(*m_database, m_config.delivery);
    m_courier->start();
    // Scheduled backups, when backup_every_hours is set.
    m_backups->start();

    m_port = m_http->listen(m_config.listenAddress, m_config.listenPort, m_config.connections);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (in use, or no permission)")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.listenPort);
        return false;
    }
    LogLine listening("info", "listening");
    listening.field("address", m_config.listenAddress.toString())
        .field("port", int(m_port))
        .field("scheme", tls ? QStringLiteral("https") : QStringLiteral("http"))
        .field("workers", m_config.workerThreads);
    if (tls) {
        listening.field("certificate", tls->certificate().subjectDisplayName())
            .field("certificate_expires", tls->certificate().expiryDate().toString(Qt::ISODate));
    }
    return true;
}

void ServerRuntime::shutdown()
{
    if (!m_http) {
        emit finished();
        return;
    }
    LogLine("info", "draining").field("in_flight", m_http->requestsInFlight());
    m_http->startDraining();
    QTimer::singleShot(kDrainTimeoutMs, this, [this] {
        LogLine("warning", "drain_timeout").field("in_flight", m_http->requestsInFlight());
        emit finished();
    });
}

} // namespace fielddesk::server
