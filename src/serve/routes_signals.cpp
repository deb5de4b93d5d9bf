// Contact moments and signals (issue 4, part 4): recording, the list and a record's page with its
// follow-up for those who may see the details, counts for everyone, the retention settings and
// the tools for a resident's request (inspection and erasure). The access rule is
// neighbourhood::may_see_details (store/signals.hpp); every read of personal data is audited with
// its purpose by the store functions.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "report/sheet.hpp"
#include "serve/app.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/wijkwerk_view.hpp"
#include "store/retention.hpp"
#include "store/signals.hpp"

namespace leefbaar::serve {

namespace {

using store::Role;

const std::vector<Role> kStaff = {Role::beheerder, Role::analist, Role::wijkteam};

// The Dutch labels of the fixed lists, in the order of the store's lists.
const std::map<std::string, std::string>& labels() {
  static const std::map<std::string, std::string> m = {
      // contact kinds
      {"huisbezoek", "Huisbezoek"},
      {"telefoon", "Telefoon"},
      {"spreekuur", "Spreekuur (BIC of buurthuis)"},
      {"straatgesprek", "Gesprek op straat"},
      {"wijkvernieuwing", "Bij wijkvernieuwing (renovatie of sloop)"},
      {"email", "E-mail of brief"},
      {"overleg", "Overleg met partners"},
      // signals
      {"eenzaamheid", "Eenzaamheid"},
      {"verward_gedrag", "Verward gedrag"},
      {"overlast", "Overlast"},
      {"jeugdoverlast", "Jeugdoverlast"},
      {"geldzorgen", "Geldzorgen"},
      {"slechte_woning", "Slechte woning of achterstallig onderhoud"},
      {"vervuiling", "Vervuiling of verwaarlozing"},
      {"onveiligheid", "Gevoel van onveiligheid"},
      {"gezondheid", "Gezondheid"},
      {"laaggeletterdheid", "Laaggeletterdheid"},
      // referrals
      {"welzijn", "Welzijnsorganisatie"},
      {"sociaal_team", "Sociaal team van de gemeente"},
      {"buurtbemiddeling", "Buurtbemiddeling"},
      {"politie", "Politie (wijkagent)"},
      {"corporatie", "Woonconsulent van de corporatie"},
      {"schuldhulp", "Schuldhulpverlening"},
      {"zorg", "Zorg (huisarts, GGD of GGZ)"},
      // follow-up statuses
      {"geen", "Geen opvolging nodig"},
      {"open", "Open"},
      {"bezig", "Bezig"},
      {"afgerond", "Afgerond"},
      // retention record types
      {"contactmoment", "Contactmoment met signalen"},
      {"opvolgnotitie", "Opvolgnotitie"},
      {"adres_na_afronding", "Adres en referentie na afronding"},
      {"anders", "Anders"},
  };
  return m;
}

std::string label(const std::string& value) {
  const auto it = labels().find(value);
  return it == labels().end() ? value : it->second;
}

nlohmann::json option_list(const std::vector<std::string>& values) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& v : values) out.push_back({{"value", v}, {"label", label(v)}});
  return out;
}

const store::User& user_of(const std::optional<Caller>& caller) {
  return caller->session.user;
}

// A year from ?jaar= (0 when absent).
int year_param(const httplib::Request& req) {
  return year_query(req, "jaar").value_or(0);
}

std::string string_member(const nlohmann::json& body, const char* field) {
  if (!body.contains(field) || body[field].is_null()) return {};
  if (body[field].is_string()) return body[field].get<std::string>();
  if (body[field].is_number_integer()) return std::to_string(body[field].get<long long>());
  throw HttpError{400, "bad_request", "Dit veld moet tekst zijn.", field};
}

std::optional<std::string> optional_member(const nlohmann::json& body, const char* field) {
  if (!body.contains(field)) return std::nullopt;
  return string_member(body, field);
}

nlohmann::json contact_json(const store::ContactMoment& c, bool details) {
  nlohmann::json signals = nlohmann::json::array();
  for (const auto& s : c.signals) signals.push_back(s);
  nlohmann::json j = {{"id", c.id},
                      {"organisation", c.organisation},
                      {"recorded_by", c.recorded_by},
                      {"date", c.date},
                      {"wijk", c.wijk},
                      {"buurt", c.buurt},
                      {"kind", c.kind},
                      {"signals", signals},
                      {"referral", c.referral},
                      {"follow_up_date", c.follow_up_date},
                      {"follow_up_status", c.follow_up_status},
                      {"done_on", c.done_on},
                      {"has_personal_data", c.has_personal_data}};
  if (details) {
    j["postcode"] = c.postcode;
    j["huisnummer"] = c.huisnummer > 0 ? nlohmann::json(c.huisnummer) : nlohmann::json("");
    j["toevoeging"] = c.toevoeging;
    j["resident_ref"] = c.resident_ref;
    j["note"] = c.note;
    j["created_at"] = c.created_at;
    j["updated_at"] = c.updated_at;
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& n : c.notes)
      notes.push_back({{"id", n.id}, {"date", n.date}, {"note", n.note}, {"by", n.written_by}});
    j["notes"] = notes;
  }
  return j;
}

nlohmann::json areas_json(App& app, std::int64_t work_area) {
  std::vector<store::SignalArea> areas;
  {
    std::lock_guard lock(app.db_mutex);
    areas = store::signal_areas(app.db, work_area);
  }
  nlohmann::json wijken = nlohmann::json::array();
  std::map<std::string, std::size_t> at;
  for (const auto& a : areas) {
    if (!a.wijk.empty()) continue;
    at[a.code] = wijken.size();
    wijken.push_back({{"code", a.code}, {"name", a.name}, {"buurten", nlohmann::json::array()}});
  }
  for (const auto& a : areas) {
    if (a.wijk.empty()) continue;
    if (auto it = at.find(a.wijk); it != at.end())
      wijken[it->second]["buurten"].push_back({{"code", a.code}, {"name", a.name}});
  }
  return wijken;
}

// GET /api/signalen/keuzes: what the caller may do and the lists for the form (no personal data).
void choices(App& app, const httplib::Request&, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto& user = user_of(caller);
  const auto wa = work_area_for(app, *caller);
  const bool staff = neighbourhood::may_record_signals(user);
  nlohmann::json my_wijken = nlohmann::json::array();
  for (const auto& w : user.wijken) my_wijken.push_back(w);
  send_json(res, 200,
            {{"can_record", staff},
             {"sees_details", staff},
             {"is_beheerder", user.role == Role::beheerder},
             {"role", std::string(store::to_string(user.role))},
             {"my_wijken", my_wijken},
             {"kinds", option_list(neighbourhood::contact_kinds())},
             {"signals", option_list(neighbourhood::signal_kinds())},
             {"referrals", option_list(neighbourhood::referral_kinds())},
             {"statuses", option_list(neighbourhood::follow_up_statuses())},
             {"wijken", areas_json(app, wa.id)}});
}

// GET /api/signalen: the contact moments whose details the caller may see (none for a lezer:
// counts only), without the address, reference or notes; audited as "overzicht wijkteam".
void overview(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto& user = user_of(caller);
  const auto wa = work_area_for(app, *caller);
  const int year = year_param(req);
  nlohmann::json contacts = nlohmann::json::array();
  const bool staff = neighbourhood::may_record_signals(user);
  if (staff) {
    std::vector<store::ContactMoment> list;
    {
      std::lock_guard lock(app.db_mutex);
      list = store::list_contacts(app.db, wa.id, user, year, "overzicht wijkteam");
    }
    for (const auto& c : list) contacts.push_back(contact_json(c, false));
  }
  send_json(res, 200, {{"sees_details", staff}, {"contacts", contacts}});
}

// The counts of one year (the newest with signals when none is asked), hidden where small exactly
// as on the map and the area pages (neighbourhood/signal_counts.hpp): exact counts here would let
// anyone undo that hiding by subtraction. The same table for every role.
void counts(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  std::vector<store::SignalCount> all;
  {
    std::lock_guard lock(app.db_mutex);
    all = store::count_signals(app.db, wa.id, 0);
  }
  std::set<int, std::greater<>> years;
  std::set<std::string> wijken;
  for (const auto& r : all) {
    years.insert(std::stoi(r.month.substr(0, 4)));
    if (!r.wijk.empty()) wijken.insert(r.wijk);
  }
  int year = year_param(req);
  if (year == 0)
    year = years.empty() ? std::stoi(wijkwerk::today(app).substr(0, 4)) : *years.begin();
  const auto table = wijkwerk::signal_table(app, wa.id, year);
  nlohmann::json by_wijk = nlohmann::json::array();
  for (const auto& wijk : wijken) {
    auto row = wijkwerk::signal_counts_json(table, wijk);
    row["wijk"] = wijk;
    by_wijk.push_back(std::move(row));
  }
  nlohmann::json by_month = nlohmann::json::array();
  for (int month = 1; month <= 12; ++month) {
    auto row = wijkwerk::signal_counts_json(table, "", month);
    row["month"] = fmt::format("{}-{:02}", year, month);
    by_month.push_back(std::move(row));
  }
  auto total = wijkwerk::signal_counts_json(table, "");
  send_json(res, 200,
            {{"year", year},
             {"years", years},
             {"by_wijk", by_wijk},
             {"by_month", by_month},
             {"total", std::move(total)}});
}

void record(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto wa = work_area_for(app, *caller);
  store::ContactInput in;
  in.date = string_member(body, "date");
  in.wijk = string_member(body, "wijk");
  in.buurt = string_member(body, "buurt");
  in.kind = string_member(body, "kind");
  if (body.contains("signals")) {
    if (!body["signals"].is_array())
      throw HttpError{400, "bad_request", "Kies de signalen als lijst.", "signals"};
    for (const auto& s : body["signals"]) {
      if (!s.is_string())
        throw HttpError{400, "bad_request", "Kies signalen uit de lijst.", "signals"};
      in.signals.push_back(s.get<std::string>());
    }
  }
  in.postcode = string_member(body, "postcode");
  in.huisnummer = string_member(body, "huisnummer");
  in.toevoeging = string_member(body, "toevoeging");
  in.resident_ref = string_member(body, "resident_ref");
  in.note = string_member(body, "note");
  in.referral = string_member(body, "referral");
  in.follow_up_date = string_member(body, "follow_up_date");
  in.follow_up_status = string_member(body, "follow_up_status");
  {
    std::int64_t id = 0;
    {
      std::lock_guard lock(app.db_mutex);
      id = store::record_contact(app.db, wa.id, user_of(caller), in, app.config.now());
    }
    send_json(res, 201, {{"id", id}});
  }
}

HttpError not_found() {
  return {404, "not_found", "Dit contactmoment bestaat niet (meer).", ""};
}

void detail(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto wa = work_area_for(app, *caller);
  {
    std::optional<store::ContactMoment> c;
    {
      std::lock_guard lock(app.db_mutex);
      c = store::read_contact(app.db, wa.id, user_of(caller), id, "opvolging signaal");
    }
    if (!c) throw not_found();
    send_json(res, 200, contact_json(*c, true));
  }
}

void change_follow_up(App& app, const httplib::Request& req, httplib::Response& res,
                      const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const auto wa = work_area_for(app, *caller);
  store::FollowUpChange change;
  change.referral = optional_member(body, "referral");
  change.follow_up_date = optional_member(body, "follow_up_date");
  change.follow_up_status = optional_member(body, "follow_up_status");
  {
    bool found = false;
    {
      std::lock_guard lock(app.db_mutex);
      found = store::update_follow_up(app.db, wa.id, user_of(caller), id, change, app.config.now());
    }
    if (!found) throw not_found();
    send_json(res, 200, {{"id", id}});
  }
}

void add_note(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const auto wa = work_area_for(app, *caller);
  {
    std::optional<std::int64_t> note;
    {
      std::lock_guard lock(app.db_mutex);
      note = store::add_follow_up_note(app.db, wa.id, user_of(caller), id,
                                       string_member(body, "note"), app.config.now());
    }
    if (!note) throw not_found();
    send_json(res, 201, {{"id", *note}});
  }
}

nlohmann::json retention_json(App& app, std::int64_t work_area) {
  std::vector<store::RetentionSetting> settings;
  {
    std::lock_guard lock(app.db_mutex);
    settings = store::retention_settings(app.db, work_area);
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : settings)
    out.push_back({{"record_type", s.record_type},
                   {"label", label(s.record_type)},
                   {"months", s.months},
                   {"default_months", neighbourhood::default_retention_months(s.record_type)},
                   {"is_default", s.is_default},
                   {"updated_at", s.updated_at},
                   {"updated_by", s.updated_by}});
  return out;
}

void retention(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  send_json(res, 200, {{"retention", retention_json(app, wa.id)}});
}

// POST {contactmoment: 24, opvolgnotitie: 18, adres_na_afronding: 3}: each member given is saved.
void save_retention(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto wa = work_area_for(app, *caller);
  for (const auto& [key, value] : body.items()) {
    const auto& types = neighbourhood::retention_record_types();
    if (std::find(types.begin(), types.end(), key) == types.end())
      throw HttpError{400, "bad_request", "Deze soort gegevens kent geen bewaartermijn.", key};
    long long months = 0;
    if (value.is_number_integer()) {
      months = value.get<long long>();
    } else if (value.is_string() && !value.get<std::string>().empty() &&
               value.get<std::string>().size() < 5 &&
               value.get<std::string>().find_first_not_of("0123456789") == std::string::npos) {
      months = std::stoll(value.get<std::string>());
    } else {
      throw HttpError{422, "invalid", "Vul een aantal maanden in (een heel getal).", key};
    }
    if (months < 1 || months > 120)
      throw HttpError{422, "invalid", "Kies een bewaartermijn van 1 tot en met 120 maanden.", key};
  }
  {
    std::lock_guard lock(app.db_mutex);
    for (const auto& [key, value] : body.items()) {
      const int months =
          value.is_number_integer() ? value.get<int>() : std::stoi(value.get<std::string>());
      store::save_retention(app.db, wa.id, key, months, user_of(caller).email);
    }
  }
  send_json(res, 200, {{"retention", retention_json(app, wa.id)}});
}

// Runs the purge now (it also runs every hour by itself).
void purge_now(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>&) {
  store::PurgeResult r;
  {
    std::lock_guard lock(app.db_mutex);
    r = store::purge_expired(app.db, app.config.now());
  }
  send_json(res, 200, {{"contacts", r.contacts}, {"notes", r.notes}, {"addresses", r.addresses}});
}

// A request about the records of the caller's own organisation: each answers for its own.
store::ResidentQuery resident_query(const nlohmann::json& body,
                                    const std::optional<Caller>& caller) {
  return {user_of(caller).organisation_id, string_member(body, "postcode"),
          string_member(body, "huisnummer"), string_member(body, "toevoeging"),
          string_member(body, "resident_ref")};
}

std::vector<store::ContactMoment> resident_contacts(App& app, const httplib::Request& req,
                                                    const std::optional<Caller>& caller,
                                                    const nlohmann::json& body) {
  const auto wa = work_area_for(app, *caller);
  (void)req;
  {
    std::lock_guard lock(app.db_mutex);
    return store::find_resident_contacts(app.db, wa.id, user_of(caller).email,
                                         resident_query(body, caller), "inzageverzoek");
  }
}

void resident_find(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : resident_contacts(app, req, caller, body))
    out.push_back(contact_json(c, true));
  send_json(res, 200, {{"contacts", out}});
}

Sheet resident_sheet(const std::vector<store::ContactMoment>& contacts) {
  Sheet s;
  s.name = "gegevens-bewoner";
  s.header = {"nummer",     "organisatie", "vastgelegd_door", "datum",          "wijk",
              "buurt",      "soort",       "signalen",        "postcode",       "huisnummer",
              "toevoeging", "referentie",  "notitie",         "doorverwijzing", "opvolgdatum",
              "opvolging",  "afgerond_op", "opvolgnotities"};
  for (const auto& c : contacts) {
    std::vector<std::string> signals, notes;
    for (const auto& x : c.signals) signals.push_back(label(x));
    for (const auto& n : c.notes) notes.push_back(n.date + ": " + n.note);
    s.rows.push_back({static_cast<long long>(c.id), c.organisation, c.recorded_by, c.date, c.wijk,
                      c.buurt, label(c.kind), join(signals, ", "), c.postcode,
                      c.huisnummer > 0 ? Cell{static_cast<long long>(c.huisnummer)} : Cell{},
                      c.toevoeging, c.resident_ref, c.note,
                      c.referral.empty() ? std::string{} : label(c.referral), c.follow_up_date,
                      label(c.follow_up_status), c.done_on, join(notes, " | ")});
  }
  return s;
}

void resident_export(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const std::string format = body.value("format", std::string("json"));
  if (format != "json" && format != "csv")
    throw HttpError{422, "invalid", "Kies JSON of CSV.", "format"};
  const auto contacts = resident_contacts(app, req, caller, body);
  res.status = 200;
  if (format == "csv") {
    res.set_header("Content-Disposition", "attachment; filename=\"gegevens-bewoner.csv\"");
    res.set_content(csv_text(resident_sheet(contacts)), "text/csv; charset=utf-8");
    return;
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : contacts) out.push_back(contact_json(c, true));
  res.set_header("Content-Disposition", "attachment; filename=\"gegevens-bewoner.json\"");
  res.set_content(nlohmann::json{{"contactmomenten", out}}.dump(2),
                  "application/json; charset=utf-8");
}

void resident_erase(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  if (!body.value("confirm", false))
    throw HttpError{422, "invalid", "Bevestig dat u deze gegevens wilt wissen.", "confirm"};
  const auto wa = work_area_for(app, *caller);
  {
    int n = 0;
    {
      std::lock_guard lock(app.db_mutex);
      n = store::erase_resident_contacts(app.db, wa.id, user_of(caller).email,
                                         resident_query(body, caller));
    }
    send_json(res, 200, {{"erased", n}});
  }
}

}  // namespace

void add_signal_routes(std::vector<Route>& routes) {
  const std::vector<Role> beheerder = {Role::beheerder};
  routes.push_back({"GET",
                    "/api/signalen",
                    "/api/signalen",
                    "Contact moments whose details the caller may see (?jaar=YYYY), without "
                    "address or notes; a lezer gets none (counts only)",
                    Access::session,
                    {},
                    overview});
  routes.push_back({"GET",
                    "/api/signalen/keuzes",
                    "/api/signalen/keuzes",
                    "What the caller may do with signals, and the lists for the form (kinds, "
                    "signals, referrals, statuses, wijken with their buurten)",
                    Access::session,
                    {},
                    choices});
  routes.push_back({"GET",
                    "/api/signalen/tellingen",
                    "/api/signalen/tellingen",
                    "Signals counted per month, wijk and kind (?jaar=YYYY); no personal data",
                    Access::session,
                    {},
                    counts});
  routes.push_back({"POST", "/api/signalen", "/api/signalen",
                    "Record a contact moment ({date, wijk, buurt, kind, signals: [...], "
                    "postcode, huisnummer, toevoeging, resident_ref, note, referral, "
                    "follow_up_date, follow_up_status})",
                    Access::session, kStaff, record});
  routes.push_back({"GET",
                    "/api/signalen/bewaartermijnen",
                    "/api/signalen/bewaartermijnen",
                    "The retention period per record type",
                    Access::session,
                    {},
                    retention});
  routes.push_back({"POST", "/api/signalen/bewaartermijnen", "/api/signalen/bewaartermijnen",
                    "Set retention periods in months ({contactmoment, opvolgnotitie, "
                    "adres_na_afronding})",
                    Access::session, beheerder, save_retention});
  routes.push_back({"POST", "/api/signalen/opschonen", "/api/signalen/opschonen",
                    "Purge the records past their retention period now", Access::session, beheerder,
                    purge_now});
  routes.push_back({"POST", "/api/signalen/verzoek", "/api/signalen/verzoek",
                    "A resident's request: the contact moments about an address ({postcode, "
                    "huisnummer, toevoeging}) or a resident_ref (audited: inzageverzoek)",
                    Access::session, beheerder, resident_find});
  routes.push_back({"POST", "/api/signalen/verzoek/export", "/api/signalen/verzoek/export",
                    "A resident's request: their contact moments as a download ({..., format: "
                    "json|csv}; audited: inzageverzoek)",
                    Access::session, beheerder, resident_export});
  routes.push_back({"POST", "/api/signalen/verzoek/wissen", "/api/signalen/verzoek/wissen",
                    "A resident's request: erase their contact moments ({..., confirm: true}; "
                    "audited: verwijderverzoek); the anonymous counts stay",
                    Access::session, beheerder, resident_erase});
  routes.push_back({"GET", R"(/api/signalen/(\d+))", "/api/signalen/{id}",
                    "A contact moment with its details and follow-up (recording organisation "
                    "and the wijk's team only; audited: opvolging signaal)",
                    Access::session, kStaff, detail});
  routes.push_back({"POST", R"(/api/signalen/(\d+))", "/api/signalen/{id}",
                    "Change the follow-up ({referral, follow_up_date, follow_up_status})",
                    Access::session, kStaff, change_follow_up});
  routes.push_back({"POST", R"(/api/signalen/(\d+)/notities)", "/api/signalen/{id}/notities",
                    "Add a follow-up note ({note})", Access::session, kStaff, add_note});
}

}  // namespace leefbaar::serve
