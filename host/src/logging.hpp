// The host's log on standard error, and the loggers it hands to plugins.
#pragma once

#include <spdlog/spdlog.h>

#include <memory>
#include <string>

#include "strata/logger.hpp"

namespace strata::host {

// Makes spdlog's default logger write "strata: LEVEL: message" lines to standard error, showing
// warnings and worse, or everything from `level` up.
void set_up_logging(spdlog::level::level_enum level = spdlog::level::warn);

// A plugin's log: its messages go to the host's log, tagged with the plugin's name.
class PluginLogger : public Logger {
 public:
  explicit PluginLogger(const std::string& plugin_name);
  void log(LogLevel level, std::string_view message) override;

 private:
  std::string plugin_name_;
};

}  // namespace strata::host
