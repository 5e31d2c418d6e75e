#include "fielddesk/domain/jobseries.h"

#include "jsonform.h"

namespace fielddesk {

constexpr jsonform::Form kRecurrenceForm{
    field<"frequency", &Recurrence::frequency>,
    field<"interval", &Recurrence::interval>,
    field<"weekdays", &Recurrence::weekdays>,
    field<"month_day", &Recurrence::monthDay>,
    field<"nth", &Recurrence::nth>,
    field<"nth_weekday", &Recurrence::nthWeekday>,
    field<"starts_on", &Recurrence::startsOn>,
    textOrNull<"until", &Recurrence::until>,
    field<"count", &Recurrence::count>,
};
FIELDDESK_JSON_FROM_FORM(Recurrence, kRecurrenceForm)

constexpr jsonform::Form kJobSeriesForm{
    field<"id", &JobSeries::id>,
    field<"location_id", &JobSeries::locationId>,
    field<"title", &JobSeries::title>,
    field<"customer_id", &JobSeries::customerId>,
    field<"address_id", &JobSeries::addressId>,
    field<"address", &JobSeries::address>,
    field<"latitude", &JobSeries::latitude>,
    field<"longitude", &JobSeries::longitude>,
    field<"service_id", &JobSeries::serviceId>,
    field<"required_skills", &JobSeries::requiredSkills>,
    field<"priority", &JobSeries::priority>,
    field<"duration_min", &JobSeries::durationMin>,
    field<"notes", &JobSeries::notes>,
    textOrNull<"window_start_time", &JobSeries::windowStartTime>,
    textOrNull<"window_end_time", &JobSeries::windowEndTime>,
    field<"recurrence", &JobSeries::recurrence>,
    textOrNull<"materialised_until", &JobSeries::materialisedUntil>,
    textOrNull<"ended_on", &JobSeries::endedOn>,
    field<"previous_series_id", &JobSeries::previousSeriesId>,
    field<"next_occurrences", &JobSeries::nextOccurrences>,
    field<"version", &JobSeries::version>,
    field<"created_at", &JobSeries::createdAt>,
    field<"updated_at", &JobSeries::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(JobSeries, kJobSeriesForm)

constexpr jsonform::Form kJobSeriesChangeForm{
    field<"series", &JobSeriesChange::series>,
    field<"previous_series", &JobSeriesChange::previousSeries>,
    field<"created_jobs", &JobSeriesChange::createdJobs>,
    field<"updated_jobs", &JobSeriesChange::updatedJobs>,
    field<"cancelled_jobs", &JobSeriesChange::cancelledJobs>,
    field<"kept_jobs", &JobSeriesChange::keptJobs>,
};
FIELDDESK_JSON_FROM_FORM(JobSeriesChange, kJobSeriesChangeForm)

} // namespace fielddesk
