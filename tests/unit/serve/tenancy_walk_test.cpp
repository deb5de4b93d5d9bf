// Organisations as tenants (issue 9, point 3): two corporations in one store, each with its own
// work area and partnership (a gemeente and a welfare organisation), and users of every role in
// each of the six organisations. Every endpoint of the route table is called by every one of them
// with the ids of the OTHER tenant's records in the path, the query and the body; no answer may
// hold the other tenant's data (marker strings put in its records, its organisations' names and
// its users' e-mail addresses), a call on another tenant's record is refused, and the other
// tenant's rows are unchanged afterwards.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "demo/demo.hpp"
#include "import/run_file.hpp"
#include "serve/app.hpp"
#include "store/imports.hpp"
#include "store/runs.hpp"
#include "store/settings.hpp"
#include "store/users.hpp"
#include "support/demo_store.hpp"
#include "usecases/workspace.hpp"

namespace leefbaar::testing {

namespace {

using nlohmann::json;

constexpr const char* kRoles[] = {"beheerder", "analist", "wijkteam", "lezer"};
// The demo's own corporation and work area are tenant A.
constexpr const char* kCorporationA = "Woonstichting Voorbeeld (synthetisch)";
constexpr const char* kCorporationB = "Woonstichting Tenant B";
constexpr const char* kWorkAreaB = "Werkgebied Tenant B";

struct Tenant {
  std::string tag;  // "a" or "b"
  std::int64_t work_area = 0;
  std::vector<std::int64_t> organisations;  // corporation, gemeente, welzijn
  std::vector<std::string> emails;          // of its users, one per role per organisation
  std::vector<std::string> markers;         // strings only its data holds
  // Ids of its records, by the path segment that names their kind.
  std::map<std::string, std::int64_t> ids;
};

std::int64_t first_id(SQLite::Database& db, const std::string& sql, std::int64_t work_area) {
  SQLite::Statement q(db, sql);
  q.bind(1, work_area);
  return q.executeStep() ? q.getColumn(0).getInt64() : 0;
}

// Prefixes the tenant's record texts with its marker, so that any of them in an answer shows.
void mark(SQLite::Database& db, std::int64_t work_area, const std::string& marker) {
  const std::vector<std::pair<std::string, std::string>> columns = {
      {"initiatives", "title"},
      {"wijk_themes", "name"},
      {"wijk_profiles", "description"},
      {"wijk_activities", "title"},
      {"wijk_campaigns", "name"},
      {"wijk_works", "title"},
      {"spending_entries", "description"},
      {"programme_runs", "name"},
      {"scenarios", "name"},
      {"wijk_mediation_cases", "mediator_a"}};
  for (const auto& [table, column] : columns) {
    SQLite::Statement q(
        db, "UPDATE " + table + " SET " + column + " = ? || " + column + " WHERE work_area_id = ?");
    q.bind(1, marker + " ");
    q.bind(2, work_area);
    q.exec();
  }
  SQLite::Statement notes(db,
                          "UPDATE signal_contacts SET note = ? WHERE work_area_id = ? AND note IS "
                          "NOT NULL");
  notes.bind(1, marker + " notitie");
  notes.bind(2, work_area);
  notes.exec();
  for (const char* sql :
       {"UPDATE wijk_superbuur_nominations SET nominee = ?1 || nominee WHERE campaign_id IN "
        "(SELECT id FROM wijk_campaigns WHERE work_area_id = ?2)",
        "UPDATE wijk_reporters SET name = ?1 || name WHERE campaign_id IN (SELECT id FROM "
        "wijk_campaigns WHERE work_area_id = ?2)",
        "UPDATE wijk_team_members SET name = ?1 || name WHERE profile_id IN (SELECT id FROM "
        "wijk_profiles WHERE work_area_id = ?2)"}) {
    SQLite::Statement q(db, sql);
    q.bind(1, marker + " ");
    q.bind(2, work_area);
    q.exec();
  }
}

// Every row that is the tenant's, in one text: its rows in the tables with a work area, in the
// tables that refer to those, and its organisations and users.
std::string fingerprint(const std::filesystem::path& store, const Tenant& t) {
  SQLite::Database db(store.string(), SQLite::OPEN_READONLY);
  std::set<std::string> scoped;
  std::vector<std::string> tables;
  SQLite::Statement names(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (names.executeStep()) tables.push_back(names.getColumn(0).getString());
  for (const auto& table : tables) {
    SQLite::Statement c(db, "SELECT 1 FROM pragma_table_info(?) WHERE name = 'work_area_id'");
    c.bind(1, table);
    if (c.executeStep()) scoped.insert(table);
  }
  std::string out;
  auto dump = [&](const std::string& sql) {
    SQLite::Statement q(db, sql);
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + "|";
      out += "\n";
    }
  };
  const std::string wa = std::to_string(t.work_area);
  for (const auto& table : tables) {
    if (scoped.count(table)) {
      dump("SELECT * FROM " + table + " WHERE work_area_id = " + wa + " ORDER BY rowid");
      continue;
    }
    SQLite::Statement fk(db, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)");
    fk.bind(1, table);
    while (fk.executeStep()) {
      const std::string parent = fk.getColumn(0).getString();
      if (!scoped.count(parent)) continue;
      dump("SELECT * FROM " + table + " WHERE " + fk.getColumn(1).getString() + " IN (SELECT " +
           fk.getColumn(2).getString() + " FROM " + parent + " WHERE work_area_id = " + wa +
           ") ORDER BY rowid");
    }
  }
  std::string orgs;
  for (const auto o : t.organisations) orgs += (orgs.empty() ? "" : ",") + std::to_string(o);
  dump("SELECT * FROM organisations WHERE id IN (" + orgs + ")");
  dump("SELECT id, organisation_id, email, role, disabled FROM users WHERE organisation_id IN (" +
       orgs + ") ORDER BY id");
  dump(
      "SELECT * FROM user_wijken WHERE user_id IN (SELECT id FROM users WHERE organisation_id IN "
      "(" +
      orgs + ")) ORDER BY 1, 2");
  return out;
}

class TenancyWalk : public DemoServerTest {
 protected:
  // Tenant B is added to the copy of the demo store before the server opens it.
  void configure(serve::ServerConfig& config) override {
    store::Database db(config.store);
    const RunFile run = read_run_file(demo_files().data / "RUN.toml");
    auto import = [&](const std::string& kind, const std::string& file) {
      if (file.empty()) return;
      store::import_file(db, kind, kCorporationB, kWorkAreaB, file, run.stock_columns, "test",
                         "TENANTB-" + run.display(file));
    };
    for (const auto& scores : run.inputs.scores) import("scores", scores);
    import("buurten", run.inputs.buurten);
    import("wijken", run.inputs.wijken);
    import("gemeenten", run.inputs.gemeenten);
    import("grid", run.inputs.grid);
    import("stock", run.inputs.stock);
    import("pc6hnr", run.inputs.pc6hnr);
    import("bag", run.inputs.bag);
    import("actuals", run.inputs.actuals);
    const auto wa = store::find_work_area(db, kCorporationB, kWorkAreaB);
    ASSERT_TRUE(wa);
    store::save_settings(db, wa->id, run.params, "test");
    auto& sql = db.sql();

    a_.tag = "a";
    a_.work_area =
        store::find_work_area(db, kCorporationA, "Werkgebied Drenthe en Friesland (synthetisch)")
            ->id;
    SQLite::Statement orgs(sql,
                           "SELECT id FROM organisations WHERE name IN (?, 'Gemeente Assen "
                           "(voorbeeld)', 'Welzijn Assen (voorbeeld)') ORDER BY kind = "
                           "'corporatie' DESC, kind");
    orgs.bind(1, kCorporationA);
    while (orgs.executeStep()) a_.organisations.push_back(orgs.getColumn(0).getInt64());
    ASSERT_EQ(a_.organisations.size(), 3u);

    b_.tag = "b";
    b_.work_area = wa->id;
    b_.organisations = {
        first_id(sql, "SELECT organisation_id FROM work_areas WHERE id = ?", wa->id),
        store::create_organisation(db, "Gemeente Tenant B", store::OrganisationKind::gemeente),
        store::create_organisation(db, "Welzijn Tenant B", store::OrganisationKind::welzijn)};
    store::add_partner(db, wa->id, b_.organisations[1]);
    store::add_partner(db, wa->id, b_.organisations[2]);

    // Users of every role in each of the six organisations.
    demo::DemoContext ctx;
    ctx.work_area = b_.work_area;
    ctx.corporation = b_.organisations[0];
    ctx.gemeente = b_.organisations[1];
    ctx.welzijn = b_.organisations[2];
    ctx.data_dir = demo_files().data;
    for (Tenant* t : {&a_, &b_}) {
      const std::vector<std::string> kinds = {"corporatie", "gemeente", "welzijn"};
      for (std::size_t o = 0; o < 3; ++o)
        for (const char* role : kRoles) {
          store::NewUser u;
          u.organisation_id = t->organisations[o];
          u.email = std::string(role) + "." + kinds[o] + "@tenant-" + t->tag + ".test";
          u.display_name = "Tenant " + t->tag + " " + role;
          u.password = demo::kDemoPassword;
          u.role = *store::role_from_name(role);
          if (u.role == store::Role::wijkteam) u.wijken = {"WK010601", "WK010604"};
          const auto id = store::create_user(db, u);
          t->emails.push_back(u.email);
          if (t == &b_ && o == 2 && u.role == store::Role::wijkteam)
            ctx.user_of_role["wijkteam"] = id;
          if (t == &b_ && o == 0 && u.role != store::Role::wijkteam) ctx.user_of_role[role] = id;
        }
    }
    // Tenant B's records: the demo's neighbourhood work, recorded again in its own work area.
    demo::load_demo_initiatives(db, ctx);
    demo::load_demo_wijkwerk(db, ctx);
    demo::load_demo_signals(db, ctx);
    demo::open_demo_campaigns(
        db, ctx, static_cast<int>(std::chrono::year_month_day{demo::demo_today()}.year()));
    const auto programme = usecases::run_stored_programme(db, *wa);
    store::save_programme_run(db, {kCorporationB, kWorkAreaB, "test", programme.data.run.params,
                                   programme.data.checksums, programme.stock, programme.result});
    for (Tenant* t : {&a_, &b_}) {
      SQLite::Statement s(sql,
                          "INSERT INTO scenarios (work_area_id, name, parameters_json, created_at, "
                          "created_by) SELECT work_area_id, 'scenario', parameters_json, "
                          "updated_at, 'test' FROM work_area_settings WHERE work_area_id = ?");
      s.bind(1, t->work_area);
      s.exec();
      mark(sql, t->work_area, t == &a_ ? "TENANTA" : "TENANTB");
      auto id = [&](const std::string& sql_text) { return first_id(sql, sql_text, t->work_area); };
      t->ids["runs"] = id("SELECT id FROM programme_runs WHERE work_area_id = ?");
      t->ids["scenarios"] = id("SELECT id FROM scenarios WHERE work_area_id = ?");
      t->ids["initiatives"] = id("SELECT id FROM initiatives WHERE work_area_id = ?");
      t->ids["signalen"] = id("SELECT id FROM signal_contacts WHERE work_area_id = ?");
      t->ids["themes"] = id("SELECT id FROM wijk_themes WHERE work_area_id = ?");
      t->ids["mediation"] = id("SELECT id FROM wijk_mediation_cases WHERE work_area_id = ?");
      t->ids["works"] = id("SELECT id FROM wijk_works WHERE work_area_id = ?");
      t->ids["activities"] = id("SELECT id FROM wijk_activities WHERE work_area_id = ?");
      t->ids["spending"] = id("SELECT id FROM spending_entries WHERE work_area_id = ?");
      t->ids["imports"] = id("SELECT id FROM imports WHERE work_area_id = ?");
      t->ids["superbuur"] =
          id("SELECT n.id FROM wijk_superbuur_nominations n JOIN wijk_campaigns c ON c.id = "
             "n.campaign_id WHERE c.work_area_id = ?");
      t->ids["wijkreporters"] = id(
          "SELECT r.id FROM wijk_reporters r JOIN wijk_campaigns c ON c.id = r.campaign_id WHERE "
          "c.work_area_id = ?");
      t->ids["users"] =
          first_id(sql, "SELECT id FROM users WHERE organisation_id = ?", t->organisations[2]);
      for (const auto& [kind, value] : t->ids)
        ASSERT_NE(value, 0) << "tenant " << t->tag << " has no " << kind;
    }
    // Not the demo users' addresses: the demo's records name them as their author, also where
    // they are loaded into tenant B above.
    a_.markers = {"TENANTA", "@tenant-a.test", "Assen (voorbeeld)", kCorporationA};
    b_.markers = {"TENANTB", "@tenant-b.test", "Tenant B"};
  }

  // The id of the other tenant's record that a path names, by the segment before {id}.
  static std::int64_t id_for(const std::string& path, const Tenant& other) {
    const std::pair<const char*, const char*> segments[] = {{"berekeningen", "runs"},
                                                            {"initiatieven", "initiatives"},
                                                            {"signalen", "signalen"},
                                                            {"themas", "themes"},
                                                            {"bemiddelingen", "mediation"},
                                                            {"superbuur", "superbuur"},
                                                            {"wijkreporters", "wijkreporters"},
                                                            {"scenarios", "scenarios"},
                                                            {"gebruikers", "users"},
                                                            {"imports", "imports"}};
    for (const auto& [segment, kind] : segments) {
      if (path.find(std::string("/") + segment + "/{id}") != std::string::npos)
        return other.ids.at(kind);
    }
    return other.ids.at("initiatives");
  }

  // A body full of the other tenant's ids in every member a request can name a record by, with
  // valid values otherwise so that the check on the id is reached.
  static json body_for(const Tenant& other) {
    const auto org = other.organisations[2];
    return {
        {"id", other.ids.at("initiatives")},
        {"organisation_id", org},
        {"asked_organisation_id", org},
        {"initiative_id", std::to_string(other.ids.at("initiatives"))},
        {"theme_id", other.ids.at("themes")},
        {"reporter_id", other.ids.at("wijkreporters")},
        {"scenario_id", other.ids.at("scenarios")},
        {"run_id", other.ids.at("runs")},
        {"import_id", other.ids.at("imports")},
        {"user_id", other.ids.at("users")},
        {"pledges", json::array({{{"organisation_id", org}, {"amount", 10}}})},
        {"team", json::array({{{"organisation_id", org}, {"name", "Lid"}, {"team_role", "rol"}}})},
        {"decision", "afgewezen"},
        {"reason", "test"},
        {"state", "afgerond"},
        {"note", "Een notitie."},
        {"follow_up_status", "afgerond"},
        {"shared", true},
        {"status", "gekozen"},
        {"name", "Nieuw"},
        {"active", false},
        {"held_on", "2025-05-01"},
        {"wijk_code", "WK010601"},
        {"subject", "Foto's"},
        {"year", 2025}};
  }

  // Every user of `caller` walks every endpoint with `other`'s ids.
  void walk(const Tenant& caller, const Tenant& other) {
    const std::string before = fingerprint(store_file(), other);
    const std::string body = body_for(other).dump();
    const std::string query =
        "?year=2025&format=csv&a=" + std::to_string(other.ids.at("scenarios")) +
        "&b=" + std::to_string(other.ids.at("scenarios"));
    for (const auto& email : caller.emails) {
      const Login who = api_->log_in(email, demo::kDemoPassword);
      ASSERT_FALSE(who.cookie.empty()) << email;
      for (const auto& r : serve::routes()) {
        if (r.access == serve::Access::public_) continue;  // the portal: public by design
        if (r.openapi_path() == "/api/v1/sessie" && r.method != "GET") continue;  // log-in, log-out
        std::string path = r.openapi_path();
        bool names_record = false;
        if (const auto p = path.find("{id}"); p != std::string::npos) {
          path.replace(p, 4, std::to_string(id_for(r.openapi_path(), other)));
          names_record = true;
        }
        if (const auto p = path.find("{level}"); p != std::string::npos) path.replace(p, 7, "wijk");
        if (const auto p = path.find("{code}"); p != std::string::npos)
          path.replace(p, 6, "WK010601");
        const auto res = r.method == "GET" ? api_->call("GET", path + query, &who)
                                           : api_->call(r.method, path, &who, body);
        ASSERT_TRUE(res) << r.method << " " << path;
        const std::string where = email + " " + r.method + " " + path;
        for (const auto& marker : other.markers) {
          EXPECT_EQ(res->body.find(marker), std::string::npos)
              << where << " answers with '" << marker << "': " << res->body.substr(0, 300);
        }
        if (names_record) {
          EXPECT_TRUE(res->status == 403 || res->status == 404)
              << where << " answers " << res->status << ": " << res->body.substr(0, 300);
        }
      }
    }
    EXPECT_EQ(fingerprint(store_file(), other), before)
        << "tenant " << caller.tag << "'s users changed tenant " << other.tag << "'s records";
  }

  Tenant a_, b_;
};

TEST_F(TenancyWalk, NoTenantReadsOrWritesAnother) {
  // Both tenants work: each sees its own programme, runs and records.
  for (const Tenant* t : {&a_, &b_}) {
    const Login who =
        api_->log_in("analist.corporatie@tenant-" + t->tag + ".test", demo::kDemoPassword);
    const auto runs = api_->call("GET", "/api/v1/berekeningen", &who);
    ASSERT_EQ(runs->status, 200) << runs->body;
    EXPECT_NE(runs->body.find(t == &a_ ? "TENANTA" : "TENANTB"), std::string::npos);
    const auto initiatives = api_->call("GET", "/api/v1/initiatieven", &who);
    EXPECT_NE(initiatives->body.find(t == &a_ ? "TENANTA" : "TENANTB"), std::string::npos);
  }
  walk(a_, b_);
  walk(b_, a_);
}

// Signal details are personal data: another organisation's beheerder cannot give anyone access to
// them, not to a user of its own (a wijk team naming another tenant's organisation) nor by making
// a user in another tenant's organisation; a grant within the partnership is audited.
TEST_F(TenancyWalk, AnotherOrganisationsBeheerderCannotGrantSignalAccess) {
  const Login b = api_->log_in("beheerder.corporatie@tenant-b.test", demo::kDemoPassword);
  const std::string before = fingerprint(store_file(), a_);
  // A's welfare organisation in B's wijk team: refused, the name of A's partner is not B's to use.
  const json profile = {{"wijk_code", "WK010601"},
                        {"year", 2026},
                        {"description", "Lariks"},
                        {"focus", "extra"},
                        {"team", json::array({{{"organisation_id", a_.organisations[2]},
                                               {"name", "Lid"},
                                               {"team_role", "opbouwwerker"}}})}};
  const auto refused = api_->call("POST", "/api/v1/wijkwerk/profielen", &b, profile.dump());
  EXPECT_EQ(refused->status, 422) << refused->body;
  EXPECT_EQ(json::parse(refused->body)["field"], "team[0].organisation_id");
  // A ledger row, a request for help and pledges naming A's organisations: refused alike.
  const auto spending = api_->call("POST", "/api/v1/uitgaven", &b,
                                   json{{"spent_on", "2025-03-01"},
                                        {"gemeente", "GM0106"},
                                        {"organisation_id", a_.organisations[0]},
                                        {"amount", 100},
                                        {"btiv_category", "a"}}
                                       .dump());
  EXPECT_EQ(spending->status, 422) << spending->body;
  // Sharing B's signal details with A's welfare organisation: refused, A is not B's partner.
  const auto shared = api_->call(
      "POST", "/api/v1/signalen/deelafspraken", &b,
      json{{"wijk_code", "WK010601"}, {"organisation_id", a_.organisations[2]}, {"shared", true}}
          .dump());
  EXPECT_EQ(shared->status, 422) << shared->body;
  EXPECT_EQ(json::parse(shared->body)["field"], "organisation_id");
  EXPECT_EQ(fingerprint(store_file(), a_), before);

  // Within B's partnership the grant goes through and is audited.
  json own = profile;
  own["team"][0]["organisation_id"] = b_.organisations[2];
  const auto granted = api_->call("POST", "/api/v1/wijkwerk/profielen", &b, own.dump());
  EXPECT_EQ(granted->status, 200) << granted->body;
  SQLite::Database db(store_file().string(), SQLite::OPEN_READONLY);
  SQLite::Statement audit(db,
                          "SELECT count(*) FROM audit_log WHERE actor = ? AND subject LIKE "
                          "'wijk_profile%'");
  audit.bind(1, "beheerder.corporatie@tenant-b.test");
  audit.executeStep();
  EXPECT_GE(audit.getColumn(0).getInt(), 1);
  // The same refusal for the users themselves: a beheerder of B cannot make a wijkteam user with
  // wijken in A's welfare organisation (who would then read A's signal details). In this test, not
  // one of its own, so that tenant B is built once.
  {
    const Login b2 = api_->log_in("beheerder.corporatie@tenant-b.test", demo::kDemoPassword);
    const std::string users_before = fingerprint(store_file(), a_);
    const auto res = api_->call("POST", "/api/v1/gebruikers", &b2,
                                json{{"email", "indringer@tenant-b.test"},
                                     {"name", "Indringer"},
                                     {"password", "een lang wachtwoord"},
                                     {"role", "wijkteam"},
                                     {"organisation_id", a_.organisations[2]},
                                     {"wijken", {"WK010601"}}}
                                    .dump());
    EXPECT_TRUE(res->status == 403 || res->status == 422) << res->status << " " << res->body;
    EXPECT_EQ(fingerprint(store_file(), a_), users_before);
  }
}

}  // namespace

}  // namespace leefbaar::testing
