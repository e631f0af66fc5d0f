#include "instrument_entry.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "strata/error.hpp"

namespace strata::legal {
namespace {

constexpr std::array<std::string_view, 5> kTypes = {"legislation", "code", "constitution", "eu",
                                                    "treaty"};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// A CELEX number: sector digit, year, document type letters, then its number ("32016R0679",
// "31995L0046"; a corrigendum "32016R0679R(02)").
bool is_celex(std::string_view id) {
  if (id.size() < 6 || !std::all_of(id.begin(), id.begin() + 5, is_digit)) return false;
  if (!is_upper(id[5])) return false;
  return std::all_of(id.begin() + 6, id.end(),
                     [](char c) { return is_digit(c) || is_upper(c) || c == '(' || c == ')'; });
}

}  // namespace

void check_instrument_entry(const std::vector<std::string>& values) {
  const std::string& type = values.at(0);
  const std::string& id = values.at(1);
  const std::string& name = values.at(2);
  if (std::find(kTypes.begin(), kTypes.end(), type) == kTypes.end()) {
    throw Error("unknown type '" + type + "' (use legislation, code, constitution, eu or treaty)");
  }
  if (id.empty()) throw Error("the id is empty");
  if (id.find_first_of(" \t") != std::string::npos) {
    throw Error("the id '" + id + "' has a space");
  }
  if ((type == "legislation" || type == "code" || type == "constitution") &&
      !id.starts_with("urn:nir:")) {
    throw Error("the id of " + type + " is a URN:NIR (urn:nir:...), found '" + id + "'");
  }
  if (type == "eu" && !is_celex(id)) {
    throw Error("the id of an EU act is a CELEX number (32016R0679), found '" + id + "'");
  }
  if (name.empty()) throw Error("the name is empty");
}

}  // namespace strata::legal
