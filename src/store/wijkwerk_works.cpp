// Wijk work: the physical works per area and period (demolition, new building, renovation, public
// space), their checks and their corrections.
#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "store/wijkwerk_detail.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

using namespace wijkwerk_detail;

namespace wijkwerk_detail {

std::int64_t insert_work(Database& db, std::int64_t work_area, const PhysicalWork& w,
                         const std::string& actor) {
  return db
      .query(
          "INSERT INTO wijk_works (work_area_id, kind, title, area_code, wijk_code, starts_on, "
          "ends_on, description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, w.kind, w.title, w.area_code, w.wijk_code, w.starts_on, or_null(w.ends_on),
            w.description, utc_now(), actor)
      .insert();
}

}  // namespace wijkwerk_detail

namespace {

// Checks the work and completes it as stored: its wijk found from its area, its texts trimmed.
void check_work(Database& db, std::int64_t work_area, PhysicalWork& w) {
  const auto& kinds = physical_work_kinds();
  if (std::find(kinds.begin(), kinds.end(), w.kind) == kinds.end())
    throw FieldError("kind", "Kies de soort werk: sloop, nieuwbouw, renovatie of openbare ruimte.");
  w.title = text_field(w.title, "title", 200, "Geef het werk een naam.");
  if (is_buurt_code(w.area_code)) {
    w.wijk_code = wijk_of_buurt(db, work_area, w.area_code, "area_code");
  } else {
    check_wijk(db, work_area, w.area_code, "area_code");
    w.wijk_code = w.area_code;
  }
  if (!is_iso_date(w.starts_on))
    throw FieldError("starts_on", "Geef de startdatum als JJJJ-MM-DD.");
  if (!w.ends_on.empty() && !is_iso_date(w.ends_on))
    throw FieldError("ends_on", "Geef de einddatum als JJJJ-MM-DD.");
  if (!w.ends_on.empty() && w.ends_on < w.starts_on)
    throw FieldError("ends_on", "De einddatum ligt voor de startdatum.");
  w.description = std::string(trim(w.description));
  if (w.description.size() > 2000)
    throw FieldError("description", "Gebruik hoogstens 2000 tekens.");
}

constexpr const char* kWorkSelect =
    "SELECT id, kind, title, area_code, wijk_code, starts_on, ends_on, description FROM wijk_works "
    "WHERE work_area_id = ? ";

PhysicalWork work_of(const Row& r) {
  return PhysicalWork{r.int64("id"),       r.text("kind"),       r.text("title"),
                      r.text("area_code"), r.text("wijk_code"),  r.text("starts_on"),
                      r.text("ends_on"),   r.text("description")};
}

}  // namespace

PhysicalWork add_work(Database& db, std::int64_t work_area, const PhysicalWork& input,
                      const std::string& actor) {
  PhysicalWork w = input;
  check_work(db, work_area, w);
  Transaction transaction(db);
  w.id = insert_work(db, work_area, w, actor);
  transaction.commit();
  return w;
}

std::vector<PhysicalWork> list_works(Database& db, std::int64_t work_area, const std::string& wijk,
                                     int year) {
  return db
      .query(std::string(kWorkSelect) +
             "AND (? = '' OR wijk_code = ?) AND (? = 0 OR (starts_on <= ? AND (ends_on IS NULL OR "
             "ends_on >= ?))) ORDER BY starts_on, id")
      .bind(work_area, wijk, wijk, year, fmt::format("{:04}-12-31", year),
            fmt::format("{:04}-01-01", year))
      .all(work_of);
}

std::optional<PhysicalWork> find_work(Database& db, std::int64_t work_area, std::int64_t id) {
  return db.query(std::string(kWorkSelect) + "AND id = ?").bind(work_area, id).first(work_of);
}

PhysicalWork update_work(Database& db, std::int64_t work_area, std::int64_t id,
                         const PhysicalWork& input) {
  PhysicalWork w = input;
  w.id = id;
  check_work(db, work_area, w);
  Transaction transaction(db);
  if (db.query(
            "UPDATE wijk_works SET kind = ?, title = ?, area_code = ?, wijk_code = ?, starts_on = "
            "?, ends_on = ?, description = ? WHERE id = ? AND work_area_id = ?")
          .bind(w.kind, w.title, w.area_code, w.wijk_code, w.starts_on, or_null(w.ends_on),
                w.description, id, work_area)
          .run() == 0)
    throw FieldError("id", "Dit werk bestaat niet.");
  transaction.commit();
  return w;
}

void remove_work(Database& db, std::int64_t work_area, std::int64_t id) {
  Transaction transaction(db);
  if (db.query("DELETE FROM wijk_works WHERE id = ? AND work_area_id = ?")
          .bind(id, work_area)
          .run() == 0)
    throw FieldError("id", "Dit werk bestaat niet.");
  transaction.commit();
}

}  // namespace leefbaar::store
