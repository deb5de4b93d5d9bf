#include "store/wijkwerk_summary.hpp"

#include <fmt/format.h>

namespace leefbaar::store {

std::vector<SignalAreaCount> count_signals_by_area(Database& database, std::int64_t work_area,
                                                   int year) {
  SQLite::Statement q(
      database.sql(),
      "SELECT month, wijk, buurt, kind, sum(n) FROM (SELECT substr(c.contact_date, 1, 7) AS month, "
      "c.wijk_code AS wijk, COALESCE(c.buurt_code, '') AS buurt, i.kind AS kind, count(*) AS n "
      "FROM signal_contacts c JOIN signal_items i ON i.contact_id = c.id WHERE c.work_area_id = ? "
      "GROUP BY 1, 2, 3, 4 UNION ALL SELECT month, wijk_code, '', kind, n FROM "
      "signal_count_archive WHERE work_area_id = ?) t WHERE substr(month, 1, 4) = ? GROUP BY "
      "month, wijk, buurt, kind ORDER BY month, wijk, buurt, kind");
  q.bind(1, work_area);
  q.bind(2, work_area);
  q.bind(3, fmt::format("{:04d}", year));
  std::vector<SignalAreaCount> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getInt64()});
  return out;
}

WijkwerkYears wijkwerk_years(Database& database, std::int64_t work_area) {
  SQLite::Statement q(
      database.sql(),
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
  q.bind(1, work_area);
  WijkwerkYears out;
  while (q.executeStep()) out.all.push_back(q.getColumn(0).getInt());
  SQLite::Statement p(
      database.sql(),
      "SELECT max(y) FROM (SELECT year AS y FROM wijk_profiles WHERE work_area_id = "
      "?1 UNION SELECT CAST(substr(held_on, 1, 4) AS INTEGER) FROM wijk_activities "
      "WHERE work_area_id = ?1)");
  p.bind(1, work_area);
  if (p.executeStep() && !p.getColumn(0).isNull()) out.newest_planned = p.getColumn(0).getInt();
  return out;
}

}  // namespace leefbaar::store
