// The data of the `hy` name plugin, shared by the plugin and by the program that generates
// its lexicon at build time (see textnorm_add_names_plugin in plugins/CMakeLists.txt).
#include "names_plugin.hpp"
#include "russian_schemes.hpp"
#include "shared_data.hpp"

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
extern "C" const char textnorm_hy_translit_az[];
extern "C" const char textnorm_hy_translit_az_end[];
extern "C" const char textnorm_hy_script_armenian[];
extern "C" const char textnorm_hy_script_armenian_end[];

namespace textnorm::plugins::names {
PluginData plugin_data() {
  PluginData data;
  data.plugin = "hy";
  data.entities = embedded(textnorm_hy_entities, textnorm_hy_entities_end);
  data.excluded_forms = embedded(textnorm_hy_excluded_forms, textnorm_hy_excluded_forms_end);
  data.common_first_names = common_first_names();
  data.script = {"Armn", embedded(textnorm_hy_script_armenian, textnorm_hy_script_armenian_end)};
  // label, lang, rules, builtin, english, alternate
  data.native_schemes = {
      {"hy:en", "en", embedded(textnorm_hy_translit_en, textnorm_hy_translit_en_end), false, true, true},
      {"hy:fr", "fr", embedded(textnorm_hy_translit_fr, textnorm_hy_translit_fr_end), false, false, false},
      {"hy:de", "de", embedded(textnorm_hy_translit_de, textnorm_hy_translit_de_end), false, false, false},
      {"hy:bgn", "en", "Armenian-Latin/BGN", true, true, false},
      {"hy:az", "az", embedded(textnorm_hy_translit_az, textnorm_hy_translit_az_end), false, false, false},
  };
  data.ru_schemes = russian_schemes();
  return data;
}

}  // namespace textnorm::plugins::names
