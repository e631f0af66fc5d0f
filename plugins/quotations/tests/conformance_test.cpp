// The plugin conformance kit (strata/testing.hpp) on the built quotations plugin.
#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(Quotations, STRATA_PLUGIN_FILE)
