// Reading and writing model files (format: MODEL_FORMAT.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "model.hpp"

namespace strata::entities {

// The version of the model file format this code writes, and the only one it reads.
inline constexpr std::uint16_t kModelFormatVersion = 2;  // 2: the gazetteer inside

// The bytes of a model file.
std::string encode_model(const Model& model);

// Where a decoded model's emission weights go: each pass's Weights::emission, or, for a
// two-pass model to tag with, Model::paired_rows.
enum class RowLayout { per_pass, paired };

// A model from the bytes of a file; `name` names the file in errors. Throws Error (one line,
// starting with the name) if the bytes are not a model, are of another format version, are
// truncated or corrupt, or were trained with another feature set than this code extracts.
Model decode_model(std::string_view bytes, std::string_view name,
                   RowLayout layout = RowLayout::per_pass);

// The same through files; errors name the path.
void save_model(const Model& model, const std::filesystem::path& path);
Model load_model(const std::filesystem::path& path, RowLayout layout = RowLayout::per_pass);

}  // namespace strata::entities
