// The log a plugin writes to; the host owns where it goes.
#pragma once

#include <string_view>

namespace strata {

enum class LogLevel { debug, info, warning, error };

// A sink for a plugin's messages. The host gives each plugin one (plugins never touch spdlog's
// registry, which is per shared object); messages are tagged with the plugin's name.
class Logger {
 public:
  virtual ~Logger();
  virtual void log(LogLevel level, std::string_view message) = 0;

  void debug(std::string_view message) { log(LogLevel::debug, message); }
  void info(std::string_view message) { log(LogLevel::info, message); }
  void warn(std::string_view message) { log(LogLevel::warning, message); }
  void error(std::string_view message) { log(LogLevel::error, message); }
};

}  // namespace strata
