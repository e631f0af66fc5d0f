#include "document_input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iostream>
#include <sstream>

#include "language_tag.hpp"
#include "strata/error.hpp"
#include "strata/formats/json_reader.hpp"

namespace strata::host {
namespace {

// The bytes of the regular file `path`, in one open, one fstat and its reads. A pipe or device
// found in an input folder might never end, or block the run: it is refused unread (O_NONBLOCK:
// opening a pipe with no writer does not wait for one).
std::string read_regular_file(const std::string& path) {
  const auto failed = [&](const std::string& reason) {
    return Error("cannot read " + path + ": " + reason);
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw failed(std::strerror(errno));
  const struct Closed {
    int fd;
    ~Closed() { ::close(fd); }
  } closed{fd};
  struct stat file {};
  if (::fstat(fd, &file) != 0) throw failed(std::strerror(errno));
  if (S_ISDIR(file.st_mode)) throw failed("it is a directory");
  if (!S_ISREG(file.st_mode)) throw failed("not a regular file");
  // At once into a string of the file's size; then what was added to it meanwhile, if anything.
  std::string content(static_cast<std::size_t>(file.st_size), '\0');
  const auto read_into = [&](char* to, std::size_t room) {
    for (;;) {
      const ssize_t n = ::read(fd, to, room);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno != EINTR) throw failed(std::strerror(errno));
    }
  };
  std::size_t size = 0;
  while (size < content.size()) {
    const std::size_t n = read_into(content.data() + size, content.size() - size);
    if (n == 0) break;
    size += n;
  }
  content.resize(size);
  char more[1 << 12];
  while (const std::size_t n = read_into(more, sizeof more)) content.append(more, n);
  return content;
}

std::string read_input(const Job& job) {
  if (!job.source.empty()) return read_regular_file(job.source);
  // A closed standard input reads as nothing: said as it is, not as an empty file.
  if (::fcntl(STDIN_FILENO, F_GETFD) == -1) {
    throw Error(std::string("cannot read standard input: ") + std::strerror(errno));
  }
  std::ostringstream content;
  content << std::cin.rdbuf();
  return std::move(content).str();
}

LoadedInput parsed(const Job& job, std::string content) {
  switch (input_kind(job.source)) {
    case InputKind::json:
      return {formats::read_json(std::move(content)), nullptr};
    case InputKind::tei: {
      auto [document, foreign] = formats::read_tei_input(std::move(content), job.id);
      return {std::move(document), std::move(foreign)};
    }
    case InputKind::text:
      break;
  }
  return {Document(job.id, content), nullptr};
}

// Whether `text` has a character that is not white space (Unicode's White_Space: also the
// no-break and ideographic spaces). Most texts answer at their first byte.
bool has_visible_text(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t at = 0; at < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    if (c < 0 || !u_isUWhiteSpace(c)) return true;
  }
  return false;
}

}  // namespace

InputKind input_kind(const std::filesystem::path& source) {
  const auto extension = source.extension();
  if (extension == ".json") return InputKind::json;
  if (extension == ".xml") return InputKind::tei;
  return InputKind::text;
}

bool is_input_file(const std::filesystem::path& file) {
  const auto extension = file.extension();
  return extension == ".txt" || extension == ".json" || extension == ".xml";
}

bool any_annotated_input(const JobList& jobs) {
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    // The id ends as the source does, and costs no path to look at.
    if (input_kind(std::filesystem::path(jobs.id(i))) != InputKind::text) return true;
  }
  return false;
}

LoadedInput load_input(const Job& job, const LanguageChoice& language) {
  std::string content = read_input(job);
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw Error(content.empty() ? "empty file" : "no text (only whitespace)");
  }
  LoadedInput input = parsed(job, std::move(content));
  // After the byte order mark the text's reader drops: a file of one and blanks is no text.
  if (input_kind(job.source) == InputKind::text && !has_visible_text(input.document.text())) {
    throw Error("no text (only whitespace)");
  }
  // TEI from elsewhere that declares no language is like plain text.
  const bool undeclared = input.foreign && input.document.language() == "auto";
  if (input_kind(job.source) == InputKind::text || language.overrides_stored || undeclared) {
    input.document.set_language(language.language);
  } else if (!input.foreign && !input.document.language().empty()) {
    // Checked as -l is: plugins and writers take it as a language tag. TEI from elsewhere keeps
    // what it declares, which its writer leaves out of xml:lang when it is no tag.
    if (const auto problem = language_problem(input.document.language())) {
      throw Error("the stored language: " + *problem);
    }
    input.document.set_language(canonical_language(input.document.language()));
  }
  return input;
}

Document load_document(const Job& job, const LanguageChoice& language) {
  return load_input(job, language).document;
}

}  // namespace strata::host
