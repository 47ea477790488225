#include "pipeline/line_pipeline.hpp"

#include "edit/edit_log.hpp"
#include "pipeline/original_segments.hpp"
#include "rules/character_pass.hpp"
#include "rules/punctuation_pass.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/error.hpp>
#include <textnorm/offset_map.hpp>

#include <fmt/format.h>

#include <optional>

namespace textnorm::detail {
namespace {

// The text between stages, double-buffered so that a stage that changes nothing costs no copy.
// The buffers are the workspace's and keep their capacity from line to line.
class StageText {
 public:
  StageText(std::string_view line, EditLog* log, PipelineWorkspace& workspace)
      : current_(line), log_(log), workspace_(workspace) {}
  StageText(const StageText&) = delete;
  StageText& operator=(const StageText&) = delete;
  ~StageText() {
    // A huge line's buffers go with it; those of ordinary lines stay for the next one.
    for (std::string& buffer : workspace_.buffers)
      if (buffer.capacity() > kKeptCapacity) std::string().swap(buffer);
  }

  std::string_view current() const { return current_; }
  const EditLog* log() const { return log_; }
  std::vector<StageEdit>* edits() { return log_ ? &workspace_.stage_edits : nullptr; }
  std::string& scratch() { return workspace_.buffers[next_]; }
  PipelineWorkspace& workspace() { return workspace_; }

  // Call after a stage wrote scratch(); `changed` says whether it did.
  void commit(bool changed) {
    if (log_ != nullptr) {
      log_->apply_stage(workspace_.stage_edits);
      workspace_.stage_edits.clear();
    }
    if (!changed) return;
    current_ = workspace_.buffers[next_];
    next_ ^= 1;
  }

 private:
  static constexpr std::size_t kKeptCapacity = std::size_t(1) << 20;

  std::string_view current_;
  EditLog* log_;
  PipelineWorkspace& workspace_;
  int next_ = 0;
};

bool replace_invalid_utf8(std::string_view in, std::string& out, std::vector<StageEdit>* edits) {
  Rewriter rewriter(in, out, edits);
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t invalid_length;
    const std::size_t length = valid_sequence_length(in, i, invalid_length);
    if (length > 0) {
      i += length;
      continue;
    }
    rewriter.replace(i, i + invalid_length, "\uFFFD", core_rule(CoreRule::INPUT_INVALID_UTF8));
    i += invalid_length;
  }
  return rewriter.finish();
}

void check_utf8(StageText& text, InvalidUtf8 mode) {
  const std::size_t bad = find_invalid_utf8(text.current());
  if (bad == std::string_view::npos) return;
  if (mode == InvalidUtf8::REJECT) {
    const auto byte = static_cast<unsigned char>(text.current()[bad]);
    Position position;
    position.column = bad + 1;
    position.offset = bad;
    throw Error(ErrorKind::INVALID_INPUT,
                fmt::format("invalid UTF-8 (byte 0x{:02X}); use --invalid replace to put U+FFFD", byte),
                position);
  }
  text.commit(replace_invalid_utf8(text.current(), text.scratch(), text.edits()));
}

// Applies plugin edits collected for the whole stage input.
bool apply_edits(std::string_view in, const std::vector<StageEdit>& collected, std::string& out,
                 std::vector<StageEdit>* edits) {
  if (collected.empty()) return false;
  Rewriter rewriter(in, out, edits);
  for (const StageEdit& e : collected) rewriter.replace(e.begin, e.end, e.replacement, e.rule);
  return rewriter.finish();
}

// Applies one stage's edits, collected segment by segment, and moves the segment boundaries by
// each segment's growth.
void commit_and_shift(StageText& text, const std::vector<StageEdit>& collected,
                      const std::vector<std::ptrdiff_t>& growth, std::vector<Segment>& segments) {
  if (collected.empty()) return;
  text.commit(apply_edits(text.current(), collected, text.scratch(), text.edits()));
  std::ptrdiff_t shift = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    segments[i].begin = std::size_t(std::ptrdiff_t(segments[i].begin) + shift);
    shift += growth[i];
    segments[i].end = std::size_t(std::ptrdiff_t(segments[i].end) + shift);
  }
}

// Calls rewrite(segment text, segment, edits) on each segment, which appends its edits in
// line offsets; applies them as one stage and moves the segment boundaries over them.
template <class RewriteSegment>
void run_stage(StageText& text, std::vector<Segment>& segments, RewriteSegment&& rewrite) {
  std::vector<StageEdit>& collected = text.workspace().collected;
  std::vector<std::ptrdiff_t>& growth = text.workspace().growth;
  collected.clear();
  growth.assign(segments.size(), 0);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& segment = segments[i];
    const std::size_t first = collected.size();
    rewrite(text.current().substr(segment.begin, segment.end - segment.begin), segment, collected);
    for (std::size_t k = first; k < collected.size(); ++k)
      growth[i] += std::ptrdiff_t(collected[k].replacement.size()) -
                   std::ptrdiff_t(collected[k].end - collected[k].begin);
  }
  commit_and_shift(text, collected, growth, segments);
}

// Runs `plugin` on each segment it serves (all of them when `every_segment`) as one stage; a
// line it makes longer than `max_line_bytes` fails.
void run_plugin(StageText& text, const PluginInstance& plugin, bool every_segment,
                std::vector<Segment>& segments, std::size_t max_line_bytes) {
  run_stage(text, segments,
            [&](std::string_view segment_text, const Segment& segment, std::vector<StageEdit>& out) {
              if (every_segment || plugin.serves(segment.lang))
                plugin.process(segment_text, segment.lang, segment.begin, out,
                               text.workspace().plugin_error);
            });
  if (text.current().size() > max_line_bytes)
    throw Error(ErrorKind::PLUGIN_FAILED,
                fmt::format("plugin '{}' failed: it made the line {} bytes long, over the limit "
                            "of {} (--max-line-bytes)",
                            plugin.name(), text.current().size(), max_line_bytes));
}

// Rewrites the names of every segment as one stage.
void run_names(StageText& text, const NameStage& names, std::vector<Segment>& segments) {
  run_stage(text, segments,
            [&](std::string_view segment_text, const Segment& segment, std::vector<StageEdit>& out) {
              names.rewrite(segment_text, segment.lang, segment.begin, out,
                            text.workspace().names);
            });
}

// Appends `routed`, the segments of the current text, to `out` in the bytes of `line`, through
// the offset map of the edits made so far: the same map the composed edits give.
void report_segments(std::string_view line, StageText& text,
                     const std::vector<Segment>& routed, std::vector<LanguageSegment>& out) {
  std::vector<Edit>& so_far = text.workspace().detected_text_edits;
  so_far.clear();
  text.log()->composed(line, text.current(), 0, so_far);
  append_original_segments(routed, OffsetMap(line.size(), so_far), out);
}

}  // namespace

void LinePipeline::run(std::string_view line, std::string& out, std::vector<Edit>* edits,
                       PipelineWorkspace& workspace, std::size_t max_line_bytes,
                       std::vector<LanguageSegment>* report) const {
  std::optional<EditLog> log;
  if (edits != nullptr || report != nullptr) log.emplace();
  StageText text(line, log ? &*log : nullptr, workspace);

  check_utf8(text, config_.invalid);
  text.commit(run_character_pass(text.current(), text.scratch(), text.edits(), config_.core_rules));
  text.commit(run_punctuation_pass(text.current(), text.scratch(), text.edits(), config_.core_rules));
  const bool nfc = config_.core_rules.on(CoreRule::UNICODE_NFC);
  if (nfc) text.commit(to_nfc(text.current(), text.scratch(), text.edits()));
  // Names first, in their English form, so that language detection and typography see the
  // text a second run sees; with --names by-language, each segment then takes its language's.
  if (config_.names) {
    std::vector<Segment>& whole = workspace.whole_line;
    whole.assign(1, {0, text.current().size(), "en", 1.0f});
    run_names(text, *config_.names, whole);
  }
  std::vector<Segment>& segments = workspace.segments;
  config_.router->segments(text.current(), workspace.detect, segments);
  if (report != nullptr) report_segments(line, text, segments, *report);
  for (const PluginInstance* plugin : config_.language_plugins)
    run_plugin(text, *plugin, false, segments, max_line_bytes);
  if (config_.names && config_.names->by_language()) run_names(text, *config_.names, segments);
  for (const PluginInstance* plugin : config_.entity_plugins)
    run_plugin(text, *plugin, true, segments, max_line_bytes);
  if (nfc) text.commit(to_nfc(text.current(), text.scratch(), text.edits()));

  if (edits != nullptr) log->composed(line, text.current(), 0, *edits);
  out.append(text.current());
}

}  // namespace textnorm::detail
