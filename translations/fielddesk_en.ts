<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer FieldDesk does not understand (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address. Check the server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server at %1: the connection was refused. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server address FieldDesk can use. Use an address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Some of these jobs were changed since the route was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route could not be applied again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeJobStatusCommand</name>
    <message>
        <source>Set “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormRefusal</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPlacementCommand</name>
    <message>
        <source>The job is no longer on this day&apos;s board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatusText</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiff report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>Tool #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) ×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2, needed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked it fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineHeader</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::ApprovalsWorkspace</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpenses and spiffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected requests with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the inbox again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected requests (A in the list, Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a comment (R in the list, Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Shift+Up/Down, Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the list, select several (for bulk approve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts: Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve requests</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>%1 from %2: %3</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Not decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs inside the time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time off is approved. These jobs are assigned to the technician inside it and need another technician:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approve %n</numerusform>
            <numerusform>&amp;Approve %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing awaits your decision.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>fielddesk::approvals::AttachmentViewer</name>
    <message>
        <source>This attachment cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::InboxFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n+ days</source>
        <translation>
            <numerusform>Waiting %n+ day</numerusform>
            <numerusform>Waiting %n+ days</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::MoneyInbox</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimburse or &amp;pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting my decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, to reimburse or pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an expense or a spiff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n entries?</source>
        <translation>
            <numerusform>Approve %n entry?</numerusform>
            <numerusform>Approve %n entries?</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::RejectDialog</name>
    <message>
        <source>Reject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n requests</source>
        <translation>
            <numerusform>Reject %n request</numerusform>
            <numerusform>Reject %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? The requester reads this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::RequestDetailsView</name>
    <message>
        <source>FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment for the requester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · submitted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignJobCommand</name>
    <message>
        <source>Reschedule “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign “%1” to %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign “%1” to %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignmentClient</name>
    <message>
        <source>Someone else changed this job first. Your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned it to %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved it to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed its status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (at %3).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The route could not be planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs of this plan were changed meanwhile. Plan again to include the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since the plan: %1. Plan again to include the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::board::DispatchStore</name>
    <message>
        <source>Overlaps “%1” (%2–%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the customer&apos;s window %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside %1&apos;s shift %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not work this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the skill %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off or unavailable then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::board::JobTableModel</name>
    <message>
        <source>%1–%2</source>
        <comment>time window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the server…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::board::RoutePreview</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::board::TechnicianTableModel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — shift %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, job title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::board::UnassignJobCommand</name>
    <message>
        <source>Unassign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::client::AuthSession</name>
    <message>
        <source>Your saved sign-in is no longer valid. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::client::ConnectionMonitor</name>
    <message>
        <source>The server is not ready (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::client::KeychainTokenStore</name>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove the entry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored: you will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRouteDialog</name>
    <message>
        <source>Auto-route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs under way stay where they are. Nothing changes until you apply the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRoutePanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-route %1: planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed route %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n change</numerusform>
            <numerusform>&amp;Apply %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route was not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>finishing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BestSlotDialog</name>
    <message>
        <source>Asking the routing engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best slots for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by the routing engine for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can take this job that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BoardActions</name>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>Show %n day</numerusform>
            <numerusform>Show %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign the selected jobs (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected jobs to the selected technician, after their last job (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing engine&apos;s best slots for the selected job (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the day&apos;s routes with the routing engine and preview them (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel or discard the auto-route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo an assignment&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Assign the selected jobs to the selected technician&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+U&lt;/b&gt;, &lt;b&gt;Delete&lt;/b&gt; (timeline)&lt;/td&gt;&lt;td&gt;Unassign the selected jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Auto-route the day (preview, then apply or discard)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancel the auto-route&apos;s plan, discard its preview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Best slots for the selected job; Enter assigns the chosen one&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; / &lt;b&gt;3&lt;/b&gt; / &lt;b&gt;5&lt;/b&gt; / &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show 1, 3, 5 or 7 days&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Menu key&lt;/b&gt;, right click (timeline)&lt;/td&gt;&lt;td&gt;Actions on the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt;, &lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous / next day, today&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;-&lt;/b&gt;, &lt;b&gt;Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom the timeline or the map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows&lt;/b&gt;, &lt;b&gt;Page Up/Down&lt;/b&gt;, &lt;b&gt;wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Scroll the timeline, pan the map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Timeline: now; map: all jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (timeline)&lt;/td&gt;&lt;td&gt;Details of the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+drag&lt;/b&gt; (map)&lt;/td&gt;&lt;td&gt;Select the jobs in a rectangle&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BoardToolBar</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days the timeline shows (Ctrl+1, 3, 5, 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DetailsPanel</name>
    <message>
        <source>Select a job or a technician to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min from %1</source>
        <translation>
            <numerusform>%n min from %1</numerusform>
            <numerusform>%n min from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DispatchBoard</name>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter technicians…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Route applied: %n job(s) changed (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Route applied: %n job changed (Ctrl+Z takes it back)</numerusform>
            <numerusform>Route applied: %n jobs changed (Ctrl+Z takes it back)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of %2 jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 technicians</source>
        <translation>
            <numerusform>%n job, %1 technicians</numerusform>
            <numerusform>%n jobs, %1 technicians</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more jobs and a technician first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has concerns about assigning “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::JobContextMenu</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find best slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technician&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Cancel %n job? This cannot be undone.</numerusform>
            <numerusform>Cancel %n jobs? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::JobFilterBar</name>
    <message>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this filter, or use one saved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search jobs, customers, addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (4+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (3+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::map::MapView</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::money::LedgerTableModel</name>
    <message>
        <source>Over the category&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (over limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::money::ReportTableModel</name>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::moneyview::LedgerEntryView</name>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the category&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::AttachmentList</name>
    <message>
        <source>Double-click or press Enter to open an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::AttachmentsBox</name>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos or PDF files (Ctrl+O); you can also drop them onto this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the image on the clipboard, a screenshot or a scanned receipt (Ctrl+V outside a text field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be kept: no temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be kept: it could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::ClaimSpiffDialog</name>
    <message>
        <source>Claim a spiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1; the kind&apos;s usual amount unless you were promised another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What earned it: the job, the sale, the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of spiff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what earned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the claim…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::ClothingLinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ask for another item (at most %n lines)</source>
        <translation>
            <numerusform>Ask for another item (at most %n lines)</numerusform>
            <numerusform>Ask for another item (at most %n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::JobDayModel</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MoneyEntryDialog</name>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to your manager for approval (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyJobsPane</name>
    <message>
        <source>My jobs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs planned for you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the dispatcher you are on your way to the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the dispatcher you have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the selected job done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My jobs today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your jobs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyMoneyPane</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an expense or a spiff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected expense or spiff while it awaits a decision (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File an expense with its receipt (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a spiff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a bonus you earned: a sale, a referral, a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your expenses and spiffs could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing filed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 awaiting approval · %2 approved · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reimbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel your expense “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel your spiff claim “%1” of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your manager will no longer be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyWorkWorkspace</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpenses and spiffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a tool, clothing, time off, a repair, or make a suggestion or a referral (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: awaiting a decision. Decided: approved, rejected, fulfilled or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load your requests, expenses, spiffs and jobs again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected request while it awaits a decision (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel your request “%1”? Your manager will no longer be asked to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::NewExpenseDialog</name>
    <message>
        <source>New expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the money was spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you paid, as on the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code; your company&apos;s currency unless you paid in another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you paid (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category to file an expense in; ask your manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a receipt: add a photo or PDF of it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a receipt: attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt needed, but one helps your approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1 an expense; more is flagged to your approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over the %2 limit for %3: you may send it, and your approver will see it flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no currency code (like EUR or USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expense is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what it was for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a receipt: add a photo or PDF of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the expense…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::NewRequestDialog</name>
    <message>
        <source>New request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to your manager (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::PendingAttachmentList</name>
    <message>
        <source>No attachments. Drop photos or PDF files here, paste an image, or add files with the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only JPEG, PNG and PDF files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: a request carries at most %n file(s).</source>
        <translation>
            <numerusform>%1: a request carries at most %n file.</numerusform>
            <numerusform>%1: a request carries at most %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send %1 with the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::RequestDetailsView</name>
    <message>
        <source>Select a request to see what it asks for and what became of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the comment to the request&apos;s history (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::RequestForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportChartPane</name>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportEntriesDialog</name>
    <message>
        <source>Loading the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>fielddesk::reports::ReportSettingsBar</name>
    <message>
        <source>Approved and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not yet settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursed or paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;hen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportsWorkspace</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report for these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::requests::RequestTableModel</name>
    <message>
        <source>Location #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::ConnectionIndicator</name>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::MainWindow</name>
    <message>
        <source>FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and forget the kept sign-in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FieldDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to %1 as %2. Your workspaces open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n assigned</numerusform>
            <numerusform>%n assigned</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldDesk %1&lt;/h3&gt;&lt;p&gt;Dispatch console for field-service companies.&lt;/p&gt;&lt;p&gt;Connected to %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationBell</name>
    <message>
        <source>Show Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread (%1)</source>
        <translation>
            <numerusform>Notifications: %n unread (%1)</numerusform>
            <numerusform>Notifications: %n unread (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>fielddesk::shell::NotificationPanel</name>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::SessionFlow</name>
    <message>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::SessionHeader</name>
    <message>
        <source>FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>role · email</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fielddesk::signin::SignInDialog</name>
    <message>
        <source>FieldDesk — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dispatch console for field-service teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain, so that FieldDesk signs you in the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing you in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but FieldDesk cannot keep you signed in on this computer.
%1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Window %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Travel before: about %n min</source>
        <translation>
            <numerusform>Travel before: about %n min</numerusform>
            <numerusform>Travel before: about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: %1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FieldDesk dispatch console.

Environment:
  FIELDDESK_SERVER    server URL when --server is not given
                      (default: the last one used, or http://127.0.0.1:8080)
  FIELDDESK_EMAIL     email when --email is not given
  FIELDDESK_PASSWORD  demo convenience: together with an email, signs in at once
                      without asking. Do not use it with real accounts: other
                      programs of your user can read the environment.

With an email and a sign-in kept in the system keychain (&quot;Keep me signed in&quot;),
FieldDesk signs in silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a server URL: %1 (expected for example http://127.0.0.1:8080)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
