#include "workspace_pool.hpp"

namespace strata::entities {

WorkspacePool::Lease WorkspacePool::borrow() {
  std::unique_ptr<FinderWorkspace> workspace;
  {
    const std::lock_guard lock(mutex_);
    if (!free_.empty()) {
      workspace = std::move(free_.back());
      free_.pop_back();
    }
  }
  if (!workspace) workspace = std::make_unique<FinderWorkspace>();
  return Lease(*this, std::move(workspace));
}

void WorkspacePool::give_back(std::unique_ptr<FinderWorkspace> workspace) {
  const std::lock_guard lock(mutex_);
  free_.push_back(std::move(workspace));
}

}  // namespace strata::entities
