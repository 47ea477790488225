// The `hy` plugin: the names of Armenia and of Armenian people, romanized from Armenian
// (English press, French, German, BGN/PCGN) and from their Russian forms, for the host's names
// stage. It changes no text itself.
#include "names_plugin.hpp"

#include <textnorm/plugin_sdk.hpp>

extern "C" const char textnorm_hy_lexicon[];
extern "C" const char textnorm_hy_lexicon_end[];

namespace {

namespace names = textnorm::plugins::names;

constexpr textnorm_rule_info kRules[] = {
    {"hy.names", "report the Armenian names and their spellings to the names stage"},
};

constexpr const char* kLanguages[] = {"hy", nullptr};

class ArmenianNames : public names::NamesPlugin {
 public:
  explicit ArmenianNames(const textnorm::sdk::Context& context)
      : names::NamesPlugin(context, names::plugin_data(),
                           {textnorm_hy_lexicon, textnorm_hy_lexicon_end}) {}
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(hy, ArmenianNames, "1.0.0", TEXTNORM_PHASE_ENTITIES, kLanguages, kRules)
