// A citation while the finder is still reading it, before it becomes a Citation.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "template_record.hpp"

namespace strata::legal::us {

// The forms a US citation takes: a full case cite, its short form ("1 U.S., at 5"), "Id."/
// "Ibid.", "supra", or a statute.
enum class Form { full, short_form, id, supra, statute };

// Everything the finder learns about one citation. Strings stay empty when absent.
struct FoundCite {
  Form form = Form::full;
  std::size_t begin = 0;  // the whole citation: case name ... parenthetical
  std::size_t end = 0;
  std::size_t core_end = 0;  // end of "volume reporter page" (or the statute's section)
  std::string id;            // the normalized cite ("347 U.S. 483")
  std::string volume, reporter, reporter_found, page, pin, court, year;
  std::string plaintiff, defendant;
  std::string title, section, chapter;
  std::string subject;     // a code's subject ("Gen. Bus." in "N.Y. Gen. Bus. Law"): in the id only
  std::string name_guess;  // short forms and supra: the case name written before them
  std::string antecedent;  // id of the cite a short form, Id. or supra refers to
  bool statute_antecedent = false;  // an Id. that refers to a statute is a statute
  // The template that matched, and others that matched the same text (a spelling two editions
  // share): the year picks between them.
  const TemplateRecord* record = nullptr;
  std::vector<const TemplateRecord*> alternatives;
};

}  // namespace strata::legal::us
