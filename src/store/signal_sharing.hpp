#pragma once
// The partnership's agreement on the details of signals, per wijk (schema 15). Organisation A
// shares the details of the contact moments it records in wijk W with partner organisation B:
// B's staff who work in W (their wijken, set by B's own beheerder) then see them. Only A's
// beheerder grants or ends it, so no organisation can give itself another's personal data.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "neighbourhood/signals.hpp"
#include "store/database.hpp"
#include "store/sessions.hpp"

namespace leefbaar::store {

using neighbourhood::DetailSharing;
using neighbourhood::SharingGrant;

DetailSharing load_sharing(Database& db, std::int64_t work_area);

// Starts (shared) or ends the sharing of by's own organisation's details in `wijk` with `partner`.
// Only a beheerder (SignalAccessDenied otherwise); FieldError("organisation_id") when partner is
// not another organisation of the partnership, FieldError("wijk_code") when the work area has no
// such wijk. Returns whether anything changed.
bool set_sharing(Database& db, std::int64_t work_area, const User& by, const std::string& wijk,
                 std::int64_t partner, bool shared, std::chrono::system_clock::time_point now);

}  // namespace leefbaar::store
