// The plugin conformance kit (strata/testing.hpp) on the built entities plugin.
#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(Entities, STRATA_PLUGIN_FILE)
