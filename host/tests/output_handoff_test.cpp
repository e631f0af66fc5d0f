#include "output_handoff.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <sstream>

#include "strata/error.hpp"
#include "worker_process.hpp"

namespace strata::host {
namespace {

std::string read_all(std::istream& in) {
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A text longer than the handoff's chunks, different at every place.
std::string text_of(std::size_t size, char seed) {
  std::string text(size, ' ');
  for (std::size_t i = 0; i < size; ++i) text[i] = static_cast<char>('a' + (i * 7 + seed) % 26);
  return text;
}

// A child puts each document's output, sends its size, and the parent takes it back whole: the
// file is shared through fork, not through the pipe.
TEST(OutputHandoff, AChildPutsAndTheParentTakes) {
  OutputHandoff handoff;
  const std::vector<std::string> outputs = {text_of(300'000, 1), text_of(10, 2), ""};
  WorkerProcess worker(
      [&](WorkerChannel channel) {
        while (const auto job = receive_job(channel.jobs)) {
          std::istringstream output(outputs[*job]);
          send_message(channel.results, {*job, false, std::to_string(handoff.put(output))});
        }
      },
      {});
  // The shorter outputs come after the longer one: only what the last put wrote is taken.
  for (std::uint64_t job = 0; job < outputs.size(); ++job) {
    ASSERT_TRUE(worker.send(job));
    const auto message = receive_message(worker.results_fd());
    ASSERT_TRUE(message);
    const std::uint64_t size = std::stoull(message->payload);
    EXPECT_EQ(size, outputs[job].size());
    std::istream& in = handoff.take(size);
    EXPECT_EQ(read_all(in), outputs[job]);
    EXPECT_FALSE(in.bad());
  }
  worker.finish();
  EXPECT_EQ(describe_end(worker.wait()), "exit code 0");
}

// A file cut short is an error, never a short output taken for a whole one.
TEST(OutputHandoff, TakingMoreThanWasPutIsAnError) {
  OutputHandoff handoff;
  std::istringstream output("short");
  ASSERT_EQ(handoff.put(output), 5u);
  // Read through its stream buffer, as the teiCorpus member copy reads: an Error.
  std::istream& raw = handoff.take(100'000);
  EXPECT_THROW(std::string(std::istreambuf_iterator<char>(raw), std::istreambuf_iterator<char>()),
               Error);
  // Read through the stream: its bad bit.
  std::istream& in = handoff.take(100'000);
  char bytes[16];
  while (in.read(bytes, sizeof bytes)) {
  }
  EXPECT_TRUE(in.bad());
  // The next take starts clean.
  EXPECT_EQ(read_all(handoff.take(5)), "short");
}

}  // namespace
}  // namespace strata::host
