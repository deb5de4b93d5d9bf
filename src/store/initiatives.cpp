#include "store/initiatives.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "core/text.hpp"
#include "store/audit.hpp"

namespace leefbaar::store {

namespace {

constexpr auto kLinkLifetime = std::chrono::hours(24 * 7);

std::string hex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.resize(size * 2);
  return out;
}

// 192 random bits as 48 hex digits (short enough for the page paths of the portal).
std::string random_token() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  std::array<unsigned char, 24> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return hex(bytes.data(), bytes.size());
}

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

long long needed_for(long long households, double share) {
  return static_cast<long long>(std::floor(share * static_cast<double>(households))) + 1;
}

long long confirmed_supports(SQLite::Database& db, std::int64_t initiative) {
  SQLite::Statement q(db,
                      "SELECT COUNT(*) FROM initiative_supports WHERE initiative_id = ? AND "
                      "confirmed_at IS NOT NULL");
  q.bind(1, initiative);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Sets the majority date and the decision deadline once the supports are a majority.
void update_majority(SQLite::Database& db, std::int64_t work_area, std::int64_t initiative,
                     TimePoint now, const InitiativeSettings& settings) {
  SQLite::Statement q(db, "SELECT households, majority_at FROM initiatives WHERE id = ?");
  q.bind(1, initiative);
  if (!q.executeStep() || !q.getColumn(1).isNull()) return;
  const long long households = q.getColumn(0).getInt64();
  const long long supports = confirmed_supports(db, initiative);
  if (static_cast<double>(supports) <= settings.majority_share * static_cast<double>(households))
    return;
  SQLite::Statement u(db,
                      "UPDATE initiatives SET majority_at = ?, decision_due = ? WHERE id = ? AND "
                      "work_area_id = ?");
  u.bind(1, iso_utc(now));
  u.bind(2, iso_utc(now + std::chrono::hours(24 * 7 * settings.decision_weeks)));
  u.bind(3, initiative);
  u.bind(4, work_area);
  u.exec();
  record_audit(db,
               {"systeem", "majority", fmt::format("initiative/{}", initiative),
                fmt::format("{} steunbetuigingen bij {} huishoudens", supports, households), ""});
}

struct OpenInitiative {
  std::string buurt, state, title;
};

OpenInitiative initiative_for_support(SQLite::Database& db, std::int64_t work_area,
                                      std::int64_t initiative) {
  SQLite::Statement q(
      db, "SELECT buurt_code, state, title FROM initiatives WHERE id = ? AND work_area_id = ?");
  q.bind(1, initiative);
  q.bind(2, work_area);
  if (!q.executeStep()) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  OpenInitiative out{q.getColumn(0).getString(), q.getColumn(1).getString(),
                     q.getColumn(2).getString()};
  if (out.state != "open")
    throw FieldError("initiative", "Dit initiatief verzamelt geen steun (meer).");
  return out;
}

void check_support_address(Database& database, std::int64_t work_area, const std::string& buurt,
                           const Address& address) {
  if (!known_address(database, work_area, address))
    throw FieldError("postcode",
                     "Dit adres kennen we niet in het werkgebied. Controleer de "
                     "postcode en het huisnummer.");
  const auto area = buurt_of_address(database, work_area, address);
  if (area && area->buurt != buurt)
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

std::int64_t outbox(SQLite::Database& db, const std::string& to, const std::string& subject,
                    const std::string& body, TimePoint now) {
  SQLite::Statement q(
      db, "INSERT INTO mail_outbox (recipient, subject, body, created_at) VALUES (?, ?, ?, ?)");
  q.bind(1, to);
  q.bind(2, subject);
  q.bind(3, body);
  q.bind(4, iso_utc(now));
  q.exec();
  return db.getLastInsertRowid();
}

std::string check_email(const std::string& email) {
  std::string e(trim(email));
  const auto at = e.find('@');
  if (e.empty()) throw FieldError("email", "Vul uw e-mailadres in.");
  if (e.size() > 254 || at == std::string::npos || at == 0 ||
      e.find('.', at) == std::string::npos || e.find(' ') != std::string::npos)
    throw FieldError("email", "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
  return e;
}

std::string verification(SQLite::Database& db, std::optional<std::int64_t> initiative,
                         std::optional<std::int64_t> support, std::int64_t outbox_id,
                         const std::string& token, TimePoint now) {
  SQLite::Statement q(db,
                      "INSERT INTO portal_verifications (token_sha256, initiative_id, support_id, "
                      "outbox_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, sha256_text(token));
  if (initiative) q.bind(2, *initiative);
  if (support) q.bind(3, *support);
  q.bind(4, outbox_id);
  q.bind(5, iso_utc(now));
  q.bind(6, iso_utc(now + kLinkLifetime));
  q.exec();
  return token;
}

// What the portal received but nobody confirmed within the link's lifetime: the e-mail addresses
// in the outbox, the supports (their addresses) and the initiatives are removed.
void purge_unconfirmed(SQLite::Database& db, TimePoint now) {
  const std::string expired = iso_utc(now);
  SQLite::Statement mails(db,
                          "UPDATE mail_outbox SET recipient = '', body = '' WHERE id IN (SELECT "
                          "outbox_id FROM portal_verifications WHERE used_at IS NULL AND "
                          "expires_at < ?)");
  mails.bind(1, expired);
  mails.exec();
  SQLite::Statement supports(db,
                             "DELETE FROM initiative_supports WHERE confirmed_at IS NULL AND id IN "
                             "(SELECT support_id FROM portal_verifications WHERE used_at IS NULL "
                             "AND expires_at < ?)");
  supports.bind(1, expired);
  const int s = supports.exec();
  SQLite::Statement initiatives(db,
                                "DELETE FROM initiatives WHERE state = 'onbevestigd' AND id IN "
                                "(SELECT initiative_id FROM portal_verifications WHERE used_at IS "
                                "NULL AND expires_at < ?)");
  initiatives.bind(1, expired);
  const int i = initiatives.exec();
  SQLite::Statement links(
      db, "DELETE FROM portal_verifications WHERE used_at IS NULL AND expires_at < ?");
  links.bind(1, expired);
  links.exec();
  if (s + i > 0)
    record_audit(
        db,
        {"systeem", "purge", "portal",
         fmt::format("{} onbevestigde steunbetuigingen, {} onbevestigde initiatieven", s, i), ""});
}

}  // namespace

std::string sha256_text(const std::string& text) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size());
  return hex(digest.data(), digest.size());
}

InitiativeSettings load_initiative_settings(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT majority_share, decision_weeks FROM initiative_settings WHERE "
                      "work_area_id = ?");
  q.bind(1, work_area);
  if (!q.executeStep()) return {};
  return {q.getColumn(0).getDouble(), q.getColumn(1).getInt()};
}

void save_initiative_settings(Database& database, std::int64_t work_area,
                              const InitiativeSettings& s, const std::string& actor) {
  if (!(s.majority_share > 0 && s.majority_share < 1))
    throw FieldError("majority_share", "Kies een aandeel tussen 0 en 1, bijvoorbeeld 0,5.");
  if (s.decision_weeks < 1 || s.decision_weeks > 52)
    throw FieldError("decision_weeks", "Kies een termijn van 1 tot 52 weken.");
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

std::string Address::key() const {
  return toevoeging.empty() ? fmt::format("{} {}", postcode, huisnummer)
                            : fmt::format("{} {}-{}", postcode, huisnummer, toevoeging);
}

Address parse_address(const std::string& postcode, const std::string& huisnummer,
                      const std::string& toevoeging) {
  Address a;
  for (char c : postcode)
    if (!std::isspace(static_cast<unsigned char>(c)))
      a.postcode += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const bool ok = a.postcode.size() == 6 && a.postcode[0] >= '1' && a.postcode[0] <= '9' &&
                  std::all_of(a.postcode.begin(), a.postcode.begin() + 4,
                              [](char c) { return c >= '0' && c <= '9'; }) &&
                  std::all_of(a.postcode.begin() + 4, a.postcode.end(),
                              [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!ok) throw FieldError("postcode", "Vul een postcode in zoals 9401 AB.");
  std::string nr(trim(huisnummer));
  // "12a" or "12-2" in the house number field: the rest is the addition.
  std::size_t digits = 0;
  while (digits < nr.size() && std::isdigit(static_cast<unsigned char>(nr[digits]))) ++digits;
  if (digits == 0 || digits > 5) throw FieldError("huisnummer", "Vul een huisnummer in, zoals 12.");
  a.huisnummer = std::stoi(nr.substr(0, digits));
  if (a.huisnummer <= 0) throw FieldError("huisnummer", "Vul een huisnummer in, zoals 12.");
  std::string extra = nr.substr(digits) + std::string(trim(toevoeging));
  for (char c : extra)
    if (std::isalnum(static_cast<unsigned char>(c)))
      a.toevoeging += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (a.toevoeging.size() > 6)
    throw FieldError("toevoeging", "Gebruik een toevoeging van hoogstens 6 tekens.");
  return a;
}

std::optional<AreaRef> find_buurt(Database& database, std::int64_t work_area,
                                  const std::string& code) {
  SQLite::Statement q(database.sql(),
                      "SELECT b.code, b.name, b.wijk_code, COALESCE(w.name, ''), "
                      "COALESCE(b.gemeente_code, '') FROM areas b LEFT JOIN areas w ON "
                      "w.work_area_id = b.work_area_id AND w.kind = 'wijk' AND w.code = "
                      "b.wijk_code WHERE b.work_area_id = ? AND b.kind = 'buurt' AND b.code = ?");
  q.bind(1, work_area);
  q.bind(2, code);
  if (!q.executeStep()) return std::nullopt;
  return AreaRef{q.getColumn(0).getString(), q.getColumn(1).getString(), text_of(q, 2),
                 q.getColumn(3).getString(), q.getColumn(4).getString()};
}

std::vector<AreaRef> list_buurten(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT b.code, b.name, b.wijk_code, COALESCE(w.name, ''), "
                      "COALESCE(b.gemeente_code, '') FROM areas b LEFT JOIN areas w ON "
                      "w.work_area_id = b.work_area_id AND w.kind = 'wijk' AND w.code = "
                      "b.wijk_code WHERE b.work_area_id = ? AND b.kind = 'buurt' AND b.wijk_code "
                      "IS NOT NULL ORDER BY b.gemeente_code, b.wijk_code, b.code");
  q.bind(1, work_area);
  std::vector<AreaRef> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), text_of(q, 2),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  return out;
}

std::optional<AreaRef> buurt_of_address(Database& database, std::int64_t work_area,
                                        const Address& a) {
  SQLite::Statement q(database.sql(),
                      "SELECT buurt FROM pc6hnr_rows WHERE work_area_id = ? AND postcode = ? AND "
                      "huisnummer = ? LIMIT 1");
  q.bind(1, work_area);
  q.bind(2, a.postcode);
  q.bind(3, a.huisnummer);
  if (!q.executeStep()) return std::nullopt;
  return find_buurt(database, work_area, q.getColumn(0).getString());
}

bool known_address(Database& database, std::int64_t work_area, const Address& a) {
  if (buurt_of_address(database, work_area, a)) return true;
  // The stock keeps the house number as written ("5a"): compare its leading digits.
  SQLite::Statement q(database.sql(),
                      "SELECT huisnummer FROM stock_units WHERE work_area_id = ? AND postcode = ?");
  q.bind(1, work_area);
  q.bind(2, a.postcode);
  while (q.executeStep()) {
    const std::string nr = text_of(q, 0);
    std::size_t d = 0;
    while (d < nr.size() && std::isdigit(static_cast<unsigned char>(nr[d]))) ++d;
    if (d > 0 && d <= 6 && std::stoi(nr.substr(0, d)) == a.huisnummer) return true;
  }
  return false;
}

long long count_households(Database& database, std::int64_t work_area, const std::string& buurt) {
  auto& db = database.sql();
  // Corporation homes per pc6hnr address: each home is a household.
  std::map<std::pair<std::string, int>, long long> homes;
  SQLite::Statement s(db,
                      "SELECT postcode, huisnummer FROM stock_units WHERE work_area_id = ? AND "
                      "postcode IN (SELECT DISTINCT postcode FROM pc6hnr_rows WHERE work_area_id "
                      "= ? AND buurt = ?)");
  s.bind(1, work_area);
  s.bind(2, work_area);
  s.bind(3, buurt);
  while (s.executeStep()) {
    const std::string nr = text_of(s, 1);
    std::size_t d = 0;
    while (d < nr.size() && std::isdigit(static_cast<unsigned char>(nr[d]))) ++d;
    if (d == 0 || d > 6) continue;
    ++homes[{s.getColumn(0).getString(), std::stoi(nr.substr(0, d))}];
  }
  long long households = 0;
  std::set<std::pair<std::string, int>> seen;
  SQLite::Statement p(db,
                      "SELECT postcode, huisnummer FROM pc6hnr_rows WHERE work_area_id = ? AND "
                      "buurt = ?");
  p.bind(1, work_area);
  p.bind(2, buurt);
  while (p.executeStep()) {
    std::pair<std::string, int> key{p.getColumn(0).getString(), p.getColumn(1).getInt()};
    if (!seen.insert(key).second) continue;
    const auto h = homes.find(key);
    households += h == homes.end() ? 1 : h->second;
  }
  // Corporation homes placed in the buurt by their own buurtcode, at an address CBS does not list.
  SQLite::Statement o(db,
                      "SELECT COUNT(*) FROM stock_units s WHERE s.work_area_id = ? AND "
                      "s.buurtcode = ? AND NOT EXISTS (SELECT 1 FROM pc6hnr_rows r WHERE "
                      "r.work_area_id = s.work_area_id AND r.postcode = s.postcode)");
  o.bind(1, work_area);
  o.bind(2, buurt);
  o.executeStep();
  return households + o.getColumn(0).getInt64();
}

namespace {

// Validates and inserts, inside the caller's transaction.
std::int64_t insert_initiative(Database& database, std::int64_t work_area, const NewInitiative& in,
                               TimePoint now, const std::string& actor) {
  const std::string title = clean_text(in.title, "title", "een titel", 200, true);
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
  std::optional<AreaRef> area;
  if (!in.buurt_code.empty()) {
    area = find_buurt(database, work_area, in.buurt_code);
    if (!area) throw FieldError("buurt", "Kies een buurt uit de lijst.");
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
  if (in.asked_organisation_id) {
    SQLite::Statement o(db, "SELECT 1 FROM organisations WHERE id = ?");
    o.bind(1, *in.asked_organisation_id);
    if (!o.executeStep())
      throw FieldError("asked_organisation_id", "Kies een organisatie uit de lijst.");
  }
  const long long households = count_households(database, work_area, area->buurt);
  const bool portal = in.source == "portaal";
  SQLite::Statement q(
      db,
      "INSERT INTO initiatives (work_area_id, title, description, type, buurt_code, wijk_code, "
      "gemeente_code, location_postcode, location_huisnummer, lat, lon, households, "
      "asked_amount_cents, asked_hours, asked_materials, asked_organisation_id, source, "
      "entered_by, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?)");
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
  if (in.lat) q.bind(10, *in.lat);
  if (in.lon) q.bind(11, *in.lon);
  q.bind(12, static_cast<std::int64_t>(households));
  q.bind(13, static_cast<std::int64_t>(in.asked_amount_cents));
  q.bind(14, static_cast<std::int64_t>(in.asked_hours));
  q.bind(15, materials);
  if (in.asked_organisation_id) q.bind(16, *in.asked_organisation_id);
  q.bind(17, portal ? "portaal" : (in.source == "papier" ? "papier" : "medewerker"));
  if (!portal) q.bind(18, actor);
  q.bind(19, portal ? "onbevestigd" : "open");
  q.bind(20, iso_utc(now));
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("initiative/{}", id), title, ""});
  return id;
}

}  // namespace

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
    "initiative_supports s WHERE s.initiative_id = i.id AND s.confirmed_at IS NOT NULL) FROM "
    "initiatives i LEFT JOIN areas b ON b.work_area_id = i.work_area_id AND b.kind = 'buurt' AND "
    "b.code = i.buurt_code LEFT JOIN areas w ON w.work_area_id = i.work_area_id AND w.kind = "
    "'wijk' AND w.code = i.wijk_code LEFT JOIN organisations o ON o.id = "
    "i.asked_organisation_id ";

Initiative read_initiative(SQLite::Statement& q, const InitiativeSettings& settings,
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
  i.state = q.getColumn(21).getString();
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
  i.needed = needed_for(i.households, settings.majority_share);
  i.supported = !i.majority_at.empty() || i.supports >= i.needed;
  i.overdue = i.state == "open" && !i.decision_due.empty() && i.decision_due < now_iso;
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
  const auto settings = load_initiative_settings(database, work_area);
  auto& db = database.sql();
  std::string sql = std::string(kSelect) + "WHERE i.work_area_id = ?";
  if (!filter.include_unconfirmed) sql += " AND i.state <> 'onbevestigd'";
  if (!filter.wijk.empty()) sql += " AND i.wijk_code = ?";
  if (!filter.state.empty()) sql += " AND i.state = ?";
  if (filter.year) sql += " AND i.created_at >= ? AND i.created_at < ?";
  sql += " ORDER BY i.created_at DESC, i.id DESC";
  SQLite::Statement q(db, sql);
  int n = 1;
  q.bind(n++, work_area);
  if (!filter.wijk.empty()) q.bind(n++, filter.wijk);
  if (!filter.state.empty()) q.bind(n++, filter.state);
  if (filter.year) {
    q.bind(n++, fmt::format("{:04d}", *filter.year));
    q.bind(n++, fmt::format("{:04d}", *filter.year + 1));
  }
  const std::string now_iso = iso_utc(now);
  std::vector<Initiative> out;
  while (q.executeStep()) {
    auto i = read_initiative(q, settings, now_iso);
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
  const auto settings = load_initiative_settings(database, work_area);
  SQLite::Statement q(database.sql(),
                      std::string(kSelect) + "WHERE i.work_area_id = ? AND i.id = ?");
  q.bind(1, work_area);
  q.bind(2, id);
  if (!q.executeStep()) return std::nullopt;
  auto i = read_initiative(q, settings, iso_utc(now));
  read_pledges(database.sql(), i);
  return i;
}

std::int64_t add_paper_support(Database& database, std::int64_t work_area, std::int64_t initiative,
                               const Address& address, TimePoint now, const std::string& actor) {
  auto& db = database.sql();
  const auto target = initiative_for_support(db, work_area, initiative);
  check_support_address(database, work_area, target.buurt, address);
  const auto settings = load_initiative_settings(database, work_area);
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
  update_majority(db, work_area, initiative, now, settings);
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

void decide_initiative(Database& database, std::int64_t work_area, std::int64_t initiative,
                       const Decision& d, TimePoint now, const std::string& actor) {
  auto& db = database.sql();
  const auto current = find_initiative(database, work_area, initiative, now);
  if (!current) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  if (current->state != "open")
    throw ConflictError("Over dit initiatief is al besloten, of het is nog niet bevestigd.");
  const std::string reason = clean_text(d.reason, "reason", "de reden", 2000, !d.approve);
  if (d.approve) {
    if (!current->supported)
      throw FieldError("decision", fmt::format("Goedkeuren kan pas bij een meerderheid: nodig zijn "
                                               "{} steunbetuigingen, er zijn er {}.",
                                               current->needed, current->supports));
    if (d.pledges.empty())
      throw FieldError("pledges", "Geef aan wat ten minste één organisatie bijdraagt.");
  }
  SQLite::Transaction transaction(db);
  for (const auto& p : d.pledges) {
    SQLite::Statement o(db, "SELECT 1 FROM organisations WHERE id = ?");
    o.bind(1, p.organisation_id);
    if (!o.executeStep()) throw FieldError("pledges", "Kies een organisatie uit de lijst.");
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
  u.bind(1, d.approve ? "goedgekeurd" : "afgewezen");
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
                        const std::string& state, const std::string& evaluation, TimePoint now,
                        const std::string& actor) {
  const auto current = find_initiative(database, work_area, initiative, now);
  if (!current) throw FieldError("initiative", "Dit initiatief bestaat niet.");
  const std::string text =
      clean_text(evaluation, "evaluation", "de evaluatie", 4000, state == "geevalueerd");
  const char* column = nullptr;
  if (state == "gerealiseerd") {
    if (current->state != "goedgekeurd")
      throw ConflictError("Alleen een goedgekeurd initiatief kan gerealiseerd worden.");
    column = "realised_at";
  } else if (state == "geevalueerd") {
    if (current->state != "gerealiseerd")
      throw ConflictError("Alleen een gerealiseerd initiatief kan geëvalueerd worden.");
    column = "evaluated_at";
  } else {
    throw FieldError("state", "Kies gerealiseerd of geëvalueerd.");
  }
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

PortalMail submit_portal_initiative(Database& database, std::int64_t work_area,
                                    const NewInitiative& in, const std::string& email,
                                    const std::string& link_base, TimePoint now) {
  const std::string to = check_email(email);
  NewInitiative portal = in;
  portal.source = "portaal";
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  purge_unconfirmed(db, now);
  const std::int64_t id = insert_initiative(database, work_area, portal, now, "portaal");
  const std::string token = random_token();
  const std::string title(trim(in.title));
  const auto mail = outbox(
      db, to, "Bevestig uw initiatief",
      fmt::format("Bedankt voor uw initiatief '{}'.\n\nBevestig het met deze link (7 dagen "
                  "geldig):\n{}{}\n\nHebt u niets ingediend? Dan kunt u deze e-mail negeren.\n",
                  title, link_base, token),
      now);
  verification(db, id, std::nullopt, mail, token, now);
  transaction.commit();
  return {token, id};
}

PortalMail submit_portal_support(Database& database, std::int64_t work_area,
                                 std::int64_t initiative, const Address& address,
                                 const std::string& email, const std::string& link_base,
                                 TimePoint now) {
  const std::string to = check_email(email);
  auto& db = database.sql();
  const auto target = initiative_for_support(db, work_area, initiative);
  check_support_address(database, work_area, target.buurt, address);
  SQLite::Transaction transaction(db);
  purge_unconfirmed(db, now);
  refuse_second_support(db, initiative, address);
  SQLite::Statement q(db,
                      "INSERT INTO initiative_supports (initiative_id, address_key, source, "
                      "created_at) VALUES (?, ?, 'portaal', ?)");
  q.bind(1, initiative);
  q.bind(2, address.key());
  q.bind(3, iso_utc(now));
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  const std::string token = random_token();
  const auto mail = outbox(
      db, to, "Bevestig uw steun",
      fmt::format("U wilt het initiatief '{}' steunen.\n\nBevestig uw steun met deze link (7 "
                  "dagen geldig):\n{}{}\n\nHebt u niets ingevuld? Dan kunt u deze e-mail "
                  "negeren.\n",
                  target.title, link_base, token),
      now);
  verification(db, std::nullopt, id, mail, token, now);
  record_audit(db, {"portaal", "create", fmt::format("initiative/{}/support/{}", initiative, id),
                    "steunbetuiging via het portaal, wacht op bevestiging", ""});
  transaction.commit();
  return {token, id};
}

Confirmation confirm_portal_token(Database& database, const std::string& token, TimePoint now) {
  auto& db = database.sql();
  if (token.size() != 48 || token.find_first_not_of("0123456789abcdef") != std::string::npos)
    throw FieldError("token",
                     "Deze bevestigingslink klopt niet. Kopieer de hele link uit de e-mail.");
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "SELECT v.id, v.initiative_id, v.support_id, v.outbox_id, v.expires_at, "
                      "v.used_at FROM portal_verifications v WHERE v.token_sha256 = ?");
  q.bind(1, sha256_text(token));
  if (!q.executeStep())
    throw FieldError("token",
                     "Deze bevestigingslink kennen we niet. Kopieer de hele link uit de e-mail.");
  const std::int64_t vid = q.getColumn(0).getInt64();
  if (!q.getColumn(5).isNull())
    throw FieldError("token", "Deze link is al gebruikt: uw bevestiging is binnen.");
  if (q.getColumn(4).getString() < iso_utc(now))
    throw FieldError("token", "Deze link is verlopen. Vul het formulier opnieuw in.");
  Confirmation out;
  std::int64_t work_area = 0;
  if (!q.getColumn(1).isNull()) {
    out.kind = "initiatief";
    out.initiative_id = q.getColumn(1).getInt64();
    SQLite::Statement u(db,
                        "UPDATE initiatives SET state = 'open' WHERE id = ? AND state = "
                        "'onbevestigd'");
    u.bind(1, out.initiative_id);
    u.exec();
  } else if (!q.getColumn(2).isNull()) {
    out.kind = "steun";
    const std::int64_t support = q.getColumn(2).getInt64();
    SQLite::Statement s(db,
                        "SELECT initiative_id, address_key FROM initiative_supports WHERE id = ?");
    s.bind(1, support);
    if (!s.executeStep()) throw FieldError("token", "Deze steunbetuiging bestaat niet meer.");
    out.initiative_id = s.getColumn(0).getInt64();
    SQLite::Statement dup(db,
                          "SELECT 1 FROM initiative_supports WHERE initiative_id = ? AND "
                          "address_key = ? AND confirmed_at IS NOT NULL");
    dup.bind(1, out.initiative_id);
    dup.bind(2, s.getColumn(1).getString());
    if (dup.executeStep())
      throw ConflictError(
          "Vanaf dit adres is dit initiatief al gesteund. Per adres telt één steunbetuiging.");
    SQLite::Statement u(db, "UPDATE initiative_supports SET confirmed_at = ? WHERE id = ?");
    u.bind(1, iso_utc(now));
    u.bind(2, support);
    u.exec();
  } else {
    throw FieldError("token", "Deze bevestigingslink kennen we niet.");
  }
  {
    SQLite::Statement t(db, "SELECT work_area_id, title FROM initiatives WHERE id = ?");
    t.bind(1, out.initiative_id);
    if (t.executeStep()) {
      work_area = t.getColumn(0).getInt64();
      out.title = t.getColumn(1).getString();
    }
  }
  SQLite::Statement used(db, "UPDATE portal_verifications SET used_at = ? WHERE id = ?");
  used.bind(1, iso_utc(now));
  used.bind(2, vid);
  used.exec();
  // The e-mail address was only needed to send the link: once it is used, it is removed.
  if (!q.getColumn(3).isNull()) {
    SQLite::Statement purge(db, "UPDATE mail_outbox SET recipient = '', body = '' WHERE id = ?");
    purge.bind(1, q.getColumn(3).getInt64());
    purge.exec();
  }
  if (out.kind == "steun")
    update_majority(db, work_area, out.initiative_id, now,
                    load_initiative_settings(database, work_area));
  record_audit(
      db, {"portaal", "confirm", fmt::format("initiative/{}", out.initiative_id), out.kind, ""});
  transaction.commit();
  return out;
}

std::vector<OutboxMail> list_outbox(Database& database) {
  SQLite::Statement q(database.sql(),
                      "SELECT id, recipient, subject, body, created_at FROM mail_outbox WHERE "
                      "sent_at IS NULL AND recipient <> '' ORDER BY id");
  std::vector<OutboxMail> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString()});
  return out;
}

bool over_rate_limit(Database& database, const std::string& key, int max_requests,
                     std::chrono::seconds window, TimePoint now) {
  auto& db = database.sql();
  const std::string hashed = sha256_text(key);
  const std::string since = iso_utc(now - window);
  SQLite::Transaction transaction(db);
  SQLite::Statement purge(db, "DELETE FROM portal_requests WHERE at < ?");
  purge.bind(1, iso_utc(now - std::chrono::hours(24)));
  purge.exec();
  SQLite::Statement q(db, "SELECT COUNT(*) FROM portal_requests WHERE key_sha256 = ? AND at >= ?");
  q.bind(1, hashed);
  q.bind(2, since);
  q.executeStep();
  const long long count = q.getColumn(0).getInt64();
  SQLite::Statement ins(db, "INSERT INTO portal_requests (key_sha256, at) VALUES (?, ?)");
  ins.bind(1, hashed);
  ins.bind(2, iso_utc(now));
  ins.exec();
  transaction.commit();
  return count >= max_requests;
}

std::optional<std::int64_t> portal_work_area(Database& database) {
  SQLite::Statement q(database.sql(), "SELECT id FROM work_areas ORDER BY id LIMIT 1");
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::vector<OrganisationRef> partnership_organisations(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT o.id, o.name, o.kind FROM organisations o WHERE o.id IN (SELECT "
                      "organisation_id FROM work_areas WHERE id = ? UNION SELECT organisation_id "
                      "FROM work_area_partners WHERE work_area_id = ?) ORDER BY o.id");
  q.bind(1, work_area);
  q.bind(2, work_area);
  std::vector<OrganisationRef> out;
  while (q.executeStep())
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  return out;
}

}  // namespace leefbaar::store
