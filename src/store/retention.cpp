#include "store/retention.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "store/audit.hpp"
#include "store/signals.hpp"

namespace leefbaar::store {

using namespace neighbourhood;

std::vector<RetentionSetting> retention_settings(Database& database, std::int64_t work_area) {
  std::vector<RetentionSetting> out;
  for (const auto& type : retention_record_types())
    out.push_back({type, default_retention_months(type), true, "", ""});
  SQLite::Statement q(database.sql(),
                      "SELECT record_type, months, updated_at, updated_by FROM signal_retention "
                      "WHERE work_area_id = ?");
  q.bind(1, work_area);
  while (q.executeStep()) {
    const std::string type = q.getColumn(0).getString();
    for (auto& s : out) {
      if (s.record_type != type) continue;
      s.months = q.getColumn(1).getInt();
      s.is_default = false;
      s.updated_at = q.getColumn(2).getString();
      s.updated_by = q.getColumn(3).getString();
    }
  }
  return out;
}

void save_retention(Database& database, std::int64_t work_area, const std::string& record_type,
                    int months, const std::string& actor) {
  check_retention(record_type, months);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO signal_retention (work_area_id, record_type, months, "
                      "updated_at, updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (work_area_id, "
                      "record_type) DO UPDATE SET months = excluded.months, updated_at = "
                      "excluded.updated_at, updated_by = excluded.updated_by");
  q.bind(1, work_area);
  q.bind(2, record_type);
  q.bind(3, months);
  q.bind(4, utc_now());
  q.bind(5, actor);
  q.exec();
  record_audit(db, {actor, "settings", fmt::format("bewaartermijn/{}/{}", work_area, record_type),
                    fmt::format("{} maanden", months), ""});
  transaction.commit();
}

namespace {

int months_of(const std::vector<RetentionSetting>& settings, const std::string& type) {
  for (const auto& s : settings)
    if (s.record_type == type) return s.months;
  return default_retention_months(type);
}

PurgeResult purge_work_area(SQLite::Database& db, std::int64_t work_area,
                            const std::vector<RetentionSetting>& settings,
                            std::chrono::system_clock::time_point now) {
  PurgeResult r;
  // Contact moments: from the later of the contact date and the completion of the follow-up.
  const std::string contact_cutoff = months_before(now, months_of(settings, "contactmoment"));
  std::vector<std::int64_t> ids;
  {
    SQLite::Statement q(db,
                        "SELECT id FROM signal_contacts WHERE work_area_id = ? AND (CASE WHEN "
                        "done_on IS NOT NULL AND done_on > contact_date THEN done_on ELSE "
                        "contact_date END) < ?");
    q.bind(1, work_area);
    q.bind(2, contact_cutoff);
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  }
  r.contacts = detail::archive_and_delete_contacts(db, work_area, ids);
  // Follow-up notes: from their own date.
  {
    SQLite::Statement q(db,
                        "DELETE FROM signal_follow_up_notes WHERE note_date < ? AND contact_id IN "
                        "(SELECT id FROM signal_contacts WHERE work_area_id = ?)");
    q.bind(1, months_before(now, months_of(settings, "opvolgnotitie")));
    q.bind(2, work_area);
    r.notes = q.exec();
  }
  // The address and reference of a completed follow-up: no longer needed.
  {
    SQLite::Statement q(db,
                        "UPDATE signal_contacts SET postcode = NULL, huisnummer = NULL, "
                        "toevoeging = NULL, resident_ref = NULL WHERE work_area_id = ? AND "
                        "follow_up_status = 'afgerond' AND done_on IS NOT NULL AND done_on < ? "
                        "AND (postcode IS NOT NULL OR resident_ref IS NOT NULL)");
    q.bind(1, work_area);
    q.bind(2, months_before(now, months_of(settings, "adres_na_afronding")));
    r.addresses = q.exec();
  }
  return r;
}

}  // namespace

PurgeResult purge_expired(Database& database, std::chrono::system_clock::time_point now) {
  auto& db = database.sql();
  std::vector<std::int64_t> work_areas;
  {
    SQLite::Statement q(db, "SELECT DISTINCT work_area_id FROM signal_contacts ORDER BY 1");
    while (q.executeStep()) work_areas.push_back(q.getColumn(0).getInt64());
  }
  PurgeResult total;
  for (const auto wa : work_areas) {
    const auto settings = retention_settings(database, wa);
    SQLite::Transaction transaction(db);
    const PurgeResult r = purge_work_area(db, wa, settings, now);
    if (r.total() > 0)
      record_audit(db, {"systeem", "purge", fmt::format("signalen/werkgebied/{}", wa),
                        fmt::format("bewaartermijn verstreken op {}: {} contactmomenten, {} "
                                    "opvolgnotities en {} adressen verwijderd",
                                    day_text(now), r.contacts, r.notes, r.addresses),
                        "bewaartermijn"});
    transaction.commit();
    total.contacts += r.contacts;
    total.notes += r.notes;
    total.addresses += r.addresses;
  }
  return total;
}

}  // namespace leefbaar::store
