#include "binary_io.hpp"

#include <gtest/gtest.h>

#include "strata/error.hpp"

namespace strata::entities {
namespace {

TEST(BinaryIo, ReadsBackWhatWasWritten) {
  ByteWriter out;
  out.u8(7);
  out.u16(0xBEEF);
  out.u32(0xDEADBEEF);
  out.u64(0x0123456789ABCDEFull);
  out.f32(1.5f);
  out.f64(-2.25);
  out.varint(300);
  out.signed_varint(-3);
  out.signed_varint(32767);
  out.string("città");
  ByteReader in(out.data(), "m.bin");
  EXPECT_EQ(in.u8(), 7);
  EXPECT_EQ(in.u16(), 0xBEEF);
  EXPECT_EQ(in.u32(), 0xDEADBEEFu);
  EXPECT_EQ(in.u64(), 0x0123456789ABCDEFull);
  EXPECT_EQ(in.f32(), 1.5f);
  EXPECT_EQ(in.f64(), -2.25);
  EXPECT_EQ(in.varint(), 300u);
  EXPECT_EQ(in.signed_varint(), -3);
  EXPECT_EQ(in.signed_varint(), 32767);
  EXPECT_EQ(in.string(), "città");
  EXPECT_EQ(in.remaining(), 0u);
}

TEST(BinaryIo, IsLittleEndianAndVarintsAreShort) {
  ByteWriter out;
  out.u16(0x0102);
  out.varint(127);
  out.signed_varint(-1);
  EXPECT_EQ(out.data(), std::string("\x02\x01\x7f\x01", 4));
}

TEST(BinaryIo, ReadingPastTheEndNamesTheFile) {
  ByteReader in(std::string_view("\x01\x02", 2), "m.bin");
  try {
    in.u32();
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "m.bin: model file truncated or corrupt (data ends too early)");
  }
}

}  // namespace
}  // namespace strata::entities
