#pragma once
// Internal to the use cases: the audit entries that both the staff's campaign intake
// (wijkwerk_campaigns.cpp) and the portal's (portal_campaigns.cpp) write, so that a tree or a
// nomination is logged the same way whoever records it. The demo writes the same texts itself.
#include <fmt/format.h>

#include <optional>
#include <string>

#include "store/audit.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::usecases {

// A campaign made from its template on the way to an entry.
inline void audit_made_campaign(store::Database& db, const std::string& actor,
                                const std::optional<neighbourhood::Campaign>& made) {
  if (made)
    store::record_audit(
        db, {actor, "create", fmt::format("wijk_campaign/{}", made->id), made->name, ""});
}

// The portal's campaign submissions that nobody confirmed in time, removed (the hourly purge, or
// one on the way to a new submission); nothing removed, nothing logged.
inline void audit_campaign_purge(store::Database& db, long long removed) {
  if (removed > 0)
    store::record_audit(db, {"systeem", "purge", "portal_campaigns",
                             fmt::format("{} onbevestigde aanmeldingen voor acties", removed), ""});
}

// A Christmas tree request and the campaign it made; buurt as given.
inline void audit_tree_request(store::Database& db, const std::string& actor,
                               const store::CampaignEntry& entry, const std::string& buurt) {
  audit_made_campaign(db, actor, entry.made_campaign);
  store::record_audit(db, {actor, "create", fmt::format("wijk_tree_request/{}", entry.id),
                           fmt::format("{} ({})", entry.text, buurt), ""});
}

// A superbuur nomination and the campaign it made: the buurt only, not the nominee's name.
inline void audit_nomination(store::Database& db, const std::string& actor,
                             const store::CampaignEntry& entry, const std::string& buurt) {
  audit_made_campaign(db, actor, entry.made_campaign);
  store::record_audit(db, {actor, "create", fmt::format("wijk_superbuur/{}", entry.id), buurt, ""});
}

}  // namespace leefbaar::usecases
