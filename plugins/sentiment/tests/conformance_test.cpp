// The plugin conformance kit (strata/testing.hpp) on the built sentiment plugin.
#include <strata/testing.hpp>

STRATA_TEST_PLUGIN_CONFORMANCE(Sentiment, STRATA_PLUGIN_FILE)
