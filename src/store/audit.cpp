#include "store/audit.hpp"

#include "store/database.hpp"

namespace leefbaar::store {

void record_audit(SQLite::Database& db, const AuditEntry& e) {
  SQLite::Statement q(db,
                      "INSERT INTO audit_log (at, actor, action, subject, purpose, detail) VALUES "
                      "(?, ?, ?, ?, ?, ?)");
  q.bind(1, utc_now());
  q.bind(2, e.actor);
  q.bind(3, e.action);
  q.bind(4, e.subject);
  if (e.purpose.empty()) {
    q.bind(5);
  } else {
    q.bind(5, e.purpose);
  }
  q.bind(6, e.detail);
  q.exec();
}

}  // namespace leefbaar::store
