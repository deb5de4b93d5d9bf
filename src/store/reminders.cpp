#include "store/reminders.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "store/outbox.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

namespace {

std::map<std::string, std::string> wijk_names(Database& db, std::int64_t work_area) {
  std::map<std::string, std::string> out;
  for (const auto& w : list_wijk_areas(db, work_area)) out[w.code] = w.name;
  return out;
}

void name_wijk(Reminder& r, const std::map<std::string, std::string>& names) {
  const auto it = names.find(r.wijk_code);
  r.wijk_name = it == names.end() ? r.wijk_code : it->second;
}

void initiative_reminders(Database& db, std::int64_t work_area,
                          std::chrono::system_clock::time_point now,
                          const std::map<std::string, std::string>& names,
                          std::vector<Reminder>& out) {
  auto q = db.query(
      "SELECT id, title, wijk_code, decision_due FROM initiatives WHERE work_area_id = ? AND "
      "state = 'open' AND decision_due IS NOT NULL AND decided_at IS NULL AND decision_due <= ? "
      "ORDER BY decision_due, id");
  q.bind(work_area, iso_utc(now + neighbourhood::kDecisionReminderLead));
  const std::string at = iso_utc(now);
  while (auto row = q.next()) {
    auto r =
        neighbourhood::decision_reminder(row->int64("id"), row->text("title"),
                                         row->text("wijk_code"), row->text("decision_due"), at);
    name_wijk(r, names);
    out.push_back(std::move(r));
  }
}

void mediation_reminders(Database& db, std::int64_t work_area, const std::string& today,
                         const std::map<std::string, std::string>& names,
                         std::vector<Reminder>& out) {
  for (const auto& c : list_mediation_cases(db, work_area, {}, 0)) {
    auto r = neighbourhood::mediation_reminder(c, today);
    if (!r) continue;
    name_wijk(*r, names);
    out.push_back(std::move(*r));
  }
}

std::vector<ReminderRecipient> users_where(Database& db, std::int64_t work_area,
                                           const std::string& role, const std::string& wijk) {
  auto q = db.query(
      "SELECT u.id AS id, u.email AS email FROM users u WHERE u.role = ? AND u.disabled = 0 AND "
      "u.organisation_id IN (SELECT organisation_id FROM work_areas WHERE id = ? UNION SELECT "
      "organisation_id FROM work_area_partners WHERE work_area_id = ?) AND (? = '' OR EXISTS "
      "(SELECT 1 FROM user_wijken w WHERE w.user_id = u.id AND w.wijk_code = ?)) ORDER BY u.id");
  return q.bind(role, work_area, work_area, wijk, wijk).all([](const Row& r) {
    return ReminderRecipient{r.int64("id"), r.text("email")};
  });
}

// The wijk team of the wijk; when it has none, the analists (second: true then).
std::pair<std::vector<ReminderRecipient>, bool> recipients_of(Database& db, std::int64_t work_area,
                                                              const std::string& wijk) {
  auto team = users_where(db, work_area, "wijkteam", wijk);
  if (!team.empty()) return {std::move(team), false};
  return {users_where(db, work_area, "analist", ""), true};
}

bool mailed(Database& db, const std::string& key, std::int64_t user) {
  return db.query("SELECT 1 FROM reminder_mails WHERE reminder_key = ? AND user_id = ?")
      .bind(key, user)
      .exists();
}

void mail(Database& db, std::int64_t work_area, const Reminder& r, const ReminderRecipient& to,
          bool as_analist, std::chrono::system_clock::time_point now,
          const std::string& public_url) {
  const auto m = neighbourhood::reminder_mail(r, as_analist, public_url);
  const std::int64_t outbox_id = queue_mail(db, {to.email, m.subject, m.body}, now);
  db.query(
        "INSERT INTO reminder_mails (work_area_id, reminder_key, user_id, outbox_id, sent_at) "
        "VALUES (?, ?, ?, ?, ?)")
      .bind(work_area, r.key, to.user_id, outbox_id, iso_utc(now))
      .run();
}

}  // namespace

std::vector<Reminder> open_reminders(Database& db, std::int64_t work_area,
                                     std::chrono::system_clock::time_point now,
                                     const std::vector<std::string>& wijken) {
  const auto names = wijk_names(db, work_area);
  std::vector<Reminder> out;
  initiative_reminders(db, work_area, now, names, out);
  mediation_reminders(db, work_area, iso_utc(now).substr(0, 10), names, out);
  if (!wijken.empty())
    std::erase_if(out, [&](const Reminder& r) {
      return std::find(wijken.begin(), wijken.end(), r.wijk_code) == wijken.end();
    });
  std::stable_sort(out.begin(), out.end(),
                   [](const Reminder& a, const Reminder& b) { return a.due_on < b.due_on; });
  return out;
}

std::vector<ReminderRecipient> reminder_recipients(Database& db, std::int64_t work_area,
                                                   const std::string& wijk) {
  return recipients_of(db, work_area, wijk).first;
}

int run_reminders(Database& db, std::chrono::system_clock::time_point now,
                  const std::string& public_url, const OnReminded& on_reminded) {
  const auto work_areas = db.query("SELECT id FROM work_areas ORDER BY id").all([](const Row& r) {
    return r.int64("id");
  });
  int total = 0;
  for (const auto wa : work_areas) {
    const auto reminders = open_reminders(db, wa, now);
    if (reminders.empty()) continue;
    std::map<std::string, std::pair<std::vector<ReminderRecipient>, bool>> per_wijk;
    for (const auto& r : reminders)
      if (!per_wijk.contains(r.wijk_code))
        per_wijk[r.wijk_code] = recipients_of(db, wa, r.wijk_code);
    Transaction transaction(db);
    int sent = 0;
    for (const auto& r : reminders) {
      const auto& [recipients, as_analist] = per_wijk[r.wijk_code];
      for (const auto& to : recipients) {
        // A user whose address could not carry a mail (entered before addresses were checked)
        // is skipped rather than stopping everyone's reminders.
        if (mailed(db, r.key, to.user_id) || !valid_email(to.email)) continue;
        mail(db, wa, r, to, as_analist, now, public_url);
        ++sent;
      }
    }
    if (sent > 0 && on_reminded) on_reminded(db, wa, sent);
    transaction.commit();
    total += sent;
  }
  return total;
}

std::vector<std::string> reminders_mailed_to(Database& db, std::int64_t user_id) {
  return db.query("SELECT reminder_key FROM reminder_mails WHERE user_id = ? ORDER BY id")
      .bind(user_id)
      .all([](const Row& r) { return r.text("reminder_key"); });
}

}  // namespace leefbaar::store
