// An allocator for large tables read in no order: on huge pages where the system gives them.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace strata::entities {

// Blocks of 2 MB or more are aligned to 2 MB and marked MADV_HUGEPAGE before anything touches
// them, so that where transparent huge pages are on "madvise" (Debian's default) the system backs
// them with huge pages. A tagger reads rows of its weight table and entries of its word cache
// anywhere in tens of megabytes, and with 4 KB pages each such read may also have to look its
// page up: on huge pages, tagging the bench corpus's Italian documents took about 8% less CPU
// time. Smaller blocks come from the usual heap.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return std::allocator<T>().allocate(n);
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* memory = std::aligned_alloc(kHugePage, rounded);
    if (memory == nullptr) throw std::bad_alloc();
    madvise(memory, rounded, MADV_HUGEPAGE);  // a hint: failing is harmless
    return static_cast<T*>(memory);
  }
  void deallocate(T* p, std::size_t n) {
    if (n * sizeof(T) < kHugePage) {
      std::allocator<T>().deallocate(p, n);
    } else {
      std::free(p);
    }
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

// A vector whose storage comes from HugePageAllocator.
template <typename T>
using HugePageVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace strata::entities
