// Scratch memory that a shared annotator's threads reuse from document to document.
#pragma once

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace strata {

// Keeps the workspaces (buffers, tables, vectors) of finished documents for the next ones, so
// that an annotator with Concurrency::shared allocates little per document: fresh pages and
// allocations cost more than the work on them. Each process() call borrows one workspace and
// gives it back when its lease ends, also when the document failed part-way; the pool holds
// about as many as calls ran at once (one per worker thread), and nothing thread-local outlives
// the plugin. Nothing is trimmed: a workspace keeps the memory of the largest document it
// served. `Workspace` must be default-constructible.
template <class Workspace>
class WorkspacePool {
 public:
  // A workspace on loan; it goes back to the pool when the lease ends. What it holds is left as
  // the last document left it: the borrower clears what it reads.
  class Lease {
   public:
    Lease(WorkspacePool& pool, std::unique_ptr<Workspace> workspace)
        : pool_(pool), workspace_(std::move(workspace)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.give_back(std::move(workspace_)); }
    Workspace& operator*() const { return *workspace_; }
    Workspace* operator->() const { return workspace_.get(); }

   private:
    WorkspacePool& pool_;
    std::unique_ptr<Workspace> workspace_;
  };

  // A workspace no other lease holds: one given back earlier, or a new one.
  Lease borrow() {
    std::unique_ptr<Workspace> workspace;
    {
      const std::lock_guard lock(mutex_);
      if (!free_.empty()) {
        workspace = std::move(free_.back());
        free_.pop_back();
      }
    }
    if (!workspace) workspace = std::make_unique<Workspace>();
    return Lease(*this, std::move(workspace));
  }

 private:
  // Called by a lease's destructor, so it must not throw: a failed lock or push_back (no memory)
  // drops the workspace, and a later borrow makes a new one.
  void give_back(std::unique_ptr<Workspace> workspace) noexcept {
    try {
      const std::lock_guard lock(mutex_);
      free_.push_back(std::move(workspace));
    } catch (...) {
    }
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<Workspace>> free_;
};

}  // namespace strata
