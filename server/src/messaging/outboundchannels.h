// Which channels this server delivers outbound messages on: set once at start-up from its
// configuration (email when smtp_url is set, text messages when sms_url is). Code that queues
// messages asks here, so nothing is queued that could never be sent.
#pragma once

namespace fielddesk::server {

class OutboundChannels
{
public:
    static void set(bool email, bool sms);
    static bool email();
    static bool sms();
    static bool any() { return email() || sms(); }
};

} // namespace fielddesk::server
