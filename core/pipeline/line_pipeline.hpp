// The stages one line goes through: UTF-8 check, the core passes, NFC, the language plugins of
// each segment, the entity plugins, and a final NFC check.
#ifndef TEXTNORM_CORE_PIPELINE_LINE_PIPELINE_HPP
#define TEXTNORM_CORE_PIPELINE_LINE_PIPELINE_HPP

#include "names/name_stage.hpp"
#include "pipeline/language_router.hpp"
#include "plugin/plugin_instance.hpp"
#include "rules/core_rule_set.hpp"

#include <textnorm/edit.hpp>
#include <textnorm/normalizer.hpp>
#include <textnorm/options.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

struct PipelineConfig {
  CoreRuleSet core_rules;
  InvalidUtf8 invalid = InvalidUtf8::REJECT;
  std::shared_ptr<const LanguageRouter> router;
  std::vector<const PluginInstance*> language_plugins;  // each runs on the segments it serves
  std::vector<const PluginInstance*> entity_plugins;    // each runs on every segment
  std::shared_ptr<const NameStage> names;               // null when the names stage is off
};

// The memory one line's run reuses from line to line, so that a line costs no allocation once
// the buffers have grown: one per thread that normalizes, owned by its caller.
struct PipelineWorkspace {
  std::string buffers[2];  // the text between stages
  std::vector<StageEdit> stage_edits;
  std::vector<StageEdit> collected;
  std::vector<std::ptrdiff_t> growth;
  std::vector<Segment> segments;
  std::vector<Segment> whole_line;
  std::vector<Edit> detected_text_edits;  // the edits before detection, when segments are asked
  DetectorWorkspace detect;
  NameStage::Workspace names;
  PluginErrorBuffer plugin_error{};
};

class LinePipeline {
 public:
  explicit LinePipeline(PipelineConfig config) : config_(std::move(config)) {}

  // Appends the normalized `line` to `out`; with `edits`, appends the composed edits that turn
  // `line` into its output (EditLog::composed), in `line`'s bytes; with `segments`, appends the
  // language segments the plugins were run on, in `line`'s bytes (append_original_segments).
  // Neither costs anything when not asked for.
  // Thread-safe with one workspace per thread. Throws Error: INVALID_INPUT with the column
  // set, or PLUGIN_FAILED (also when a plugin makes the line longer than `max_line_bytes`).
  void run(std::string_view line, std::string& out, std::vector<Edit>* edits,
           PipelineWorkspace& workspace, std::size_t max_line_bytes,
           std::vector<LanguageSegment>* segments = nullptr) const;

 private:
  PipelineConfig config_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_LINE_PIPELINE_HPP
