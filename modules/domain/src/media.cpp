#include "fielddesk/domain/media.h"

#include "jsonform.h"

namespace fielddesk {

constexpr jsonform::Form kMediaForm{
    field<"id", &Media::id>,
    field<"sha256", &Media::sha256>,
    field<"size", &Media::size>,
    field<"content_type", &Media::contentType>,
    field<"created_at", &Media::createdAt>,
};
FIELDDESK_JSON_FROM_FORM(Media, kMediaForm)

} // namespace fielddesk
