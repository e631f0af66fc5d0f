// The entry point that makes the entities annotator, and its trainer, a loadable Strata plugin.
#include "entities_annotator.hpp"
#include "entities_trainer.hpp"
#include "strata/plugin.hpp"

STRATA_TRAINABLE_PLUGIN(strata::entities::EntitiesAnnotator, strata::entities::EntitiesTrainer)
