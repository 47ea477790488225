#include "names_plugin.hpp"

#include "lexicon_file.hpp"
#include "shared_data.hpp"

namespace textnorm::plugins::names {

namespace {

// The shared fold rules and dictionary words, and as `!` words the plugin's own: the forms it
// leaves out and the first names of English and French text.
std::string spelling_fold(const PluginData& data) {
  std::string rules(spelling_fold_rules());
  rules += '\n';
  rules += fold_stop_words();
  for (std::string_view list : {data.excluded_forms, data.common_first_names})
    for (const std::string& form : parse_excluded_forms(list)) rules += "\n!" + form;
  return rules;
}

}  // namespace

NamesPlugin::NamesPlugin(const sdk::Context& context, const PluginData& data,
                         std::string_view lexicon)
    : script_(data.script) {
  if (!context.enabled(0)) return;
  lexicon_ = lexicon;
  spelling_fold_ = spelling_fold(data);
}

void NamesPlugin::lexicon(sdk::LexiconWriter& writer) const {
  LexiconReader reader(lexicon_);
  for (LexiconRecordView r; reader.next(r);) writer.entry(r.entity, r.form, r.kind, r.lang);
  if (script_.script != nullptr) writer.script_transliteration(script_.script, script_.rules);
  if (!spelling_fold_.empty()) writer.spelling_fold(spelling_fold_);
  if (!lexicon_.empty()) writer.variant_fold(variant_fold_rules());
}

}  // namespace textnorm::plugins::names
