// The documents of a run, each a job: where it is read from and where its result goes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace strata::host {

// One document to annotate.
struct Job {
  std::string id;      // the input's path relative to what was named; "stdin"
  std::string source;  // empty for standard input
  std::string output;  // empty for standard output or a corpus file
};

// Where the jobs of a list write: nowhere of their own (standard output, a corpus file), one
// file, or a folder that receives each job under its id with `extension` ("a/b.txt" as
// "DIR/a/b.xml").
struct JobOutputs {
  enum class Kind { none, file, folder };
  Kind kind = Kind::none;
  std::string path;
  std::string extension;
};

// The jobs of a run in order, kept compactly because a corpus may hold millions of documents:
// a job costs its id's bytes and 12 more, and its Job is made when asked for. Sources are
// origins (a folder the id is relative to, or a file named alone) shared by many jobs.
class JobList {
 public:
  // Yields each Job by value, made on the way.
  class Iterator {
   public:
    using value_type = Job;
    using difference_type = std::ptrdiff_t;
    Iterator() = default;
    Iterator(const JobList* list, std::size_t index) : list_(list), index_(index) {}
    Job operator*() const { return (*list_)[index_]; }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++index_;
      return before;
    }
    bool operator==(const Iterator& other) const { return index_ == other.index_; }

   private:
    const JobList* list_ = nullptr;
    std::size_t index_ = 0;
  };

  explicit JobList(JobOutputs outputs = {}) : outputs_(std::move(outputs)) {}

  // A folder whose documents add() takes relative ids from; returns its number.
  std::size_t add_folder(const std::string& folder);
  // A document named alone: its id is its file name.
  void add_file(const std::string& file);
  // Standard input, with the id "stdin".
  void add_standard_input();
  // A document of folder `folder` (from add_folder), `id` relative to it.
  void add(std::size_t folder, std::string_view id);
  // Puts the jobs from `first` on in the order of their ids.
  void sort_from(std::size_t first);

  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view id(std::size_t index) const;
  Job operator[](std::size_t index) const;
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size()}; }
  const JobOutputs& outputs() const { return outputs_; }
  void set_outputs(JobOutputs outputs) { outputs_ = std::move(outputs); }

  // The jobs `keep` accepts (given each index), in the same order.
  JobList filtered(const std::function<bool(std::size_t index)>& keep) const;

  // The index of a job whose output is another's as well, or size() when there is none.
  std::size_t first_shared_output() const;

  // What jobs are read from: a folder their ids are relative to, or a file named alone.
  struct Origin {
    std::string path;  // a folder, a file, or empty for standard input
    bool folder = false;
  };
  const std::vector<Origin>& origins() const { return origins_; }
  // The origin job `index` is read from, an index in origins().
  std::size_t origin_of(std::size_t index) const { return origin_of_[index]; }

 private:
  std::size_t begin_of(std::size_t index) const { return index == 0 ? 0 : ends_[index - 1]; }
  void push(std::uint32_t origin, std::string_view id);

  JobOutputs outputs_;
  std::vector<Origin> origins_;
  std::string ids_;                       // every id, one after the other
  std::vector<std::uint64_t> ends_;       // where each job's id ends in ids_
  std::vector<std::uint32_t> origin_of_;  // each job's origin
};

}  // namespace strata::host
