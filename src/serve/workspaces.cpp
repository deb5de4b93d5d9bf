// The caller's workspace and work area, for the handlers (the use cases find and build them).
#include "core/errors.hpp"
#include "serve/app.hpp"

namespace leefbaar::serve {

// The programme handlers answer a missing or incomplete programme as they did before the use cases.
std::shared_ptr<const Workspace> workspace_for(App& app, const Caller& caller) {
  try {
    return usecases::workspace(app.service, caller.session.user);
  } catch (const NotFoundError& e) {
    throw HttpError{404, e.reason(), e.what(), ""};
  } catch (const ConflictError& e) {
    throw HttpError{409, e.reason(), e.what(), e.field()};
  }
}

std::int64_t path_id(const httplib::Request& req, std::size_t group) {
  const std::string text = req.matches[group].str();
  if (text.size() > 15) throw HttpError{404, "not_found", "Dit nummer bestaat niet.", "id"};
  return std::stoll(text);
}

}  // namespace leefbaar::serve
