#pragma once
// What residents send to the yearly campaigns on the public portal (a Christmas tree for their
// street, a superbuur nomination) and what a used e-mail link confirmed. The store keeps no street
// names for addresses, so the requester names the street; the address gives the buurt.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "neighbourhood/addresses.hpp"

namespace leefbaar::neighbourhood {

// A campaign as the portal shows it on a day: this year's, whether it is open, and when closed the
// day it opens (this year's or next year's).
struct PortalCampaignState {
  std::string name;
  int year = 0;
  std::string opens_on, closes_on;  // ISO dates, both included
  long long contribution_cents = 0;
  bool open = false;
  std::string opens_next;                // when closed: the first day of the next intake
  std::vector<std::string> pickup_days;  // trees: the days a tree can be picked up
};

struct PortalTreeRequest {
  Address address;         // the requester's
  std::string street;      // the requester's street
  std::string buurt_code;  // only needed when the address does not give the buurt
  std::string pickup_on;   // one of the pick-up days (required while there are any)
  std::string email;
};

struct PortalNomination {
  std::string nominee;
  std::optional<Address> address;  // the nominee's; or the buurt when the nominator knows none
  std::string buurt_code;
  std::string motivation;
  std::string email;  // the nominator's, only for the link
};

struct CampaignConfirmation {
  std::string kind;  // kerstboom or superbuur
  std::int64_t record_id = 0;
  int year = 0;
  std::string what;  // the street or the nominee
};

}  // namespace leefbaar::neighbourhood
