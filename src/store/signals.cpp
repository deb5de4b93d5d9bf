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

void check_wijk(Database& db, std::int64_t work_area, const std::string& wijk,
                const std::string& buurt) {
  if (!db.query("SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'wijk' AND code = ? LIMIT 1")
           .bind(work_area, wijk)
           .exists())
    throw FieldError("wijk", "Kies een wijk uit de lijst.");
  if (buurt.empty()) return;
  if (!db.query("SELECT 1 FROM areas WHERE work_area_id = ? AND kind = 'buurt' AND code = ? AND "
                "wijk_code = ? LIMIT 1")
           .bind(work_area, buurt, wijk)
           .exists())
    throw FieldError("buurt", "Kies een buurt in de gekozen wijk.");
}

constexpr const char* kSelectContact =
    "SELECT c.id AS id, c.organisation_id AS organisation_id, o.name AS organisation_name, "
    "c.recorded_by AS recorded_by, c.contact_date AS contact_date, c.wijk_code AS wijk_code, "
    "c.buurt_code AS buurt_code, c.kind AS kind, c.postcode AS postcode, c.huisnummer AS "
    "huisnummer, c.toevoeging AS toevoeging, c.resident_ref AS resident_ref, c.note AS note, "
    "c.referral AS referral, c.follow_up_date AS follow_up_date, c.follow_up_status AS "
    "follow_up_status, c.done_on AS done_on, c.created_at AS created_at, c.updated_at AS "
    "updated_at FROM signal_contacts c JOIN organisations o ON o.id = c.organisation_id ";

ContactMoment contact_of(const Row& r, bool with_personal_data) {
  ContactMoment c;
  c.id = r.int64("id");
  c.organisation_id = r.int64("organisation_id");
  c.organisation = r.text("organisation_name");
  c.recorded_by = r.text("recorded_by");
  c.date = r.text("contact_date");
  c.wijk = r.text("wijk_code");
  c.buurt = r.text("buurt_code");
  c.kind = r.text("kind");
  if (with_personal_data) {
    c.postcode = r.text("postcode");
    c.huisnummer = r.is_null("huisnummer") ? 0 : r.integer("huisnummer");
    c.toevoeging = r.text("toevoeging");
    c.resident_ref = r.text("resident_ref");
    c.note = r.text("note");
  }
  c.referral = r.text("referral");
  c.follow_up_date = r.text("follow_up_date");
  c.follow_up_status = r.text("follow_up_status");
  c.done_on = r.text("done_on");
  c.created_at = r.text("created_at");
  c.updated_at = r.text("updated_at");
  return c;
}

// The contact moment with this id in the work area, with or without its personal data.
std::optional<ContactMoment> find_contact(Database& db, std::int64_t work_area, std::int64_t id,
                                          bool with_personal_data) {
  auto q = db.query(std::string(kSelectContact) + "WHERE c.work_area_id = ? AND c.id = ?");
  q.bind(work_area, id);
  const auto row = q.next();
  if (!row) return std::nullopt;
  return contact_of(*row, with_personal_data);
}

void load_signals(Database& db, ContactMoment& c) {
  auto q = db.query("SELECT kind FROM signal_items WHERE contact_id = ? ORDER BY kind");
  q.bind(c.id);
  while (auto row = q.next()) c.signals.push_back(row->text("kind"));
}

void load_notes(Database& db, ContactMoment& c) {
  auto q = db.query(
      "SELECT id, note_date, note, written_by FROM signal_follow_up_notes WHERE contact_id = ? "
      "ORDER BY note_date, id");
  q.bind(c.id);
  while (auto row = q.next())
    c.notes.push_back(
        {row->int64("id"), row->text("note_date"), row->text("note"), row->text("written_by")});
}

// Whether the contact has personal data beyond its signals (for the list, without reading it).
bool has_personal(Database& db, std::int64_t id) {
  return db.query(
               "SELECT (postcode IS NOT NULL OR resident_ref IS NOT NULL OR note IS NOT NULL OR "
               "EXISTS (SELECT 1 FROM signal_follow_up_notes n WHERE n.contact_id = c.id)) AS "
               "personal FROM signal_contacts c WHERE id = ?")
             .bind(id)
             .first_int64("personal")
             .value_or(0) != 0;
}

// The contact's organisation and wijk, for the access check; nullopt when not found.
std::optional<std::pair<std::int64_t, std::string>> owner_of(Database& db, std::int64_t work_area,
                                                             std::int64_t id) {
  auto q = db.query(
      "SELECT organisation_id, wijk_code FROM signal_contacts WHERE work_area_id = ? AND id = ?");
  q.bind(work_area, id);
  const auto row = q.next();
  if (!row) return std::nullopt;
  return std::make_pair(row->int64("organisation_id"), row->text("wijk_code"));
}

void add_ids(Query& q, std::vector<std::int64_t>& ids) {
  while (auto row = q.next()) ids.push_back(row->int64("id"));
}

std::vector<std::int64_t> resident_contact_ids(Database& db, std::int64_t work_area,
                                               const ResidentQuery& query) {
  const std::string ref = trimmed(query.resident_ref);
  const bool by_address = !trimmed(query.postcode).empty() || !trimmed(query.huisnummer).empty();
  if (!by_address && ref.empty())
    throw FieldError("postcode", "Vul een adres (postcode en huisnummer) of een referentie in.");
  std::vector<std::int64_t> ids;
  if (by_address) {
    const Address a = checked_address(query.postcode, query.huisnummer, query.toevoeging);
    // Without an addition: every addition at that number (the request is about the address).
    auto q = db.query(
        "SELECT id FROM signal_contacts WHERE work_area_id = ? AND organisation_id = ? AND "
        "postcode = ? AND huisnummer = ? AND (? = '' OR COALESCE(toevoeging, '') = ?)");
    q.bind(work_area, query.organisation, a.postcode, a.huisnummer, a.toevoeging, a.toevoeging);
    add_ids(q, ids);
  }
  if (!ref.empty()) {
    auto q = db.query(
        "SELECT id FROM signal_contacts WHERE work_area_id = ? AND organisation_id = ? AND "
        "lower(resident_ref) = ?");
    q.bind(work_area, query.organisation, to_lower(ref));
    add_ids(q, ids);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

std::int64_t record_contact(Database& db, std::int64_t work_area, const User& by,
                            const ContactInput& input, std::chrono::system_clock::time_point now) {
  if (!may_record_signals(by)) throw SignalAccessDenied();
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
  Transaction transaction(db);
  check_wijk(db, work_area, wijk, buurt);
  const std::string stamp = iso_utc(now);
  db.query(
        "INSERT INTO signal_contacts (work_area_id, organisation_id, recorded_by, contact_date, "
        "wijk_code, buurt_code, kind, postcode, huisnummer, toevoeging, resident_ref, note, "
        "referral, follow_up_date, follow_up_status, done_on, created_at, updated_at) VALUES (?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, by.organisation_id, by.email, date, wijk, or_null(buurt), input.kind,
            or_null(a.postcode), a.huisnummer > 0 ? std::optional<int>(a.huisnummer) : std::nullopt,
            or_null(a.toevoeging), or_null(ref), or_null(note), or_null(referral),
            or_null(follow_up_date), status, or_null(status == "afgerond" ? today : std::string{}),
            stamp, stamp)
      .run();
  const std::int64_t id = db.last_insert_id();
  for (const auto& s : signals)
    db.query("INSERT INTO signal_items (contact_id, kind) VALUES (?, ?)").bind(id, s).run();
  record_audit(db, {by.email, "create", fmt::format("signaal/{}", id),
                    fmt::format("contactmoment in {} met {} signalen", wijk, signals.size()),
                    "vastleggen contactmoment"});
  transaction.commit();
  return id;
}

std::vector<ContactMoment> list_contacts(Database& db, std::int64_t work_area, const User& viewer,
                                         int year, const std::string& purpose) {
  std::vector<ContactMoment> out;
  if (!is_staff(viewer.role)) return out;
  Transaction transaction(db);
  // Every contact moment of the year, kept only where may_see_details allows: the rule lives once.
  const DetailSharing sharing = load_sharing(db, work_area);
  auto q = db.query(std::string(kSelectContact) +
                    "WHERE c.work_area_id = ? AND (? = 0 OR substr(c.contact_date, 1, 4) = ?) "
                    "ORDER BY c.contact_date DESC, c.id DESC");
  q.bind(work_area, year, fmt::format("{:04d}", year));
  while (auto row = q.next()) {
    ContactMoment c = contact_of(*row, false);
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

bool contact_exists(Database& db, std::int64_t work_area, std::int64_t id) {
  return owner_of(db, work_area, id).has_value();
}

std::optional<ContactMoment> read_contact(Database& db, std::int64_t work_area, const User& viewer,
                                          std::int64_t id, const std::string& purpose) {
  const auto owner = owner_of(db, work_area, id);
  if (!owner) return std::nullopt;
  if (!may_see_details(viewer, owner->first, owner->second, load_sharing(db, work_area))) {
    // Refusals are logged too: who tried to read what.
    record_audit(db, {viewer.email, "read_refused", fmt::format("signaal/{}", id), "", purpose});
    throw SignalAccessDenied();
  }
  Transaction transaction(db);
  auto c = find_contact(db, work_area, id, true);
  if (!c) return std::nullopt;
  load_signals(db, *c);
  load_notes(db, *c);
  c->has_personal_data =
      !c->postcode.empty() || !c->resident_ref.empty() || !c->note.empty() || !c->notes.empty();
  record_audit(db, {viewer.email, "read", fmt::format("signaal/{}", id), "details", purpose});
  transaction.commit();
  return c;
}

bool update_follow_up(Database& db, std::int64_t work_area, const User& by, std::int64_t id,
                      const FollowUpChange& change, std::chrono::system_clock::time_point now) {
  const auto owner = owner_of(db, work_area, id);
  if (!owner) return false;
  if (!may_see_details(by, owner->first, owner->second, load_sharing(db, work_area)))
    throw SignalAccessDenied();
  Transaction transaction(db);
  std::string date, referral, follow_up_date, status, done_on;
  {
    auto cur = db.query(
        "SELECT contact_date, referral, follow_up_date, follow_up_status, done_on FROM "
        "signal_contacts WHERE id = ?");
    cur.bind(id);
    const auto row = cur.next();
    if (!row) return false;
    date = row->text("contact_date");
    referral = row->text("referral");
    follow_up_date = row->text("follow_up_date");
    status = row->text("follow_up_status");
    done_on = row->text("done_on");
  }
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
  db.query(
        "UPDATE signal_contacts SET referral = ?, follow_up_date = ?, follow_up_status = ?, "
        "done_on = ?, updated_at = ? WHERE id = ?")
      .bind(or_null(referral), or_null(follow_up_date), status, or_null(done_on), iso_utc(now), id)
      .run();
  record_audit(db, {by.email, "update", fmt::format("signaal/{}", id), join(changed, ", "),
                    "opvolging signaal"});
  transaction.commit();
  return true;
}

std::optional<std::int64_t> add_follow_up_note(Database& db, std::int64_t work_area, const User& by,
                                               std::int64_t id, const std::string& note,
                                               std::chrono::system_clock::time_point now) {
  const auto owner = owner_of(db, work_area, id);
  if (!owner) return std::nullopt;
  if (!may_see_details(by, owner->first, owner->second, load_sharing(db, work_area)))
    throw SignalAccessDenied();
  const std::string text = trimmed(note);
  if (text.empty()) throw FieldError("note", "Schrijf wat er is gedaan of afgesproken.");
  if (text.size() > kMaxNote)
    throw FieldError("note", "Houd de notitie kort: hoogstens 2000 tekens.");
  Transaction transaction(db);
  db.query(
        "INSERT INTO signal_follow_up_notes (contact_id, note_date, note, written_by, created_at) "
        "VALUES (?, ?, ?, ?, ?)")
      .bind(id, day_text(now), text, by.email, iso_utc(now))
      .run();
  const std::int64_t note_id = db.last_insert_id();
  db.query("UPDATE signal_contacts SET updated_at = ? WHERE id = ?").bind(iso_utc(now), id).run();
  record_audit(db, {by.email, "create", fmt::format("signaal/{}/notitie/{}", id, note_id), "",
                    "opvolging signaal"});
  transaction.commit();
  return note_id;
}

std::vector<SignalArea> signal_areas(Database& db, std::int64_t work_area) {
  auto q = db.query(
      "SELECT DISTINCT code, name, COALESCE(wijk_code, '') AS wijk, kind FROM areas WHERE "
      "work_area_id = ? AND kind IN ('wijk', 'buurt') ORDER BY kind DESC, code");
  q.bind(work_area);
  std::vector<SignalArea> out;
  while (auto row = q.next())
    out.push_back({row->text("code"), row->text("name"),
                   row->text("kind") == "wijk" ? std::string{} : row->text("wijk")});
  return out;
}

std::vector<SignalCount> count_signals(Database& db, std::int64_t work_area, int year) {
  auto q = db.query(
      "SELECT month, wijk, kind, sum(n) AS total FROM (SELECT substr(c.contact_date, 1, 7) AS "
      "month, c.wijk_code AS wijk, i.kind AS kind, count(*) AS n FROM signal_contacts c JOIN "
      "signal_items i ON i.contact_id = c.id WHERE c.work_area_id = ? GROUP BY 1, 2, 3 UNION ALL "
      "SELECT month, wijk_code, kind, n FROM signal_count_archive WHERE work_area_id = ?) t "
      "WHERE ? = 0 OR substr(month, 1, 4) = ? GROUP BY month, wijk, kind ORDER BY month, wijk, "
      "kind");
  q.bind(work_area, work_area, year, fmt::format("{:04d}", year));
  std::vector<SignalCount> out;
  while (auto row = q.next())
    out.push_back({row->text("month"), row->text("wijk"), row->text("kind"), row->int64("total")});
  return out;
}

std::vector<ContactMoment> find_resident_contacts(Database& db, std::int64_t work_area,
                                                  const std::string& actor,
                                                  const ResidentQuery& query,
                                                  const std::string& purpose) {
  const auto ids = resident_contact_ids(db, work_area, query);
  Transaction transaction(db);
  std::vector<ContactMoment> out;
  for (const auto id : ids)
    if (auto c = find_contact(db, work_area, id, true)) out.push_back(std::move(*c));
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

int erase_resident_contacts(Database& db, std::int64_t work_area, const std::string& actor,
                            const ResidentQuery& query) {
  const auto ids = resident_contact_ids(db, work_area, query);
  Transaction transaction(db);
  const int n = detail::archive_and_delete_contacts(db, work_area, ids);
  record_audit(db,
               {actor, "delete", fmt::format("signalen/werkgebied/{}", work_area),
                fmt::format("{} contactmomenten van een bewoner gewist (de aantallen blijven)", n),
                "verwijderverzoek"});
  transaction.commit();
  return n;
}

namespace detail {

namespace {

// Adds a contact moment's signals to the archive: one per month, wijk and kind.
constexpr const char* kArchiveContact =
    "INSERT INTO signal_count_archive (work_area_id, month, wijk_code, kind, n) SELECT "
    "c.work_area_id, substr(c.contact_date, 1, 7), c.wijk_code, i.kind, 1 FROM signal_contacts "
    "c JOIN signal_items i ON i.contact_id = c.id WHERE c.id = ? AND c.work_area_id = ? "
    "ON CONFLICT (work_area_id, month, wijk_code, kind) DO UPDATE SET n = "
    "signal_count_archive.n + 1";
constexpr const char* kDeleteContact =
    "DELETE FROM signal_contacts WHERE id = ? AND work_area_id = ?";

}  // namespace

int archive_and_delete_contacts(Database& db, std::int64_t work_area,
                                const std::vector<std::int64_t>& ids) {
  int n = 0;
  for (const auto id : ids) {
    db.query(kArchiveContact).bind(id, work_area).run();
    n += db.query(kDeleteContact).bind(id, work_area).run();
  }
  return n;
}

}  // namespace detail

}  // namespace leefbaar::store
