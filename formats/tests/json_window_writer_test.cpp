#include "strata/formats/json_window_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "sample_documents.hpp"
#include "strata/formats/json_reader.hpp"
#include "window_documents.hpp"

namespace strata::formats {
namespace {

using testing::annotated_piece;
using testing::kFirstParagraph;
using testing::kSecondParagraph;
using testing::sample_run;
using testing::write_windows;

std::string windowed_json(const Document& whole, const std::vector<std::string_view>& pieces) {
  std::ostringstream out;
  JsonWindowWriter writer(whole, sample_run(), out);
  write_windows(writer, pieces);
  return out.str();
}

TEST(JsonWindowWriter, ReadsBackAsOneDocument) {
  const std::string first(kFirstParagraph), second(kSecondParagraph);
  const Document whole = annotated_piece(first + second);
  const Document back = read_json(windowed_json(whole, {first, second}));
  EXPECT_EQ(back.text(), whole.text());
  EXPECT_EQ(back.layer("entities").size(), whole.layer("entities").size());
  EXPECT_EQ(back.layer("tokens").size(), whole.layer("tokens").size());
}

}  // namespace
}  // namespace strata::formats
