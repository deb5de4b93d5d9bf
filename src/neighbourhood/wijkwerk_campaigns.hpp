#pragma once
// The yearly campaigns of the wijk team, as staff see them: Christmas trees per street,
// superbuur nominations and neighbourhood reporters with their assignments.
#include <cstdint>
#include <string>
#include <vector>

namespace leefbaar::neighbourhood {

struct Campaign {
  std::int64_t id = 0;
  std::string kind;  // kerstbomen, superbuur, wijkreporters
  int year = 0;
  std::string name, opens_on, closes_on;
  long long contribution_cents = 0;
};
// Whether residents may still apply on that day (ISO date; the public portal's check).
bool campaign_open(const Campaign& campaign, const std::string& today);

struct TreeRequest {
  std::int64_t id = 0;
  std::string street, buurt_code, wijk_code, pickup_on;
  long long contribution_cents = -1;  // -1: the campaign's contribution
  std::string source = "medewerker";  // portaal or medewerker
  std::string created_at;
};

struct SuperbuurNomination {
  std::int64_t id = 0;
  std::string nominee, buurt_code, wijk_code, motivation;
  std::string status = "genomineerd";  // genomineerd, gekozen, niet_gekozen, uitgereikt
  std::string award;
  std::string source = "medewerker";
  std::string created_at;
};

struct ReporterAssignment {
  std::int64_t id = 0;
  std::string held_on, wijk_code, subject;
};
struct Reporter {
  std::int64_t id = 0;
  std::string name, speciality;  // schrijven or fotografie
  std::vector<ReporterAssignment> assignments;
};

}  // namespace leefbaar::neighbourhood
