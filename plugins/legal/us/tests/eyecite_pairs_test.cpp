// eyecite's own find tests (../shared/data/eyecite/find_test_pairs.jsonl) as development data:
// the share of cases whose expected citations are all found with the right volume/reporter/page
// (or title/section/chapter). Read where it lies, never copied; skipped when absent.

#include <gtest/gtest.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "citation_finder.hpp"
#include "test_support.hpp"

namespace strata::legal::us {
namespace {

using nlohmann::json;
using testing::feature;

// The share we reach is printed; this floor sits a little below it so regressions fail.
constexpr double kFloor = 0.92;

// eyecite cleans its test inputs first (clean_steps): markup out, whitespace runs to one space.
std::string cleaned(std::string text, const json& options) {
  if (!options.contains("clean_steps")) return text;
  for (const auto& step : options["clean_steps"]) {
    if (step == "html") text = std::regex_replace(text, std::regex("<[^>]*>"), "");
    if (step == "all_whitespace") text = std::regex_replace(text, std::regex("\\s+"), " ");
    if (step == "inline_whitespace") text = std::regex_replace(text, std::regex("[ \\t]+"), " ");
  }
  return text;
}

// Reporters compared without spaces and periods: "NY2d" is "N.Y.2d", "F Supp 2d" "F. Supp. 2d".
std::string canon(std::string text) {
  std::erase_if(text, [](char c) { return c == ' ' || c == '.'; });
  return text;
}

std::string text_of(const json& value, const std::string& fallback) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  return value.is_number() ? std::to_string(value.get<long>()) : fallback;
}

std::string first_number(const std::string& pin) {
  const auto begin = pin.find_first_of("0123456789");
  if (begin == std::string::npos) return {};
  return pin.substr(begin, pin.find_first_not_of("0123456789", begin) - begin);
}

// Whether some found citation is the expected one (factory and its arguments, with the
// defaults of eyecite's test factories).
bool found_expected(const std::vector<Citation>& found, const json& expected) {
  const std::string factory = expected["factory"];
  const json& kwargs = expected["kwargs"];
  if (factory == "id_citation" || factory == "supra_citation") {
    const std::string form = factory == "id_citation" ? "id" : "supra";
    return std::any_of(found.begin(), found.end(),
                       [&](const Citation& c) { return feature(c, "form") == form; });
  }
  const json groups = kwargs.value("groups", json::object());
  const std::string reporter = kwargs.contains("reporter")
                                   ? text_of(kwargs["reporter"], "")
                                   : (factory == "law_citation" ? "Mass. Gen. Laws" : "U.S.");
  const bool short_form = kwargs.value("short", false);
  return std::any_of(found.begin(), found.end(), [&](const Citation& c) {
    if (canon(feature(c, "reporter")) != canon(reporter)) return false;
    if (factory == "law_citation") {
      for (const auto& [name, value] : groups.items())
        if (feature(c, name) != text_of(value, "")) return false;
      return true;
    }
    const std::string volume = kwargs.contains("volume") ? text_of(kwargs["volume"], "1") : "1";
    const std::string page = kwargs.contains("page") ? text_of(kwargs["page"], "1") : "1";
    if (feature(c, "volume") != volume) return false;
    if (short_form) return feature(c, "form") == "short" && first_number(feature(c, "pin")) == page;
    return feature(c, "form") == "full" && feature(c, "page") == page;
  });
}

bool scored(const json& expected) {
  const std::string factory = expected["factory"];
  return factory != "reference_citation" && factory != "unknown_citation";
}

TEST(EyecitePairs, ShareOfCasesFound) {
  const auto pairs = testing::shared_file("data/eyecite/find_test_pairs.jsonl");
  if (!pairs)
    GTEST_SKIP() << "STRATA_SHARED_DIR with data/eyecite/find_test_pairs.jsonl is not available";
  const CitationFinder finder;
  std::istringstream in(*pairs);
  std::size_t cases = 0, passed = 0, unscored = 0;
  for (std::string line; std::getline(in, line);) {
    const json pair = json::parse(line);
    const std::string text = cleaned(pair["text"], pair["options"]);
    const auto found = finder.find(text);
    bool ok = true, any_scored = false;
    for (const auto& expected : pair["expected"]) {
      if (!scored(expected)) continue;
      any_scored = true;
      ok = ok && found_expected(found, expected);
    }
    if (pair["expected"].empty()) {
      any_scored = true;  // nothing to find: a case cite here is a false positive
      ok = found.empty();
    }
    if (!any_scored) {
      ++unscored;
      continue;
    }
    ++cases;
    if (ok) {
      ++passed;
      continue;
    }
    std::cout << "MISSED " << pair["test"].get<std::string>() << ": " << json(text).dump()
              << "\n  expected " << pair["expected"].dump() << "\n  found   ";
    for (const auto& c : found)
      std::cout << "[" << feature(c, "form") << " " << feature(c, "id") << "] ";
    std::cout << "\n";
  }
  const double share = cases ? static_cast<double>(passed) / static_cast<double>(cases) : 0.0;
  std::cout << "eyecite pairs: " << passed << " of " << cases << " cases found (" << share * 100
            << " %); " << unscored << " cases with only reference/unknown citations not scored\n";
  EXPECT_GE(share, kFloor);
}

}  // namespace
}  // namespace strata::legal::us
