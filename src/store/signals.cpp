#include "store/signals.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"

namespace leefbaar::store {

using namespace neighbourhood;

namespace {

constexpr std::size_t kMaxNote = 2000;
constexpr std::size_t kMaxRef = 60;

bool in(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

std::string trimmed(const std::string& s) {
  return std::string(trim(s));
}

// A date in YYYY-MM-DD that exists; FieldError otherwise.
std::string checked_date(const std::string& field, const std::string& text, bool required) {
  const std::string t = trimmed(text);
  if (t.empty()) {
    if (required) throw FieldError(field, "Vul een datum in.");
    return {};
  }
  const auto day = parse_day(t);
  const int year = day ? static_cast<int>(std::chrono::year_month_day{*day}.year()) : 0;
  if (year < 1900 || year > 2999)
    throw FieldError(field, "Vul een geldige datum in, zoals 2025-03-14.");
  return t;
}

struct Address {
  std::string postcode, toevoeging;
  int huisnummer = 0;
};

Address checked_address(const std::string& postcode, const std::string& huisnummer,
                        const std::string& toevoeging) {
  Address a;
  a.postcode = normalise_postcode(postcode);
  const std::string nr = trimmed(huisnummer);
  a.toevoeging = to_upper(trim(toevoeging));
  if (a.postcode.empty() && nr.empty() && a.toevoeging.empty()) return a;
  const bool pc_ok = a.postcode.size() == 6 && a.postcode[0] >= '1' && a.postcode[0] <= '9' &&
                     std::all_of(a.postcode.begin(), a.postcode.begin() + 4,
                                 [](char c) { return c >= '0' && c <= '9'; }) &&
                     std::all_of(a.postcode.begin() + 4, a.postcode.end(),
                                 [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!pc_ok) throw FieldError("postcode", "Vul een postcode in zoals 9401 AB.");
  const auto n = parse_integer(nr);
  if (!n || *n < 1 || *n > 99999)
    throw FieldError("huisnummer", "Vul een huisnummer in (alleen cijfers, zoals 12).");
  a.huisnummer = static_cast<int>(*n);
  if (a.toevoeging.size() > 10)
    throw FieldError("toevoeging", "Gebruik een toevoeging van hoogstens 10 tekens.");
  return a;
}

void bind_text_or_null(SQLite::Statement& q, int i, const std::string& v) {
  if (v.empty()) {
    q.bind(i);
  } else {
    q.bind(i, v);
  }
}

std::string column_text(SQLite::Statement& q, int i) {
  return q.getColumn(i).isNull() ? std::string{} : q.getColumn(i).getString();
}

void check_wijk(SQLite::Database& db, std::int64_t work_area, const std::string& wijk,
                const std::string& buurt) {
  SQLite::Statement w(
      db, "SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'wijk' AND code = ? LIMIT 1");
  w.bind(1, work_area);
  w.bind(2, wijk);
  if (!w.executeStep()) throw FieldError("wijk", "Kies een wijk uit de lijst.");
  if (buurt.empty()) return;
  SQLite::Statement b(db,
                      "SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'buurt' AND code = ? "
                      "AND wijk_code = ? LIMIT 1");
  b.bind(1, work_area);
  b.bind(2, buurt);
  b.bind(3, wijk);
  if (!b.executeStep()) throw FieldError("buurt", "Kies een buurt in de gekozen wijk.");
}

constexpr const char* kSelectContact =
    "SELECT c.id, c.organisation_id, o.name, c.recorded_by, c.contact_date, c.wijk_code, "
    "c.buurt_code, c.kind, c.postcode, c.huisnummer, c.toevoeging, c.resident_ref, c.note, "
    "c.referral, c.follow_up_date, c.follow_up_status, c.done_on, c.created_at, c.updated_at "
    "FROM signal_contacts c JOIN organisations o ON o.id = c.organisation_id ";

ContactMoment contact_of(SQLite::Statement& q, bool with_personal_data) {
  ContactMoment c;
  c.id = q.getColumn(0).getInt64();
  c.organisation_id = q.getColumn(1).getInt64();
  c.organisation = q.getColumn(2).getString();
  c.recorded_by = q.getColumn(3).getString();
  c.date = q.getColumn(4).getString();
  c.wijk = q.getColumn(5).getString();
  c.buurt = column_text(q, 6);
  c.kind = q.getColumn(7).getString();
  if (with_personal_data) {
    c.postcode = column_text(q, 8);
    c.huisnummer = q.getColumn(9).isNull() ? 0 : q.getColumn(9).getInt();
    c.toevoeging = column_text(q, 10);
    c.resident_ref = column_text(q, 11);
    c.note = column_text(q, 12);
  }
  c.referral = column_text(q, 13);
  c.follow_up_date = column_text(q, 14);
  c.follow_up_status = q.getColumn(15).getString();
  c.done_on = column_text(q, 16);
  c.created_at = q.getColumn(17).getString();
  c.updated_at = q.getColumn(18).getString();
  return c;
}

void load_signals(SQLite::Database& db, ContactMoment& c) {
  SQLite::Statement q(db, "SELECT kind FROM signal_items WHERE contact_id = ? ORDER BY kind");
  q.bind(1, c.id);
  while (q.executeStep()) c.signals.push_back(q.getColumn(0).getString());
}

void load_notes(SQLite::Database& db, ContactMoment& c) {
  SQLite::Statement q(db,
                      "SELECT id, note_date, note, written_by FROM signal_follow_up_notes WHERE "
                      "contact_id = ? ORDER BY note_date, id");
  q.bind(1, c.id);
  while (q.executeStep())
    c.notes.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                       q.getColumn(2).getString(), q.getColumn(3).getString()});
}

// Whether the contact has personal data beyond its signals (for the list, without reading it).
bool has_personal(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db,
                      "SELECT (postcode IS NOT NULL OR resident_ref IS NOT NULL OR note IS NOT "
                      "NULL OR EXISTS (SELECT 1 FROM signal_follow_up_notes n WHERE n.contact_id "
                      "= c.id)) FROM signal_contacts c WHERE id = ?");
  q.bind(1, id);
  return q.executeStep() && q.getColumn(0).getInt() != 0;
}

// The contact's organisation and wijk, for the access check; nullopt when not found.
std::optional<std::pair<std::int64_t, std::string>> owner_of(SQLite::Database& db,
                                                             std::int64_t work_area,
                                                             std::int64_t id) {
  SQLite::Statement q(db,
                      "SELECT organisation_id, wijk_code FROM signal_contacts WHERE work_area_id "
                      "= ? AND id = ?");
  q.bind(1, work_area);
  q.bind(2, id);
  if (!q.executeStep()) return std::nullopt;
  return std::make_pair(q.getColumn(0).getInt64(), q.getColumn(1).getString());
}

std::vector<std::int64_t> resident_contact_ids(SQLite::Database& db, std::int64_t work_area,
                                               const ResidentQuery& query) {
  const std::string ref = trimmed(query.resident_ref);
  const bool by_address = !trimmed(query.postcode).empty() || !trimmed(query.huisnummer).empty();
  if (!by_address && ref.empty())
    throw FieldError("postcode", "Vul een adres (postcode en huisnummer) of een referentie in.");
  std::vector<std::int64_t> ids;
  if (by_address) {
    const Address a = checked_address(query.postcode, query.huisnummer, query.toevoeging);
    // Without an addition: every addition at that number (the request is about the address).
    SQLite::Statement q(db,
                        "SELECT id FROM signal_contacts WHERE work_area_id = ? AND "
                        "organisation_id = ? AND postcode = ? AND huisnummer = ? AND (? = '' OR "
                        "COALESCE(toevoeging, '') = ?)");
    q.bind(1, work_area);
    q.bind(2, query.organisation);
    q.bind(3, a.postcode);
    q.bind(4, a.huisnummer);
    q.bind(5, a.toevoeging);
    q.bind(6, a.toevoeging);
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  }
  if (!ref.empty()) {
    SQLite::Statement q(
        db,
        "SELECT id FROM signal_contacts WHERE work_area_id = ? AND organisation_id = ? AND "
        "lower(resident_ref) = ?");
    q.bind(1, work_area);
    q.bind(2, query.organisation);
    q.bind(3, to_lower(ref));
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

std::int64_t record_contact(Database& database, std::int64_t work_area, const User& by,
                            const ContactInput& input, std::chrono::system_clock::time_point now) {
  if (!may_record_signals(by)) throw SignalAccessDenied();
  auto& db = database.sql();
  const std::string today = day_text(now);
  const std::string date = checked_date("date", input.date, true);
  if (date > today)
    throw FieldError("date", "De datum ligt in de toekomst. Kies vandaag of eerder.");
  const std::string wijk = trimmed(input.wijk), buurt = trimmed(input.buurt);
  if (wijk.empty()) throw FieldError("wijk", "Kies de wijk.");
  if (!may_record_in(by, wijk))
    throw FieldError("wijk", "U werkt niet in deze wijk. Kies een van uw wijken.");
  if (!in(contact_kinds(), input.kind)) throw FieldError("kind", "Kies het soort contact.");
  std::set<std::string> signals;
  for (const auto& s : input.signals) {
    if (!in(signal_kinds(), s)) throw FieldError("signals", "Kies signalen uit de lijst.");
    signals.insert(s);
  }
  if (signals.empty()) throw FieldError("signals", "Kies ten minste één signaal.");
  const std::string referral = trimmed(input.referral);
  if (!referral.empty() && !in(referral_kinds(), referral))
    throw FieldError("referral", "Kies een doorverwijzing uit de lijst.");
  const std::string status = input.follow_up_status.empty() ? "geen" : input.follow_up_status;
  if (!in(follow_up_statuses(), status))
    throw FieldError("follow_up_status", "Kies de stand van de opvolging.");
  const std::string follow_up_date = checked_date("follow_up_date", input.follow_up_date, false);
  if (!follow_up_date.empty() && follow_up_date < date)
    throw FieldError("follow_up_date", "De datum van de opvolging ligt vóór het contact.");
  const Address a = checked_address(input.postcode, input.huisnummer, input.toevoeging);
  const std::string ref = trimmed(input.resident_ref);
  if (ref.size() > kMaxRef)
    throw FieldError("resident_ref", "Gebruik een referentie van hoogstens 60 tekens.");
  const std::string note = trimmed(input.note);
  if (note.size() > kMaxNote)
    throw FieldError("note", "Houd de notitie kort: hoogstens 2000 tekens.");
  // As little personal data as the task needs: an address or reference only for follow-up.
  if (!needs_follow_up(referral, status) && (!a.postcode.empty() || !ref.empty()))
    throw FieldError(!a.postcode.empty() ? "postcode" : "resident_ref",
                     "Vul alleen een adres of referentie in als er opvolging nodig is (een "
                     "doorverwijzing of opvolging open). Zonder opvolging blijft het contact "
                     "anoniem.");
  SQLite::Transaction transaction(db);
  check_wijk(db, work_area, wijk, buurt);
  const std::string stamp = iso_utc(now);
  SQLite::Statement q(
      db,
      "INSERT INTO signal_contacts (work_area_id, organisation_id, recorded_by, contact_date, "
      "wijk_code, buurt_code, kind, postcode, huisnummer, toevoeging, resident_ref, note, "
      "referral, follow_up_date, follow_up_status, done_on, created_at, updated_at) VALUES (?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, work_area);
  q.bind(2, by.organisation_id);
  q.bind(3, by.email);
  q.bind(4, date);
  q.bind(5, wijk);
  bind_text_or_null(q, 6, buurt);
  q.bind(7, input.kind);
  bind_text_or_null(q, 8, a.postcode);
  if (a.huisnummer > 0) {
    q.bind(9, a.huisnummer);
  } else {
    q.bind(9);
  }
  bind_text_or_null(q, 10, a.toevoeging);
  bind_text_or_null(q, 11, ref);
  bind_text_or_null(q, 12, note);
  bind_text_or_null(q, 13, referral);
  bind_text_or_null(q, 14, follow_up_date);
  q.bind(15, status);
  bind_text_or_null(q, 16, status == "afgerond" ? today : std::string{});
  q.bind(17, stamp);
  q.bind(18, stamp);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  SQLite::Statement item(db, "INSERT INTO signal_items (contact_id, kind) VALUES (?, ?)");
  for (const auto& s : signals) {
    item.bind(1, id);
    item.bind(2, s);
    item.exec();
    item.reset();
  }
  record_audit(db, {by.email, "create", fmt::format("signaal/{}", id),
                    fmt::format("contactmoment in {} met {} signalen", wijk, signals.size()),
                    "vastleggen contactmoment"});
  transaction.commit();
  return id;
}

std::vector<ContactMoment> list_contacts(Database& database, std::int64_t work_area,
                                         const User& viewer, int year, const std::string& purpose) {
  auto& db = database.sql();
  std::vector<ContactMoment> out;
  if (!is_staff(viewer.role)) return out;
  SQLite::Transaction transaction(db);
  // Every contact moment of the year, kept only where may_see_details allows: the rule lives once.
  const DetailSharing sharing = load_sharing(database, work_area);
  SQLite::Statement q(db, std::string(kSelectContact) +
                              "WHERE c.work_area_id = ? AND (? = 0 OR substr(c.contact_date, 1, "
                              "4) = ?) ORDER BY c.contact_date DESC, c.id DESC");
  q.bind(1, work_area);
  q.bind(2, year);
  q.bind(3, fmt::format("{:04d}", year));
  while (q.executeStep()) {
    ContactMoment c = contact_of(q, false);
    if (may_see_details(viewer, c.organisation_id, c.wijk, sharing)) out.push_back(std::move(c));
  }
  for (auto& c : out) {
    load_signals(db, c);
    c.has_personal_data = has_personal(db, c.id);
  }
  record_audit(db, {viewer.email, "read", fmt::format("signalen/werkgebied/{}", work_area),
                    fmt::format("lijst van {} contactmomenten", out.size()), purpose});
  transaction.commit();
  return out;
}

bool contact_exists(Database& database, std::int64_t work_area, std::int64_t id) {
  return owner_of(database.sql(), work_area, id).has_value();
}

std::optional<ContactMoment> read_contact(Database& database, std::int64_t work_area,
                                          const User& viewer, std::int64_t id,
                                          const std::string& purpose) {
  auto& db = database.sql();
  const auto owner = owner_of(db, work_area, id);
  if (!owner) return std::nullopt;
  if (!may_see_details(viewer, owner->first, owner->second, load_sharing(database, work_area))) {
    // Refusals are logged too: who tried to read what.
    record_audit(db, {viewer.email, "read_refused", fmt::format("signaal/{}", id), "", purpose});
    throw SignalAccessDenied();
  }
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db, std::string(kSelectContact) + "WHERE c.work_area_id = ? AND c.id = ?");
  q.bind(1, work_area);
  q.bind(2, id);
  q.executeStep();
  ContactMoment c = contact_of(q, true);
  load_signals(db, c);
  load_notes(db, c);
  c.has_personal_data =
      !c.postcode.empty() || !c.resident_ref.empty() || !c.note.empty() || !c.notes.empty();
  record_audit(db, {viewer.email, "read", fmt::format("signaal/{}", id), "details", purpose});
  transaction.commit();
  return c;
}

bool update_follow_up(Database& database, std::int64_t work_area, const User& by, std::int64_t id,
                      const FollowUpChange& change, std::chrono::system_clock::time_point now) {
  auto& db = database.sql();
  const auto owner = owner_of(db, work_area, id);
  if (!owner) return false;
  if (!may_see_details(by, owner->first, owner->second, load_sharing(database, work_area)))
    throw SignalAccessDenied();
  SQLite::Transaction transaction(db);
  SQLite::Statement cur(db,
                        "SELECT contact_date, referral, follow_up_date, follow_up_status, done_on "
                        "FROM signal_contacts WHERE id = ?");
  cur.bind(1, id);
  cur.executeStep();
  const std::string date = cur.getColumn(0).getString();
  std::string referral = column_text(cur, 1), follow_up_date = column_text(cur, 2);
  std::string status = cur.getColumn(3).getString(), done_on = column_text(cur, 4);
  std::vector<std::string> changed;
  if (change.referral) {
    const std::string r = trimmed(*change.referral);
    if (!r.empty() && !in(referral_kinds(), r))
      throw FieldError("referral", "Kies een doorverwijzing uit de lijst.");
    if (r != referral) changed.push_back("doorverwijzing");
    referral = r;
  }
  if (change.follow_up_date) {
    const std::string d = checked_date("follow_up_date", *change.follow_up_date, false);
    if (!d.empty() && d < date)
      throw FieldError("follow_up_date", "De datum van de opvolging ligt vóór het contact.");
    if (d != follow_up_date) changed.push_back("datum opvolging");
    follow_up_date = d;
  }
  if (change.follow_up_status) {
    if (!in(follow_up_statuses(), *change.follow_up_status))
      throw FieldError("follow_up_status", "Kies de stand van de opvolging.");
    if (*change.follow_up_status != status) {
      changed.push_back("stand opvolging");
      status = *change.follow_up_status;
      done_on = status == "afgerond" ? day_text(now) : std::string{};
    }
  }
  if (changed.empty()) return true;
  SQLite::Statement q(db,
                      "UPDATE signal_contacts SET referral = ?, follow_up_date = ?, "
                      "follow_up_status = ?, done_on = ?, updated_at = ? WHERE id = ?");
  bind_text_or_null(q, 1, referral);
  bind_text_or_null(q, 2, follow_up_date);
  q.bind(3, status);
  bind_text_or_null(q, 4, done_on);
  q.bind(5, iso_utc(now));
  q.bind(6, id);
  q.exec();
  record_audit(db, {by.email, "update", fmt::format("signaal/{}", id), join(changed, ", "),
                    "opvolging signaal"});
  transaction.commit();
  return true;
}

std::optional<std::int64_t> add_follow_up_note(Database& database, std::int64_t work_area,
                                               const User& by, std::int64_t id,
                                               const std::string& note,
                                               std::chrono::system_clock::time_point now) {
  auto& db = database.sql();
  const auto owner = owner_of(db, work_area, id);
  if (!owner) return std::nullopt;
  if (!may_see_details(by, owner->first, owner->second, load_sharing(database, work_area)))
    throw SignalAccessDenied();
  const std::string text = trimmed(note);
  if (text.empty()) throw FieldError("note", "Schrijf wat er is gedaan of afgesproken.");
  if (text.size() > kMaxNote)
    throw FieldError("note", "Houd de notitie kort: hoogstens 2000 tekens.");
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO signal_follow_up_notes (contact_id, note_date, note, "
                      "written_by, created_at) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, id);
  q.bind(2, day_text(now));
  q.bind(3, text);
  q.bind(4, by.email);
  q.bind(5, iso_utc(now));
  q.exec();
  const std::int64_t note_id = db.getLastInsertRowid();
  SQLite::Statement touch(db, "UPDATE signal_contacts SET updated_at = ? WHERE id = ?");
  touch.bind(1, iso_utc(now));
  touch.bind(2, id);
  touch.exec();
  record_audit(db, {by.email, "create", fmt::format("signaal/{}/notitie/{}", id, note_id), "",
                    "opvolging signaal"});
  transaction.commit();
  return note_id;
}

std::vector<SignalArea> signal_areas(Database& database, std::int64_t work_area) {
  SQLite::Statement q(database.sql(),
                      "SELECT DISTINCT code, name, COALESCE(wijk_code, ''), kind FROM areas WHERE "
                      "work_area_id = ? AND kind IN ('wijk', 'buurt') ORDER BY kind DESC, code");
  q.bind(1, work_area);
  std::vector<SignalArea> out;
  while (q.executeStep())
    out.push_back(
        {q.getColumn(0).getString(), q.getColumn(1).getString(),
         q.getColumn(3).getString() == "wijk" ? std::string{} : q.getColumn(2).getString()});
  return out;
}

std::vector<SignalCount> count_signals(Database& database, std::int64_t work_area, int year) {
  SQLite::Statement q(
      database.sql(),
      "SELECT month, wijk, kind, sum(n) FROM (SELECT substr(c.contact_date, 1, 7) AS month, "
      "c.wijk_code AS wijk, i.kind AS kind, count(*) AS n FROM signal_contacts c JOIN "
      "signal_items i ON i.contact_id = c.id WHERE c.work_area_id = ? GROUP BY 1, 2, 3 UNION ALL "
      "SELECT month, wijk_code, kind, n FROM signal_count_archive WHERE work_area_id = ?) t "
      "WHERE ? = 0 OR substr(month, 1, 4) = ? GROUP BY month, wijk, kind ORDER BY month, wijk, "
      "kind");
  q.bind(1, work_area);
  q.bind(2, work_area);
  q.bind(3, year);
  q.bind(4, fmt::format("{:04d}", year));
  std::vector<SignalCount> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getInt64()});
  return out;
}

std::vector<ContactMoment> find_resident_contacts(Database& database, std::int64_t work_area,
                                                  const std::string& actor,
                                                  const ResidentQuery& query,
                                                  const std::string& purpose) {
  auto& db = database.sql();
  const auto ids = resident_contact_ids(db, work_area, query);
  SQLite::Transaction transaction(db);
  std::vector<ContactMoment> out;
  SQLite::Statement q(db, std::string(kSelectContact) + "WHERE c.work_area_id = ? AND c.id = ?");
  for (const auto id : ids) {
    q.bind(1, work_area);
    q.bind(2, id);
    if (q.executeStep()) out.push_back(contact_of(q, true));
    q.reset();
  }
  for (auto& c : out) {
    load_signals(db, c);
    load_notes(db, c);
  }
  // The search terms are personal data: the log names the kind of search, not the address.
  record_audit(db, {actor, "read", fmt::format("signalen/werkgebied/{}", work_area),
                    fmt::format("verzoek van een bewoner ({}): {} contactmomenten",
                                trimmed(query.resident_ref).empty() ? "op adres" : "op referentie",
                                out.size()),
                    purpose});
  transaction.commit();
  return out;
}

int erase_resident_contacts(Database& database, std::int64_t work_area, const std::string& actor,
                            const ResidentQuery& query) {
  auto& db = database.sql();
  const auto ids = resident_contact_ids(db, work_area, query);
  SQLite::Transaction transaction(db);
  const int n = detail::archive_and_delete_contacts(db, work_area, ids);
  record_audit(db,
               {actor, "delete", fmt::format("signalen/werkgebied/{}", work_area),
                fmt::format("{} contactmomenten van een bewoner gewist (de aantallen blijven)", n),
                "verwijderverzoek"});
  transaction.commit();
  return n;
}

namespace detail {

int archive_and_delete_contacts(SQLite::Database& db, std::int64_t work_area,
                                const std::vector<std::int64_t>& ids) {
  SQLite::Statement archive(
      db,
      "INSERT INTO signal_count_archive (work_area_id, month, wijk_code, kind, n) SELECT "
      "c.work_area_id, substr(c.contact_date, 1, 7), c.wijk_code, i.kind, 1 FROM signal_contacts "
      "c JOIN signal_items i ON i.contact_id = c.id WHERE c.id = ? AND c.work_area_id = ? "
      "ON CONFLICT (work_area_id, month, wijk_code, kind) DO UPDATE SET n = "
      "signal_count_archive.n + 1");
  SQLite::Statement del(db, "DELETE FROM signal_contacts WHERE id = ? AND work_area_id = ?");
  int n = 0;
  for (const auto id : ids) {
    archive.bind(1, id);
    archive.bind(2, work_area);
    archive.exec();
    archive.reset();
    del.bind(1, id);
    del.bind(2, work_area);
    n += del.exec();
    del.reset();
  }
  return n;
}

}  // namespace detail

}  // namespace leefbaar::store
