#pragma once
// Stores for the tests: a store in a fresh temporary folder; the rows most store tests start from
// (a work area with its buurten import, areas, the postcode table's addresses, corporation homes,
// staff users); and the stores that several test files share: the partnership of a corporation
// and a welfare organisation in two wijken of Assen (the initiatives, the portal's campaigns, the
// reminders) and the records store (the neighbourhood records' exports and imports).
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/initiatives.hpp"
#include "store/portal_campaigns.hpp"
#include "store/users.hpp"
#include "support/temp_files.hpp"

namespace leefbaar::testing {

// The rows of a table, or those of its rows that match `where` (an SQL condition).
long long row_count(store::Database& db, const std::string& table, const std::string& where = "");

// A store in a fresh temporary folder.
class StoreTest : public ::testing::Test {
 protected:
  StoreTest() : db_(dir_.path() / "s.sqlite") {}
  long long count(const std::string& table, const std::string& where = "") {
    return row_count(db_, table, where);
  }

  TempDir dir_;
  store::Database db_;
};

// Work area 1 of organisation 1, and import 1 (its buurten), which the rows below belong to.
void add_work_area(store::Database& db, const std::string& name = "Test");

// A row of the areas table (import 1); an empty wijk or gemeente code is NULL.
struct Area {
  std::string kind, code, name;
  std::string wijk_code = "", gemeente_code = "", geometry_rd = "";
};
void add_areas(store::Database& db, const std::vector<Area>& areas);

// A square in RD New with its south-west corner at (x0, y0), as the areas table keeps a buurt's
// geometry.
std::string rd_square(int x0, int y0, int side = 1000);

// The postcode table's rows (import 1) for the numbers from..to of a postcode, in a buurt and wijk
// of Assen (GM0106).
void add_addresses(store::Database& db, const std::string& postcode, int from, int to,
                   const std::string& buurt, const std::string& wijk);

// A corporation home of the stock (import 1, row 1); empty texts and NaN coordinates are NULL.
struct Home {
  std::string unit_id, postcode, huisnummer;
  std::string source = "postcode", buurtcode = "";
  double x = std::nan(""), y = std::nan("");
};
void add_homes(store::Database& db, const std::vector<Home>& homes);

// A staff user inserted directly (no password hashing), in one wijk or none.
std::int64_t add_staff_user(store::Database& db, std::int64_t organisation,
                            const std::string& email, const std::string& role,
                            const std::string& wijk = "", bool disabled = false);

// A vegetable garden as a new initiative in a buurt (Lariks-Noord unless given).
store::NewInitiative moestuin(const std::string& buurt = "BU01060101");

// 9:00 UTC on an ISO day ("2026-12-01").
std::chrono::system_clock::time_point nine_utc_on(const std::string& iso);

// One row of the audit log, as the tests compare them.
struct AuditRow {
  std::string actor, action, subject, detail, purpose;
  bool operator==(const AuditRow&) const = default;
};
std::ostream& operator<<(std::ostream& out, const AuditRow& row);
// The audit log's rows after the first `from`, in the order they were written.
std::vector<AuditRow> audit_rows(store::Database& db, long long from = 0);

// The corporation (organisation 1) and the welfare organisation (2) in the partnership of work area
// 1 ("Test"), the given areas, and ten addresses in Lariks-Noord (9406AB 1 to 10); answers the
// welfare organisation's id.
std::int64_t add_partnership(store::Database& db, const std::vector<Area>& areas);

// A corporation (organisation 1) and a welfare organisation (2) in the partnership of work area 1
// ("Test"), the given areas, and ten addresses in Lariks-Noord (9406AB 1 to 10).
class PartnershipStore : public StoreTest {
 protected:
  explicit PartnershipStore(const std::vector<Area>& areas);

  std::int64_t corporation_ = 0, welzijn_ = 0;
};

// For the portal campaigns and reminders tests: the partnership (plus an outsider, organisation
// 3) in Lariks-Noord and Kloosterveen-West, with an address in Kloosterveen-West (9408CD 1) and a
// corporation home the postcode table does not know (9406XY 7b, coupled to Lariks-Noord).
class CampaignStore : public PartnershipStore {
 protected:
  CampaignStore();

  std::int64_t add_user(std::int64_t organisation, const std::string& email,
                        const std::string& role, const std::string& wijk = "",
                        bool disabled = false) {
    return add_staff_user(db_, organisation, email, role, wijk, disabled);
  }
  // 9:00 UTC on an ISO day ("2026-11-20").
  static std::chrono::system_clock::time_point at(const std::string& iso);
  // A resident's Christmas tree request for the street, to be picked up on 12 December 2026.
  static store::PortalTreeRequest tree_request(const store::Address& from,
                                               const std::string& street);
  // A resident's superbuur nomination of Gerda.
  static store::PortalNomination nomination_from(const store::Address& from);

  std::int64_t outsider_ = 0;
};

// For the neighbourhood records' exports and imports: work area 1 ("Assen") of a corporation with
// a welfare partner ("Welzijn Assen"), the wijken Lariks and Pittelo of Assen with their buurten,
// and a theme.
void seed_records_store(store::Database& db);

// 2026-03-02: the records of 2025 and earlier are of earlier years.
inline const auto kRecordsNow = std::chrono::system_clock::from_time_t(1'772'409'600);

}  // namespace leefbaar::testing
