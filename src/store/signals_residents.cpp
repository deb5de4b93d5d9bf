// A resident's request (GDPR) about the contact moments one organisation recorded, and the
// archive of anonymous counts that an erasure (or the retention purge) leaves behind.
#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "store/signals.hpp"
#include "store/signals_internal.hpp"

namespace leefbaar::store {

using namespace signal_detail;

namespace {

void add_ids(Query& q, std::vector<std::int64_t>& ids) {
  while (auto row = q.next()) ids.push_back(row->int64("id"));
}

std::vector<std::int64_t> resident_contact_ids(Database& db, std::int64_t work_area,
                                               const ResidentQuery& query) {
  const auto search = neighbourhood::checked_resident_query(query);
  std::vector<std::int64_t> ids;
  if (const auto& a = search.address) {
    // Without an addition: every addition at that number (the request is about the address).
    auto q = db.query(
        "SELECT id FROM signal_contacts WHERE work_area_id = ? AND organisation_id = ? AND "
        "postcode = ? AND huisnummer = ? AND (? = '' OR COALESCE(toevoeging, '') = ?)");
    q.bind(work_area, query.organisation, a->postcode, a->huisnummer, a->toevoeging, a->toevoeging);
    add_ids(q, ids);
  }
  if (!search.resident_ref.empty()) {
    auto q = db.query(
        "SELECT id FROM signal_contacts WHERE work_area_id = ? AND organisation_id = ? AND "
        "lower(resident_ref) = ?");
    q.bind(work_area, query.organisation, search.resident_ref);
    add_ids(q, ids);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

std::vector<ContactMoment> find_resident_contacts(Database& db, std::int64_t work_area,
                                                  const ResidentQuery& query) {
  const auto ids = resident_contact_ids(db, work_area, query);
  Transaction transaction(db);
  std::vector<ContactMoment> out;
  for (const auto id : ids)
    if (auto c = find_contact(db, work_area, id, true)) out.push_back(std::move(*c));
  for (auto& c : out) {
    load_signals(db, c);
    load_notes(db, c);
  }
  transaction.commit();
  return out;
}

int erase_resident_contacts(Database& db, std::int64_t work_area, const ResidentQuery& query) {
  const auto ids = resident_contact_ids(db, work_area, query);
  Transaction transaction(db);
  const int n = detail::archive_and_delete_contacts(db, work_area, ids);
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
