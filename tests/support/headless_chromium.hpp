// Opening a page in headless Chromium from tests: the DOM after its scripts ran, a screenshot,
// and the network requests the page itself made.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace strata::testing {

// Chromium as Debian installs it ("chromium" on the PATH), or "" when it is not installed.
std::string chromium_program();

// What Chromium made of a page.
struct RenderedPage {
  int exit_code = -1;
  std::string dom;  // the serialized DOM once the page's scripts ran
  // The URLs of the requests the page made (not Chromium's own, e.g. update checks), as its
  // network log records them: those whose isolation key is the file:// page's.
  std::vector<std::string> page_requests;
  std::string err;
};

// Opens `page` (a local file) headless with no sandbox, GPU, first-run or background networking,
// a fresh profile and every host name unresolvable, so that a request that does leave the page
// fails fast but is still logged. Writes a screenshot of `width`x`height` to `screenshot` unless
// it is empty.
RenderedPage render_page(const std::filesystem::path& page,
                         const std::filesystem::path& screenshot = {}, int width = 1200,
                         int height = 1500);

}  // namespace strata::testing
