// The demo's campaigns on the residents' portal: the demo year's Christmas tree and superbuur
// campaigns take applications the whole year, so that the portal's forms can be tried on any day.
// The real templates open in October and November (store::ensure_campaign); outside that period the
// portal shows when the campaign opens.
#include <fmt/format.h>

#include "demo/demo.hpp"
#include "store/audit.hpp"
#include "store/portal_campaigns.hpp"

namespace leefbaar::demo {

void open_demo_campaigns(store::Database& db, const DemoContext& ctx, int year) {
  // The store leaves the audit entries to its caller: the same ones the staff's changes write,
  // each in one transaction with its change.
  store::Transaction transaction(db);
  for (const char* kind : {"kerstbomen", "superbuur"}) {
    const std::string opens = fmt::format("{}-01-01", year), closes = fmt::format("{}-12-31", year);
    const auto c = store::set_campaign_intake(db, ctx.work_area, kind, year, opens, closes);
    const std::string subject = fmt::format("wijk_campaign/{}", c.campaign.id);
    if (c.made) store::record_audit(db, {"demo", "create", subject, c.campaign.name, ""});
    store::record_audit(db, {"demo", "update", subject,
                             fmt::format("aanmelden van {} tot en met {}", opens, closes), ""});
  }
  transaction.commit();
}

}  // namespace leefbaar::demo
