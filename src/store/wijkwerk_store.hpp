#pragma once
// The work in the wijken (issue 4): the partnership's themes, wijk profiles per year (focus,
// priorities, team, meeting places), activities with their CSV export and import, the yearly
// campaigns (Christmas trees, superbuur nominations, neighbourhood reporters), neighbour mediation
// along the CCV steps with its deadlines, and physical works per area and period.
//
// Dates are ISO text (YYYY-MM-DD); an empty string means "not yet". Every change writes an audit
// entry in its own transaction. Bad input throws FieldError(field, Dutch message); a second
// Christmas tree for a street in the same year throws ConflictError.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "neighbourhood/mediation.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::ConflictError;

// ---- Codes and dates -------------------------------------------------------------------------

bool is_wijk_code(const std::string& code);
bool is_buurt_code(const std::string& code);
// The wijk of a buurt: from the work area's areas when loaded, else from the CBS code
// (BU0106xxyy -> WK0106xx). Throws FieldError(field) for a code that is not a known buurt.
std::string wijk_of_buurt(Database& db, std::int64_t work_area, const std::string& buurt,
                          const std::string& field);

struct WijkArea {
  std::string code, name;
  std::vector<std::pair<std::string, std::string>> buurten;  // code, name
};
// The wijken of the work area with their buurten (from the imported areas), sorted by code.
std::vector<WijkArea> list_wijk_areas(Database& db, std::int64_t work_area);

// Records a read of personal data with its purpose.
void audit_wijkwerk_read(Database& db, const std::string& actor, const std::string& subject,
                         const std::string& purpose);

// ---- Themes ----------------------------------------------------------------------------------

struct Theme {
  std::int64_t id = 0;
  std::string name;
  bool active = true;
};
std::vector<Theme> list_themes(Database& db, std::int64_t work_area);
std::int64_t add_theme(Database& db, std::int64_t work_area, const std::string& name,
                       const std::string& actor);
void update_theme(Database& db, std::int64_t work_area, std::int64_t id, const std::string& name,
                  bool active, const std::string& actor);

// ---- Profiles --------------------------------------------------------------------------------

struct TeamMember {
  std::int64_t organisation_id = 0;
  std::string organisation;  // filled on reading
  std::string name, team_role;
};
struct MeetingPlace {
  std::string kind;  // bic, buurthuis, wijkcentrum, anders
  std::string name, address, opened_on, closed_on;
};
struct WijkProfile {
  std::int64_t id = 0;
  std::string wijk_code;
  int year = 0;
  std::string description;
  std::string focus;                        // basis or extra
  std::vector<std::int64_t> priorities;     // theme ids, in order
  std::vector<std::string> priority_names;  // filled on reading
  std::vector<TeamMember> team;
  std::vector<MeetingPlace> meeting_places;
  std::string updated_at, updated_by;
};
// Creates or replaces the profile of the wijk and year.
std::int64_t save_profile(Database& db, std::int64_t work_area, const WijkProfile& profile,
                          const std::string& actor);
std::vector<WijkProfile> list_profiles(Database& db, std::int64_t work_area,
                                       const std::string& wijk = "", int year = 0);
// The years that have a wijk profile or an activity (the planned years), newest first.
std::vector<int> planned_years(Database& db, std::int64_t work_area);

// ---- Activities ------------------------------------------------------------------------------

inline constexpr const char* kActivityTypes[] = {
    "ontmoeting",   "buurtschouw",      "informatiebijeenkomst",
    "opruimactie",  "sport en bewegen", "jeugd",
    "huisbezoeken", "spreekuur",        "feest",
    "overig"};

struct Activity {
  std::int64_t id = 0;
  std::string held_on, wijk_code, buurt_code, type, title;
  std::int64_t theme_id = 0;  // 0: none
  std::string theme;          // filled on reading
  std::string effort;         // Basis, Plus, PlusPlus
  std::string organisations;  // the organisations involved, comma-separated
  long long participants = 0;
  long long cost_cents = 0;
  std::string result;
};
std::int64_t add_activity(Database& db, std::int64_t work_area, const Activity& activity,
                          const std::string& actor);
std::vector<Activity> list_activities(Database& db, std::int64_t work_area,
                                      const std::string& wijk = "", int year = 0);
// CSV (semicolons, decimal commas) with the columns the import reads back.
std::string activities_csv(const std::vector<Activity>& activities);

struct ImportProblem {
  long long row = 0;  // 1 = the header
  std::string field, message;
};
class ActivityImportError : public InputError {
 public:
  explicit ActivityImportError(std::vector<ImportProblem> problems)
      : InputError("Het bestand is niet ingelezen; er is niets veranderd."),
        problems_(std::move(problems)) {}
  const std::vector<ImportProblem>& problems() const { return problems_; }

 private:
  std::vector<ImportProblem> problems_;
};
// Reads earlier years' activities: all rows or none. Columns (header, any order, any case):
// datum, buurt or wijk, soort, titel, prioriteit, inzet, organisaties, deelnemers, kosten,
// resultaat. Throws ActivityImportError with every problem (row, column, Dutch message).
long long import_activities_csv(Database& db, std::int64_t work_area, const std::string& csv,
                                const std::string& actor);
// The same from a table read from CSV or XLSX (store/import_table.hpp), with its row numbers.
struct ImportTable;
long long import_activities_table(Database& db, std::int64_t work_area, const ImportTable& table,
                                  const std::string& actor);

// ---- Campaigns -------------------------------------------------------------------------------

struct Campaign {
  std::int64_t id = 0;
  std::string kind;  // kerstbomen, superbuur, wijkreporters
  int year = 0;
  std::string name, opens_on, closes_on;
  long long contribution_cents = 0;
};
// The campaign of that kind and year, made from its template when it does not exist yet.
Campaign ensure_campaign(Database& db, std::int64_t work_area, const std::string& kind, int year,
                         const std::string& actor);
std::vector<Campaign> list_campaigns(Database& db, std::int64_t work_area, int year);
// Whether residents may still apply on that day (the public portal's check).
bool campaign_open(const Campaign& campaign, const std::string& today);

struct TreeRequest {
  std::int64_t id = 0;
  std::string street, buurt_code, wijk_code, pickup_on;
  long long contribution_cents = -1;  // -1: the campaign's contribution
  std::string source = "medewerker";  // portaal or medewerker
  std::string created_at;
};
// One request per street per year: a second throws ConflictError("street").
std::int64_t request_christmas_tree(Database& db, std::int64_t work_area, int year,
                                    const TreeRequest& request, const std::string& actor);
std::vector<TreeRequest> list_tree_requests(Database& db, std::int64_t work_area, int year,
                                            const std::string& wijk = "");

struct SuperbuurNomination {
  std::int64_t id = 0;
  std::string nominee, buurt_code, wijk_code, motivation;
  std::string status = "genomineerd";  // genomineerd, gekozen, niet_gekozen, uitgereikt
  std::string award;
  std::string source = "medewerker";
  std::string created_at;
};
std::int64_t nominate_superbuur(Database& db, std::int64_t work_area, int year,
                                const SuperbuurNomination& nomination, const std::string& actor);
void decide_superbuur(Database& db, std::int64_t work_area, std::int64_t id,
                      const std::string& status, const std::string& award,
                      const std::string& actor);
std::vector<SuperbuurNomination> list_nominations(Database& db, std::int64_t work_area, int year,
                                                  const std::string& wijk = "");
// The work area's nomination with this id; nullopt when there is none.
std::optional<SuperbuurNomination> find_nomination(Database& db, std::int64_t work_area,
                                                   std::int64_t id);

struct ReporterAssignment {
  std::int64_t id = 0;
  std::string held_on, wijk_code, subject;
};
struct Reporter {
  std::int64_t id = 0;
  std::string name, speciality;  // schrijven or fotografie
  std::vector<ReporterAssignment> assignments;
};
std::int64_t add_reporter(Database& db, std::int64_t work_area, int year, const std::string& name,
                          const std::string& speciality, const std::string& actor);
std::int64_t add_reporter_assignment(Database& db, std::int64_t work_area, std::int64_t reporter,
                                     const ReporterAssignment& assignment,
                                     const std::string& actor);
std::vector<Reporter> list_reporters(Database& db, std::int64_t work_area, int year);

// ---- Neighbour mediation ---------------------------------------------------------------------

using neighbourhood::MediationCase;
using neighbourhood::MediationFigures;
using neighbourhood::MediationWarning;
std::int64_t add_mediation_case(Database& db, std::int64_t work_area, const MediationCase& c,
                                const std::string& actor);
// Replaces the steps, outcome and reason of a case (its number, buurt and dispute stay).
void update_mediation_case(Database& db, std::int64_t work_area, std::int64_t id,
                           const MediationCase& c, const std::string& actor);
std::optional<MediationCase> find_mediation_case(Database& db, std::int64_t work_area,
                                                 std::int64_t id);
// wijken empty: all.
std::vector<MediationCase> list_mediation_cases(Database& db, std::int64_t work_area,
                                                const std::vector<std::string>& wijken, int year);
// Per wijk (sorted) for the cases reported in the year, plus a total with wijk_code "totaal".
std::vector<MediationFigures> mediation_figures(Database& db, std::int64_t work_area, int year,
                                                const std::string& today);
std::string mediation_figures_csv(const std::vector<MediationFigures>& figures);

// ---- Physical works --------------------------------------------------------------------------

struct PhysicalWork {
  std::int64_t id = 0;
  std::string kind;  // sloop, nieuwbouw, renovatie, openbare_ruimte
  std::string title, area_code, wijk_code, starts_on, ends_on, description;
};
std::int64_t add_work(Database& db, std::int64_t work_area, const PhysicalWork& work,
                      const std::string& actor);
// The works in the wijk (all when empty) that run during the year (all when 0).
std::vector<PhysicalWork> list_works(Database& db, std::int64_t work_area,
                                     const std::string& wijk = "", int year = 0);

}  // namespace leefbaar::store
