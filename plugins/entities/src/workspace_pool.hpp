// Workspaces that the threads calling process() borrow, one each at a time.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "entity_finder.hpp"

namespace strata::entities {

// Keeps the workspaces of finished documents for the next ones, so that a shared annotator
// holds about one per worker thread, and no thread-local state outlives the plugin.
class WorkspacePool {
 public:
  // A workspace on loan; it goes back to the pool when the lease ends.
  class Lease {
   public:
    Lease(WorkspacePool& pool, std::unique_ptr<FinderWorkspace> workspace)
        : pool_(pool), workspace_(std::move(workspace)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.give_back(std::move(workspace_)); }
    FinderWorkspace& operator*() const { return *workspace_; }

   private:
    WorkspacePool& pool_;
    std::unique_ptr<FinderWorkspace> workspace_;
  };

  Lease borrow();

 private:
  void give_back(std::unique_ptr<FinderWorkspace> workspace);

  std::mutex mutex_;
  std::vector<std::unique_ptr<FinderWorkspace>> free_;
};

}  // namespace strata::entities
