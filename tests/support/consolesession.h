// The console's session objects wired as main.cpp wires them: the API client, the sign-in
// session, the connection monitor and the sign-in flow that owns the main window. A GUI test
// makes a fresh one per test function and drops it (flow first) in cleanup.
#pragma once

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/sessionflow.h"

namespace guitest {

struct ConsoleSession
{
    fielddesk::client::ApiClient api;
    fielddesk::client::AuthSession session{&api};
    fielddesk::client::ConnectionMonitor monitor{&api};
    fielddesk::shell::SessionFlow flow{&session, &monitor}; // destroyed first

    fielddesk::shell::MainWindow *window() const { return flow.mainWindow(); }
};

} // namespace guitest
