#include "storage/migrations.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"

namespace fielddesk::server {

namespace {

// Jobs carry span_start/span_end (the planned time, else the time window) so that "jobs of
// this day" is one indexed range; search_text is the case-folded text that search matches.
QStringList dispatchStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE skills (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, name)))"),
        QStringLiteral(R"(CREATE TABLE technicians (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL UNIQUE REFERENCES users(id),
    location_id BIGINT NOT NULL REFERENCES locations(id),
    home_latitude DOUBLE PRECISION,
    home_longitude DOUBLE PRECISION,
    shift_start TEXT NOT NULL,
    shift_end TEXT NOT NULL,
    break_earliest TEXT NOT NULL,
    break_latest TEXT NOT NULL,
    break_minutes INTEGER NOT NULL,
    work_days TEXT NOT NULL,
    max_jobs INTEGER,
    vehicle_id BIGINT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX technicians_tenant ON technicians (tenant_id, location_id)"),
        QStringLiteral(R"(CREATE TABLE technician_skills (
    technician_id BIGINT NOT NULL REFERENCES technicians(id) ON DELETE CASCADE,
    skill_id BIGINT NOT NULL REFERENCES skills(id),
    PRIMARY KEY (technician_id, skill_id)))"),
        QStringLiteral("CREATE INDEX technician_skills_skill ON technician_skills (skill_id)"),
        QStringLiteral(R"(CREATE TABLE technician_availability (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    technician_id BIGINT NOT NULL REFERENCES technicians(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX technician_availability_time ON technician_availability "
                       "(technician_id, starts_at)"),
        QStringLiteral(R"(CREATE TABLE customers (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX customers_tenant ON customers (tenant_id, name)"),
        QStringLiteral(R"(CREATE TABLE customer_addresses (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION))"),
        QStringLiteral("CREATE INDEX customer_addresses_customer ON customer_addresses "
                       "(customer_id)"),
        QStringLiteral(R"(CREATE TABLE services (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL,
    price DOUBLE PRECISION NOT NULL DEFAULT 0,
    priority INTEGER NOT NULL DEFAULT 3,
    required_skill_id BIGINT REFERENCES skills(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, name)))"),
        QStringLiteral(R"(CREATE TABLE api_keys (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE jobs (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    title TEXT NOT NULL,
    customer_id BIGINT REFERENCES customers(id),
    address_id BIGINT REFERENCES customer_addresses(id) ON DELETE SET NULL,
    address TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    service_id BIGINT REFERENCES services(id),
    priority INTEGER NOT NULL,
    duration_min INTEGER NOT NULL,
    window_start TEXT,
    window_end TEXT,
    status TEXT NOT NULL,
    at_risk INTEGER NOT NULL DEFAULT 0,
    at_risk_reason TEXT NOT NULL DEFAULT '',
    technician_id BIGINT REFERENCES technicians(id),
    planned_start TEXT,
    planned_end TEXT,
    span_start TEXT,
    span_end TEXT,
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    api_key_id BIGINT REFERENCES api_keys(id) ON DELETE SET NULL,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX jobs_span ON jobs (tenant_id, span_start)"),
        QStringLiteral("CREATE INDEX jobs_technician ON jobs (technician_id, planned_start)"),
        QStringLiteral("CREATE INDEX jobs_status ON jobs (tenant_id, status, priority)"),
        QStringLiteral("CREATE INDEX jobs_customer ON jobs (customer_id)"),
        QStringLiteral(R"(CREATE TABLE job_skills (
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    skill_id BIGINT NOT NULL REFERENCES skills(id),
    PRIMARY KEY (job_id, skill_id)))"),
        QStringLiteral("CREATE INDEX job_skills_skill ON job_skills (skill_id)"),
        QStringLiteral(R"(CREATE TABLE dispatch_history (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL,
    action TEXT NOT NULL,
    actor_user_id BIGINT,
    actor_name TEXT NOT NULL DEFAULT '',
    api_key_id BIGINT,
    client_id TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json TEXT,
    occurred_at TEXT NOT NULL,
    request_id TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX dispatch_history_job ON dispatch_history (job_id, id)"),
        QStringLiteral("CREATE INDEX dispatch_history_tenant ON dispatch_history "
                       "(tenant_id, occurred_at)"),
        QStringLiteral(R"(CREATE TABLE outbox_events (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    correlation_id TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL))"),
    };
}

// The day list reads one index only (covering: count and order without the rows), looking
// back no further than the longest span stored (span_length_s); search uses a trigram index
// (FTS5 on SQLite, pg_trgm on PostgreSQL) so "%oak%" does not scan every job.
QStringList jobIndexStatements()
{
    return {
        QStringLiteral("ALTER TABLE jobs ADD COLUMN span_length_s BIGINT"),
        QStringLiteral(
            "{{SQLITE}}UPDATE jobs SET span_length_s = CAST(ROUND((julianday(span_end) "
            "- julianday(span_start)) * 86400) AS INTEGER) WHERE span_start IS NOT NULL"),
        QStringLiteral("{{POSTGRES}}UPDATE jobs SET span_length_s = CAST(EXTRACT(EPOCH FROM "
                       "(CAST(span_end AS timestamptz) - CAST(span_start AS timestamptz))) AS "
                       "BIGINT) WHERE span_start IS NOT NULL"),
        QStringLiteral("CREATE INDEX jobs_span_length ON jobs (tenant_id, span_length_s)"),
        QStringLiteral("DROP INDEX jobs_span"),
        QStringLiteral("CREATE INDEX jobs_day ON jobs (tenant_id, span_start, span_end, status, "
                       "location_id, technician_id, priority, window_start)"),
        QStringLiteral("{{SQLITE}}CREATE VIRTUAL TABLE job_search USING fts5(search_text, "
                       "content='jobs', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER jobs_search_insert AFTER INSERT ON jobs BEGIN "
                       "INSERT INTO job_search(rowid, search_text) VALUES (new.id, "
                       "new.search_text); END"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER jobs_search_delete AFTER DELETE ON jobs BEGIN "
                       "INSERT INTO job_search(job_search, rowid, search_text) VALUES "
                       "('delete', old.id, old.search_text); END"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER jobs_search_update AFTER UPDATE OF search_text "
                       "ON jobs BEGIN INSERT INTO job_search(job_search, rowid, search_text) "
                       "VALUES ('delete', old.id, old.search_text); INSERT INTO "
                       "job_search(rowid, search_text) VALUES (new.id, new.search_text); END"),
        QStringLiteral("{{SQLITE}}INSERT INTO job_search(job_search) VALUES ('rebuild')"),
        QStringLiteral("{{POSTGRES}}CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("{{POSTGRES}}CREATE INDEX jobs_search ON jobs USING gin "
                       "(search_text gin_trgm_ops)"),
    };
}

// Issue 12, honest throughput (second round). A day's jobs are read class by class: a job's
// span class says how long its span may be (JobRepository::kSpanClassBounds), so the day's
// range of each class looks back only that far (a few hours for nearly every job) instead of
// the tenant's longest span (57 h in the bench data: ~7,000 index entries for a day of
// ~2,200 jobs). The SQLite search index keys each job by tenant (tenant * 2^40 + id), so
// that a tenant's matches are one rowid range: counting them reads the index alone, not
// each match's entry in jobs (a broad term: 45,000 lookups, ~25 ms). It holds no copy of
// the text (contentless); the triggers give it the old text to delete.
QStringList spanClassAndTenantSearchStatements()
{
    return {
        QStringLiteral("ALTER TABLE jobs ADD COLUMN span_class INTEGER"),
        QStringLiteral("UPDATE jobs SET span_class = CASE WHEN span_length_s <= 21600 THEN 0 "
                       "WHEN span_length_s <= 86400 THEN 1 ELSE 2 END WHERE span_length_s IS "
                       "NOT NULL"),
        QStringLiteral("DROP INDEX jobs_day"),
        QStringLiteral("CREATE INDEX jobs_day ON jobs (tenant_id, span_class, span_start, "
                       "span_end, status, location_id, technician_id, priority, window_start, "
                       "at_risk, planned_start, updated_at, title, id)"),
        QStringLiteral("{{SQLITE}}DROP TRIGGER jobs_search_insert"),
        QStringLiteral("{{SQLITE}}DROP TRIGGER jobs_search_delete"),
        QStringLiteral("{{SQLITE}}DROP TRIGGER jobs_search_update"),
        QStringLiteral("{{SQLITE}}DROP TABLE job_search"),
        QStringLiteral("{{SQLITE}}CREATE VIRTUAL TABLE job_search USING fts5(search_text, "
                       "content='', tokenize='trigram')"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER jobs_search_insert AFTER INSERT ON jobs BEGIN "
                       "INSERT INTO job_search(rowid, search_text) VALUES (new.tenant_id * "
                       "1099511627776 + new.id, new.search_text); END"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER jobs_search_delete AFTER DELETE ON jobs BEGIN "
                       "INSERT INTO job_search(job_search, rowid, search_text) VALUES "
                       "('delete', old.tenant_id * 1099511627776 + old.id, old.search_text); "
                       "END"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER jobs_search_update AFTER UPDATE OF "
                       "search_text, tenant_id ON jobs WHEN old.search_text IS NOT "
                       "new.search_text OR old.tenant_id IS NOT new.tenant_id BEGIN INSERT INTO "
                       "job_search(job_search, rowid, search_text) VALUES ('delete', "
                       "old.tenant_id * 1099511627776 + old.id, old.search_text); INSERT INTO "
                       "job_search(rowid, search_text) VALUES (new.tenant_id * 1099511627776 "
                       "+ new.id, new.search_text); END"),
        QStringLiteral("{{SQLITE}}INSERT INTO job_search(rowid, search_text) SELECT tenant_id * "
                       "1099511627776 + id, search_text FROM jobs"),
    };
}

// Operators, the hosting company's accounts, are users in no tenant: users.tenant_id becomes
// nullable (only for the operator role), and so does audit_logs.tenant_id (an operator's own
// password change is audited in no tenant). PostgreSQL drops the constraint in place; SQLite
// copies each table into one without it (Migration::rebuildsTables), keeping every id.
// Tenants get a status: "active", or "suspended" by an operator.
QStringList operatorStatements()
{
    const QString userColumns = QStringLiteral(
        "id, tenant_id, email, name, role, phone, active, password_hash, created_at, updated_at");
    const QString auditColumns = QStringLiteral(
        "id, tenant_id, actor_user_id, actor_email, action, object_type, object_id, location_id, "
        "before_json, after_json, request_id, created_at");
    return {
        QStringLiteral(R"({{SQLITE}}CREATE TABLE users_with_operators (
    id {{ID}},
    tenant_id BIGINT REFERENCES tenants(id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT users_operator_no_tenant CHECK ((tenant_id IS NULL) = (role = 'operator'))))"),
        QStringLiteral("{{SQLITE}}INSERT INTO users_with_operators (%1) SELECT %1 FROM users")
            .arg(userColumns),
        QStringLiteral("{{SQLITE}}DROP TABLE users"),
        QStringLiteral("{{SQLITE}}ALTER TABLE users_with_operators RENAME TO users"),
        QStringLiteral("{{SQLITE}}CREATE INDEX users_tenant ON users (tenant_id, id)"),
        QStringLiteral(R"({{SQLITE}}CREATE TABLE audit_logs_with_operators (
    id {{ID}},
    tenant_id BIGINT REFERENCES tenants(id) ON DELETE CASCADE,
    actor_user_id BIGINT,
    actor_email TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id BIGINT,
    location_id BIGINT,
    before_json TEXT,
    after_json TEXT,
    request_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL))"),
        QStringLiteral(
            "{{SQLITE}}INSERT INTO audit_logs_with_operators (%1) SELECT %1 FROM audit_logs")
            .arg(auditColumns),
        QStringLiteral("{{SQLITE}}DROP TABLE audit_logs"),
        QStringLiteral("{{SQLITE}}ALTER TABLE audit_logs_with_operators RENAME TO audit_logs"),
        QStringLiteral(
            "{{SQLITE}}CREATE INDEX audit_logs_tenant ON audit_logs (tenant_id, created_at)"),
        QStringLiteral("{{POSTGRES}}ALTER TABLE users ALTER COLUMN tenant_id DROP NOT NULL"),
        QStringLiteral("{{POSTGRES}}ALTER TABLE users ADD CONSTRAINT users_operator_no_tenant "
                       "CHECK ((tenant_id IS NULL) = (role = 'operator'))"),
        QStringLiteral("{{POSTGRES}}ALTER TABLE audit_logs ALTER COLUMN tenant_id DROP NOT NULL"),
        QStringLiteral("ALTER TABLE tenants ADD COLUMN status TEXT NOT NULL DEFAULT 'active'"),
    };
}

// Dates are local "YYYY-MM-DD" dates of the series' time zone (its location's, else the
// tenant's); window times local "HH:MM". repeat_interval and repeat_count are the API's
// interval and count (both words are SQL keywords).
QStringList jobSeriesStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE job_series (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    title TEXT NOT NULL,
    customer_id BIGINT REFERENCES customers(id),
    address_id BIGINT REFERENCES customer_addresses(id) ON DELETE SET NULL,
    address TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    service_id BIGINT REFERENCES services(id),
    required_skills TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL,
    duration_min INTEGER NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    window_start_time TEXT,
    window_end_time TEXT,
    frequency TEXT NOT NULL,
    repeat_interval INTEGER NOT NULL,
    weekdays TEXT NOT NULL DEFAULT '',
    month_day INTEGER,
    nth INTEGER,
    nth_weekday INTEGER,
    starts_on TEXT NOT NULL,
    until TEXT,
    repeat_count INTEGER,
    materialised_until TEXT,
    ended_on TEXT,
    previous_series_id BIGINT REFERENCES job_series(id),
    version BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX job_series_tenant ON job_series (tenant_id, location_id)"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN series_id BIGINT REFERENCES job_series(id)"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN occurrence_date TEXT"),
        QStringLiteral("ALTER TABLE jobs ADD COLUMN series_exception INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "CREATE UNIQUE INDEX jobs_series_occurrence ON jobs (series_id, occurrence_date)"),
    };
}

// The fleet (issue 16). Plates are unique per tenant ignoring case and spaces (plate_key);
// odometer readings, plans, service records and assignments go with their vehicle. Dates
// (done_on, last_done_on, assigned_on) are local "YYYY-MM-DD" days of the vehicle's location.
// maintenance_notices remembers which due point of a plan its managers were told about.
// Each bare technicians.vehicle_id becomes a vehicle ("Vehicle N", plate "UNKNOWN-N", at the
// technician's location; legacy_number keeps N) and the technicians point at it.
QStringList fleetStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE vehicles (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    name TEXT NOT NULL,
    plate TEXT NOT NULL,
    plate_key TEXT NOT NULL,
    vin TEXT NOT NULL DEFAULT '',
    make TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    year INTEGER,
    fuel TEXT NOT NULL DEFAULT 'other',
    status TEXT NOT NULL DEFAULT 'active',
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    legacy_number BIGINT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, plate_key)))"),
        QStringLiteral("CREATE INDEX vehicles_tenant ON vehicles (tenant_id, location_id)"),
        QStringLiteral(R"(CREATE TABLE odometer_readings (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
    reading_km BIGINT NOT NULL,
    read_at TEXT NOT NULL,
    source TEXT NOT NULL,
    flagged INTEGER NOT NULL DEFAULT 0,
    flag_reason TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT REFERENCES users(id),
    created_at TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX odometer_readings_vehicle ON odometer_readings (vehicle_id, read_at)"),
        QStringLiteral(R"(CREATE TABLE maintenance_plans (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    every_km BIGINT,
    every_days INTEGER,
    last_done_km BIGINT,
    last_done_on TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX maintenance_plans_vehicle ON maintenance_plans (vehicle_id)"),
        QStringLiteral(R"(CREATE TABLE service_records (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
    plan_id BIGINT REFERENCES maintenance_plans(id) ON DELETE SET NULL,
    done_on TEXT NOT NULL,
    odometer_km BIGINT NOT NULL,
    description TEXT NOT NULL,
    cost_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    media_ids TEXT NOT NULL DEFAULT '[]',
    reading_id BIGINT REFERENCES odometer_readings(id) ON DELETE SET NULL,
    created_by BIGINT REFERENCES users(id),
    created_at TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX service_records_vehicle ON service_records (vehicle_id, done_on)"),
        QStringLiteral(R"(CREATE TABLE service_record_media (
    service_record_id BIGINT NOT NULL REFERENCES service_records(id) ON DELETE CASCADE,
    media_id BIGINT NOT NULL REFERENCES media(id),
    PRIMARY KEY (service_record_id, media_id)))"),
        QStringLiteral(
            "CREATE INDEX service_record_media_media ON service_record_media (media_id)"),
        QStringLiteral(R"(CREATE TABLE vehicle_assignments (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    vehicle_id BIGINT NOT NULL REFERENCES vehicles(id),
    technician_id BIGINT NOT NULL REFERENCES technicians(id) ON DELETE CASCADE,
    assigned_on TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (vehicle_id, assigned_on),
    UNIQUE (technician_id, assigned_on)))"),
        QStringLiteral("CREATE INDEX vehicle_assignments_day ON vehicle_assignments "
                       "(tenant_id, assigned_on)"),
        QStringLiteral(R"(CREATE TABLE maintenance_notices (
    plan_id BIGINT NOT NULL REFERENCES maintenance_plans(id) ON DELETE CASCADE,
    due_point TEXT NOT NULL,
    notified_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, due_point)))"),
        QStringLiteral(
            "INSERT INTO vehicles (tenant_id, location_id, name, plate, plate_key, search_text, "
            "legacy_number, created_at, updated_at) SELECT tenant_id, MIN(location_id), "
            "'Vehicle ' || vehicle_id, 'UNKNOWN-' || vehicle_id, 'UNKNOWN-' || vehicle_id, "
            "'vehicle ' || vehicle_id || ' unknown-' || vehicle_id, vehicle_id, MIN(created_at), "
            "MIN(created_at) FROM technicians WHERE vehicle_id IS NOT NULL GROUP BY tenant_id, "
            "vehicle_id"),
        QStringLiteral("UPDATE technicians SET vehicle_id = (SELECT v.id FROM vehicles v WHERE "
                       "v.tenant_id = technicians.tenant_id AND v.legacy_number = "
                       "technicians.vehicle_id) WHERE vehicle_id IS NOT NULL"),
    };
}

QStringList outboundMessageStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE outbound_messages (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    template TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    object_type TEXT,
    object_id BIGINT,
    idempotency_key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    claimed_until TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    sent_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX outbound_messages_due ON outbound_messages "
                       "(next_attempt_at) WHERE next_attempt_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX outbound_messages_tenant ON outbound_messages "
                       "(tenant_id, id)"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN email_opt_out INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN sms_opt_out INTEGER NOT NULL DEFAULT 0"),
    };
}

// Webhook subscriptions; their calls go out through outbound_messages (channel "webhook"),
// one after another per subscription and object (a job's events arrive in order).
QStringList webhookStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE webhooks (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    event_types TEXT NOT NULL,
    secret TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX webhooks_tenant ON webhooks (tenant_id)"),
        QStringLiteral("ALTER TABLE outbound_messages ADD COLUMN webhook_id BIGINT"),
        QStringLiteral("CREATE INDEX outbound_messages_webhook_order ON outbound_messages "
                       "(webhook_id, object_type, object_id, id) WHERE next_attempt_at IS NOT "
                       "NULL"),
    };
}

// SQLite: notes a rename of the tenant's when `column` of a row of `table` changes.
QString nameChangeTrigger(const QString &table, const QString &column)
{
    return QStringLiteral("{{SQLITE}}CREATE TRIGGER %1_name_change AFTER UPDATE OF %2 ON %1 "
                          "WHEN old.%2 IS NOT new.%2 AND new.tenant_id IS NOT NULL BEGIN "
                          "INSERT INTO tenant_name_changes (tenant_id) VALUES (new.tenant_id); "
                          "END")
        .arg(table, column);
}

// The same on PostgreSQL (tenant_name_changed()).
QString nameChangePostgresTrigger(const QString &table, const QString &column)
{
    return QStringLiteral("{{POSTGRES}}CREATE TRIGGER %1_name_change AFTER UPDATE OF %2 ON %1 "
                          "FOR EACH ROW WHEN (OLD.%2 IS DISTINCT FROM NEW.%2) EXECUTE FUNCTION "
                          "tenant_name_changed()")
        .arg(table, column);
}

QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append(
        {1,
         QStringLiteral("organisation, users, sessions, audit"),
         {
             QStringLiteral(R"(CREATE TABLE tenants (
    id {{ID}},
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    settings TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE locations (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, name)))"),
             QStringLiteral(R"(CREATE TABLE users (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX users_tenant ON users (tenant_id, id)"),
             QStringLiteral(R"(CREATE TABLE user_locations (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, location_id)))"),
             QStringLiteral("CREATE INDEX user_locations_location ON user_locations (location_id)"),
             QStringLiteral(R"(CREATE TABLE refresh_tokens (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family_id TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    revoked_at TEXT))"),
             QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)"),
             QStringLiteral("CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)"),
             QStringLiteral(R"(CREATE TABLE audit_logs (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    actor_user_id BIGINT,
    actor_email TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id BIGINT,
    location_id BIGINT,
    before_json TEXT,
    after_json TEXT,
    request_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX audit_logs_tenant ON audit_logs (tenant_id, created_at)"),
         }});
    list.append({2,
                 QStringLiteral("dispatch: skills, technicians, customers, services, jobs, "
                                "history, outbox, api keys"),
                 dispatchStatements()});
    list.append({3,
                 QStringLiteral("routing proposals"),
                 {QStringLiteral(R"(CREATE TABLE routing_proposals (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by BIGINT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
                  QStringLiteral("CREATE INDEX routing_proposals_tenant ON routing_proposals "
                                 "(tenant_id, created_at)")}});
    list.append(
        {4, QStringLiteral("indexes for the day list and search of jobs"), jobIndexStatements()});
    list.append({5,
                 QStringLiteral("search index updates only when the search text changes"),
                 {QStringLiteral("{{SQLITE}}DROP TRIGGER jobs_search_update"),
                  QStringLiteral("{{SQLITE}}CREATE TRIGGER jobs_search_update AFTER UPDATE OF "
                                 "search_text ON jobs WHEN old.search_text IS NOT "
                                 "new.search_text BEGIN INSERT INTO job_search(job_search, "
                                 "rowid, search_text) VALUES ('delete', old.id, "
                                 "old.search_text); INSERT INTO job_search(rowid, search_text) "
                                 "VALUES (new.id, new.search_text); END")}});
    // An assignment moved a job's entry out of the unassigned part of this index (random
    // pages) and into its technician's: only assigned jobs are in it now (a job update ~15%
    // cheaper on SQLite). The technicians' day lookups (technician_id = ?) still use it.
    list.append({6,
                 QStringLiteral("technicians' jobs index holds assigned jobs only"),
                 {QStringLiteral("DROP INDEX jobs_technician"),
                  QStringLiteral("CREATE INDEX jobs_technician ON jobs (technician_id, "
                                 "planned_start) WHERE technician_id IS NOT NULL")}});
    // The day list only needs a bound on the longest span (how far back a job that still
    // overlaps the day may start). An index on span_length_s gave the exact maximum, but an
    // assignment moved its entry (two random pages of ~9 written per assignment); a row per
    // tenant that only grows costs nothing unless a span longer than all before is stored.
    list.append({7,
                 QStringLiteral("longest job span per tenant instead of an index"),
                 {QStringLiteral(R"(CREATE TABLE job_span_bounds (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    longest_s BIGINT NOT NULL))"),
                  QStringLiteral("INSERT INTO job_span_bounds (tenant_id, longest_s) SELECT "
                                 "tenant_id, MAX(span_length_s) FROM jobs WHERE span_length_s "
                                 "IS NOT NULL GROUP BY tenant_id"),
                  QStringLiteral("DROP INDEX jobs_span_length")}});
    // The backlog (jobs by priority, no date) is the list consoles ask for most after the
    // day. Counting its tens of thousands of matches on every page cost more than the page:
    // job_tallies keeps how many jobs each (tenant, location, status, assigned) has, kept by
    // triggers so that no write path can forget it; a list filtered by those alone counts
    // from a few rows. The order index serves the default ordering (-priority,window_start)
    // so that a page reads its 50 jobs in order instead of sorting every match.
    // On PostgreSQL the tally trigger is deferred to the commit: writers of events then hold
    // the outbox lock already, so tally rows are always locked after it (see README, lock
    // order) and two writers cannot deadlock on them.
    list.append(
        {8,
         QStringLiteral("job tallies for list counts, an index for the backlog's order"),
         {QStringLiteral(R"(CREATE TABLE job_tallies (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL,
    status TEXT NOT NULL,
    assigned INTEGER NOT NULL,
    jobs BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, location_id, status, assigned)))"),
          QStringLiteral("INSERT INTO job_tallies (tenant_id, location_id, status, assigned, jobs) "
                         "SELECT tenant_id, location_id, status, CASE WHEN technician_id IS "
                         "NULL THEN 0 ELSE 1 END, COUNT(*) FROM jobs GROUP BY tenant_id, "
                         "location_id, status, CASE WHEN technician_id IS NULL THEN 0 ELSE 1 "
                         "END"),
          QStringLiteral(
              "{{SQLITE}}CREATE TRIGGER jobs_tally_insert AFTER INSERT ON jobs BEGIN INSERT "
              "INTO job_tallies (tenant_id, location_id, status, assigned, jobs) VALUES "
              "(new.tenant_id, new.location_id, new.status, new.technician_id IS NOT NULL, 1) "
              "ON CONFLICT (tenant_id, location_id, status, assigned) DO UPDATE SET jobs = "
              "jobs + 1; END"),
          QStringLiteral(
              "{{SQLITE}}CREATE TRIGGER jobs_tally_update AFTER UPDATE OF tenant_id, "
              "location_id, status, technician_id ON jobs WHEN old.tenant_id IS NOT "
              "new.tenant_id OR old.location_id IS NOT new.location_id OR old.status IS NOT "
              "new.status OR (old.technician_id IS NULL) IS NOT (new.technician_id IS NULL) "
              "BEGIN UPDATE job_tallies SET jobs = jobs - 1 WHERE tenant_id = old.tenant_id "
              "AND location_id = old.location_id AND status = old.status AND assigned = "
              "(old.technician_id IS NOT NULL); INSERT INTO job_tallies (tenant_id, "
              "location_id, status, assigned, jobs) VALUES (new.tenant_id, new.location_id, "
              "new.status, new.technician_id IS NOT NULL, 1) ON CONFLICT (tenant_id, "
              "location_id, status, assigned) DO UPDATE SET jobs = jobs + 1; END"),
          QStringLiteral(
              "{{SQLITE}}CREATE TRIGGER jobs_tally_delete AFTER DELETE ON jobs BEGIN UPDATE "
              "job_tallies SET jobs = jobs - 1 WHERE tenant_id = old.tenant_id AND location_id "
              "= old.location_id AND status = old.status AND assigned = (old.technician_id IS "
              "NOT NULL); END"),
          QStringLiteral(R"({{POSTGRES}}CREATE FUNCTION job_tally_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.tenant_id = NEW.tenant_id AND OLD.location_id = NEW.location_id
       AND OLD.status = NEW.status
       AND (OLD.technician_id IS NULL) = (NEW.technician_id IS NULL) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE job_tallies SET jobs = jobs - 1
         WHERE tenant_id = OLD.tenant_id AND location_id = OLD.location_id
           AND status = OLD.status
           AND assigned = CASE WHEN OLD.technician_id IS NULL THEN 0 ELSE 1 END;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO job_tallies (tenant_id, location_id, status, assigned, jobs)
        VALUES (NEW.tenant_id, NEW.location_id, NEW.status,
                CASE WHEN NEW.technician_id IS NULL THEN 0 ELSE 1 END, 1)
        ON CONFLICT (tenant_id, location_id, status, assigned)
        DO UPDATE SET jobs = job_tallies.jobs + 1;
    END IF;
    RETURN NULL;
END
$$)"),
          QStringLiteral("{{POSTGRES}}CREATE CONSTRAINT TRIGGER jobs_tally AFTER INSERT OR "
                         "UPDATE OF tenant_id, location_id, status, technician_id OR DELETE ON "
                         "jobs DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                         "job_tally_change()"),
          // Covering: the status, location and assignment filters are checked in the index
          // (a table lookup per walked entry cost ~5 ms a page deep in the backlog). An
          // assignment rewrites its entry in place (the leading columns do not change).
          QStringLiteral("CREATE INDEX jobs_order ON jobs (tenant_id, priority DESC, "
                         "window_start, id, status, location_id, technician_id)")}});
    // Requests and approvals: what employees ask for (tools and clothing from catalogs, time
    // off, repairs, suggestions, referrals), one table for every kind with the kind's details
    // as JSON, and the history of each (submission, transitions, comments).
    list.append({9,
                 QStringLiteral("requests, their catalogs and history"),
                 {QStringLiteral(R"(CREATE TABLE tools (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    location_id BIGINT REFERENCES locations(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, code)))"),
                  QStringLiteral(R"(CREATE TABLE clothing_items (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sizes TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, name)))"),
                  QStringLiteral(R"(CREATE TABLE requests (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    requester_id BIGINT NOT NULL REFERENCES users(id),
    details TEXT NOT NULL,
    media_ids TEXT NOT NULL DEFAULT '[]',
    search_text TEXT NOT NULL DEFAULT '',
    submitted_at TEXT NOT NULL,
    decided_by BIGINT REFERENCES users(id),
    decided_at TEXT,
    decision_comment TEXT,
    availability_id BIGINT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL))"),
                  // The inbox: what awaits a decision at some locations, oldest first.
                  QStringLiteral("CREATE INDEX requests_inbox ON requests (tenant_id, status, "
                                 "location_id, submitted_at)"),
                  QStringLiteral("CREATE INDEX requests_requester ON requests (tenant_id, "
                                 "requester_id, submitted_at)"),
                  QStringLiteral(R"(CREATE TABLE request_history (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    actor_id BIGINT REFERENCES users(id),
    actor_name TEXT NOT NULL,
    comment TEXT,
    occurred_at TEXT NOT NULL))"),
                  QStringLiteral("CREATE INDEX request_history_request ON request_history "
                                 "(request_id, id)")}});
    // In-app notifications: each person's inbox, written in the transaction of its cause.
    list.append({10,
                 QStringLiteral("in-app notifications"),
                 {QStringLiteral(R"(CREATE TABLE notifications (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    object_type TEXT,
    object_id BIGINT,
    read_at TEXT,
    created_at TEXT NOT NULL))"),
                  QStringLiteral("CREATE INDEX notifications_user ON notifications (user_id, id)"),
                  // The bell's count reads the unread ones only.
                  QStringLiteral("CREATE INDEX notifications_unread ON notifications (user_id) "
                                 "WHERE read_at IS NULL")}});
    // Events for one person (their notifications) ride the same outbox; everyone else's
    // streams skip them.
    list.append({11,
                 QStringLiteral("events addressed to one person"),
                 {QStringLiteral("ALTER TABLE outbox_events ADD COLUMN user_id BIGINT")}});
    // Uploaded files, in the database so that every instance on a shared PostgreSQL serves
    // every file: the bytes once per tenant and content hash, a row per person who uploaded
    // them (they may read and attach them), and which requests they are attached to (who
    // else may read them). Before this no file could be stored, so the ids requests named
    // referred to nothing: they are cleared rather than left to name future uploads.
    list.append({12,
                 QStringLiteral("uploaded files and the requests they are attached to"),
                 {QStringLiteral(R"(CREATE TABLE media (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    content {{BLOB}} NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (tenant_id, sha256)))"),
                  QStringLiteral(R"(CREATE TABLE media_uploads (
    media_id BIGINT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (media_id, user_id)))"),
                  QStringLiteral("CREATE INDEX media_uploads_user ON media_uploads (user_id)"),
                  QStringLiteral(R"(CREATE TABLE request_media (
    request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    media_id BIGINT NOT NULL REFERENCES media(id),
    PRIMARY KEY (request_id, media_id)))"),
                  QStringLiteral("CREATE INDEX request_media_media ON request_media (media_id)"),
                  QStringLiteral("UPDATE requests SET media_ids = '[]' WHERE media_ids <> '[]'")}});
    // What people keep about themselves: whom to call in an emergency, and how FieldDesk
    // reaches them (columns, not JSON, so that "who wants e-mail" is a query).
    list.append({13,
                 QStringLiteral("emergency contacts and preferences"),
                 {QStringLiteral(R"(CREATE TABLE emergency_contacts (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    PRIMARY KEY (user_id, sort_order)))"),
                  QStringLiteral(R"(CREATE TABLE user_preferences (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    notify_in_app INTEGER NOT NULL,
    notify_email INTEGER NOT NULL,
    notify_sms INTEGER NOT NULL,
    notify_push INTEGER NOT NULL,
    quiet_starts TEXT,
    quiet_ends TEXT,
    updated_at TEXT NOT NULL))")}});
    // Money (issue 14): amounts are whole minor units with an ISO 4217 code; what a tenant's
    // money is in unless an entry says otherwise.
    list.append({14,
                 QStringLiteral("the tenant's default currency"),
                 {QStringLiteral("ALTER TABLE tenants ADD COLUMN currency TEXT NOT NULL DEFAULT "
                                 "'USD'")}});
    // Expenses: what employees spent for the work, in categories with their receipt rule and
    // limit, filed with receipts (media) and decided like requests. An approved amount never
    // changes: a correction is another expense naming it (corrects_id). spent_on is the
    // expense's date ("date" in the API).
    list.append({15,
                 QStringLiteral("expense categories, expenses, their receipts and history"),
                 {QStringLiteral(R"(CREATE TABLE expense_categories (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    requires_receipt INTEGER NOT NULL DEFAULT 0,
    limit_minor BIGINT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, code)))"),
                  QStringLiteral(R"(CREATE TABLE expenses (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    employee_id BIGINT NOT NULL REFERENCES users(id),
    category_id BIGINT NOT NULL REFERENCES expense_categories(id),
    spent_on TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    merchant TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    job_id BIGINT REFERENCES jobs(id),
    media_ids TEXT NOT NULL DEFAULT '[]',
    corrects_id BIGINT REFERENCES expenses(id),
    over_limit INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    submitted_at TEXT NOT NULL,
    decided_by BIGINT REFERENCES users(id),
    decided_at TEXT,
    decision_comment TEXT,
    reimbursed_at TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL))"),
                  // The inbox: what awaits a decision at some locations, oldest first.
                  QStringLiteral("CREATE INDEX expenses_inbox ON expenses (tenant_id, status, "
                                 "location_id, submitted_at)"),
                  QStringLiteral("CREATE INDEX expenses_employee ON expenses (tenant_id, "
                                 "employee_id, spent_on)"),
                  QStringLiteral("CREATE INDEX expenses_corrects ON expenses (corrects_id) WHERE "
                                 "corrects_id IS NOT NULL"),
                  QStringLiteral(R"(CREATE TABLE expense_media (
    expense_id BIGINT NOT NULL REFERENCES expenses(id) ON DELETE CASCADE,
    media_id BIGINT NOT NULL REFERENCES media(id),
    PRIMARY KEY (expense_id, media_id)))"),
                  QStringLiteral("CREATE INDEX expense_media_media ON expense_media (media_id)"),
                  QStringLiteral(R"(CREATE TABLE expense_history (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    expense_id BIGINT NOT NULL REFERENCES expenses(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    actor_id BIGINT REFERENCES users(id),
    actor_name TEXT NOT NULL,
    comment TEXT,
    occurred_at TEXT NOT NULL))"),
                  QStringLiteral("CREATE INDEX expense_history_expense ON expense_history "
                                 "(expense_id, id)")}});
    // Spiffs: bonuses for work done, of a type (with a default amount and, for automatic ones,
    // the service whose completed jobs earn one), decided like expenses and paid. A completed
    // job files its automatic spiffs once: auto_job_id is set only on those, and the unique
    // index (NULLs are distinct on both engines) refuses a second one for the same job and
    // type whatever retries the completion. earned_on is the day on the tenant's clock.
    list.append({16,
                 QStringLiteral("spiff types, spiffs and their history"),
                 {QStringLiteral(R"(CREATE TABLE spiff_types (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    default_amount_minor BIGINT NOT NULL DEFAULT 0,
    service_id BIGINT REFERENCES services(id),
    auto_on_completion INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, name)))"),
                  QStringLiteral("CREATE INDEX spiff_types_service ON spiff_types (service_id) "
                                 "WHERE auto_on_completion = 1"),
                  QStringLiteral(R"(CREATE TABLE spiffs (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    employee_id BIGINT NOT NULL REFERENCES users(id),
    spiff_type_id BIGINT NOT NULL REFERENCES spiff_types(id),
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    job_id BIGINT REFERENCES jobs(id),
    auto_job_id BIGINT,
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    earned_on TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id),
    search_text TEXT NOT NULL DEFAULT '',
    submitted_at TEXT NOT NULL,
    decided_by BIGINT REFERENCES users(id),
    decided_at TEXT,
    decision_comment TEXT,
    paid_at TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL))"),
                  QStringLiteral("CREATE UNIQUE INDEX spiffs_auto_once ON spiffs (auto_job_id, "
                                 "spiff_type_id)"),
                  QStringLiteral("CREATE INDEX spiffs_inbox ON spiffs (tenant_id, status, "
                                 "location_id, submitted_at)"),
                  QStringLiteral("CREATE INDEX spiffs_employee ON spiffs (tenant_id, "
                                 "employee_id, earned_on)"),
                  QStringLiteral(R"(CREATE TABLE spiff_history (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    spiff_id BIGINT NOT NULL REFERENCES spiffs(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    actor_id BIGINT REFERENCES users(id),
    actor_name TEXT NOT NULL,
    comment TEXT,
    occurred_at TEXT NOT NULL))"),
                  QStringLiteral("CREATE INDEX spiff_history_spiff ON spiff_history "
                                 "(spiff_id, id)")}});
    // The expense report reads totals per day, location, category, status and currency from
    // expense_tallies, kept by triggers like job_tallies so that no write path can forget it:
    // a report over 500,000 expenses reads tens of thousands of tallies instead (a covering
    // index over the expenses themselves still took ~0.6 s on SQLite, 0.3 s in month order).
    // Only a report by or for employees reads the expenses: expenses_employee now covers what
    // such a report reads (grouping 500,000 by employee: 2.5-3 s before, 0.2-0.3 s). Tallies
    // are integer sums, exact; a tally whose entries all moved on stays with 0 entries, and
    // reports skip those. On PostgreSQL the trigger is deferred to the commit, as the job
    // tallies' is: writers hold the outbox lock by then, so tally rows are locked after it.
    list.append(
        {17,
         QStringLiteral("expense tallies for reports"),
         {QStringLiteral(R"(CREATE TABLE expense_tallies (
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    spent_on TEXT NOT NULL,
    location_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    status TEXT NOT NULL,
    currency TEXT NOT NULL,
    entries BIGINT NOT NULL,
    total_minor BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, spent_on, location_id, category_id, status, currency)))"),
          QStringLiteral("INSERT INTO expense_tallies (tenant_id, spent_on, location_id, "
                         "category_id, status, currency, entries, total_minor) SELECT tenant_id, "
                         "spent_on, location_id, category_id, status, currency, COUNT(*), "
                         "SUM(amount_minor) FROM expenses GROUP BY tenant_id, spent_on, "
                         "location_id, category_id, status, currency"),
          QStringLiteral(
              "{{SQLITE}}CREATE TRIGGER expenses_tally_insert AFTER INSERT ON expenses BEGIN "
              "INSERT INTO expense_tallies (tenant_id, spent_on, location_id, category_id, "
              "status, currency, entries, total_minor) VALUES (new.tenant_id, new.spent_on, "
              "new.location_id, new.category_id, new.status, new.currency, 1, "
              "new.amount_minor) ON CONFLICT (tenant_id, spent_on, location_id, category_id, "
              "status, currency) DO UPDATE SET entries = entries + 1, total_minor = "
              "total_minor + excluded.total_minor; END"),
          QStringLiteral(
              "{{SQLITE}}CREATE TRIGGER expenses_tally_update AFTER UPDATE OF tenant_id, "
              "spent_on, location_id, category_id, status, currency, amount_minor ON expenses "
              "WHEN old.tenant_id IS NOT new.tenant_id OR old.spent_on IS NOT new.spent_on OR "
              "old.location_id IS NOT new.location_id OR old.category_id IS NOT "
              "new.category_id OR old.status IS NOT new.status OR old.currency IS NOT "
              "new.currency OR old.amount_minor IS NOT new.amount_minor BEGIN UPDATE "
              "expense_tallies SET entries = entries - 1, total_minor = total_minor - "
              "old.amount_minor WHERE tenant_id = old.tenant_id AND spent_on = old.spent_on "
              "AND location_id = old.location_id AND category_id = old.category_id AND status "
              "= old.status AND currency = old.currency; INSERT INTO expense_tallies "
              "(tenant_id, spent_on, location_id, category_id, status, currency, entries, "
              "total_minor) VALUES (new.tenant_id, new.spent_on, new.location_id, "
              "new.category_id, new.status, new.currency, 1, new.amount_minor) ON CONFLICT "
              "(tenant_id, spent_on, location_id, category_id, status, currency) DO UPDATE SET "
              "entries = entries + 1, total_minor = total_minor + excluded.total_minor; END"),
          QStringLiteral(
              "{{SQLITE}}CREATE TRIGGER expenses_tally_delete AFTER DELETE ON expenses BEGIN "
              "UPDATE expense_tallies SET entries = entries - 1, total_minor = total_minor - "
              "old.amount_minor WHERE tenant_id = old.tenant_id AND spent_on = old.spent_on "
              "AND location_id = old.location_id AND category_id = old.category_id AND status "
              "= old.status AND currency = old.currency; END"),
          QStringLiteral(R"({{POSTGRES}}CREATE FUNCTION expense_tally_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.tenant_id = NEW.tenant_id AND OLD.spent_on = NEW.spent_on
       AND OLD.location_id = NEW.location_id AND OLD.category_id = NEW.category_id
       AND OLD.status = NEW.status AND OLD.currency = NEW.currency
       AND OLD.amount_minor = NEW.amount_minor THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE expense_tallies
           SET entries = entries - 1, total_minor = total_minor - OLD.amount_minor
         WHERE tenant_id = OLD.tenant_id AND spent_on = OLD.spent_on
           AND location_id = OLD.location_id AND category_id = OLD.category_id
           AND status = OLD.status AND currency = OLD.currency;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO expense_tallies (tenant_id, spent_on, location_id, category_id, status,
                                     currency, entries, total_minor)
        VALUES (NEW.tenant_id, NEW.spent_on, NEW.location_id, NEW.category_id, NEW.status,
                NEW.currency, 1, NEW.amount_minor)
        ON CONFLICT (tenant_id, spent_on, location_id, category_id, status, currency)
        DO UPDATE SET entries = expense_tallies.entries + 1,
                      total_minor = expense_tallies.total_minor + EXCLUDED.total_minor;
    END IF;
    RETURN NULL;
END
$$)"),
          QStringLiteral("{{POSTGRES}}CREATE CONSTRAINT TRIGGER expenses_tally AFTER INSERT OR "
                         "UPDATE OF tenant_id, spent_on, location_id, category_id, status, "
                         "currency, amount_minor OR DELETE ON expenses DEFERRABLE INITIALLY "
                         "DEFERRED FOR EACH ROW EXECUTE FUNCTION expense_tally_change()"),
          QStringLiteral("DROP INDEX expenses_employee"),
          QStringLiteral("CREATE INDEX expenses_employee ON expenses (tenant_id, employee_id, "
                         "spent_on, status, category_id, location_id, currency, amount_minor)")}});
    // Lists and searches read indexes alone (issue 12, honest throughput). The day index
    // gains every filter and ordering the board uses (at risk; planned start, last change and
    // title orderings) and the id (PostgreSQL's index-only scans need it), so counting a day
    // and picking its page no longer read each job's row (~5,000 random row reads a page).
    // On SQLite, search matches are checked against a narrow index keyed by id (tenant,
    // filters, default ordering) instead of the wide rows.
    list.append(
        {18,
         QStringLiteral("lists and searches read indexes alone"),
         {QStringLiteral("DROP INDEX jobs_day"),
          QStringLiteral("CREATE INDEX jobs_day ON jobs (tenant_id, span_start, span_end, status, "
                         "location_id, technician_id, priority, window_start, at_risk, "
                         "planned_start, updated_at, title, id)"),
          QStringLiteral("{{SQLITE}}CREATE INDEX jobs_search_keys ON jobs (id, tenant_id, "
                         "status, location_id, technician_id, priority, window_start, at_risk)")}});
    list.append({19, QStringLiteral("a day's jobs by span class, search counts per tenant"),
                 spanClassAndTenantSearchStatements()});
    list.append({20, QStringLiteral("operators without a tenant, tenant status"),
                 operatorStatements(), true});
    // A password someone else chose (a new user's, an admin's reset) must be changed first.
    list.append({21,
                 QStringLiteral("users who must change their password"),
                 {QStringLiteral("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT "
                                 "NULL DEFAULT 0")}});
    // Recurring work (issue 15): a series holds a job template with a local time window and
    // its recurrence; its occurrences are ordinary jobs that name it and their local date.
    // The unique index makes materialising the same dates twice write nothing; NULLs are
    // distinct on both engines, so jobs of no series are not constrained.
    list.append({22, QStringLiteral("recurring job series"), jobSeriesStatements()});
    // An admin ends every session of a user: access tokens issued before this instant (seconds
    // since the epoch) are refused, whatever their expiry.
    list.append({23,
                 QStringLiteral("sessions ended by an admin"),
                 {QStringLiteral("ALTER TABLE users ADD COLUMN sessions_ended_at BIGINT")}});
    // A location's service area: its polygon as JSON text ([{latitude, longitude}, ...],
    // fielddesk/domain/geoarea.h), NULL for none.
    list.append({24,
                 QStringLiteral("a location's service area"),
                 {QStringLiteral("ALTER TABLE locations ADD COLUMN service_area TEXT")}});
    // The fleet (issue 16): vehicles, odometer readings, maintenance, who drives what.
    list.append({25, QStringLiteral("the fleet"), fleetStatements()});
    // Outbound messages (issue 17): each email or text message is a row written in the
    // transaction of its cause, delivered later by the delivery worker with retries. The
    // idempotency key names the message to the receiving system (a crash between sending and
    // recording sends it once more, never more). Customers may opt out of either channel.
    list.append({26, QStringLiteral("outbound messages"), outboundMessageStatements()});
    // Webhooks (issue 17): the company's other systems told of events, signed, from the same
    // outbox with the same retries.
    list.append({27, QStringLiteral("webhooks"), webhookStatements()});
    // The day ahead (issue 17): what was already sent about a day (a location's evening run,
    // a technician's plan in the words sent), so a second run or a second server sends only
    // what changed; the language a customer is written to in ('' = the tenant's).
    list.append({28,
                 QStringLiteral("day-ahead messages, customers' language"),
                 {QStringLiteral(R"(CREATE TABLE day_ahead_sent (
    sent_key TEXT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL))"),
                  QStringLiteral("ALTER TABLE customers ADD COLUMN language TEXT NOT NULL "
                                 "DEFAULT ''")}});
    // A company's own words for its messages (issue 17): a row replaces the shipped words of
    // one template in one language.
    list.append({29,
                 QStringLiteral("message templates"),
                 {QStringLiteral(R"(CREATE TABLE message_templates (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    email_body TEXT NOT NULL,
    sms_body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, name, language)))")}});
    // Technicians' positions from their phones (issue 17): kept 30 days; one per technician
    // and moment.
    list.append({30,
                 QStringLiteral("technician positions"),
                 {QStringLiteral(R"(CREATE TABLE technician_positions (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    technician_id BIGINT NOT NULL REFERENCES technicians(id) ON DELETE CASCADE,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    accuracy_m DOUBLE PRECISION,
    heading_deg DOUBLE PRECISION,
    speed_kmh DOUBLE PRECISION,
    recorded_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (technician_id, recorded_at)))"),
                  QStringLiteral("CREATE INDEX technician_positions_age ON technician_positions "
                                 "(recorded_at)")}});
    // API keys of a kind (issue 17): the fleet tracker's key acts for no customer.
    const QString keyColumns = QStringLiteral("id, tenant_id, name, customer_id, location_id, "
                                              "prefix, key_hash, created_at, revoked_at, "
                                              "last_used_at");
    list.append(
        {31,
         QStringLiteral("fleet tracker keys"),
         {QStringLiteral(R"({{SQLITE}}CREATE TABLE api_keys_of_a_kind (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'customer',
    customer_id BIGINT REFERENCES customers(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL REFERENCES locations(id),
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT,
    CONSTRAINT api_keys_customer_of_kind CHECK ((customer_id IS NOT NULL) = (kind = 'customer'))))"),
          QStringLiteral("{{SQLITE}}INSERT INTO api_keys_of_a_kind (%1) SELECT %1 FROM api_keys")
              .arg(keyColumns),
          QStringLiteral("{{SQLITE}}DROP TABLE api_keys"),
          QStringLiteral("{{SQLITE}}ALTER TABLE api_keys_of_a_kind RENAME TO api_keys"),
          QStringLiteral("{{POSTGRES}}ALTER TABLE api_keys ADD COLUMN kind TEXT NOT NULL DEFAULT "
                         "'customer'"),
          QStringLiteral("{{POSTGRES}}ALTER TABLE api_keys ALTER COLUMN customer_id DROP NOT NULL"),
          QStringLiteral("{{POSTGRES}}ALTER TABLE api_keys ADD CONSTRAINT "
                         "api_keys_customer_of_kind CHECK ((customer_id IS NOT NULL) = (kind = "
                         "'customer'))")},
         true});
    // Weather (issue 17): the latest forecast of each location (its hours as JSON, with the
    // bad-weather spans last announced), services that weather spoils, and the jobs the
    // weather flagged at risk with the reason written (so that only the weather's own flag is
    // cleared when the forecast improves, never one a dispatcher set).
    list.append({32,
                 QStringLiteral("weather forecasts and weather-sensitive services"),
                 {QStringLiteral(R"(CREATE TABLE weather_forecasts (
    location_id BIGINT PRIMARY KEY REFERENCES locations(id) ON DELETE CASCADE,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    hours TEXT NOT NULL,
    alert_spans TEXT NOT NULL DEFAULT '[]',
    fetched_at TEXT NOT NULL))"),
                  QStringLiteral(R"(CREATE TABLE weather_job_risks (
    job_id BIGINT PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    location_id BIGINT NOT NULL,
    reason TEXT NOT NULL))"),
                  QStringLiteral("CREATE INDEX weather_job_risks_location ON weather_job_risks "
                                 "(location_id)"),
                  QStringLiteral("ALTER TABLE services ADD COLUMN weather_sensitive INTEGER NOT "
                                 "NULL DEFAULT 0")}});
    // Periodic work that several servers on one database share takes turns (WorkTurns): a turn
    // named after the work, taken by whoever finds the last one's time passed.
    list.append({33,
                 QStringLiteral("turns of periodic work shared by several servers"),
                 {QStringLiteral(R"(CREATE TABLE work_turns (
    name TEXT PRIMARY KEY,
    until_ms BIGINT NOT NULL))")}});
    // The audit log becomes tamper-evident (issue 18): each row carries a hash chained to the
    // previous row of its tenant (repositories/auditchain.h). The rows there are get theirs
    // here, in id order; the index finds a tenant's last row for the next one.
    list.append({34,
                 QStringLiteral("the audit log's hash chain"),
                 {QStringLiteral("ALTER TABLE audit_logs ADD COLUMN chain_hash TEXT"),
                  QStringLiteral("CREATE INDEX audit_logs_chain ON audit_logs (tenant_id, id)")},
                 false,
                 [](Database &db) { AuditRepository(db).chainUnchained(); }});
    // Failed sign-ins (issue 18): the login throttle's counts, shared by every server on the
    // database (auth/loginthrottle.h). One row per failure and key ("account:EMAIL",
    // "address:IP"); rows older than the window no longer count and are deleted.
    list.append(
        {35,
         QStringLiteral("failed sign-ins counted by every server"),
         {QStringLiteral(R"(CREATE TABLE login_failures (
    id {{ID}},
    throttle_key TEXT NOT NULL,
    failed_at BIGINT NOT NULL))"),
          QStringLiteral("CREATE INDEX login_failures_key ON login_failures "
                         "(throttle_key, failed_at)"),
          QStringLiteral("CREATE INDEX login_failures_time ON login_failures (failed_at)")}});
    // Routing plans under way (issue 18): a plan runs on the server that took it, and its
    // cancellation may reach another; that one marks the row and the running server, which
    // looks at its plans' rows while they run, stops it. A row outlives a crashed server only
    // until expires_at_ms.
    list.append({36,
                 QStringLiteral("routing plans under way, cancellable from any server"),
                 {QStringLiteral(R"(CREATE TABLE routing_plan_runs (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    request_id TEXT NOT NULL,
    location_id BIGINT NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0))"),
                  QStringLiteral("CREATE INDEX routing_plan_runs_request ON routing_plan_runs "
                                 "(tenant_id, request_id)")}});
    // The backlog (every new and scheduled job by priority, issue 12) on PostgreSQL: walking
    // jobs_order passed ~6 closed jobs for each open one (2,138 index entries for the sixth
    // page, 0.54 ms); this index holds the open jobs alone (0.11 ms). JobRepository writes the
    // statuses into its statement as they are here. SQLite walks jobs_order as fast as it
    // would this one (0.13 ms for the same pages) and chose it over this: none there.
    list.append({37,
                 QStringLiteral("the backlog's own index on PostgreSQL"),
                 {QStringLiteral("{{POSTGRES}}CREATE INDEX jobs_backlog ON jobs (tenant_id, "
                                 "priority DESC, window_start, id, location_id, technician_id) "
                                 "WHERE status IN ('new', 'scheduled')")}});
    // Request rate limits shared by the servers on one database (issue 18, auth/rateshare.h):
    // what each server let through per limit and key, added up in its own row; the others
    // read the rows that changed and are charged the difference. Idle rows go; created_ms
    // tells a row made again from the one before.
    list.append({38,
                 QStringLiteral("request rate limits shared by every server"),
                 {QStringLiteral(R"(CREATE TABLE rate_usage (
    server_id TEXT NOT NULL,
    limiter TEXT NOT NULL,
    bucket_key TEXT NOT NULL,
    used BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (server_id, limiter, bucket_key)))"),
                  QStringLiteral("CREATE INDEX rate_usage_updated ON rate_usage (updated_ms)")}});
    // The names a tenant's jobs are written out with come from other tables (the customer's,
    // the technician's user's, the skills': kJobColumns in jobrepository.cpp). A rename there
    // changes the jobs' JSON without a job event; on another instance, without any event.
    // Each rename adds a row here, and the count of the tenant's rows is the version that kept
    // jobs, a day's search texts and the search indexes follow (JobRepository::namesVersion,
    // TenantNamesWatch) instead of living a short time only for that (issue 12, `mixed`).
    // Rows are only added (pruning them would need another version: the count would come back
    // to a value it had), and renames of one tenant in concurrent transactions wait for no
    // shared row (a counter would, in any order). A table rebuilt on SQLite (as migration 20
    // did for users) must create its trigger again.
    list.append(
        {39,
         QStringLiteral("the renames of the names a tenant's jobs carry"),
         {QStringLiteral(R"(CREATE TABLE tenant_name_changes (
    id {{ID}},
    tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE))"),
          QStringLiteral("CREATE INDEX tenant_name_changes_tenant ON "
                         "tenant_name_changes (tenant_id, id)"),
          nameChangeTrigger(QStringLiteral("customers"), QStringLiteral("name")),
          nameChangeTrigger(QStringLiteral("users"), QStringLiteral("name")),
          nameChangeTrigger(QStringLiteral("skills"), QStringLiteral("name")),
          nameChangeTrigger(QStringLiteral("technicians"), QStringLiteral("user_id")),
          QStringLiteral(R"({{POSTGRES}}CREATE FUNCTION tenant_name_changed()
RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.tenant_id IS NOT NULL THEN
        INSERT INTO tenant_name_changes (tenant_id) VALUES (NEW.tenant_id);
    END IF;
    RETURN NULL;
END $$)"),
          nameChangePostgresTrigger(QStringLiteral("customers"), QStringLiteral("name")),
          nameChangePostgresTrigger(QStringLiteral("users"), QStringLiteral("name")),
          nameChangePostgresTrigger(QStringLiteral("skills"), QStringLiteral("name")),
          nameChangePostgresTrigger(QStringLiteral("technicians"), QStringLiteral("user_id"))}});
    return list;
}

} // namespace

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

Migrator::Migrator(Database &db)
    : m_db(db)
{}

int Migrator::latestVersion()
{
    return allMigrations().last().version;
}

QString Migrator::dialect(const QString &statement) const
{
    // "{{SQLITE}} ..." and "{{POSTGRES}} ..." run on that engine only.
    static const QLatin1String sqliteOnly("{{SQLITE}}");
    static const QLatin1String postgresOnly("{{POSTGRES}}");
    const bool sqlite = m_db.engine() == Engine::Sqlite;
    if (statement.startsWith(sqliteOnly))
        return sqlite ? dialect(statement.mid(sqliteOnly.size())) : QString();
    if (statement.startsWith(postgresOnly))
        return sqlite ? QString() : dialect(statement.mid(postgresOnly.size()));
    QString sql = statement;
    sql.replace(QLatin1String("{{ID}}"),
                sqlite ? QLatin1String("INTEGER PRIMARY KEY")
                       : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(QLatin1String("{{BLOB}}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    return sql;
}

int Migrator::currentVersion()
{
    m_db.execute(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    q.exec();
    return q.next() ? int(q.integer(0)) : 0;
}

int Migrator::migrate(int upToVersion)
{
    currentVersion(); // makes sure the bookkeeping table exists
    int applied = 0;
    for (const Migration &migration : allMigrations()) {
        if (migration.version > upToVersion)
            break;
        const bool foreignKeysOff = migration.rebuildsTables && m_db.engine() == Engine::Sqlite;
        if (foreignKeysOff)
            m_db.execute(QStringLiteral("PRAGMA foreign_keys=OFF"));
        try {
            if (apply(migration, foreignKeysOff))
                ++applied;
        } catch (...) {
            if (foreignKeysOff)
                m_db.execute(QStringLiteral("PRAGMA foreign_keys=ON"));
            throw;
        }
        if (foreignKeysOff)
            m_db.execute(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return applied;
}

bool Migrator::apply(const Migration &migration, bool checkForeignKeys)
{
    Transaction tx(m_db);
    if (m_db.engine() == Engine::Postgres) {
        // Several server instances may start together: one migrates, the others wait.
        m_db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(7240531)"));
    }
    SqlQuery done(m_db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
    done.bind(migration.version).exec();
    if (done.next())
        return false;
    for (const QString &statement : migration.statements) {
        const QString sql = dialect(statement);
        if (!sql.isEmpty())
            m_db.execute(sql);
    }
    if (migration.then)
        migration.then(m_db);
    if (checkForeignKeys) {
        SqlQuery broken(m_db, QStringLiteral("PRAGMA foreign_key_check"));
        broken.exec();
        if (broken.next())
            throw DatabaseError(DatabaseError::Kind::ForeignKeyViolation,
                                QStringLiteral("migration %1 left a row whose reference is broken "
                                               "(table %2)")
                                    .arg(migration.version)
                                    .arg(broken.text(0)));
    }
    SqlQuery record(
        m_db, QStringLiteral(
                  "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    record.bind(migration.version).bind(migration.name).bind(nowTimestamp()).exec();
    tx.commit();
    return true;
}

} // namespace fielddesk::server
