#include "tei_header.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <sstream>
#include <string>

#include "application_ids.hpp"
#include "sample_documents.hpp"

namespace strata::formats {
namespace {

// The header as append_tei_header builds it, printed as a TEI file indents it.
std::string built(const Document& document, const RunInfo& run) {
  pugi::xml_document tei;
  append_tei_header(tei, document, run, ApplicationIds(run), "abc");
  std::ostringstream out;
  tei.first_child().print(out, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
  return out.str();
}

std::string printed(const Document& document, const RunInfo& run) {
  std::ostringstream out;
  print_tei_header(out, document, run, "abc");
  return out.str();
}

TEST(TeiHeader, PrintsWhatTheBuiltHeaderPrintsForEverySample) {
  for (const auto& sample : testing::sample_documents()) {
    const Document document = sample.make();
    EXPECT_EQ(printed(document, sample.run), built(document, sample.run)) << sample.name;
  }
}

// The run's part is printed once per thread and run: another run, or the same run with one
// option changed, must not get the part printed before.
TEST(TeiHeader, PrintsTheRunItIsGivenAfterAnother) {
  const Document document = testing::sample("news").make();
  const RunInfo first = testing::sample_run();
  RunInfo other_option = first;
  other_option.plugins.back().options.emplace_back("threshold", "0.7 & more");
  RunInfo no_plugins = first;
  no_plugins.plugins.clear();
  no_plugins.timestamp = "yesterday";
  for (const RunInfo* run :
       std::initializer_list<const RunInfo*>{&first, &other_option, &no_plugins, &first}) {
    EXPECT_EQ(printed(document, *run), built(document, *run));
  }
  EXPECT_NE(printed(document, other_option), printed(document, first));
  EXPECT_NE(printed(document, other_option).find("0.7 &amp; more"), std::string::npos);
}

}  // namespace
}  // namespace strata::formats
