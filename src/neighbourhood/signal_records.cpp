#include "neighbourhood/signal_records.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "neighbourhood/signals.hpp"

namespace leefbaar::neighbourhood {

namespace {

constexpr std::size_t kMaxNote = 2000;
constexpr std::size_t kMaxRef = 60;

bool in(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

std::string trimmed(const std::string& s) {
  return std::string(trim(s));
}

// A date in YYYY-MM-DD that exists; FieldError otherwise.
std::string checked_date(const std::string& field, const std::string& text, bool required) {
  const std::string t = trimmed(text);
  if (t.empty()) {
    if (required) throw FieldError(field, "Vul een datum in.");
    return {};
  }
  const auto day = parse_day(t);
  const int year = day ? static_cast<int>(std::chrono::year_month_day{*day}.year()) : 0;
  if (year < 1900 || year > 2999)
    throw FieldError(field, "Vul een geldige datum in, zoals 2025-03-14.");
  return t;
}

std::string checked_referral(const std::string& referral) {
  const std::string r = trimmed(referral);
  if (!r.empty() && !in(referral_kinds(), r))
    throw FieldError("referral", "Kies een doorverwijzing uit de lijst.");
  return r;
}

std::string checked_status(const std::string& status) {
  if (!in(follow_up_statuses(), status))
    throw FieldError("follow_up_status", "Kies de stand van de opvolging.");
  return status;
}

// The date of the follow-up: not before the contact itself.
std::string checked_follow_up_date(const std::string& text, const std::string& contact_date) {
  std::string d = checked_date("follow_up_date", text, false);
  if (!d.empty() && d < contact_date)
    throw FieldError("follow_up_date", "De datum van de opvolging ligt vóór het contact.");
  return d;
}

std::string checked_note(const std::string& note) {
  std::string text = trimmed(note);
  if (text.size() > kMaxNote)
    throw FieldError("note", "Houd de notitie kort: hoogstens 2000 tekens.");
  return text;
}

}  // namespace

Address checked_contact_address(const std::string& postcode, const std::string& huisnummer,
                                const std::string& toevoeging) {
  Address a;
  a.postcode = normalise_postcode(postcode);
  const std::string nr = trimmed(huisnummer);
  a.toevoeging = to_upper(trim(toevoeging));
  if (a.postcode.empty() && nr.empty() && a.toevoeging.empty()) return a;
  const bool pc_ok = a.postcode.size() == 6 && a.postcode[0] >= '1' && a.postcode[0] <= '9' &&
                     std::all_of(a.postcode.begin(), a.postcode.begin() + 4,
                                 [](char c) { return c >= '0' && c <= '9'; }) &&
                     std::all_of(a.postcode.begin() + 4, a.postcode.end(),
                                 [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!pc_ok) throw FieldError("postcode", "Vul een postcode in zoals 9401 AB.");
  const auto n = parse_integer(nr);
  if (!n || *n < 1 || *n > 99999)
    throw FieldError("huisnummer", "Vul een huisnummer in (alleen cijfers, zoals 12).");
  a.huisnummer = static_cast<int>(*n);
  if (a.toevoeging.size() > 10)
    throw FieldError("toevoeging", "Gebruik een toevoeging van hoogstens 10 tekens.");
  return a;
}

CheckedContact checked_contact(const User& by, const ContactInput& input,
                               const std::string& today) {
  if (!may_record_signals(by)) throw SignalAccessDenied();
  CheckedContact c;
  c.date = checked_date("date", input.date, true);
  if (c.date > today)
    throw FieldError("date", "De datum ligt in de toekomst. Kies vandaag of eerder.");
  c.wijk = trimmed(input.wijk);
  c.buurt = trimmed(input.buurt);
  if (c.wijk.empty()) throw FieldError("wijk", "Kies de wijk.");
  if (!may_record_in(by, c.wijk))
    throw FieldError("wijk", "U werkt niet in deze wijk. Kies een van uw wijken.");
  if (!in(contact_kinds(), input.kind)) throw FieldError("kind", "Kies het soort contact.");
  c.kind = input.kind;
  std::set<std::string> signals;
  for (const auto& s : input.signals) {
    if (!in(signal_kinds(), s)) throw FieldError("signals", "Kies signalen uit de lijst.");
    signals.insert(s);
  }
  if (signals.empty()) throw FieldError("signals", "Kies ten minste één signaal.");
  c.signals.assign(signals.begin(), signals.end());
  c.referral = checked_referral(input.referral);
  c.follow_up_status =
      checked_status(input.follow_up_status.empty() ? "geen" : input.follow_up_status);
  c.follow_up_date = checked_follow_up_date(input.follow_up_date, c.date);
  c.address = checked_contact_address(input.postcode, input.huisnummer, input.toevoeging);
  c.resident_ref = trimmed(input.resident_ref);
  if (c.resident_ref.size() > kMaxRef)
    throw FieldError("resident_ref", "Gebruik een referentie van hoogstens 60 tekens.");
  c.note = checked_note(input.note);
  // As little personal data as the task needs: an address or reference only for follow-up.
  if (!needs_follow_up(c.referral, c.follow_up_status) &&
      (!c.address.postcode.empty() || !c.resident_ref.empty()))
    throw FieldError(!c.address.postcode.empty() ? "postcode" : "resident_ref",
                     "Vul alleen een adres of referentie in als er opvolging nodig is (een "
                     "doorverwijzing of opvolging open). Zonder opvolging blijft het contact "
                     "anoniem.");
  if (c.follow_up_status == "afgerond") c.done_on = today;
  return c;
}

std::vector<std::string> apply_follow_up_change(FollowUp& f, const FollowUpChange& change,
                                                const std::string& today) {
  std::vector<std::string> changed;
  if (change.referral) {
    const std::string r = checked_referral(*change.referral);
    if (r != f.referral) changed.push_back("doorverwijzing");
    f.referral = r;
  }
  if (change.follow_up_date) {
    const std::string d = checked_follow_up_date(*change.follow_up_date, f.contact_date);
    if (d != f.follow_up_date) changed.push_back("datum opvolging");
    f.follow_up_date = d;
  }
  if (change.follow_up_status && checked_status(*change.follow_up_status) != f.status) {
    changed.push_back("stand opvolging");
    f.status = *change.follow_up_status;
    f.done_on = f.status == "afgerond" ? today : std::string{};
  }
  return changed;
}

std::string checked_follow_up_note(const std::string& note) {
  if (trim(note).empty()) throw FieldError("note", "Schrijf wat er is gedaan of afgesproken.");
  return checked_note(note);
}

ResidentSearch checked_resident_query(const ResidentQuery& query) {
  ResidentSearch search;
  search.resident_ref = to_lower(trim(query.resident_ref));
  const bool by_address = AddressText{query.postcode, query.huisnummer, query.toevoeging}.given();
  if (!by_address && search.resident_ref.empty())
    throw FieldError("postcode", "Vul een adres (postcode en huisnummer) of een referentie in.");
  if (by_address)
    search.address = checked_contact_address(query.postcode, query.huisnummer, query.toevoeging);
  return search;
}

}  // namespace leefbaar::neighbourhood
