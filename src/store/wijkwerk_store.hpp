#pragma once
// The work in the wijken (issue 4): the partnership's themes, wijk profiles per year (focus,
// priorities, team, meeting places), activities with their CSV export and import, the yearly
// campaigns (Christmas trees, superbuur nominations, neighbourhood reporters), neighbour mediation
// along the CCV steps with its deadlines, and physical works per area and period.
//
// Dates are ISO text (YYYY-MM-DD); an empty string means "not yet". A change runs in its own
// transaction (nested in the caller's); the caller writes its audit entry (usecases/wijkwerk*.cpp,
// the demo), so a change answers what that entry names when the caller cannot know it: the new
// id, the text as stored, the campaign made on the way. Bad input throws FieldError(field, Dutch
// message); a second Christmas tree for a street in the same year throws ConflictError.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "neighbourhood/mediation.hpp"
#include "neighbourhood/wijkwerk.hpp"
#include "neighbourhood/wijkwerk_campaigns.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::ConflictError;

// ---- Codes and dates -------------------------------------------------------------------------

using neighbourhood::is_buurt_code;
using neighbourhood::is_wijk_code;
// The wijk of a buurt: from the work area's areas when loaded, else from the CBS code
// (BU0106xxyy -> WK0106xx). Throws FieldError(field) for a code that is not a known buurt.
std::string wijk_of_buurt(Database& db, std::int64_t work_area, const std::string& buurt,
                          const std::string& field);

using neighbourhood::WijkArea;
// The wijken of the work area with their buurten (from the imported areas), sorted by code.
std::vector<WijkArea> list_wijk_areas(Database& db, std::int64_t work_area);

// ---- Themes ----------------------------------------------------------------------------------

using neighbourhood::Theme;
std::vector<Theme> list_themes(Database& db, std::int64_t work_area);
// Both answer the name as stored (trimmed).
struct ThemeSaved {
  std::int64_t id = 0;
  std::string name;
};
ThemeSaved add_theme(Database& db, std::int64_t work_area, const std::string& name);
std::string update_theme(Database& db, std::int64_t work_area, std::int64_t id,
                         const std::string& name, bool active);

// ---- Profiles --------------------------------------------------------------------------------

using neighbourhood::MeetingPlace;
using neighbourhood::TeamMember;
using neighbourhood::WijkProfile;
// Creates or replaces the profile of the wijk and year; actor is kept as updated_by.
std::int64_t save_profile(Database& db, std::int64_t work_area, const WijkProfile& profile,
                          const std::string& actor);
std::vector<WijkProfile> list_profiles(Database& db, std::int64_t work_area,
                                       const std::string& wijk = "", int year = 0);
// The years that have a wijk profile or an activity (the planned years), newest first.
std::vector<int> planned_years(Database& db, std::int64_t work_area);
// The work area's profile with this id (with its priorities, team and places); nullopt when none.
std::optional<WijkProfile> find_profile(Database& db, std::int64_t work_area, std::int64_t id);
// Removes the profile with its priorities, team and meeting places (the schema cascades).
void remove_profile(Database& db, std::int64_t work_area, std::int64_t id);

// ---- Activities ------------------------------------------------------------------------------

using neighbourhood::Activity;
using neighbourhood::ActivityImportError;
using neighbourhood::ImportProblem;
using neighbourhood::kActivityTypes;
// actor is kept as created_by. Answers the activity as stored (its wijk found from the buurt,
// its texts trimmed).
Activity add_activity(Database& db, std::int64_t work_area, const Activity& activity,
                      const std::string& actor);
std::vector<Activity> list_activities(Database& db, std::int64_t work_area,
                                      const std::string& wijk = "", int year = 0);
// The work area's activity with this id; nullopt when there is none.
std::optional<Activity> find_activity(Database& db, std::int64_t work_area, std::int64_t id);
// Replaces every field of the activity (checked as add_activity checks); answers it as stored.
// FieldError("id") when the work area has no activity with this id.
Activity update_activity(Database& db, std::int64_t work_area, std::int64_t id,
                         const Activity& activity);
// Removes the activity for good. ConflictError when a row of the spending ledger names it (by
// its id or its title in activity_ref): the ledger would point at nothing.
void remove_activity(Database& db, std::int64_t work_area, std::int64_t id);

// The import of earlier years' activities, all rows or none, in two steps: the check of the whole
// file, which writes nothing, and the insert of the checked rows, which the caller runs in one
// transaction with its audit entry. Columns (header, any order, any case): datum, buurt or wijk,
// soort, titel, prioriteit, inzet, organisaties, deelnemers, kosten, resultaat. The check throws
// ActivityImportError with every problem (row, column, Dutch message).
std::vector<Activity> check_activities_csv(Database& db, std::int64_t work_area,
                                           const std::string& csv);
// The same from a table read from CSV or XLSX (store/import_table.hpp), with its row numbers.
struct ImportTable;
std::vector<Activity> check_activities_table(Database& db, std::int64_t work_area,
                                             const ImportTable& table);
// actor is kept as created_by.
void insert_activities(Database& db, std::int64_t work_area, const std::vector<Activity>& checked,
                       const std::string& actor);

// ---- Campaigns -------------------------------------------------------------------------------

using neighbourhood::Campaign;
using neighbourhood::campaign_open;
using neighbourhood::Reporter;
using neighbourhood::ReporterAssignment;
using neighbourhood::SuperbuurNomination;
using neighbourhood::TreeRequest;
// The campaign of that kind and year, made from its template when it does not exist yet (made:
// true, for the caller's audit entry).
struct EnsuredCampaign {
  Campaign campaign;
  bool made = false;
};
EnsuredCampaign ensure_campaign(Database& db, std::int64_t work_area, const std::string& kind,
                                int year);
std::vector<Campaign> list_campaigns(Database& db, std::int64_t work_area, int year);

// What an entry of a campaign added: its id, its text as stored (trimmed: the street of a tree,
// the nominee, the reporter's name, the subject of an assignment) and the year's campaign when the
// entry made it from its template.
struct CampaignEntry {
  std::int64_t id = 0;
  std::string text;
  std::optional<Campaign> made_campaign;
};

// One request per street per year: a second throws ConflictError("street"). The entries below
// keep actor as created_by.
CampaignEntry request_christmas_tree(Database& db, std::int64_t work_area, int year,
                                     const TreeRequest& request, const std::string& actor);
std::vector<TreeRequest> list_tree_requests(Database& db, std::int64_t work_area, int year,
                                            const std::string& wijk = "");

CampaignEntry nominate_superbuur(Database& db, std::int64_t work_area, int year,
                                 const SuperbuurNomination& nomination, const std::string& actor);
void decide_superbuur(Database& db, std::int64_t work_area, std::int64_t id,
                      const std::string& status, const std::string& award);
std::vector<SuperbuurNomination> list_nominations(Database& db, std::int64_t work_area, int year,
                                                  const std::string& wijk = "");
// The work area's nomination with this id; nullopt when there is none.
std::optional<SuperbuurNomination> find_nomination(Database& db, std::int64_t work_area,
                                                   std::int64_t id);

CampaignEntry add_reporter(Database& db, std::int64_t work_area, int year, const std::string& name,
                           const std::string& speciality, const std::string& actor);
CampaignEntry add_reporter_assignment(Database& db, std::int64_t work_area, std::int64_t reporter,
                                      const ReporterAssignment& assignment,
                                      const std::string& actor);
std::vector<Reporter> list_reporters(Database& db, std::int64_t work_area, int year);

// ---- Neighbour mediation ---------------------------------------------------------------------

using neighbourhood::MediationCase;
using neighbourhood::MediationFigures;
using neighbourhood::MediationWarning;
// actor is kept as created_by. Answers the id (find_mediation_case gives the number it got).
std::int64_t add_mediation_case(Database& db, std::int64_t work_area, const MediationCase& c,
                                const std::string& actor);
// Replaces the steps, outcome and reason of a case (its number, buurt and dispute stay).
void update_mediation_case(Database& db, std::int64_t work_area, std::int64_t id,
                           const MediationCase& c);
std::optional<MediationCase> find_mediation_case(Database& db, std::int64_t work_area,
                                                 std::int64_t id);
// wijken empty: all.
std::vector<MediationCase> list_mediation_cases(Database& db, std::int64_t work_area,
                                                const std::vector<std::string>& wijken, int year);
// Per wijk (sorted) for the cases reported in the year, plus a total with wijk_code "totaal".
std::vector<MediationFigures> mediation_figures(Database& db, std::int64_t work_area, int year,
                                                const std::string& today);

// ---- Physical works --------------------------------------------------------------------------

using neighbourhood::physical_work_kinds;
using neighbourhood::PhysicalWork;
// actor is kept as created_by. Answers the work as stored (its title trimmed).
PhysicalWork add_work(Database& db, std::int64_t work_area, const PhysicalWork& work,
                      const std::string& actor);
// The works in the wijk (all when empty) that run during the year (all when 0).
std::vector<PhysicalWork> list_works(Database& db, std::int64_t work_area,
                                     const std::string& wijk = "", int year = 0);
std::optional<PhysicalWork> find_work(Database& db, std::int64_t work_area, std::int64_t id);
// Replaces every field of the work (checked as add_work checks); answers it as stored.
// FieldError("id") when the work area has no work with this id.
PhysicalWork update_work(Database& db, std::int64_t work_area, std::int64_t id,
                         const PhysicalWork& work);
void remove_work(Database& db, std::int64_t work_area, std::int64_t id);

}  // namespace leefbaar::store
