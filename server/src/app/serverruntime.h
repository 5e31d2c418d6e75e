// A running server: the database (migrated), the services, the route table and the HTTP
// front, built in dependency order and torn down in reverse. SIGTERM drains it.
#pragma once

#include "app/serverconfig.h"

#include <QObject>

#include <memory>

namespace fielddesk::server {

class ApiKeyService;
class AssignmentService;
class AuditService;
class CatalogService;
class CustomerService;
class JobService;
class JobSeriesService;
class PeriodicWork;
class RateShare;
class DayAheadService;
class MessageTemplateService;
class PositionService;
class WeatherService;
class MessageCourier;
class MessageService;
class WebhookService;
class VehicleService;
class VehicleAssignmentService;
class RoutingService;
class RequestService;
class NotificationService;
class MediaService;
class ExpenseService;
class SpiffService;
class MoneyReportService;
class EmergencyContactService;
class PreferenceService;
class SupplyCatalogService;
class TechnicianService;
class AuthService;
class BackupSchedule;
class Database;
class EventHub;
class EventNotifier;
class HttpServer;
class JwtCodec;
class LocationService;
class RequestPipeline;
class Router;
class TenantService;
class UserService;
class WalCheckpointer;

class ServerRuntime : public QObject
{
    Q_OBJECT
public:
    explicit ServerRuntime(ServerConfig config, QObject *parent = nullptr);
    ~ServerRuntime() override;

    // Opens and migrates the database, seeds the demo if asked, starts listening.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // Stops accepting work; finished() follows once requests under way are answered.
    void shutdown();

signals:
    void finished();

private:
    ServerConfig m_config;
    quint16 m_port = 0;
    // Declared in dependency order: destroyed in reverse, the HTTP front first.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite
    std::unique_ptr<BackupSchedule> m_backups;
    std::unique_ptr<EventNotifier> m_events;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<JwtCodec> m_jwt;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<TenantService> m_tenants;
    std::unique_ptr<LocationService> m_locations;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<TechnicianService> m_technicians;
    std::unique_ptr<JobService> m_jobs;
    std::unique_ptr<JobSeriesService> m_jobSeries;
    std::unique_ptr<AssignmentService> m_assignments;
    std::unique_ptr<ApiKeyService> m_apiKeys;
    std::unique_ptr<RoutingService> m_routing;
    std::unique_ptr<SupplyCatalogService> m_supplies;
    std::unique_ptr<RequestService> m_requests;
    std::unique_ptr<NotificationService> m_notifications;
    std::unique_ptr<MediaService> m_media;
    std::unique_ptr<EmergencyContactService> m_emergencyContacts;
    std::unique_ptr<PreferenceService> m_preferences;
    std::unique_ptr<ExpenseService> m_expenses;
    std::unique_ptr<SpiffService> m_spiffs;
    std::unique_ptr<MoneyReportService> m_moneyReports;
    std::unique_ptr<VehicleService> m_vehicles;
    std::unique_ptr<VehicleAssignmentService> m_vehicleAssignments;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RequestPipeline> m_pipeline;
    std::unique_ptr<HttpServer> m_http;
    // Live events over WebSockets on the HTTP server's port; destroyed before it.
    std::unique_ptr<EventHub> m_eventHub;
    // Extends recurring series in the background; destroyed first (it uses the services).
    std::unique_ptr<PeriodicWork> m_materialiser;
    std::unique_ptr<PeriodicWork> m_maintenanceCheck;
    std::unique_ptr<MessageService> m_messages;
    std::unique_ptr<WebhookService> m_webhooks;
    std::unique_ptr<DayAheadService> m_dayAhead;
    std::unique_ptr<MessageTemplateService> m_messageTemplates;
    std::unique_ptr<PositionService> m_positions;
    std::unique_ptr<PeriodicWork> m_positionPruner;     // uses m_positions: destroyed first
    std::unique_ptr<PeriodicWork> m_loginFailurePruner; // uses m_throttle: destroyed first
    // Rate limits shared with the other servers on PostgreSQL; uses m_pipeline's limiters.
    std::unique_ptr<RateShare> m_rateShare;
    std::unique_ptr<PeriodicWork> m_rateShareRound; // uses m_rateShare: destroyed first
    std::unique_ptr<WeatherService> m_weather;
    std::unique_ptr<PeriodicWork> m_weatherPoll;   // uses m_weather: destroyed first
    std::unique_ptr<PeriodicWork> m_dayAheadCheck; // uses m_dayAhead: destroyed first
    std::unique_ptr<MessageCourier> m_courier;     // always runs: webhooks need no settings
};

} // namespace fielddesk::server
