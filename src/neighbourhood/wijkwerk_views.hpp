#pragma once
// What a caller may see of the neighbourhood work outside its own pages (the map layers, the area
// pages, the timeline), and the pure parts of those views. The rules are those of the pages of
// each kind of work:
//   - initiatives: beheerder and analist see all; a wijk team all in its own wijken; everyone else
//     (and a wijk team elsewhere) what the public portal shows: the open and approved ones, with
//     their support so far, without a link to the staff page (initiative_sight);
//   - activities, physical works, wijk profiles and the mediation figures per wijk: every role;
//   - mediation counts finer than a wijk (a buurt): those who work in the wijk (works_in);
//   - signals: counts for everyone, with small counts hidden (neighbourhood/signal_counts.hpp);
//   - money (spending, the programme's plan): beheerder, analist and lezer, not a wijk team.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/areas.hpp"
#include "neighbourhood/initiative_records.hpp"
#include "neighbourhood/mediation.hpp"
#include "neighbourhood/spending.hpp"

namespace leefbaar::neighbourhood {

// An initiative as the caller may see it (never Sight::none).
struct SeenInitiative {
  Initiative initiative;
  Sight sight = Sight::public_;
};

// The dates of the initiative's steps that fall in the year (ISO dates): submitted, majority
// reached, decided, realised. Empty when nothing happened in the year.
struct InitiativeStep {
  std::string date, step;  // step: ingediend, meerderheid, goedgekeurd, afgewezen, gerealiseerd
};
std::vector<InitiativeStep> initiative_steps(const Initiative& i, int year);
// Whether the initiative ran during the year: submitted by its end and not finished (refused or
// realised) before it began.
bool initiative_ran_in(const Initiative& i, int year);

bool may_see_money(const User& user);

// The years with neighbourhood work (newest first, this year included) and the year shown when
// none is asked: the newest with a wijk profile or activities (newest_planned, 0 when none), as
// on the Wijkwerk page, else this year.
struct WorkYears {
  std::vector<int> years;
  int default_year = 0;
};
WorkYears work_years(std::vector<int> years, int newest_planned, int this_year);

// The area of an area page (buurt, wijk or gemeente), with the work area's buurten around it.
struct AreaPlace {
  std::string level, code, name, wijk, wijk_name, gemeente;
  std::vector<AreaRef> buurten;  // of the work area
  // Whether a record of the buurt (or, without one, of the wijk) lies in the area.
  bool holds(const std::string& buurt, const std::string& wijk_code) const;
  // A gemeente's wijken (code, name) in the order of the buurten.
  std::vector<std::pair<std::string, std::string>> wijken() const;
};
// nullopt when the work area has no such area.
std::optional<AreaPlace> find_place(std::vector<AreaRef> buurten, const std::string& level,
                                    const std::string& code);

// The figures of a buurt's cases (wijk_code: the buurt), counted as mediation_figures counts a
// wijk's, without the deadlines.
MediationFigures buurt_mediation_figures(const std::vector<MediationCase>& cases,
                                         const std::string& buurt);

// The ledger's spending in an area: for a gemeente its entries, for a wijk those naming it or an
// initiative in it, for a buurt those for its initiatives.
struct AreaSpending {
  long long entries = 0, spent_cents = 0, corporation_cents = 0, on_initiatives_cents = 0;
  std::map<std::string, double> by_category;  // euros of the corporation's money; "-": none
};
AreaSpending area_spending(const std::vector<SpendingEntry>& entries,
                           const std::vector<Initiative>& initiatives, const AreaPlace& place);

}  // namespace leefbaar::neighbourhood
