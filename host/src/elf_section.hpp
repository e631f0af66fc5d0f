// Reading one named section of an ELF file from disk, without loading the file: how the host
// reads a plugin's embedded manifest even when the plugin cannot be loaded.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace strata::host {

// The bytes of section `name` of the 64-bit little-endian ELF file `path`, or nothing if it has
// no such section. Every offset and size is checked against the file, so a truncated or corrupt
// file is a SetupError naming the file and the problem, never a read past its end. A section
// larger than `max_size` is refused too, so a hostile file cannot make us allocate gigabytes.
std::optional<std::string> read_elf_section(const std::filesystem::path& path,
                                            std::string_view name, std::size_t max_size = 1 << 20);

}  // namespace strata::host
