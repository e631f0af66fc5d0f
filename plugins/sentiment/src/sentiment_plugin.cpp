// The entry point that makes the sentiment annotator a loadable Strata plugin.
#include "sentiment_annotator.hpp"
#include "strata/plugin.hpp"

STRATA_PLUGIN(strata::sentiment::SentimentAnnotator)
