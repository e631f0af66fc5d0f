// The case name written before a cite: "Lissner v. Test, 1 U.S. 1", "In re K.F. (2009) 1 U.S. 1".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace strata::legal::us {

// The parties and where the name begins; a year written between name and cite
// (California style, "In re K.F. (2009) 1 U.S. 1") comes with it.
struct CaseName {
  std::string plaintiff;  // empty for "In re X" and "Ex parte X"
  std::string defendant;
  std::string year;
  std::size_t begin = 0;
  bool found = false;
};

// Reads the case name that ends just before `cite_begin`, looking no further left than `floor`
// (the previous citation) and never across ; ( ) [ ] : or quotes.
CaseName read_case_name(std::string_view text, std::size_t cite_begin, std::size_t floor);

// The capitalized words just before `pos` ("Foo" in "before Foo, supra"), which short forms
// and supra name their case by; `begin` receives where they start (pos when there are none).
std::string name_before(std::string_view text, std::size_t pos, std::size_t floor,
                        std::size_t& begin);

}  // namespace strata::legal::us
