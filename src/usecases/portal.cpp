#include "usecases/portal.hpp"

#include <fmt/format.h>

#include "store/audit.hpp"
#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "usecases/initiatives_scope.hpp"
#include "usecases/portal_guard.hpp"

namespace leefbaar::usecases {

using Outcome = PortalReceipt::Outcome;

std::int64_t portal_area(store::Database& db) {
  const auto wa = store::portal_work_area(db);
  if (!wa) throw NotFoundError("Het bewonersportaal is nog niet ingericht.", "no_work_area");
  return *wa;
}

bool over_client_limit(store::Database& db, const std::string& client,
                       std::chrono::system_clock::time_point now) {
  return store::over_rate_limit(db, "client:" + client, kPerClient, kPortalWindow, now);
}

bool over_address_limit(store::Database& db, const std::string& address,
                        std::chrono::system_clock::time_point now) {
  return store::over_rate_limit(db, "adres:" + address, kPerAddress, kPortalWindow, now);
}

bool over_count_limit(store::Database& db, const std::string& client,
                      std::chrono::system_clock::time_point now) {
  return store::over_rate_limit(db, "telling:" + client, kCountsPerClient, kPortalWindow, now);
}

std::vector<neighbourhood::AreaRef> portal_buurten(Service& service) {
  return read(service,
              [&](store::Database& db) { return store::list_buurten(db, portal_area(db)); });
}

std::vector<neighbourhood::Initiative> portal_initiatives(Service& service, const std::string& wijk,
                                                          TimePoint now) {
  neighbourhood::InitiativeFilter filter;
  filter.wijk = wijk;
  auto list = read(service, [&](store::Database& db) {
    return store::list_initiatives(db, portal_area(db), filter, now);
  });
  std::erase_if(list, [](const auto& i) { return !neighbourhood::is_public(i.state); });
  return list;
}

PortalReceipt submit_portal_initiative(Service& service, const PortalSender& sender,
                                       const neighbourhood::PortalInitiativeForm& form,
                                       const neighbourhood::AddressText& location,
                                       const AreaForm& area, const std::string& email,
                                       const std::string& link_base, TimePoint now) {
  return portal_change(service, [&](store::Database& db) -> PortalReceipt {
    const auto wa = portal_area(db);
    if (over_client_limit(db, sender.client, now)) return {Outcome::throttled};
    if (sender.honeypot) return {Outcome::dropped};
    auto in = neighbourhood::portal_initiative(form);
    in.shape = area_of_form(db, wa, area);
    if (!location.postcode.empty() || !location.huisnummer.empty()) {
      in.location = neighbourhood::parse_address(location);
      store::require_register_address(db, wa, *in.location);
    }
    const auto mail = store::submit_portal_initiative(db, wa, in, email, link_base, now);
    record_purge(db, mail.purged);
    store::record_audit(
        db, {"portaal", "create", fmt::format("initiative/{}", mail.id), mail.title, ""});
    return {Outcome::submitted, mail.id};
  });
}

PortalReceipt support_portal_initiative(Service& service, const PortalSender& sender,
                                        std::int64_t initiative,
                                        const neighbourhood::AddressText& address,
                                        const std::string& email, const std::string& link_base,
                                        TimePoint now) {
  return portal_change(service, [&](store::Database& db) -> PortalReceipt {
    const auto wa = portal_area(db);
    if (over_client_limit(db, sender.client, now)) return {Outcome::throttled};
    if (sender.honeypot) return {Outcome::dropped};
    // The limit per address counts the address the registers confirm.
    const auto a = neighbourhood::parse_address(address);
    store::require_register_address(db, wa, a);
    if (over_address_limit(db, a.key(), now)) return {Outcome::throttled};
    const auto mail = store::submit_portal_support(db, wa, initiative, a, email, link_base, now);
    record_purge(db, mail.purged);
    store::record_audit(
        db, {"portaal", "create", fmt::format("initiative/{}/support/{}", initiative, mail.id),
             "steunbetuiging via het portaal, wacht op bevestiging", ""});
    return {Outcome::submitted, mail.id};
  });
}

PortalHouseholds portal_households(Service& service, const std::string& client,
                                   const AreaForm& area, const std::string& buurt, TimePoint now) {
  return portal_change(service, [&](store::Database& db) -> PortalHouseholds {
    const auto wa = portal_area(db);
    if (over_count_limit(db, client, now)) return {true, {}};
    return {false, households_of_form(db, wa, area, buurt)};
  });
}

PortalConfirmed confirm_portal_link(Service& service, const std::string& client,
                                    const std::string& token, TimePoint now) {
  return portal_change(service, [&](store::Database& db) -> PortalConfirmed {
    if (over_client_limit(db, client, now)) return {true, {}};
    const auto confirmed = store::confirm_portal_token(db, token, now);
    const auto& c = confirmed.confirmation;
    record_majority(db, c.initiative_id, confirmed.majority);
    store::record_audit(
        db, {"portaal", "confirm", fmt::format("initiative/{}", c.initiative_id), c.kind, ""});
    return {false, c};
  });
}

}  // namespace leefbaar::usecases
