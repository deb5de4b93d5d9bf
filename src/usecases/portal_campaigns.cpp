#include "usecases/portal_campaigns.hpp"

#include <fmt/format.h>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/portal_campaigns.hpp"
#include "usecases/portal_guard.hpp"
#include "usecases/wijkwerk_audit.hpp"

namespace leefbaar::usecases {

namespace {

using Outcome = PortalReceipt::Outcome;

// The store's PortalCampaign holds the campaign record of the wijk work (store/wijkwerk_store.hpp),
// which stays behind the store until it moves to src/neighbourhood; the portal needs only this.
neighbourhood::PortalCampaignState state_of(const store::PortalCampaign& p) {
  return {p.campaign.name,
          p.campaign.year,
          p.campaign.opens_on,
          p.campaign.closes_on,
          p.campaign.contribution_cents,
          p.open,
          p.opens_next,
          p.pickup_days};
}

// The address of a form when one is given (its postcode or house number filled in).
std::optional<neighbourhood::Address> address_of(const neighbourhood::AddressText& text) {
  if (!text.given()) return std::nullopt;
  return neighbourhood::parse_address(text);
}

// The campaign of the day, made (and its entries written) before a submission is checked, so that
// a campaign made is logged even when the submission is refused (portal_change keeps it).
store::PortalCampaign campaign_of_day(store::Database& db, std::int64_t work_area,
                                      const std::string& kind, TimePoint now) {
  auto campaign = store::portal_campaign(db, work_area, kind, day_text(now));
  for (const auto& made : campaign.made) audit_made_campaign(db, "portaal", made);
  return campaign;
}

// A submission waiting for its link, after the expired ones it removed.
std::int64_t audit_submission(store::Database& db, const store::PortalSubmission& s) {
  audit_campaign_purge(db, s.purged);
  store::record_audit(
      db, {"portaal", "create", fmt::format("portal_campaign_submission/{}", s.id),
           fmt::format("{} via het portaal ({}), wacht op bevestiging", s.kind, s.buurt), ""});
  return s.id;
}

}  // namespace

PortalCampaigns portal_campaigns(Service& service, TimePoint now) {
  const std::string today = day_text(now);
  // A change: a campaign of this year is made from its template on first sight.
  return change(service, [&](store::Database& db) {
    const auto wa = portal_area(db);
    const auto trees = campaign_of_day(db, wa, "kerstbomen", now);
    const auto superbuur = campaign_of_day(db, wa, "superbuur", now);
    return PortalCampaigns{today, state_of(trees), state_of(superbuur)};
  });
}

PortalReceipt request_portal_tree(Service& service, const PortalSender& sender,
                                  const PortalTreeForm& form, const std::string& link_base,
                                  TimePoint now) {
  return portal_change(service, [&](store::Database& db) -> PortalReceipt {
    const auto wa = portal_area(db);
    if (over_client_limit(db, sender.client, now)) return {Outcome::throttled};
    if (sender.honeypot) return {Outcome::dropped};
    const auto address = address_of(form.address);
    if (!address) throw FieldError("postcode", "Vul uw postcode en huisnummer in.");
    if (over_address_limit(db, address->key(), now)) return {Outcome::throttled};
    store::PortalTreeRequest in;
    in.address = *address;
    in.street = form.street;
    in.buurt_code = form.buurt;
    in.pickup_on = form.pickup_on;
    in.email = form.email;
    campaign_of_day(db, wa, "kerstbomen", now);
    return {Outcome::submitted,
            audit_submission(db, store::submit_portal_tree(db, wa, in, link_base, now))};
  });
}

PortalReceipt nominate_portal_superbuur(Service& service, const PortalSender& sender,
                                        const PortalNominationForm& form,
                                        const std::string& link_base, TimePoint now) {
  return portal_change(service, [&](store::Database& db) -> PortalReceipt {
    const auto wa = portal_area(db);
    if (over_client_limit(db, sender.client, now)) return {Outcome::throttled};
    if (sender.honeypot) return {Outcome::dropped};
    store::PortalNomination in;
    in.address = address_of(form.address);
    in.nominee = form.nominee;
    in.buurt_code = form.buurt;
    in.motivation = form.motivation;
    in.email = form.email;
    const std::string key = in.address ? in.address->key() : to_lower(trim(in.email));
    if (over_address_limit(db, key, now)) return {Outcome::throttled};
    campaign_of_day(db, wa, "superbuur", now);
    return {Outcome::submitted,
            audit_submission(db, store::submit_portal_nomination(db, wa, in, link_base, now))};
  });
}

PortalCampaignConfirmed confirm_campaign_link(Service& service, const std::string& client,
                                              const std::string& token, TimePoint now) {
  return portal_change(service, [&](store::Database& db) -> PortalCampaignConfirmed {
    if (over_client_limit(db, client, now)) return {true, {}};
    const auto done = store::confirm_campaign_token(db, token, now);
    const std::string subject = fmt::format("portal_campaign_submission/{}", done.submission);
    if (done.refused) {
      // The submission is gone all the same: portal_change keeps that, with this entry.
      store::record_audit(db, {"portaal", "refuse", subject, done.confirmation.kind, ""});
      throw *done.refused;
    }
    if (done.confirmation.kind == "kerstboom")
      audit_tree_request(db, "portaal", done.entry, done.buurt);
    else
      audit_nomination(db, "portaal", done.entry, done.buurt);
    store::record_audit(db, {"portaal", "confirm", subject, done.confirmation.kind, ""});
    return {false, done.confirmation};
  });
}

}  // namespace leefbaar::usecases
