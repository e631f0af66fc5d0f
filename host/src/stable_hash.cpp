#include "stable_hash.hpp"

#include <cstdio>

namespace strata::host {

std::string stable_hash_hex(std::string_view bytes) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(stable_hash(bytes)));
  return hex;
}

}  // namespace strata::host
