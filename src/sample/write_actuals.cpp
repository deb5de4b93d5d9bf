#include <xlsxwriter.h>

#include <cmath>
#include <system_error>
#include <vector>

#include "core/errors.hpp"
#include "sample/output.hpp"
#include "sample/random.hpp"
#include "sample/writers.hpp"

namespace leefbaar::sample {

namespace {

struct Spending {
  const char* code;
  const char* number;
  const char* name;
  double total_2019;
};

// The corporation's 2019 liveability spending per gemeente (annual report 2019, chapter 5.1).
constexpr Spending kSpending[] = {
    {"GM0106", "106", "Assen", 800000},           {"GM1690", "1690", "De Wolden", 58000},
    {"GM0118", "118", "Hoogeveen", 16000},        {"GM0119", "119", "Meppel", 16000},
    {"GM1731", "1731", "Midden-Drenthe", 104000}, {"GM1699", "1699", "Noordenveld", 19000},
    {"GM0085", "85", "Ooststellingwerf", 135000}, {"GM1701", "1701", "Westerveld", 51000},
};

constexpr const char* kCategories[] = {
    "a woonmaatschappelijk werk", "b kleinschalige infrastructuur", "c schoon, heel en veilig"};

struct Row {
  std::string gemeente;
  int year;
  double amount;
  std::string category;
};

// Splits a total into 2-4 amounts in quarters of a euro (exact in binary, so they add up exactly).
std::vector<double> split(double total, Rng& rng) {
  const int parts = total >= 50000 ? rng.between(3, 4) : rng.between(2, 3);
  std::vector<double> out;
  long long left = std::llround(total * 4);
  for (int i = 0; i < parts - 1; ++i) {
    const long long share = std::llround(static_cast<double>(left) * rng.uniform(0.25, 0.6));
    out.push_back(static_cast<double>(share) / 4);
    left -= share;
  }
  out.push_back(static_cast<double>(left) / 4);
  return out;
}

std::vector<Row> make_rows() {
  Rng rng(kSeed, "actuals");
  std::vector<Row> rows;
  for (int year : {2018, 2019, 2020}) {
    for (const Spending& s : kSpending) {
      double total = s.total_2019;
      if (year != 2019)
        total = std::round(total * rng.uniform(0.85, 1.12) / 100) * 100;  // whole hundreds
      const std::vector<double> amounts = split(total, rng);
      for (std::size_t i = 0; i < amounts.size(); ++i) {
        // Real exports name the gemeente in whatever way the bookkeeping had it.
        const int style = rng.between(0, 2);
        const std::string name = style == 0 ? s.name : style == 1 ? s.code : s.number;
        rows.push_back({name, year, amounts[i], kCategories[i % 3]});
      }
    }
  }
  return rows;
}

void check(lxw_error error, const std::filesystem::path& path) {
  if (error != LXW_NO_ERROR)
    throw InputError("cannot write " + path.string() + ": " + lxw_strerror(error));
}

}  // namespace

long long write_actuals(const std::filesystem::path& dir) {
  const std::filesystem::path path = dir / "finance" / "uitgaven.xlsx";
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec)
    throw InputError("cannot create folder " + path.parent_path().string() + ": " + ec.message());
  lxw_workbook* book = workbook_new(path.string().c_str());
  if (book == nullptr) throw InputError("cannot create " + path.string());

  static char title[] = "Uitgaven leefbaarheid 2018-2020 (SYNTHETISCH VOORBEELD)";
  static char author[] = "leefbaar sample";
  static char comments[] =
      "SYNTHETISCH VOORBEELD - geen echte gegevens. De bedragen van 2019 per gemeente zijn "
      "die uit het jaarverslag 2019; de verdeling over regels en de jaren 2018 en 2020 zijn "
      "verzonnen.";
  lxw_doc_properties properties{};
  properties.title = title;
  properties.author = author;
  properties.comments = comments;
  properties.created =
      1579078800;  // 2020-01-15 09:00 UTC: fixed, so the file is identical every run
  check(workbook_set_properties(book, &properties), path);

  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* euros = workbook_add_format(book);
  format_set_num_format(euros, "#,##0.00");

  lxw_worksheet* sheet = workbook_add_worksheet(book, "Uitgaven");
  const char* headers[] = {"gemeente", "jaar", "bedrag", "categorie"};
  for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_string(sheet, 0, c, headers[c], bold);
  const std::vector<Row> rows = make_rows();
  lxw_row_t r = 1;
  for (const Row& row : rows) {
    worksheet_write_string(sheet, r, 0, row.gemeente.c_str(), nullptr);
    worksheet_write_number(sheet, r, 1, row.year, nullptr);
    worksheet_write_number(sheet, r, 2, row.amount, euros);
    worksheet_write_string(sheet, r, 3, row.category.c_str(), nullptr);
    ++r;
  }
  worksheet_set_column(sheet, 0, 0, 18, nullptr);
  worksheet_set_column(sheet, 2, 2, 14, nullptr);
  worksheet_set_column(sheet, 3, 3, 32, nullptr);

  lxw_worksheet* notes = workbook_add_worksheet(book, "Toelichting");
  const std::string lines[] = {std::string(kLabel),
                               "Uitgaven leefbaarheid per gemeente, zoals een boekhouding ze "
                               "exporteert (gemeente als naam, als GM-code "
                               "of als getal).",
                               "2019: per gemeente gelijk aan de tabel 'Uitgaven leefbaarheid per "
                               "gemeente' in hoofdstuk 5.1 van het "
                               "jaarverslag 2019 (totaal 1.199.000 euro).",
                               "2018 en 2020: verzonnen bedragen.",
                               "Categorieen volgens BTIV 2015 art. 51: a woonmaatschappelijk werk, "
                               "b kleinschalige infrastructuur, "
                               "c schoon, heel en veilig."};
  for (lxw_row_t i = 0; i < 5; ++i)
    worksheet_write_string(notes, i, 0, lines[i].c_str(), i == 0 ? bold : nullptr);

  check(workbook_close(book), path);
  return static_cast<long long>(rows.size());
}

}  // namespace leefbaar::sample
