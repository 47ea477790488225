// The `ru` plugin: the names of Russia and of Russian-speaking people, in every romanization
// (English press, BGN/PCGN, French, German, ISO 9, ICAO, Latvian, Azerbaijani, Ukrainian), for
// the host's names stage. It changes no text itself.
#include "names_plugin.hpp"
#include "russian_schemes.hpp"
#include "shared_data.hpp"

#include <textnorm/plugin_sdk.hpp>

extern "C" const char textnorm_ru_entities[];
extern "C" const char textnorm_ru_entities_end[];
extern "C" const char textnorm_ru_given_names[];
extern "C" const char textnorm_ru_given_names_end[];
extern "C" const char textnorm_ru_excluded_forms[];
extern "C" const char textnorm_ru_excluded_forms_end[];
extern "C" const char textnorm_ru_script_cyrillic[];
extern "C" const char textnorm_ru_script_cyrillic_end[];

namespace {

namespace names = textnorm::plugins::names;

constexpr textnorm_rule_info kRules[] = {
    {"ru.names", "report the Russian names and their spellings to the names stage"},
};

constexpr const char* kLanguages[] = {"ru", nullptr};

std::string_view span(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

names::PluginData russian_data() {
  names::PluginData data;
  data.plugin = "ru";
  data.entities = span(textnorm_ru_entities, textnorm_ru_entities_end);
  data.given_names = span(textnorm_ru_given_names, textnorm_ru_given_names_end);
  data.excluded_forms = span(textnorm_ru_excluded_forms, textnorm_ru_excluded_forms_end);
  data.common_first_names = names::common_first_names();
  data.script = {"Cyrl", span(textnorm_ru_script_cyrillic, textnorm_ru_script_cyrillic_end)};
  data.native_schemes = names::russian_schemes();
  data.ru_schemes = names::russian_schemes();
  return data;
}

class RussianNames : public names::NamesPlugin {
 public:
  explicit RussianNames(const textnorm::sdk::Context& context)
      : names::NamesPlugin(context, russian_data()) {}
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(ru, RussianNames, "1.0.0", TEXTNORM_PHASE_ENTITIES, kLanguages, kRules)
