// Supports of resident initiatives: one per address, from a paper list or (see
// initiatives_portal.cpp) the portal, the address checks against the buurt or the shape, and the
// majority rule.
#include "core/text.hpp"
#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

namespace initiative_detail {

namespace {

long long confirmed_supports(Database& db, std::int64_t initiative) {
  return db
      .query(
          "SELECT COUNT(*) AS n FROM initiative_supports WHERE initiative_id = ? AND "
          "confirmed_at IS NOT NULL")
      .bind(initiative)
      .first_int64("n")
      .value_or(0);
}

}  // namespace

std::optional<MajorityReached> update_majority(Database& db, std::int64_t work_area,
                                               std::int64_t initiative, TimePoint now,
                                               const MajorityRule& rule) {
  auto q = db.query("SELECT households, majority_at FROM initiatives WHERE id = ?");
  q.bind(initiative);
  const auto row = q.next();
  if (!row) return std::nullopt;
  return update_majority(db, work_area, initiative, row->int64("households"),
                         !row->is_null("majority_at"), now, rule);
}

std::optional<MajorityReached> update_majority(Database& db, std::int64_t work_area,
                                               std::int64_t initiative, long long households,
                                               bool majority_reached, TimePoint now,
                                               const MajorityRule& rule) {
  if (majority_reached) return std::nullopt;
  const long long supports = confirmed_supports(db, initiative);
  if (!neighbourhood::is_majority(supports, households, rule)) return std::nullopt;
  db.query(
        "UPDATE initiatives SET majority_at = ?, decision_due = ? WHERE id = ? AND work_area_id = "
        "?")
      .bind(iso_utc(now), iso_utc(neighbourhood::decision_due(now, rule)), initiative, work_area)
      .run();
  return MajorityReached{supports, households};
}

OpenInitiative initiative_for_support(Database& db, std::int64_t work_area,
                                      std::int64_t initiative) {
  auto q = db.query(
      "SELECT buurt_code, state, title, area_json FROM initiatives WHERE id = ? AND work_area_id = "
      "?");
  q.bind(initiative, work_area);
  const auto row = q.next();
  if (!row) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  OpenInitiative out{
      row->text("buurt_code"),
      neighbourhood::parse_state(row->text("state")).value_or(InitiativeState::unconfirmed),
      row->text("title"), area_from_json(row->text("area_json"))};
  if (out.state != InitiativeState::open)
    throw FieldError("initiative", "Dit initiatief verzamelt geen steun (meer).");
  return out;
}

// Every support, from the portal or a paper list, is checked against the registers (so an
// invented addition is no second household) and against the initiative's area by where a register
// places the address; an address no register places is refused, so no support from outside the
// area counts towards a majority. Staff entering a paper list get the same checks.
void check_support_address(Database& db, std::int64_t work_area, const OpenInitiative& target,
                           const Address& address) {
  require_register_address(db, work_area, address);
  if (target.shape.is_shape()) {
    if (!address_position(db, work_area, address))
      throw FieldError("postcode",
                       "We weten niet precies waar dit adres ligt, en dus niet of het in het "
                       "gebied van dit initiatief ligt. Alleen bewoners binnen het gebied kunnen "
                       "het steunen.");
    if (!address_in_area(db, work_area, target.shape, address))
      throw FieldError("postcode",
                       "Dit adres ligt buiten het gebied van dit initiatief. Alleen bewoners "
                       "binnen het gebied kunnen het steunen.");
    return;
  }
  const auto area = buurt_of_address(db, work_area, address);
  if (!area)
    throw FieldError("postcode",
                     "We weten niet in welke buurt dit adres ligt. Alleen bewoners van de buurt "
                     "van dit initiatief kunnen het steunen.");
  if (area->buurt != target.buurt)
    throw FieldError("postcode",
                     "Dit adres ligt niet in de buurt van dit initiatief. Alleen bewoners van "
                     "de buurt kunnen het steunen.");
}

void refuse_second_support(Database& db, std::int64_t initiative, const Address& a) {
  if (db.query("SELECT 1 FROM initiative_supports WHERE initiative_id = ? AND address_key = ? AND "
               "confirmed_at IS NOT NULL")
          .bind(initiative, a.key())
          .exists())
    throw ConflictError(
        "Vanaf dit adres is dit initiatief al gesteund. Per adres telt één steunbetuiging.");
}

}  // namespace initiative_detail

using namespace initiative_detail;

std::int64_t add_paper_support(Database& db, std::int64_t work_area, std::int64_t initiative,
                               const Address& address, TimePoint now, const std::string& actor) {
  const auto target = find_initiative(db, work_area, initiative, now);
  if (!target) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  return add_paper_support(db, work_area, *target, address, now, actor).added.id;
}

PaperSupport add_paper_support(Database& db, std::int64_t work_area, const Initiative& target,
                               const Address& address, TimePoint now, const std::string& actor) {
  if (target.state != InitiativeState::open)
    throw FieldError("initiative", "Dit initiatief verzamelt geen steun (meer).");
  check_support_address(db, work_area,
                        {target.area.buurt, target.state, target.title, target.shape}, address);
  const auto rule = load_majority_rule(db, work_area);
  Transaction transaction(db);
  refuse_second_support(db, target.id, address);
  db.query(
        "INSERT INTO initiative_supports (initiative_id, address_key, source, entered_by, "
        "created_at, confirmed_at) VALUES (?, ?, 'papier', ?, ?, ?)")
      .bind(target.id, address.key(), actor, iso_utc(now), iso_utc(now))
      .run();
  const std::int64_t id = db.last_insert_id();
  const bool reached = !target.majority_at.empty();
  const auto majority =
      update_majority(db, work_area, target.id, target.households, reached, now, rule);
  transaction.commit();
  // The counts as a new read would give them: one more confirmed support; a majority once
  // reached stays (the confirmed supports alone never exceed all of them).
  const long long supports = target.supports + 1;
  return {{id, supports, target.needed,
           reached || neighbourhood::is_majority(supports, target.households, rule)},
          majority};
}

std::vector<SupportRow> list_supports(Database& db, std::int64_t work_area,
                                      std::int64_t initiative) {
  auto q = db.query(
      "SELECT s.id AS id, s.address_key AS address_key, s.source AS source, s.entered_by AS "
      "entered_by, s.created_at AS created_at FROM initiative_supports s JOIN initiatives i ON "
      "i.id = s.initiative_id WHERE i.work_area_id = ? AND s.initiative_id = ? AND "
      "s.confirmed_at IS NOT NULL ORDER BY s.id");
  return q.bind(work_area, initiative).all([](const Row& r) {
    return SupportRow{r.int64("id"), r.text("address_key"), r.text("source"), r.text("entered_by"),
                      r.text("created_at")};
  });
}

}  // namespace leefbaar::store
