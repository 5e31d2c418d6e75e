// A value or the Failure that prevented it: how services report failure without exceptions
// crossing the event loop.
#pragma once

#include "core/failure.h"

#include <utility>
#include <variant>

namespace fielddesk::server {

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Failure problem)
        : m_state(std::move(problem))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Failure &failure() const { return std::get<Failure>(m_state); }

private:
    std::variant<T, Failure> m_state;
};

struct Done
{
};
using Status = Result<Done>;

} // namespace fielddesk::server
