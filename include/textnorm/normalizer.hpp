// The normalizer: turns text into textnorm's canonical UTF-8 form and says what it changed.
#ifndef TEXTNORM_NORMALIZER_HPP
#define TEXTNORM_NORMALIZER_HPP

#include <textnorm/export.hpp>

#include <textnorm/edit.hpp>
#include <textnorm/error.hpp>
#include <textnorm/options.hpp>
#include <textnorm/plugin_info.hpp>

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm {

// Called as a stream is read: lines and bytes read so far.
using ProgressCallback = std::function<void(std::size_t lines, std::size_t bytes)>;

// What normalize_stream does with a line it cannot normalize: invalid UTF-8 (with
// InvalidUtf8::REJECT), a plugin failure on that line, a line longer than max_line_bytes (which
// KEEP passes through in pieces, holding no more of it than the limit), or for JSON lines a line
// that is not a JSON object or lacks a field.
enum class OnError {
  FAIL,  // stop with the error (the default)
  SKIP,  // write nothing for the line
  KEEP,  // write the line as it was, then LF: the one exception to "output is valid NFC"
};

// What a line of normalize_stream's input is.
enum class InputFormat {
  TEXT,   // a line of text
  JSONL,  // a JSON object whose string values at `StreamOptions::fields` are normalized
};

// How normalize_stream runs.
struct StreamOptions {
  // Threads that normalize lines. 1: everything runs on the calling thread. N > 1: a reader
  // thread cuts the input into batches of whole lines (about 256 KiB), N worker threads normalize
  // them, and the calling thread writes them in input order, one write(2) per batch; memory
  // stays at a few batches per thread and the output, errors and summary are the same as with 1.
  // 0: std::thread::hardware_concurrency(), or 1 when that is unknown.
  unsigned threads = 1;
  // A line longer than this (line break excluded) is an error (INVALID_INPUT naming the line),
  // found before much more than this is buffered. The default is 64 MiB.
  static constexpr std::size_t kDefaultMaxLineBytes = std::size_t(64) << 20;
  std::size_t max_line_bytes = kDefaultMaxLineBytes;
  // Called on the calling thread as output is written, with the lines and input bytes done.
  ProgressCallback progress;
  InputFormat format = InputFormat::TEXT;
  // JSONL: dotted paths ("meta.title") to the string values, or arrays of strings, to normalize.
  // Every other byte of the line is written as it was (docs/jsonl.md).
  std::vector<std::string> fields = {"text"};
  // JSONL: add "textnorm_edits" with each field's edits to each record (docs/jsonl.md).
  bool offsets = false;
  OnError on_error = OnError::FAIL;
  // With SKIP or KEEP: called on the calling thread, in input order, with the error of each line
  // skipped or kept (file, line and byte set).
  std::function<void(const Error&)> on_bad_line;
  // When not null, the edits of every changed line are written there, in the form
  // docs/explain.md describes (the file is flushed first and then written by descriptor).
  std::FILE* explain = nullptr;
};

// What normalize_stream read.
struct StreamSummary {
  std::size_t lines = 0;
  std::size_t bytes = 0;
  bool ends_with_line_break = true;  // false when the last line written had no line break
  std::size_t skipped = 0;  // lines OnError::SKIP dropped
  std::size_t kept = 0;     // lines OnError::KEEP wrote as they were
};

// A text normalized, with the composed edits that turn the input into it.
struct NormalizedText {
  std::string text;
  std::vector<Edit> edits;  // byte offsets into the whole input, sorted and non-overlapping
};

// A piece of a line in one language, as `textnorm detect` prints it.
struct LanguageSegment {
  std::size_t begin = 0;  // byte span [begin, end) of the line as given (before normalization)
  std::size_t end = 0;
  std::string lang;       // a loaded plugin's language, or "und"
  float confidence = 0;   // 0..1
};

// Every member throws textnorm::Error and nothing else; ErrorKind::INTERNAL stands for a failure
// of textnorm itself or of ICU (out of memory included).
class TEXTNORM_API Normalizer {
 public:
  // Loads plugins and checks options. Throws Error: USAGE for an unknown rule id, NO_PLUGIN when
  // a requested plugin cannot be loaded or no plugin serves `options.lang`.
  explicit Normalizer(const Options& options);
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // Normalizes one line (it must not contain '\n'). Appends the result to `out`; when `edits`
  // is not null, appends the composed edits (edit.hpp) that turn `line` into what was appended,
  // in `line`'s bytes. (Earlier builds gave a per-stage history whose edits could
  // overlap; it is now the same diff normalize_with_edits gives.) Asking for no edits costs
  // nothing. Thread-safe. Throws Error: INVALID_INPUT (position's column is set, line is 0) or
  // PLUGIN_FAILED.
  void normalize_line(std::string_view line, std::string& out,
                      std::vector<Edit>* edits = nullptr) const;
  // The same, and when `segments` is not null, appends the language segments of `line` that the
  // language plugins were run on (what detect() returns), from the same run.
  void normalize_line(std::string_view line, std::string& out, std::vector<Edit>* edits,
                      std::vector<LanguageSegment>* segments) const;

  // Normalizes a whole text: lines end at LF, CRLF or a lone CR and come out ending in LF; a
  // missing final line break stays missing; a leading BOM is dropped. Errors name the line.
  std::string normalize(std::string_view text) const;

  // normalize(), with the composed edits that turn `text` into the result: applying them to
  // `text` gives the result exactly. A dropped BOM (rule input.bom) and each CRLF or lone CR made LF
  // (rule input.newline) are edits too. OffsetMap maps offsets through them. Thread-safe.
  NormalizedText normalize_with_edits(std::string_view text) const;

  // Streams `in` to `out` line by line with bounded buffering, reading and writing their file
  // descriptors directly (`out` is flushed first). Lines end as in normalize(). `name` is used in
  // error positions. The output of every line before an error is written, nothing after it.
  // `stream` says how the lines are read (text or JSON lines), what becomes of a line that
  // cannot be normalized, and where its edits are explained. Throws Error: USAGE for a bad field
  // path, IO on a read or write failure, and with OnError::FAIL: INVALID_INPUT for invalid
  // UTF-8, a line longer than `stream.max_line_bytes` or a JSON line that is not an object with
  // the fields, PLUGIN_FAILED.
  StreamSummary normalize_stream(std::FILE* in, std::FILE* out, const std::string& name,
                                 const StreamOptions& stream = {}) const;
  // The same on the calling thread with the default line limit.
  StreamSummary normalize_stream(std::FILE* in, std::FILE* out, const std::string& name,
                                 const ProgressCallback& progress) const;

  // The segments normalize_line() runs the language plugins on, each with its language (with a
  // forced language, one segment covering the line, even an empty one): the line is normalized
  // and the segments the detector found in the text it read (after the core passes and the
  // names stage) are mapped back to `line`'s bytes through the offset map of the edits made
  // before it (OffsetMap::to_original). They cover the line in order. docs/detect.md says more.
  // Thread-safe. Throws Error as normalize_line() does (INVALID_INPUT for invalid UTF-8 unless
  // InvalidUtf8::REPLACE, PLUGIN_FAILED).
  std::vector<LanguageSegment> detect(std::string_view line) const;

  // Candidate name variant groups found in `lines` (capitalised words and word pairs whose
  // folded spellings collide with each other or with a known name), written as lexicon lines
  // with counts for a person to review. Empty when the names stage is off. Throws
  // Error(INVALID_INPUT) for invalid UTF-8, its position's line the 1-based index in `lines`.
  std::string suggest_variants(const std::vector<std::string>& lines) const;

  // The plugins in use and the files that were rejected while looking for them.
  const PluginDiscovery& plugins() const;
  // Every rule known to this normalizer, core rules first.
  std::vector<RuleInfo> rules() const;

 private:
  // The bodies of the functions above, whose errors they turn into textnorm::Error.
  std::string normalize_text(std::string_view text) const;
  StreamSummary normalize_file(std::FILE* in, std::FILE* out, const std::string& name,
                               const StreamOptions& stream) const;
  std::vector<LanguageSegment> detect_line(std::string_view line) const;
  std::string find_variants(const std::vector<std::string>& lines) const;
  std::vector<RuleInfo> all_rules() const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace textnorm

#endif  // TEXTNORM_NORMALIZER_HPP
