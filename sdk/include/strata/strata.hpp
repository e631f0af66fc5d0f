// Everything a plugin author needs, in one include.
#pragma once

#include "strata/annotator.hpp"
#include "strata/calendar.hpp"
#include "strata/case_folding.hpp"
#include "strata/conll.hpp"
#include "strata/document.hpp"
#include "strata/error.hpp"
#include "strata/file.hpp"
#include "strata/layer_names.hpp"
#include "strata/manifest.hpp"
#include "strata/option_values.hpp"
#include "strata/plugin.hpp"
#include "strata/resources.hpp"
#include "strata/token_index.hpp"
#include "strata/trainer.hpp"
#include "strata/version.hpp"
#include "strata/workspace_pool.hpp"
