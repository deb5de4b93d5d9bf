// Addresses of resident initiatives (parsed by neighbourhood/addresses.hpp): the buurten of the
// work area, whether an address is known, and the households of a buurt.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/text.hpp"
#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store {

namespace {

// A buurt with its wijk and gemeente; the rest of the statement follows.
constexpr const char* kSelectBuurt =
    "SELECT b.code AS code, b.name AS name, b.wijk_code AS wijk_code, COALESCE(w.name, '') AS "
    "wijk_name, COALESCE(b.gemeente_code, '') AS gemeente_code FROM areas b LEFT JOIN areas w ON "
    "w.work_area_id = b.work_area_id AND w.kind = 'wijk' AND w.code = b.wijk_code WHERE "
    "b.work_area_id = ? AND b.kind = 'buurt' ";

AreaRef read_buurt(const Row& r) {
  return {r.text("code"), r.text("name"), r.text("wijk_code"), r.text("wijk_name"),
          r.text("gemeente_code")};
}

}  // namespace

std::optional<AreaRef> find_buurt(Database& db, std::int64_t work_area, const std::string& code) {
  return db.query(std::string(kSelectBuurt) + "AND b.code = ?")
      .bind(work_area, code)
      .first(read_buurt);
}

std::vector<AreaRef> list_buurten(Database& db, std::int64_t work_area) {
  return db
      .query(std::string(kSelectBuurt) +
             "AND b.wijk_code IS NOT NULL ORDER BY b.gemeente_code, b.wijk_code, b.code")
      .bind(work_area)
      .all(read_buurt);
}

namespace {

// The postcode as people write it: "9401 AB".
std::string spaced(const std::string& postcode) {
  return postcode.size() == 6 ? postcode.substr(0, 4) + " " + postcode.substr(4) : postcode;
}

// What the registers know of one house number: whether any lists it, and the additions they list
// there, normalised as Address::toevoeging ("" for the number without an addition). The pc6hnr
// table lists numbers only, so it vouches for the bare number; the BAG and the stock (whose house
// number is written with its letter, "5a") vouch for their additions.
struct RegisterNumber {
  bool known = false;
  std::set<std::string> additions;
};

RegisterNumber register_number(Database& db, std::int64_t work_area, const Address& a) {
  RegisterNumber out;
  if (db.query(
            "SELECT 1 FROM pc6hnr_rows WHERE work_area_id = ? AND postcode = ? AND huisnummer = ? "
            "LIMIT 1")
          .bind(work_area, a.postcode, a.huisnummer)
          .exists()) {
    out.known = true;
    out.additions.insert("");
  }
  auto bag = db.query(
      "SELECT huisletter, toevoeging FROM bag_addresses WHERE work_area_id = ? AND postcode = ? "
      "AND huisnummer = ?");
  bag.bind(work_area, a.postcode, a.huisnummer);
  while (auto row = bag.next()) {
    out.known = true;
    out.additions.insert(
        initiative_detail::addition_key(row->text("huisletter"), row->text("toevoeging")));
  }
  auto stock =
      db.query("SELECT huisnummer FROM stock_units WHERE work_area_id = ? AND postcode = ?");
  stock.bind(work_area, a.postcode);
  while (auto row = stock.next()) {
    const std::string nr = row->text("huisnummer");
    if (initiative_detail::leading_number(nr) != a.huisnummer) continue;
    std::size_t d = 0;
    while (d < nr.size() && std::isdigit(static_cast<unsigned char>(nr[d]))) ++d;
    out.known = true;
    out.additions.insert(initiative_detail::addition_key(nr.substr(d), ""));
  }
  return out;
}

// The Dutch reason the registers do not know the address; empty when they do.
std::pair<std::string, std::string> register_problem(Database& db, std::int64_t work_area,
                                                     const Address& a) {
  const auto r = register_number(db, work_area, a);
  if (!r.known)
    return {"postcode",
            "Dit adres kennen we niet in het werkgebied. Controleer de postcode en het "
            "huisnummer."};
  if (r.additions.count(a.toevoeging)) return {};
  std::vector<std::string> shown;
  for (const auto& t : r.additions)
    if (!t.empty()) shown.push_back(t);
  const std::string where = fmt::format("{} {}", spaced(a.postcode), a.huisnummer);
  if (a.toevoeging.empty())
    return {"toevoeging",
            fmt::format("Dit adres kennen we niet zonder toevoeging: {} heeft een toevoeging. "
                        "Vul uw toevoeging in: {}.",
                        where, fmt::join(shown, ", "))};
  if (shown.empty())
    return {"toevoeging",
            fmt::format("Dit adres kennen we niet: {} heeft geen toevoeging '{}'. Laat de "
                        "toevoeging leeg.",
                        where, a.toevoeging)};
  return {"toevoeging",
          fmt::format("Dit adres kennen we niet: {} heeft geen toevoeging '{}'. Kies uit: {}{}.",
                      where, a.toevoeging, fmt::join(shown, ", "),
                      r.additions.count("") ? ", of laat de toevoeging leeg" : "")};
}

std::optional<AreaRef> pc6hnr_buurt(Database& db, std::int64_t work_area, const Address& a) {
  const auto buurt =
      db.query(
            "SELECT buurt FROM pc6hnr_rows WHERE work_area_id = ? AND postcode = ? AND huisnummer "
            "= ? LIMIT 1")
          .bind(work_area, a.postcode, a.huisnummer)
          .first([](const Row& r) { return r.text("buurt"); });
  if (!buurt) return std::nullopt;
  return find_buurt(db, work_area, *buurt);
}

// The buurt the corporation coupled its home at this address to.
std::optional<AreaRef> stock_buurt(Database& db, std::int64_t work_area, const Address& a) {
  auto q = db.query(
      "SELECT huisnummer, buurtcode FROM stock_units WHERE work_area_id = ? AND postcode = ? AND "
      "buurtcode IS NOT NULL AND buurtcode <> '' ORDER BY unit_id");
  q.bind(work_area, a.postcode);
  while (auto row = q.next())
    if (initiative_detail::leading_number(row->text("huisnummer")) == a.huisnummer)
      if (auto area = find_buurt(db, work_area, row->text("buurtcode"))) return area;
  return std::nullopt;
}

}  // namespace

// Every register that places the address: the pc6hnr table (CBS's own coupling), the BAG point,
// the buurt the corporation coupled its home to, its home's point. An address no register places
// has no buurt, so a check on the buurt never passes it by.
std::optional<AreaRef> buurt_of_address(Database& db, std::int64_t work_area, const Address& a) {
  if (auto area = pc6hnr_buurt(db, work_area, a)) return area;
  if (const auto p = bag_position(db, work_area, a)) return buurt_at(db, work_area, *p);
  if (auto area = stock_buurt(db, work_area, a)) return area;
  if (const auto p = stock_position(db, work_area, a)) return buurt_at(db, work_area, *p);
  return std::nullopt;
}

bool known_address(Database& db, std::int64_t work_area, const Address& a) {
  return register_problem(db, work_area, a).first.empty();
}

void require_register_address(Database& db, std::int64_t work_area, const Address& a) {
  const auto [field, message] = register_problem(db, work_area, a);
  if (!field.empty()) throw FieldError(field, message);
}

long long count_households(Database& db, std::int64_t work_area, const std::string& buurt) {
  // Corporation homes per pc6hnr address: each home is a household.
  std::map<std::pair<std::string, int>, long long> homes;
  auto s = db.query(
      "SELECT postcode, huisnummer FROM stock_units WHERE work_area_id = ? AND postcode IN "
      "(SELECT DISTINCT postcode FROM pc6hnr_rows WHERE work_area_id = ? AND buurt = ?)");
  s.bind(work_area, work_area, buurt);
  while (auto row = s.next()) {
    const std::string nr = row->text("huisnummer");
    std::size_t d = 0;
    while (d < nr.size() && std::isdigit(static_cast<unsigned char>(nr[d]))) ++d;
    if (d == 0 || d > 6) continue;
    ++homes[{row->text("postcode"), std::stoi(nr.substr(0, d))}];
  }
  long long households = 0;
  std::set<std::pair<std::string, int>> seen;
  auto p =
      db.query("SELECT postcode, huisnummer FROM pc6hnr_rows WHERE work_area_id = ? AND buurt = ?");
  p.bind(work_area, buurt);
  while (auto row = p.next()) {
    std::pair<std::string, int> key{row->text("postcode"), row->integer("huisnummer")};
    if (!seen.insert(key).second) continue;
    const auto h = homes.find(key);
    households += h == homes.end() ? 1 : h->second;
  }
  // Corporation homes placed in the buurt by their own buurtcode, at an address CBS does not list.
  return households + db.query(
                            "SELECT COUNT(*) AS n FROM stock_units s WHERE s.work_area_id = ? "
                            "AND s.buurtcode = ? AND NOT EXISTS (SELECT 1 FROM pc6hnr_rows r "
                            "WHERE r.work_area_id = s.work_area_id AND r.postcode = s.postcode)")
                          .bind(work_area, buurt)
                          .first_int64("n")
                          .value_or(0);
}

}  // namespace leefbaar::store
