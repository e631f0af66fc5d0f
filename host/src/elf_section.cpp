#include "elf_section.hpp"

#include <elf.h>

#include <cstring>
#include <fstream>
#include <vector>

#include "setup_error.hpp"

namespace strata::host {
namespace {

// The file, read only where asked and only within its size.
class BoundedFile {
 public:
  explicit BoundedFile(const std::filesystem::path& path)
      : path_(path), in_(path, std::ios::binary) {
    if (!in_) fail("cannot open the file");
    in_.seekg(0, std::ios::end);
    size_ = static_cast<std::uint64_t>(in_.tellg());
  }

  // `count` bytes at `offset`; fails with `what` named if they are not all in the file.
  std::string read(std::uint64_t offset, std::uint64_t count, const char* what) {
    if (offset > size_ || count > size_ - offset) {
      fail(std::string("corrupt ELF file: the ") + what + " lies beyond the end of the file");
    }
    std::string bytes(count, '\0');
    in_.seekg(static_cast<std::streamoff>(offset));
    in_.read(bytes.data(), static_cast<std::streamsize>(count));
    if (!in_) fail(std::string("cannot read the ") + what);
    return bytes;
  }

  template <typename Header>
  Header read_struct(std::uint64_t offset, const char* what) {
    const std::string bytes = read(offset, sizeof(Header), what);
    Header header;
    std::memcpy(&header, bytes.data(), sizeof(Header));
    return header;
  }

  [[noreturn]] void fail(const std::string& why) const {
    throw SetupError(path_.string() + ": " + why);
  }

 private:
  std::filesystem::path path_;
  std::ifstream in_;
  std::uint64_t size_ = 0;
};

// The section headers, with the real count and string table index when the file uses ELF's
// extended numbering (more than 0xff00 sections: both kept in section 0).
std::vector<Elf64_Shdr> section_headers(BoundedFile& file, Elf64_Shdr& names) {
  const auto elf = file.read_struct<Elf64_Ehdr>(0, "ELF header");
  if (std::memcmp(elf.e_ident, ELFMAG, SELFMAG) != 0) file.fail("not an ELF file");
  if (elf.e_ident[EI_CLASS] != ELFCLASS64 || elf.e_ident[EI_DATA] != ELFDATA2LSB) {
    file.fail("not a 64-bit little-endian ELF file, as plugins for this strata are");
  }
  if (elf.e_shoff == 0) return {};  // no section headers at all
  if (elf.e_shentsize != sizeof(Elf64_Shdr)) {
    file.fail("corrupt ELF file: section header size " + std::to_string(elf.e_shentsize) +
              ", expected " + std::to_string(sizeof(Elf64_Shdr)));
  }
  const auto first = file.read_struct<Elf64_Shdr>(elf.e_shoff, "section header table");
  const std::uint64_t count = elf.e_shnum != 0 ? elf.e_shnum : first.sh_size;
  const std::uint64_t names_index = elf.e_shstrndx != SHN_XINDEX ? elf.e_shstrndx : first.sh_link;
  // Section indexes are 32-bit; a larger count is garbage, and would overflow the size below.
  if (count > UINT32_MAX) file.fail("corrupt ELF file: " + std::to_string(count) + " sections");
  // read() checks the whole table lies in the file before anything is allocated for it.
  const std::string table =
      file.read(elf.e_shoff, count * sizeof(Elf64_Shdr), "section header table");
  std::vector<Elf64_Shdr> headers(count);
  std::memcpy(headers.data(), table.data(), table.size());
  if (names_index >= count) file.fail("corrupt ELF file: no section name table");
  names = headers[names_index];
  return headers;
}

}  // namespace

std::optional<std::string> read_elf_section(const std::filesystem::path& path,
                                            std::string_view name, std::size_t max_size) {
  BoundedFile file(path);
  Elf64_Shdr names_header{};
  const auto headers = section_headers(file, names_header);
  if (headers.empty()) return std::nullopt;
  const std::string names =
      file.read(names_header.sh_offset, names_header.sh_size, "section name table");
  for (const auto& header : headers) {
    if (header.sh_name >= names.size())
      file.fail("corrupt ELF file: a section name is out of range");
    const char* here = names.data() + header.sh_name;
    const std::size_t room = names.size() - header.sh_name;
    if (std::string_view(here, strnlen(here, room)) != name) continue;
    if (header.sh_type == SHT_NOBITS) return std::string();
    if (header.sh_size > max_size) {
      file.fail("section " + std::string(name) + " has " + std::to_string(header.sh_size) +
                " bytes, more than the " + std::to_string(max_size) + " accepted");
    }
    return file.read(header.sh_offset, header.sh_size, "section's content");
  }
  return std::nullopt;
}

}  // namespace strata::host
