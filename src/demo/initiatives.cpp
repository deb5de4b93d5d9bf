// Demo data of the neighbourhood work: a year (2025) of synthetic, clearly labelled resident
// initiatives in Assen's wijken, after the kinds the partnership's annual report describes
// (buurtfeest, speeltuin, moestuin, bankjes, clean-up days, summer activities for children, ...):
// supports from the buurt's addresses (from paper lists and the portal), decisions with pledges,
// realisation and evaluation, and the spending ledger. Fixed lists, no randomness: every demo
// store is the same.
#include "store/initiatives.hpp"

#include <fmt/format.h>

#include <chrono>

#include "core/log.hpp"
#include "demo/demo.hpp"
#include "store/audit.hpp"
#include "store/spending.hpp"

namespace leefbaar::demo {

namespace {

using std::chrono::days;
using TP = std::chrono::system_clock::time_point;

TP day(int year, int month, int d) {
  return TP(std::chrono::sys_days(std::chrono::year(year) /
                                  std::chrono::month(static_cast<unsigned>(month)) /
                                  std::chrono::day(static_cast<unsigned>(d))) +
            std::chrono::hours(10));
}

struct Idea {
  const char* type;
  const char* title;
  const char* description;
  const char* materials;
};

// The kinds of initiative in the annual report, with plain descriptions.
const Idea kIdeas[] = {
    {"buurtfeest", "Buurtfeest op het grasveld",
     "Een middag met spelletjes, muziek en een barbecue, zodat buren elkaar (weer) leren kennen.",
     "tent, tafels en banken"},
    {"speelplek", "Speeltuin opknappen",
     "De speeltoestellen zijn oud. Bewoners willen ze samen met de gemeente vervangen en de "
     "speeltuin een nieuwe laag zand geven.",
     "zand, verf"},
    {"groen", "Moestuin voor de buurt",
     "Een gezamenlijke moestuin op het braakliggende stukje grond achter de flat, met bakken op "
     "hoogte voor ouderen.",
     "plantenbakken, aarde, zaden"},
    {"ontmoeten", "Bankjes bij de vijver",
     "Twee bankjes en een picknicktafel bij de vijver, zodat ouderen onderweg kunnen rusten en "
     "buren elkaar ontmoeten.",
     "twee bankjes, picknicktafel"},
    {"schoon", "Opschoondag met de buurt",
     "Samen met de basisschool zwerfvuil opruimen in de straten en het park, met koffie na "
     "afloop.",
     "grijpers, vuilniszakken, handschoenen"},
    {"jeugd", "Zomeractiviteiten voor de jeugd",
     "Een groep moeders organiseert in juli en augustus iedere vrijdag een activiteit voor "
     "kinderen die niet op vakantie gaan.",
     "spelmateriaal"},
    {"ouderen", "Samen eten in het buurthuis",
     "Eens per maand een gezonde maaltijd voor ouderen in het buurthuis, gekookt door "
     "vrijwilligers.",
     "keukenspullen"},
    {"buurtkrant", "Buurtkrant bezorgd door bewoners",
     "Vier keer per jaar een buurtkrant met nieuws uit de buurt, door bewoners gemaakt en huis aan "
     "huis bezorgd.",
     "drukwerk"},
    {"groen", "Geveltuintjes in de straat",
     "Bewoners maken samen geveltuintjes: tegels eruit, planten erin, voor een groenere straat.",
     "planten, aarde"},
    {"speelplek", "Trapveldje met doeltjes",
     "Het grasveld wordt een trapveldje met twee kleine doeltjes, zodat kinderen dichtbij huis "
     "kunnen spelen.",
     "twee doeltjes"},
    {"buurtfeest", "Sinterklaasfeest voor de kinderen",
     "Een sinterklaasfeest in het buurthuis voor de kinderen uit de buurt, met een cadeautje voor "
     "ieder kind.",
     "versiering, cadeautjes"},
    {"ontmoeten", "Koffieochtend voor jong en oud",
     "Iedere donderdag koffie in de ontmoetingsruimte, soms met een verhaal van de wijkagent.",
     "koffie en thee"},
    {"veiligheid", "Betere verlichting bij het fietspad",
     "Het fietspad langs het park is 's avonds donker. Bewoners vragen extra lantaarnpalen.", ""},
    {"overig", "Buurtkerstboom met versiering",
     "Een kerstboom op het pleintje, die de buren samen versieren en met een kerstborrel "
     "aansteken.",
     "kerstboom, lichtjes"},
    {"jeugd", "Voetbaltoernooi in de zomervakantie",
     "Een straatvoetbaltoernooi voor kinderen van 8 tot 14 jaar, met een finale en medailles.",
     "ballen, hesjes, medailles"},
};

const char* const kWijken[] = {"WK010600", "WK010601", "WK010602", "WK010603", "WK010604",
                               "WK010605", "WK010606", "WK010607", "WK010608"};

struct Buurt {
  std::string code, name, wijk;
  long long households = 0;
  std::vector<std::pair<std::string, int>> addresses;  // pc6hnr, in a fixed order
};

std::vector<Buurt> buurten_of(store::Database& db, std::int64_t work_area, const char* wijk) {
  std::vector<Buurt> out;
  auto q = db.query(
      "SELECT code, name FROM areas WHERE work_area_id = ? AND kind = 'buurt' AND wijk_code = ? "
      "ORDER BY code");
  q.bind(work_area, wijk);
  while (auto row = q.next()) {
    Buurt b{row->text("code"), row->text("name"), wijk, 0, {}};
    b.households = store::count_households(db, work_area, b.code);
    if (b.households < 20) continue;  // too few known addresses for a demo initiative
    auto a = db.query(
        "SELECT DISTINCT postcode, huisnummer FROM pc6hnr_rows WHERE work_area_id = ? AND buurt "
        "= ? ORDER BY postcode, huisnummer");
    a.bind(work_area, b.code);
    while (auto address = a.next())
      b.addresses.emplace_back(address->text("postcode"), address->integer("huisnummer"));
    out.push_back(std::move(b));
  }
  return out;
}

// Confirmed supports from the first n addresses of the buurt, over three weeks after from.
void add_supports(store::Database& db, std::int64_t initiative, const Buurt& b, long long n,
                  TP from, const std::string& staff) {
  store::Transaction transaction(db);
  auto q = db.query(
      "INSERT INTO initiative_supports (initiative_id, address_key, source, entered_by, "
      "created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)");
  for (long long k = 0; k < n && k < static_cast<long long>(b.addresses.size()); ++k) {
    const bool paper = k % 3 != 0;
    const std::string at = store::iso_utc(from + days(1 + (k * 21) / std::max(1LL, n)));
    const auto& address = b.addresses[static_cast<std::size_t>(k)];
    q.bind(initiative, fmt::format("{} {}", address.first, address.second),
           paper ? "papier" : "portaal", paper ? std::optional<std::string>(staff) : std::nullopt,
           at, at)
        .run();
  }
  store::record_audit(db, {"demo", "create", fmt::format("initiative/{}/supports", initiative),
                           fmt::format("{} synthetische steunbetuigingen", n), ""});
  transaction.commit();
}

// The store leaves the audit entries to its callers; the demo writes the same ones as the use
// cases, each in the transaction of its change.
std::int64_t create_audited(store::Database& db, std::int64_t work_area,
                            const store::NewInitiative& in, TP created, const std::string& staff) {
  store::Transaction transaction(db);
  const auto id = store::create_initiative(db, work_area, in, created, staff);
  store::record_audit(db, {staff, "create", fmt::format("initiative/{}", id),
                           store::find_initiative(db, work_area, id, created)->title, ""});
  transaction.commit();
  return id;
}

void decide_audited(store::Database& db, std::int64_t work_area, std::int64_t initiative,
                    const store::Decision& d, TP decided, const std::string& staff) {
  store::Transaction transaction(db);
  const auto reason = store::decide_initiative(db, work_area, initiative, d, decided, staff);
  store::record_audit(
      db, {staff, d.approve ? "approve" : "refuse", fmt::format("initiative/{}", initiative),
           d.approve ? fmt::format("{} toezeggingen", d.pledges.size()) : reason, ""});
  transaction.commit();
}

void advance_audited(store::Database& db, std::int64_t work_area, std::int64_t initiative,
                     store::InitiativeState to, const std::string& evaluation, TP at,
                     const std::string& staff) {
  store::Transaction transaction(db);
  const auto text = store::advance_initiative(db, work_area, initiative, to, evaluation, at);
  store::record_audit(db, {staff, std::string(neighbourhood::state_text(to)),
                           fmt::format("initiative/{}", initiative), text, ""});
  transaction.commit();
}

void set_majority(store::Database& db, std::int64_t initiative, TP at, int weeks) {
  db.query("UPDATE initiatives SET majority_at = ?, decision_due = ? WHERE id = ?")
      .bind(store::iso_utc(at), store::iso_utc(at + days(7 * weeks)), initiative)
      .run();
}

// A ledger entry with the audit entry the ledger's page writes (usecases/spending.cpp).
void add_audited_spending(store::Database& db, std::int64_t wa, const store::NewSpending& s,
                          const std::string& analist) {
  const auto added = store::add_spending(db, wa, s, analist);
  store::record_audit(db, {analist, "create", fmt::format("spending/{}", added.id),
                           neighbourhood::describe_spending(added.entry), ""});
}

}  // namespace

void load_demo_initiatives(store::Database& db, const DemoContext& ctx) {
  const std::int64_t wa = ctx.work_area;
  // A few hundred small transactions: without waiting for the disk after each (a demo store is
  // rebuilt from scratch when lost); the default is back when the loading is done.
  const auto synchronous = db.query("PRAGMA synchronous").first_int64("synchronous").value_or(2);
  db.exec("PRAGMA synchronous = OFF");
  const std::string staff = "wijkteam@demo.leefbaar.nl";
  const std::string analist = "analist@demo.leefbaar.nl";
  {
    const store::MajorityRule rule;
    store::Transaction transaction(db);
    store::save_majority_rule(db, wa, rule, "demo");
    store::record_audit(
        db, {"demo", "settings", fmt::format("initiative_settings/{}", wa),
             fmt::format("aandeel {}, termijn {} weken", rule.majority_share, rule.decision_weeks),
             ""});
    transaction.commit();
  }
  const auto settings = store::load_majority_rule(db, wa);

  std::vector<std::vector<Buurt>> per_wijk;
  for (const char* w : kWijken) per_wijk.push_back(buurten_of(db, wa, w));

  // Initiative 1 lies in Lariks (a wijk of the demo wijk team), has its majority and waits for the
  // team's decision; the others go round the wijken.
  constexpr int kCount = 60;
  for (int i = 0; i < kCount; ++i) {
    const std::size_t w = i == 0 ? 1 : static_cast<std::size_t>(i) % per_wijk.size();
    if (per_wijk[w].empty()) continue;
    const Buurt& b = per_wijk[w][static_cast<std::size_t>(i / 9) % per_wijk[w].size()];
    const Idea& idea = kIdeas[static_cast<std::size_t>(i * 7) % std::size(kIdeas)];
    const int month = i == 0 ? 10 : 1 + (i * 5) % 10;
    const TP created = day(2025, month, 1 + (i * 7) % 27);

    store::NewInitiative in;
    in.title = fmt::format("{} ({})", idea.title, b.name);
    in.description = fmt::format("{} Synthetisch voorbeeld voor de demo.", idea.description);
    in.type = idea.type;
    in.buurt_code = b.code;
    in.asked_amount_cents = (250 + (i * 137) % 20 * 100) * 100LL;
    in.asked_hours = (i % 4) * 8;
    in.asked_materials = idea.materials;
    in.asked_organisation_id =
        i % 3 == 0 ? ctx.corporation : (i % 3 == 1 ? ctx.gemeente : ctx.welzijn);
    in.source = i % 4 == 0 ? "papier" : "medewerker";
    const auto id = create_audited(db, wa, in, created, staff);

    // Outcome: 0-5 approved (of which some realised and evaluated), 6 refused, 7 majority and
    // waiting for the decision, 8 still collecting support.
    const int outcome = i == 0 ? 7 : (i + i / 9 * 2) % 9;
    const long long needed = neighbourhood::supports_needed(b.households, settings);
    const long long supports =
        outcome == 8 ? needed / 2 + i % 5 : needed + static_cast<long long>(i % 6);
    add_supports(db, id, b, supports, created, staff);
    if (outcome == 8) continue;
    const TP majority = created + days(21);
    set_majority(db, id, majority, settings.decision_weeks);
    if (outcome == 7) continue;
    const TP decided = majority + days(10 + i % 20);
    store::Decision d;
    d.approve = outcome != 6;
    if (!d.approve) {
      d.reason =
          "De plek is van de gemeente en wordt volgend jaar heringericht; we nemen het idee mee "
          "in dat plan.";
    } else {
      const long long amount = in.asked_amount_cents;
      d.pledges.push_back({ctx.corporation, "", amount * 6 / 10, 0, ""});
      d.pledges.push_back({ctx.welzijn, "", 0, 4 + i % 12, "begeleiding door de opbouwwerker"});
      if (i % 2 == 0) d.pledges.push_back({ctx.gemeente, "", amount * 4 / 10, 0, idea.materials});
    }
    decide_audited(db, wa, id, d, decided, staff);
    if (!d.approve) continue;

    // The corporation's pledge paid out (BTIV art. 51: a for activities for tenants, b for small
    // infrastructure, c for a clean and safe environment), and the gemeente's when it pledged.
    const std::string type = idea.type;
    const char* category = (type == "speelplek" || type == "groen" || type == "ontmoeten")
                               ? "b"
                               : (type == "schoon" || type == "veiligheid" ? "c" : "a");
    const char* effort = i % 3 == 0 ? "PlusPlus" : (i % 3 == 1 ? "Plus" : "Basis");
    const TP paid = decided + days(14);
    if (store::iso_utc(paid) < "2026-01-01") {
      store::NewSpending s;
      s.spent_on = store::iso_utc(paid).substr(0, 10);
      s.gemeente_code = "GM0106";
      s.wijk_code = b.wijk;
      s.organisation_id = ctx.corporation;
      s.amount_cents = in.asked_amount_cents * 6 / 10;
      s.btiv_category = category;
      s.effort = effort;
      s.initiative_id = id;
      s.description = fmt::format("Bijdrage bewonersinitiatief {}", id);
      add_audited_spending(db, wa, s, analist);
      if (i % 2 == 0) {
        s.organisation_id = ctx.gemeente;
        s.amount_cents = in.asked_amount_cents * 4 / 10;
        s.btiv_category.clear();
        add_audited_spending(db, wa, s, analist);
      }
    }
    if (outcome >= 3) continue;
    const TP realised = decided + days(45);
    if (store::iso_utc(realised) >= "2026-01-01") continue;
    advance_audited(db, wa, id, store::InitiativeState::realised, "", realised, staff);
    const TP evaluated = realised + days(30);
    if (outcome == 0 && store::iso_utc(evaluated) < "2026-01-01")
      advance_audited(db, wa, id, store::InitiativeState::evaluated,
                      "Goed bezocht; de bewoners willen het volgend jaar herhalen. (synthetisch)",
                      evaluated, staff);
  }

  // Activities paid from the ledger without an initiative (campaigns from the annual report).
  struct Activity {
    const char* date;
    const char* wijk;
    const char* ref;
    const char* description;
    long long euros;
    const char* category;
    const char* effort;
  };
  const Activity activities[] = {
      {"2025-02-12", "WK010603", "soep-op-de-stoep", "Soep op de stoep (400 porties)", 1850, "a",
       "PlusPlus"},
      {"2025-04-18", "WK010606", "opschoondag", "Opschoondag met 80 bewoners", 950, "c", "Plus"},
      {"2025-06-05", "WK010604", "wijkreporters", "Wijkreporters: onkosten vrijwilligers", 600, "a",
       "Basis"},
      {"2025-09-20", "WK010605", "burendag", "Burendag Assen-West", 1200, "a", "Plus"},
      {"2025-12-10", "", "kerstbomen",
       "Kerstbomenactie: bomen en bijdrage versiering (140 "
       "aanvragen)",
       7000, "c", "Basis"},
      {"2025-11-15", "WK010607", "superbuur", "Superbuur: 15 pakketten", 750, "a", "Basis"},
  };
  for (const auto& a : activities) {
    store::NewSpending s;
    s.spent_on = a.date;
    s.gemeente_code = "GM0106";
    s.wijk_code = a.wijk;
    s.organisation_id = ctx.corporation;
    s.amount_cents = a.euros * 100;
    s.btiv_category = a.category;
    s.effort = a.effort;
    s.activity_ref = a.ref;
    s.description = fmt::format("{} (synthetisch)", a.description);
    add_audited_spending(db, wa, s, analist);
  }
  db.exec(fmt::format("PRAGMA synchronous = {}", synchronous));
  log::progress("demo: {} bewonersinitiatieven en het uitgavenboek geladen", kCount);
}

}  // namespace leefbaar::demo
