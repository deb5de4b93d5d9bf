#pragma once
// The wijk team's records (issue 4): the partnership's themes, wijk profiles per year (focus,
// priorities, team, meeting places), activities, physical works per area and period, and the
// pure rules on them (area codes, the CSV the activities export). Dates are ISO text
// (YYYY-MM-DD); an empty string means "not yet".
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/access.hpp"
#include "core/errors.hpp"

namespace leefbaar::neighbourhood {

// ---- Codes -----------------------------------------------------------------------------------

// WK followed by 6 digits (a CBS wijk code).
bool is_wijk_code(const std::string& code);
// BU followed by 8 digits (a CBS buurt code).
bool is_buurt_code(const std::string& code);

// Whether the user works on the wijk's records: a wijk team only in its own wijken, analist and
// beheerder everywhere, lezer nowhere (a lezer only reads).
bool works_in(const User& user, const std::string& wijk);
// ForbiddenError (field wijk_code) unless works_in: the others may look, not change.
void require_wijk(const User& user, const std::string& wijk);

struct WijkArea {
  std::string code, name;
  std::vector<std::pair<std::string, std::string>> buurten;  // code, name
};

// ---- Themes and profiles ---------------------------------------------------------------------

struct Theme {
  std::int64_t id = 0;
  std::string name;
  bool active = true;
};

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

struct ImportProblem {
  long long row = 0;  // 1 = the header
  std::string field, message;
};
// An import of activities that read nothing: every problem with its row and column.
class ActivityImportError : public InputError {
 public:
  explicit ActivityImportError(std::vector<ImportProblem> problems)
      : InputError("Het bestand is niet ingelezen; er is niets veranderd."),
        problems_(std::move(problems)) {}
  const std::vector<ImportProblem>& problems() const { return problems_; }

 private:
  std::vector<ImportProblem> problems_;
};

// ---- Physical works --------------------------------------------------------------------------

struct PhysicalWork {
  std::int64_t id = 0;
  std::string kind;  // sloop, nieuwbouw, renovatie, openbare_ruimte
  std::string title, area_code, wijk_code, starts_on, ends_on, description;
};
// The kinds of physical work: sloop, nieuwbouw, renovatie, openbare_ruimte (the schema's CHECK).
const std::vector<std::string>& physical_work_kinds();

}  // namespace leefbaar::neighbourhood
