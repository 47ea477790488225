// The data of the `ru` name plugin, shared by the plugin and by the program that generates
// its lexicon at build time (see textnorm_add_names_plugin in plugins/CMakeLists.txt).
#include "names_plugin.hpp"
#include "russian_schemes.hpp"
#include "shared_data.hpp"

extern "C" const char textnorm_ru_entities[];
extern "C" const char textnorm_ru_entities_end[];
extern "C" const char textnorm_ru_given_names[];
extern "C" const char textnorm_ru_given_names_end[];
extern "C" const char textnorm_ru_excluded_forms[];
extern "C" const char textnorm_ru_excluded_forms_end[];
extern "C" const char textnorm_ru_script_cyrillic[];
extern "C" const char textnorm_ru_script_cyrillic_end[];

namespace textnorm::plugins::names {
PluginData plugin_data() {
  PluginData data;
  data.plugin = "ru";
  data.entities = embedded(textnorm_ru_entities, textnorm_ru_entities_end);
  data.given_names = embedded(textnorm_ru_given_names, textnorm_ru_given_names_end);
  data.excluded_forms = embedded(textnorm_ru_excluded_forms, textnorm_ru_excluded_forms_end);
  data.common_first_names = common_first_names();
  data.script = {"Cyrl", embedded(textnorm_ru_script_cyrillic, textnorm_ru_script_cyrillic_end)};
  data.native_schemes = russian_schemes();
  data.ru_schemes = russian_schemes();
  data.armenian_places = russian_armenian_scheme();
  return data;
}

}  // namespace textnorm::plugins::names
