#include "store/retention.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "store/signals.hpp"

namespace leefbaar::store {

using namespace neighbourhood;

std::vector<RetentionSetting> retention_settings(Database& db, std::int64_t work_area) {
  std::vector<RetentionSetting> out;
  for (const auto& type : retention_record_types())
    out.push_back({type, default_retention_months(type), true, "", ""});
  auto q = db.query(
      "SELECT record_type, months, updated_at, updated_by FROM signal_retention WHERE "
      "work_area_id = ?");
  q.bind(work_area);
  while (auto row = q.next()) {
    const std::string type = row->text("record_type");
    for (auto& s : out) {
      if (s.record_type != type) continue;
      s.months = row->integer("months");
      s.is_default = false;
      s.updated_at = row->text("updated_at");
      s.updated_by = row->text("updated_by");
    }
  }
  return out;
}

void save_retention(Database& db, std::int64_t work_area, const std::string& record_type,
                    int months, const std::string& actor) {
  check_retention(record_type, months);
  Transaction transaction(db);
  db.query(
        "INSERT INTO signal_retention (work_area_id, record_type, months, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (work_area_id, record_type) DO UPDATE SET "
        "months = excluded.months, updated_at = excluded.updated_at, updated_by = "
        "excluded.updated_by")
      .bind(work_area, record_type, months, utc_now(), actor)
      .run();
  transaction.commit();
}

namespace {

int months_of(const std::vector<RetentionSetting>& settings, const std::string& type) {
  for (const auto& s : settings)
    if (s.record_type == type) return s.months;
  return default_retention_months(type);
}

PurgeResult purge_work_area(Database& db, std::int64_t work_area,
                            const std::vector<RetentionSetting>& settings,
                            std::chrono::system_clock::time_point now) {
  PurgeResult r;
  // Contact moments: from the later of the contact date and the completion of the follow-up.
  const std::string contact_cutoff = months_before(now, months_of(settings, "contactmoment"));
  const auto ids =
      db.query(
            "SELECT id FROM signal_contacts WHERE work_area_id = ? AND (CASE WHEN done_on IS NOT "
            "NULL AND done_on > contact_date THEN done_on ELSE contact_date END) < ?")
          .bind(work_area, contact_cutoff)
          .all([](const Row& row) { return row.int64("id"); });
  r.contacts = detail::archive_and_delete_contacts(db, work_area, ids);
  // Follow-up notes: from their own date.
  r.notes = db.query(
                  "DELETE FROM signal_follow_up_notes WHERE note_date < ? AND contact_id IN "
                  "(SELECT id FROM signal_contacts WHERE work_area_id = ?)")
                .bind(months_before(now, months_of(settings, "opvolgnotitie")), work_area)
                .run();
  // The address and reference of a completed follow-up: no longer needed.
  r.addresses =
      db.query(
            "UPDATE signal_contacts SET postcode = NULL, huisnummer = NULL, toevoeging = NULL, "
            "resident_ref = NULL WHERE work_area_id = ? AND follow_up_status = 'afgerond' AND "
            "done_on IS NOT NULL AND done_on < ? AND (postcode IS NOT NULL OR resident_ref IS NOT "
            "NULL)")
          .bind(work_area, months_before(now, months_of(settings, "adres_na_afronding")))
          .run();
  return r;
}

}  // namespace

PurgeResult purge_expired(Database& db, std::chrono::system_clock::time_point now,
                          const OnPurged& on_purged) {
  const auto work_areas =
      db.query("SELECT DISTINCT work_area_id FROM signal_contacts ORDER BY work_area_id")
          .all([](const Row& r) { return r.int64("work_area_id"); });
  PurgeResult total;
  for (const auto wa : work_areas) {
    const auto settings = retention_settings(db, wa);
    Transaction transaction(db);
    const PurgeResult r = purge_work_area(db, wa, settings, now);
    if (r.total() > 0 && on_purged) on_purged(db, wa, r);
    transaction.commit();
    total.contacts += r.contacts;
    total.notes += r.notes;
    total.addresses += r.addresses;
  }
  return total;
}

}  // namespace leefbaar::store
