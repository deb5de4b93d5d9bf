// The residents' portal side of initiatives: submissions and supports confirmed by an e-mail link
// (only the token's SHA-256 is kept; the mail waits in the outbox), the purge of what nobody
// confirmed, the rate limits, and the partnership's organisations.
#include <fmt/format.h>
#include <sodium.h>

#include <array>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
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

std::string verification(SQLite::Database& db, std::optional<std::int64_t> initiative,
                         std::optional<std::int64_t> support, std::int64_t outbox_id,
                         const std::string& token, TimePoint now) {
  SQLite::Statement q(db,
                      "INSERT INTO portal_verifications (token_sha256, initiative_id, support_id, "
                      "outbox_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)");
  q.bind(1, sha256_text(token));
  if (initiative) q.bind(2, *initiative);
  if (support) q.bind(3, *support);
  q.bind(4, outbox_id);
  q.bind(5, iso_utc(now));
  q.bind(6, iso_utc(now + kLinkLifetime));
  q.exec();
  return token;
}

// What the portal received but nobody confirmed within the link's lifetime: the e-mail addresses
// in the outbox, the supports (their addresses) and the initiatives are removed.
void purge_unconfirmed(SQLite::Database& db, TimePoint now) {
  const std::string expired = iso_utc(now);
  SQLite::Statement mails(db,
                          "UPDATE mail_outbox SET recipient = '', body = '' WHERE id IN (SELECT "
                          "outbox_id FROM portal_verifications WHERE used_at IS NULL AND "
                          "expires_at < ?)");
  mails.bind(1, expired);
  mails.exec();
  SQLite::Statement supports(db,
                             "DELETE FROM initiative_supports WHERE confirmed_at IS NULL AND id IN "
                             "(SELECT support_id FROM portal_verifications WHERE used_at IS NULL "
                             "AND expires_at < ?)");
  supports.bind(1, expired);
  const int s = supports.exec();
  SQLite::Statement initiatives(db,
                                "DELETE FROM initiatives WHERE state = 'onbevestigd' AND id IN "
                                "(SELECT initiative_id FROM portal_verifications WHERE used_at IS "
                                "NULL AND expires_at < ?)");
  initiatives.bind(1, expired);
  const int i = initiatives.exec();
  SQLite::Statement links(
      db, "DELETE FROM portal_verifications WHERE used_at IS NULL AND expires_at < ?");
  links.bind(1, expired);
  links.exec();
  if (s + i > 0)
    record_audit(
        db,
        {"systeem", "purge", "portal",
         fmt::format("{} onbevestigde steunbetuigingen, {} onbevestigde initiatieven", s, i), ""});
}

}  // namespace initiative_detail

using namespace initiative_detail;

std::string sha256_text(const std::string& text) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size());
  return hex(digest.data(), digest.size());
}

PortalMail submit_portal_initiative(Database& database, std::int64_t work_area,
                                    const NewInitiative& in, const std::string& email,
                                    const std::string& link_base, TimePoint now) {
  const std::string to = check_email(email);
  NewInitiative portal = in;
  portal.source = "portaal";
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  purge_unconfirmed(db, now);
  const std::int64_t id = insert_initiative(database, work_area, portal, now, "portaal");
  const std::string token = random_token();
  const std::string title(trim(in.title));
  const auto mail = queue_mail(
      db,
      {to, "Bevestig uw initiatief",
       fmt::format("Bedankt voor uw initiatief '{}'.\n\nBevestig het met deze link (7 dagen "
                   "geldig):\n{}{}\n\nHebt u niets ingediend? Dan kunt u deze e-mail negeren.\n",
                   title, link_base, token)},
      now);
  verification(db, id, std::nullopt, mail, token, now);
  transaction.commit();
  return {token, id};
}

PortalMail submit_portal_support(Database& database, std::int64_t work_area,
                                 std::int64_t initiative, const Address& address,
                                 const std::string& email, const std::string& link_base,
                                 TimePoint now) {
  const std::string to = check_email(email);
  auto& db = database.sql();
  const auto target = initiative_for_support(db, work_area, initiative);
  check_support_address(database, work_area, target, address);
  SQLite::Transaction transaction(db);
  purge_unconfirmed(db, now);
  refuse_second_support(db, initiative, address);
  SQLite::Statement q(db,
                      "INSERT INTO initiative_supports (initiative_id, address_key, source, "
                      "created_at) VALUES (?, ?, 'portaal', ?)");
  q.bind(1, initiative);
  q.bind(2, address.key());
  q.bind(3, iso_utc(now));
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
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
  record_audit(db, {"portaal", "create", fmt::format("initiative/{}/support/{}", initiative, id),
                    "steunbetuiging via het portaal, wacht op bevestiging", ""});
  transaction.commit();
  return {token, id};
}

Confirmation confirm_portal_token(Database& database, const std::string& token, TimePoint now) {
  auto& db = database.sql();
  if (token.size() != 48 || token.find_first_not_of("0123456789abcdef") != std::string::npos)
    throw FieldError("token",
                     "Deze bevestigingslink klopt niet. Kopieer de hele link uit de e-mail.");
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "SELECT v.id, v.initiative_id, v.support_id, v.outbox_id, v.expires_at, "
                      "v.used_at FROM portal_verifications v WHERE v.token_sha256 = ?");
  q.bind(1, sha256_text(token));
  if (!q.executeStep())
    throw FieldError("token",
                     "Deze bevestigingslink kennen we niet. Kopieer de hele link uit de e-mail.");
  const std::int64_t vid = q.getColumn(0).getInt64();
  if (!q.getColumn(5).isNull())
    throw FieldError("token", "Deze link is al gebruikt: uw bevestiging is binnen.");
  if (q.getColumn(4).getString() < iso_utc(now))
    throw FieldError("token", "Deze link is verlopen. Vul het formulier opnieuw in.");
  Confirmation out;
  std::int64_t work_area = 0;
  if (!q.getColumn(1).isNull()) {
    out.kind = "initiatief";
    out.initiative_id = q.getColumn(1).getInt64();
    SQLite::Statement u(db,
                        "UPDATE initiatives SET state = 'open' WHERE id = ? AND state = "
                        "'onbevestigd'");
    u.bind(1, out.initiative_id);
    u.exec();
  } else if (!q.getColumn(2).isNull()) {
    out.kind = "steun";
    const std::int64_t support = q.getColumn(2).getInt64();
    SQLite::Statement s(db,
                        "SELECT initiative_id, address_key FROM initiative_supports WHERE id = ?");
    s.bind(1, support);
    if (!s.executeStep()) throw FieldError("token", "Deze steunbetuiging bestaat niet meer.");
    out.initiative_id = s.getColumn(0).getInt64();
    SQLite::Statement dup(db,
                          "SELECT 1 FROM initiative_supports WHERE initiative_id = ? AND "
                          "address_key = ? AND confirmed_at IS NOT NULL");
    dup.bind(1, out.initiative_id);
    dup.bind(2, s.getColumn(1).getString());
    if (dup.executeStep())
      throw ConflictError(
          "Vanaf dit adres is dit initiatief al gesteund. Per adres telt één steunbetuiging.");
    SQLite::Statement u(db, "UPDATE initiative_supports SET confirmed_at = ? WHERE id = ?");
    u.bind(1, iso_utc(now));
    u.bind(2, support);
    u.exec();
  } else {
    throw FieldError("token", "Deze bevestigingslink kennen we niet.");
  }
  {
    SQLite::Statement t(db, "SELECT work_area_id, title FROM initiatives WHERE id = ?");
    t.bind(1, out.initiative_id);
    if (t.executeStep()) {
      work_area = t.getColumn(0).getInt64();
      out.title = t.getColumn(1).getString();
    }
  }
  SQLite::Statement used(db, "UPDATE portal_verifications SET used_at = ? WHERE id = ?");
  used.bind(1, iso_utc(now));
  used.bind(2, vid);
  used.exec();
  // The e-mail address was only needed to send the link: once it is used, it is removed.
  if (!q.getColumn(3).isNull()) {
    SQLite::Statement purge(db, "UPDATE mail_outbox SET recipient = '', body = '' WHERE id = ?");
    purge.bind(1, q.getColumn(3).getInt64());
    purge.exec();
  }
  if (out.kind == "steun")
    update_majority(db, work_area, out.initiative_id, now, load_majority_rule(database, work_area));
  record_audit(
      db, {"portaal", "confirm", fmt::format("initiative/{}", out.initiative_id), out.kind, ""});
  transaction.commit();
  return out;
}

bool over_rate_limit(Database& database, const std::string& key, int max_requests,
                     std::chrono::seconds window, TimePoint now) {
  auto& db = database.sql();
  const std::string hashed = sha256_text(key);
  const std::string since = iso_utc(now - window);
  SQLite::Transaction transaction(db);
  SQLite::Statement purge(db, "DELETE FROM portal_requests WHERE at < ?");
  purge.bind(1, iso_utc(now - std::chrono::hours(24)));
  purge.exec();
  SQLite::Statement q(db, "SELECT COUNT(*) FROM portal_requests WHERE key_sha256 = ? AND at >= ?");
  q.bind(1, hashed);
  q.bind(2, since);
  q.executeStep();
  const long long count = q.getColumn(0).getInt64();
  SQLite::Statement ins(db, "INSERT INTO portal_requests (key_sha256, at) VALUES (?, ?)");
  ins.bind(1, hashed);
  ins.bind(2, iso_utc(now));
  ins.exec();
  transaction.commit();
  return count >= max_requests;
}

std::optional<std::int64_t> portal_work_area(Database& database) {
  SQLite::Statement q(database.sql(), "SELECT id FROM work_areas ORDER BY id LIMIT 1");
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

namespace {
// The ids of the organisations of work area ?1: its owner and its partners.
constexpr const char* kPartnershipIds =
    "(SELECT organisation_id FROM work_areas WHERE id = ?1 UNION SELECT organisation_id FROM "
    "work_area_partners WHERE work_area_id = ?1)";
}  // namespace

void require_partnership_organisation(SQLite::Database& db, std::int64_t work_area,
                                      std::int64_t organisation, const std::string& field) {
  SQLite::Statement q(db, std::string("SELECT 1 WHERE ?2 IN ") + kPartnershipIds);
  q.bind(1, work_area);
  q.bind(2, organisation);
  if (!q.executeStep())
    throw FieldError(field, "Kies een organisatie van het samenwerkingsverband.");
}

std::vector<OrganisationRef> partnership_organisations(Database& database, std::int64_t work_area) {
  SQLite::Statement q(
      database.sql(),
      std::string("SELECT o.id, o.name, o.kind FROM organisations o WHERE o.id IN ") +
          kPartnershipIds + " ORDER BY o.id");
  q.bind(1, work_area);
  std::vector<OrganisationRef> out;
  while (q.executeStep())
    out.push_back(
        {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  return out;
}

}  // namespace leefbaar::store
