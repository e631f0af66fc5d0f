// Names and values as CWB's encoder takes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "strata/feature.hpp"

namespace strata::formats {

// Whether `name` may name a CWB attribute: [a-z][a-z0-9_]* (lower-case ASCII, as the encoding
// tutorial asks; '-' is refused too, since CQP reads it as minus).
bool is_cwb_name(std::string_view name);

// `name` made a CWB name: ASCII letters lower-cased, any other character but a digit or '_'
// becomes '_', and a name not starting with a letter gets an "a" in front
// ("entity-sentiment" -> "entity_sentiment", "Score" -> "score").
std::string cwb_name(std::string_view name);

// The longest value cwb-encode keeps (CL_MAX_LINE_LENGTH - 1 bytes); it cuts a longer one, and
// a line of 65,535 bytes or more (a token of a few MB without a space) stops the whole encoding.
inline constexpr std::size_t kCwbLongestValue = 4095;

// Appends `value` as a VRT value (a column, or an attribute value inside double quotes): '&',
// '<', '>' and '"' become &amp; &lt; &gt; &quot; (cwb-encode -x turns them back), and TAB, LF
// and CR, which would break the line into columns or lines, become a space. An empty value is
// written as "_", so that no column is empty. A value longer than kCwbLongestValue bytes once
// escaped is cut to fit, between characters, and ends in '$', as cwb-encode marks a value it
// cuts; true when it was.
bool append_vrt_value(std::string& out, std::string_view value);

// How a note says that values were cut.
inline const std::string kCutNote =
    "cut to the " + std::to_string(kCwbLongestValue) + " bytes cwb-encode keeps (ending in '$')";

// A feature's value as text: strings as they are, numbers in their shortest exact form,
// booleans as true/false, a reference as "<layer>-<id>" (the standOff xml:id in TEI output).
std::string feature_text(const FeatureValue& value);

}  // namespace strata::formats
