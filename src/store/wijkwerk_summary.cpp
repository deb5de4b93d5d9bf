#include "store/wijkwerk_summary.hpp"

#include <fmt/format.h>

#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

std::vector<SignalAreaCount> count_signals_by_area(Database& db, std::int64_t work_area, int year) {
  auto q = db.query(
      "SELECT month, wijk, buurt, kind, sum(n) AS n FROM (SELECT substr(c.contact_date, 1, 7) AS "
      "month, c.wijk_code AS wijk, COALESCE(c.buurt_code, '') AS buurt, i.kind AS kind, count(*) "
      "AS n FROM signal_contacts c JOIN signal_items i ON i.contact_id = c.id WHERE "
      "c.work_area_id = ? GROUP BY 1, 2, 3, 4 UNION ALL SELECT month, wijk_code, '', kind, n FROM "
      "signal_count_archive WHERE work_area_id = ?) t WHERE ? = 0 OR substr(month, 1, 4) = ? "
      "GROUP BY month, wijk, buurt, kind ORDER BY month, wijk, buurt, kind");
  return q.bind(work_area, work_area, year, fmt::format("{:04d}", year)).all([](const Row& r) {
    return SignalAreaCount{r.text("month"), r.text("wijk"), r.text("buurt"), r.text("kind"),
                           r.int64("n")};
  });
}

WijkwerkYears wijkwerk_years(Database& db, std::int64_t work_area) {
  auto q = db.query(
      "SELECT DISTINCT y FROM (SELECT year AS y FROM wijk_profiles WHERE work_area_id = ?1 UNION "
      "SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM wijk_activities WHERE work_area_id = ?1 "
      "UNION SELECT CAST(substr(starts_on, 1, 4) AS INTEGER) FROM wijk_works WHERE work_area_id = "
      "?1 UNION SELECT CAST(substr(ends_on, 1, 4) AS INTEGER) FROM wijk_works WHERE work_area_id = "
      "?1 AND ends_on IS NOT NULL UNION SELECT CAST(substr(created_at, 1, 4) AS INTEGER) FROM "
      "initiatives WHERE work_area_id = ?1 AND state <> 'onbevestigd' UNION SELECT "
      "CAST(substr(contact_date, 1, 4) AS INTEGER) FROM signal_contacts WHERE work_area_id = ?1 "
      "UNION SELECT CAST(substr(month, 1, 4) AS INTEGER) FROM signal_count_archive WHERE "
      "work_area_id = ?1 UNION SELECT CAST(substr(reported_on, 1, 4) AS INTEGER) FROM "
      "wijk_mediation_cases WHERE work_area_id = ?1) WHERE y BETWEEN 2000 AND 2100 ORDER BY y "
      "DESC");
  WijkwerkYears out;
  out.all = q.bind(work_area).all([](const Row& r) { return r.integer("y"); });
  const auto planned = planned_years(db, work_area);
  if (!planned.empty()) out.newest_planned = planned.front();
  return out;
}

}  // namespace leefbaar::store
