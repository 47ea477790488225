// The `az` plugin: the names of Azerbaijan and of Azerbaijani people, from the Azerbaijani
// Latin spelling (English press, Russian-era ASCII, French) and from their Russian forms, for
// the host's names stage. It changes no text itself.
#include "names_plugin.hpp"
#include "russian_schemes.hpp"
#include "shared_data.hpp"

#include <textnorm/plugin_sdk.hpp>

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

namespace {

namespace names = textnorm::plugins::names;

constexpr textnorm_rule_info kRules[] = {
    {"az.names", "report the Azerbaijani names and their spellings to the names stage"},
};

constexpr const char* kLanguages[] = {"az", nullptr};

std::string_view span(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

names::PluginData azerbaijani_data() {
  names::PluginData data;
  data.plugin = "az";
  data.entities = span(textnorm_az_entities, textnorm_az_entities_end);
  data.excluded_forms = span(textnorm_az_excluded_forms, textnorm_az_excluded_forms_end);
  data.common_first_names = names::common_first_names();
  // label, lang, rules, builtin, english, alternate
  data.native_schemes = {
      {"az:en", "en", span(textnorm_az_translit_en, textnorm_az_translit_en_end), false, true, true},
      {"az:ascii_ru", "und", span(textnorm_az_translit_ascii_ru, textnorm_az_translit_ascii_ru_end), false, true, false},
      {"az:fr", "fr", span(textnorm_az_translit_fr, textnorm_az_translit_fr_end), false, false, false},
  };
  data.ru_schemes = names::russian_schemes();
  data.native_is_latin = true;
  return data;
}

class AzerbaijaniNames : public names::NamesPlugin {
 public:
  explicit AzerbaijaniNames(const textnorm::sdk::Context& context)
      : names::NamesPlugin(context, azerbaijani_data()) {}
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(az, AzerbaijaniNames, "1.0.0", TEXTNORM_PHASE_ENTITIES, kLanguages, kRules)
