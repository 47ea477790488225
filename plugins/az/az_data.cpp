// The data of the `az` name plugin, shared by the plugin and by the program that generates
// its lexicon at build time (see textnorm_add_names_plugin in plugins/CMakeLists.txt).
#include "names_plugin.hpp"
#include "russian_schemes.hpp"
#include "shared_data.hpp"

extern "C" const char textnorm_az_entities[];
extern "C" const char textnorm_az_entities_end[];
extern "C" const char textnorm_az_excluded_forms[];
extern "C" const char textnorm_az_excluded_forms_end[];
extern "C" const char textnorm_az_translit_en[];
extern "C" const char textnorm_az_translit_en_end[];
extern "C" const char textnorm_az_translit_ascii_ru[];
extern "C" const char textnorm_az_translit_ascii_ru_end[];
extern "C" const char textnorm_az_translit_fr[];
extern "C" const char textnorm_az_translit_fr_end[];

namespace textnorm::plugins::names {
PluginData plugin_data() {
  PluginData data;
  data.plugin = "az";
  data.entities = embedded(textnorm_az_entities, textnorm_az_entities_end);
  data.excluded_forms = embedded(textnorm_az_excluded_forms, textnorm_az_excluded_forms_end);
  data.common_first_names = common_first_names();
  // label, lang, rules, builtin, english, alternate
  data.native_schemes = {
      {"az:en", "en", embedded(textnorm_az_translit_en, textnorm_az_translit_en_end), false, true, true},
      {"az:ascii_ru", "und", embedded(textnorm_az_translit_ascii_ru, textnorm_az_translit_ascii_ru_end), false, true, false},
      {"az:fr", "fr", embedded(textnorm_az_translit_fr, textnorm_az_translit_fr_end), false, false, false},
  };
  data.ru_schemes = russian_schemes();
  data.armenian_places = russian_armenian_scheme();
  data.native_is_latin = true;
  return data;
}

}  // namespace textnorm::plugins::names
