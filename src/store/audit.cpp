#include "store/audit.hpp"

#include "store/database.hpp"

namespace leefbaar::store {

void record_audit(Database& db, const AuditEntry& e) {
  db.query(
        "INSERT INTO audit_log (at, actor, action, subject, purpose, detail) VALUES "
        "(?, ?, ?, ?, ?, ?)")
      .bind(utc_now(), e.actor, e.action, e.subject, or_null(e.purpose), e.detail)
      .run();
}

}  // namespace leefbaar::store
