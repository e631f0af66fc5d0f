// The plugin conformance kit (strata/testing.hpp) on the built legal plugin.
#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(Legal, STRATA_PLUGIN_FILE)
