#include "usecases/initiatives.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "usecases/initiatives_scope.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

std::optional<std::vector<std::string>> wijken_of(const User& caller) {
  if (caller.role == Role::wijkteam) return caller.wijken;
  return std::nullopt;
}

bool in_wijken(const std::optional<std::vector<std::string>>& wijken, const std::string& wijk) {
  return !wijken || std::find(wijken->begin(), wijken->end(), wijk) != wijken->end();
}

neighbourhood::Initiative visible_initiative(store::Database& db, const User& caller,
                                             std::int64_t work_area, std::int64_t id,
                                             TimePoint now) {
  auto i = store::find_initiative(db, work_area, id, now);
  if (!i || i->state == neighbourhood::InitiativeState::unconfirmed ||
      !in_wijken(wijken_of(caller), i->area.wijk))
    throw NotFoundError("Dit initiatief bestaat niet of hoort niet bij uw wijken.");
  return std::move(*i);
}

neighbourhood::InitiativeArea area_of_form(store::Database& db, std::int64_t work_area,
                                           const AreaForm& form) {
  if (form.gebied.is_null()) return {};
  nlohmann::json g = form.gebied;
  if (form.centre) {
    neighbourhood::Address address;
    try {
      address = neighbourhood::parse_address(*form.centre);
    } catch (const FieldError& e) {
      throw FieldError("gebied", e.what());
    }
    const auto centre = store::address_lat_lon(db, work_area, address);
    if (!centre)
      throw FieldError("gebied",
                       "Dit adres kunnen we niet op de kaart vinden. Controleer de postcode en het "
                       "huisnummer, of klik het midden van de cirkel op de kaart aan.");
    g["lat"] = centre->lat;
    g["lon"] = centre->lon;
  }
  return neighbourhood::area_from_json(g.dump());
}

HouseholdsAnswer households_of_form(store::Database& db, std::int64_t work_area,
                                    const AreaForm& form, const std::string& buurt) {
  HouseholdsAnswer out;
  out.area = area_of_form(db, work_area, form);
  out.preview = store::preview_households(db, work_area, out.area, buurt);
  if (out.preview.buurt)
    out.buurt_geojson = store::area_geojson(db, work_area, {}, out.preview.buurt->buurt);
  return out;
}

void record_majority(store::Database& db, std::int64_t initiative,
                     const std::optional<store::MajorityReached>& majority) {
  if (!majority) return;
  store::record_audit(db, {"systeem", "majority", fmt::format("initiative/{}", initiative),
                           fmt::format("{} steunbetuigingen bij {} huishoudens", majority->supports,
                                       majority->households),
                           ""});
}

void record_purge(store::Database& db, const store::PurgedUnconfirmed& purged) {
  if (purged.supports + purged.initiatives == 0) return;
  store::record_audit(db, {"systeem", "purge", "portal",
                           fmt::format("{} onbevestigde steunbetuigingen, {} onbevestigde "
                                       "initiatieven",
                                       purged.supports, purged.initiatives),
                           ""});
}

namespace {

// Whether `needle` (already lower case) is in the initiative's title, description, the
// organisation asked or one that pledged. ASCII case only, as SQLite's LIKE: the texts are Dutch.
bool mentions(const neighbourhood::Initiative& i, const std::string& needle) {
  const auto has = [&](const std::string& text) {
    return to_lower(text).find(needle) != std::string::npos;
  };
  if (has(i.title) || has(i.description) || has(i.asked_organisation_name)) return true;
  return std::any_of(i.pledges.begin(), i.pledges.end(),
                     [&](const auto& p) { return has(p.organisation_name); });
}

}  // namespace

InitiativePage list_initiatives(Service& service, const User& caller, InitiativeQuery query,
                                TimePoint now) {
  query.filter.wijken = wijken_of(caller);
  auto list = read(service, [&](store::Database& db) {
    return store::list_initiatives(db, work_area_of(db, caller).id, query.filter, now);
  });
  // The page is cut after the scope and every filter, so that total is what the caller may see.
  const std::string needle = to_lower(query.text);
  std::erase_if(list, [&](const auto& i) {
    return (query.overdue_only && !i.overdue) || (!needle.empty() && !mentions(i, needle));
  });
  InitiativePage out;
  out.total = static_cast<long long>(list.size());
  const auto first = std::min(std::max(query.offset, 0LL), out.total);
  const auto last = first + std::clamp(query.limit, 0LL, out.total - first);
  out.initiatives.assign(std::make_move_iterator(list.begin() + first),
                         std::make_move_iterator(list.begin() + last));
  return out;
}

InitiativeOptions initiative_options(Service& service, const User& caller) {
  auto out = read(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller);
    return InitiativeOptions{store::list_buurten(db, wa.id),
                             store::partnership_organisations(db, wa.id),
                             store::load_majority_rule(db, wa.id)};
  });
  const auto wijken = wijken_of(caller);
  std::erase_if(out.buurten, [&](const auto& b) { return !in_wijken(wijken, b.wijk); });
  return out;
}

std::int64_t create_initiative(Service& service, const User& caller,
                               neighbourhood::NewInitiative in, const AreaForm& area,
                               TimePoint now) {
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    if (in.asked_organisation_id)
      store::require_partnership_organisation(db, wa, *in.asked_organisation_id,
                                              "asked_organisation_id");
    in.shape = area_of_form(db, wa, area);
    if (const auto wijken = wijken_of(caller)) {
      // The buurt the store will give the initiative, checked before it is made.
      const auto buurt = !in.buurt_code.empty() || in.shape.is_shape()
                             ? store::buurt_of_area(db, wa, in.shape, in.buurt_code)
                         : in.location ? store::buurt_of_address(db, wa, *in.location)
                                       : std::nullopt;
      if (buurt && !in_wijken(wijken, buurt->wijk))
        throw ForbiddenError("Deze buurt hoort niet bij uw wijken.", "forbidden", "buurt");
    }
    const auto id = store::create_initiative(db, wa, in, now, caller.email);
    // The detail is the title as the store cleaned and stored it, read back in this transaction.
    store::record_audit(db, {caller.email, "create", fmt::format("initiative/{}", id),
                             store::find_initiative(db, wa, id, now)->title, ""});
    return id;
  });
}

InitiativeDetail initiative_detail(Service& service, const User& caller, std::int64_t id,
                                   TimePoint now) {
  // A change: the read of the supporters' addresses is audited.
  return change(service, [&](store::Database& db) {
    const auto wa = work_area_of(db, caller).id;
    InitiativeDetail out;
    out.initiative = visible_initiative(db, caller, wa, id, now);
    const auto& i = out.initiative;
    out.supports = store::list_supports(db, wa, i.id);
    store::record_audit(db, {caller.email, "read", fmt::format("initiative/{}/supports", i.id),
                             fmt::format("{} adressen", out.supports.size()),
                             "steunbetuigingen van een initiatief controleren (één per adres)"});
    out.area_geojson = store::area_geojson(db, wa, i.shape, i.area.buurt);
    return out;
  });
}

HouseholdsAnswer initiative_households(Service& service, const User& caller, const AreaForm& area,
                                       const std::string& buurt) {
  return read(service, [&](store::Database& db) {
    return households_of_form(db, work_area_of(db, caller).id, area, buurt);
  });
}

}  // namespace leefbaar::usecases
