#include "store/spending.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "neighbourhood/wijkwerk.hpp"
#include "store/audit.hpp"
#include "store/import_table.hpp"
#include "store/initiatives.hpp"

namespace leefbaar::store {

namespace {

bool valid_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  const int year = std::stoi(d.substr(0, 4));
  const int month = std::stoi(d.substr(5, 2));
  const int day = std::stoi(d.substr(8, 2));
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Checks an entry against the work area; answers it normalised.
NewSpending checked(Database& db, std::int64_t work_area, const NewSpending& in) {
  NewSpending e = in;
  e.spent_on = std::string(trim(e.spent_on));
  if (!valid_date(e.spent_on))
    throw FieldError("spent_on", "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2025-03-14.");
  e.gemeente_code = std::string(trim(e.gemeente_code));
  if (!db.query("SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'gemeente' AND code = ?")
           .bind(work_area, e.gemeente_code)
           .exists())
    throw FieldError("gemeente", "Kies een gemeente uit het werkgebied.");
  e.wijk_code = std::string(trim(e.wijk_code));
  if (!e.wijk_code.empty() &&
      !db.query("SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'buurt' AND wijk_code = ? "
                "AND gemeente_code = ? LIMIT 1")
           .bind(work_area, e.wijk_code, e.gemeente_code)
           .exists())
    throw FieldError("wijk", "Kies een wijk van deze gemeente.");
  require_partnership_organisation(db, work_area, e.organisation_id, "organisation_id");
  const std::string kind = db.query("SELECT kind FROM organisations WHERE id = ?")
                               .bind(e.organisation_id)
                               .first_text("kind")
                               .value_or("");
  if (e.amount_cents == 0 || std::llabs(e.amount_cents) > 100'000'000'00LL)
    throw FieldError("amount", "Vul een bedrag in (een correctie mag negatief zijn).");
  e.btiv_category = std::string(trim(e.btiv_category));
  for (auto& c : e.btiv_category)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!e.btiv_category.empty() && e.btiv_category != "a" && e.btiv_category != "b" &&
      e.btiv_category != "c")
    throw FieldError("btiv_category", "Kies categorie a, b of c (BTIV artikel 51).");
  if (kind == "corporatie" && e.btiv_category.empty())
    throw FieldError("btiv_category",
                     "Geld van de corporatie heeft een categorie nodig: a, b of c (BTIV artikel "
                     "51).");
  e.effort = std::string(trim(e.effort));
  if (!e.effort.empty() && e.effort != "Basis" && e.effort != "Plus" && e.effort != "PlusPlus")
    throw FieldError("effort", "Kies de inzet Basis, Plus of PlusPlus.");
  if (e.initiative_id && !db.query("SELECT 1 FROM initiatives WHERE id = ? AND work_area_id = ?")
                              .bind(*e.initiative_id, work_area)
                              .exists())
    throw FieldError("initiative_id", "Dit initiatief bestaat niet.");
  e.activity_ref = std::string(trim(e.activity_ref));
  e.description = std::string(trim(e.description));
  if (e.activity_ref.size() > 100)
    throw FieldError("activity_ref", "Gebruik hoogstens 100 tekens voor de activiteit.");
  if (e.description.size() > 1000)
    throw FieldError("description", "Gebruik hoogstens 1000 tekens voor de omschrijving.");
  return e;
}

// A correction's link: the row a reversal reverses or a corrected row replaces, and why.
struct Link {
  std::optional<std::int64_t> reverses, replaces;
  std::string reason;
};

std::int64_t insert(Database& db, std::int64_t work_area, const NewSpending& e,
                    const std::string& actor, const Link& link = {}) {
  db.query(
        "INSERT INTO spending_entries (work_area_id, spent_on, gemeente_code, wijk_code, "
        "organisation_id, amount_cents, btiv_category, effort, initiative_id, activity_ref, "
        "description, created_at, created_by, reverses_id, replaces_id, correction_reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, e.spent_on, e.gemeente_code, or_null(e.wijk_code), e.organisation_id,
            e.amount_cents, or_null(e.btiv_category), or_null(e.effort), e.initiative_id,
            or_null(e.activity_ref), e.description, utc_now(), actor, link.reverses, link.replaces,
            or_null(link.reason))
      .run();
  return db.last_insert_id();
}

}  // namespace

AddedSpending add_spending(Database& db, std::int64_t work_area, const NewSpending& entry,
                           const std::string& actor) {
  const NewSpending e = checked(db, work_area, entry);
  Transaction transaction(db);
  const auto id = insert(db, work_area, e, actor);
  transaction.commit();
  return {id, e};
}

SpendingCorrection correct_spending(Database& db, std::int64_t work_area, std::int64_t id,
                                    const std::string& reason,
                                    const std::optional<NewSpending>& corrected,
                                    const std::string& actor) {
  Transaction transaction(db);
  const auto original = find_spending(db, work_area, id);
  // Another work area's row is answered as one that does not exist.
  if (!original) throw NotFoundError("Deze uitgave bestaat niet.");
  const std::string why(trim(reason));
  if (why.empty()) throw FieldError("reason", "Schrijf op waarom deze regel wordt gecorrigeerd.");
  if (why.size() > 500) throw FieldError("reason", "Gebruik hoogstens 500 tekens voor de reden.");
  if (original->reverses_id)
    throw ConflictError("id",
                        "Dit is zelf een tegenboeking; die kan niet nog eens worden "
                        "tegengeboekt. Voeg zo nodig een nieuw bedrag toe.",
                        "is_reversal");
  if (original->reversed_by)
    throw ConflictError("id", "Deze regel is al tegengeboekt; dat kan maar één keer.",
                        "already_reversed");
  SpendingCorrection out{*original, 0, std::nullopt, std::nullopt};
  // The reversal keeps the original's date, so the year's totals net out; when it was made is its
  // created_at.
  out.reversal_id = insert(db, work_area, neighbourhood::reversal_of(*original), actor,
                           {original->id, std::nullopt, why});
  if (corrected) {
    out.corrected = checked(db, work_area, *corrected);
    out.corrected_id = insert(db, work_area, *out.corrected, actor, {std::nullopt, id, why});
  }
  transaction.commit();
  return out;
}

SpendingImportReport import_spending_csv(Database& db, std::int64_t work_area,
                                         const std::string& csv, const std::string& actor) {
  // The reader of every table import (GDAL's CSV driver after our checks of quotes, fields per
  // row and encoding), not a parser of its own.
  ImportTable table;
  try {
    table = read_import_table(csv, "uitgaven.csv");
  } catch (const RecordImportError& e) {
    SpendingImportReport report;
    for (const auto& p : e.problems()) report.errors.push_back({p.row, p.column, p.message});
    return report;
  }
  if (table.rows.empty()) {
    SpendingImportReport report;
    report.errors.push_back(
        {table.header_row, "", "Het bestand heeft geen rijen onder de kopregel."});
    return report;
  }
  return import_spending_table(db, work_area, table, actor);
}

SpendingImportReport import_spending_table(Database& db, std::int64_t work_area,
                                           const ImportTable& table, const std::string& actor) {
  SpendingImportReport report;
  std::vector<NewSpending> rows;
  if (table.columns.empty()) {
    report.errors.push_back({1, "", "Het bestand is leeg: er staat geen kopregel in."});
    return report;
  }
  std::vector<std::string> header;
  for (const auto& c : table.columns) header.push_back(to_lower(trim(c)));
  for (const char* need : {"datum", "gemeente", "organisatie", "bedrag"})
    if (std::find(header.begin(), header.end(), need) == header.end())
      report.errors.push_back(
          {table.header_row, need, fmt::format("De kolom '{}' ontbreekt in de kopregel.", need)});
  if (!report.errors.empty()) return report;
  const auto partners = partnership_organisations(db, work_area);
  for (const auto& row : table.rows) {
    const long long line_no = row.number;
    const auto& cells = row.cells;
    auto cell = [&](const char* name) -> std::string {
      const auto it = std::find(header.begin(), header.end(), name);
      if (it == header.end()) return {};
      const auto i = static_cast<std::size_t>(it - header.begin());
      return i < cells.size() ? std::string(trim(cells[i])) : std::string{};
    };
    NewSpending e;
    e.spent_on = cell("datum");
    e.gemeente_code = cell("gemeente");
    e.wijk_code = cell("wijk");
    e.btiv_category = cell("categorie");
    e.effort = cell("inzet");
    e.activity_ref = cell("activiteit");
    e.description = cell("omschrijving");
    const auto amount = neighbourhood::parse_euros(cell("bedrag"));
    if (!amount) {
      report.errors.push_back({line_no, "bedrag", "Het bedrag is geen getal, zoals 1.250,00."});
      continue;
    }
    e.amount_cents = *amount;
    const std::string organisation = cell("organisatie");
    const auto named =
        std::find_if(partners.begin(), partners.end(),
                     [&](const OrganisationRef& o) { return o.name == organisation; });
    if (named == partners.end()) {
      report.errors.push_back(
          {line_no, "organisatie",
           fmt::format("De organisatie '{}' hoort niet bij het samenwerkingsverband (zie Beheer).",
                       organisation)});
      continue;
    }
    e.organisation_id = named->id;
    const std::string initiative = cell("initiatief");
    if (!initiative.empty()) {
      if (initiative.find_first_not_of("0123456789") != std::string::npos ||
          initiative.size() > 15) {
        report.errors.push_back({line_no, "initiatief", "Het initiatief is geen nummer."});
        continue;
      }
      e.initiative_id = std::stoll(initiative);
    }
    try {
      rows.push_back(checked(db, work_area, e));
    } catch (const FieldError& err) {
      report.errors.push_back({line_no, err.field(), err.what()});
    }
  }
  if (!report.errors.empty()) return report;
  Transaction transaction(db);
  for (const auto& e : rows) insert(db, work_area, e, actor);
  transaction.commit();
  report.rows = static_cast<long long>(rows.size());
  return report;
}

}  // namespace leefbaar::store
