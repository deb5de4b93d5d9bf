// Supports of resident initiatives: one per address, from a paper list or (see
// initiatives_portal.cpp) the portal, the address checks against the buurt or the shape, and the
// majority rule.
#include <fmt/format.h>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

namespace initiative_detail {

namespace {

long long confirmed_supports(SQLite::Database& db, std::int64_t initiative) {
  SQLite::Statement q(db,
                      "SELECT COUNT(*) FROM initiative_supports WHERE initiative_id = ? AND "
                      "confirmed_at IS NOT NULL");
  q.bind(1, initiative);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace

// Sets the majority date and the decision deadline once the supports are a majority.
void update_majority(SQLite::Database& db, std::int64_t work_area, std::int64_t initiative,
                     TimePoint now, const MajorityRule& rule) {
  SQLite::Statement q(db, "SELECT households, majority_at FROM initiatives WHERE id = ?");
  q.bind(1, initiative);
  if (!q.executeStep() || !q.getColumn(1).isNull()) return;
  const long long households = q.getColumn(0).getInt64();
  const long long supports = confirmed_supports(db, initiative);
  if (!neighbourhood::is_majority(supports, households, rule)) return;
  SQLite::Statement u(db,
                      "UPDATE initiatives SET majority_at = ?, decision_due = ? WHERE id = ? AND "
                      "work_area_id = ?");
  u.bind(1, iso_utc(now));
  u.bind(2, iso_utc(neighbourhood::decision_due(now, rule)));
  u.bind(3, initiative);
  u.bind(4, work_area);
  u.exec();
  record_audit(db,
               {"systeem", "majority", fmt::format("initiative/{}", initiative),
                fmt::format("{} steunbetuigingen bij {} huishoudens", supports, households), ""});
}

OpenInitiative initiative_for_support(SQLite::Database& db, std::int64_t work_area,
                                      std::int64_t initiative) {
  SQLite::Statement q(
      db,
      "SELECT buurt_code, state, title, area_json FROM initiatives WHERE id = ? AND work_area_id = "
      "?");
  q.bind(1, initiative);
  q.bind(2, work_area);
  if (!q.executeStep()) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  OpenInitiative out{
      q.getColumn(0).getString(),
      neighbourhood::parse_state(q.getColumn(1).getString()).value_or(InitiativeState::unconfirmed),
      q.getColumn(2).getString(), area_from_json(text_of(q, 3))};
  if (out.state != InitiativeState::open)
    throw FieldError("initiative", "Dit initiatief verzamelt geen steun (meer).");
  return out;
}

// Every support, from the portal or a paper list, is checked against the registers (so an
// invented addition is no second household) and against the initiative's area by where a register
// places the address; an address no register places is refused, so no support from outside the
// area counts towards a majority. Staff entering a paper list get the same checks.
void check_support_address(Database& database, std::int64_t work_area, const OpenInitiative& target,
                           const Address& address) {
  require_register_address(database, work_area, address);
  if (target.shape.is_shape()) {
    if (!address_position(database, work_area, address))
      throw FieldError("postcode",
                       "We weten niet precies waar dit adres ligt, en dus niet of het in het "
                       "gebied van dit initiatief ligt. Alleen bewoners binnen het gebied kunnen "
                       "het steunen.");
    if (!address_in_area(database, work_area, target.shape, address))
      throw FieldError("postcode",
                       "Dit adres ligt buiten het gebied van dit initiatief. Alleen bewoners "
                       "binnen het gebied kunnen het steunen.");
    return;
  }
  const auto area = buurt_of_address(database, work_area, address);
  if (!area)
    throw FieldError("postcode",
                     "We weten niet in welke buurt dit adres ligt. Alleen bewoners van de buurt "
                     "van dit initiatief kunnen het steunen.");
  if (area->buurt != target.buurt)
    throw FieldError("postcode",
                     "Dit adres ligt niet in de buurt van dit initiatief. Alleen bewoners van "
                     "de buurt kunnen het steunen.");
}

void refuse_second_support(SQLite::Database& db, std::int64_t initiative, const Address& a) {
  SQLite::Statement q(db,
                      "SELECT 1 FROM initiative_supports WHERE initiative_id = ? AND address_key "
                      "= ? AND confirmed_at IS NOT NULL");
  q.bind(1, initiative);
  q.bind(2, a.key());
  if (q.executeStep())
    throw ConflictError(
        "Vanaf dit adres is dit initiatief al gesteund. Per adres telt één steunbetuiging.");
}

}  // namespace initiative_detail

using namespace initiative_detail;

std::int64_t add_paper_support(Database& database, std::int64_t work_area, std::int64_t initiative,
                               const Address& address, TimePoint now, const std::string& actor) {
  auto& db = database.sql();
  const auto target = initiative_for_support(db, work_area, initiative);
  check_support_address(database, work_area, target, address);
  const auto rule = load_majority_rule(database, work_area);
  SQLite::Transaction transaction(db);
  refuse_second_support(db, initiative, address);
  SQLite::Statement q(db,
                      "INSERT INTO initiative_supports (initiative_id, address_key, source, "
                      "entered_by, created_at, confirmed_at) VALUES (?, ?, 'papier', ?, ?, ?)");
  q.bind(1, initiative);
  q.bind(2, address.key());
  q.bind(3, actor);
  q.bind(4, iso_utc(now));
  q.bind(5, iso_utc(now));
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("initiative/{}/support/{}", initiative, id),
                    "steunbetuiging van papier", ""});
  update_majority(db, work_area, initiative, now, rule);
  transaction.commit();
  return id;
}

std::vector<SupportRow> list_supports(Database& database, std::int64_t work_area,
                                      std::int64_t initiative, const std::string& actor,
                                      const std::string& purpose) {
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "SELECT s.id, s.address_key, s.source, s.entered_by, s.created_at FROM "
                      "initiative_supports s JOIN initiatives i ON i.id = s.initiative_id WHERE "
                      "i.work_area_id = ? AND s.initiative_id = ? AND s.confirmed_at IS NOT NULL "
                      "ORDER BY s.id");
  q.bind(1, work_area);
  q.bind(2, initiative);
  std::vector<SupportRow> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), text_of(q, 3), q.getColumn(4).getString()});
  record_audit(db, {actor, "read", fmt::format("initiative/{}/supports", initiative),
                    fmt::format("{} adressen", out.size()), purpose});
  transaction.commit();
  return out;
}

}  // namespace leefbaar::store
