#include "names/lexicon_collector.hpp"

#include "text/utf8.hpp"

#include <textnorm/error.hpp>

namespace textnorm::detail {
namespace {

struct Collector {
  std::vector<NameEntry>* entries;
  std::string plugin;
  std::string problem;  // the first bad entry; reported once the plugin has returned
};

bool valid(const char* text, std::size_t size) {
  return text != nullptr && find_invalid_utf8(std::string_view(text, size)) == std::string_view::npos;
}

void add_entry(void* context, const textnorm_name_entry* e) {
  auto* c = static_cast<Collector*>(context);
  if (!c->problem.empty()) return;
  if (e == nullptr || !valid(e->entity, e->entity_size) || !valid(e->form, e->form_size) ||
      e->lang == nullptr || e->entity_size == 0 || e->form_size == 0) {
    c->problem = "an entry with an empty or invalid UTF-8 entity, form or language";
    return;
  }
  if (e->kind < TEXTNORM_NAME_CANONICAL || e->kind > TEXTNORM_NAME_NATIVE) {
    c->problem = "an entry of unknown kind " + std::to_string(int(e->kind)) + " for '" +
                 std::string(e->form, e->form_size) + "'";
    return;
  }
  c->entries->push_back({std::string(e->entity, e->entity_size), std::string(e->form, e->form_size),
                         e->kind, e->lang, c->plugin});
}

}  // namespace

std::vector<NameEntry> collect_lexicons(const std::vector<const PluginInstance*>& plugins) {
  std::vector<NameEntry> entries;
  for (const PluginInstance* plugin : plugins) {
    Collector collector{&entries, std::string(plugin->name()), {}};
    textnorm_lexicon_sink sink{&collector, &add_entry};
    plugin->lexicon(sink);
    if (!collector.problem.empty())
      throw Error(ErrorKind::PLUGIN_FAILED,
                  "plugin '" + collector.plugin + "' gave a bad lexicon: " + collector.problem);
  }
  return entries;
}

}  // namespace textnorm::detail
