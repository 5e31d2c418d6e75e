// What the server accepts as a new password, in one place: the server's body schemas check it
// and the console shows and checks it live before sending. Part of fielddesk_domain.
#pragma once

namespace fielddesk::PasswordPolicy {

// Counted in characters as QString counts them.
constexpr int kMinimumLength = 8;
constexpr int kMaximumLength = 1024;

} // namespace fielddesk::PasswordPolicy
