#include "names_plugin.hpp"

// plugins/common/names/data/: the name plugins share these.
extern "C" const char textnorm_names_spelling_fold[];
extern "C" const char textnorm_names_spelling_fold_end[];
extern "C" const char textnorm_names_fold_stop_words[];
extern "C" const char textnorm_names_fold_stop_words_end[];

namespace textnorm::plugins::names {

namespace {

std::string_view span(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

// The shared fold rules and dictionary words, and as `!` words the plugin's own: the forms it
// leaves out and the first names of English and French text.
std::string spelling_fold(const PluginData& data) {
  std::string rules(span(textnorm_names_spelling_fold, textnorm_names_spelling_fold_end));
  rules += '\n';
  rules += span(textnorm_names_fold_stop_words, textnorm_names_fold_stop_words_end);
  for (std::string_view list : {data.excluded_forms, data.common_first_names})
    for (const std::string& form : parse_excluded_forms(list)) rules += "\n!" + form;
  return rules;
}

}  // namespace

NamesPlugin::NamesPlugin(const sdk::Context& context, const PluginData& data)
    : script_(data.script) {
  if (!context.enabled(0)) return;
  records_ = generate_lexicon(data, Romanizer(context.host()));
  spelling_fold_ = spelling_fold(data);
}

void NamesPlugin::lexicon(sdk::LexiconWriter& writer) const {
  for (const NameRecord& r : records_) writer.entry(r.entity, r.form, r.kind, r.lang.c_str());
  if (script_.script != nullptr) writer.script_transliteration(script_.script, script_.rules);
  if (!spelling_fold_.empty()) writer.spelling_fold(spelling_fold_);
}

}  // namespace textnorm::plugins::names
