#include "elf_file.hpp"

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
    if (!contains(offset, count)) {
      fail(std::string("corrupt ELF file: the ") + what + " lies beyond the end of the file");
    }
    std::string bytes(count, '\0');
    in_.seekg(static_cast<std::streamoff>(offset));
    in_.read(bytes.data(), static_cast<std::streamsize>(count));
    if (!in_) fail(std::string("cannot read the ") + what);
    return bytes;
  }

  // Whether the `count` bytes at `offset` are all in the file.
  bool contains(std::uint64_t offset, std::uint64_t count) const {
    return offset <= size_ && count <= size_ - offset;
  }
  std::uint64_t size() const { return size_; }

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

bool is_elf64_lsb(const Elf64_Ehdr& elf) {
  return elf.e_ident[EI_CLASS] == ELFCLASS64 && elf.e_ident[EI_DATA] == ELFDATA2LSB;
}

// The section headers, with the real count and string table index when the file uses ELF's
// extended numbering (more than 0xff00 sections: both kept in section 0).
std::vector<Elf64_Shdr> section_headers(BoundedFile& file, Elf64_Shdr& names) {
  const auto elf = file.read_struct<Elf64_Ehdr>(0, "ELF header");
  if (std::memcmp(elf.e_ident, ELFMAG, SELFMAG) != 0) file.fail("not an ELF file");
  if (!is_elf64_lsb(elf)) {
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

std::vector<std::string> elf_needed_libraries(const std::filesystem::path& path) {
  const auto dynamic = read_elf_section(path, ".dynamic");
  const auto strings = read_elf_section(path, ".dynstr");
  std::vector<std::string> needed;
  if (!dynamic || !strings) return needed;
  for (std::size_t at = 0; at + sizeof(Elf64_Dyn) <= dynamic->size(); at += sizeof(Elf64_Dyn)) {
    Elf64_Dyn entry;
    std::memcpy(&entry, dynamic->data() + at, sizeof entry);
    if (entry.d_tag == DT_NULL) break;
    if (entry.d_tag != DT_NEEDED) continue;
    if (entry.d_un.d_val >= strings->size()) {
      throw SetupError(path.string() +
                       ": corrupt ELF file: a needed library's name is out of range");
    }
    const char* name = strings->data() + entry.d_un.d_val;
    needed.emplace_back(name, strnlen(name, strings->size() - entry.d_un.d_val));
  }
  return needed;
}

std::optional<std::string> elf_truncation(const std::filesystem::path& path) {
  std::optional<BoundedFile> opened;
  try {
    opened.emplace(path);
  } catch (const SetupError&) {
    return std::nullopt;  // the loader says why it cannot open the file
  }
  BoundedFile& file = *opened;
  if (!file.contains(0, sizeof(Elf64_Ehdr))) return std::nullopt;  // "file too short"
  const auto elf = file.read_struct<Elf64_Ehdr>(0, "ELF header");
  if (std::memcmp(elf.e_ident, ELFMAG, SELFMAG) != 0 || !is_elf64_lsb(elf) ||
      elf.e_phentsize != sizeof(Elf64_Phdr)) {
    return std::nullopt;  // the loader refuses these by itself, without crashing
  }
  const std::uint64_t table_size = std::uint64_t{elf.e_phnum} * sizeof(Elf64_Phdr);
  if (!file.contains(elf.e_phoff, table_size)) {
    return "truncated ELF file: its program header table lies beyond its end (" +
           std::to_string(file.size()) + " bytes)";
  }
  const std::string table = file.read(elf.e_phoff, table_size, "program header table");
  for (std::uint16_t i = 0; i < elf.e_phnum; ++i) {
    Elf64_Phdr segment;
    std::memcpy(&segment, table.data() + i * sizeof(Elf64_Phdr), sizeof segment);
    if (segment.p_type == PT_LOAD && !file.contains(segment.p_offset, segment.p_filesz)) {
      return "truncated ELF file: a loadable segment of " + std::to_string(segment.p_filesz) +
             " bytes at offset " + std::to_string(segment.p_offset) + " lies beyond its end (" +
             std::to_string(file.size()) + " bytes)";
    }
  }
  return std::nullopt;
}

}  // namespace strata::host
