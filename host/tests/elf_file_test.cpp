#include "elf_file.hpp"

#include <elf.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "setup_error.hpp"
#include "temp_file.hpp"

namespace strata::host {
namespace {

// This test program: an ELF file whose sections we know from the toolchain.
const std::filesystem::path kSelf = "/proc/self/exe";

std::string self_bytes() {
  std::ifstream in(kSelf, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Elf64_Ehdr header_of(const std::string& bytes) {
  Elf64_Ehdr header;
  std::memcpy(&header, bytes.data(), sizeof header);
  return header;
}

std::string with_header(std::string bytes, const Elf64_Ehdr& header) {
  std::memcpy(bytes.data(), &header, sizeof header);
  return bytes;
}

// The message read_elf_section gives for a file of this content, after the path and colon.
std::string error_for(const std::string& content, std::size_t max_size = 1 << 20) {
  return setup_error_of([&](const auto& path) { read_elf_section(path, ".interp", max_size); },
                        content);
}

TEST(ElfSection, ReadsANamedSection) {
  const auto interp = read_elf_section(kSelf, ".interp");
  ASSERT_TRUE(interp.has_value());
  EXPECT_NE(interp->find("ld-linux"), std::string::npos) << *interp;
}

TEST(ElfSection, AbsentSectionIsNothing) {
  EXPECT_FALSE(read_elf_section(kSelf, "strata_no_such_section").has_value());
  // A prefix of a real name is not that name.
  EXPECT_FALSE(read_elf_section(kSelf, ".inter").has_value());
}

TEST(ElfSection, RefusesFilesThatAreNotElf) {
  EXPECT_EQ(error_for(std::string(100, 'x')), " not an ELF file");
  EXPECT_EQ(error_for("short"),
            " corrupt ELF file: the ELF header lies beyond the end of the file");
}

TEST(ElfSection, RefusesTruncatedAndCorruptFiles) {
  const std::string bytes = self_bytes();
  EXPECT_EQ(error_for(bytes.substr(0, bytes.size() / 2)),
            " corrupt ELF file: the section header table lies beyond the end of the file");

  Elf64_Ehdr far = header_of(bytes);
  far.e_shoff = ~std::uint64_t{0} - 10;
  EXPECT_EQ(error_for(with_header(bytes, far)),
            " corrupt ELF file: the section header table lies beyond the end of the file");

  Elf64_Ehdr no_names = header_of(bytes);
  no_names.e_shstrndx = no_names.e_shnum;
  EXPECT_EQ(error_for(with_header(bytes, no_names)), " corrupt ELF file: no section name table");

  Elf64_Ehdr odd_size = header_of(bytes);
  odd_size.e_shentsize = 12;
  EXPECT_EQ(error_for(with_header(bytes, odd_size)),
            " corrupt ELF file: section header size 12, expected 64");

  Elf64_Ehdr other_class = header_of(bytes);
  other_class.e_ident[EI_CLASS] = ELFCLASS32;
  EXPECT_EQ(error_for(with_header(bytes, other_class)),
            " not a 64-bit little-endian ELF file, as plugins for this strata are");
}

TEST(ElfSection, RefusesASectionLargerThanAllowed) {
  EXPECT_NE(error_for(self_bytes(), 4).find("more than the 4 accepted"), std::string::npos);
}

std::optional<std::string> truncation_for(const std::string& content) {
  const TempFile file("truncated.so", content);
  return elf_truncation(file.path());
}

TEST(ElfTruncation, AWholeFileIsFine) {
  EXPECT_EQ(elf_truncation(kSelf), std::nullopt);
}

// Where the last loadable segment's bytes end: debug information after it (RelWithDebInfo)
// can make a file more than twice as long, so half the file may cut no segment.
std::size_t loadable_end(const std::string& bytes) {
  const Elf64_Ehdr header = header_of(bytes);
  std::size_t end = 0;
  for (std::size_t i = 0; i < header.e_phnum; ++i) {
    Elf64_Phdr segment;
    std::memcpy(&segment, bytes.data() + header.e_phoff + i * sizeof segment, sizeof segment);
    if (segment.p_type == PT_LOAD)
      end = std::max<std::size_t>(end, segment.p_offset + segment.p_filesz);
  }
  return end;
}

TEST(ElfNeededLibraries, AreWhatTheLoaderLooksFor) {
  const auto needed = elf_needed_libraries(kSelf);
  EXPECT_NE(std::find(needed.begin(), needed.end(), "libc.so.6"), needed.end());
  EXPECT_NE(std::find(needed.begin(), needed.end(), "libstrata_sdk.so.1"), needed.end());
}

TEST(ElfTruncation, NamesASegmentCutOff) {
  const std::string bytes = self_bytes();
  const std::size_t cut = loadable_end(bytes) / 2;
  const auto why = truncation_for(bytes.substr(0, cut));
  ASSERT_TRUE(why.has_value());
  EXPECT_TRUE(why->starts_with("truncated ELF file: a loadable segment of ")) << *why;
  EXPECT_TRUE(why->ends_with("lies beyond its end (" + std::to_string(cut) + " bytes)")) << *why;
}

TEST(ElfTruncation, NamesAProgramHeaderTableCutOff) {
  const std::string bytes = self_bytes();
  Elf64_Ehdr far = header_of(bytes);
  far.e_phoff = bytes.size() - 8;
  EXPECT_EQ(truncation_for(with_header(bytes, far)),
            "truncated ELF file: its program header table lies beyond its end (" +
                std::to_string(bytes.size()) + " bytes)");
}

TEST(ElfTruncation, LeavesOtherProblemsToTheLoader) {
  EXPECT_EQ(truncation_for("short"), std::nullopt);
  EXPECT_EQ(truncation_for(std::string(100, 'x')), std::nullopt);
  EXPECT_EQ(elf_truncation("/no/such/file.so"), std::nullopt);
}

}  // namespace
}  // namespace strata::host
