#pragma once
// The audit log: who did what to which record, when, and for reads of personal data why. Every
// change writes one entry in the same transaction as the change itself; the use case that owns the
// operation writes it (docs/decisions.md, "Use cases write the audit entries").
#include <string>

namespace leefbaar::store {

struct AuditEntry {
  std::string actor;    // e-mail address of the user, or "cli" / "demo"
  std::string action;   // create, import, settings, scenario, read, login, logout, ...
  std::string subject;  // "user/12", "import/3", ...
  std::string detail;
  std::string purpose;  // for reads of personal data: why (empty otherwise)
};

class Database;
void record_audit(Database& db, const AuditEntry& entry);

}  // namespace leefbaar::store
