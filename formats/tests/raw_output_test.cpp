#include "raw_output.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace strata::formats {
namespace {

void put(RawOutput& out, const Piece& piece) {
  out.commit(piece.put(out.room(piece.room())));
}

TEST(RawOutput, WritesNothingUntilFlushedAndEverythingInOrderThen) {
  std::ostringstream stream;
  RawOutput out(stream);
  put(out, Piece("<w>"));
  put(out, Piece("word"));
  out.flush_if_full();
  EXPECT_EQ(stream.str(), "");  // not worth a write yet
  out.flush();
  EXPECT_EQ(stream.str(), "<w>word");
  out.flush();
  EXPECT_EQ(stream.str(), "<w>word");
}

TEST(RawOutput, HandsOverChunksAndGrowsForALargePiece) {
  std::ostringstream stream;
  RawOutput out(stream);
  std::string expected;
  for (int i = 0; i < 100000; ++i) {
    const std::string piece = std::to_string(i) + ",";
    put(out, Piece(piece));
    expected += piece;
    out.flush_if_full();
  }
  EXPECT_GT(stream.str().size(), 0u);
  EXPECT_LT(stream.str().size(), expected.size());
  const std::string large(1 << 20, 'x');  // more than a chunk and its slack
  put(out, Piece(large));
  expected += large;
  put(out, Piece("end"));
  expected += "end";
  out.flush();
  EXPECT_EQ(stream.str(), expected);
}

TEST(Piece, PutsShortAndLongStringsAndSaysHowMuchRoomItNeeds) {
  const Piece empty;
  const Piece short_piece("\" type=\"number\" join=\"right\">");
  const std::string long_text(Piece::kInline + 1, 'y');
  const Piece long_piece(long_text);
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_EQ(short_piece.room(), Piece::kInline);
  EXPECT_EQ(long_piece.room(), long_text.size());

  std::string buffer(3 * Piece::kInline + long_text.size(), '.');
  char* end = short_piece.put(buffer.data());
  end = empty.put(end);
  end = long_piece.put(end);
  end = short_piece.put(end);
  EXPECT_EQ(std::string(buffer.data(), end), "\" type=\"number\" join=\"right\">" + long_text +
                                                 "\" type=\"number\" join=\"right\">");
}

}  // namespace
}  // namespace strata::formats
