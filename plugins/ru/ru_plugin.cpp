// The `ru` plugin: the names of Russia and of Russian-speaking people, in every romanization
// (English press, BGN/PCGN, French, German, ISO 9, ICAO, Latvian, Azerbaijani, Ukrainian), for
// the host's names stage. It changes no text itself.
#include "names_plugin.hpp"

#include <textnorm/plugin_sdk.hpp>

extern "C" const char textnorm_ru_lexicon[];
extern "C" const char textnorm_ru_lexicon_end[];

namespace {

namespace names = textnorm::plugins::names;

constexpr textnorm_rule_info kRules[] = {
    {"ru.names", "report the Russian names and their spellings to the names stage"},
};

constexpr const char* kLanguages[] = {"ru", nullptr};

class RussianNames : public names::NamesPlugin {
 public:
  explicit RussianNames(const textnorm::sdk::Context& context)
      : names::NamesPlugin(context, names::plugin_data(),
                           {textnorm_ru_lexicon, textnorm_ru_lexicon_end}) {}
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(ru, RussianNames, "1.0.0", TEXTNORM_PHASE_ENTITIES, kLanguages, kRules)
