// Demo data of the work in the wijken: a year (2025) of SYNTHETIC, clearly labelled work in
// Assen's wijken, deterministic (fixed lists, no randomness): the partnership's themes, a profile
// per wijk with focus, priorities, team and meeting places, about 80 activities, the Christmas
// tree and superbuur campaigns and the neighbourhood reporters, 15 neighbour mediation cases (some
// past their deadlines) and a few physical works in Lariks, Pittelo and Assen-Oost. The themes
// and priorities follow the partnership's annual report; names, streets' requests, numbers and
// cases are made up.
#include <fmt/format.h>

#include <map>

#include "demo/demo.hpp"
#include "store/audit.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::demo {

namespace {

constexpr const char* kActor = "demo";
constexpr int kYear = 2025;

struct WijkPlan {
  const char* code;
  const char* focus;
  const char* description;
  std::vector<const char*> priorities;
};

const std::vector<WijkPlan>& plans() {
  static const std::vector<WijkPlan> p = {
      {"WK010601",
       "extra",
       "Ruim de helft van de huishoudens valt in de categorie kwetsbaar. De wijkvernieuwing raakt "
       "veel bewoners die hun hele leven in de wijk wonen; we gebruiken haar om achter de voordeur "
       "te komen.",
       {"Kwetsbare bewoners", "Wijkvernieuwing"}},
      {"WK010604",
       "extra",
       "Stevige inzet op ontmoeting tussen inwoners, zichtbaarheid en vertrouwen, samen met "
       "inwoners werken aan een positieve en leefbare buurt.",
       {"Ontmoeten", "Gezondheid en leefstijl"}},
      {"WK010603",
       "extra",
       "Na de fysieke aanpak houden we de sociale koppeling vast: omzien naar elkaar en de "
       "omgeving, ontmoeting tussen bevolkingsgroepen.",
       {"Inclusieve samenleving en meedoen", "Sociale koppeling na fysieke aanpak",
        "Gezondheid en leefstijl"}},
      {"WK010602",
       "extra",
       "Inwoners staan er niet alleen voor: elkaar opzoeken bij vragen, elkaar helpen en elkaar "
       "aanspreken op ongewenst gedrag.",
       {"Sociale cohesie", "Overlast en veiligheid"}},
      {"WK010600",
       "basis",
       "Sociale controle activeren door mensen met elkaar in contact te brengen; inwoners weten "
       "waar ze overlast kunnen melden.",
       {"Overlast en veiligheid", "Ontmoeten en bewegen"}},
      {"WK010605",
       "basis",
       "Team, netwerkpartners en inwoners versterken elkaar; meer contactmomenten met bewoners en "
       "sleutelfiguren.",
       {"Verbinding en samenwerking", "Initiatiefkracht"}},
      {"WK010606",
       "basis",
       "Eigenaarschap en initiatieven van inwoners uitbouwen; de openbare ruimte inrichten voor "
       "spelen, bewegen en ontmoeten.",
       {"Initiatiefkracht", "Inclusieve samenleving en meedoen"}},
      {"WK010607",
       "basis",
       "Jeugdoverlast tegengaan zodat mensen zich veilig voelen; meer bewegen en grip op de eigen "
       "financiële situatie.",
       {"Jeugdoverlast", "Positieve gezondheid"}},
      {"WK010608",
       "basis",
       "Bewoners zetten zich meer zelf in voor de buurt; een veilige plek voor de jeugd en in "
       "gesprek blijven met jongeren en buurt.",
       {"Openbare ruimte en initiatiefkracht", "Opgroeien in de wijk"}},
  };
  return p;
}

const char* const kThemes[] = {"Kwetsbare bewoners",
                               "Wijkvernieuwing",
                               "Ontmoeten",
                               "Gezondheid en leefstijl",
                               "Inclusieve samenleving en meedoen",
                               "Sociale koppeling na fysieke aanpak",
                               "Sociale cohesie",
                               "Overlast en veiligheid",
                               "Ontmoeten en bewegen",
                               "Verbinding en samenwerking",
                               "Initiatiefkracht",
                               "Jeugdoverlast",
                               "Positieve gezondheid",
                               "Openbare ruimte en initiatiefkracht",
                               "Opgroeien in de wijk",
                               "Financiële zelfredzaamheid"};

// Made-up first names with an initial: the demo's team members, nominees and volunteers.
const char* const kNames[] = {"Anna B.",  "Bram K.",  "Carla D.",  "Dirk M.",   "Esra Y.",
                              "Frank S.", "Gerda V.", "Hanna L.",  "Ivo T.",    "Jolanda P.",
                              "Karim E.", "Lotte W.", "Mehmet A.", "Nienke H.", "Otto R.",
                              "Petra G.", "Rik J.",   "Sanne O.",  "Tom F.",    "Ursula N.",
                              "Vera C.",  "Wim Z.",   "Yara Q.",   "Zeger I.",  "Annet U."};

struct ActivityKind {
  const char* type;
  const char* title;
  const char* result;
};
const ActivityKind kKinds[] = {
    {"ontmoeting", "Koffieochtend in de buurt", "Nieuwe bewoners leerden buren kennen."},
    {"buurtschouw", "Buurtschouw met bewoners",
     "Zes verbeterpunten doorgegeven aan gemeente en "
     "corporatie."},
    {"informatiebijeenkomst", "Informatieavond over de plannen",
     "Vragen van bewoners beantwoord; vervolgafspraken gemaakt."},
    {"opruimactie", "Opschoondag", "Twintig zakken zwerfafval opgehaald."},
    {"sport en bewegen", "Beweegmiddag op het plein", "Kinderen en ouderen samen in beweging."},
    {"jeugd", "Jongerenavond", "Jongeren dachten mee over een hangplek."},
    {"huisbezoeken", "Huisbezoeken na de renovatie",
     "Drie hulpvragen doorgezet naar het "
     "sociaal team."},
    {"spreekuur", "Inloopspreekuur in het BIC", "Vragen over geld en wonen beantwoord."},
    {"feest", "Buurtfeest", "Buren spraken af vaker iets samen te doen."},
    {"overig", "Wijkbezoek van het college", "Zorgen en ideeën van inwoners opgehaald."},
};

const char* const kEfforts[] = {"Basis", "Plus", "PlusPlus"};

const char* const kOrganisations[] = {"Mijn Buurt Assen", "Mijn Buurt Assen, corporatie",
                                      "Mijn Buurt Assen, gemeente, welzijn", "welzijn, wijkagent",
                                      "corporatie, gemeente"};

struct Street {
  const char* wijk;
  const char* street;
};
const Street kStreets[] = {
    {"WK010601", "Dingspelstraat"},  {"WK010601", "Nobellaan"},
    {"WK010601", "Lariksstraat"},    {"WK010601", "Sparrenlaan"},
    {"WK010601", "Eikenlaan"},       {"WK010601", "Iepenlaan"},
    {"WK010604", "Pittelostraat"},   {"WK010604", "Orionstraat"},
    {"WK010604", "Pegasusstraat"},   {"WK010604", "Siriusstraat"},
    {"WK010604", "Vegastraat"},      {"WK010603", "Oude Molenstraat"},
    {"WK010603", "Rolderstraat"},    {"WK010603", "Borgstraat"},
    {"WK010603", "Havezatestraat"},  {"WK010602", "Mozartstraat"},
    {"WK010602", "Beethovenstraat"}, {"WK010602", "Chopinstraat"},
    {"WK010602", "Händelstraat"},    {"WK010600", "Kerkstraat"},
    {"WK010600", "Torenstraat"},     {"WK010600", "Markt"},
    {"WK010605", "Hertenkamp"},      {"WK010605", "Beilerstraat"},
    {"WK010605", "Wilhelminapark"},  {"WK010606", "Peelerhof"},
    {"WK010606", "Peelerstraat"},    {"WK010606", "Groenlandweg"},
    {"WK010607", "Marsdijkstraat"},  {"WK010607", "Heidelaan"},
    {"WK010607", "Veenstraat"},      {"WK010608", "Kloosterstraat"},
    {"WK010608", "Abdijlaan"},       {"WK010608", "Kapittelweg"},
    {"WK010608", "Kruisgang"},       {"WK010603", "Asserstraat"},
    {"WK010604", "Lyrastraat"},      {"WK010601", "Populierenlaan"},
    {"WK010602", "Bachstraat"},      {"WK010606", "Noorderhof"},
};

const char* const kMotivations[] = {
    "Kookt ongevraagd voor de buurman die net uit het ziekenhuis komt.",
    "Organiseert elk jaar het buurtfeest en betrekt nieuwe bewoners.",
    "Doet de boodschappen voor twee oudere buren.",
    "Is er altijd voor een luisterend oor.",
    "Hielp drie gezinnen met hun verhuizing.",
    "Houdt het speelveldje schoon en let op de kinderen.",
};

std::string date_of_day(int day_of_year) {
  return add_days(fmt::format("{}-01-01", kYear), day_of_year);
}

// The store leaves the audit entries to its caller: the demo writes those the use cases write.
void audit(store::Database& db, const std::string& action, const std::string& subject,
           const std::string& detail) {
  store::record_audit(db, {kActor, action, subject, detail, ""});
}

void audit_made_campaign(store::Database& db, const store::CampaignEntry& entry) {
  if (entry.made_campaign)
    audit(db, "create", fmt::format("wijk_campaign/{}", entry.made_campaign->id),
          entry.made_campaign->name);
}

}  // namespace

void load_demo_wijkwerk(store::Database& db, const DemoContext& ctx) {
  const std::int64_t wa = ctx.work_area;
  // One transaction: each record is written with its audit entry, and the year of work as a whole.
  store::Transaction transaction(db);
  std::map<std::string, std::int64_t> theme;
  for (const char* t : kThemes) {
    const auto saved = store::add_theme(db, wa, t);
    audit(db, "create", fmt::format("wijk_theme/{}", saved.id), saved.name);
    theme[t] = saved.id;
  }

  std::map<std::string, std::vector<std::string>> buurten;  // per wijk
  for (const auto& w : store::list_wijk_areas(db, wa))
    for (const auto& b : w.buurten) buurten[w.code].push_back(b.first);
  auto buurt_of = [&](const std::string& wijk, std::size_t i) {
    const auto& list = buurten[wijk];
    return list.empty() ? std::string{} : list[i % list.size()];
  };

  // Profiles: one per wijk, with a team from the three organisations.
  std::size_t name = 0;
  for (std::size_t i = 0; i < plans().size(); ++i) {
    const auto& plan = plans()[i];
    store::WijkProfile p;
    p.wijk_code = plan.code;
    p.year = kYear;
    p.focus = plan.focus;
    p.description = fmt::format("Synthetisch voorbeeld (demo). {}", plan.description);
    for (const char* t : plan.priorities) p.priorities.push_back(theme.at(t));
    p.team.push_back({ctx.gemeente, "", kNames[name++ % 25], "wijkcoördinator"});
    p.team.push_back({ctx.corporation, "", kNames[name++ % 25], "wijkconsulent"});
    p.team.push_back({ctx.welzijn, "", kNames[name++ % 25], "opbouwwerker"});
    if (std::string(plan.focus) == "extra")
      p.team.push_back({ctx.welzijn, "", kNames[name++ % 25], "buurtwerker"});
    const std::string code = plan.code;
    if (code == "WK010601") {
      p.meeting_places.push_back({"bic", "BIC Linthorst Homanstraat", "Linthorst Homanstraat",
                                  "2017-03-01", "2021-06-30"});
      p.meeting_places.push_back(
          {"bic", "BIC Patimura", "Dingspelstraat (zijde Nobellaan)", "2021-09-01", ""});
    } else if (code == "WK010603") {
      p.meeting_places.push_back(
          {"buurthuis", "De Buurtschuur", "Oude Molenstraat", "2021-05-01", ""});
    } else if (code == "WK010602") {
      p.meeting_places.push_back(
          {"wijkcentrum", "Wijkcentrum De Componist", "Mozartstraat", "2021-10-01", ""});
    } else if (code == "WK010600") {
      p.meeting_places.push_back({"anders", "Antje's Taverne", "Markt", "2021-01-01", ""});
    } else if (code == "WK010604") {
      p.meeting_places.push_back({"bic", "BIC Pittelo", "Pittelostraat", "2019-04-01", ""});
    } else {
      p.meeting_places.push_back({"buurthuis", fmt::format("Buurthuis {}", i + 1),
                                  "adres volgt (demo)", "2015-01-01", ""});
    }
    const auto id = store::save_profile(db, wa, p, kActor);
    audit(db, "save", fmt::format("wijk_profile/{}", id),
          fmt::format("{} {} ({} teamleden)", p.wijk_code, p.year, p.team.size()));
  }

  // About 80 activities spread over the year and the wijken (Lariks first).
  for (int i = 0; i < 81; ++i) {
    const auto& plan = plans()[static_cast<std::size_t>(i) % plans().size()];
    const auto& kind = kKinds[(i * 7) % 10];
    store::Activity a;
    a.held_on = date_of_day(5 + (i * 353) / 81);
    a.wijk_code = plan.code;
    a.buurt_code = buurt_of(plan.code, static_cast<std::size_t>(i / 9));
    a.type = kind.type;
    a.title = kind.title;
    a.theme_id =
        theme.at(plan.priorities[static_cast<std::size_t>(i / 9) % plan.priorities.size()]);
    a.effort =
        std::string(plan.focus) == "extra" ? kEfforts[1 + (i / 9) % 2] : kEfforts[(i / 9) % 2];
    a.organisations = kOrganisations[(i * 3) % 5];
    a.participants = 8 + (i * 37) % 70;
    a.cost_cents = ((i * 1373) % 900) * 100 + (i % 2) * 50;
    a.result = fmt::format("{} (synthetisch)", kind.result);
    const auto stored = store::add_activity(db, wa, a, kActor);
    audit(db, "create", fmt::format("wijk_activity/{}", stored.id),
          fmt::format("{} {} {}", stored.held_on, stored.wijk_code, stored.title));
  }

  // Christmas trees: one per street (40 streets), picked up in December.
  for (std::size_t i = 0; i < std::size(kStreets); ++i) {
    store::TreeRequest t;
    t.street = kStreets[i].street;
    t.buurt_code = buurt_of(kStreets[i].wijk, i);
    if (t.buurt_code.empty()) continue;
    t.pickup_on = fmt::format("{}-12-{:02}", kYear, 12 + static_cast<int>(i % 3));
    t.source = i % 3 == 0 ? "medewerker" : "portaal";
    const auto entry = store::request_christmas_tree(db, wa, kYear, t, kActor);
    audit_made_campaign(db, entry);
    audit(db, "create", fmt::format("wijk_tree_request/{}", entry.id),
          fmt::format("{} ({})", entry.text, t.buurt_code));
  }

  // Superbuur: 24 nominations, 12 chosen and awarded a Christmas hamper.
  for (int i = 0; i < 24; ++i) {
    const auto& plan = plans()[static_cast<std::size_t>(i) % plans().size()];
    store::SuperbuurNomination n;
    n.nominee = fmt::format("{} (fictief)", kNames[(i * 7 + 3) % 25]);
    n.buurt_code = buurt_of(plan.code, static_cast<std::size_t>(i));
    n.motivation = kMotivations[i % 6];
    n.source = i % 4 == 0 ? "medewerker" : "portaal";
    const auto entry = store::nominate_superbuur(db, wa, kYear, n, kActor);
    audit_made_campaign(db, entry);
    audit(db, "create", fmt::format("wijk_superbuur/{}", entry.id), n.buurt_code);
    if (i % 2 == 0) {
      store::decide_superbuur(db, wa, entry.id, "uitgereikt", "Kerstpakket");
      audit(db, "update", fmt::format("wijk_superbuur/{}", entry.id), "uitgereikt");
    }
  }

  // Neighbourhood reporters: 2 writers and 10 photographers, about 50 assignments.
  for (int i = 0; i < 12; ++i) {
    const std::string speciality = i < 2 ? "schrijven" : "fotografie";
    const auto reporter = store::add_reporter(
        db, wa, kYear, fmt::format("{} (fictief)", kNames[(i * 11 + 5) % 25]), speciality, kActor);
    audit_made_campaign(db, reporter);
    audit(db, "create", fmt::format("wijk_reporter/{}", reporter.id), speciality);
    for (int j = 0; j < 4 + (i % 2); ++j) {
      const int n = i * 5 + j;
      const auto assignment = store::add_reporter_assignment(
          db, wa, reporter.id,
          {0, date_of_day(10 + (n * 347) / 60), plans()[static_cast<std::size_t>(n) % 9].code,
           j % 2 == 0 ? "Foto's van een buurtinitiatief" : "Verslag van een activiteit"},
          kActor);
      audit(db, "create", fmt::format("wijk_reporter_assignment/{}", assignment.id),
            assignment.text);
    }
  }

  // Neighbour mediation: 15 cases. The last ones still run, and some are past a deadline.
  const char* const disputes[] = {"geluid",   "parkeren", "erfgrens", "huisdieren",
                                  "kinderen", "rommel",   "pesten",   "overig"};
  const char* const mediators[] = {"Bemiddelaar 01", "Bemiddelaar 02", "Bemiddelaar 03",
                                   "Bemiddelaar 04", "Bemiddelaar 05", "Bemiddelaar 06"};
  for (int i = 0; i < 15; ++i) {
    const auto& plan = plans()[static_cast<std::size_t>(i) % plans().size()];
    store::MediationCase c;
    c.case_number = fmt::format("DEMO-{}-{:03}", kYear, i + 1);
    c.buurt_code = buurt_of(plan.code, static_cast<std::size_t>(i));
    c.dispute = disputes[(i * 3) % 8];
    c.reported_on = date_of_day(14 + i * 22);
    if (i == 4) {  // not suitable for mediation
      c.intake_on = add_working_days(c.reported_on, 3);
      c.outcome = "uitgesloten";
      c.exclusion_reason = "juridische_procedure";
    } else if (i < 12) {
      // Intake within 5 working days, except DEMO-2025-008 (late).
      c.intake_on = add_working_days(c.reported_on, i == 7 ? 8 : 2 + i % 3);
      c.mediator_a = mediators[i % 6];
      c.mediator_b = mediators[(i + 1) % 6];
      c.separate_talks_on = add_days(c.intake_on, 7);
      c.joint_talk_on = add_days(c.separate_talks_on, 10);
      if (i != 6) c.agreements_on = c.joint_talk_on;  // DEMO-2025-007: no agreements
      // Aftercare 2-6 weeks later; not held for DEMO-2025-004, -010 and -011 (overdue).
      if (i != 3 && i != 10 && i != 9 && i != 6) c.aftercare_on = add_days(c.agreements_on, 21 + i);
      if (i != 9)  // DEMO-2025-010 (Lariks) still runs
        c.outcome = i == 6 ? "niet_opgelost" : i % 4 == 2 ? "deels_opgelost" : "opgelost";
    } else if (i == 12) {
      c.intake_on = add_working_days(c.reported_on, 4);
      c.mediator_a = mediators[2];  // DEMO-2025-013: a second mediator is missing
    }
    // DEMO-2025-014 and -015: reported, intake not yet held (overdue once 5 working days passed).
    const auto id = store::add_mediation_case(db, wa, c, kActor);
    const auto stored = *store::find_mediation_case(db, wa, id);
    audit(db, "create", fmt::format("wijk_mediation/{}", id),
          fmt::format("{} {} {}", stored.case_number, stored.buurt_code, stored.dispute));
  }

  // Physical works.
  struct Work {
    const char* kind;
    const char* title;
    const char* wijk;
    const char* starts_on;
    const char* ends_on;
    const char* description;
  };
  const Work works[] = {
      {"sloop", "Sloop van 48 portiekwoningen", "WK010601", "2024-09-01", "2025-03-31",
       "Sloop in het kader van de wijkvernieuwing."},
      {"nieuwbouw", "Nieuwbouw van 64 grondgebonden woningen", "WK010601", "2025-05-01",
       "2026-09-30", "Terugbouw na de sloop; bewoners denken mee over de inrichting."},
      {"renovatie", "Renovatie en isolatie van 120 flatwoningen", "WK010604", "2025-02-01",
       "2025-12-19", "Woningen blijven bewoond; het BIC is het aanspreekpunt."},
      {"openbare_ruimte", "Herinrichting speelterrein", "WK010604", "2025-06-02", "2025-08-29",
       "Ontworpen samen met kinderen uit de buurt."},
      {"openbare_ruimte", "Nieuwe inrichting van de straat en het plein", "WK010603", "2025-03-03",
       "2025-10-31", "Na de renovatie: meer groen en een ontmoetingsplek."},
      {"renovatie", "Groot onderhoud van 36 eengezinswoningen", "WK010603", "2025-09-01", "",
       "Start na de zomer; de einddatum volgt."},
  };
  for (const auto& w : works) {
    const std::string buurt = buurt_of(w.wijk, 0);
    const auto stored = store::add_work(
        db, wa,
        {0, w.kind, fmt::format("{} (fictief)", w.title), buurt.empty() ? w.wijk : buurt, "",
         w.starts_on, w.ends_on, fmt::format("{} Synthetische demogegevens.", w.description)},
        kActor);
    audit(db, "create", fmt::format("wijk_work/{}", stored.id), stored.title);
  }
  transaction.commit();
}

}  // namespace leefbaar::demo
