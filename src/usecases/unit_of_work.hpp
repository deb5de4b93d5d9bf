#pragma once
// Internal to the use cases: the store behind a Service and the two ways an operation holds it.
// read() holds the lock; change() holds it and runs one transaction, committed when the operation
// returns and rolled back when it throws (store::Transaction nests inner ones as savepoints);
// holding_lock() is for the few operations that open their transaction late (imports).
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

#include "store/database.hpp"
#include "usecases/service.hpp"
#include "usecases/workspace.hpp"

namespace leefbaar::usecases {

struct Service::State {
  explicit State(const std::filesystem::path& file) : db(file) {}
  store::Database db;
  std::mutex mutex;  // one connection, used by one operation at a time
  // The live programme per work area id (usecases/workspace.hpp), replaced after an import or a
  // change of settings; built under workspace_mutex, one build at a time.
  std::mutex workspace_mutex;
  std::map<std::int64_t, std::shared_ptr<const Workspace>> workspaces;
};

// Holds the lock; the store opens its own transaction. For an import, which reads and checks its
// whole file before it writes in one transaction: the store's write lock is not held meanwhile.
template <typename F>
auto holding_lock(Service& service, F&& operation) {
  auto& s = service.state();
  std::lock_guard lock(s.mutex);
  return operation(s.db);
}

template <typename F>
auto read(Service& service, F&& operation) {
  return holding_lock(service, std::forward<F>(operation));
}

template <typename F>
auto change(Service& service, F&& operation) {
  auto& s = service.state();
  std::lock_guard lock(s.mutex);
  store::Transaction transaction(s.db);
  if constexpr (std::is_void_v<decltype(operation(s.db))>) {
    operation(s.db);
    transaction.commit();
  } else {
    auto result = operation(s.db);
    transaction.commit();
    return result;
  }
}

}  // namespace leefbaar::usecases
