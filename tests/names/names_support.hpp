// Loads the bundled name plugins (ru, hy, az) from the build tree and builds a NameStage, for
// the names tests and the names_driver.
#ifndef TEXTNORM_TESTS_NAMES_NAMES_SUPPORT_HPP
#define TEXTNORM_TESTS_NAMES_NAMES_SUPPORT_HPP

#include "names/lexicon_collector.hpp"
#include "names/name_stage.hpp"
#include "names/user_lexicon.hpp"
#include "plugin/plugin_instance.hpp"
#include "plugin/plugin_library.hpp"

#include <textnorm/error.hpp>

#include <memory>
#include <string>
#include <vector>

namespace names_support {

using textnorm::detail::NameEntry;
using textnorm::detail::NameStage;
using textnorm::detail::StageEdit;

// The instances of the given plugins, found in `dir`; they live for the whole process.
inline std::vector<const textnorm::detail::PluginInstance*> load_plugins(
    const std::string& dir, const std::vector<std::string>& names = {"ru", "hy", "az"}) {
  static std::vector<std::unique_ptr<textnorm::detail::PluginInstance>> keep;
  std::vector<const textnorm::detail::PluginInstance*> out;
  for (const std::string& name : names) {
    std::string reason;
    auto loaded = textnorm::detail::load_plugin(dir + "/textnorm-" + name + ".so", reason);
    if (!loaded) throw textnorm::Error(textnorm::ErrorKind::NO_PLUGIN, reason);
    std::vector<unsigned char> enabled(loaded->descriptor->rule_count, 1);
    keep.push_back(std::make_unique<textnorm::detail::PluginInstance>(
        loaded->descriptor, TEXTNORM_PROFILE_DEFAULT, enabled, std::vector<std::string>{}));
    out.push_back(keep.back().get());
  }
  return out;
}

// Every entry, script transliteration and spelling fold the plugins report (once per process
// and directory).
inline const textnorm::detail::PluginLexicons& plugin_lexicons(const std::string& dir) {
  static const textnorm::detail::PluginLexicons lexicons =
      textnorm::detail::collect_lexicons(load_plugins(dir));
  return lexicons;
}

inline const std::vector<NameEntry>& plugin_entries(const std::string& dir) {
  return plugin_lexicons(dir).entries;
}

// The spelling folds the plugins declare.
inline const std::vector<textnorm::detail::FoldRules>& plugin_folds(const std::string& dir) {
  return plugin_lexicons(dir).folds;
}

// --transliterate as the plugins declare it.
inline std::shared_ptr<const textnorm::detail::ScriptTransliterator> plugin_scripts(
    const std::string& dir) {
  static const auto scripts =
      std::make_shared<const textnorm::detail::ScriptTransliterator>(plugin_lexicons(dir).scripts);
  return scripts;
}

// `text` with `edits` (in order, not overlapping) applied.
inline std::string apply_edits(std::string_view text, const std::vector<StageEdit>& edits) {
  std::string out;
  std::size_t copied = 0;
  for (const StageEdit& e : edits) {
    out.append(text.substr(copied, e.begin - copied));
    out += e.replacement;
    copied = e.end;
  }
  out.append(text.substr(copied));
  return out;
}

inline std::string rewrite(const NameStage& stage, std::string_view text, std::string_view lang) {
  std::vector<StageEdit> edits;
  NameStage::Workspace workspace;
  stage.rewrite(text, lang, 0, edits, workspace);
  return apply_edits(text, edits);
}

}  // namespace names_support

#endif  // TEXTNORM_TESTS_NAMES_NAMES_SUPPORT_HPP
