#include "shipped_lists.hpp"

#include <string>

#include "strata/file.hpp"

namespace strata::sentiment {

WordLists load_shipped_lists(const std::filesystem::path& resource_dir, std::string_view language) {
  WordLists lists;
  const std::string lexicon = "lexicon-" + std::string(language) + ".txt";
  const std::string inflections = "inflections-" + std::string(language) + ".txt";
  const std::string corrections = "corrections-" + std::string(language) + ".txt";
  const std::string rules = "rules-" + std::string(language) + ".txt";
  // Emoticons first: a language's lexicon may score one of them otherwise, and the last wins.
  lists.add_lexicon(read_file(resource_dir / "emoticons.txt"), "emoticons.txt");
  lists.add_lexicon(read_file(resource_dir / lexicon), lexicon);
  // Forms of the lexicon's words that it lacks, and our own corrections to a lexicon made from
  // someone else's, where a language has them.
  for (const std::string& extra : {inflections, corrections}) {
    if (std::filesystem::exists(resource_dir / extra)) {
      lists.add_lexicon(read_file(resource_dir / extra), extra);
    }
  }
  lists.add_rules(read_file(resource_dir / rules), rules);
  lists.settle();
  return lists;
}

}  // namespace strata::sentiment
