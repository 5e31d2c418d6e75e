#include "messaging/outboundchannels.h"

#include <atomic>

namespace fielddesk::server {

namespace {

std::atomic<bool> g_email = false;
std::atomic<bool> g_sms = false;

} // namespace

void OutboundChannels::set(bool email, bool sms)
{
    g_email = email;
    g_sms = sms;
}

bool OutboundChannels::email()
{
    return g_email;
}

bool OutboundChannels::sms()
{
    return g_sms;
}

} // namespace fielddesk::server
