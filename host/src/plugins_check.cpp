#include "plugins_check.hpp"

#include <algorithm>
#include <filesystem>

#include "commands.hpp"
#include "running_plugin.hpp"
#include "text_list.hpp"

namespace strata::host {
namespace {

std::vector<std::filesystem::path> folders_for(const std::string& name_or_path,
                                               const std::vector<std::string>& plugin_paths) {
  auto folders = PluginFinder::search_folders(plugin_paths);
  // A plugin built beside the plugins it needs finds them without --plugin-path.
  if (name_or_path.find('/') != std::string::npos) {
    folders.insert(folders.begin(), std::filesystem::absolute(name_or_path).parent_path());
  }
  return folders;
}

const char* verdict_word(CheckResult::Verdict verdict) {
  switch (verdict) {
    case CheckResult::Verdict::pass:
      return "PASS";
    case CheckResult::Verdict::fail:
      return "FAIL";
    case CheckResult::Verdict::skip:
      return "SKIP";
  }
  return "?";
}

}  // namespace

std::string result_line(const CheckResult& result) {
  std::string line = std::string(verdict_word(result.verdict)) + "  " + result.check;
  if (!result.text.empty()) line += "  [" + result.text + "]";
  if (!result.detail.empty()) line += "  " + result.detail;
  return line;
}

int check_plugin(const std::string& name_or_path, const std::vector<std::string>& plugin_paths,
                 std::ostream& out) {
  PluginFinder finder(folders_for(name_or_path, plugin_paths));
  const ConformanceSubject subject(name_or_path, finder);
  const auto prerequisites = subject.prerequisites();
  out << "checking plugin '" << subject.manifest().name << "'";
  if (!prerequisites.empty()) out << " after " << joined(prerequisites);
  // Out before the texts run: a plugin that crashes the process leaves at least this line, and
  // the note names the text it crashed on.
  out << std::endl;
  install_crash_note();
  const auto results = check_conformance(subject, hard_texts());
  for (const auto& result : results) out << result_line(result) << '\n';
  const auto failed = std::count_if(results.begin(), results.end(), [](const CheckResult& r) {
    return r.verdict == CheckResult::Verdict::fail;
  });
  out << (failed == 0 ? "plugin '" + subject.manifest().name + "' passes every check"
                      : std::to_string(failed) + " failure(s)")
      << '\n';
  return failed == 0 ? kSuccess : kSomeDocumentsFailed;
}

}  // namespace strata::host
