#include "names/lexicon_collector.hpp"

#include "text/utf8.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

namespace textnorm::detail {
namespace {

struct Collector {
  PluginLexicons* out;
  std::string plugin;
  bool native_forms;
  std::string problem;  // the first bad entry; reported once the plugin has returned
  std::string entity;   // the last entity checked: plugins report an entity's forms in a row
};

bool valid(const char* text, std::size_t size) {
  return text != nullptr && find_invalid_utf8(std::string_view(text, size)) == std::string_view::npos;
}

// Whether `entity` is valid UTF-8. Plugins report an entity's forms in a row: the last valid
// entity is remembered and not checked again.
bool valid_entity(Collector* c, std::string_view entity) {
  if (entity == c->entity) return true;
  if (!valid(entity.data(), entity.size())) return false;
  c->entity = entity;
  return true;
}

void add_entry(void* context, const textnorm_name_entry* e) {
  auto* c = static_cast<Collector*>(context);
  if (!c->problem.empty()) return;
  const bool well_formed = e != nullptr && e->entity != nullptr && e->entity_size != 0 &&
                           e->form_size != 0 && e->lang != nullptr && valid(e->form, e->form_size);
  if (!well_formed || !valid_entity(c, std::string_view(e->entity, e->entity_size))) {
    c->problem = "an entry with an empty or invalid UTF-8 entity, form or language";
    return;
  }
  if (e->kind < TEXTNORM_NAME_CANONICAL || e->kind > TEXTNORM_NAME_NATIVE) {
    c->problem = fmt::format("an entry of unknown kind {} for '{}'", int(e->kind),
                             std::string_view(e->form, e->form_size));
    return;
  }
  if (e->kind == TEXTNORM_NAME_NATIVE && !c->native_forms) return;
  c->out->entries.emplace_back(c->entity, std::string_view(e->form, e->form_size), e->kind, e->lang,
                               c->plugin);
}

void add_script(void* context, const char* script, const char* rules, std::size_t rules_size) {
  auto* c = static_cast<Collector*>(context);
  if (!c->problem.empty()) return;
  if (script == nullptr || !ScriptTransliterator::known_script(script) || !valid(rules, rules_size)) {
    c->problem = fmt::format("a transliteration for an unknown script '{}' or with invalid UTF-8 rules",
                             script != nullptr ? script : "(null)");
    return;
  }
  c->out->scripts.push_back({script, std::string(rules, rules_size), c->plugin});
}

// Keeps the plugin's last fold of a kind (a later call replaces an earlier one).
void add_fold_to(Collector* c, std::vector<FoldRules>& folds, const char* rules,
                 std::size_t rules_size) {
  if (!c->problem.empty()) return;
  if (!valid(rules, rules_size)) {
    c->problem = "fold rules that are not valid UTF-8";
    return;
  }
  if (!folds.empty() && folds.back().plugin == c->plugin) folds.pop_back();
  folds.push_back({c->plugin, std::string(rules, rules_size)});
}

void add_fold(void* context, const char* rules, std::size_t rules_size) {
  auto* c = static_cast<Collector*>(context);
  add_fold_to(c, c->out->folds, rules, rules_size);
}

void add_variant_fold(void* context, const char* rules, std::size_t rules_size) {
  auto* c = static_cast<Collector*>(context);
  add_fold_to(c, c->out->variant_folds, rules, rules_size);
}

}  // namespace

PluginLexicons collect_lexicons(const std::vector<const PluginInstance*>& plugins,
                                bool native_forms) {
  PluginLexicons lexicons;
  for (const PluginInstance* plugin : plugins) {
    Collector collector{&lexicons, std::string(plugin->name()), native_forms, {}, {}};
    textnorm_lexicon_sink sink{&collector, &add_entry, &add_script, &add_fold, &add_variant_fold};
    plugin->lexicon(sink);
    if (!collector.problem.empty())
      throw Error(ErrorKind::PLUGIN_FAILED,
                  fmt::format("plugin '{}' gave a bad lexicon: {}", collector.plugin, collector.problem));
  }
  return lexicons;
}

}  // namespace textnorm::detail
