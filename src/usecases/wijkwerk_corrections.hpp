#pragma once
// Corrections of the wijk team's records (issue 11 point 7): change and remove an activity, a
// physical work and a wijk profile (its team and meeting places change with the profile, POST
// /api/v1/wijkwerk/profielen, whose audit entry names what changed). Scoped as adding is: the
// caller's work area (NotFoundError for an id of another work area) and only those who work in the
// record's wijk, before and after the change (ForbiddenError "wijk_code"). Every change and removal
// writes an audit entry whose detail is JSON with the record before ("voor") and, for a change,
// after ("na"); a removal removes the record, the audit keeps what it was.
#include <cstdint>

#include "core/access.hpp"
#include "neighbourhood/wijkwerk.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// Every field replaced, checked as add_activity checks (FieldError naming the field).
void update_activity(Service& service, const User& caller, std::int64_t id,
                     const neighbourhood::Activity& activity);
// ConflictError (409) when a row of the spending ledger names the activity.
void remove_activity(Service& service, const User& caller, std::int64_t id);

void update_work(Service& service, const User& caller, std::int64_t id,
                 const neighbourhood::PhysicalWork& work);
void remove_work(Service& service, const User& caller, std::int64_t id);

// With its priorities, team and meeting places.
void remove_wijk_profile(Service& service, const User& caller, std::int64_t id);

}  // namespace leefbaar::usecases
