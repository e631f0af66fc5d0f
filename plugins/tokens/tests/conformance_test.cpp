// The plugin conformance kit (strata/testing.hpp) on the built tokens plugin.
#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(Tokens, STRATA_PLUGIN_FILE)
