#include "names_plugin.hpp"

namespace textnorm::plugins::names {

NamesPlugin::NamesPlugin(const sdk::Context& context, const PluginData& data)
    : script_(data.script) {
  if (!context.enabled(0)) return;
  records_ = generate_lexicon(data, Romanizer(context.host()));
}

void NamesPlugin::lexicon(sdk::LexiconWriter& writer) const {
  for (const NameRecord& r : records_) writer.entry(r.entity, r.form, r.kind, r.lang.c_str());
  if (script_.script != nullptr) writer.script_transliteration(script_.script, script_.rules);
}

}  // namespace textnorm::plugins::names
