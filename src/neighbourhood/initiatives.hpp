#pragma once
// Resident initiatives: their states, the majority rule and the steps between the states.
//
//   onbevestigd --(e-mail link)--> open --(majority, decision)--> goedgekeurd --> gerealiseerd
//                                       \--(decision)---------> afgewezen        --> geevalueerd
//
// An initiative is supported when more than `share` of the households it concerns support it;
// from that moment the wijk team has `decision_weeks` to decide. Approval needs that majority.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/access.hpp"

namespace leefbaar::neighbourhood {

enum class InitiativeState { unconfirmed, open, approved, refused, realised, evaluated };
inline constexpr InitiativeState kInitiativeStates[] = {
    InitiativeState::unconfirmed, InitiativeState::open,     InitiativeState::approved,
    InitiativeState::refused,     InitiativeState::realised, InitiativeState::evaluated};

// The stored and answered names: onbevestigd, open, goedgekeurd, afgewezen, gerealiseerd,
// geevalueerd.
std::string_view state_text(InitiativeState s);
std::optional<InitiativeState> parse_state(std::string_view text);
// Approved or refused, and what follows an approval.
bool is_decided(InitiativeState s);

struct MajorityRule {
  double majority_share = 0.5;  // supported when supports > share x households
  int decision_weeks = 6;       // the decision is due this long after the majority is reached
};
// FieldError("majority_share") for a share outside (0, 1), FieldError("decision_weeks") outside
// 1..52.
void check_rule(const MajorityRule& rule);
// The smallest number of supports that is a majority of the households.
long long supports_needed(long long households, const MajorityRule& rule);
bool is_majority(long long supports, long long households, const MajorityRule& rule);
std::chrono::system_clock::time_point decision_due(std::chrono::system_clock::time_point majority,
                                                   const MajorityRule& rule);
// Majority reached, undecided, and past the decision date (ISO text compares as time).
bool is_overdue(InitiativeState s, const std::string& decision_due, const std::string& now);

// ConflictError unless the team may decide now (the initiative is open); FieldError("decision")
// when it approves without a majority.
void check_decision(InitiativeState current, bool approve, long long supports, long long needed);
// The step after approval: `to` must be realised (from approved) or evaluated (from realised).
// FieldError("state") for another target, ConflictError when the initiative is not there yet.
void check_advance(InitiativeState current, InitiativeState to);

// Who sees an initiative outside the public portal: beheerder and analist everything, a wijk team
// everything in its own wijken; everyone else what the portal shows (open and approved ones,
// without a link to the staff page). Nobody sees one that is not yet confirmed.
enum class Sight { none, public_, full };
Sight initiative_sight(const User& user, InitiativeState s, const std::string& wijk);
// What the public portal lists.
bool is_public(InitiativeState s);

}  // namespace leefbaar::neighbourhood
