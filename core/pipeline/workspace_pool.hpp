// The workspaces of the threads that call one Normalizer: lent for a call, kept for the next
// one, freed with the Normalizer (no hidden per-thread state outlives it).
#ifndef TEXTNORM_CORE_PIPELINE_WORKSPACE_POOL_HPP
#define TEXTNORM_CORE_PIPELINE_WORKSPACE_POOL_HPP

#include <memory>
#include <mutex>
#include <vector>

namespace textnorm::detail {

template <class Workspace>
class WorkspacePool {
 public:
  // A workspace lent to one caller until the lease ends.
  class Lease {
   public:
    Lease(WorkspacePool& pool, std::unique_ptr<Workspace> workspace)
        : pool_(pool), workspace_(std::move(workspace)) {}
    Lease(Lease&&) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() {
      if (workspace_) pool_.give_back(std::move(workspace_));
    }
    Workspace& operator*() const { return *workspace_; }

   private:
    WorkspacePool& pool_;
    std::unique_ptr<Workspace> workspace_;
  };

  // A free workspace, or a new one when every one is lent. Thread-safe.
  Lease lease() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (!free_.empty()) {
        std::unique_ptr<Workspace> workspace = std::move(free_.back());
        free_.pop_back();
        return Lease(*this, std::move(workspace));
      }
    }
    return Lease(*this, std::make_unique<Workspace>());
  }

 private:
  void give_back(std::unique_ptr<Workspace> workspace) {
    const std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(workspace));
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<Workspace>> free_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_WORKSPACE_POOL_HPP
