// The demo's campaigns on the residents' portal: the demo year's Christmas tree and superbuur
// campaigns take applications the whole year, so that the portal's forms can be tried on any day.
// The real templates open in October and November (store::ensure_campaign); outside that period the
// portal shows when the campaign opens.
#include <fmt/format.h>

#include "demo/demo.hpp"
#include "store/portal_campaigns.hpp"

namespace leefbaar::demo {

void open_demo_campaigns(store::Database& db, const DemoContext& ctx, int year) {
  for (const char* kind : {"kerstbomen", "superbuur"})
    store::set_campaign_intake(db, ctx.work_area, kind, year, fmt::format("{}-01-01", year),
                               fmt::format("{}-12-31", year), "demo");
}

}  // namespace leefbaar::demo
