#include "model_file.hpp"

#include <fstream>
#include <optional>
#include <sstream>

#include "binary_io.hpp"
#include "feature_templates.hpp"
#include "features.hpp"
#include "hashing.hpp"
#include "paired_emission.hpp"
#include "strata/error.hpp"

namespace strata::entities {
namespace {

constexpr std::string_view kMagic = "STRATA-NER";
constexpr std::size_t kChecksumSize = 8;

std::string hex(std::uint64_t v) {
  std::ostringstream out;
  out << std::hex << v;
  return out.str();
}

void write_strings(ByteWriter& out, const std::vector<std::string>& strings) {
  out.u16(static_cast<std::uint16_t>(strings.size()));
  for (const std::string& s : strings) out.string(s);
}

std::vector<std::string> read_strings(ByteReader& in) {
  std::vector<std::string> strings(in.u16());
  for (std::string& s : strings) s = in.string();
  return strings;
}

void write_files(ByteWriter& out, const std::vector<DataFileRecord>& files) {
  out.u16(static_cast<std::uint16_t>(files.size()));
  for (const DataFileRecord& file : files) {
    out.string(file.name);
    out.string(file.sha256);
  }
}

std::vector<DataFileRecord> read_files(ByteReader& in) {
  std::vector<DataFileRecord> files(in.u16());
  for (DataFileRecord& file : files) {
    file.name = in.string();
    file.sha256 = in.string();
  }
  return files;
}

void write_training(ByteWriter& out, const TrainingRecord& t) {
  write_strings(out, t.languages);
  write_files(out, t.training_files);
  write_files(out, t.development_files);
  write_files(out, t.lexicon_files);
  out.u64(t.seed);
  out.u32(t.epochs_run);
  out.u32(t.best_epoch);
  out.u32(t.folds);
  out.u64(t.training_sentences);
  out.u64(t.training_tokens);
  out.u32(t.document_sentences);
  out.u64(t.gazetteer_digest);
  out.u64(t.gazetteer_names);
  out.f64(t.development_f1);
}

TrainingRecord read_training(ByteReader& in) {
  TrainingRecord t;
  t.languages = read_strings(in);
  t.training_files = read_files(in);
  t.development_files = read_files(in);
  t.lexicon_files = read_files(in);
  t.seed = in.u64();
  t.epochs_run = in.u32();
  t.best_epoch = in.u32();
  t.folds = in.u32();
  t.training_sentences = in.u64();
  t.training_tokens = in.u64();
  t.document_sentences = in.u32();
  t.gazetteer_digest = in.u64();
  t.gazetteer_names = in.u64();
  t.development_f1 = in.f64();
  return t;
}

// Transitions as float32: start, end, then between row by row.
void write_transitions(ByteWriter& out, const TransitionScores& transitions) {
  for (const double v : transitions.start) out.f32(static_cast<float>(v));
  for (const double v : transitions.end) out.f32(static_cast<float>(v));
  for (const double v : transitions.between) out.f32(static_cast<float>(v));
}

void read_transitions(ByteReader& in, TransitionScores& transitions) {
  for (double& v : transitions.start) v = in.f32();
  for (double& v : transitions.end) v = in.f32();
  for (double& v : transitions.between) v = in.f32();
}

// Only the rows with a non-zero weight, most rows being zero: the gap since the previous such
// row, a mask of the non-zero tags, and those weights.
void write_rows(ByteWriter& out, const Weights& weights) {
  std::uint32_t rows = 0;
  ByteWriter body;
  std::size_t next = 0;  // the first bucket after the previous row written
  for (std::size_t b = 0; b < weights.bucket_count(); ++b) {
    const std::int16_t* row = &weights.emission[b * weights.stride];
    std::uint32_t mask = 0;
    for (std::size_t t = 0; t < weights.tags; ++t) mask |= (row[t] != 0 ? 1u : 0u) << t;
    if (mask == 0) continue;
    body.varint(b - next);
    body.varint(mask);
    for (std::size_t t = 0; t < weights.tags; ++t) {
      if (row[t] != 0) body.signed_varint(row[t]);
    }
    next = b + 1;
    ++rows;
  }
  out.u32(rows);
  out.bytes(body.data());
}

// Where read_rows writes a pass's rows: bucket b's weight for tag t at table[b * stride + t].
struct RowTable {
  std::int16_t* table;
  std::size_t stride;
};

void read_rows(ByteReader& in, const Weights& pass, RowTable rows) {
  const std::uint32_t count = in.u32();
  std::uint64_t bucket = 0;
  for (std::uint32_t r = 0; r < count; ++r) {
    bucket += in.varint();
    const std::uint64_t mask = in.varint();
    if (bucket >= pass.bucket_count() || (mask >> pass.tags) != 0 || mask == 0) {
      in.fail("model file corrupt (a weight row is out of range)");
    }
    for (std::size_t t = 0; t < pass.tags; ++t) {
      if ((mask >> t & 1u) == 0) continue;
      const std::int64_t v = in.signed_varint();
      if (v < -32767 || v > 32767) in.fail("model file corrupt (a weight is out of range)");
      rows.table[bucket * rows.stride + t] = static_cast<std::int16_t>(v);
    }
    ++bucket;
  }
}

void write_pass(ByteWriter& out, const Weights& weights) {
  out.f32(weights.scale);
  write_transitions(out, weights.transitions);
  write_rows(out, weights);
}

// A pass, its rows into its own emission table, or into `rows` if given (its table left empty).
Weights read_pass(ByteReader& in, std::size_t tags, unsigned bucket_bits,
                  std::optional<RowTable> rows = std::nullopt) {
  Weights weights =
      rows ? Weights::without_rows(tags, bucket_bits) : Weights::zero(tags, bucket_bits);
  weights.scale = in.f32();
  read_transitions(in, weights.transitions);
  read_rows(in, weights, rows.value_or(RowTable{weights.emission.data(), weights.stride}));
  return weights;
}

std::uint64_t checksum(std::string_view bytes) {
  return hash_string(bytes);
}

}  // namespace

std::string encode_model(const Model& model) {
  ByteWriter out;
  out.bytes(kMagic);
  out.u16(kModelFormatVersion);
  out.u64(model.feature_set_hash);
  out.u8(static_cast<std::uint8_t>(model.weights.bucket_bits));
  write_strings(out, model.tags.types());
  out.f64(model.calibration.slope);
  out.f64(model.calibration.intercept);
  write_training(out, model.training);
  model.gazetteer.save(out);
  out.u8(model.first_pass ? 2 : 1);
  if (model.first_pass) write_pass(out, *model.first_pass);
  write_pass(out, model.weights);
  ByteWriter checked;
  checked.bytes(out.data());
  checked.u64(checksum(out.data()));
  return checked.data();
}

Model decode_model(std::string_view bytes, std::string_view name, RowLayout layout) {
  ByteReader in(bytes, name);
  if (bytes.substr(0, kMagic.size()) != kMagic) {
    in.fail("not a Strata entity model (it does not start with \"STRATA-NER\")");
  }
  in.bytes(kMagic.size());
  const std::uint16_t version = in.u16();
  if (version != kModelFormatVersion) {
    in.fail("model file format version " + std::to_string(version) + ", but this build reads " +
            "version " + std::to_string(kModelFormatVersion) + "; use a model made for it");
  }
  if (bytes.size() < in.position() + kChecksumSize) in.fail("model file truncated");
  const std::string_view body = bytes.substr(0, bytes.size() - kChecksumSize);
  ByteReader tail(bytes.substr(body.size()), name);
  if (tail.u64() != checksum(body)) {
    in.fail("model file truncated or corrupt (checksum mismatch)");
  }
  in = ByteReader(body, name);
  in.bytes(kMagic.size() + 2);
  Model model;
  model.feature_set_hash = in.u64();
  const unsigned bucket_bits = in.u8();
  if (bucket_bits < FeatureExtractor::kMinBucketBits ||
      bucket_bits > FeatureExtractor::kMaxBucketBits) {
    in.fail("model file corrupt (feature hashing of " + std::to_string(bucket_bits) + " bits)");
  }
  try {
    model.tags = TagSet(read_strings(in));
  } catch (const Error& e) {
    in.fail(std::string("model file corrupt (") + e.what() + ")");
  }
  model.calibration.slope = in.f64();
  model.calibration.intercept = in.f64();
  model.training = read_training(in);
  model.gazetteer = Gazetteer::load(in);
  const std::uint8_t passes = in.u8();
  if (passes != 1 && passes != 2)
    in.fail("model file corrupt (" + std::to_string(passes) + " passes)");
  if (passes == 2 && layout == RowLayout::paired) {
    if (model.tags.size() > PairedEmission::kTags) {
      in.fail("model file corrupt (" + std::to_string(model.tags.size()) +
              " tags; a two-pass model has at most " + std::to_string(PairedEmission::kTags) + ")");
    }
    constexpr std::size_t kRow = PairedEmission::kRow;
    model.paired_rows.assign((std::size_t{1} << bucket_bits) * kRow, 0);
    std::int16_t* rows = model.paired_rows.data();
    model.first_pass = read_pass(in, model.tags.size(), bucket_bits, RowTable{rows, kRow});
    model.weights =
        read_pass(in, model.tags.size(), bucket_bits, RowTable{rows + PairedEmission::kTags, kRow});
  } else {
    if (passes == 2) model.first_pass = read_pass(in, model.tags.size(), bucket_bits);
    model.weights = read_pass(in, model.tags.size(), bucket_bits);
  }
  if (in.remaining() != 0) in.fail("model file corrupt (data after the weights)");
  if (model.feature_set_hash != feature_set_hash()) {
    in.fail("model trained with feature set " + hex(model.feature_set_hash) +
            ", but this build extracts feature set " + hex(feature_set_hash()) +
            "; retrain the model with this build");
  }
  return model;
}

void save_model(const Model& model, const std::filesystem::path& path) {
  const std::string bytes = encode_model(model);
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) throw Error("cannot write model file " + temporary.string());
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) throw Error("cannot write model file " + path.string() + ": " + error.message());
}

Model load_model(const std::filesystem::path& path, RowLayout layout) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read model file " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error("error reading model file " + path.string());
  return decode_model(content.str(), path.string(), layout);
}

}  // namespace strata::entities
