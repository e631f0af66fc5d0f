#include "report_html.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include "report_svg.hpp"
#include "strata/formats/html_escape.hpp"

namespace strata::host {
namespace {

using formats::html_escaped;

constexpr const char* kStyle = R"CSS(
body{font:14px/1.45 sans-serif;margin:0 auto;max-width:70em;padding:0 1.5em 3em;color:#222}
h1{font-size:1.5em;margin:.8em 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .4em;
border-bottom:1px solid #ddd}h3{font-size:1em;margin:1em 0 .3em}
.figures span{display:inline-block;margin:0 1.5em .5em 0;font-size:1.1em}
.figures b{font-size:1.4em}
.pair{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:2px 8px}
th{background:#f4f4f4;text-align:left}td.n{text-align:right}
svg.chart{font:12px sans-serif}svg .bar{fill:#5b8fd6}svg .bar.pos{fill:#5aad5a}
svg .bar.neg{fill:#d46060}svg .axis{stroke:#888}
.failed{color:#a00}
)CSS";

std::string fixed(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string table(const std::vector<std::string>& headers,
                  const std::vector<std::vector<std::string>>& rows) {
  std::string out = "<table><tr>";
  for (const auto& header : headers) out += "<th>" + html_escaped(header) + "</th>";
  out += "</tr>";
  for (const auto& row : rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      // Numbers are aligned right.
      const bool number =
          !row[i].empty() && row[i].find_first_not_of("-.0123456789") == std::string::npos;
      out += (number ? "<td class=\"n\">" : "<td>") + html_escaped(row[i]) + "</td>";
    }
    out += "</tr>";
  }
  return out + "</table>";
}

std::string nothing(const std::string& what) {
  return "<p>No " + html_escaped(what) + " in these documents.</p>";
}

std::string figures(const CorpusStats& stats) {
  const std::array<std::pair<const char*, std::size_t>, 5> all = {{
      {"documents", stats.documents()},
      {"tokens", stats.tokens()},
      {"entities", stats.entities()},
      {"quotations", stats.quotations()},
      {"citations", stats.citations()},
  }};
  std::string out = "<div class=\"figures\">";
  for (const auto& [name, count] : all) {
    out += "<span><b>" + std::to_string(count) + "</b> " + name + "</span>";
  }
  return out + "</div>";
}

std::string entities(const CorpusStats& stats, std::size_t top) {
  std::string out = "<h2>Most frequent entities by type</h2>";
  if (stats.entity_types().empty()) return out + nothing("entities");
  out += "<div class=\"pair\">";
  for (const auto& type : stats.entity_types()) {
    std::vector<Bar> bars;
    for (const Tally& t : stats.top_entities(type, top)) {
      bars.push_back({t.name, static_cast<double>(t.count), std::to_string(t.count)});
    }
    out += "<div><h3>" + html_escaped(type) + "</h3>" + bar_chart(bars) + "</div>";
  }
  return out + "</div>";
}

std::string speakers(const CorpusStats& stats, std::size_t top) {
  std::string out = "<h2>Who is quoted most</h2>";
  if (stats.quotations() == 0) return out + nothing("quotations");
  std::vector<Bar> bars;
  for (const Tally& t : stats.top_speakers(top)) {
    bars.push_back({t.name, static_cast<double>(t.count), std::to_string(t.count)});
  }
  out += "<p>" + std::to_string(stats.quotations()) + " quotations, " +
         std::to_string(stats.unattributed_quotations()) + " without a named speaker.</p>";
  return out + bar_chart(bars);
}

std::string document_sentiment(const CorpusStats& stats) {
  std::string out = "<h2>Sentiment per document</h2>";
  const auto& rows = stats.document_sentiment();
  if (rows.empty()) return out + nothing("document sentiment");
  std::map<std::string, std::size_t> labels;
  // Ten bins of 0.2 over [-1, 1]; a score of exactly 1 goes into the last.
  std::array<std::size_t, 10> bins{};
  std::vector<std::vector<std::string>> table_rows;
  for (const auto& row : rows) {
    ++labels[row.label];
    const double clamped = std::clamp(row.score, -1.0, 1.0);
    ++bins[std::min<std::size_t>(9, static_cast<std::size_t>((clamped + 1.0) / 0.2))];
    table_rows.push_back({row.document, row.label, fixed(row.score, 3)});
  }
  std::vector<Bar> by_label;
  for (const auto& [label, count] : labels) {
    by_label.push_back({label, static_cast<double>(count), std::to_string(count)});
  }
  std::vector<Bar> histogram;
  for (std::size_t i = 0; i < bins.size(); ++i) {
    const double low = -1.0 + 0.2 * static_cast<double>(i);
    histogram.push_back({"score " + fixed(low, 1) + " to " + fixed(low + 0.2, 1),
                         static_cast<double>(bins[i]), std::to_string(bins[i])});
  }
  out += "<div class=\"pair\"><div><h3>Documents by label</h3>" + bar_chart(by_label) +
         "</div><div><h3>Documents by score</h3>" + bar_chart(histogram) + "</div></div>";
  out += "<details><summary>Every document (" + std::to_string(rows.size()) + ")</summary>" +
         table({"document", "label", "score"}, table_rows) + "</details>";
  return out;
}

std::string entity_sentiment(const CorpusStats& stats, std::size_t top) {
  std::string out = "<h2>Sentiment toward the most mentioned entities</h2>";
  const auto rows = stats.top_entity_sentiment(top);
  if (rows.empty()) return out + nothing("entity sentiment");
  std::vector<Bar> bars;
  std::vector<std::vector<std::string>> table_rows;
  for (const auto& row : rows) {
    const std::string name = row.target + " (" + row.type + ")";
    bars.push_back({name, row.mean_score(), fixed(row.mean_score(), 3)});
    table_rows.push_back({name, std::to_string(row.mentions), std::to_string(row.documents),
                          fixed(row.mean_score(), 3)});
  }
  return out + "<p>Mean score over the documents, weighted by mentions (−1 to 1).</p>" +
         "<div class=\"pair\">" + diverging_chart(bars) +
         table({"entity", "mentions", "documents", "mean score"}, table_rows) + "</div>";
}

std::string acts(const CorpusStats& stats, std::size_t top) {
  std::string out = "<h2>Most cited acts</h2>";
  const auto rows = stats.top_acts(top);
  if (rows.empty()) return out + nothing("citations");
  std::vector<Bar> bars;
  std::vector<std::vector<std::string>> table_rows;
  for (const auto& row : rows) {
    bars.push_back({row.id, static_cast<double>(row.citations), std::to_string(row.citations)});
    table_rows.push_back(
        {row.id, row.instrument, std::to_string(row.citations), std::to_string(row.documents)});
  }
  return out + "<div class=\"pair\">" + bar_chart(bars) +
         table({"act", "instrument", "citations", "documents"}, table_rows) + "</div>";
}

}  // namespace

std::string report_html(const CorpusStats& stats, const ReportSource& source, std::size_t top) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      "<title>Strata corpus report</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<h1>Corpus report</h1>\n<p>" + html_escaped(source.corpus) +
         "</p>\n" + figures(stats);
  if (!source.failures.empty()) {
    out += "<p class=\"failed\">" + std::to_string(source.failures.size()) +
           " document(s) could not be read and are left out:</p><ul class=\"failed\">";
    for (const auto& failure : source.failures) out += "<li>" + html_escaped(failure) + "</li>";
    out += "</ul>";
  }
  out += entities(stats, top) + speakers(stats, top) + document_sentiment(stats) +
         entity_sentiment(stats, top) + acts(stats, top);
  return out + "\n</body>\n</html>\n";
}

}  // namespace strata::host
