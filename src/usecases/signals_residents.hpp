#pragma once
// A resident's request (GDPR) about their contact moments: inspection and erasure. Each
// organisation answers for its own records: the search covers only what the caller's
// organisation recorded in the caller's work area (whatever organisation the query names).
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/signal_records.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The contact moments about the address or reference, with their details; audited as
// "inzageverzoek" (the kind of search, not the address). FieldError when the query names neither
// an address nor a reference, or a malformed address.
std::vector<neighbourhood::ContactMoment> resident_contacts(Service& service, const User& caller,
                                                            neighbourhood::ResidentQuery query);
// Erases them (their signals stay as anonymous counts); audited as "verwijderverzoek". Answers
// how many contact moments were erased.
int erase_resident_contacts(Service& service, const User& caller,
                            neighbourhood::ResidentQuery query);

}  // namespace leefbaar::usecases
