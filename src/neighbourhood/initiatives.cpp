#include "neighbourhood/initiatives.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/errors.hpp"

namespace leefbaar::neighbourhood {

std::string_view state_text(InitiativeState s) {
  switch (s) {
    case InitiativeState::unconfirmed:
      return "onbevestigd";
    case InitiativeState::open:
      return "open";
    case InitiativeState::approved:
      return "goedgekeurd";
    case InitiativeState::refused:
      return "afgewezen";
    case InitiativeState::realised:
      return "gerealiseerd";
    case InitiativeState::evaluated:
      return "geevalueerd";
  }
  return "open";
}

std::optional<InitiativeState> parse_state(std::string_view text) {
  for (auto s : kInitiativeStates)
    if (state_text(s) == text) return s;
  return std::nullopt;
}

bool is_decided(InitiativeState s) {
  return s != InitiativeState::unconfirmed && s != InitiativeState::open;
}

void check_rule(const MajorityRule& rule) {
  if (!(rule.majority_share > 0 && rule.majority_share < 1))
    throw FieldError("majority_share", "Kies een aandeel tussen 0 en 1, bijvoorbeeld 0,5.");
  if (rule.decision_weeks < 1 || rule.decision_weeks > 52)
    throw FieldError("decision_weeks", "Kies een termijn van 1 tot 52 weken.");
}

long long supports_needed(long long households, const MajorityRule& rule) {
  return static_cast<long long>(std::floor(rule.majority_share * static_cast<double>(households))) +
         1;
}

bool is_majority(long long supports, long long households, const MajorityRule& rule) {
  return supports >= supports_needed(households, rule);
}

std::chrono::system_clock::time_point decision_due(std::chrono::system_clock::time_point majority,
                                                   const MajorityRule& rule) {
  return majority + std::chrono::hours(24 * 7 * rule.decision_weeks);
}

bool is_overdue(InitiativeState s, const std::string& due, const std::string& now) {
  return s == InitiativeState::open && !due.empty() && due < now;
}

void check_decision(InitiativeState current, bool approve, long long supports, long long needed) {
  if (current != InitiativeState::open)
    throw ConflictError("Over dit initiatief is al besloten, of het is nog niet bevestigd.");
  if (approve && supports < needed)
    throw FieldError("decision", fmt::format("Goedkeuren kan pas bij een meerderheid: nodig zijn "
                                             "{} steunbetuigingen, er zijn er {}.",
                                             needed, supports));
}

void check_advance(InitiativeState current, InitiativeState to) {
  if (to == InitiativeState::realised) {
    if (current != InitiativeState::approved)
      throw ConflictError("Alleen een goedgekeurd initiatief kan gerealiseerd worden.");
  } else if (to == InitiativeState::evaluated) {
    if (current != InitiativeState::realised)
      throw ConflictError("Alleen een gerealiseerd initiatief kan geëvalueerd worden.");
  } else {
    throw FieldError("state", "Kies gerealiseerd of geëvalueerd.");
  }
}

bool is_public(InitiativeState s) {
  return s == InitiativeState::open || s == InitiativeState::approved;
}

Sight initiative_sight(const User& user, InitiativeState s, const std::string& wijk) {
  if (s == InitiativeState::unconfirmed) return Sight::none;
  if (user.role == Role::beheerder || user.role == Role::analist) return Sight::full;
  if (user.role == Role::wijkteam && has_wijk(user, wijk)) return Sight::full;
  return is_public(s) ? Sight::public_ : Sight::none;
}

}  // namespace leefbaar::neighbourhood
