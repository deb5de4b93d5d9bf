// Wijk work: the yearly campaigns with their intake: Christmas trees, superbuur nominations and
// neighbourhood reporters.
#include <fmt/format.h>

#include "core/text.hpp"
#include "store/wijkwerk_detail.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

using namespace wijkwerk_detail;

// ---- Campaigns -------------------------------------------------------------------------------

namespace {

Campaign campaign_of(const Row& r) {
  return {r.int64("id"),
          r.text("kind"),
          r.integer("year"),
          r.text("name"),
          r.text("opens_on"),
          r.text("closes_on"),
          r.int64("contribution_cents")};
}

constexpr const char* kCampaignColumns =
    "SELECT id, kind, year, name, opens_on, closes_on, contribution_cents FROM wijk_campaigns ";

// An entry of the year's campaign of the kind, which is made first when it is not there yet (the
// entry answers it then): insert(campaign id) writes the entry's row and answers its id.
template <typename Insert>
CampaignEntry add_to_campaign(Database& db, std::int64_t work_area, const std::string& kind,
                              int year, const std::string& text, Insert&& insert) {
  if (year < 2000 || year > 2100) throw FieldError("year", "Kies een jaar tussen 2000 en 2100.");
  CampaignEntry out;
  auto c = ensure_campaign(db, work_area, kind, year);
  if (c.made) out.made_campaign = c.campaign;
  Transaction transaction(db);
  out.id = insert(c.campaign.id);
  out.text = text;
  transaction.commit();
  return out;
}

std::string street_key(const std::string& street) {
  std::string out;
  for (char c : to_lower(trim(street)))
    if (c != ' ' && c != '-' && c != '.' && c != '\'') out += c;
  return out;
}

}  // namespace

EnsuredCampaign ensure_campaign(Database& db, std::int64_t work_area, const std::string& kind,
                                int year) {
  if (auto stored = db.query(std::string(kCampaignColumns) +
                             "WHERE work_area_id = ? AND kind = ? AND year = ?")
                        .bind(work_area, kind, year)
                        .first(campaign_of))
    return {*stored, false};
  // The templates: the same campaign every year, with its own intake period.
  Campaign c{0, kind, year, "", "", "", 0};
  if (kind == "kerstbomen") {
    c.name = fmt::format("Kerstbomenactie {}", year);
    c.opens_on = fmt::format("{}-11-01", year);
    c.closes_on = fmt::format("{}-12-08", year);
    c.contribution_cents = 2500;
  } else if (kind == "superbuur") {
    c.name = fmt::format("Superbuur {}", year);
    c.opens_on = fmt::format("{}-10-15", year);
    c.closes_on = fmt::format("{}-12-01", year);
  } else if (kind == "wijkreporters") {
    c.name = fmt::format("Wijkreporters {}", year);
    c.opens_on = fmt::format("{}-01-01", year);
    c.closes_on = fmt::format("{}-12-31", year);
  } else {
    throw FieldError("kind", "Kies de actie: kerstbomen, superbuur of wijkreporters.");
  }
  c.id = db.query(
               "INSERT INTO wijk_campaigns (work_area_id, kind, year, name, opens_on, closes_on, "
               "contribution_cents) VALUES (?, ?, ?, ?, ?, ?, ?)")
             .bind(work_area, kind, year, c.name, c.opens_on, c.closes_on, c.contribution_cents)
             .insert();
  return {c, true};
}

std::vector<Campaign> list_campaigns(Database& db, std::int64_t work_area, int year) {
  return db
      .query(std::string(kCampaignColumns) +
             "WHERE work_area_id = ? AND (? = 0 OR year = ?) ORDER BY year, kind")
      .bind(work_area, year, year)
      .all(campaign_of);
}

CampaignEntry request_christmas_tree(Database& db, std::int64_t work_area, int year,
                                     const TreeRequest& request, const std::string& actor) {
  const std::string street = text_field(request.street, "street", 120, "Geef de straat.");
  const std::string wijk = wijk_of_buurt(db, work_area, request.buurt_code, "buurt_code");
  if (!request.pickup_on.empty() && !is_iso_date(request.pickup_on))
    throw FieldError("pickup_on", "Geef de ophaaldatum als JJJJ-MM-DD.");
  if (request.source != "portaal" && request.source != "medewerker")
    throw FieldError("source", "Onbekende herkomst van de aanvraag.");
  if (request.contribution_cents < -1 || request.contribution_cents > 100000)
    throw FieldError("contribution", "Geef een bijdrage tussen 0 en 1000 euro.");
  return add_to_campaign(db, work_area, "kerstbomen", year, street, [&](std::int64_t campaign) {
    if (db.query("SELECT 1 FROM wijk_tree_requests WHERE campaign_id = ? AND street_key = ?")
            .bind(campaign, street_key(street))
            .exists())
      throw ConflictError("street", fmt::format("Voor de {} is in {} al een kerstboom aangevraagd. "
                                                "Per straat kan dat een keer per jaar.",
                                                street, year));
    return db
        .query(
            R"sql(
            INSERT INTO wijk_tree_requests
              (campaign_id, street, street_key, buurt_code, wijk_code, pickup_on,
               contribution_cents, source, created_at, created_by)
            SELECT ?, ?, ?, ?, ?, ?, CASE WHEN ? < 0 THEN contribution_cents ELSE ? END, ?, ?, ?
            FROM wijk_campaigns WHERE id = ?)sql")
        .bind(campaign, street, street_key(street), request.buurt_code, wijk,
              or_null(request.pickup_on), request.contribution_cents, request.contribution_cents,
              request.source, utc_now(), actor, campaign)
        .insert();
  });
}

std::vector<TreeRequest> list_tree_requests(Database& db, std::int64_t work_area, int year,
                                            const std::string& wijk) {
  auto q = db.query(
      "SELECT r.id AS id, r.street AS street, r.buurt_code AS buurt_code, r.wijk_code AS "
      "wijk_code, r.pickup_on AS pickup_on, r.contribution_cents AS contribution_cents, r.source "
      "AS source, r.created_at AS created_at FROM wijk_tree_requests r JOIN wijk_campaigns c ON "
      "c.id = r.campaign_id WHERE c.work_area_id = ? AND c.year = ? AND (? = '' OR r.wijk_code = "
      "?) ORDER BY r.wijk_code, r.street");
  return q.bind(work_area, year, wijk, wijk).all([](const Row& r) {
    return TreeRequest{r.int64("id"),       r.text("street"),    r.text("buurt_code"),
                       r.text("wijk_code"), r.text("pickup_on"), r.int64("contribution_cents"),
                       r.text("source"),    r.text("created_at")};
  });
}

CampaignEntry nominate_superbuur(Database& db, std::int64_t work_area, int year,
                                 const SuperbuurNomination& n, const std::string& actor) {
  const std::string nominee =
      text_field(n.nominee, "nominee", 120, "Geef de (voor)naam van de superbuur.");
  const std::string wijk = wijk_of_buurt(db, work_area, n.buurt_code, "buurt_code");
  const std::string motivation =
      text_field(n.motivation, "motivation", 2000, "Vertel waarom deze buur een superbuur is.");
  if (n.source != "portaal" && n.source != "medewerker")
    throw FieldError("source", "Onbekende herkomst van de nominatie.");
  return add_to_campaign(db, work_area, "superbuur", year, nominee, [&](std::int64_t campaign) {
    return db
        .query(
            "INSERT INTO wijk_superbuur_nominations (campaign_id, nominee, buurt_code, wijk_code, "
            "motivation, status, award, source, created_at, created_by) VALUES (?, ?, ?, ?, ?, "
            "'genomineerd', '', ?, ?, ?)")
        .bind(campaign, nominee, n.buurt_code, wijk, motivation, n.source, utc_now(), actor)
        .insert();
  });
}

void decide_superbuur(Database& db, std::int64_t work_area, std::int64_t id,
                      const std::string& status, const std::string& award) {
  if (status != "genomineerd" && status != "gekozen" && status != "niet_gekozen" &&
      status != "uitgereikt")
    throw FieldError("status", "Kies: genomineerd, gekozen, niet gekozen of uitgereikt.");
  if (award.size() > 200) throw FieldError("award", "Gebruik hoogstens 200 tekens.");
  Transaction transaction(db);
  if (db.query("UPDATE wijk_superbuur_nominations SET status = ?, award = ? WHERE id = ? AND "
               "campaign_id IN (SELECT id FROM wijk_campaigns WHERE work_area_id = ?)")
          .bind(status, trim(award), id, work_area)
          .run() == 0)
    throw FieldError("id", "Deze nominatie bestaat niet.");
  transaction.commit();
}

namespace {

constexpr const char* kNominationColumns =
    "SELECT n.id AS id, n.nominee AS nominee, n.buurt_code AS buurt_code, n.wijk_code AS "
    "wijk_code, n.motivation AS motivation, n.status AS status, n.award AS award, n.source AS "
    "source, n.created_at AS created_at FROM wijk_superbuur_nominations n JOIN wijk_campaigns c "
    "ON c.id = n.campaign_id ";

SuperbuurNomination nomination_of(const Row& r) {
  return {r.int64("id"),       r.text("nominee"),    r.text("buurt_code"),
          r.text("wijk_code"), r.text("motivation"), r.text("status"),
          r.text("award"),     r.text("source"),     r.text("created_at")};
}

}  // namespace

std::vector<SuperbuurNomination> list_nominations(Database& db, std::int64_t work_area, int year,
                                                  const std::string& wijk) {
  return db
      .query(std::string(kNominationColumns) +
             "WHERE c.work_area_id = ? AND c.year = ? AND (? = '' OR n.wijk_code = ?) ORDER BY "
             "n.wijk_code, n.id")
      .bind(work_area, year, wijk, wijk)
      .all(nomination_of);
}

std::optional<SuperbuurNomination> find_nomination(Database& db, std::int64_t work_area,
                                                   std::int64_t id) {
  return db.query(std::string(kNominationColumns) + "WHERE n.id = ? AND c.work_area_id = ?")
      .bind(id, work_area)
      .first(nomination_of);
}

CampaignEntry add_reporter(Database& db, std::int64_t work_area, int year, const std::string& name,
                           const std::string& speciality, const std::string& actor) {
  const std::string n = text_field(name, "name", 120, "Geef de naam van de wijkreporter.");
  if (speciality != "schrijven" && speciality != "fotografie")
    throw FieldError("speciality", "Kies: schrijven of fotografie.");
  return add_to_campaign(db, work_area, "wijkreporters", year, n, [&](std::int64_t campaign) {
    return db
        .query(
            "INSERT INTO wijk_reporters (campaign_id, name, speciality, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?)")
        .bind(campaign, n, speciality, utc_now(), actor)
        .insert();
  });
}

CampaignEntry add_reporter_assignment(Database& db, std::int64_t work_area, std::int64_t reporter,
                                      const ReporterAssignment& a, const std::string& actor) {
  if (!db.query(
             "SELECT 1 FROM wijk_reporters r JOIN wijk_campaigns c ON c.id = r.campaign_id WHERE "
             "r.id = ? AND c.work_area_id = ?")
           .bind(reporter, work_area)
           .exists())
    throw FieldError("reporter_id", "Deze wijkreporter bestaat niet.");
  if (!is_iso_date(a.held_on)) throw FieldError("held_on", "Geef de datum als JJJJ-MM-DD.");
  check_wijk(db, work_area, a.wijk_code, "wijk_code");
  const std::string subject = text_field(a.subject, "subject", 200, "Geef het onderwerp.");
  Transaction transaction(db);
  CampaignEntry out{
      db.query("INSERT INTO wijk_reporter_assignments (reporter_id, held_on, "
               "wijk_code, subject, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")
          .bind(reporter, a.held_on, a.wijk_code, subject, utc_now(), actor)
          .insert(),
      subject, std::nullopt};
  transaction.commit();
  return out;
}

std::vector<Reporter> list_reporters(Database& db, std::int64_t work_area, int year) {
  auto q = db.query(
      "SELECT r.id AS id, r.name AS name, r.speciality AS speciality FROM wijk_reporters r JOIN "
      "wijk_campaigns c ON c.id = r.campaign_id WHERE c.work_area_id = ? AND c.year = ? ORDER BY "
      "r.name, r.id");
  auto out = q.bind(work_area, year).all([](const Row& r) {
    return Reporter{r.int64("id"), r.text("name"), r.text("speciality"), {}};
  });
  for (auto& reporter : out)
    reporter.assignments =
        db.query(
              "SELECT id, held_on, wijk_code, subject FROM wijk_reporter_assignments WHERE "
              "reporter_id = ? ORDER BY held_on, id")
            .bind(reporter.id)
            .all([](const Row& r) {
              return ReporterAssignment{r.int64("id"), r.text("held_on"), r.text("wijk_code"),
                                        r.text("subject")};
            });
  return out;
}

}  // namespace leefbaar::store
