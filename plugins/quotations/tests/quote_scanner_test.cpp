#include "quote_scanner.hpp"

#include <gtest/gtest.h>

namespace strata::quotations {
namespace {

// Each span as "content|marks", with a "!" for one left open, "~" for dialogue.
std::vector<std::string> spans(const std::string& text) {
  const std::vector<TextRange> paragraphs = line_paragraphs(text);
  std::vector<std::string> out;
  for (const QuotedSpan& span : find_quoted_spans(text, paragraphs)) {
    out.push_back(text.substr(span.begin, span.end - span.begin) + "|" + span.marks +
                  (span.closed ? "" : "!") + (span.dialogue ? "~" : ""));
  }
  return out;
}

using Spans = std::vector<std::string>;

TEST(QuoteScanner, PairsEveryFamily) {
  EXPECT_EQ(spans("«Non ci sto», ha detto. “Yes” and „ja“ and \"sì\"."),
            (Spans{"Non ci sto|«»", "Yes|“”", "ja|„“", "sì|\"\""}));
}

TEST(QuoteScanner, KeepsNestedQuotesInside) {
  EXPECT_EQ(spans("«Ha detto “basta” e ‘mai’», spiega."), (Spans{"Ha detto “basta” e ‘mai’|«»"}));
  EXPECT_EQ(spans("“He said ‘no’ twice.”"), (Spans{"He said ‘no’ twice.|“”"}));
}

TEST(QuoteScanner, TrimsSpacesInsideTheMarks) {
  EXPECT_EQ(spans("il \" livello di alleanza \" raggiunto"), (Spans{"livello di alleanza|\"\""}));
}

TEST(QuoteScanner, ApostrophesDoNotEndSingleQuotes) {
  EXPECT_EQ(spans("‘l’Italia c’è’, disse"), (Spans{"l’Italia c’è|‘’"}));
}

TEST(QuoteScanner, CarriesAQuoteIntoAParagraphThatReopensIt) {
  EXPECT_EQ(spans("«Primo paragrafo.\n«Secondo paragrafo», disse."),
            (Spans{"Primo paragrafo.\n«Secondo paragrafo|«»"}));
}

TEST(QuoteScanner, EndsAnUnclosedQuoteWithItsParagraph) {
  EXPECT_EQ(spans("«Mai chiuso.\nAltro testo «chiuso»."), (Spans{"Mai chiuso.|«!", "chiuso|«»"}));
}

TEST(QuoteScanner, ReadsDashDialogue) {
  EXPECT_EQ(spans("— Non ci sto — disse Rossi — e me ne vado.\nNarrazione."),
            (Spans{"Non ci sto|—~", "e me ne vado.|—~"}));
  EXPECT_EQ(spans("— Va bene.\n"), (Spans{"Va bene.|—~"}));
  EXPECT_EQ(spans("Una riga — con un inciso — qualsiasi."), Spans{});
}

TEST(QuoteScanner, IgnoresStrayClosers) {
  EXPECT_EQ(spans("testo» e ” soli"), Spans{});
  EXPECT_EQ(spans(""), Spans{});
}

}  // namespace
}  // namespace strata::quotations
