#pragma once
// Contact moments with residents and their signals: the fixed lists, and who sees what.
//
//   - the details of a contact moment (address, resident reference, note, follow-up notes) are
//     seen only by staff (beheerder, analist, wijkteam) of the organisation that recorded it, and
//     by the wijk's team where the partnership agreed to it: staff of a partner organisation whose
//     wijken include the contact's wijk, when the recording organisation shares its details in
//     that wijk with theirs (only the recording organisation grants it);
//   - everyone else (staff of another organisation outside that wijk or without the agreement, and
//     every lezer) sees counts only: per wijk, signal kind and month.
// So a welfare worker without the wijk cannot read a corporation's contact moments there, a
// corporation's analist (no wijken) cannot read the welfare organisation's, and no beheerder can
// give the own users another organisation's contact moments by giving them its wijken.
#include <cstdint>
#include <string>
#include <vector>

#include "core/access.hpp"

namespace leefbaar::neighbourhood {

// The fixed lists (the values stored; the Dutch labels are the web application's).
const std::vector<std::string>& contact_kinds();
const std::vector<std::string>& signal_kinds();
const std::vector<std::string>& referral_kinds();
const std::vector<std::string>& follow_up_statuses();  // geen, open, bezig, afgerond

// As little personal data as the task needs: a contact moment holds an address or a resident
// reference only when it is followed up (a referral, or a follow-up that is open or under way).
bool needs_follow_up(const std::string& referral, const std::string& follow_up_status);

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

// Whether `user` may see the details of a contact moment recorded by `organisation` in `wijk`,
// under the work area's agreements.
bool may_see_details(const User& user, std::int64_t organisation, const std::string& wijk,
                     const DetailSharing& sharing);
// Whether `user` may record contact moments (staff: beheerder, analist, wijkteam); a wijk team
// with wijken only in those.
bool may_record_signals(const User& user);
bool may_record_in(const User& user, const std::string& wijk);
// Only the beheerder of the recording organisation starts or ends a share of its details.
bool may_share_details(const User& user);
// A share started or ended, as the audit log tells it (organisations by id, no names).
std::string describe_sharing(std::int64_t owner, const std::string& wijk, std::int64_t partner,
                             bool shared);

}  // namespace leefbaar::neighbourhood
