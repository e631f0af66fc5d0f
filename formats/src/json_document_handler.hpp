// Reading a Strata JSON document as the parser goes, without a tree of the whole file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strata/feature.hpp"
#include "string_table.hpp"

namespace strata::formats {

// One feature of an annotation as the file gives it; strings are numbers in its layer's.
struct JsonFeature {
  std::uint32_t name = 0;
  FeatureView::Kind kind = FeatureView::Kind::string;
  std::uint32_t text = 0;    // a string; a reference's layer
  std::int64_t integer = 0;  // an integer or boolean; a reference's id
  double real = 0.0;         // a real (NaN for null, as write_json spells NaN)
};

// One annotation as the file gives it, its offsets still in code points. A key that is missing
// or of the wrong type is noted, to be reported once the whole file has been read.
struct JsonAnnotation {
  enum Key : std::uint8_t { kId = 1, kBegin = 2, kEnd = 4, kType = 8 };
  std::uint64_t id = 0;
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  std::uint32_t type = 0;       // in its layer's strings
  std::uint8_t present = 0;     // Keys seen with the right type
  std::uint8_t wrong_type = 0;  // Keys seen with another type
  std::uint32_t feature_count = 0;
  std::size_t first_feature = 0;
};

// One layer as the file gives it: its annotations in file order, their features in one list.
struct JsonLayer {
  std::string name;
  bool is_array = true;
  std::optional<std::string> feature_error;  // a feature value of no known kind
  std::vector<JsonAnnotation> annotations;
  std::vector<JsonFeature> features;
  StringTable strings;  // types, feature names and string values
};

// What the top-level keys gave.
struct JsonDocumentParts {
  std::optional<std::string> id;
  std::optional<std::string> text;
  std::optional<std::string> language;
  bool id_wrong_type = false;
  bool text_wrong_type = false;
  bool language_wrong_type = false;
  bool is_object = false;
  enum class LayersKey { missing, wrong_type, object } layers_key = LayersKey::missing;
  std::vector<std::pair<std::string, std::string>> metadata;
  // What is wrong with "metadata", when something is: it is not an object, or a value is not a
  // string (the first such key). A Document's metadata holds strings only, and a number kept as
  // its text would come back as a string: refused, as a value dropped would be lost unseen.
  std::optional<std::string> metadata_error;
  std::vector<std::pair<std::string, std::string>> producers;  // layer -> plugin
  // Whether the document has Strata's "strata" object: without it, no layer is Strata's own.
  bool has_strata = false;
  std::vector<JsonLayer> layers;
  std::optional<std::string> syntax_error;
};

// The events of nlohmann's SAX parser turned into JsonDocumentParts: each annotation is kept as a
// small record instead of a tree of JSON values, which took several allocations per annotation
// and most of the reading time. Keys the format does not have are skipped, whatever they hold.
class JsonDocumentHandler : public nlohmann::json_sax<nlohmann::ordered_json> {
 public:
  explicit JsonDocumentHandler(JsonDocumentParts& parts) : parts_(parts) {}

  bool null() override;
  bool boolean(bool value) override;
  bool number_integer(std::int64_t value) override;
  bool number_unsigned(std::uint64_t value) override;
  bool number_float(double value, const std::string& spelled) override;
  bool string(std::string& value) override;
  bool binary(binary_t& value) override;
  bool start_object(std::size_t elements) override;
  bool key(std::string& key) override;
  bool end_object() override;
  bool start_array(std::size_t elements) override;
  bool end_array() override;
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& error) override;

 private:
  // Where in the document the parser is: the value being read belongs to the innermost.
  enum class Place {
    start,       // before the document's object
    root,        // a value of the document's object: key_ says which
    metadata,    // a value of "metadata"
    layers,      // a value of "layers": a layer's array
    layer,       // an element of a layer's array: an annotation
    annotation,  // a value of an annotation's object: key_ says which
    features,    // a value of "features"
    reference,   // a value of a reference feature's object
    strata,      // a value of "strata"
    producers,   // a value of "producers"
    skipped,     // inside something the format does not have
  };

  // A scalar value at the current place.
  struct Scalar {
    FeatureView::Kind kind;
    std::string* text = nullptr;
    std::int64_t integer = 0;
    bool is_unsigned = false;
    double real = 0.0;
  };
  bool scalar(const Scalar& value);
  // A value that opens an object or array at the current place: where its contents go.
  Place opened(bool is_object);
  JsonAnnotation& annotation() { return layer().annotations.back(); }
  JsonLayer& layer() { return parts_.layers.back(); }
  // A layer named key_, replacing one of the same name.
  void start_layer(bool is_array);
  void add_feature(const JsonFeature& feature);
  // Notes, for the layer, that feature `name` has a value of no known kind (the first such).
  void feature_of_unknown_kind(std::string_view name);
  // Notes that "metadata" is not an object, or that the value of key_ in it is not a string.
  void metadata_of_wrong_type();
  void metadata_value_of_wrong_type();

  JsonDocumentParts& parts_;
  std::vector<Place> places_{Place::start};
  std::string key_;        // the last key read
  JsonFeature reference_;  // the reference feature being read
  bool reference_has_layer_ = false;
  bool reference_has_id_ = false;
};

}  // namespace strata::formats
