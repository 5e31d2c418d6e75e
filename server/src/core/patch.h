// The fields of typed commands: a create or a partial change (PATCH) names only what it sets.
#pragma once

#include <optional>

namespace fielddesk::server {

// A field of a partial change: absent (leave it as it is) or its new value.
template<typename T>
using Patch = std::optional<T>;

// A nullable field of a partial change: absent, cleared (an empty optional inside), or a
// value.
template<typename T>
using NullablePatch = std::optional<std::optional<T>>;

// Applies a change to a field when the command names it.
template<typename T, typename U>
void applyPatch(T &field, const Patch<U> &patch)
{
    if (patch)
        field = *patch;
}

} // namespace fielddesk::server
