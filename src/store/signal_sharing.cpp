#include "store/signal_sharing.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "store/initiatives.hpp"
#include "store/signals.hpp"

namespace leefbaar::store {

DetailSharing load_sharing(Database& db, std::int64_t work_area) {
  return DetailSharing(
      db.query("SELECT wijk_code, owner_organisation_id, partner_organisation_id, granted_at FROM "
               "signal_sharing WHERE work_area_id = ? ORDER BY wijk_code, owner_organisation_id, "
               "partner_organisation_id")
          .bind(work_area)
          .all([](const Row& r) {
            return SharingGrant{r.text("wijk_code"), r.int64("owner_organisation_id"),
                                r.int64("partner_organisation_id"), r.text("granted_at")};
          }));
}

namespace {

void require_partner(Database& db, std::int64_t work_area, std::int64_t own, std::int64_t partner) {
  const auto organisations = partnership_organisations(db, work_area);
  const bool member = std::any_of(organisations.begin(), organisations.end(),
                                  [&](const OrganisationRef& o) { return o.id == partner; });
  if (!member || partner == own)
    throw FieldError("organisation_id",
                     "Kies een andere organisatie van het samenwerkingsverband.");
}

void require_wijk(Database& db, std::int64_t work_area, const std::string& wijk) {
  for (const auto& a : signal_areas(db, work_area))
    if (a.wijk.empty() && a.code == wijk) return;
  throw FieldError("wijk_code", "Kies een wijk van het werkgebied.");
}

}  // namespace

bool set_sharing(Database& db, std::int64_t work_area, const User& by, const std::string& wijk,
                 std::int64_t partner, bool shared, std::chrono::system_clock::time_point now) {
  if (!neighbourhood::may_share_details(by)) throw SignalAccessDenied();
  require_partner(db, work_area, by.organisation_id, partner);
  require_wijk(db, work_area, wijk);
  Transaction transaction(db);
  auto q = db.query(shared ? "INSERT OR IGNORE INTO signal_sharing (work_area_id, wijk_code, "
                             "owner_organisation_id, partner_organisation_id, granted_by, "
                             "granted_at) VALUES (?, ?, ?, ?, ?, ?)"
                           : "DELETE FROM signal_sharing WHERE work_area_id = ? AND wijk_code = ? "
                             "AND owner_organisation_id = ? AND partner_organisation_id = ?");
  q.bind(work_area, wijk, by.organisation_id, partner);
  if (shared) q.bind(by.email, iso_utc(now));
  const bool changed = q.run() > 0;
  transaction.commit();
  return changed;
}

}  // namespace leefbaar::store
