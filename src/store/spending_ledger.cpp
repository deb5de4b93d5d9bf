// The spending ledger read back: every row (for the totals, figures and exports, where reversals
// net out by themselves), one row, a filtered page for the Uitgaven page, and the names people
// choose from on its form.
#include <fmt/format.h>

#include "store/spending.hpp"

namespace leefbaar::store {

namespace {

// Every column of an entry with the names people read; the WHERE clause follows.
constexpr const char* kSelectEntries =
    "SELECT s.id AS id, s.spent_on AS spent_on, s.gemeente_code AS gemeente_code, s.wijk_code AS "
    "wijk_code, s.organisation_id AS organisation_id, o.name AS organisation_name, o.kind AS "
    "organisation_kind, s.amount_cents AS amount_cents, s.btiv_category AS btiv_category, "
    "s.effort AS effort, s.initiative_id AS initiative_id, s.activity_ref AS activity_ref, "
    "s.description AS description, s.created_at AS created_at, s.created_by AS created_by, "
    "s.reverses_id AS reverses_id, s.replaces_id AS replaces_id, s.correction_reason AS "
    "correction_reason, (SELECT r.id FROM spending_entries r WHERE r.reverses_id = s.id) AS "
    "reversed_by, COALESCE((SELECT g.name FROM areas g WHERE g.work_area_id = s.work_area_id AND "
    "g.kind = 'gemeente' AND g.code = s.gemeente_code LIMIT 1), '') AS gemeente_name, "
    "COALESCE((SELECT w.name FROM areas w WHERE w.work_area_id = s.work_area_id AND w.kind = "
    "'wijk' AND w.code = s.wijk_code LIMIT 1), '') AS wijk_name, COALESCE(i.title, '') AS "
    "initiative_title ";
constexpr const char* kFromEntries =
    "FROM spending_entries s JOIN organisations o ON o.id = s.organisation_id LEFT JOIN "
    "initiatives i ON i.id = s.initiative_id AND i.work_area_id = s.work_area_id WHERE "
    "s.work_area_id = ? ";

SpendingEntry read_entry(const Row& r) {
  SpendingEntry e;
  e.id = r.int64("id");
  e.spent_on = r.text("spent_on");
  e.gemeente_code = r.text("gemeente_code");
  e.wijk_code = r.text("wijk_code");
  e.organisation_id = r.int64("organisation_id");
  e.organisation_name = r.text("organisation_name");
  e.organisation_kind = r.text("organisation_kind");
  e.amount_cents = r.int64("amount_cents");
  e.btiv_category = r.text("btiv_category");
  e.effort = r.text("effort");
  e.initiative_id = r.optional_int64("initiative_id");
  e.activity_ref = r.text("activity_ref");
  e.description = r.text("description");
  e.created_at = r.text("created_at");
  e.created_by = r.text("created_by");
  e.reverses_id = r.optional_int64("reverses_id");
  e.replaces_id = r.optional_int64("replaces_id");
  e.reversed_by = r.optional_int64("reversed_by");
  e.correction_reason = r.text("correction_reason");
  e.gemeente_name = r.text("gemeente_name");
  e.wijk_name = r.text("wijk_name");
  e.initiative_title = r.text("initiative_title");
  return e;
}

// The filters as SQL conditions with their values, in the order they are bound.
struct Conditions {
  std::string sql;
  std::vector<std::string> values;
};

Conditions conditions_of(const SpendingFilter& f) {
  Conditions c;
  if (f.year) {
    c.sql += "AND s.spent_on >= ? AND s.spent_on < ? ";
    c.values.push_back(fmt::format("{:04d}", *f.year));
    c.values.push_back(fmt::format("{:04d}", *f.year + 1));
  }
  if (!f.gemeente_code.empty()) {
    c.sql += "AND s.gemeente_code = ? ";
    c.values.push_back(f.gemeente_code);
  }
  if (!f.wijk_code.empty()) {
    c.sql += "AND s.wijk_code = ? ";
    c.values.push_back(f.wijk_code);
  }
  if (f.btiv_category == "-") {
    c.sql += "AND s.btiv_category IS NULL ";
  } else if (!f.btiv_category.empty()) {
    c.sql += "AND s.btiv_category = ? ";
    c.values.push_back(f.btiv_category);
  }
  if (!f.text.empty()) {
    // instr on lower-cased text: no pattern characters to escape in what people type.
    c.sql += "AND (";
    const char* const searched[] = {"s.description", "s.activity_ref", "o.name", "i.title",
                                    "s.correction_reason"};
    for (const char* column : searched) {
      c.sql += fmt::format("{}instr(lower(COALESCE({}, '')), lower(?)) > 0",
                           column == searched[0] ? "" : " OR ", column);
      c.values.push_back(f.text);
    }
    c.sql += ") ";
  }
  return c;
}

}  // namespace

std::vector<SpendingEntry> list_spending(Database& db, std::int64_t work_area,
                                         std::optional<int> year) {
  SpendingFilter f;
  f.year = year;
  const auto c = conditions_of(f);
  auto q =
      db.query(std::string(kSelectEntries) + kFromEntries + c.sql + "ORDER BY s.spent_on, s.id");
  q.bind(work_area);
  for (const auto& v : c.values) q.bind(v);
  return q.all(read_entry);
}

std::optional<SpendingEntry> find_spending(Database& db, std::int64_t work_area, std::int64_t id) {
  return db.query(std::string(kSelectEntries) + kFromEntries + "AND s.id = ?")
      .bind(work_area, id)
      .first(read_entry);
}

SpendingPage spending_page(Database& db, std::int64_t work_area, const SpendingFilter& filter) {
  const auto c = conditions_of(filter);
  SpendingPage page;
  {
    auto q =
        db.query(std::string("SELECT COUNT(*) AS n, COALESCE(SUM(s.amount_cents), 0) AS sum ") +
                 kFromEntries + c.sql);
    q.bind(work_area);
    for (const auto& v : c.values) q.bind(v);
    if (auto row = q.next()) {
      page.total = row->int64("n");
      page.total_cents = row->int64("sum");
    }
  }
  // Newest first; a reversal (added later, same date) stands above the row it reverses.
  auto q = db.query(std::string(kSelectEntries) + kFromEntries + c.sql +
                    "ORDER BY s.spent_on DESC, s.id DESC LIMIT ? OFFSET ?");
  q.bind(work_area);
  for (const auto& v : c.values) q.bind(v);
  q.bind(filter.limit, filter.offset);
  page.entries = q.all(read_entry);
  return page;
}

SpendingChoices spending_choices(Database& db, std::int64_t work_area) {
  SpendingChoices out;
  out.gemeenten =
      db.query(
            "SELECT code, MIN(name) AS name FROM areas WHERE work_area_id = ? AND kind = "
            "'gemeente' GROUP BY code ORDER BY name")
          .bind(work_area)
          .all([](const Row& r) {
            return NamedCode{r.text("code"), r.text("name"), ""};
          });
  // The wijken as the ledger checks them (a wijk of buurten of the gemeente), by name when the
  // wijk layer has one.
  out.wijken = db.query(
                     "SELECT b.wijk_code AS code, COALESCE((SELECT w.name FROM areas w WHERE "
                     "w.work_area_id = b.work_area_id AND w.kind = 'wijk' AND w.code = "
                     "b.wijk_code LIMIT 1), b.wijk_code) AS name, b.gemeente_code AS gemeente "
                     "FROM areas b WHERE b.work_area_id = ? AND b.kind = 'buurt' AND b.wijk_code "
                     "IS NOT NULL GROUP BY b.wijk_code, b.gemeente_code ORDER BY name")
                   .bind(work_area)
                   .all([](const Row& r) {
                     return NamedCode{r.text("code"), r.text("name"), r.text("gemeente")};
                   });
  out.initiatives =
      db.query(
            "SELECT id, title, wijk_code FROM initiatives WHERE work_area_id = ? "
            "AND state <> 'onbevestigd' ORDER BY title, id")
          .bind(work_area)
          .all([](const Row& r) {
            return NamedCode{std::to_string(r.int64("id")), r.text("title"), r.text("wijk_code")};
          });
  return out;
}

}  // namespace leefbaar::store
