// Serializing into a string the caller owns.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace strata::host {

// A stream buffer that appends everything written through it to a string. The writers hand
// over large pieces, so it keeps no buffer of its own; unlike std::ostringstream it writes into
// a string that can be reserved ahead and is never copied out.
class StringSink : public std::streambuf {
 public:
  explicit StringSink(std::string& out) : out_(out) {}

 protected:
  std::streamsize xsputn(const char* data, std::streamsize size) override {
    out_.append(data, static_cast<std::size_t>(size));
    return size;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) out_ += traits_type::to_char_type(c);
    return traits_type::not_eof(c);
  }

 private:
  std::string& out_;
};

}  // namespace strata::host
