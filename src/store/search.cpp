#include "store/search.hpp"

#include "core/search_terms.hpp"
#include "store/sql.hpp"

namespace leefbaar::store {

namespace {

AddressHit unit_hit(const Row& r) {
  return {r.text("unit_id"),  r.text("straat"), r.text("huisnummer"),
          r.text("postcode"), r.text("plaats"), ""};
}

// A BAG address's number as it is written: 12, 12a, 12a-2.
std::string bag_number(const Row& r) {
  std::string out = std::to_string(r.int64("huisnummer")) + r.text("huisletter");
  if (!r.text("toevoeging").empty()) out += "-" + r.text("toevoeging");
  return out;
}

}  // namespace

std::vector<AddressHit> stock_on_street(Database& db, std::int64_t work_area,
                                        std::string_view street_key, long long number, int limit) {
  // CAST reads the leading digits of the number as written ("12a" -> 12).
  return db
      .query(
          "SELECT unit_id, straat, huisnummer, postcode, plaats FROM stock_units WHERE "
          "work_area_id = ? AND straat_key >= ? AND straat_key < ? AND CAST(huisnummer AS "
          "INTEGER) = ? ORDER BY straat_key, plaats, huisnummer, unit_id LIMIT ?")
      .bind(work_area, street_key, search::prefix_end(street_key), number, limit)
      .all(unit_hit);
}

std::vector<AddressHit> addresses_at(Database& db, std::int64_t work_area, const std::string& pc6,
                                     long long number, int limit) {
  auto out = db.query(
                   "SELECT unit_id, straat, huisnummer, postcode, plaats FROM stock_units WHERE "
                   "work_area_id = ? AND postcode = ? AND CAST(huisnummer AS INTEGER) = ? ORDER "
                   "BY huisnummer, unit_id LIMIT ?")
                 .bind(work_area, pc6, number, limit)
                 .all(unit_hit);
  const auto bag =
      db.query(
            "SELECT b.postcode, b.huisnummer, b.huisletter, b.toevoeging, (SELECT MIN(p.buurt) "
            "FROM pc6hnr_rows p WHERE p.work_area_id = b.work_area_id AND p.postcode = b.postcode "
            "AND p.huisnummer = b.huisnummer) AS buurt FROM bag_addresses b WHERE "
            "b.work_area_id = ? AND b.postcode = ? AND b.huisnummer = ? ORDER BY b.huisletter, "
            "b.toevoeging LIMIT ?")
          .bind(work_area, pc6, number, limit)
          .all([](const Row& r) {
            return AddressHit{"", "", bag_number(r), r.text("postcode"), "", r.text("buurt")};
          });
  out.insert(out.end(), bag.begin(), bag.end());
  return out;
}

std::vector<PostcodeHit> postcodes(Database& db, std::int64_t work_area, const std::string& prefix,
                                   int limit) {
  return db
      .query(
          "SELECT s.postcode AS postcode, COUNT(*) AS units, MIN(s.unit_id) AS unit_id, (SELECT "
          "MIN(p.buurt) FROM pc6hnr_rows p WHERE p.work_area_id = s.work_area_id AND p.postcode = "
          "s.postcode) AS buurt FROM stock_units s WHERE s.work_area_id = ? AND s.postcode >= ? "
          "AND s.postcode < ? GROUP BY s.postcode ORDER BY s.postcode LIMIT ?")
      .bind(work_area, prefix, search::prefix_end(prefix), limit)
      .all([](const Row& r) {
        return PostcodeHit{r.text("postcode"), r.int64("units"), r.text("unit_id"),
                           r.text("buurt")};
      });
}

}  // namespace leefbaar::store
