// The entry point that makes the quotations annotator a loadable Strata plugin.
#include "quotations_annotator.hpp"
#include "strata/plugin.hpp"

STRATA_PLUGIN(strata::quotations::QuotationsAnnotator)
