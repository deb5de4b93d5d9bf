// Resident initiatives: the settings of the majority rule, entering an initiative (with the
// households of its buurt or shape) and reading initiatives back. Addresses, supports, decisions
// and the portal are in the other initiatives_*.cpp files.
#include "store/initiatives.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/text.hpp"
#include "store/households.hpp"
#include "store/households_geos.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

namespace initiative_detail {

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

InsertedInitiative insert_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
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
    area = find_buurt(db, work_area, in.buurt_code);
    if (!area) throw FieldError("buurt", "Kies een buurt uit de lijst.");
  } else if (in.shape.is_shape()) {
    area = buurt_of_area(db, work_area, in.shape, "");
    if (!area)
      throw FieldError("gebied",
                       "Het midden van het gebied ligt in geen buurt van het werkgebied. Kies "
                       "de buurt.");
  } else if (in.location) {
    area = buurt_of_address(db, work_area, *in.location);
    if (!area)
      throw FieldError("postcode",
                       "Bij dit adres vinden we geen buurt in het werkgebied. Kies de buurt.");
  } else {
    throw FieldError("buurt", "Kies de buurt of vul het adres van de plek in.");
  }
  if (area->wijk.empty()) throw FieldError("buurt", "Deze buurt hoort bij geen wijk.");
  if (in.asked_organisation_id)
    require_partnership_organisation(db, work_area, *in.asked_organisation_id,
                                     "asked_organisation_id");
  const HouseholdCount count = count_area_households(db, work_area, in.shape, area->buurt);
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
  const std::optional<std::string> entered_by =
      portal ? std::nullopt : std::optional<std::string>(actor);
  InitiativeRow row;
  row.title = title;
  row.description = description;
  row.type = in.type;
  row.area = *area;
  if (in.location) {
    row.location_postcode = in.location->postcode;
    row.location_huisnummer = in.location->huisnummer;
  }
  row.lat = lat;
  row.lon = lon;
  row.households = count.households;
  row.asked_amount_cents = in.asked_amount_cents;
  row.asked_hours = in.asked_hours;
  row.asked_materials = materials;
  row.asked_organisation_id = in.asked_organisation_id;
  row.source = portal ? "portaal" : (in.source == "papier" ? "papier" : "medewerker");
  row.entered_by = entered_by;
  row.state = portal ? InitiativeState::unconfirmed : InitiativeState::open;
  row.created_at = iso_utc(now);
  row.area_kind = to_string(in.shape.kind);
  row.area_json = area_to_json(in.shape);
  row.households_basis = count.basis;
  return {insert_initiative_row(db, work_area, row), title};
}

std::int64_t insert_initiative_row(Database& db, std::int64_t work_area, const InitiativeRow& r) {
  db.query(
        "INSERT INTO initiatives (work_area_id, title, description, type, buurt_code, wijk_code, "
        "gemeente_code, location_postcode, location_huisnummer, lat, lon, households, "
        "asked_amount_cents, asked_hours, asked_materials, asked_organisation_id, source, "
        "entered_by, state, created_at, area_kind, area_json, households_basis, majority_at, "
        "decision_due, decided_at, refusal_reason, realised_at, evaluated_at, evaluation, "
        "imported_supports) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, r.title, r.description, r.type, r.area.buurt, r.area.wijk, r.area.gemeente,
            r.location_postcode, r.location_huisnummer, r.lat, r.lon, r.households,
            r.asked_amount_cents, r.asked_hours, r.asked_materials, r.asked_organisation_id,
            r.source, r.entered_by, state_text(r.state), r.created_at, r.area_kind, r.area_json,
            r.households_basis)
      .bind(or_null(r.majority_at), or_null(r.decision_due), or_null(r.decided_at),
            or_null(r.refusal_reason), or_null(r.realised_at), or_null(r.evaluated_at),
            or_null(r.evaluation), r.imported_supports)
      .run();
  return db.last_insert_id();
}

void insert_pledge(Database& db, std::int64_t initiative, std::int64_t organisation,
                   long long amount_cents, long long hours, const std::string& means) {
  db.query(
        "INSERT INTO initiative_pledges (initiative_id, organisation_id, amount_cents, hours, "
        "means) VALUES (?, ?, ?, ?, ?)")
      .bind(initiative, organisation, amount_cents, hours, means)
      .run();
}

}  // namespace initiative_detail

using namespace initiative_detail;

MajorityRule load_majority_rule(Database& db, std::int64_t work_area) {
  return db
      .query(
          "SELECT majority_share, decision_weeks FROM initiative_settings WHERE work_area_id = ?")
      .bind(work_area)
      .first([](const Row& r) {
        return MajorityRule{r.real("majority_share"), r.integer("decision_weeks")};
      })
      .value_or(MajorityRule{});
}

void save_majority_rule(Database& db, std::int64_t work_area, const MajorityRule& s,
                        const std::string& actor) {
  neighbourhood::check_rule(s);
  db.query(
        "INSERT INTO initiative_settings (work_area_id, majority_share, decision_weeks, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (work_area_id) DO UPDATE SET "
        "majority_share = excluded.majority_share, decision_weeks = excluded.decision_weeks, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by")
      .bind(work_area, s.majority_share, s.decision_weeks, utc_now(), actor)
      .run();
}

std::int64_t create_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                               TimePoint now, const std::string& actor) {
  Transaction transaction(db);
  const auto id = insert_initiative(db, work_area, in, now, actor).id;
  transaction.commit();
  return id;
}

namespace {

constexpr const char* kSelect =
    "SELECT i.id AS id, i.title AS title, i.description AS description, i.type AS type, "
    "i.buurt_code AS buurt_code, COALESCE(b.name, '') AS buurt_name, i.wijk_code AS wijk_code, "
    "COALESCE(w.name, '') AS wijk_name, i.gemeente_code AS gemeente_code, "
    "i.location_postcode AS location_postcode, i.location_huisnummer AS location_huisnummer, "
    "i.lat AS lat, i.lon AS lon, i.households AS households, "
    "i.asked_amount_cents AS asked_amount_cents, i.asked_hours AS asked_hours, "
    "i.asked_materials AS asked_materials, i.asked_organisation_id AS asked_organisation_id, "
    "COALESCE(o.name, '') AS asked_organisation_name, i.source AS source, "
    "i.entered_by AS entered_by, i.state AS state, i.created_at AS created_at, "
    "i.majority_at AS majority_at, i.decision_due AS decision_due, i.decided_at AS decided_at, "
    "i.decided_by AS decided_by, i.refusal_reason AS refusal_reason, "
    "i.realised_at AS realised_at, i.evaluated_at AS evaluated_at, i.evaluation AS evaluation, "
    "(SELECT COUNT(*) FROM initiative_supports s WHERE s.initiative_id = i.id AND "
    "s.confirmed_at IS NOT NULL) + COALESCE(i.imported_supports, 0) AS supports, "
    "i.area_json AS area_json, i.households_basis AS households_basis FROM "
    "initiatives i LEFT JOIN areas b ON b.work_area_id = i.work_area_id AND b.kind = 'buurt' AND "
    "b.code = i.buurt_code LEFT JOIN areas w ON w.work_area_id = i.work_area_id AND w.kind = "
    "'wijk' AND w.code = i.wijk_code LEFT JOIN organisations o ON o.id = "
    "i.asked_organisation_id ";

Initiative read_initiative(const Row& r, const MajorityRule& rule, const std::string& now_iso) {
  Initiative i;
  i.id = r.int64("id");
  i.title = r.text("title");
  i.description = r.text("description");
  i.type = r.text("type");
  i.area = {r.text("buurt_code"), r.text("buurt_name"), r.text("wijk_code"), r.text("wijk_name"),
            r.text("gemeente_code")};
  i.location_postcode = r.optional_text("location_postcode");
  if (!r.is_null("location_huisnummer")) i.location_huisnummer = r.integer("location_huisnummer");
  i.lat = r.optional_real("lat");
  i.lon = r.optional_real("lon");
  i.households = r.int64("households");
  i.asked_amount_cents = r.int64("asked_amount_cents");
  i.asked_hours = r.int64("asked_hours");
  i.asked_materials = r.text("asked_materials");
  i.asked_organisation_id = r.optional_int64("asked_organisation_id");
  i.asked_organisation_name = r.text("asked_organisation_name");
  i.source = r.text("source");
  i.entered_by = r.text("entered_by");
  i.state = neighbourhood::parse_state(r.text("state")).value_or(InitiativeState::open);
  i.created_at = r.text("created_at");
  i.majority_at = r.text("majority_at");
  i.decision_due = r.text("decision_due");
  i.decided_at = r.text("decided_at");
  i.decided_by = r.text("decided_by");
  i.refusal_reason = r.text("refusal_reason");
  i.realised_at = r.text("realised_at");
  i.evaluated_at = r.text("evaluated_at");
  i.evaluation = r.text("evaluation");
  i.supports = r.int64("supports");
  i.shape = area_from_json(r.text("area_json"));
  i.households_basis = r.text("households_basis");
  i.needed = neighbourhood::supports_needed(i.households, rule);
  // Once reached, a majority stays: supports withdrawn later do not undo the team's deadline.
  i.supported =
      !i.majority_at.empty() || neighbourhood::is_majority(i.supports, i.households, rule);
  i.overdue = neighbourhood::is_overdue(i.state, i.decision_due, now_iso);
  return i;
}

void read_pledges(Database& db, Initiative& i) {
  auto q = db.query(
      "SELECT p.organisation_id AS organisation_id, o.name AS organisation_name, "
      "p.amount_cents AS amount_cents, p.hours AS hours, p.means AS means FROM "
      "initiative_pledges p JOIN organisations o ON o.id = p.organisation_id WHERE "
      "p.initiative_id = ? ORDER BY p.id");
  i.pledges = q.bind(i.id).all([](const Row& r) {
    return Pledge{r.int64("organisation_id"), r.text("organisation_name"), r.int64("amount_cents"),
                  r.int64("hours"), r.text("means")};
  });
}

}  // namespace

std::vector<Initiative> list_initiatives(Database& db, std::int64_t work_area,
                                         const InitiativeFilter& filter, TimePoint now) {
  const auto rule = load_majority_rule(db, work_area);
  std::string sql = std::string(kSelect) + "WHERE i.work_area_id = ?";
  if (!filter.include_unconfirmed) sql += " AND i.state <> 'onbevestigd'";
  if (!filter.wijk.empty()) sql += " AND i.wijk_code = ?";
  if (filter.state) sql += " AND i.state = ?";
  if (filter.year) sql += " AND i.created_at >= ? AND i.created_at < ?";
  sql += " ORDER BY i.created_at DESC, i.id DESC";
  auto q = db.query(sql);
  q.bind(work_area);
  if (!filter.wijk.empty()) q.bind(filter.wijk);
  if (filter.state) q.bind(state_text(*filter.state));
  if (filter.year)
    q.bind(fmt::format("{:04d}", *filter.year), fmt::format("{:04d}", *filter.year + 1));
  const std::string now_iso = iso_utc(now);
  std::vector<Initiative> out;
  while (auto row = q.next()) {
    auto i = read_initiative(*row, rule, now_iso);
    if (filter.wijken && std::find(filter.wijken->begin(), filter.wijken->end(), i.area.wijk) ==
                             filter.wijken->end())
      continue;
    out.push_back(std::move(i));
  }
  for (auto& i : out) read_pledges(db, i);
  return out;
}

std::optional<Initiative> find_initiative(Database& db, std::int64_t work_area, std::int64_t id,
                                          TimePoint now) {
  const auto rule = load_majority_rule(db, work_area);
  auto i = db.query(std::string(kSelect) + "WHERE i.work_area_id = ? AND i.id = ?")
               .bind(work_area, id)
               .first([&](const Row& r) { return read_initiative(r, rule, iso_utc(now)); });
  if (i) read_pledges(db, *i);
  return i;
}

}  // namespace leefbaar::store
