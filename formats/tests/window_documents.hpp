// Documents cut into windows, for the tests of the window writers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "strata/document.hpp"
#include "strata/formats/window_writer.hpp"

namespace strata::formats::testing {

// Three paragraphs with non-ASCII letters, so that offsets in later windows count on in code
// points, not bytes.
inline constexpr std::string_view kFirstParagraph = "Rossi parla a Roma. Bianchi ascoltò.\n\n";
inline constexpr std::string_view kSecondParagraph = "Bianchi risponde: \"no\".\n\n";
inline constexpr std::string_view kThirdParagraph = "Il caffè di Müller.";

// A document of `piece` with structure, the entities, the quotes and quotations that point at
// their speaker, each sentence's sentiment label and an annotation off token boundaries, as
// plugins would add them to a document of that text.
Document annotated_piece(std::string_view piece);

// What `writer` writes for windows of `pieces`, each annotated_piece'd.
void write_windows(WindowWriter& writer, const std::vector<std::string_view>& pieces);

}  // namespace strata::formats::testing
