// The wijk team's decision on a resident initiative (approval with pledges per organisation, or
// a refusal with its reason), then realisation and evaluation.
#include <fmt/format.h>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

using initiative_detail::clean_text;

void decide_initiative(Database& database, std::int64_t work_area, std::int64_t initiative,
                       const Decision& d, TimePoint now, const std::string& actor) {
  auto& db = database.sql();
  const auto current = find_initiative(database, work_area, initiative, now);
  if (!current) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  // A majority once reached counts, even when supports were withdrawn since.
  neighbourhood::check_decision(current->state, d.approve,
                                current->supported ? current->needed : current->supports,
                                current->needed);
  const std::string reason = clean_text(d.reason, "reason", "de reden", 2000, !d.approve);
  if (d.approve && d.pledges.empty())
    throw FieldError("pledges", "Geef aan wat ten minste één organisatie bijdraagt.");
  SQLite::Transaction transaction(db);
  for (const auto& p : d.pledges) {
    require_partnership_organisation(db, work_area, p.organisation_id, "pledges");
    if (p.amount_cents < 0 || p.hours < 0)
      throw FieldError("pledges", "Vul bedragen en uren van 0 of meer in.");
    if (p.amount_cents == 0 && p.hours == 0 && trim(p.means).empty())
      throw FieldError("pledges", "Vul per organisatie een bedrag, uren of middelen in.");
    SQLite::Statement q(db,
                        "INSERT INTO initiative_pledges (initiative_id, organisation_id, "
                        "amount_cents, hours, means) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, initiative);
    q.bind(2, p.organisation_id);
    q.bind(3, static_cast<std::int64_t>(p.amount_cents));
    q.bind(4, static_cast<std::int64_t>(p.hours));
    q.bind(5, clean_text(p.means, "pledges", "de middelen", 1000, false));
    q.exec();
  }
  SQLite::Statement u(db,
                      "UPDATE initiatives SET state = ?, decided_at = ?, decided_by = ?, "
                      "refusal_reason = ? WHERE id = ? AND work_area_id = ?");
  u.bind(1,
         std::string(state_text(d.approve ? InitiativeState::approved : InitiativeState::refused)));
  u.bind(2, iso_utc(now));
  u.bind(3, actor);
  if (!d.approve) u.bind(4, reason);
  u.bind(5, initiative);
  u.bind(6, work_area);
  u.exec();
  record_audit(db,
               {actor, d.approve ? "approve" : "refuse", fmt::format("initiative/{}", initiative),
                d.approve ? fmt::format("{} toezeggingen", d.pledges.size()) : reason, ""});
  transaction.commit();
}

void advance_initiative(Database& database, std::int64_t work_area, std::int64_t initiative,
                        InitiativeState to, const std::string& evaluation, TimePoint now,
                        const std::string& actor) {
  const auto current = find_initiative(database, work_area, initiative, now);
  if (!current) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  const std::string text =
      clean_text(evaluation, "evaluation", "de evaluatie", 4000, to == InitiativeState::evaluated);
  neighbourhood::check_advance(current->state, to);
  const char* column = to == InitiativeState::realised ? "realised_at" : "evaluated_at";
  const std::string state(state_text(to));
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement u(db, fmt::format("UPDATE initiatives SET state = ?, {} = ?, evaluation = "
                                      "COALESCE(?, evaluation) WHERE id = ? AND work_area_id = ?",
                                      column));
  u.bind(1, state);
  u.bind(2, iso_utc(now));
  if (!text.empty()) u.bind(3, text);
  u.bind(4, initiative);
  u.bind(5, work_area);
  u.exec();
  record_audit(db, {actor, state, fmt::format("initiative/{}", initiative), text, ""});
  transaction.commit();
}

}  // namespace leefbaar::store
