// The wijk team's decision on a resident initiative (approval with pledges per organisation, or
// a refusal with its reason), then realisation and evaluation.
#include <fmt/format.h>

#include "core/text.hpp"
#include "store/initiatives.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

using initiative_detail::clean_text;

namespace {

Initiative existing(Database& db, std::int64_t work_area, std::int64_t initiative, TimePoint now) {
  auto current = find_initiative(db, work_area, initiative, now);
  if (!current) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  return std::move(*current);
}

}  // namespace

std::string decide_initiative(Database& db, std::int64_t work_area, std::int64_t initiative,
                              const Decision& d, TimePoint now, const std::string& actor) {
  return decide_initiative(db, work_area, existing(db, work_area, initiative, now), d, now, actor);
}

std::string advance_initiative(Database& db, std::int64_t work_area, std::int64_t initiative,
                               InitiativeState to, const std::string& evaluation, TimePoint now) {
  return advance_initiative(db, work_area, existing(db, work_area, initiative, now), to, evaluation,
                            now);
}

std::string decide_initiative(Database& db, std::int64_t work_area, const Initiative& current,
                              const Decision& d, TimePoint now, const std::string& actor) {
  const std::int64_t initiative = current.id;
  // A majority once reached counts, even when supports were withdrawn since.
  neighbourhood::check_decision(current.state, d.approve,
                                current.supported ? current.needed : current.supports,
                                current.needed);
  const std::string reason = clean_text(d.reason, "reason", "de reden", 2000, !d.approve);
  if (d.approve && d.pledges.empty())
    throw FieldError("pledges", "Geef aan wat ten minste één organisatie bijdraagt.");
  Transaction transaction(db);
  for (const auto& p : d.pledges) {
    require_partnership_organisation(db, work_area, p.organisation_id, "pledges");
    if (p.amount_cents < 0 || p.hours < 0)
      throw FieldError("pledges", "Vul bedragen en uren van 0 of meer in.");
    if (p.amount_cents == 0 && p.hours == 0 && trim(p.means).empty())
      throw FieldError("pledges", "Vul per organisatie een bedrag, uren of middelen in.");
    initiative_detail::insert_pledge(db, initiative, p.organisation_id, p.amount_cents, p.hours,
                                     clean_text(p.means, "pledges", "de middelen", 1000, false));
  }
  db.query(
        "UPDATE initiatives SET state = ?, decided_at = ?, decided_by = ?, refusal_reason = ? "
        "WHERE id = ? AND work_area_id = ?")
      .bind(state_text(d.approve ? InitiativeState::approved : InitiativeState::refused),
            iso_utc(now), actor, d.approve ? std::nullopt : std::optional<std::string>(reason),
            initiative, work_area)
      .run();
  transaction.commit();
  return reason;
}

std::string advance_initiative(Database& db, std::int64_t work_area, const Initiative& current,
                               InitiativeState to, const std::string& evaluation, TimePoint now) {
  const std::int64_t initiative = current.id;
  const std::string text =
      clean_text(evaluation, "evaluation", "de evaluatie", 4000, to == InitiativeState::evaluated);
  neighbourhood::check_advance(current.state, to);
  const char* column = to == InitiativeState::realised ? "realised_at" : "evaluated_at";
  db.query(fmt::format("UPDATE initiatives SET state = ?, {} = ?, evaluation = COALESCE(?, "
                       "evaluation) WHERE id = ? AND work_area_id = ?",
                       column))
      .bind(state_text(to), iso_utc(now), or_null(text), initiative, work_area)
      .run();
  return text;
}

}  // namespace leefbaar::store
