// The `hy` plugin: the names of Armenia and of Armenian people, romanized from Armenian
// (English press, French, German, BGN/PCGN) and from their Russian forms, for the host's names
// stage. It changes no text itself.
#include "names_plugin.hpp"
#include "russian_schemes.hpp"
#include "shared_data.hpp"

#include <textnorm/plugin_sdk.hpp>

extern "C" const char textnorm_hy_entities[];
extern "C" const char textnorm_hy_entities_end[];
extern "C" const char textnorm_hy_excluded_forms[];
extern "C" const char textnorm_hy_excluded_forms_end[];
extern "C" const char textnorm_hy_translit_en[];
extern "C" const char textnorm_hy_translit_en_end[];
extern "C" const char textnorm_hy_translit_fr[];
extern "C" const char textnorm_hy_translit_fr_end[];
extern "C" const char textnorm_hy_translit_de[];
extern "C" const char textnorm_hy_translit_de_end[];
extern "C" const char textnorm_hy_script_armenian[];
extern "C" const char textnorm_hy_script_armenian_end[];

namespace {

namespace names = textnorm::plugins::names;

constexpr textnorm_rule_info kRules[] = {
    {"hy.names", "report the Armenian names and their spellings to the names stage"},
};

constexpr const char* kLanguages[] = {"hy", nullptr};

std::string_view span(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

names::PluginData armenian_data() {
  names::PluginData data;
  data.plugin = "hy";
  data.entities = span(textnorm_hy_entities, textnorm_hy_entities_end);
  data.excluded_forms = span(textnorm_hy_excluded_forms, textnorm_hy_excluded_forms_end);
  data.common_first_names = names::common_first_names();
  data.script = {"Armn", span(textnorm_hy_script_armenian, textnorm_hy_script_armenian_end)};
  // label, lang, rules, builtin, english, alternate
  data.native_schemes = {
      {"hy:en", "en", span(textnorm_hy_translit_en, textnorm_hy_translit_en_end), false, true, true},
      {"hy:fr", "fr", span(textnorm_hy_translit_fr, textnorm_hy_translit_fr_end), false, false, false},
      {"hy:de", "de", span(textnorm_hy_translit_de, textnorm_hy_translit_de_end), false, false, false},
      {"hy:bgn", "en", "Armenian-Latin/BGN", true, true, false},
  };
  data.ru_schemes = names::russian_schemes();
  return data;
}

class ArmenianNames : public names::NamesPlugin {
 public:
  explicit ArmenianNames(const textnorm::sdk::Context& context)
      : names::NamesPlugin(context, armenian_data()) {}
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(hy, ArmenianNames, "1.0.0", TEXTNORM_PHASE_ENTITIES, kLanguages, kRules)
