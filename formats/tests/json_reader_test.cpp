#include "strata/formats/json_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "sample_documents.hpp"
#include "strata/error.hpp"
#include "strata/formats/json_writer.hpp"
#include "written.hpp"

namespace strata::formats {
namespace {

using testing::json_of;

// Reading what write_json wrote and writing it again gives the same bytes, for every sample.
TEST(JsonReader, RoundTripsEverySample) {
  for (const auto& sample : testing::sample_documents()) {
    const std::string first = json_of(sample.make(), sample.run);
    const Document read = read_json(first);
    EXPECT_EQ(json_of(read, sample.run), first) << sample.name;
  }
}

// A file Strata wrote names the plugins that made its layers and leaves strata's own out; a file
// made elsewhere, without the "strata" object, names no maker: "?", not strata.
TEST(JsonReader, LayersOfAFileMadeElsewhereHaveAnUnknownMaker) {
  const std::string layers = R"("layers":{"a":[{"id":0,"begin":0,"end":1,"type":"x"}],)"
                             R"("b":[{"id":0,"begin":0,"end":1,"type":"y"}]})";
  const Document strata =
      read_json(R"({"id":"d","text":"ab",)" + layers + R"(,"strata":{"producers":{"b":"plug"}}})");
  EXPECT_EQ(strata.layer("a").producer(), "");
  EXPECT_EQ(strata.layer("b").producer(), "plug");
  const Document elsewhere = read_json(R"({"id":"d","text":"ab",)" + layers + "}");
  EXPECT_EQ(elsewhere.layer("a").producer(), "?");
  EXPECT_EQ(elsewhere.layer("b").producer(), "?");
}

TEST(JsonReader, KeepsIdsOffsetsAndReferences) {
  const Document document = read_json(
      R"({"id":"d","lang":"it","text":"Città 😀 Roma","layers":{)"
      R"("entities":[{"id":1,"begin":8,"end":12,"type":"LOC","features":{"n":2,"r":0.5}},)"
      R"({"id":0,"begin":0,"end":5,"type":"LOC","features":{}}],)"
      R"("quotes":[{"id":0,"begin":0,"end":12,"type":"q","features":{"who":{"layer":"entities","id":1}}}]}})");
  EXPECT_EQ(document.language(), "it");
  const Layer& entities = document.layer("entities");
  EXPECT_EQ(document.text(entities.begin(1), entities.end(1)), "Roma");
  EXPECT_EQ(document.text(entities.begin(0), entities.end(0)), "Città");
  EXPECT_EQ(std::get<std::int64_t>(*entities.feature(1, "n")), 2);
  EXPECT_EQ(std::get<double>(*entities.feature(1, "r")), 0.5);
  EXPECT_EQ(std::get<AnnotationRef>(*document.layer("quotes").feature(0, "who")),
            (AnnotationRef{"entities", 1}));
  EXPECT_EQ(document.layer_names(), (std::vector<std::string>{"entities", "quotes"}));
}

std::string error_of(std::string_view json) {
  try {
    read_json(std::string(json));
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(JsonReader, BadInputSaysWhatIsWrong) {
  EXPECT_EQ(error_of("[1]"), "not a Strata JSON document (expected an object)");
  EXPECT_EQ(error_of(R"({"id":"d","layers":{}})"), "document: missing \"text\"");
  EXPECT_EQ(
      error_of(R"({"id":"d","text":"ab","layers":{"x":[{"id":0,"begin":0,"end":9,"type":"t"}]}})"),
      "layer \"x\": offset 9 is past the end of the text");
  EXPECT_EQ(
      error_of(R"({"id":"d","text":"ab","layers":{"x":[{"id":3,"begin":0,"end":1,"type":"t"}]}})"),
      "layer \"x\": annotation ids must be 0..0, each once");
  EXPECT_NE(error_of("{").find("not valid JSON"), std::string::npos);
  std::string utf16 = "\xFF\xFE";
  for (const char c : std::string(R"({"id":"d","text":"ab","layers":{}})")) {
    utf16 += std::string{c, '\0'};
  }
  EXPECT_EQ(error_of(utf16),
            "JSON in UTF-16, and only UTF-8 is read (convert it first: iconv -f UTF-16 -t UTF-8)");
}

// Integers beyond 2^63 - 1 were read as the negative number their bits make, and a reference
// to an id beyond 2^32 - 1 as one to the id its low bits make, which may exist.
TEST(JsonReader, NumbersBeyondWhatTheyAreHeldInAreNotWrappedAround) {
  const auto annotation = [](std::string_view features) {
    return R"({"id":"d","text":"ab","layers":{"x":[{"id":0,"begin":0,"end":1,"type":"t",)"
           R"("features":{)" +
           std::string(features) + "}}]}}";
  };
  const Document document =
      read_json(annotation(R"("big":18446744073709551615,"max":9223372036854775807)"));
  const Layer& x = document.layer("x");
  EXPECT_EQ(std::get<double>(*x.feature(0, "big")), 18446744073709551615.0);
  EXPECT_EQ(std::get<std::int64_t>(*x.feature(0, "max")), 9223372036854775807);
  EXPECT_EQ(error_of(annotation(R"("r":{"layer":"x","id":4294967296})")),
            "layer \"x\": feature \"r\" refers to annotation 4294967296, an id no annotation "
            "can have");
  EXPECT_EQ(error_of(annotation(R"("r":{"layer":"x","id":18446744073709551615})")),
            "layer \"x\": feature \"r\" refers to annotation 18446744073709551615, an id no "
            "annotation can have");
  EXPECT_EQ(std::get<AnnotationRef>(*read_json(annotation(R"("r":{"layer":"x","id":4294967295})"))
                                         .layer("x")
                                         .feature(0, "r")),
            (AnnotationRef{"x", 4294967295u}));
}

// A Document's metadata and language are strings: any other value was dropped without a word.
TEST(JsonReader, MetadataAndLanguageThatAreNotStringsAreRefusedByName) {
  const auto document = [](std::string_view rest) {
    return R"({"id":"d","text":"ab","layers":{})" + std::string(rest) + "}";
  };
  for (const std::string value :
       {"2024", "-1", "1.5", "true", "null", "[\"a\"]", "{\"k\":\"v\"}"}) {
    EXPECT_EQ(error_of(document(R"(,"metadata":{"title":"T","year":)" + value + "}")),
              "document: metadata \"year\" has the wrong type: metadata values are strings")
        << value;
    EXPECT_EQ(error_of(document(R"(,"lang":)" + value)), "document: \"lang\" has the wrong type")
        << value;
  }
  // The first such key is named, quoted as JSON, so that the message stays on one line.
  EXPECT_EQ(error_of(document(R"(,"metadata":{"a\nb":1,"c":2})")),
            "document: metadata \"a\\nb\" has the wrong type: metadata values are strings");
  EXPECT_EQ(error_of(document(R"(,"metadata":["a"])")),
            "document: \"metadata\" has the wrong type");
  EXPECT_EQ(error_of(document(R"(,"metadata":"a")")), "document: \"metadata\" has the wrong type");
  // A key given twice keeps its last value, as for every other key.
  const Document twice =
      read_json(document(R"(,"metadata":{"year":1},"metadata":{"year":"1"},"lang":1,"lang":"it")"));
  EXPECT_EQ(twice.metadata().at("year"), "1");
  EXPECT_EQ(twice.language(), "it");
}

}  // namespace
}  // namespace strata::formats
