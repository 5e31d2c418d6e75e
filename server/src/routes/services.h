// The services the routes call, handed over in one piece when the API is assembled.
#pragma once

namespace fielddesk::server {

class AuthService;
class AuditService;
class Database;
class EventNotifier;
class LocationService;
class TenantService;
class UserService;

struct Services
{
    Database &database;
    EventNotifier &events;
    AuthService &auth;
    TenantService &tenants;
    LocationService &locations;
    UserService &users;
    AuditService &audit;
};

} // namespace fielddesk::server
