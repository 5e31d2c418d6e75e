// A typed answer of the API: the value the call was for, or the ApiError that says why there is
// none. What feature clients (requests, reports, admin...) hand to their callers instead of raw
// JSON. Part of fielddesk_client: QtCore only.
#pragma once

#include "fielddesk/client/apierror.h"
#include "fielddesk/client/apiresponse.h"

#include <functional>
#include <optional>
#include <utility>

namespace fielddesk::client {

template<class T>
class ApiResult
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    {}
    ApiResult(ApiError error)
        : m_error(std::move(error))
    {}

    // The response's error, or the value read from its JSON body.
    static ApiResult fromResponse(const ApiResponse &response,
                                  const std::function<T(const ApiResponse &)> &read)
    {
        if (!response.ok())
            return ApiResult(*response.error);
        return ApiResult(read(response));
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    // The error; an empty one when the call succeeded (so that messages may be built eagerly).
    const ApiError &error() const
    {
        static const ApiError none;
        return m_error ? *m_error : none;
    }

private:
    std::optional<T> m_value;
    std::optional<ApiError> m_error;
};

// An answer handler that hands `callback` the response's JSON body read as T (T::fromJson), or
// its error: what a feature client passes to ApiClient for a call answering one record.
template<class T>
std::function<void(const ApiResponse &)>
readingRecord(std::function<void(const ApiResult<T> &)> callback)
{
    return [callback = std::move(callback)](const ApiResponse &response) {
        callback(ApiResult<T>::fromResponse(
            response, [](const ApiResponse &ok) { return T::fromJson(ok.json); }));
    };
}

// A call that answers nothing but success (204) or an error.
struct Done
{
};

} // namespace fielddesk::client
