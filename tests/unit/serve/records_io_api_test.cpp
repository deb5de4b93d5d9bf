// Export and import of the neighbourhood records over the demo work area: every kind as CSV and
// XLSX with a Dutch file name, scoped by role as its list (a wijk team its own wijken, lezer no
// names and no cases, signals as counts with small ones hidden), exports with names audited, and
// imports of earlier years: a year exported, deleted and read back gives the same export; a bad
// file changes nothing and lists row, column and cell.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <thread>

#include "demo/demo.hpp"
#include "serve/app.hpp"
#include "store/import_table.hpp"
#include "support/api_client.hpp"
#include "support/demo_store.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

namespace {

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const char* const kKinds[] = {"initiatieven",        "activiteiten", "uitgaven",
                              "bemiddelingszaken",   "werken",       "acties",
                              "bemiddelingscijfers", "signalen"};

// The lines of a CSV answer, without the byte order mark and the line ends.
std::vector<std::string> lines_of(std::string csv) {
  if (csv.rfind("\xEF\xBB\xBF", 0) == 0) csv.erase(0, 3);
  std::vector<std::string> out;
  std::istringstream in(csv);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

// The lines without their first cell: the ledger's row numbers, given anew when rows are read.
std::vector<std::string> without_numbers(const std::string& csv) {
  auto lines = lines_of(csv);
  for (auto& line : lines) line.erase(0, line.find(';'));
  return lines;
}

std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"')
      quoted = !quoted;
    else if (c == ';' && !quoted)
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

class RecordsIoApi : public DemoServerTest {
 protected:
  nlohmann::json upload(const std::string& kind, const Login& who, const std::string& name,
                        const std::string& content, int status) const {
    const auto res =
        api_->post_file(&who, "/api/v1/registraties/" + kind + "/import", name, content);
    EXPECT_EQ(res->status, status) << kind << " " << res->body.substr(0, 600);
    return nlohmann::json::parse(res->body);
  }
  void sql(const std::string& statement) const {
    store::Database db(store_file());
    db.sql().exec(statement);
  }
};

}  // namespace

TEST_F(RecordsIoApi, EveryKindExportsAsCsvAndXlsxWithADutchFileName) {
  const auto analist = log_in("analist");
  for (const char* kind : kKinds) {
    const std::string base = std::string("/api/v1/registraties/") + kind + "/export?year=2025";
    const auto csv = download(base, analist);
    EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8") << kind;
    EXPECT_EQ(csv->get_header_value("Content-Disposition"),
              std::string("attachment; filename=\"") + kind + "-2025.csv\"");
    EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBF", 0), 0u) << kind;
    const auto lines = lines_of(csv->body);
    ASSERT_GE(lines.size(), 2u) << kind << ": the demo has records of 2025";

    const auto xlsx = download(base + "&format=xlsx&wijk=WK010604", analist);
    EXPECT_EQ(xlsx->get_header_value("Content-Type"), kXlsx) << kind;
    EXPECT_EQ(xlsx->get_header_value("Content-Disposition"),
              std::string("attachment; filename=\"") + kind + "-WK010604-2025.xlsx\"");
    const auto sheet = store::read_import_table(xlsx->body, "x.xlsx");
    EXPECT_EQ(sheet.columns.size(), cells_of(lines[0]).size()) << kind;
    // The wijk narrows: Pittelo's rows are some of all.
    EXPECT_LT(sheet.rows.size(), lines.size() - 1) << kind;
    const int wijk = sheet.find("wijk");
    for (const auto& row : sheet.rows) {
      if (wijk < 0) break;
      const auto& w = row.cells[static_cast<std::size_t>(wijk)];
      EXPECT_TRUE(w == "WK010604" || w.empty()) << kind;
    }
  }
  download("/api/v1/registraties/activiteiten/export?format=pdf", analist, 400);
  download("/api/v1/registraties/activiteiten/export?wijk=Lariks", analist, 400);
  download("/api/v1/registraties/onbekend/export", analist, 404);
}

TEST_F(RecordsIoApi, ExportsAreScopedAsTheirListsAndNamesAreAudited) {
  const auto wijkteam = log_in("wijkteam");
  const auto lezer = log_in("lezer");
  // A wijk team: initiatives, cases and campaign records of its own wijken only.
  for (const char* kind : {"initiatieven", "bemiddelingszaken", "acties"}) {
    const auto lines = lines_of(
        download(std::string("/api/v1/registraties/") + kind + "/export?year=2025", wijkteam)
            ->body);
    const auto header = cells_of(lines[0]);
    const auto wijk = std::find(header.begin(), header.end(), "wijk") - header.begin();
    long long own = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const auto w = cells_of(lines[i])[static_cast<std::size_t>(wijk)];
      EXPECT_TRUE(w == "WK010601" || w == "WK010604" || w.empty()) << kind << " " << lines[i];
      own += !w.empty();
    }
    EXPECT_GT(own, 0) << kind;
  }
  download("/api/v1/registraties/bemiddelingszaken/export?wijk=WK010600", wijkteam, 403);
  download("/api/v1/registraties/uitgaven/export", wijkteam, 403);
  for (const char* kind : {"initiatieven", "bemiddelingszaken", "acties"})
    download(std::string("/api/v1/registraties/") + kind + "/export", lezer, 403);
  download("/api/v1/registraties/uitgaven/export", lezer);
  download("/api/v1/registraties/activiteiten/export", lezer);

  // Mediators leave as initials; the export of cases is logged with its purpose.
  const auto before = count("audit_log", "action = 'read' AND purpose LIKE '%exporteren%'");
  const auto cases = lines_of(
      download("/api/v1/registraties/bemiddelingszaken/export?year=2025", log_in("analist"))->body);
  ASSERT_GT(cases.size(), 1u);
  const auto header = cells_of(cases[0]);
  const auto first = std::find(header.begin(), header.end(), "bemiddelaar 1") - header.begin();
  long long named = 0;
  for (std::size_t i = 1; i < cases.size(); ++i)
    for (auto c : {first, first + 1}) {
      const auto m = cells_of(cases[i])[static_cast<std::size_t>(c)];
      EXPECT_EQ(m.find(' '), std::string::npos) << m;
      EXPECT_TRUE(m.empty() || m.back() == '.') << m;
      named += !m.empty();
    }
  EXPECT_GT(named, 0);
  EXPECT_EQ(count("audit_log", "action = 'read' AND purpose LIKE '%exporteren%'"), before + 1);

  // Signals: counts only, a small count never shows.
  const auto signals =
      lines_of(download("/api/v1/registraties/signalen/export?year=2025", lezer)->body);
  EXPECT_EQ(cells_of(signals[0]).size(), 16u);  // wijk, name, kind, twelve months, the year
  long long hidden = 0, shown = 0;
  for (std::size_t i = 1; i < signals.size(); ++i) {
    const auto cells = cells_of(signals[i]);
    for (std::size_t c = 3; c < cells.size(); ++c) {
      if (cells[c] == "minder dan 5" || cells[c] == "niet getoond") {
        ++hidden;
        continue;
      }
      EXPECT_GE(std::stoll(cells[c]), 5) << signals[i];
      ++shown;
    }
  }
  EXPECT_GT(hidden, 0);
  EXPECT_GT(shown, 0);

  const auto options = nlohmann::json::parse(download("/api/v1/registraties", lezer)->body);
  for (const auto& k : options["kinds"]) {
    EXPECT_FALSE(k["may_import"].get<bool>());
    if (k["soort"] == "initiatieven") {
      EXPECT_FALSE(k["may_export"].get<bool>());
    }
    if (k["soort"] == "uitgaven") {
      EXPECT_TRUE(k["may_export"].get<bool>());
    }
  }
  EXPECT_NE(std::find(options["years"].begin(), options["years"].end(), 2025),
            options["years"].end());
  EXPECT_GE(options["wijken"].size(), 9u);
}

TEST_F(RecordsIoApi, AYearExportedDeletedAndReadBackGivesTheSameExport) {
  const auto analist = log_in("analist");
  struct Case {
    const char* kind;
    const char* format;
    std::string delete_sql;
  };
  const std::vector<Case> cases = {
      {"activiteiten", "xlsx", "DELETE FROM wijk_activities WHERE substr(held_on, 1, 4) = '2025'"},
      {"uitgaven", "csv", "DELETE FROM spending_entries WHERE substr(spent_on, 1, 4) = '2025'"},
      {"bemiddelingszaken", "xlsx",
       "DELETE FROM wijk_mediation_cases WHERE substr(reported_on, 1, 4) = '2025'"},
      {"werken", "xlsx",
       "DELETE FROM wijk_works WHERE starts_on <= '2025-12-31' AND (ends_on IS NULL OR ends_on "
       ">= '2025-01-01')"}};
  for (const auto& c : cases) {
    const std::string path = std::string("/api/v1/registraties/") + c.kind + "/export?year=2025";
    const std::string before = download(path, analist)->body;
    const std::string file = download(path + "&format=" + c.format, analist)->body;
    sql(c.delete_sql);
    ASSERT_EQ(lines_of(download(path, analist)->body).size(), 1u) << c.kind;
    const auto report =
        upload(c.kind, analist, std::string(c.kind) + "-2025." + c.format, file, 201);
    EXPECT_EQ(report["rows_read"], lines_of(before).size() - 1) << c.kind;
    EXPECT_EQ(report["added"], report["rows_read"]) << c.kind;
    if (std::string(c.kind) == "uitgaven")
      EXPECT_EQ(without_numbers(download(path, analist)->body), without_numbers(before));
    else
      EXPECT_EQ(download(path, analist)->body, before) << c.kind;
  }

  // Initiatives: the decided ones of 2025 (a running one is entered on its own page), without
  // their number (a new one is given).
  const std::string path = "/api/v1/registraties/initiatieven/export?year=2025";
  const auto all = lines_of(download(path, analist)->body);
  std::string decided = all[0] + "\n";
  std::vector<std::string> expected;
  const auto header = cells_of(all[0]);
  const auto status = std::find(header.begin(), header.end(), "status") - header.begin();
  for (std::size_t i = 1; i < all.size(); ++i) {
    if (cells_of(all[i])[static_cast<std::size_t>(status)] == "open") continue;
    decided += all[i] + "\n";
    expected.push_back(all[i].substr(all[i].find(';')));
  }
  ASSERT_GT(expected.size(), 3u);
  sql("DELETE FROM initiatives WHERE substr(created_at, 1, 4) = '2025' AND state NOT IN "
      "('open', 'onbevestigd')");
  EXPECT_EQ(upload("initiatieven", analist, "initiatieven.csv", decided, 201)["added"],
            expected.size());
  std::vector<std::string> back;
  const auto again = lines_of(download(path, analist)->body);
  for (std::size_t i = 1; i < again.size(); ++i)
    if (cells_of(again[i])[static_cast<std::size_t>(status)] != "open")
      back.push_back(again[i].substr(again[i].find(';')));
  std::sort(expected.begin(), expected.end());
  std::sort(back.begin(), back.end());
  EXPECT_EQ(back, expected);
  // The same file again: every initiative is there already, nothing is added.
  upload("initiatieven", analist, "initiatieven.csv", decided, 422);
  EXPECT_EQ(lines_of(download(path, analist)->body).size(), again.size());
}

TEST_F(RecordsIoApi, ABadFileListsEveryProblemAndChangesNothing) {
  const auto analist = log_in("analist");
  const auto before = count("wijk_activities");
  const auto bad = upload("activiteiten", analist, "activiteiten.csv",
                          "datum;wijk;soort;titel;inzet;organisaties;deelnemers;kosten\n"
                          "2022-01-05;WK010601;feest;Feest;Basis;welzijn;40;10\n"
                          "2022-01-06;WK010601;feest;Feest;Basis;welzijn;veel;10\n"
                          "2022-01-07;WK010601;feest;Feest;Heel veel;welzijn;4;10\n",
                          422);
  EXPECT_EQ(bad["field"], "file");
  ASSERT_EQ(bad["problems"].size(), 2u);
  EXPECT_EQ(bad["problems"][0]["row"], 3);
  EXPECT_EQ(bad["problems"][0]["column"], "deelnemers");
  EXPECT_EQ(bad["problems"][0]["found"], "veel");
  EXPECT_EQ(bad["problems"][1]["column"], "inzet");
  EXPECT_NE(bad["message"].get<std::string>().find("Rij 3, kolom 'deelnemers': gevonden 'veel'."),
            std::string::npos)
      << bad["message"];
  EXPECT_EQ(count("wijk_activities"), before);
  // Not a table at all, and the roles that may not import.
  EXPECT_EQ(
      upload("werken", analist, "werken.xlsx", "PK\x03\x04 geen werkboek", 422)["problems"].size(),
      1u);
  upload("werken", log_in("wijkteam"), "werken.csv", "soort;titel\n", 403);
  upload("werken", log_in("lezer"), "werken.csv", "soort;titel\n", 403);
  const auto nothing = api_->call("POST", "/api/v1/registraties/werken/import", &analist, "{}");
  EXPECT_EQ(nothing->status, 422);
}

TEST_F(RecordsIoApi, TheExampleFileIsTheHeaderRow) {
  const auto analist = log_in("analist");
  const auto csv = download("/api/v1/registraties/bemiddelingszaken/import/voorbeeld", analist);
  EXPECT_EQ(csv->get_header_value("Content-Disposition"),
            "attachment; filename=\"voorbeeld-bemiddelingszaken.csv\"");
  const auto lines = lines_of(csv->body);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].rfind("zaaknummer;melding;wijk;buurt;soort ruzie;", 0), 0u) << lines[0];
  const auto xlsx =
      download("/api/v1/registraties/initiatieven/import/voorbeeld?format=xlsx", analist);
  EXPECT_EQ(xlsx->get_header_value("Content-Type"), kXlsx);
  const auto sheet = store::read_import_table(xlsx->body, "x.xlsx");
  EXPECT_TRUE(sheet.rows.empty());
  EXPECT_GE(sheet.find("toegezegd Woonstichting Voorbeeld (synthetisch)"), 0)
      << nlohmann::json(sheet.columns).dump();
  download("/api/v1/registraties/werken/import/voorbeeld", log_in("lezer"), 403);
}

}  // namespace leefbaar::testing
