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

// What normalize_stream read.
struct StreamSummary {
  std::size_t lines = 0;
  std::size_t bytes = 0;
  bool ends_with_line_break = true;  // false when the last line had no line break
};

// A piece of a line in one language, as `textnorm detect` prints it.
struct LanguageSegment {
  std::size_t begin = 0;  // byte span [begin, end) of the line
  std::size_t end = 0;
  std::string lang;       // a loaded plugin's language, or "und"
  float confidence = 0;   // 0..1
};

class TEXTNORM_API Normalizer {
 public:
  // Loads plugins and checks options. Throws Error: USAGE for an unknown rule id, NO_PLUGIN when
  // a requested plugin cannot be loaded or no plugin serves `options.lang`.
  explicit Normalizer(const Options& options);
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // Normalizes one line (it must not contain '\n'). Appends the result to `out`; when `edits`
  // is not null, appends every edit in terms of `line`'s bytes. Thread-safe. Throws Error:
  // INVALID_INPUT (position's column is set, line is 0) or PLUGIN_FAILED.
  void normalize_line(std::string_view line, std::string& out,
                      std::vector<Edit>* edits = nullptr) const;

  // Normalizes a whole text: lines end at LF, CRLF or a lone CR and come out ending in LF; a
  // missing final line break stays missing; a leading BOM is dropped. Errors name the line.
  std::string normalize(std::string_view text) const;

  // Streams `in` to `out` line by line with bounded buffering (one line at a time). `name` is
  // used in error positions. Lines written before an error stay written. Throws Error (IO on a
  // read or write failure).
  StreamSummary normalize_stream(std::FILE* in, std::FILE* out, const std::string& name,
                        const ProgressCallback& progress = {}) const;

  // Splits one line into segments covering it, each with its language (with a forced language,
  // one segment). Thread-safe. Throws Error(INVALID_INPUT) for invalid UTF-8.
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
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace textnorm

#endif  // TEXTNORM_NORMALIZER_HPP
