#include "instrument_entry.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "strata/error.hpp"

namespace strata::legal {
namespace {

constexpr std::array<std::string_view, 5> kTypes = {"legislation", "code", "constitution", "eu",
                                                    "treaty"};

}  // namespace

void check_instrument_entry(const std::vector<std::string>& values) {
  const std::string& type = values.at(0);
  const std::string& id = values.at(1);
  const std::string& name = values.at(2);
  if (std::find(kTypes.begin(), kTypes.end(), type) == kTypes.end()) {
    throw Error("unknown type '" + type + "' (use legislation, code, constitution, eu or treaty)");
  }
  if (id.empty()) throw Error("the id is empty");
  if (name.empty()) throw Error("the name is empty");
}

}  // namespace strata::legal
