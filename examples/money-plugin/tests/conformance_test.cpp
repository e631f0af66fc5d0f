// The checks every Strata plugin must pass (`strata plugins check`), one test each: the
// plugin survives hard texts, writes only its layer, stays inside the text, is deterministic and
// gives the same results on several threads.
#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(Money, STRATA_PLUGIN_FILE)
