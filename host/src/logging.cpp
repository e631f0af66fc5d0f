#include "logging.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>

#include "one_line.hpp"

namespace strata::host {
namespace {

std::shared_ptr<spdlog::sinks::stderr_sink_mt> shared_sink() {
  static auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
  return sink;
}

spdlog::level::level_enum to_spdlog(LogLevel level) {
  switch (level) {
    case LogLevel::debug:
      return spdlog::level::debug;
    case LogLevel::info:
      return spdlog::level::info;
    case LogLevel::warning:
      return spdlog::level::warn;
    case LogLevel::error:
      return spdlog::level::err;
  }
  return spdlog::level::err;
}

// The message, kept on its line ("%*" in the pattern): every error is one line.
class OneLineMessage : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& message, const std::tm&,
              spdlog::memory_buf_t& out) override {
    const std::string line =
        one_line(std::string_view(message.payload.data(), message.payload.size()));
    out.append(line.data(), line.data() + line.size());
  }
  std::unique_ptr<custom_flag_formatter> clone() const override {
    return std::make_unique<OneLineMessage>();
  }
};

}  // namespace

void set_up_logging(spdlog::level::level_enum level) {
  auto logger = std::make_shared<spdlog::logger>("strata", shared_sink());
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<OneLineMessage>('*').set_pattern("strata: %l: %*");
  logger->set_formatter(std::move(formatter));
  logger->set_level(level);
  spdlog::set_default_logger(logger);
}

PluginLogger::PluginLogger(const std::string& plugin_name) : plugin_name_(plugin_name) {}

void PluginLogger::log(LogLevel level, std::string_view message) {
  // The host's logger, so one sink and one pattern serve every line; the tag says whose it is.
  spdlog::default_logger_raw()->log(to_spdlog(level), "[{}] {}", plugin_name_, message);
}

}  // namespace strata::host
