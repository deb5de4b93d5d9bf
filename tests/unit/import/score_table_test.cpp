#include "import/score_table.hpp"

#include <gdal/cpl_vsi.h>
#include <gtest/gtest.h>

#include "import/gdal_env.hpp"
#include "support/errors.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

TEST(ScoreTable, RealAmstelveenWijkFileWithLeadingIndexColumn) {
  const auto t = read_score_table(test_data("lbm-wijk-amstelveen-2022.csv"));
  EXPECT_EQ(t.level, ScoreLevel::wijk);
  EXPECT_EQ(t.rows.size(), 56u);
  EXPECT_EQ(t.rows_per_edition.size(), 4u);
  EXPECT_EQ(t.rows_per_edition.at(2022), 14);
  ASSERT_TRUE(t.reference);
  EXPECT_NEAR(*t.reference, 4.102264851, 5e-10);
  EXPECT_EQ(t.sum_check.failures, 0);
  EXPECT_EQ(t.reference_check.failures, 0);
  EXPECT_EQ(t.names.at("WK036201"), "Randwijck");
}

TEST(ScoreTable, RealNationalPc4FileWithNaDimensions) {
  gdal::ensure_registered();
  TempDir dir;
  const auto csv = dir.path() / "lbm-pc4-nl-2002-2022.csv";
  const std::string gz = "/vsigzip/" + test_data("lbm-pc4-nl-2002-2022.csv.gz").string();
  ASSERT_EQ(CPLCopyFile(csv.c_str(), gz.c_str()), 0);
  const auto t = read_score_table(csv);
  EXPECT_EQ(t.level, ScoreLevel::pc4);
  EXPECT_EQ(t.rows.size(), 32300u);
  EXPECT_EQ(t.rows_per_edition.size(), 8u);
  // 2002, 2008 and 2012 carry no dimensions in this measurement.
  EXPECT_GE(t.rows_without_dimensions, t.rows_per_edition.at(2002) + t.rows_per_edition.at(2008));
  EXPECT_NEAR(*t.reference, 4.1022648, 1e-6);
  EXPECT_EQ(t.sum_check.failures, 0);
  for (const auto& row : t.rows) {
    if (row.year == 2002) {
      EXPECT_FALSE(is_missing(row.scores[Dim::afw]));
      EXPECT_TRUE(is_missing(row.scores[Dim::won]));
      break;
    }
  }
}

TEST(ScoreTable, ChecksAreWarningsWithRowNumbers) {
  TempDir dir;
  const auto file =
      dir.write("b.csv",
                "bu_code;jaar;lbm;afw;fys;onv;soc;vrz;won\n"
                "BU01060101;2022;4,2;0,1;0,02;0,02;0,02;0,02;0,02\n"
                "BU01060102;2022;4,3;0,2;0,1;0,1;0;0;0,5\n"             // afw != sum
                "BU01060103;2022;4,5;0,1;0,02;0,02;0,02;0,02;0,02\n"    // other reference
                "BU01060101;2022;4,2;0,1;0,02;0,02;0,02;0,02;0,02\n");  // duplicate
  const auto t = read_score_table(file);
  EXPECT_EQ(t.sum_check.failures, 1);
  EXPECT_EQ(t.sum_check.first_rows, std::vector<long long>{3});
  EXPECT_EQ(t.reference_check.first_rows, std::vector<long long>{4});
  EXPECT_EQ(t.duplicates.first_rows, std::vector<long long>{5});
  EXPECT_NEAR(*t.reference, 4.1, 1e-12);
  EXPECT_EQ(t.rows.size(), 3u);
  const auto warnings = check_warnings(t);
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_NE(warnings[0].find("b.csv, rij 3: afw is niet gelijk aan fys+onv+soc+vrz+won"),
            std::string::npos)
      << warnings[0];
  EXPECT_NE(warnings[1].find("b.csv, rij 4: lbm - afw is anders"), std::string::npos)
      << warnings[1];
  EXPECT_NE(warnings[2].find("b.csv, rij 5: hetzelfde gebied met dezelfde editie"),
            std::string::npos)
      << warnings[2];
}

TEST(ScoreTable, BareNumericCodesArePrefixed) {
  TempDir dir;
  const auto file = dir.write(
      "g.csv", "gm_code,gm_naam,jaar,lbm,afw,fys,onv,soc,vrz,won\n106,Assen,2022,4,0,0,0,0,0,0\n");
  EXPECT_EQ(read_score_table(file).rows[0].code, "GM0106");
}

TEST(ScoreTable, BadInputMessages) {
  TempDir dir;
  const auto no_id = dir.write("a.csv", "code,jaar,lbm,afw,fys,onv,soc,vrz,won\n");
  EXPECT_NE(
      input_error_of([&] { read_score_table(no_id, "a.csv"); })
          .find(
              "a.csv: er is geen kolom met de code van het gebied; verwacht een scoretabel van de "
              "Leefbaarometer, met een kolom grid_id, bu_code, wk_code, gm_code of pc4; de "
              "kolommen "
              "zijn: 'code', 'jaar'"),
      std::string::npos);
  const auto no_won = dir.write("b.csv", "bu_code,jaar,lbm,afw,fys,onv,soc,vrz\n");
  EXPECT_NE(input_error_of([&] {
              read_score_table(no_won, "b.csv");
            }).find("b.csv: de verplichte kolom 'won' ontbreekt; de kolommen zijn: 'bu_code'"),
            std::string::npos);
  const auto text = dir.write(
      "c.csv", "bu_code,jaar,lbm,afw,fys,onv,soc,vrz,won\nBU01060101,2022,4,hoog,0,0,0,0,0\n");
  EXPECT_EQ(input_error_of([&] { read_score_table(text, "c.csv"); }),
            "c.csv, rij 2, kolom 'afw': gevonden 'hoog', verwacht een getal, met een decimale punt "
            "of komma");
  const auto year =
      dir.write("d.csv", "bu_code,jaar,lbm,afw,fys,onv,soc,vrz,won\nBU01060101,22,4,0,0,0,0,0,0\n");
  EXPECT_EQ(input_error_of([&] { read_score_table(year, "d.csv"); }),
            "d.csv, rij 2, kolom 'jaar': gevonden '22', verwacht het jaar van een editie, zoals "
            "2022");
  const auto no_code =
      dir.write("e.csv", "bu_code,jaar,lbm,afw,fys,onv,soc,vrz,won\n,2022,4,0,0,0,0,0,0\n");
  EXPECT_EQ(input_error_of([&] { read_score_table(no_code, "e.csv"); }),
            "e.csv, rij 2, kolom 'bu_code': de cel is leeg, verwacht een buurtcode, zoals "
            "BU01060101");
  const auto no_year = dir.write("f.csv", "bu_code,lbm,afw,fys,onv,soc,vrz,won\n");
  EXPECT_NE(input_error_of([&] {
              read_score_table(no_year, "f.csv");
            }).find("f.csv: de verplichte kolom 'jaar' (het jaar van de editie) ontbreekt"),
            std::string::npos);
}

}  // namespace leefbaar::testing
