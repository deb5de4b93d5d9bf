// Demo data of the neighbourhood work: contact moments and signals in Assen's wijken in 2025,
// recorded by the welfare organisation (the demo wijkteam user, in Lariks and Pittelo) and by the
// corporation (the demo analist, in every wijk), with referrals, follow-up and notes. All of it
// synthetic and labelled "[Demo]"; addresses are taken from the sample's postcode table and
// resident references are "DEMO-nnnn". A few contact moments from 2022 and 2023 are past the
// default retention period, so the purge has something to do on the first start.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "demo/demo.hpp"
#include "store/audit.hpp"

namespace leefbaar::demo {

namespace {

// A deterministic pseudo-random number from a record number and a purpose (splitmix64).
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}
std::size_t pick(int record, int salt, std::size_t n) {
  return static_cast<std::size_t>(
      mix(static_cast<std::uint64_t>(record) * 131u + static_cast<std::uint64_t>(salt)) % n);
}

struct Buurt {
  std::string code, wijk;
};

struct Address {
  std::string postcode;
  int huisnummer = 0;
};

constexpr std::array<const char*, 11> kSignals = {
    "eenzaamheid", "verward_gedrag",    "overlast",   "jeugdoverlast",
    "geldzorgen",  "slechte_woning",    "vervuiling", "onveiligheid",
    "gezondheid",  "laaggeletterdheid", "anders"};
// How often each signal comes up (weights in the order above): loneliness and money worries
// most, as in the annual report's wijken.
constexpr std::array<int, 11> kWeights = {18, 6, 14, 8, 14, 12, 8, 9, 6, 3, 2};
constexpr std::array<const char*, 7> kKinds = {
    "huisbezoek", "telefoon", "spreekuur", "straatgesprek", "wijkvernieuwing", "email", "overleg"};
constexpr std::array<const char*, 7> kReferrals = {
    "welzijn", "sociaal_team", "buurtbemiddeling", "politie", "corporatie", "schuldhulp", "zorg"};

const char* weighted_signal(int record, int salt) {
  int total = 0;
  for (int w : kWeights) total += w;
  int r = static_cast<int>(pick(record, salt, static_cast<std::size_t>(total)));
  for (std::size_t i = 0; i < kWeights.size(); ++i) {
    if (r < kWeights[i]) return kSignals[i];
    r -= kWeights[i];
  }
  return kSignals[0];
}

std::string note_for(const std::string& signal) {
  if (signal == "eenzaamheid")
    return "[Demo] Synthetisch voorbeeld. Oudere bewoner heeft weinig contact in de buurt; "
           "interesse in de koffieochtend in het buurthuis.";
  if (signal == "geldzorgen")
    return "[Demo] Synthetisch voorbeeld. Bewoner maakt zich zorgen over de vaste lasten; "
           "achterstand in de huur dreigt.";
  if (signal == "overlast" || signal == "jeugdoverlast")
    return "[Demo] Synthetisch voorbeeld. Meerdere buren noemen geluidsoverlast in de avond.";
  if (signal == "slechte_woning")
    return "[Demo] Synthetisch voorbeeld. Vocht en schimmel in de badkamer; reparatieverzoek "
           "nog niet gedaan.";
  if (signal == "vervuiling")
    return "[Demo] Synthetisch voorbeeld. Tuin en galerij vervuild; bewoner lijkt het niet meer "
           "aan te kunnen.";
  if (signal == "verward_gedrag")
    return "[Demo] Synthetisch voorbeeld. Buren melden verward gedrag op straat.";
  return "[Demo] Synthetisch voorbeeld van een signaal achter de voordeur.";
}

std::string iso(int year, int month, int day) {
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

}  // namespace

void load_demo_signals(store::Database& db, const DemoContext& ctx) {
  store::Transaction transaction(db);
  // Assen's buurten per wijk, and a few addresses in each (from the sample's postcode table).
  std::vector<Buurt> buurten;
  {
    auto q = db.query(
        "SELECT DISTINCT code, wijk_code FROM areas WHERE work_area_id = ? AND kind = 'buurt' AND "
        "wijk_code LIKE 'WK0106%' ORDER BY code");
    q.bind(ctx.work_area);
    while (auto row = q.next()) buurten.push_back({row->text("code"), row->text("wijk_code")});
  }
  if (buurten.empty()) return;
  auto buurten_in = [&](const std::vector<std::string>& wijken) {
    std::vector<Buurt> out;
    for (const auto& b : buurten)
      for (const auto& w : wijken)
        if (b.wijk == w) out.push_back(b);
    return out;
  };
  auto address_in = [&](const std::string& buurt, int record) {
    auto q = db.query(
        "SELECT postcode, huisnummer FROM pc6hnr_rows WHERE work_area_id = ? AND buurt = ? ORDER "
        "BY postcode, huisnummer LIMIT 1 OFFSET ?");
    q.bind(ctx.work_area, buurt, pick(record, 7, 40));
    Address a;
    if (const auto row = q.next()) a = {row->text("postcode"), row->integer("huisnummer")};
    return a;
  };

  const std::string welzijn_user = "wijkteam@demo.leefbaar.nl";
  const std::string corporation_user = "analist@demo.leefbaar.nl";
  const std::vector<Buurt> team_buurten = buurten_in({"WK010601", "WK010604"});
  const std::vector<Buurt>& all_buurten = buurten;

  auto insert = db.query(
      "INSERT INTO signal_contacts (work_area_id, organisation_id, recorded_by, contact_date, "
      "wijk_code, buurt_code, kind, postcode, huisnummer, toevoeging, resident_ref, note, "
      "referral, follow_up_date, follow_up_status, done_on, created_at, updated_at) VALUES (?, ?, "
      "?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto item = db.query("INSERT OR IGNORE INTO signal_items (contact_id, kind) VALUES (?, ?)");
  auto note = db.query(
      "INSERT INTO signal_follow_up_notes (contact_id, note_date, note, written_by, created_at) "
      "VALUES (?, ?, ?, ?, ?)");
  int count = 0;
  auto add = [&](int record, bool welzijn, int year, int month, int day) {
    const auto& pool = welzijn ? team_buurten : all_buurten;
    if (pool.empty()) return;
    const Buurt& b = pool[pick(record, 1, pool.size())];
    const std::string date = iso(year, month, day);
    const std::string first = weighted_signal(record, 2);
    const bool follow_up = pick(record, 3, 10) < 6;  // six in ten need follow-up
    // Contacts from before September are mostly completed; later ones still open or in progress.
    std::string status = "geen";
    std::string done_on, follow_up_date, referral;
    if (follow_up) {
      referral = welzijn && pick(record, 4, 3) == 0
                     ? "sociaal_team"
                     : kReferrals[pick(record, 4, kReferrals.size())];
      const int fu_month = month == 12 ? 12 : month + 1;
      follow_up_date = iso(year, fu_month, std::min(day + 7, 28));
      if (year < 2025 || month < 9) {
        status = "afgerond";
        done_on = follow_up_date;
      } else {
        status = pick(record, 5, 2) == 0 ? "open" : "bezig";
      }
    }
    // As little personal data as the task needs: an address only when there is follow-up (and
    // no longer once it is completed long enough: the purge clears it), a reference sometimes.
    const Address a = follow_up ? address_in(b.code, record) : Address{};
    const bool has_address = !a.postcode.empty();
    const std::string stamp = date + "T10:00:00Z";
    insert
        .bind(ctx.work_area, welzijn ? ctx.welzijn : ctx.corporation,
              welzijn ? welzijn_user : corporation_user, date, b.wijk, b.code,
              kKinds[pick(record, 6, welzijn ? 4 : kKinds.size())])
        .bind(has_address ? std::optional<std::string>(a.postcode) : std::nullopt,
              has_address ? std::optional<int>(a.huisnummer) : std::nullopt,
              follow_up && welzijn && pick(record, 8, 3) == 0
                  ? std::optional<std::string>(fmt::format("DEMO-{:04d}", record))
                  : std::nullopt)
        .bind(follow_up ? std::optional<std::string>(note_for(first)) : std::nullopt,
              follow_up ? std::optional<std::string>(referral) : std::nullopt,
              follow_up ? std::optional<std::string>(follow_up_date) : std::nullopt, status,
              store::or_null(done_on), stamp, stamp)
        .run();
    const std::int64_t id = db.last_insert_id();
    for (int s = 0; s < 1 + static_cast<int>(pick(record, 9, 3) == 0); ++s)
      item.bind(id, s == 0 ? std::string(first) : std::string(weighted_signal(record, 10 + s)))
          .run();
    if (follow_up)
      note.bind(id, follow_up_date,
                status == "afgerond"
                    ? "[Demo] Synthetisch. Warm overgedragen; bewoner is geholpen."
                    : "[Demo] Synthetisch. Eerste afspraak gemaakt, nog niet afgerond.",
                welzijn ? welzijn_user : corporation_user, follow_up_date + "T12:00:00Z")
          .run();
    ++count;
  };

  // 2025: the welfare organisation about 10 a month in Lariks and Pittelo, the corporation about
  // 7 a month across the wijken. Record 1 is the welfare organisation's, in Lariks or Pittelo.
  int record = 1;
  for (int month = 1; month <= 12; ++month) {
    const int welzijn_n = 8 + static_cast<int>(pick(month, 20, 5));
    const int corporation_n = 5 + static_cast<int>(pick(month, 21, 5));
    for (int i = 0; i < welzijn_n + corporation_n; ++i, ++record)
      add(record, i < welzijn_n, 2025, month, 2 + static_cast<int>(pick(record, 22, 26)));
  }
  // Past the default retention period (24 months): removed by the purge on the first start.
  for (int i = 0; i < 8; ++i, ++record) add(record, i % 2 == 0, i < 4 ? 2022 : 2023, 1 + i, 10 + i);

  store::record_audit(db, {"demo", "create", fmt::format("signalen/werkgebied/{}", ctx.work_area),
                           fmt::format("{} synthetische contactmomenten (demo)", count), ""});
  transaction.commit();
}

}  // namespace leefbaar::demo
