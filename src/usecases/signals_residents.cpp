#include "usecases/signals_residents.hpp"

#include <fmt/format.h>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/signals.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

std::vector<neighbourhood::ContactMoment> resident_contacts(Service& service, const User& caller,
                                                            neighbourhood::ResidentQuery query) {
  query.organisation = caller.organisation_id;
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    auto found = store::find_resident_contacts(db, wa, query);
    // The search terms are personal data: the log names the kind of search, not the address.
    store::record_audit(
        db,
        {caller.email, "read", fmt::format("signalen/werkgebied/{}", wa),
         fmt::format("verzoek van een bewoner ({}): {} contactmomenten",
                     trim(query.resident_ref).empty() ? "op adres" : "op referentie", found.size()),
         "inzageverzoek"});
    return found;
  });
}

int erase_resident_contacts(Service& service, const User& caller,
                            neighbourhood::ResidentQuery query) {
  query.organisation = caller.organisation_id;
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    const int n = store::erase_resident_contacts(db, wa, query);
    store::record_audit(
        db, {caller.email, "delete", fmt::format("signalen/werkgebied/{}", wa),
             fmt::format("{} contactmomenten van een bewoner gewist (de aantallen blijven)", n),
             "verwijderverzoek"});
    return n;
  });
}

}  // namespace leefbaar::usecases
