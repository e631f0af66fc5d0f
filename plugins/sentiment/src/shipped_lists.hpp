// The word lists the plugin ships for one language, loaded as the annotator uses them.
#pragma once

#include <filesystem>
#include <string_view>

#include "word_lists.hpp"

namespace strata::sentiment {

// lexicon-LANG.txt, then our corrections-LANG.txt where the language has them (they override
// the lexicon), then rules-LANG.txt, all from `resource_dir`. Throws Error naming a file it
// cannot read, or the file and line of a bad line.
WordLists load_shipped_lists(const std::filesystem::path& resource_dir, std::string_view language);

}  // namespace strata::sentiment
