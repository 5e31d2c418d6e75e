<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminResources</name>
    <message numerus="yes">
        <source>At least %n characters; left empty, the password stays</source>
        <translation>
            <numerusform>At least %n characters; left empty, the password stays</numerusform>
            <numerusform>At least %n characters; left empty, the password stays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyRouteCommand</name>
    <message numerus="yes">
        <source>Apply route proposal #%1 (%n job(s))</source>
        <translation>
            <numerusform>Apply route proposal #%1 (%n job)</numerusform>
            <numerusform>Apply route proposal #%1 (%n jobs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobFieldText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPasswordRules</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n characters</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>At most %n characters</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n characters.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n day)</numerusform>
            <numerusform>%1 – %2 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AreaPicker</name>
    <message numerus="yes">
        <source>An area needs at least %n corners.</source>
        <translation>
            <numerusform>An area needs at least %n corners.</numerusform>
            <numerusform>An area needs at least %n corners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An area may have at most %n corners.</source>
        <translation>
            <numerusform>An area may have at most %n corners.</numerusform>
            <numerusform>An area may have at most %n corners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An area of %n corners.</source>
        <translation>
            <numerusform>An area of %n corners.</numerusform>
            <numerusform>An area of %n corners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AuditLogPage</name>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageLogPage</name>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 of %n message</numerusform>
            <numerusform>%1 of %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageTemplatesPage</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::ResourceForm</name>
    <message numerus="yes">
        <source>%n corners</source>
        <translation>
            <numerusform>%n corners</numerusform>
            <numerusform>%n corners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::ApprovalsWorkspace</name>
    <message numerus="yes">
        <source>Approve the %n selected requests?</source>
        <translation>
            <numerusform>Approve the selected request?</numerusform>
            <numerusform>Approve the %n selected requests?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>Approve %n</numerusform>
            <numerusform>Approve %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s).</source>
        <translation>
            <numerusform>Approved %n request.</numerusform>
            <numerusform>Approved %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n request(s).</source>
        <translation>
            <numerusform>Rejected %n request.</numerusform>
            <numerusform>Rejected %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approve %n</numerusform>
            <numerusform>&amp;Approve %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting your decision</source>
        <translation>
            <numerusform>%n awaiting your decision</numerusform>
            <numerusform>%n awaiting your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n awaiting your decision</source>
        <translation>
            <numerusform>%1 of %n awaiting your decision</numerusform>
            <numerusform>%1 of %n awaiting your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-plan %n job(s)…</source>
        <translation>
            <numerusform>Re-plan %n job…</numerusform>
            <numerusform>Re-plan %n jobs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::InboxFilterBar</name>
    <message numerus="yes">
        <source>Waiting %n+ days</source>
        <translation>
            <numerusform>Waiting %n+ day</numerusform>
            <numerusform>Waiting %n+ days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::MoneyInbox</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n entries?</source>
        <translation>
            <numerusform>Approve %n entry?</numerusform>
            <numerusform>Approve %n entries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n requests</source>
        <translation>
            <numerusform>Reject %n request</numerusform>
            <numerusform>Reject %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::attachments::PendingAttachmentList</name>
    <message numerus="yes">
        <source>%1: a request carries at most %n file(s).</source>
        <translation>
            <numerusform>%1: a request carries at most %n file.</numerusform>
            <numerusform>%1: a request carries at most %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignmentFlow</name>
    <message numerus="yes">
        <source>Assign %n job(s) to %1</source>
        <translation>
            <numerusform>Assign %n job to %1</numerusform>
            <numerusform>Assign %n jobs to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n job(s)</source>
        <translation>
            <numerusform>Unassign %n job</numerusform>
            <numerusform>Unassign %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n job(s)</source>
        <translation>
            <numerusform>Change the status of %n job</numerusform>
            <numerusform>Change the status of %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AutoRouteSession</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::board::RoutePreview</name>
    <message numerus="yes">
        <source>%1 · %2 of %3 jobs placed (before: %4) · %n moved</source>
        <translation>
            <numerusform>%1 · %2 of %3 jobs placed (before: %4) · %n moved</numerusform>
            <numerusform>%1 · %2 of %3 jobs placed (before: %4) · %n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n left out</numerusform>
            <numerusform> · %n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::CustomersWorkspace</name>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 of %n customer</numerusform>
            <numerusform>%1 of %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRouteDialog</name>
    <message numerus="yes">
        <source>Only the %n selected technician(s)</source>
        <translation>
            <numerusform>Only the %n selected technician</numerusform>
            <numerusform>Only the %n selected technicians</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected job(s)</source>
        <translation>
            <numerusform>Only the %n selected job</numerusform>
            <numerusform>Only the %n selected jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRoutePanel</name>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n change</numerusform>
            <numerusform>&amp;Apply %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BoardActions</name>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>Show %n day</numerusform>
            <numerusform>Show %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BoardToolBar</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DayReplayDialog</name>
    <message numerus="yes">
        <source>%n position(s) recorded.</source>
        <translation>
            <numerusform>%n position recorded.</numerusform>
            <numerusform>%n positions recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DetailsPanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min from %1</source>
        <translation>
            <numerusform>%n min from %1</numerusform>
            <numerusform>%n min from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DispatchBoard</name>
    <message numerus="yes">
        <source>Route applied: %n job(s) changed (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Route applied: %n job changed (Ctrl+Z takes it back)</numerusform>
            <numerusform>Route applied: %n jobs changed (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 technicians</source>
        <translation>
            <numerusform>%n job, %1 technicians</numerusform>
            <numerusform>%n jobs, %1 technicians</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-plan %n job(s) in this time off…</source>
        <translation>
            <numerusform>Re-plan %n job in this time off…</numerusform>
            <numerusform>Re-plan %n jobs in this time off…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::JobContextMenu</name>
    <message numerus="yes">
        <source>Cancel %n job(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Cancel %n job? This cannot be undone.</numerusform>
            <numerusform>Cancel %n jobs? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::MapPresenter</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::TimeOffDialog</name>
    <message numerus="yes">
        <source>Save and re-&amp;plan %n job(s)</source>
        <translation>
            <numerusform>Save and re-&amp;plan %n job</numerusform>
            <numerusform>Save and re-&amp;plan %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record and re-&amp;plan %n job(s)</source>
        <translation>
            <numerusform>Record and re-&amp;plan %n job</numerusform>
            <numerusform>Record and re-&amp;plan %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::DayBoard</name>
    <message numerus="yes">
        <source>%n driver(s) drive their default vehicle: no assignment, shown as “(default)”.</source>
        <translation>
            <numerusform>%n driver drive their default vehicle: no assignment, shown as “(default)”.</numerusform>
            <numerusform>%n drivers drive their default vehicle: no assignment, shown as “(default)”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::FleetWorkspace</name>
    <message numerus="yes">
        <source>%n vehicle(s), %1 with maintenance overdue</source>
        <translation>
            <numerusform>%n vehicle, %1 with maintenance overdue</numerusform>
            <numerusform>%n vehicles, %1 with maintenance overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::MaintenanceDuePane</name>
    <message numerus="yes">
        <source>%n plan(s) due, %1 overdue</source>
        <translation>
            <numerusform>%n plan due, %1 overdue</numerusform>
            <numerusform>%n plans due, %1 overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::VehiclePage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::VehicleTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::ClothingLinesEditor</name>
    <message numerus="yes">
        <source>Ask for another item (at most %n lines)</source>
        <translation>
            <numerusform>Ask for another item (at most %n lines)</numerusform>
            <numerusform>Ask for another item (at most %n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportEntriesDialog</name>
    <message numerus="yes">
        <source>%n entries, %1</source>
        <translation>
            <numerusform>%n entry, %1</numerusform>
            <numerusform>%n entries, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 — the report said %2: entries changed since it was made</source>
        <translation>
            <numerusform>%n entry, %1 — the report said %2: entries changed since it was made</numerusform>
            <numerusform>%n entries, %1 — the report said %2: entries changed since it was made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportsWorkspace</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::MainWindow</name>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n assigned</numerusform>
            <numerusform>%n assigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationBell</name>
    <message numerus="yes">
        <source>Notifications: %n unread (%1)</source>
        <translation>
            <numerusform>Notifications: %n unread (%1)</numerusform>
            <numerusform>Notifications: %n unread (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationDelegate</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::timeline::TimelineView</name>
    <message numerus="yes">
        <source>Planned %1–%2 (%n min)</source>
        <translation>
            <numerusform>Planned %1–%2 (%n min)</numerusform>
            <numerusform>Planned %1–%2 (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Travel before: about %n min</source>
        <translation>
            <numerusform>Travel before: about %n min</numerusform>
            <numerusform>Travel before: about %n min</numerusform>
        </translation>
    </message>
</context>
</TS>
