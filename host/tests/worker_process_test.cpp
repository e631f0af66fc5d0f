#include "worker_process.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace strata::host {
namespace {

// A child that answers each job with its index doubled, failing the odd ones.
void doubler(WorkerChannel channel) {
  while (const auto job = receive_job(channel.jobs)) {
    send_message(channel.results, {*job, *job % 2 == 1, std::to_string(*job * 2)});
  }
}

TEST(WorkerProcess, JobsGoOutAndMessagesComeBack) {
  WorkerProcess worker(doubler, {});
  for (std::uint64_t job : {4u, 7u}) {
    ASSERT_TRUE(worker.send(job));
    const auto message = receive_message(worker.results_fd());
    ASSERT_TRUE(message);
    EXPECT_EQ(message->job, job);
    EXPECT_EQ(message->failed, job == 7);
    EXPECT_EQ(message->payload, std::to_string(job * 2));
  }
  worker.finish();
  EXPECT_FALSE(receive_message(worker.results_fd()));  // the child stopped: end of file
  EXPECT_EQ(describe_end(worker.wait()), "exit code 0");
}

TEST(WorkerProcess, LargePayloadsArriveWhole) {
  const std::string big(3'000'000, 'x');  // far beyond a pipe's buffer
  WorkerProcess worker(
      [&big](WorkerChannel channel) {
        while (const auto job = receive_job(channel.jobs)) {
          send_message(channel.results, {*job, false, big});
        }
      },
      {});
  ASSERT_TRUE(worker.send(1));
  const auto message = receive_message(worker.results_fd());
  ASSERT_TRUE(message);
  EXPECT_EQ(message->payload, big);
}

TEST(WorkerProcess, ADeathBySignalIsEndOfFileAndNamed) {
  WorkerProcess worker(
      [](WorkerChannel channel) {
        if (receive_job(channel.jobs)) ::raise(SIGKILL);
      },
      {});
  ASSERT_TRUE(worker.send(0));
  EXPECT_FALSE(receive_message(worker.results_fd()));
  EXPECT_EQ(describe_end(worker.wait()), "SIGKILL");
  signal(SIGPIPE, SIG_IGN);
  EXPECT_FALSE(worker.send(1));  // nobody reads the jobs any more
  signal(SIGPIPE, SIG_DFL);
}

TEST(WorkerProcess, DescribesHowAChildEnded) {
  EXPECT_EQ(describe_end(W_EXITCODE(3, 0)), "exit code 3");
  EXPECT_EQ(describe_end(SIGSEGV), "SIGSEGV");  // a wait status for death by SIGSEGV
  EXPECT_EQ(describe_end(SIGABRT), "SIGABRT");
}

// A sibling that kept a dead worker's pipe open would hide its end of file.
TEST(WorkerProcess, ChildrenCloseTheParentsOtherPipes) {
  auto first = std::make_unique<WorkerProcess>(doubler, std::vector<int>{});
  WorkerProcess second(doubler, first->fds());
  first->finish();
  // Blocks for ever if `second` kept the write end of first's jobs: first would never stop.
  EXPECT_FALSE(receive_message(first->results_fd()));
  EXPECT_EQ(describe_end(first->wait()), "exit code 0");
}

}  // namespace
}  // namespace strata::host
