// Resident initiatives: the settings of the majority rule, entering an initiative (with the
// households of its buurt or shape) and reading initiatives back. Addresses, supports, decisions
// and the portal are in the other initiatives_*.cpp files.
#include "store/initiatives.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/households.hpp"
#include "store/households_geos.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

namespace initiative_detail {

std::string text_of(SQLite::Statement& q, int col) {
  return q.getColumn(col).isNull() ? std::string{} : q.getColumn(col).getString();
}

std::string clean_text(const std::string& value, const char* field, const char* what,
                       std::size_t max, bool required) {
  std::string t(trim(value));
  if (required && t.empty()) throw FieldError(field, fmt::format("Vul {} in.", what));
  if (t.size() > max)
    throw FieldError(field, fmt::format("Gebruik voor {} hoogstens {} tekens.", what, max));
  return t;
}

bool valid_type(const std::string& t) {
  return std::any_of(std::begin(kInitiativeTypes), std::end(kInitiativeTypes),
                     [&](const char* x) { return t == x; });
}

int leading_number(const std::string& huisnummer) {
  std::size_t d = 0;
  while (d < huisnummer.size() && std::isdigit(static_cast<unsigned char>(huisnummer[d]))) ++d;
  return d == 0 || d > 6 ? 0 : std::stoi(huisnummer.substr(0, d));
}

std::string addition_key(const std::string& huisletter, const std::string& toevoeging) {
  std::string out;
  for (char c : huisletter + toevoeging)
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::int64_t insert_initiative(Database& database, std::int64_t work_area, const NewInitiative& in,
                               TimePoint now, const std::string& actor) {
  const std::string title = clean_text(in.title, "title", "een titel", 200, true);
  check_header_text(title, "title", "De titel");  // it goes into mail subjects (reminders)
  const std::string description =
      clean_text(in.description, "description", "een beschrijving", 4000, true);
  if (!valid_type(in.type)) throw FieldError("type", "Kies het soort initiatief uit de lijst.");
  const std::string materials =
      clean_text(in.asked_materials, "asked_materials", "de gevraagde middelen", 1000, false);
  if (in.asked_amount_cents < 0 || in.asked_amount_cents > 100'000'000'00LL)
    throw FieldError("asked_amount", "Vul een bedrag van 0 euro of meer in.");
  if (in.asked_hours < 0 || in.asked_hours > 100000)
    throw FieldError("asked_hours", "Vul een aantal uren van 0 of meer in.");
  if (in.lat && (*in.lat < 50 || *in.lat > 54))
    throw FieldError("lat", "Kies een punt in Nederland.");
  if (in.lon && (*in.lon < 3 || *in.lon > 8))
    throw FieldError("lon", "Kies een punt in Nederland.");
  check_area(in.shape);
  std::optional<AreaRef> area;
  if (!in.buurt_code.empty()) {
    area = find_buurt(database, work_area, in.buurt_code);
    if (!area) throw FieldError("buurt", "Kies een buurt uit de lijst.");
  } else if (in.shape.is_shape()) {
    area = buurt_of_area(database, work_area, in.shape, "");
    if (!area)
      throw FieldError("gebied",
                       "Het midden van het gebied ligt in geen buurt van het werkgebied. Kies "
                       "de buurt.");
  } else if (in.location) {
    area = buurt_of_address(database, work_area, *in.location);
    if (!area)
      throw FieldError("postcode",
                       "Bij dit adres vinden we geen buurt in het werkgebied. Kies de buurt.");
  } else {
    throw FieldError("buurt", "Kies de buurt of vul het adres van de plek in.");
  }
  if (area->wijk.empty()) throw FieldError("buurt", "Deze buurt hoort bij geen wijk.");
  auto& db = database.sql();
  if (in.asked_organisation_id)
    require_partnership_organisation(db, work_area, *in.asked_organisation_id,
                                     "asked_organisation_id");
  const HouseholdCount count = count_area_households(database, work_area, in.shape, area->buurt);
  // A shape without a point of its own: its centre is the initiative's point on the map.
  std::optional<double> lat = in.lat, lon = in.lon;
  if (in.shape.is_shape() && !lat && !lon) {
    const LatLon centre = in.shape.kind == InitiativeArea::Kind::cirkel
                              ? in.shape.centre
                              : geos::to_wgs84(geos::Shape(in.shape).centre());
    lat = centre.lat;
    lon = centre.lon;
  }
  const bool portal = in.source == "portaal";
  SQLite::Statement q(
      db,
      "INSERT INTO initiatives (work_area_id, title, description, type, buurt_code, wijk_code, "
      "gemeente_code, location_postcode, location_huisnummer, lat, lon, households, "
      "asked_amount_cents, asked_hours, asked_materials, asked_organisation_id, source, "
      "entered_by, state, created_at, area_kind, area_json, households_basis) VALUES (?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, work_area);
  q.bind(2, title);
  q.bind(3, description);
  q.bind(4, in.type);
  q.bind(5, area->buurt);
  q.bind(6, area->wijk);
  q.bind(7, area->gemeente);
  if (in.location) {
    q.bind(8, in.location->postcode);
    q.bind(9, in.location->huisnummer);
  }
  if (lat) q.bind(10, *lat);
  if (lon) q.bind(11, *lon);
  q.bind(12, static_cast<std::int64_t>(count.households));
  q.bind(13, static_cast<std::int64_t>(in.asked_amount_cents));
  q.bind(14, static_cast<std::int64_t>(in.asked_hours));
  q.bind(15, materials);
  if (in.asked_organisation_id) q.bind(16, *in.asked_organisation_id);
  q.bind(17, portal ? "portaal" : (in.source == "papier" ? "papier" : "medewerker"));
  if (!portal) q.bind(18, actor);
  q.bind(19,
         std::string(state_text(portal ? InitiativeState::unconfirmed : InitiativeState::open)));
  q.bind(20, iso_utc(now));
  q.bind(21, std::string(to_string(in.shape.kind)));
  q.bind(22, area_to_json(in.shape));
  q.bind(23, count.basis);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("initiative/{}", id), title, ""});
  return id;
}

}  // namespace initiative_detail

using namespace initiative_detail;

MajorityRule load_majority_rule(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT majority_share, decision_weeks FROM initiative_settings WHERE "
                      "work_area_id = ?");
  q.bind(1, work_area);
  if (!q.executeStep()) return {};
  return {q.getColumn(0).getDouble(), q.getColumn(1).getInt()};
}

void save_majority_rule(Database& database, std::int64_t work_area, const MajorityRule& s,
                        const std::string& actor) {
  neighbourhood::check_rule(s);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO initiative_settings (work_area_id, majority_share, "
                      "decision_weeks, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                      "(work_area_id) DO UPDATE SET majority_share = excluded.majority_share, "
                      "decision_weeks = excluded.decision_weeks, updated_at = "
                      "excluded.updated_at, updated_by = excluded.updated_by");
  q.bind(1, work_area);
  q.bind(2, s.majority_share);
  q.bind(3, s.decision_weeks);
  q.bind(4, utc_now());
  q.bind(5, actor);
  q.exec();
  record_audit(
      db, {actor, "settings", fmt::format("initiative_settings/{}", work_area),
           fmt::format("aandeel {}, termijn {} weken", s.majority_share, s.decision_weeks), ""});
  transaction.commit();
}

std::int64_t create_initiative(Database& database, std::int64_t work_area, const NewInitiative& in,
                               TimePoint now, const std::string& actor) {
  SQLite::Transaction transaction(database.sql());
  const auto id = insert_initiative(database, work_area, in, now, actor);
  transaction.commit();
  return id;
}

namespace {

constexpr const char* kSelect =
    "SELECT i.id, i.title, i.description, i.type, i.buurt_code, COALESCE(b.name, ''), "
    "i.wijk_code, COALESCE(w.name, ''), i.gemeente_code, i.location_postcode, "
    "i.location_huisnummer, i.lat, i.lon, i.households, i.asked_amount_cents, i.asked_hours, "
    "i.asked_materials, i.asked_organisation_id, COALESCE(o.name, ''), i.source, i.entered_by, "
    "i.state, i.created_at, i.majority_at, i.decision_due, i.decided_at, i.decided_by, "
    "i.refusal_reason, i.realised_at, i.evaluated_at, i.evaluation, (SELECT COUNT(*) FROM "
    "initiative_supports s WHERE s.initiative_id = i.id AND s.confirmed_at IS NOT NULL) + "
    "COALESCE(i.imported_supports, 0), "
    "i.area_json, i.households_basis FROM "
    "initiatives i LEFT JOIN areas b ON b.work_area_id = i.work_area_id AND b.kind = 'buurt' AND "
    "b.code = i.buurt_code LEFT JOIN areas w ON w.work_area_id = i.work_area_id AND w.kind = "
    "'wijk' AND w.code = i.wijk_code LEFT JOIN organisations o ON o.id = "
    "i.asked_organisation_id ";

Initiative read_initiative(SQLite::Statement& q, const MajorityRule& rule,
                           const std::string& now_iso) {
  Initiative i;
  i.id = q.getColumn(0).getInt64();
  i.title = q.getColumn(1).getString();
  i.description = q.getColumn(2).getString();
  i.type = q.getColumn(3).getString();
  i.area = {q.getColumn(4).getString(), q.getColumn(5).getString(), q.getColumn(6).getString(),
            q.getColumn(7).getString(), q.getColumn(8).getString()};
  if (!q.getColumn(9).isNull()) i.location_postcode = q.getColumn(9).getString();
  if (!q.getColumn(10).isNull()) i.location_huisnummer = q.getColumn(10).getInt();
  if (!q.getColumn(11).isNull()) i.lat = q.getColumn(11).getDouble();
  if (!q.getColumn(12).isNull()) i.lon = q.getColumn(12).getDouble();
  i.households = q.getColumn(13).getInt64();
  i.asked_amount_cents = q.getColumn(14).getInt64();
  i.asked_hours = q.getColumn(15).getInt64();
  i.asked_materials = q.getColumn(16).getString();
  if (!q.getColumn(17).isNull()) i.asked_organisation_id = q.getColumn(17).getInt64();
  i.asked_organisation_name = q.getColumn(18).getString();
  i.source = q.getColumn(19).getString();
  i.entered_by = text_of(q, 20);
  i.state = neighbourhood::parse_state(q.getColumn(21).getString()).value_or(InitiativeState::open);
  i.created_at = q.getColumn(22).getString();
  i.majority_at = text_of(q, 23);
  i.decision_due = text_of(q, 24);
  i.decided_at = text_of(q, 25);
  i.decided_by = text_of(q, 26);
  i.refusal_reason = text_of(q, 27);
  i.realised_at = text_of(q, 28);
  i.evaluated_at = text_of(q, 29);
  i.evaluation = text_of(q, 30);
  i.supports = q.getColumn(31).getInt64();
  i.shape = area_from_json(text_of(q, 32));
  i.households_basis = text_of(q, 33);
  i.needed = neighbourhood::supports_needed(i.households, rule);
  // Once reached, a majority stays: supports withdrawn later do not undo the team's deadline.
  i.supported =
      !i.majority_at.empty() || neighbourhood::is_majority(i.supports, i.households, rule);
  i.overdue = neighbourhood::is_overdue(i.state, i.decision_due, now_iso);
  return i;
}

void read_pledges(SQLite::Database& db, Initiative& i) {
  SQLite::Statement q(db,
                      "SELECT p.organisation_id, o.name, p.amount_cents, p.hours, p.means FROM "
                      "initiative_pledges p JOIN organisations o ON o.id = p.organisation_id "
                      "WHERE p.initiative_id = ? ORDER BY p.id");
  q.bind(1, i.id);
  while (q.executeStep())
    i.pledges.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                         q.getColumn(2).getInt64(), q.getColumn(3).getInt64(),
                         q.getColumn(4).getString()});
}

}  // namespace

std::vector<Initiative> list_initiatives(Database& database, std::int64_t work_area,
                                         const InitiativeFilter& filter, TimePoint now) {
  const auto rule = load_majority_rule(database, work_area);
  auto& db = database.sql();
  std::string sql = std::string(kSelect) + "WHERE i.work_area_id = ?";
  if (!filter.include_unconfirmed) sql += " AND i.state <> 'onbevestigd'";
  if (!filter.wijk.empty()) sql += " AND i.wijk_code = ?";
  if (filter.state) sql += " AND i.state = ?";
  if (filter.year) sql += " AND i.created_at >= ? AND i.created_at < ?";
  sql += " ORDER BY i.created_at DESC, i.id DESC";
  SQLite::Statement q(db, sql);
  int n = 1;
  q.bind(n++, work_area);
  if (!filter.wijk.empty()) q.bind(n++, filter.wijk);
  if (filter.state) q.bind(n++, std::string(state_text(*filter.state)));
  if (filter.year) {
    q.bind(n++, fmt::format("{:04d}", *filter.year));
    q.bind(n++, fmt::format("{:04d}", *filter.year + 1));
  }
  const std::string now_iso = iso_utc(now);
  std::vector<Initiative> out;
  while (q.executeStep()) {
    auto i = read_initiative(q, rule, now_iso);
    if (filter.wijken && std::find(filter.wijken->begin(), filter.wijken->end(), i.area.wijk) ==
                             filter.wijken->end())
      continue;
    out.push_back(std::move(i));
  }
  for (auto& i : out) read_pledges(db, i);
  return out;
}

std::optional<Initiative> find_initiative(Database& database, std::int64_t work_area,
                                          std::int64_t id, TimePoint now) {
  const auto rule = load_majority_rule(database, work_area);
  SQLite::Statement q(database.sql(),
                      std::string(kSelect) + "WHERE i.work_area_id = ? AND i.id = ?");
  q.bind(1, work_area);
  q.bind(2, id);
  if (!q.executeStep()) return std::nullopt;
  auto i = read_initiative(q, rule, iso_utc(now));
  read_pledges(database.sql(), i);
  return i;
}

}  // namespace leefbaar::store
