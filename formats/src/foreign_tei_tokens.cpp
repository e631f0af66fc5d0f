#include "foreign_tei_tokens.hpp"

#include <algorithm>

#include "strata/error.hpp"

namespace strata::formats {

bool TokenWraps::add(pugi::xml_node node, std::size_t order, std::uint32_t begin, std::uint32_t end,
                     std::uint32_t token, std::string_view kind, bool joined,
                     std::string_view attributes) {
  const bool same_node = !runs_.empty() && runs_.back().node == node.internal_object();
  const bool follows = same_node && token == runs_.back().first_token + runs_.back().count;
  const bool later_node = runs_.empty() || order > last_order_;
  const std::uint32_t gap = begin - (follows ? last_end_ : 0);
  if (end - begin > kMaxLength || gap > kMaxLength || !(follows || later_node)) return false;
  auto known = std::find(kinds_.begin(), kinds_.end(), kind);
  if (known == kinds_.end()) {
    if (kinds_.size() == kMaxKinds) {
      throw Error("more than " + std::to_string(kMaxKinds) + " kinds of token");
    }
    known = kinds_.emplace(kinds_.end(), kind);
  }
  const std::uint32_t set = attributes.empty() ? 0 : attribute_sets_.add(attributes);
  if (in_memory_.size() == kInMemory) spill();
  in_memory_.push_back({static_cast<std::uint16_t>(gap), static_cast<std::uint16_t>(end - begin),
                        static_cast<std::uint8_t>(known - kinds_.begin()), joined, 0, set});
  last_end_ = end;
  if (follows) {
    ++runs_.back().count;
  } else {
    runs_.push_back({node.internal_object(), 1, token});
    last_order_ = order;
  }
  return true;
}

void TokenWraps::spill() {
  if (!spilled_) spilled_ = std::make_unique<SpillFile>();
  spilled_->stream().write(reinterpret_cast<const char*>(in_memory_.data()),
                           static_cast<std::streamsize>(in_memory_.size() * sizeof(TokenWrap)));
  spilled_count_ += in_memory_.size();
  in_memory_.clear();
}

TokenWraps::Reader::Reader(TokenWraps& wraps) : wraps_(wraps) {
  if (wraps.spilled_) spilled_ = &wraps.spilled_->read_back();
}

const TokenWrap& TokenWraps::Reader::next() {
  if (in_block_ < block_.size()) return block_[in_block_++];
  if (from_file_ < wraps_.spilled_count_) {
    block_.resize(std::min(kInMemory / 16, wraps_.spilled_count_ - from_file_));
    spilled_->read(reinterpret_cast<char*>(block_.data()),
                   static_cast<std::streamsize>(block_.size() * sizeof(TokenWrap)));
    if (static_cast<std::size_t>(spilled_->gcount()) != block_.size() * sizeof(TokenWrap)) {
      throw Error("the tokens put aside in a temporary file could not be read back");
    }
    from_file_ += block_.size();
    in_block_ = 1;
    return block_[0];
  }
  return wraps_.in_memory_.at(from_memory_++);
}

}  // namespace strata::formats
