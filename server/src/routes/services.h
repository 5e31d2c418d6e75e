// The services the routes call, handed over in one piece when the API is assembled.
#pragma once

namespace fielddesk::server {

class AuthService;
class ApiKeyService;
class AssignmentService;
class AuditService;
class CatalogService;
class CustomerService;
class JobService;
class JobSeriesService;
class MessageService;
class RoutingService;
class TechnicianService;
class Database;
class EventNotifier;
class LocationService;
class TenantService;
class UserService;
class RequestService;
class NotificationService;
class SupplyCatalogService;
class MediaService;
class EmergencyContactService;
class PreferenceService;
class ExpenseService;
class SpiffService;
class MoneyReportService;
class VehicleService;
class VehicleAssignmentService;
class WebhookService;
class DayAheadService;
class MessageTemplateService;
class PositionService;
class BackupSchedule;

struct Services
{
    Database &database;
    EventNotifier &events;
    AuthService &auth;
    TenantService &tenants;
    LocationService &locations;
    UserService &users;
    AuditService &audit;
    CatalogService &catalog;
    CustomerService &customers;
    TechnicianService &technicians;
    JobService &jobs;
    JobSeriesService &jobSeries;
    AssignmentService &assignments;
    ApiKeyService &apiKeys;
    RoutingService &routing;
    SupplyCatalogService &supplies;
    RequestService &requests;
    NotificationService &notifications;
    MediaService &media;
    EmergencyContactService &emergencyContacts;
    PreferenceService &preferences;
    ExpenseService &expenses;
    SpiffService &spiffs;
    MoneyReportService &moneyReports;
    VehicleService &vehicles;
    VehicleAssignmentService &vehicleAssignments;
    MessageService &messages;
    WebhookService &webhooks;
    DayAheadService &dayAhead;
    MessageTemplateService &messageTemplates;
    PositionService &positions;
    BackupSchedule &backups;
};

} // namespace fielddesk::server
