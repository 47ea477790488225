// The `az` plugin: the names of Azerbaijan and of Azerbaijani people, from the Azerbaijani
// Latin spelling (English press, Russian-era ASCII, French) and from their Russian forms, for
// the host's names stage. It changes no text itself.
#include "names_plugin.hpp"

#include <textnorm/plugin_sdk.hpp>

extern "C" const char textnorm_az_lexicon[];
extern "C" const char textnorm_az_lexicon_end[];

namespace {

namespace names = textnorm::plugins::names;

constexpr textnorm_rule_info kRules[] = {
    {"az.names", "report the Azerbaijani names and their spellings to the names stage"},
};

constexpr const char* kLanguages[] = {"az", nullptr};

class AzerbaijaniNames : public names::NamesPlugin {
 public:
  explicit AzerbaijaniNames(const textnorm::sdk::Context& context)
      : names::NamesPlugin(context, names::plugin_data(),
                           {textnorm_az_lexicon, textnorm_az_lexicon_end}) {}
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(az, AzerbaijaniNames, "1.0.0", TEXTNORM_PHASE_ENTITIES, kLanguages, kRules)
