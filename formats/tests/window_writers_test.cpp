// What every window writer does alike: the whole document's file from its windows, however
// they are cut; the first window's language as the document's; no file without a window.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "strata/error.hpp"
#include "strata/formats/html_window_writer.hpp"
#include "strata/formats/html_writer.hpp"
#include "strata/formats/json_window_writer.hpp"
#include "strata/formats/json_writer.hpp"
#include "strata/formats/tei_inline_window_writer.hpp"
#include "strata/formats/tei_inline_writer.hpp"
#include "strata/formats/tei_window_writer.hpp"
#include "strata/formats/vrt_window_writer.hpp"
#include "strata/formats/vrt_writer.hpp"
#include "window_documents.hpp"
#include "xml_test_support.hpp"

namespace strata::formats {
namespace {

using testing::annotated_piece;
using testing::kFirstParagraph;
using testing::kSecondParagraph;
using testing::kThirdParagraph;
using testing::sample_run;

// A format's writers: the whole document's, a window writer's, and how it names the language
// ("" for none).
struct Format {
  std::string name;
  std::function<std::string(const Document&)> whole;
  std::function<std::unique_ptr<WindowWriter>(const Document&, std::ostream&)> in_windows;
  std::string italian;
};

// tei-inline and tei-inline-rs: the inline writers with `options`, which live as long as the tests.
Format inline_format(std::string name, const TeiInlineOptions& options) {
  return {std::move(name),
          [&options](const Document& d) {
            std::ostringstream out;
            write_tei_inline(d, sample_run(), out, options);
            return out.str();
          },
          [&options](const Document& d, std::ostream& out) {
            return std::make_unique<TeiInlineWindowWriter>(d, sample_run(), out, options);
          },
          "xml:lang=\"it\""};
}

const std::vector<Format>& formats() {
  static const TeiInlineOptions names;
  static const TeiInlineOptions rs{true, {}};
  static const std::vector<Format> all = {
      {"tei", [](const Document& d) { return testing::tei_string(d); },
       [](const Document& d, std::ostream& out) {
         return std::make_unique<TeiWindowWriter>(d, sample_run(), out);
       },
       "xml:lang=\"it\""},
      inline_format("tei-inline", names),
      inline_format("tei-inline-rs", rs),
      {"json",
       [](const Document& d) {
         std::ostringstream out;
         write_json(d, sample_run(), out);
         return out.str();
       },
       [](const Document& d, std::ostream& out) {
         return std::make_unique<JsonWindowWriter>(d, sample_run(), out);
       },
       "\"lang\":\"it\""},
      {"vrt",
       [](const Document& d) {
         std::ostringstream out;
         write_vrt(d, out);
         return out.str();
       },
       [](const Document& d, std::ostream& out) {
         return std::make_unique<VrtWindowWriter>(d, out, [](const std::string&) {});
       },
       ""},
      {"html",
       [](const Document& d) {
         std::ostringstream out;
         write_html(d, sample_run(), out);
         return out.str();
       },
       [](const Document& d, std::ostream& out) {
         return std::make_unique<HtmlWindowWriter>(d, sample_run(), out);
       },
       "lang=\"it\""},
  };
  return all;
}

std::string in_windows(const Format& format, const Document& whole,
                       const std::vector<std::string_view>& pieces) {
  std::ostringstream out;
  const auto writer = format.in_windows(whole, out);
  testing::write_windows(*writer, pieces);
  return out.str();
}

TEST(WindowWriters, WriteWhatTheWholeDocumentGives) {
  const std::string first(kFirstParagraph), second(kSecondParagraph), third(kThirdParagraph);
  const std::string text = first + second + third;
  Document whole = annotated_piece(text);
  whole.metadata()["title"] = "Tre paragrafi";
  for (const Format& format : formats()) {
    const std::string expected = format.whole(whole);
    EXPECT_EQ(in_windows(format, whole, {text}), expected) << format.name;
    EXPECT_EQ(in_windows(format, whole, {first, second + third}), expected) << format.name;
    EXPECT_EQ(in_windows(format, whole, {first, second, third}), expected) << format.name;
  }
}

TEST(WindowWriters, WriteTheFirstWindowsLanguageAsTheDocuments) {
  const Document whole = annotated_piece(kFirstParagraph);
  Document window = annotated_piece(kFirstParagraph);
  window.set_language("it");
  for (const Format& format : formats()) {
    if (format.italian.empty()) continue;
    std::ostringstream out;
    const auto writer = format.in_windows(whole, out);
    writer->write(window);
    writer->finish();
    EXPECT_NE(out.str().find(format.italian), std::string::npos) << format.name;
  }
}

TEST(WindowWriters, RefuseToFinishWithoutAWindow) {
  const Document whole = annotated_piece(kFirstParagraph);
  for (const Format& format : formats()) {
    std::ostringstream out;
    EXPECT_THROW(format.in_windows(whole, out)->finish(), Error) << format.name;
  }
}

}  // namespace
}  // namespace strata::formats
