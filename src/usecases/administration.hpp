#pragma once
// The operator's operations at the command line (`leefbaar import`, `leefbaar user ...`,
// `leefbaar programme --store`): no logged-in caller, organisations and work areas named by name
// and created when new, the actor in the audit log the system user. Each is one transaction.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/accounts.hpp"
#include "core/programme_records.hpp"
#include "import/load.hpp"
#include "import/stock.hpp"
#include "report/programme_run.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct ImportRequest {
  std::string kind;  // one of kImportKinds
  std::string organisation, work_area;
  std::filesystem::path file;
  StockColumns columns;  // stock: the columns given (none: guessed from the names)
  bool confirm_shrink = false;
};
// As usecases::import_file (ShrinkRefused, InputError), for the named work area.
ImportReport import_into(Service& service, const ImportRequest& request, const std::string& actor);

// Records a run computed from a run file, with its inputs' checksums; answers its id.
std::int64_t record_run(Service& service, const std::string& organisation,
                        const std::string& work_area, const std::string& actor,
                        const ProgrammeRun& run);

// A user in the named organisation (created with `kind` when new). FieldError as
// store::create_user.
std::int64_t add_user(Service& service, const std::string& organisation, OrganisationKind kind,
                      const NewUser& user, const std::string& actor);
// The user with this e-mail address; InputError naming --email when there is none.
User user_by_email(Service& service, const std::string& email);
// A new password (FieldError "password" when too short); ends the user's sessions.
void set_password(Service& service, std::int64_t user, const std::string& password,
                  const std::string& actor);
// Answers the user as changed; any change ends the user's sessions.
User change_user_as_operator(Service& service, std::int64_t user, const UserChange& change,
                             const std::string& actor);

}  // namespace leefbaar::usecases
