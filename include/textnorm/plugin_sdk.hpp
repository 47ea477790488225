// textnorm plugin SDK: a thin C++ layer over plugin_abi.h for plugin authors.
//
// A plugin is a class with
//   Plugin(const textnorm::sdk::Context& context);                        // may throw
//   void process(const textnorm::sdk::Segment& segment,
//                textnorm::sdk::EditWriter& edits) const;                  // may throw
// (an entities plugin that only reports names through `lexicon` may leave `process` out)
// and one line that exports it:
//   TEXTNORM_DEFINE_PLUGIN(fr, FrenchPlugin, "1.0.0", TEXTNORM_PHASE_LANGUAGE, kLanguages, kRules)
// The macro builds the descriptor and the exported entry `textnorm_plugin_fr_entry`, and wraps
// every callback so that no exception crosses the boundary: a throw becomes an error message the
// host reports as `plugin 'fr' failed: <message>`. Built with textnorm_add_plugin(fr ...), a
// macro naming another plugin fails to compile. docs/plugins.md is the author's guide.
#ifndef TEXTNORM_PLUGIN_SDK_HPP
#define TEXTNORM_PLUGIN_SDK_HPP

#include <textnorm/plugin_abi.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::sdk {

// Thrown by EditWriter when the host refused an edit; the host already holds the reason.
struct EditRefused {};

// Reports edits for the current segment; spans are byte offsets into the segment's text.
class EditWriter {
 public:
  explicit EditWriter(textnorm_edit_sink* sink) : sink_(sink) {}

  // Replaces bytes [begin, end) with `replacement`. Edits must come in increasing order.
  void replace(std::size_t begin, std::size_t end, std::string_view replacement, uint32_t rule) {
    if (sink_->replace(sink_->context, begin, end, replacement.data(), replacement.size(), rule) !=
        TEXTNORM_OK)
      throw EditRefused{};
  }
  void insert(std::size_t at, std::string_view text, uint32_t rule) { replace(at, at, text, rule); }
  void erase(std::size_t begin, std::size_t end, uint32_t rule) { replace(begin, end, {}, rule); }

 private:
  textnorm_edit_sink* sink_;
};

// Reports what a plugin teaches language detection (see textnorm_evidence_sink).
class EvidenceWriter {
 public:
  explicit EvidenceWriter(textnorm_evidence_sink* sink) : sink_(sink) {}
  void word(std::string_view word, float log_probability) {
    sink_->word(sink_->context, word.data(), word.size(), log_probability);
  }
  void unknown_word(float log_probability) { sink_->unknown_word(sink_->context, log_probability); }
  void abbreviation(std::string_view text) {
    sink_->abbreviation(sink_->context, text.data(), text.size());
  }
  // ABI 1.2: an ending cut with its apostrophe ("'t"), see textnorm_evidence_sink.
  void clitic(std::string_view text) { sink_->clitic(sink_->context, text.data(), text.size()); }
  // ABI 1.4: the whole profile, compiled by textnorm-compile-profile (see
  // textnorm_evidence_sink). Throws std::runtime_error when the host cannot read it.
  void word_table(std::string_view compiled) {
    if (sink_->word_table(sink_->context, compiled.data(), compiled.size()) != TEXTNORM_OK)
      throw std::runtime_error("the host cannot read this compiled language profile");
  }
  // ABI 1.4: whether a capital inside a sentence marks a name (the default) or any noun, as in
  // German (see textnorm_capitalisation).
  void capitalisation(textnorm_capitalisation meaning) {
    sink_->capitalisation(sink_->context, meaning);
  }

 private:
  textnorm_evidence_sink* sink_;
};

// Reports the names an entities plugin knows (see textnorm_lexicon_sink).
class LexiconWriter {
 public:
  explicit LexiconWriter(textnorm_lexicon_sink* sink) : sink_(sink) {}
  void entry(std::string_view entity, std::string_view form, textnorm_name_form kind,
             const char* lang) {
    const textnorm_name_entry e{entity.data(), entity.size(), form.data(), form.size(), kind, lang};
    sink_->entry(sink_->context, &e);
  }
  // ABI 1.2: the transliteration of `script` for --transliterate (see plugin_abi.h).
  void script_transliteration(const char* script, std::string_view rules) {
    sink_->script_transliteration(sink_->context, script, rules.data(), rules.size());
  }
  // ABI 1.3: the rules that fold the spellings of the plugin's names (see plugin_abi.h).
  void spelling_fold(std::string_view rules) {
    sink_->spelling_fold(sink_->context, rules.data(), rules.size());
  }
  // ABI 1.4: the fold `textnorm variants` groups spellings under (see plugin_abi.h).
  void variant_fold(std::string_view rules) {
    sink_->variant_fold(sink_->context, rules.data(), rules.size());
  }

 private:
  textnorm_lexicon_sink* sink_;
};

struct Segment {
  std::string_view text;
  std::string_view lang;
};

// What a plugin instance is created with; copies what it needs, so it outlives the call.
class Context {
 public:
  Context(const textnorm_host_services* host, const textnorm_plugin_config* config)
      : host_(host),
        profile_(config->profile),
        rule_enabled_(config->rule_enabled, config->rule_enabled + config->rule_count) {
    for (const char* const* it = config->options; it != nullptr && *it != nullptr; ++it)
      options_.emplace_back(*it);
  }

  textnorm_profile profile() const { return profile_; }
  bool enabled(uint32_t rule) const {
    return rule < rule_enabled_.size() && rule_enabled_[rule] != 0;
  }
  // Value of a "key=value" plugin option, or `fallback` when absent.
  std::string_view option(std::string_view key, std::string_view fallback = {}) const {
    for (const std::string& entry : options_) {
      if (entry.size() > key.size() && entry.compare(0, key.size(), key) == 0 &&
          entry[key.size()] == '=')
        return std::string_view(entry).substr(key.size() + 1);
    }
    return fallback;
  }
  const textnorm_host_services& host() const { return *host_; }

 private:
  const textnorm_host_services* host_;
  textnorm_profile profile_;
  std::vector<unsigned char> rule_enabled_;
  std::vector<std::string> options_;
};

namespace detail {

inline void copy_error(textnorm_error* error, std::string_view message) {
  if (error == nullptr || error->message == nullptr || error->capacity == 0) return;
  std::size_t n = message.size() < error->capacity - 1 ? message.size() : error->capacity - 1;
  std::memcpy(error->message, message.data(), n);
  error->message[n] = '\0';
}

// Runs `body`, turning any exception into an error message and TEXTNORM_FAILED.
template <class Body>
int guarded(textnorm_error* error, Body&& body) noexcept {
  try {
    body();
    return TEXTNORM_OK;
  } catch (const EditRefused&) {
    return TEXTNORM_FAILED;
  } catch (const std::exception& e) {
    copy_error(error, e.what());
  } catch (...) {
    copy_error(error, "unknown exception");
  }
  return TEXTNORM_FAILED;
}

template <class Plugin>
int create(const textnorm_host_services* host, const textnorm_plugin_config* config,
           void** instance, textnorm_error* error) {
  return guarded(error, [&] { *instance = new Plugin(Context(host, config)); });
}

template <class Plugin>
void destroy(void* instance) {
  delete static_cast<Plugin*>(instance);
}

template <class Plugin>
int process(void* instance, const textnorm_segment* segment, textnorm_edit_sink* sink,
            textnorm_error* error) {
  return guarded(error, [&] {
    EditWriter edits(sink);
    static_cast<const Plugin*>(instance)->process(
        Segment{{segment->text, segment->size}, segment->lang}, edits);
  });
}

// The process callback when Plugin has a `void process(const Segment&, EditWriter&) const`,
// else none (ABI 1.4: an entities plugin that only reports names is never called per segment).
template <class Plugin>
constexpr auto process_callback() {
  using Callback = int (*)(void*, const textnorm_segment*, textnorm_edit_sink*, textnorm_error*);
  if constexpr (requires(const Plugin& p, const Segment& s, EditWriter& w) { p.process(s, w); })
    return Callback(&process<Plugin>);
  else
    return Callback(nullptr);
}

template <class Plugin>
int language_evidence(void* instance, const char* lang, textnorm_evidence_sink* sink,
                      textnorm_error* error) {
  return guarded(error, [&] {
    EvidenceWriter writer(sink);
    static_cast<const Plugin*>(instance)->language_evidence(std::string_view(lang), writer);
  });
}

// The language_evidence callback when Plugin has a
// `void language_evidence(std::string_view lang, EvidenceWriter&) const`, else none.
template <class Plugin>
constexpr auto language_evidence_callback() {
  using Callback = int (*)(void*, const char*, textnorm_evidence_sink*, textnorm_error*);
  if constexpr (requires(const Plugin& p, EvidenceWriter& w) { p.language_evidence("", w); })
    return Callback(&language_evidence<Plugin>);
  else
    return Callback(nullptr);
}

template <class Plugin>
int lexicon(void* instance, textnorm_lexicon_sink* sink, textnorm_error* error) {
  return guarded(error, [&] {
    LexiconWriter writer(sink);
    static_cast<const Plugin*>(instance)->lexicon(writer);
  });
}

// The lexicon callback when Plugin has a `void lexicon(LexiconWriter&) const`, else none.
template <class Plugin>
constexpr auto lexicon_callback() {
  using Callback = int (*)(void*, textnorm_lexicon_sink*, textnorm_error*);
  if constexpr (requires(const Plugin& p, LexiconWriter& w) { p.lexicon(w); })
    return Callback(&lexicon<Plugin>);
  else
    return Callback(nullptr);
}

}  // namespace detail
}  // namespace textnorm::sdk

// textnorm_add_plugin(<name> ...) defines TEXTNORM_PLUGIN_NAME as "<name>": the host looks for
// textnorm_plugin_<name>_entry in textnorm-<name>.so, so the macro must be given that name.
#ifdef TEXTNORM_PLUGIN_NAME
#define TEXTNORM_DETAIL_CHECK_PLUGIN_NAME(NAME)                                                \
  static_assert(std::string_view(#NAME) == std::string_view(TEXTNORM_PLUGIN_NAME),            \
                "TEXTNORM_DEFINE_PLUGIN(" #NAME ", ...) must use the plugin's name as given to "  \
                "textnorm_add_plugin(), " TEXTNORM_PLUGIN_NAME ": textnorm loads "               \
                "textnorm-" TEXTNORM_PLUGIN_NAME ".so and looks for its entry "                 \
                "textnorm_plugin_" TEXTNORM_PLUGIN_NAME "_entry");
#else
#define TEXTNORM_DETAIL_CHECK_PLUGIN_NAME(NAME)
#endif

#define TEXTNORM_DEFINE_PLUGIN(NAME, CLASS, VERSION, PHASE, LANGUAGES, RULES)                 \
  TEXTNORM_DETAIL_CHECK_PLUGIN_NAME(NAME)                                                     \
  extern "C" __attribute__((visibility("default"))) const textnorm_plugin_descriptor*         \
      textnorm_plugin_##NAME##_entry(void) {                                                  \
    static const textnorm_plugin_descriptor descriptor = {                                    \
        sizeof(textnorm_plugin_descriptor),                                                   \
        TEXTNORM_ABI_MAJOR,                                                                   \
        TEXTNORM_ABI_MINOR,                                                                   \
        #NAME,                                                                                \
        VERSION,                                                                              \
        LANGUAGES,                                                                            \
        PHASE,                                                                                \
        RULES,                                                                                \
        sizeof(RULES) / sizeof(RULES[0]),                                                     \
        &::textnorm::sdk::detail::create<CLASS>,                                              \
        &::textnorm::sdk::detail::destroy<CLASS>,                                             \
        ::textnorm::sdk::detail::process_callback<CLASS>(),                                   \
        ::textnorm::sdk::detail::language_evidence_callback<CLASS>(),                         \
        ::textnorm::sdk::detail::lexicon_callback<CLASS>(),                                   \
    };                                                                                        \
    return &descriptor;                                                                       \
  }

#endif  // TEXTNORM_PLUGIN_SDK_HPP
