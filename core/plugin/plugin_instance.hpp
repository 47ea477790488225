// A created plugin instance and the one way the host calls into it.
#ifndef TEXTNORM_CORE_PLUGIN_PLUGIN_INSTANCE_HPP
#define TEXTNORM_CORE_PLUGIN_PLUGIN_INSTANCE_HPP

#include "edit/rewriter.hpp"

#include <textnorm/plugin_abi.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Where a plugin writes why it failed: one per thread, kept from segment to segment (zeroing
// 1 KB per segment would cost more than the call itself).
using PluginErrorBuffer = std::array<char, 1024>;

class PluginInstance {
 public:
  // Creates the instance; throws Error(PLUGIN_FAILED) with the plugin's message on failure.
  PluginInstance(const textnorm_plugin_descriptor* descriptor, textnorm_profile profile,
                 std::vector<unsigned char> rule_enabled, const std::vector<std::string>& options);
  ~PluginInstance();
  PluginInstance(const PluginInstance&) = delete;
  PluginInstance& operator=(const PluginInstance&) = delete;

  const textnorm_plugin_descriptor& descriptor() const { return *descriptor_; }
  std::string_view name() const { return descriptor_->name; }
  bool serves(std::string_view lang) const;

  // Runs the plugin on `text`, a segment in `lang` (whose data() is NUL-terminated) starting at
  // byte `offset` of the stage input, and appends its checked edits (shifted by `offset`) to
  // `edits`, without those of a rule switched off. Throws Error(PLUGIN_FAILED)
  // "plugin 'fr' failed: <message>" when the plugin fails or reports a bad edit.
  void process(std::string_view text, std::string_view lang, std::size_t offset,
               std::vector<StageEdit>& edits, PluginErrorBuffer& message) const;

  // ABI 1.1 callbacks; each does nothing when the plugin does not offer it. Throw
  // Error(PLUGIN_FAILED) when the plugin fails.
  void language_evidence(const std::string& lang, textnorm_evidence_sink& sink) const;
  void lexicon(textnorm_lexicon_sink& sink) const;

 private:
  const textnorm_plugin_descriptor* descriptor_;
  std::vector<unsigned char> rule_enabled_;
  std::vector<std::string> option_storage_;
  std::vector<const char*> options_;
  void* instance_ = nullptr;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PLUGIN_PLUGIN_INSTANCE_HPP
