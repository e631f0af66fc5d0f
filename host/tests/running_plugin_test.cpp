#include "running_plugin.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>

namespace strata::host {
namespace {

TEST(RunningPlugin, NamesPluginAndDocumentWhileAlive) {
  EXPECT_EQ(running_plugin_note(), "");
  {
    const RunningPlugin running("entities", "corpus/a.txt");
    EXPECT_EQ(running_plugin_note(), "plugin 'entities' on document 'corpus/a.txt'");
  }
  EXPECT_EQ(running_plugin_note(), "");
}

TEST(RunningPlugin, KeepsTheNoteOnOneLineAndCutsALongId) {
  {
    const RunningPlugin running("x", "in/nl\nname\x1B.txt");
    EXPECT_EQ(running_plugin_note(), "plugin 'x' on document 'in/nl?name?.txt'");
  }
  const std::string long_id = std::string(1000, 'd') + "/end.txt";
  const RunningPlugin running("x", long_id);
  const std::string note(running_plugin_note());
  EXPECT_LT(note.size(), 512U);
  EXPECT_EQ(note.substr(0, 28), "plugin 'x' on document '...d");
  EXPECT_TRUE(note.ends_with("/end.txt'")) << note;
}

TEST(RunningPlugin, IsEachThreadsOwn) {
  const RunningPlugin running("tokens", "a.txt");
  std::string seen = "unset";
  std::thread([&seen] { seen = std::string(running_plugin_note()); }).join();
  EXPECT_EQ(seen, "");
  EXPECT_EQ(running_plugin_note(), "plugin 'tokens' on document 'a.txt'");
}

}  // namespace
}  // namespace strata::host
