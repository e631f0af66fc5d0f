// The SDK installed from this build, for tests that build plugins outside the source tree.
#pragma once

#include <filesystem>

namespace strata::testing {

// The prefix `cmake --install` put this build's SDK and strata into. Installed on the first
// call and shared by every later one in the test program, so a program whose tests all need
// an installed SDK pays for one install; removed when the program ends. Throws if the install
// fails, with what cmake printed.
const std::filesystem::path& installed_sdk_prefix();

}  // namespace strata::testing
