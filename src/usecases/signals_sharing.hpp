#pragma once
// The partnership's agreement on the details of signals, per wijk (store/signal_sharing.hpp):
// which organisation shares the details of its contact moments in a wijk with which partner.
// Scoped to the caller's work area (NotFoundError "no_work_area" when their organisation has
// none).
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/signal_records.hpp"
#include "neighbourhood/signals.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct SignalSharing {
  std::vector<OrganisationRef> organisations;  // the partnership: the owner and its partners
  std::vector<neighbourhood::SignalArea> wijken;
  neighbourhood::DetailSharing sharing;  // what every organisation shares with whom
  bool changed = false;                  // set_signal_sharing: whether anything changed
};
SignalSharing signal_sharing(Service& service, const User& caller);

// Starts (shared) or ends the sharing of the caller's own organisation's details in `wijk` with
// `partner`, audited, and answers the agreement after. SignalAccessDenied unless a beheerder;
// FieldError("organisation_id") for an organisation outside the partnership or the caller's own,
// FieldError("wijk_code") for a wijk the work area lacks.
SignalSharing set_signal_sharing(Service& service, const User& caller, const std::string& wijk,
                                 std::int64_t partner, bool shared,
                                 std::chrono::system_clock::time_point now);

}  // namespace leefbaar::usecases
