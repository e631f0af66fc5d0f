// The entry point that makes the tokens annotator a loadable Strata plugin.
#include "strata/plugin.hpp"
#include "tokens_annotator.hpp"

STRATA_PLUGIN(strata::tokens::TokensAnnotator)
