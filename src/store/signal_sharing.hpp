#pragma once
// The partnership's agreement on the details of signals, per wijk (schema 15). Organisation A
// shares the details of the contact moments it records in wijk W with partner organisation B:
// B's staff who work in W (their wijken, set by B's own beheerder) then see them. Only A's
// beheerder grants or ends it, so no organisation can give itself another's personal data.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/sessions.hpp"

namespace leefbaar::store {

struct SharingGrant {
  std::string wijk;
  std::int64_t owner = 0;    // the organisation whose contact moments are shared
  std::int64_t partner = 0;  // the organisation whose wijk team sees them
  std::string granted_at;
};

// The agreements of one work area: a value, so the rule that uses it stays pure.
class DetailSharing {
 public:
  DetailSharing() = default;
  explicit DetailSharing(std::vector<SharingGrant> grants) : grants_(std::move(grants)) {}
  bool shares(std::int64_t owner, const std::string& wijk, std::int64_t partner) const;
  const std::vector<SharingGrant>& grants() const { return grants_; }

 private:
  std::vector<SharingGrant> grants_;
};

DetailSharing load_sharing(Database& db, std::int64_t work_area);

// Starts (shared) or ends the sharing of by's own organisation's details in `wijk` with `partner`.
// Only a beheerder (SignalAccessDenied otherwise); FieldError("organisation_id") when partner is
// not another organisation of the partnership, FieldError("wijk_code") when the work area has no
// such wijk. Audited in the same transaction. Returns whether anything changed.
bool set_sharing(Database& db, std::int64_t work_area, const User& by, const std::string& wijk,
                 std::int64_t partner, bool shared, std::chrono::system_clock::time_point now);

}  // namespace leefbaar::store
