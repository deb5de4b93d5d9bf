#include "store/signals.hpp"

#include <fmt/format.h>

#include <map>
#include <tuple>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/signals_internal.hpp"
#include "store/wijkwerk_summary.hpp"

namespace leefbaar::store {

using namespace neighbourhood;
using namespace signal_detail;

namespace {

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
  return db
      .query(
          "SELECT organisation_id, wijk_code FROM signal_contacts WHERE work_area_id = ? AND id = "
          "?")
      .bind(work_area, id)
      .first([](const Row& r) {
        return std::make_pair(r.int64("organisation_id"), r.text("wijk_code"));
      });
}

// Whether the contact exists; SignalAccessDenied when `user` may not see its details.
bool check_details_access(Database& db, std::int64_t work_area, const User& user, std::int64_t id) {
  const auto owner = owner_of(db, work_area, id);
  if (!owner) return false;
  if (!may_see_details(user, owner->first, owner->second, load_sharing(db, work_area)))
    throw SignalAccessDenied();
  return true;
}

}  // namespace

namespace signal_detail {

std::optional<ContactMoment> find_contact(Database& db, std::int64_t work_area, std::int64_t id,
                                          bool with_personal_data) {
  return db.query(std::string(kSelectContact) + "WHERE c.work_area_id = ? AND c.id = ?")
      .bind(work_area, id)
      .first([&](const Row& r) { return contact_of(r, with_personal_data); });
}

void load_signals(Database& db, ContactMoment& c) {
  c.signals = db.query("SELECT kind FROM signal_items WHERE contact_id = ? ORDER BY kind")
                  .bind(c.id)
                  .all([](const Row& r) { return r.text("kind"); });
}

void load_notes(Database& db, ContactMoment& c) {
  c.notes = db.query(
                  "SELECT id, note_date, note, written_by FROM signal_follow_up_notes WHERE "
                  "contact_id = ? ORDER BY note_date, id")
                .bind(c.id)
                .all([](const Row& r) {
                  return FollowUpNote{r.int64("id"), r.text("note_date"), r.text("note"),
                                      r.text("written_by")};
                });
}

}  // namespace signal_detail

RecordedContact record_contact(Database& db, std::int64_t work_area, const User& by,
                               const ContactInput& input,
                               std::chrono::system_clock::time_point now) {
  const CheckedContact c = checked_contact(by, input, day_text(now));
  Transaction transaction(db);
  check_wijk(db, work_area, c.wijk, c.buurt);
  const std::string stamp = iso_utc(now);
  const auto& a = c.address;
  db.query(
        "INSERT INTO signal_contacts (work_area_id, organisation_id, recorded_by, contact_date, "
        "wijk_code, buurt_code, kind, postcode, huisnummer, toevoeging, resident_ref, note, "
        "referral, follow_up_date, follow_up_status, done_on, created_at, updated_at) VALUES (?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(work_area, by.organisation_id, by.email, c.date, c.wijk, or_null(c.buurt), c.kind,
            or_null(a.postcode), a.huisnummer > 0 ? std::optional<int>(a.huisnummer) : std::nullopt,
            or_null(a.toevoeging), or_null(c.resident_ref), or_null(c.note), or_null(c.referral),
            or_null(c.follow_up_date), c.follow_up_status, or_null(c.done_on), stamp, stamp)
      .run();
  const std::int64_t id = db.last_insert_id();
  for (const auto& s : c.signals)
    db.query("INSERT INTO signal_items (contact_id, kind) VALUES (?, ?)").bind(id, s).run();
  transaction.commit();
  return {id, c.wijk, c.signals.size()};
}

ContactPage list_contacts(Database& db, std::int64_t work_area, const User& viewer,
                          const ContactFilter& filter) {
  ContactPage out;
  if (!is_staff(viewer.role)) return out;
  Transaction transaction(db);
  // Every contact moment that matches, kept only where may_see_details allows (the rule lives
  // once), so the page is cut and the total counted after it.
  const DetailSharing sharing = load_sharing(db, work_area);
  auto q = db.query(std::string(kSelectContact) +
                    "WHERE c.work_area_id = ? AND (? = 0 OR substr(c.contact_date, 1, 4) = ?) "
                    "AND (? = '' OR c.wijk_code = ?) AND (? = '' OR c.follow_up_status = ?) "
                    "AND (? = '' OR EXISTS (SELECT 1 FROM signal_items i WHERE i.contact_id = "
                    "c.id AND i.kind = ?)) ORDER BY c.contact_date DESC, c.id DESC");
  q.bind(work_area, filter.year, fmt::format("{:04d}", filter.year), filter.wijk, filter.wijk,
         filter.follow_up_status, filter.follow_up_status, filter.signal, filter.signal);
  while (auto row = q.next()) {
    ContactMoment c = contact_of(*row, false);
    if (!may_see_details(viewer, c.organisation_id, c.wijk, sharing)) continue;
    if (out.total >= filter.offset && out.total < filter.offset + filter.limit)
      out.contacts.push_back(std::move(c));
    ++out.total;
  }
  for (auto& c : out.contacts) {
    load_signals(db, c);
    c.has_personal_data = has_personal(db, c.id);
  }
  transaction.commit();
  return out;
}

bool contact_exists(Database& db, std::int64_t work_area, std::int64_t id) {
  return owner_of(db, work_area, id).has_value();
}

std::optional<ContactMoment> read_contact(Database& db, std::int64_t work_area, const User& viewer,
                                          std::int64_t id) {
  if (!check_details_access(db, work_area, viewer, id)) return std::nullopt;
  Transaction transaction(db);
  auto c = find_contact(db, work_area, id, true);
  if (!c) return std::nullopt;
  load_signals(db, *c);
  load_notes(db, *c);
  c->has_personal_data =
      !c->postcode.empty() || !c->resident_ref.empty() || !c->note.empty() || !c->notes.empty();
  transaction.commit();
  return c;
}

std::optional<std::vector<std::string>> update_follow_up(
    Database& db, std::int64_t work_area, const User& by, std::int64_t id,
    const FollowUpChange& change, std::chrono::system_clock::time_point now) {
  if (!check_details_access(db, work_area, by, id)) return std::nullopt;
  Transaction transaction(db);
  auto stored =
      db.query(
            "SELECT contact_date, referral, follow_up_date, follow_up_status, done_on FROM "
            "signal_contacts WHERE id = ?")
          .bind(id)
          .first([](const Row& r) {
            return FollowUp{r.text("contact_date"), r.text("referral"), r.text("follow_up_date"),
                            r.text("follow_up_status"), r.text("done_on")};
          });
  if (!stored) return std::nullopt;
  FollowUp& follow_up = *stored;
  auto changed = apply_follow_up_change(follow_up, change, day_text(now));
  if (changed.empty()) return changed;
  db.query(
        "UPDATE signal_contacts SET referral = ?, follow_up_date = ?, follow_up_status = ?, "
        "done_on = ?, updated_at = ? WHERE id = ?")
      .bind(or_null(follow_up.referral), or_null(follow_up.follow_up_date), follow_up.status,
            or_null(follow_up.done_on), iso_utc(now), id)
      .run();
  transaction.commit();
  return changed;
}

std::optional<std::int64_t> add_follow_up_note(Database& db, std::int64_t work_area, const User& by,
                                               std::int64_t id, const std::string& note,
                                               std::chrono::system_clock::time_point now) {
  if (!check_details_access(db, work_area, by, id)) return std::nullopt;
  const std::string text = checked_follow_up_note(note);
  Transaction transaction(db);
  db.query(
        "INSERT INTO signal_follow_up_notes (contact_id, note_date, note, written_by, created_at) "
        "VALUES (?, ?, ?, ?, ?)")
      .bind(id, day_text(now), text, by.email, iso_utc(now))
      .run();
  const std::int64_t note_id = db.last_insert_id();
  db.query("UPDATE signal_contacts SET updated_at = ? WHERE id = ?").bind(iso_utc(now), id).run();
  transaction.commit();
  return note_id;
}

std::vector<SignalArea> signal_areas(Database& db, std::int64_t work_area) {
  return db
      .query(
          "SELECT DISTINCT code, name, COALESCE(wijk_code, '') AS wijk, kind FROM areas WHERE "
          "work_area_id = ? AND kind IN ('wijk', 'buurt') ORDER BY kind DESC, code")
      .bind(work_area)
      .all([](const Row& r) {
        return SignalArea{r.text("code"), r.text("name"),
                          r.text("kind") == "wijk" ? std::string{} : r.text("wijk")};
      });
}

std::vector<SignalCount> count_signals(Database& db, std::int64_t work_area, int year) {
  // The counts per buurt added up per wijk: one query counts signals. std::map keeps the order
  // of month, wijk and kind, as SQLite's binary collation sorts them.
  std::map<std::tuple<std::string, std::string, std::string>, long long> totals;
  for (const auto& c : count_signals_by_area(db, work_area, year))
    totals[{c.month, c.wijk, c.kind}] += c.n;
  std::vector<SignalCount> out;
  for (const auto& [key, n] : totals)
    out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
  return out;
}

}  // namespace leefbaar::store
