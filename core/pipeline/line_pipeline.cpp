#include "pipeline/line_pipeline.hpp"

#include "edit/edit_log.hpp"
#include "rules/character_pass.hpp"
#include "rules/punctuation_pass.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/error.hpp>

#include <optional>

namespace textnorm::detail {
namespace {

// The text between stages, double-buffered so that a stage that changes nothing costs no copy.
class StageText {
 public:
  StageText(std::string_view line, EditLog* log) : current_(line), log_(log) {}

  std::string_view current() const { return current_; }
  std::vector<StageEdit>* edits() { return log_ ? &edits_ : nullptr; }
  std::string& scratch() { return buffers_[next_]; }

  // Call after a stage wrote scratch(); `changed` says whether it did.
  void commit(bool changed) {
    if (log_ != nullptr) {
      log_->apply_stage(edits_);
      edits_.clear();
    }
    if (!changed) return;
    current_ = buffers_[next_];
    next_ ^= 1;
  }

 private:
  std::string_view current_;
  EditLog* log_;
  std::vector<StageEdit> edits_;
  std::string buffers_[2];
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
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", byte);
    Position position;
    position.column = bad + 1;
    position.offset = bad;
    throw Error(ErrorKind::INVALID_INPUT,
                std::string("invalid UTF-8 (byte ") + hex + "); use --invalid replace to put U+FFFD",
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

void run_plugins(StageText& text, const std::vector<const PluginInstance*>& plugins,
                 const std::string& lang) {
  std::vector<StageEdit> collected;
  for (const PluginInstance* plugin : plugins) {
    collected.clear();
    plugin->process(text.current(), lang, 0, collected);
    text.commit(apply_edits(text.current(), collected, text.scratch(), text.edits()));
  }
}

}  // namespace

void LinePipeline::run(std::string_view line, std::string& out, std::vector<Edit>* edits) const {
  std::optional<EditLog> log;
  if (edits != nullptr) log.emplace();
  StageText text(line, log ? &*log : nullptr);

  check_utf8(text, config_.invalid);
  text.commit(run_character_pass(text.current(), text.scratch(), text.edits(), config_.core_rules));
  text.commit(run_punctuation_pass(text.current(), text.scratch(), text.edits(), config_.core_rules));
  const bool nfc = config_.core_rules.on(CoreRule::UNICODE_NFC);
  if (nfc) text.commit(to_nfc(text.current(), text.scratch(), text.edits()));
  run_plugins(text, config_.language_plugins, config_.lang);
  run_plugins(text, config_.entity_plugins, config_.lang);
  if (nfc) text.commit(to_nfc(text.current(), text.scratch(), text.edits()));

  out.append(text.current());
  if (log) edits->insert(edits->end(), log->edits().begin(), log->edits().end());
}

}  // namespace textnorm::detail
