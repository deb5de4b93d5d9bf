// Finding and building the caller's workspace.
#include <limits>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "store/initiatives.hpp"

namespace leefbaar::serve {

WorkArea work_area_for(App& app, const Caller& caller) {
  std::lock_guard lock(app.db_mutex);
  const auto wa = store::work_area_of_organisation(app.db, caller.session.user.organisation_id);
  if (!wa)
    throw HttpError{404, "no_work_area",
                    "Uw organisatie heeft nog geen werkgebied. Vraag de beheerder om u toe te "
                    "voegen.",
                    ""};
  return *wa;
}

std::shared_ptr<const Workspace> workspace_for(App& app, const Caller& caller) {
  const WorkArea wa = work_area_for(app, caller);
  // One build at a time: a second request for the same work area waits for the first instead of
  // building it again.
  std::lock_guard build(app.workspace_mutex);
  if (auto it = app.workspaces.find(wa.id); it != app.workspaces.end()) return it->second;
  try {
    std::shared_ptr<const Workspace> ws;
    {
      std::lock_guard lock(app.db_mutex);
      ws = build_workspace(app.db, wa);
    }
    app.workspaces[wa.id] = ws;
    return ws;
  } catch (const FieldError& e) {
    throw HttpError{409, "incomplete", e.what(), e.field()};
  } catch (const InputError& e) {
    throw HttpError{409, "incomplete", e.what(), ""};
  }
}

void drop_workspace(App& app, std::int64_t work_area) {
  std::lock_guard build(app.workspace_mutex);
  app.workspaces.erase(work_area);
}

void require_partner_organisation(store::Database& db, std::int64_t work_area,
                                  std::int64_t organisation, const std::string& field) {
  try {
    store::require_partnership_organisation(db, work_area, organisation, field);
  } catch (const FieldError& e) {
    throw HttpError{422, "invalid", e.what(), e.field()};
  }
}

std::int64_t path_id(const httplib::Request& req, std::size_t group) {
  const std::string text = req.matches[group].str();
  if (text.size() > 15) throw HttpError{404, "not_found", "Dit nummer bestaat niet.", "id"};
  return std::stoll(text);
}

}  // namespace leefbaar::serve
