// Fuzzes what the host accepts from a plugin: the descriptor it validates (check_descriptor), and
// the edits a plugin reports for a segment, through a fixture plugin compiled into this program
// whose every callback does what the input says (fail or not, an error message with or without
// NUL, any series of edits, going on after a refused edit or not).
// Properties: a refused descriptor has a one-line UTF-8 reason; a plugin failure is
// Error(PLUGIN_FAILED) naming the plugin, in valid UTF-8; accepted edits are in order, inside the
// segment, on character boundaries, valid UTF-8 without line breaks, so the output they give is
// valid UTF-8 of one line.
#include "fuzz_checks.hpp"
#include "fuzz_input.hpp"

#include "edit/rewriter.hpp"
#include "plugin/descriptor_check.hpp"
#include "plugin/plugin_instance.hpp"

#include <textnorm/error.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

constexpr const char* kPluginName = "fuzz";

struct FuzzEdit {
  std::size_t begin;
  std::size_t end;
  std::string replacement;
  std::uint32_t rule;
};

// What the fixture plugin does on this input.
struct Script {
  bool create_fails = false;
  bool process_fails = false;
  bool ignores_refusal = false;  // a faulty plugin that goes on after a refused edit
  std::string message;           // copied into the error buffer, with or without NUL
  bool message_has_nul = true;
  std::vector<FuzzEdit> edits;
};

thread_local const Script* script = nullptr;

void write_error(textnorm_error* error) {
  if (error == nullptr || error->message == nullptr || error->capacity == 0) return;
  const std::size_t n = std::min(script->message.size(), error->capacity);
  std::memcpy(error->message, script->message.data(), n);
  if (script->message_has_nul) error->message[std::min(n, error->capacity - 1)] = '\0';
}

int create(const textnorm_host_services*, const textnorm_plugin_config*, void** instance,
           textnorm_error* error) {
  *instance = nullptr;
  if (!script->create_fails) return TEXTNORM_OK;
  write_error(error);
  return TEXTNORM_FAILED;
}

void destroy(void*) {}

int process(void*, const textnorm_segment*, textnorm_edit_sink* sink, textnorm_error* error) {
  for (const FuzzEdit& e : script->edits) {
    const int status = sink->replace(sink->context, e.begin, e.end, e.replacement.data(),
                                     e.replacement.size(), e.rule);
    if (status != TEXTNORM_OK && !script->ignores_refusal) return TEXTNORM_FAILED;
  }
  if (!script->process_fails) return TEXTNORM_OK;
  write_error(error);
  return TEXTNORM_FAILED;
}

// The descriptor the input describes; `strings` and `rules` own what it points to.
textnorm_plugin_descriptor fuzzed_descriptor(fuzz::Input& in, std::vector<std::string>& strings,
                                             std::vector<const char*>& languages,
                                             std::vector<textnorm_rule_info>& rules) {
  textnorm_plugin_descriptor d{};
  const std::uint8_t size_choice = in.byte();
  d.struct_size = size_choice < 200 ? sizeof(textnorm_plugin_descriptor) : in.u32();
  d.abi_major = in.flag() ? TEXTNORM_ABI_MAJOR : static_cast<std::uint16_t>(in.u32());
  d.abi_minor = static_cast<std::uint16_t>(in.byte() % 8);
  strings.reserve(64);  // pointers into it stay valid
  const auto string_or_null = [&](bool null) -> const char* {
    std::string s = in.string();
    if (null) return nullptr;
    strings.push_back(std::move(s));
    return strings.back().c_str();
  };
  d.name = in.flag() ? kPluginName : string_or_null(in.flag());
  d.version = string_or_null(in.flag());
  for (std::size_t n = in.byte() % 4; n > 0; --n) languages.push_back(string_or_null(false));
  languages.push_back(nullptr);
  d.languages = in.flag() ? nullptr : languages.data();
  const std::uint8_t phase = in.byte();
  if (phase < 240) {
    d.phase = phase < 120 ? TEXTNORM_PHASE_LANGUAGE : TEXTNORM_PHASE_ENTITIES;
  } else {  // any int, as a C plugin may store
    const std::uint32_t value = in.u32();
    std::memcpy(&d.phase, &value, sizeof value);
  }
  for (std::size_t n = in.byte() % 5; n > 0; --n) {
    const std::uint8_t nulls = in.byte();
    rules.push_back({string_or_null(nulls == 1), string_or_null(nulls == 2)});
  }
  d.rules = (rules.empty() || in.byte() == 3) ? (in.flag() ? nullptr : rules.data()) : rules.data();
  d.rule_count = rules.size();
  const std::uint8_t callbacks = in.byte();
  d.create = (callbacks & 1) ? nullptr : &create;
  d.destroy = (callbacks & 2) ? nullptr : &destroy;
  d.process = (callbacks & 4) ? nullptr : &process;
  return d;
}

Script fuzzed_script(fuzz::Input& in) {
  Script s;
  const std::uint8_t how = in.byte();
  s.create_fails = how == 1;
  s.process_fails = (how & 2) != 0;
  s.ignores_refusal = (how & 4) != 0;
  s.message_has_nul = (how & 8) == 0;
  s.message = in.string();
  if (!s.message_has_nul)  // fills the whole buffer, as a plugin that forgets the NUL
    while (s.message.size() < 2048) s.message += s.message.empty() ? "x" : s.message;
  for (std::size_t n = in.byte() % 16; n > 0; --n) {
    FuzzEdit e;
    e.begin = in.byte();
    e.end = in.flag() ? e.begin + in.byte() % 8 : in.byte();
    if (in.byte() == 255) e.end = in.u32();
    e.replacement = in.string();
    e.rule = in.byte() < 250 ? in.byte() % 4 : in.u32();
    s.edits.push_back(std::move(e));
  }
  return s;
}

void check_plugin_error(const textnorm::Error& e) {
  const std::string what = e.what();
  FUZZ_CHECK(e.kind() == textnorm::ErrorKind::PLUGIN_FAILED, what);
  FUZZ_CHECK(what.find("plugin 'fuzz'") != std::string::npos, what);
  FUZZ_CHECK(fuzz::is_valid_utf8(what), fuzz::escaped(what));
  FUZZ_CHECK(what.find('\n') == std::string::npos, fuzz::escaped(what));
}

// Runs the accepted plugin on `text` and checks what comes back.
void run_plugin(const textnorm_plugin_descriptor& d, const Script& s, std::string_view text,
                const std::vector<unsigned char>& enabled) {
  std::optional<textnorm::detail::PluginInstance> plugin;
  try {
    plugin.emplace(&d, TEXTNORM_PROFILE_DEFAULT, enabled, std::vector<std::string>{"k=v"});
  } catch (const textnorm::Error& e) {
    FUZZ_CHECK(s.create_fails, std::string("create failed unasked: ") + e.what());
    check_plugin_error(e);
    return;
  }
  FUZZ_CHECK(!s.create_fails, "a failing create was accepted");
  if (d.process == nullptr) return;
  const std::string segment(text);  // NUL-terminated, as the host hands it
  std::vector<textnorm::detail::StageEdit> edits;
  textnorm::detail::PluginErrorBuffer message;
  try {
    plugin->process(segment, "xx", 0, edits, message);
  } catch (const textnorm::Error& e) {
    check_plugin_error(e);
    FUZZ_CHECK(edits.empty(), "a failed segment left edits");
    return;
  }
  FUZZ_CHECK(!s.process_fails, "a failing process was accepted");
  std::string out;
  textnorm::detail::Rewriter rewriter(segment, out, nullptr);
  for (const auto& e : edits) {
    FUZZ_CHECK(e.begin >= rewriter.position() && e.begin <= e.end && e.end <= segment.size(),
               "edit " + std::to_string(e.begin) + ".." + std::to_string(e.end));
    rewriter.replace(e.begin, e.end, e.replacement, e.rule);
  }
  if (!rewriter.finish()) out = segment;
  FUZZ_CHECK(fuzz::is_valid_utf8(out), fuzz::escaped(out));
  FUZZ_CHECK(out.find_first_of("\r\n") == std::string::npos, fuzz::escaped(out));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Input in(data, size);
  std::vector<std::string> strings;
  std::vector<const char*> languages;
  std::vector<textnorm_rule_info> rules;
  const textnorm_plugin_descriptor d = fuzzed_descriptor(in, strings, languages, rules);
  const Script s = fuzzed_script(in);
  script = &s;
  std::vector<unsigned char> enabled(d.rule_count, 1);
  for (auto& e : enabled) e = in.flag() ? 0 : 1;
  const std::string_view text = in.rest();

  const std::string reason = textnorm::detail::check_descriptor(&d, kPluginName);
  if (!reason.empty()) {
    FUZZ_CHECK(fuzz::is_valid_utf8(reason), fuzz::escaped(reason));
    FUZZ_CHECK(reason.find_first_of("\r\n") == std::string::npos, fuzz::escaped(reason));
    return 0;
  }
  // The host hands plugins only valid NFC UTF-8 without line breaks.
  if (!fuzz::is_valid_utf8(text) || !fuzz::is_nfc(text) ||
      text.find_first_of("\r\n") != std::string_view::npos || text.find('\0') != std::string_view::npos)
    return 0;
  run_plugin(d, s, text, enabled);
  return 0;
}
