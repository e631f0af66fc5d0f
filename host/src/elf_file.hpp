// Reading an ELF file's headers from disk, without loading the file: how the host reads a
// plugin's embedded manifest even when the plugin cannot be loaded, and spots a truncated plugin
// before the loader touches it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strata::host {

// The bytes of section `name` of the 64-bit little-endian ELF file `path`, or nothing if it has
// no such section. Every offset and size is checked against the file, so a truncated or corrupt
// file is a SetupError naming the file and the problem, never a read past its end. A section
// larger than `max_size` is refused too, so a hostile file cannot make us allocate gigabytes.
std::optional<std::string> read_elf_section(const std::filesystem::path& path,
                                            std::string_view name, std::size_t max_size = 1 << 20);

// The libraries `path` names as needed (DT_NEEDED of its .dynamic section), in order: what the
// loader will look for. Empty for a file without them. Throws SetupError as read_elf_section.
std::vector<std::string> elf_needed_libraries(const std::filesystem::path& path);

// Why loading `path` would crash rather than fail: a truncated 64-bit ELF file whose program
// header table or a loadable segment lies beyond its end (the loader maps those pages and dies
// with SIGBUS on touching them). Nothing if that is not the case; other problems (not ELF, not
// readable) are left to the loader to report.
std::optional<std::string> elf_truncation(const std::filesystem::path& path);

}  // namespace strata::host
