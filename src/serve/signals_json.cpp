#include "serve/signals_json.hpp"

#include <map>

#include "neighbourhood/signals.hpp"
#include "serve/schema.hpp"

namespace leefbaar::serve::signal_routes {

namespace {

// The Dutch labels of the fixed lists, in the order of the lists (neighbourhood/signals.hpp).
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

}  // namespace

std::string label(const std::string& value) {
  const auto it = labels().find(value);
  return it == labels().end() ? value : it->second;
}

nlohmann::json option_list(const std::vector<std::string>& values) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& v : values) out.push_back({{"value", v}, {"label", label(v)}});
  return out;
}

nlohmann::json contact_json(const neighbourhood::ContactMoment& c, bool details) {
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

nlohmann::json contact_schema(bool details) {
  using namespace schema;
  const auto referrals = [] {
    std::vector<std::string> words = {""};
    for (const auto& r : neighbourhood::referral_kinds()) words.push_back(r);
    return words;
  }();
  auto out = object({{"id", integer()},
                     {"organisation", string("The recording organisation's name")},
                     {"recorded_by", string("The e-mail address of who recorded it")},
                     {"date", date()},
                     {"wijk", string()},
                     {"buurt", string("Empty for the wijk as a whole")},
                     {"kind", one_of(neighbourhood::contact_kinds())},
                     {"signals", array(one_of(neighbourhood::signal_kinds()))},
                     {"referral", one_of(referrals, "Empty: no referral")},
                     {"follow_up_date", string("YYYY-MM-DD, or empty")},
                     {"follow_up_status", one_of(neighbourhood::follow_up_statuses())},
                     {"done_on", string("YYYY-MM-DD when completed, else empty")},
                     {"has_personal_data", boolean()}});
  if (!details) return out;
  const auto more = object(
      {{"postcode", string("Empty when none")},
       {"huisnummer", {{"oneOf", {integer(), one_of({""})}}, {"description", "Empty when none"}}},
       {"toevoeging", string()},
       {"resident_ref", string()},
       {"note", string()},
       {"created_at", string()},
       {"updated_at", string()},
       {"notes", array(object({{"id", integer()},
                               {"date", date()},
                               {"note", string()},
                               {"by", string("The e-mail address of who wrote it")}}))}});
  for (const auto& [name, member] : more["properties"].items()) out["properties"][name] = member;
  for (const auto& name : more["required"]) out["required"].push_back(name);
  return out;
}

int year_param(const httplib::Request& req) {
  return year_query(req, "jaar").value_or(0);
}

}  // namespace leefbaar::serve::signal_routes
