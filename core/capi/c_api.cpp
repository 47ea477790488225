// The C API (include/textnorm/textnorm.h) over textnorm::Normalizer. Every entry point catches
// everything: no C++ exception crosses into C.
#include <textnorm/textnorm.h>

#include "capi/c_options.hpp"
#include "cli/exit_codes.hpp"
#include "pipeline/line_splitter.hpp"

#include <textnorm/normalizer.hpp>
#include <textnorm/version.hpp>

#include <fmt/format.h>

#include <exception>
#include <memory>
#include <new>
#include <string>
#include <vector>

struct textnorm_normalizer {
  textnorm::Normalizer normalizer;
};

struct textnorm_result {
  std::string text;
  std::vector<textnorm::Edit> edits;
  std::vector<textnorm_text_edit> c_edits;  // point into `edits`
  std::vector<std::string> span_langs;
  std::vector<textnorm_language_span> spans;  // point into `span_langs`
};

struct textnorm_error_info {
  textnorm_status status;
  std::string message;
  textnorm::Position position;
};

namespace {

using textnorm::ErrorKind;
namespace cli = textnorm::cli;

// The statuses are the command's exit codes, so a wrapper may exit with them as they are.
static_assert(TEXTNORM_STATUS_OK == cli::kExitOk);
static_assert(TEXTNORM_STATUS_USAGE == cli::kExitUsage);
static_assert(TEXTNORM_STATUS_INVALID_INPUT == cli::kExitInvalidInput);
static_assert(TEXTNORM_STATUS_NO_PLUGIN == cli::kExitNoPlugin);
static_assert(TEXTNORM_STATUS_PLUGIN_FAILED == cli::kExitPluginFailed);
static_assert(TEXTNORM_STATUS_IO == cli::kExitIo);

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string positioned_message(const textnorm::Error& e) {
  const textnorm::Position& p = e.position();
  if (p.line == 0) return e.what();
  if (p.column > 0) return fmt::format("line {}, byte {}: {}", p.line, p.column, e.what());
  return fmt::format("line {}: {}", p.line, e.what());
}

// Stores an error object in *error when the caller asked for one; returns its status.
textnorm_status fail(textnorm_error_info** error, textnorm_status status, std::string message,
                     textnorm::Position position = {}) {
  if (error != nullptr)
    *error = new textnorm_error_info{status, std::move(message), std::move(position)};
  return status;
}

// The status, and the error object, of the exception being handled.
textnorm_status fail_with_current_exception(textnorm_error_info** error) noexcept {
  textnorm_status status = TEXTNORM_STATUS_PLUGIN_FAILED;
  try {
    try {
      throw;
    } catch (const textnorm::Error& e) {
      status = textnorm_status(cli::exit_code(e.kind()));
      return fail(error, status, positioned_message(e), e.position());
    } catch (const std::bad_alloc&) {
      return fail(error, status, "out of memory");
    } catch (const std::exception& e) {
      return fail(error, status, std::string("internal error: ") + e.what());
    } catch (...) {
      return fail(error, status, "internal error");
    }
  } catch (...) {
    return status;  // no memory left to describe the error: the status alone has to do
  }
}

// Runs `body`, turning every exception into a status and an error object.
template <class Body>
textnorm_status guarded(textnorm_error_info** error, Body&& body) noexcept {
  if (error != nullptr) *error = nullptr;
  try {
    body();
    return TEXTNORM_STATUS_OK;
  } catch (...) {
    return fail_with_current_exception(error);
  }
}

void require(bool condition, const char* what) {
  if (!condition) throw textnorm::Error(ErrorKind::USAGE, what);
}

void require_text_arguments(const textnorm_normalizer* normalizer, const char* text, size_t size,
                            textnorm_result** result) {
  require(normalizer != nullptr, "normalizer is NULL");
  require(result != nullptr, "result is NULL");
  require(text != nullptr || size == 0, "text is NULL");
}

std::string_view input_view(const char* text, size_t size) {
  return text == nullptr ? std::string_view() : std::string_view(text, size);
}

// The C API's calls on a text: checks the arguments, then `fill(normalizer, text, result)` makes a
// new result that goes to *result; on an error *result is NULL.
template <class Fill>
textnorm_status with_new_result(const textnorm_normalizer* normalizer, const char* text,
                                size_t size, textnorm_result** result,
                                textnorm_error_info** error, Fill&& fill) {
  return guarded(error, [&] {
    if (result != nullptr) *result = nullptr;
    require_text_arguments(normalizer, text, size, result);
    auto out = std::make_unique<textnorm_result>();
    fill(normalizer->normalizer, input_view(text, size), *out);
    *result = out.release();
  });
}

void publish_edits(textnorm_result& result) {
  result.c_edits.reserve(result.edits.size());
  for (const textnorm::Edit& e : result.edits)
    result.c_edits.push_back({e.begin, e.end, e.replacement.c_str(), e.replacement.size(),
                              e.rule.c_str(), e.plugin.c_str()});
}

// Detects each line of `text`, with spans shifted to offsets into the whole input.
void detect_lines(const textnorm::Normalizer& normalizer, std::string_view text,
                  textnorm_result& result) {
  const std::size_t bom = text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  std::vector<textnorm::LanguageSegment> segments;
  std::vector<std::size_t> lines;
  std::size_t line_number = 0;
  auto on_line = [&](std::string_view line, bool, std::size_t offset) {
    ++line_number;
    if (line.empty()) return;
    const std::size_t base = bom + offset;
    try {
      for (textnorm::LanguageSegment& s : normalizer.detect(line)) {
        s.begin += base;
        s.end += base;
        segments.push_back(std::move(s));
        lines.push_back(line_number);
      }
    } catch (const textnorm::Error& e) {
      textnorm::Position p = e.position();
      p.line = line_number;
      p.offset = base + (p.column > 0 ? p.column - 1 : 0);
      throw textnorm::Error(e.kind(), e.what(), p);
    }
  };
  textnorm::detail::LineSplitter splitter;
  splitter.feed(text.substr(bom), on_line);
  splitter.finish(on_line);
  result.span_langs.reserve(segments.size());
  for (const textnorm::LanguageSegment& s : segments) result.span_langs.push_back(s.lang);
  result.spans.reserve(segments.size());
  for (std::size_t i = 0; i < segments.size(); ++i)
    result.spans.push_back({segments[i].begin, segments[i].end, lines[i],
                            result.span_langs[i].c_str(), segments[i].confidence});
}

}  // namespace

extern "C" {

void textnorm_normalizer_options_init(textnorm_normalizer_options* options) {
  if (options == nullptr) return;
  *options = textnorm_normalizer_options{};
  options->size = sizeof(textnorm_normalizer_options);
}

textnorm_status textnorm_normalizer_new(const textnorm_normalizer_options* options,
                                        textnorm_normalizer** normalizer,
                                        textnorm_error_info** error) {
  return guarded(error, [&] {
    require(normalizer != nullptr, "normalizer is NULL");
    *normalizer = nullptr;
    *normalizer = new textnorm_normalizer{textnorm::Normalizer(textnorm::detail::options_from_c(options))};
  });
}

void textnorm_normalizer_free(textnorm_normalizer* normalizer) { delete normalizer; }

textnorm_status textnorm_normalize(const textnorm_normalizer* normalizer, const char* text,
                                   size_t size, textnorm_result** result,
                                   textnorm_error_info** error) {
  const auto fill = [](const textnorm::Normalizer& n, std::string_view in, textnorm_result& out) {
    textnorm::NormalizedText normalized = n.normalize_with_edits(in);
    out.text = std::move(normalized.text);
    out.edits = std::move(normalized.edits);
    publish_edits(out);
  };
  return with_new_result(normalizer, text, size, result, error, fill);
}

textnorm_status textnorm_normalize_without_edits(const textnorm_normalizer* normalizer,
                                                 const char* text, size_t size,
                                                 textnorm_result** result,
                                                 textnorm_error_info** error) {
  const auto fill = [](const textnorm::Normalizer& n, std::string_view in, textnorm_result& out) {
    out.text = n.normalize(in);
  };
  return with_new_result(normalizer, text, size, result, error, fill);
}

textnorm_status textnorm_detect(const textnorm_normalizer* normalizer, const char* text,
                                size_t size, textnorm_result** result,
                                textnorm_error_info** error) {
  return with_new_result(normalizer, text, size, result, error, detect_lines);
}

const char* textnorm_result_text(const textnorm_result* result, size_t* size) {
  if (size != nullptr) *size = result == nullptr ? 0 : result->text.size();
  return result == nullptr ? "" : result->text.c_str();
}

size_t textnorm_result_edit_count(const textnorm_result* result) {
  return result == nullptr ? 0 : result->c_edits.size();
}

const textnorm_text_edit* textnorm_result_edit(const textnorm_result* result, size_t index) {
  if (result == nullptr || index >= result->c_edits.size()) return nullptr;
  return &result->c_edits[index];
}

size_t textnorm_result_span_count(const textnorm_result* result) {
  return result == nullptr ? 0 : result->spans.size();
}

const textnorm_language_span* textnorm_result_span(const textnorm_result* result, size_t index) {
  if (result == nullptr || index >= result->spans.size()) return nullptr;
  return &result->spans[index];
}

void textnorm_result_free(textnorm_result* result) { delete result; }

textnorm_status textnorm_error_status(const textnorm_error_info* error) {
  return error == nullptr ? TEXTNORM_STATUS_OK : error->status;
}

const char* textnorm_error_message(const textnorm_error_info* error) {
  return error == nullptr ? "" : error->message.c_str();
}

int textnorm_error_position(const textnorm_error_info* error, size_t* line, size_t* column,
                            size_t* offset) {
  if (error == nullptr || error->position.line == 0) return 0;
  if (line != nullptr) *line = error->position.line;
  if (column != nullptr) *column = error->position.column;
  if (offset != nullptr) *offset = error->position.offset;
  return 1;
}

void textnorm_error_free(textnorm_error_info* error) { delete error; }

const char* textnorm_status_name(textnorm_status status) {
  switch (status) {
    case TEXTNORM_STATUS_OK: return "ok";
    case TEXTNORM_STATUS_USAGE: return "usage";
    case TEXTNORM_STATUS_INVALID_INPUT: return "invalid input";
    case TEXTNORM_STATUS_NO_PLUGIN: return "no plugin";
    case TEXTNORM_STATUS_PLUGIN_FAILED: return "plugin failed";
    case TEXTNORM_STATUS_IO: return "I/O error";
  }
  return "unknown status";
}

const char* textnorm_version(void) { return TEXTNORM_VERSION_STRING; }

}  // extern "C"
