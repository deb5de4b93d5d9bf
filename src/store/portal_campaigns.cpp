#include "store/portal_campaigns.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/text.hpp"
#include "store/households.hpp"
#include "store/initiatives_internal.hpp"
#include "store/outbox.hpp"

namespace leefbaar::store {

namespace {

constexpr auto kLinkLifetime = std::chrono::hours(24 * 7);

std::string clean(const std::string& value, const char* field, const char* missing,
                  std::size_t max) {
  std::string t(trim(value));
  if (t.empty()) throw FieldError(field, missing);
  if (t.size() > max) throw FieldError(field, fmt::format("Gebruik hoogstens {} tekens.", max));
  return t;
}

// "2026-12-05" -> "5-12-2026", as the pages write dates.
std::string dutch_date(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return fmt::format("{}-{}-{}", std::stoi(iso.substr(8, 2)), std::stoi(iso.substr(5, 2)),
                     iso.substr(0, 4));
}

// The same normalisation as the store's one-tree-per-street key (wijkwerk_activities.cpp).
std::string street_key(const std::string& street) {
  std::string out;
  for (char c : to_lower(trim(street)))
    if (c != ' ' && c != '-' && c != '.' && c != '\'') out += c;
  return out;
}

// A street name: letters (any script), digits, spaces and - . ' only, with at least two letters.
std::string check_street(const std::string& street) {
  const std::string s = clean(street, "street", "Vul de naam van uw straat in.", 80);
  int letters = 0;
  for (unsigned char c : s) {
    if (std::isalpha(c) || c >= 0x80)
      ++letters;
    else if (!std::isdigit(c) && c != ' ' && c != '-' && c != '.' && c != '\'')
      throw FieldError("street", "Vul alleen de naam van de straat in, zoals Kerkstraat.");
  }
  if (letters < 2) throw FieldError("street", "Vul de naam van uw straat in, zoals Kerkstraat.");
  return s;
}

// The buurt of a known address, by whichever register places it (see buurt_of_address).
std::optional<AreaRef> buurt_by_address(Database& db, std::int64_t work_area, const Address& a) {
  return buurt_of_address(db, work_area, a);
}

// As for the supports of an initiative: an addition the registers do not have is refused, so one
// household cannot ask twice under invented additions.
void require_known(Database& db, std::int64_t work_area, const Address& a) {
  require_register_address(db, work_area, a);
}

PortalCampaign require_open(Database& db, std::int64_t work_area, const std::string& kind,
                            const char* name, TimePoint now) {
  auto c = portal_campaign(db, work_area, kind, iso_utc(now).substr(0, 10));
  if (!c.open)
    throw ConflictError("campaign",
                        fmt::format("De {} is nu gesloten. U kunt weer meedoen vanaf {}.", name,
                                    dutch_date(c.opens_next)),
                        "closed");
  return c;
}

void refuse_taken_street(Database& db, const Campaign& c, const std::string& street) {
  if (db.query("SELECT 1 FROM wijk_tree_requests WHERE campaign_id = ? AND street_key = ?")
          .bind(c.id, street_key(street))
          .exists())
    throw ConflictError("street",
                        fmt::format("Voor de {} is in {} al een kerstboom aangevraagd. Per "
                                    "straat kan dat één keer per jaar.",
                                    street, c.year));
}

int purge(Database& db, TimePoint now) {
  const std::string expired = iso_utc(now);
  initiative_detail::forget_expired_mails(db, "portal_campaign_submissions", expired);
  const int n =
      db.query("DELETE FROM portal_campaign_submissions WHERE used_at IS NULL AND expires_at < ?")
          .bind(expired)
          .run();
  return n;
}

struct Pending {
  std::string kind, street, buurt, pickup_on, nominee, motivation;
  int year = 0;
};

PortalSubmission store_pending(Database& db, std::int64_t work_area, const Pending& p,
                               const std::string& email, const std::string& subject,
                               const std::string& what, const std::string& link_base,
                               TimePoint now) {
  Transaction transaction(db);
  const int purged = purge(db, now);
  const std::string token = initiative_detail::random_token();
  const auto mail = queue_mail(
      db,
      {email, subject,
       fmt::format("{}\n\nBevestig het met deze link (7 dagen geldig):\n{}{}\n\nHebt u niets "
                   "ingevuld? Dan kunt u deze e-mail negeren.\n",
                   what, link_base, token)},
      now);
  const std::int64_t id =
      db.query(
            R"sql(
            INSERT INTO portal_campaign_submissions
              (work_area_id, kind, year, street, buurt_code, pickup_on, nominee, motivation,
               token_sha256, outbox_id, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql")
          .bind(work_area, p.kind, p.year, or_null(p.street), p.buurt, or_null(p.pickup_on),
                or_null(p.nominee), or_null(p.motivation), sha256_text(token), mail, iso_utc(now),
                iso_utc(now + kLinkLifetime))
          .insert();
  transaction.commit();
  return {token, id, p.kind, p.buurt, purged};
}

// A submission waiting for its link, as stored.
struct Submission {
  std::int64_t id = 0, work_area = 0;
  std::string kind;
  int year = 0;
  std::string street, buurt, pickup_on, nominee, motivation;
  std::int64_t outbox = 0;
  std::string expires_at;
  bool used = false;
};

// A tree request or nomination as the confirmed submission makes it.
template <typename Entry>
Entry from_portal(const Submission& s) {
  Entry e;
  e.buurt_code = s.buurt;
  e.source = "portaal";
  return e;
}

std::optional<Submission> find_submission(Database& db, const std::string& token) {
  auto q = db.query(
      "SELECT id, work_area_id, kind, year, street, buurt_code, pickup_on, nominee, motivation, "
      "outbox_id, expires_at, used_at FROM portal_campaign_submissions WHERE token_sha256 = ?");
  q.bind(sha256_text(token));
  const auto row = q.next();
  if (!row) return std::nullopt;
  Submission s;
  s.id = row->int64("id");
  s.work_area = row->int64("work_area_id");
  s.kind = row->text("kind");
  s.year = row->integer("year");
  s.street = row->text("street");
  s.buurt = row->text("buurt_code");
  s.pickup_on = row->text("pickup_on");
  s.nominee = row->text("nominee");
  s.motivation = row->text("motivation");
  s.outbox = row->optional_int64("outbox_id").value_or(0);
  s.expires_at = row->text("expires_at");
  s.used = !row->is_null("used_at");
  return s;
}

}  // namespace

std::vector<std::string> tree_pickup_days(int year, const std::string& today) {
  using namespace std::chrono;
  std::vector<std::string> out;
  for (unsigned d = 1; d <= 24; ++d) {
    const year_month_day ymd{std::chrono::year{year}, December, day{d}};
    if (weekday{sys_days{ymd}} != Saturday) continue;
    const std::string iso = fmt::format("{}-12-{:02}", year, d);
    if (iso > today) out.push_back(iso);
  }
  return out;
}

PortalCampaign portal_campaign(Database& db, std::int64_t work_area, const std::string& kind,
                               const std::string& today) {
  if (kind != "kerstbomen" && kind != "superbuur")
    throw FieldError("kind", "Kies de actie: kerstbomen of superbuur.");
  if (today.size() != 10 || !is_iso_date(today))
    throw FieldError("today", "Geef de dag als JJJJ-MM-DD.");
  const int year = std::stoi(today.substr(0, 4));
  PortalCampaign out;
  auto ensure = [&](int of_year) {
    auto c = ensure_campaign(db, work_area, kind, of_year);
    if (c.made) out.made.push_back(c.campaign);
    return c.campaign;
  };
  out.campaign = ensure(year);
  out.open = campaign_open(out.campaign, today);
  if (!out.open)
    out.opens_next =
        today < out.campaign.opens_on ? out.campaign.opens_on : ensure(year + 1).opens_on;
  if (out.open && kind == "kerstbomen") out.pickup_days = tree_pickup_days(year, today);
  return out;
}

EnsuredCampaign set_campaign_intake(Database& db, std::int64_t work_area, const std::string& kind,
                                    int year, const std::string& opens_on,
                                    const std::string& closes_on) {
  if (!is_iso_date(opens_on)) throw FieldError("opens_on", "Geef de begindatum als JJJJ-MM-DD.");
  if (!is_iso_date(closes_on)) throw FieldError("closes_on", "Geef de einddatum als JJJJ-MM-DD.");
  if (closes_on < opens_on) throw FieldError("closes_on", "De einddatum ligt voor de begindatum.");
  Transaction transaction(db);
  auto c = ensure_campaign(db, work_area, kind, year);
  db.query("UPDATE wijk_campaigns SET opens_on = ?, closes_on = ? WHERE id = ?")
      .bind(opens_on, closes_on, c.campaign.id)
      .run();
  transaction.commit();
  c.campaign.opens_on = opens_on;
  c.campaign.closes_on = closes_on;
  return c;
}

PortalSubmission submit_portal_tree(Database& db, std::int64_t work_area,
                                    const PortalTreeRequest& in, const std::string& link_base,
                                    TimePoint now) {
  const auto c = require_open(db, work_area, "kerstbomen", "kerstbomenactie", now);
  const std::string email = check_email(in.email);
  const std::string street = check_street(in.street);
  require_known(db, work_area, in.address);
  auto area = buurt_by_address(db, work_area, in.address);
  if (!area && !in.buurt_code.empty()) area = find_buurt(db, work_area, in.buurt_code);
  if (!area) throw FieldError("buurt", "Kies uw buurt: bij dit adres vinden we de buurt niet.");
  const auto& days = c.pickup_days;
  if (!days.empty() && std::find(days.begin(), days.end(), in.pickup_on) == days.end())
    throw FieldError("pickup_on", "Kies de dag waarop u de kerstboom ophaalt.");
  refuse_taken_street(db, c.campaign, street);
  Pending p;
  p.kind = "kerstboom";
  p.year = c.campaign.year;
  p.street = street;
  p.buurt = area->buurt;
  p.pickup_on = days.empty() ? std::string{} : in.pickup_on;
  return store_pending(
      db, work_area, p, email, "Bevestig uw aanvraag voor een kerstboom",
      fmt::format("U vraagt een kerstboom aan voor de {} ({}){}.", street, area->buurt_name,
                  p.pickup_on.empty() ? "" : ", op te halen op " + dutch_date(p.pickup_on)),
      link_base, now);
}

PortalSubmission submit_portal_nomination(Database& db, std::int64_t work_area,
                                          const PortalNomination& in, const std::string& link_base,
                                          TimePoint now) {
  const auto c = require_open(db, work_area, "superbuur", "superbuuractie", now);
  const std::string email = check_email(in.email);
  const std::string nominee = clean(in.nominee, "nominee", "Vul de naam van de superbuur in.", 120);
  const std::string motivation =
      clean(in.motivation, "motivation", "Vertel waarom deze buur een superbuur is.", 2000);
  std::optional<AreaRef> area;
  if (in.address) {
    require_known(db, work_area, *in.address);
    area = buurt_by_address(db, work_area, *in.address);
    if (!area)
      throw FieldError("postcode",
                       "Bij dit adres vinden we de buurt niet. Kies de buurt in plaats van het "
                       "adres.");
  } else {
    if (!in.buurt_code.empty()) area = find_buurt(db, work_area, in.buurt_code);
    if (!area) throw FieldError("buurt", "Kies de buurt van de superbuur, of vul het adres in.");
  }
  Pending p;
  p.kind = "superbuur";
  p.year = c.campaign.year;
  p.buurt = area->buurt;
  p.nominee = nominee;
  p.motivation = motivation;
  return store_pending(
      db, work_area, p, email, "Bevestig uw nominatie voor superbuur",
      fmt::format("U nomineert {} uit {} als superbuur.", nominee, area->buurt_name), link_base,
      now);
}

CampaignConfirmed confirm_campaign_token(Database& db, const std::string& token, TimePoint now) {
  if (token.size() != 48 || token.find_first_not_of("0123456789abcdef") != std::string::npos)
    throw FieldError("token",
                     "Deze bevestigingslink klopt niet. Kopieer de hele link uit de e-mail.");
  const auto s = find_submission(db, token);
  if (!s)
    throw FieldError("token",
                     "Deze bevestigingslink kennen we niet. Kopieer de hele link uit de e-mail.");
  CampaignConfirmed out;
  out.confirmation.kind = s->kind;
  out.confirmation.year = s->year;
  out.submission = s->id;
  out.buurt = s->buurt;
  if (s->used) throw FieldError("token", "Deze link is al gebruikt: uw bevestiging is binnen.");
  if (s->expires_at < iso_utc(now))
    throw FieldError("token", "Deze link is verlopen. Vul het formulier opnieuw in.");
  // The campaign functions keep their own transactions (savepoints in the caller's).
  auto forget = [&](bool keep_as_used) {
    Transaction transaction(db);
    if (keep_as_used) {
      db.query(
            "UPDATE portal_campaign_submissions SET used_at = ?, record_id = ?, nominee = NULL, "
            "motivation = NULL WHERE id = ?")
          .bind(iso_utc(now), out.confirmation.record_id, s->id)
          .run();
    } else {
      db.query("DELETE FROM portal_campaign_submissions WHERE id = ?").bind(s->id).run();
    }
    // The e-mail address was only needed to send the link.
    db.query("UPDATE mail_outbox SET recipient = '', body = '' WHERE id = ?").bind(s->outbox).run();
    transaction.commit();
  };
  try {
    if (out.confirmation.kind == "kerstboom") {
      auto t = from_portal<TreeRequest>(*s);
      t.street = out.confirmation.what = s->street;
      t.pickup_on = s->pickup_on;
      out.entry = request_christmas_tree(db, s->work_area, out.confirmation.year, t, "portaal");
    } else {
      auto n = from_portal<SuperbuurNomination>(*s);
      n.nominee = out.confirmation.what = s->nominee;
      n.motivation = s->motivation;
      out.entry = nominate_superbuur(db, s->work_area, out.confirmation.year, n, "portaal");
    }
  } catch (const ConflictError& e) {
    forget(false);  // the street got its tree meanwhile: this request can never be granted
    out.refused = e;
    return out;
  }
  out.confirmation.record_id = out.entry.id;
  forget(true);
  return out;
}

int purge_unconfirmed_campaign_submissions(Database& db, TimePoint now) {
  Transaction transaction(db);
  const int n = purge(db, now);
  transaction.commit();
  return n;
}

}  // namespace leefbaar::store
