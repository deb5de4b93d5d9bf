#include "store/wijkwerk_summary.hpp"

#include <fmt/format.h>

#include "store/record_years.hpp"
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
  WijkwerkYears out;
  out.all = years_with_records(db, work_area,
                               {{"wijk_profiles", "year", {}, true},
                                {"wijk_activities", "held_on"},
                                {"wijk_works", "starts_on"},
                                {"wijk_works", "ends_on", "ends_on IS NOT NULL"},
                                {"initiatives", "created_at", "state <> 'onbevestigd'"},
                                {"signal_contacts", "contact_date"},
                                {"signal_count_archive", "month"},
                                {"wijk_mediation_cases", "reported_on"}});
  const auto planned = planned_years(db, work_area);
  if (!planned.empty()) out.newest_planned = planned.front();
  return out;
}

}  // namespace leefbaar::store
