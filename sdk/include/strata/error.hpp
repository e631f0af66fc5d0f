// The exceptions the SDK throws.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace strata {

// Any error the SDK reports: a misused API, a bad option value, a missing resource.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  ~Error() override;
};

// Input text that cannot become a document (invalid UTF-8, binary data); `byte_offset` is where
// the problem is in the bytes as they were given.
class InputError : public Error {
 public:
  InputError(const std::string& message, std::size_t byte_offset);
  ~InputError() override;
  std::size_t byte_offset() const noexcept { return byte_offset_; }

 private:
  std::size_t byte_offset_;
};

}  // namespace strata
