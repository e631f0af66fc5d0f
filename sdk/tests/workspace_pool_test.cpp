#include "strata/workspace_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace strata {
namespace {

struct Scratch {
  Scratch() { ++made; }
  std::vector<int> numbers;
  static inline std::atomic<int> made = 0;
};

TEST(WorkspacePool, GivesBackTheWorkspaceOfAnEndedLease) {
  WorkspacePool<Scratch> pool;
  const Scratch* first = nullptr;
  {
    const auto lease = pool.borrow();
    lease->numbers.assign(1000, 7);
    first = &*lease;
  }
  const auto lease = pool.borrow();
  EXPECT_EQ(&*lease, first);
  // Left as the last borrower left it, its memory with it.
  EXPECT_EQ(lease->numbers.size(), 1000u);
}

TEST(WorkspacePool, LendsEachWorkspaceToOneLeaseAtATime) {
  WorkspacePool<Scratch> pool;
  const auto a = pool.borrow();
  const auto b = pool.borrow();
  EXPECT_NE(&*a, &*b);
}

TEST(WorkspacePool, ThreadsMakeAWorkspaceEachAtMost) {
  WorkspacePool<Scratch> pool;
  const int made_before = Scratch::made;
  constexpr int kThreads = 4;
  constexpr int kRounds = 2000;
  std::vector<std::thread> threads;
  std::vector<int> clashes(kThreads, 0);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&pool, &clashes, t] {
      for (int round = 0; round < kRounds; ++round) {
        const auto lease = pool.borrow();
        // A pool lending one workspace twice would, most likely, show here a value another
        // thread wrote (LendsEachWorkspaceToOneLeaseAtATime checks that surely).
        lease->numbers.assign(8, t);
        std::this_thread::yield();
        for (const int n : lease->numbers) clashes[static_cast<std::size_t>(t)] += n != t;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const int count : clashes) EXPECT_EQ(count, 0);
  // A workspace for each thread at most, not one for each document.
  EXPECT_LE(Scratch::made - made_before, kThreads);
}

}  // namespace
}  // namespace strata
