// The entry point that makes the legal annotator a loadable Strata plugin.
#include "legal_annotator.hpp"
#include "strata/plugin.hpp"

STRATA_PLUGIN(strata::legal::LegalAnnotator)
