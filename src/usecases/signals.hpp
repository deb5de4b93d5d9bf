#pragma once
// Contact moments with residents and their signals, and their follow-up. Every operation is
// scoped to the caller's work area (NotFoundError "no_work_area" when their organisation has
// none); who sees and records what is neighbourhood/signals.hpp. Every read of details and every
// change is audited with its purpose, in the operation's own transaction.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/signal_records.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct ContactOverview {
  bool sees_details = false;  // staff; a lezer sees counts only (and no contact moments)
  neighbourhood::ContactPage page;
};
// One page of the contact moments whose details the caller may see and that match the filter,
// newest first, without their address, reference or notes (has_personal_data says whether there
// are any). Audited as "overzicht wijkteam".
ContactOverview contact_overview(Service& service, const User& caller,
                                 const neighbourhood::ContactFilter& filter);

// Records a contact moment by the caller; answers its id. SignalAccessDenied when the caller may
// not record signals, FieldError naming the field.
std::int64_t record_contact(Service& service, const User& caller,
                            const neighbourhood::ContactInput& input,
                            std::chrono::system_clock::time_point now);

// One contact moment with its details and follow-up notes, audited as "opvolging signaal".
// NotFoundError when the work area has none with this id; SignalAccessDenied when the caller may
// not see it (the refusal is audited too).
neighbourhood::ContactMoment contact_details(Service& service, const User& caller, std::int64_t id);

// Changes the follow-up; NotFoundError, SignalAccessDenied, FieldError naming the field.
void change_follow_up(Service& service, const User& caller, std::int64_t id,
                      const neighbourhood::FollowUpChange& change,
                      std::chrono::system_clock::time_point now);

// Adds a follow-up note dated today; answers its id. NotFoundError, SignalAccessDenied,
// FieldError("note").
std::int64_t add_follow_up_note(Service& service, const User& caller, std::int64_t id,
                                const std::string& note, std::chrono::system_clock::time_point now);

}  // namespace leefbaar::usecases
