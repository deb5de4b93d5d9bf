#include "usecases/housekeeping.hpp"

#include <fmt/format.h>

#include "core/dates.hpp"
#include "store/audit.hpp"
#include "store/portal_campaigns.hpp"
#include "store/retention.hpp"
#include "usecases/unit_of_work.hpp"
#include "usecases/wijkwerk_audit.hpp"

namespace leefbaar::usecases {

// The store opens one transaction per work area (purge) and per reminder: holding_lock, not one
// transaction around them all.
Purged purge_expired(Service& service, std::chrono::system_clock::time_point now) {
  const auto r = holding_lock(service, [&](store::Database& db) {
    return store::purge_expired(
        db, now, [&](store::Database& db, std::int64_t work_area, const store::PurgeResult& p) {
          store::record_audit(db,
                              {"systeem", "purge", fmt::format("signalen/werkgebied/{}", work_area),
                               fmt::format("bewaartermijn verstreken op {}: {} contactmomenten, {} "
                                           "opvolgnotities en {} adressen verwijderd",
                                           day_text(now), p.contacts, p.notes, p.addresses),
                               "bewaartermijn"});
        });
  });
  return {r.contacts, r.notes, r.addresses};
}

void purge_unconfirmed_submissions(Service& service, std::chrono::system_clock::time_point now) {
  change(service, [&](store::Database& db) {
    audit_campaign_purge(db, store::purge_unconfirmed_campaign_submissions(db, now));
  });
}

}  // namespace leefbaar::usecases
