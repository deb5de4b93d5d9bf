// The residents' portal side of initiatives: submissions and supports confirmed by an e-mail link
// (only the token's SHA-256 is kept; the mail waits in the outbox), the purge of what nobody
// confirmed, the rate limits, and the partnership's organisations.
#include <fmt/format.h>
#include <sodium.h>

#include <array>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/initiatives.hpp"
#include "store/initiatives_internal.hpp"
#include "store/outbox.hpp"

namespace leefbaar::store {

namespace initiative_detail {

namespace {

constexpr auto kLinkLifetime = std::chrono::hours(24 * 7);

std::string hex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.resize(size * 2);
  return out;
}

}  // namespace

// 192 random bits as 48 hex digits (short enough for the page paths of the portal).
std::string random_token() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  std::array<unsigned char, 24> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return hex(bytes.data(), bytes.size());
}

std::string verification(Database& db, std::optional<std::int64_t> initiative,
                         std::optional<std::int64_t> support, std::int64_t outbox_id,
                         const std::string& token, TimePoint now) {
  db.query(
        "INSERT INTO portal_verifications (token_sha256, initiative_id, support_id, outbox_id, "
        "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(sha256_text(token), initiative, support, outbox_id, iso_utc(now),
            iso_utc(now + kLinkLifetime))
      .run();
  return token;
}

void forget_expired_mails(Database& db, const char* table, const std::string& expired) {
  db.query(fmt::format("UPDATE mail_outbox SET recipient = '', body = '' WHERE id IN (SELECT "
                       "outbox_id FROM {} WHERE used_at IS NULL AND expires_at < ?)",
                       table))
      .bind(expired)
      .run();
}

// What the portal received but nobody confirmed within the link's lifetime: the e-mail addresses
// in the outbox, the supports (their addresses) and the initiatives are removed.
PurgedUnconfirmed purge_unconfirmed(Database& db, TimePoint now) {
  const std::string expired = iso_utc(now);
  forget_expired_mails(db, "portal_verifications", expired);
  const int s = db.query(
                      "DELETE FROM initiative_supports WHERE confirmed_at IS NULL AND id IN "
                      "(SELECT support_id FROM portal_verifications WHERE used_at IS NULL AND "
                      "expires_at < ?)")
                    .bind(expired)
                    .run();
  const int i = db.query(
                      "DELETE FROM initiatives WHERE state = 'onbevestigd' AND id IN (SELECT "
                      "initiative_id FROM portal_verifications WHERE used_at IS NULL AND "
                      "expires_at < ?)")
                    .bind(expired)
                    .run();
  db.query("DELETE FROM portal_verifications WHERE used_at IS NULL AND expires_at < ?")
      .bind(expired)
      .run();
  return {s, i};
}

}  // namespace initiative_detail

using namespace initiative_detail;

std::string sha256_text(const std::string& text) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size());
  return hex(digest.data(), digest.size());
}

PortalMail submit_portal_initiative(Database& db, std::int64_t work_area, const NewInitiative& in,
                                    const std::string& email, const std::string& link_base,
                                    TimePoint now) {
  const std::string to = check_email(email);
  NewInitiative portal = in;
  portal.source = "portaal";
  Transaction transaction(db);
  const auto purged = purge_unconfirmed(db, now);
  const auto [id, title] = insert_initiative(db, work_area, portal, now, "portaal");
  const std::string token = random_token();
  const auto mail = queue_mail(
      db,
      {to, "Bevestig uw initiatief",
       fmt::format("Bedankt voor uw initiatief '{}'.\n\nBevestig het met deze link (7 dagen "
                   "geldig):\n{}{}\n\nHebt u niets ingediend? Dan kunt u deze e-mail negeren.\n",
                   title, link_base, token)},
      now);
  verification(db, id, std::nullopt, mail, token, now);
  transaction.commit();
  return {token, id, title, purged};
}

PortalMail submit_portal_support(Database& db, std::int64_t work_area, std::int64_t initiative,
                                 const Address& address, const std::string& email,
                                 const std::string& link_base, TimePoint now) {
  const std::string to = check_email(email);
  const auto target = initiative_for_support(db, work_area, initiative);
  check_support_address(db, work_area, target, address);
  Transaction transaction(db);
  const auto purged = purge_unconfirmed(db, now);
  refuse_second_support(db, initiative, address);
  db.query(
        "INSERT INTO initiative_supports (initiative_id, address_key, source, created_at) VALUES "
        "(?, ?, 'portaal', ?)")
      .bind(initiative, address.key(), iso_utc(now))
      .run();
  const std::int64_t id = db.last_insert_id();
  const std::string token = random_token();
  const auto mail = queue_mail(
      db,
      {to, "Bevestig uw steun",
       fmt::format("U wilt het initiatief '{}' steunen.\n\nBevestig uw steun met deze link (7 "
                   "dagen geldig):\n{}{}\n\nHebt u niets ingevuld? Dan kunt u deze e-mail "
                   "negeren.\n",
                   target.title, link_base, token)},
      now);
  verification(db, std::nullopt, id, mail, token, now);
  transaction.commit();
  return {token, id, target.title, purged};
}

namespace {

// A portal link as stored: for an initiative or for a support.
struct Verification {
  std::int64_t id = 0;
  std::optional<std::int64_t> initiative, support, outbox;
  std::string expires_at;
  bool used = false;
};

std::optional<Verification> find_verification(Database& db, const std::string& token) {
  auto q = db.query(
      "SELECT v.id AS id, v.initiative_id AS initiative_id, v.support_id AS support_id, "
      "v.outbox_id AS outbox_id, v.expires_at AS expires_at, v.used_at AS used_at FROM "
      "portal_verifications v WHERE v.token_sha256 = ?");
  q.bind(sha256_text(token));
  const auto row = q.next();
  if (!row) return std::nullopt;
  return Verification{row->int64("id"),
                      row->optional_int64("initiative_id"),
                      row->optional_int64("support_id"),
                      row->optional_int64("outbox_id"),
                      row->text("expires_at"),
                      !row->is_null("used_at")};
}

// Confirms a support; answers its initiative. FieldError when it is gone, ConflictError when the
// address supported meanwhile.
std::int64_t confirm_support(Database& db, std::int64_t support, TimePoint now) {
  std::int64_t initiative = 0;
  std::string address_key;
  {
    auto s = db.query("SELECT initiative_id, address_key FROM initiative_supports WHERE id = ?");
    s.bind(support);
    const auto row = s.next();
    if (!row) throw FieldError("token", "Deze steunbetuiging bestaat niet meer.");
    initiative = row->int64("initiative_id");
    address_key = row->text("address_key");
  }
  if (db.query("SELECT 1 FROM initiative_supports WHERE initiative_id = ? AND address_key = ? AND "
               "confirmed_at IS NOT NULL")
          .bind(initiative, address_key)
          .exists())
    throw ConflictError(
        "Vanaf dit adres is dit initiatief al gesteund. Per adres telt één steunbetuiging.");
  db.query("UPDATE initiative_supports SET confirmed_at = ? WHERE id = ?")
      .bind(iso_utc(now), support)
      .run();
  return initiative;
}

}  // namespace

PortalConfirmation confirm_portal_token(Database& db, const std::string& token, TimePoint now) {
  if (token.size() != 48 || token.find_first_not_of("0123456789abcdef") != std::string::npos)
    throw FieldError("token",
                     "Deze bevestigingslink klopt niet. Kopieer de hele link uit de e-mail.");
  Transaction transaction(db);
  const auto v = find_verification(db, token);
  if (!v)
    throw FieldError("token",
                     "Deze bevestigingslink kennen we niet. Kopieer de hele link uit de e-mail.");
  if (v->used) throw FieldError("token", "Deze link is al gebruikt: uw bevestiging is binnen.");
  if (v->expires_at < iso_utc(now))
    throw FieldError("token", "Deze link is verlopen. Vul het formulier opnieuw in.");
  Confirmation out;
  std::int64_t work_area = 0;
  if (v->initiative) {
    out.kind = "initiatief";
    out.initiative_id = *v->initiative;
    db.query("UPDATE initiatives SET state = 'open' WHERE id = ? AND state = 'onbevestigd'")
        .bind(out.initiative_id)
        .run();
  } else if (v->support) {
    out.kind = "steun";
    out.initiative_id = confirm_support(db, *v->support, now);
  } else {
    throw FieldError("token", "Deze bevestigingslink kennen we niet.");
  }
  {
    auto t = db.query("SELECT work_area_id, title FROM initiatives WHERE id = ?");
    t.bind(out.initiative_id);
    if (const auto row = t.next()) {
      work_area = row->int64("work_area_id");
      out.title = row->text("title");
    }
  }
  db.query("UPDATE portal_verifications SET used_at = ? WHERE id = ?")
      .bind(iso_utc(now), v->id)
      .run();
  // The e-mail address was only needed to send the link: once it is used, it is removed.
  if (v->outbox)
    db.query("UPDATE mail_outbox SET recipient = '', body = '' WHERE id = ?")
        .bind(*v->outbox)
        .run();
  std::optional<MajorityReached> majority;
  if (out.kind == "steun")
    majority =
        update_majority(db, work_area, out.initiative_id, now, load_majority_rule(db, work_area));
  transaction.commit();
  return {out, majority};
}

bool over_rate_limit(Database& db, const std::string& key, int max_requests,
                     std::chrono::seconds window, TimePoint now) {
  const std::string hashed = sha256_text(key);
  const std::string since = iso_utc(now - window);
  Transaction transaction(db);
  db.query("DELETE FROM portal_requests WHERE at < ?")
      .bind(iso_utc(now - std::chrono::hours(24)))
      .run();
  const long long count =
      db.query("SELECT COUNT(*) AS n FROM portal_requests WHERE key_sha256 = ? AND at >= ?")
          .bind(hashed, since)
          .first_int64("n")
          .value_or(0);
  db.query("INSERT INTO portal_requests (key_sha256, at) VALUES (?, ?)")
      .bind(hashed, iso_utc(now))
      .run();
  transaction.commit();
  return count >= max_requests;
}

std::optional<std::int64_t> portal_work_area(Database& db) {
  return db.query("SELECT id FROM work_areas ORDER BY id LIMIT 1").first_int64("id");
}

namespace {
// The ids of the organisations of work area ?1: its owner and its partners.
constexpr const char* kPartnershipIds =
    "(SELECT organisation_id FROM work_areas WHERE id = ?1 UNION SELECT organisation_id FROM "
    "work_area_partners WHERE work_area_id = ?1)";
}  // namespace

void require_partnership_organisation(Database& db, std::int64_t work_area,
                                      std::int64_t organisation, const std::string& field) {
  if (!db.query(std::string("SELECT 1 WHERE ?2 IN ") + kPartnershipIds)
           .bind(work_area, organisation)
           .exists())
    throw FieldError(field, "Kies een organisatie van het samenwerkingsverband.");
}

std::vector<OrganisationRef> partnership_organisations(Database& db, std::int64_t work_area) {
  auto q = db.query(std::string("SELECT o.id AS id, o.name AS name, o.kind AS kind FROM "
                                "organisations o WHERE o.id IN ") +
                    kPartnershipIds + " ORDER BY o.id");
  return q.bind(work_area).all([](const Row& r) {
    return OrganisationRef{r.int64("id"), r.text("name"), r.text("kind")};
  });
}

}  // namespace leefbaar::store
