#include "headless_chromium.hpp"

#include <nlohmann/json.hpp>

#include "strata_process.hpp"

namespace fs = std::filesystem;

namespace strata::testing {
namespace {

// The URLs of events the page's own loads caused.
std::vector<std::string> requests_from_file_pages(const fs::path& net_log) {
  std::vector<std::string> urls;
  const auto log = nlohmann::json::parse(read_file(net_log), nullptr, false);
  if (log.is_discarded() || !log.contains("events")) return {"<unreadable net log>"};
  for (const auto& event : log["events"]) {
    if (!event.contains("params")) continue;
    const auto& params = event["params"];
    if (!params.is_object() || !params.contains("url") || !params.contains("network_isolation_key"))
      continue;
    const std::string key = params["network_isolation_key"].get<std::string>();
    if (key.starts_with("file://")) urls.push_back(params["url"].get<std::string>());
  }
  return urls;
}

}  // namespace

std::string chromium_program() {
  const auto found = run_command("command -v chromium");
  if (found.exit_code != 0) return "";
  std::string path = found.out;
  while (!path.empty() && (path.back() == '\n' || path.back() == ' ')) path.pop_back();
  return path;
}

RenderedPage render_page(const fs::path& page, const fs::path& screenshot, int width, int height) {
  ScratchDir profile;
  const fs::path net_log = profile / "net-log.json";
  std::string command =
      shell_quoted(chromium_program()) +
      " --headless --no-sandbox --disable-gpu --disable-background-networking"
      " --no-first-run --user-data-dir=" +
      shell_quoted((profile / "profile").string()) +
      " --host-resolver-rules='MAP * ~NOTFOUND' --log-net-log=" + shell_quoted(net_log.string()) +
      " --window-size=" + std::to_string(width) + "," + std::to_string(height);
  if (!screenshot.empty()) command += " --screenshot=" + shell_quoted(screenshot.string());
  command += " --dump-dom " + shell_quoted("file://" + fs::absolute(page).string());
  const auto run = run_command("timeout 60 " + command);
  RenderedPage rendered{run.exit_code, run.out, {}, run.err};
  rendered.page_requests = requests_from_file_pages(net_log);
  return rendered;
}

}  // namespace strata::testing
