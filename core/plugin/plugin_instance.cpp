#include "plugin/plugin_instance.hpp"

#include "plugin/host_services.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>

namespace textnorm::detail {
namespace {

using ErrorBuffer = PluginErrorBuffer;

// What a plugin wrote into its error buffer, as one line of valid UTF-8 (printable_line): cut
// at the buffer's end when the plugin left no NUL, "unknown error" when empty.
std::string message_of(const ErrorBuffer& buffer) {
  const std::size_t size = std::string_view(buffer.data(), buffer.size()).find('\0');
  const std::string message = printable_line(
      std::string_view(buffer.data(), size == std::string_view::npos ? buffer.size() : size));
  return message.empty() ? "unknown error" : message;
}

// A descriptor field appended after ABI 1.0, or null when the plugin's descriptor predates it.
template <class Field>
Field appended_field(const textnorm_plugin_descriptor& d, Field textnorm_plugin_descriptor::*field,
                     std::size_t offset) {
  return d.abi_minor >= 1 && d.struct_size >= offset + sizeof(Field) ? d.*field : nullptr;
}

// A segment's output larger than this many times its input is a plugin gone wrong; refusing it
// edit by edit also bounds the memory a runaway plugin can take.
constexpr std::size_t kMaxGrowth = 64;

bool is_continuation(std::string_view text, std::size_t i) {
  return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
}

// Receives a plugin's edits for one segment and checks each before accepting it; the edits of
// a rule the user switched off are dropped, so that a plugin need not check enabled() itself.
struct CheckedSink {
  const textnorm_plugin_descriptor* descriptor;
  const std::vector<unsigned char>* rule_enabled;
  std::string_view text;
  std::size_t offset;
  std::vector<StageEdit>* edits;
  std::size_t last_end = 0;
  std::size_t kept = 0;  // bytes of `text` before last_end that no edit replaced
  std::size_t added = 0;  // replacement bytes accepted
  std::string problem;  // first refused edit, if any

  static int replace(void* context, std::size_t begin, std::size_t end, const char* replacement,
                     std::size_t size, uint32_t rule) {
    auto* self = static_cast<CheckedSink*>(context);
    if (const char* reason = self->check(begin, end, replacement, size, rule)) {
      self->problem = fmt::format("{} (edit {}..{})", reason, begin, end);
      return TEXTNORM_FAILED;
    }
    self->kept += begin - self->last_end;
    self->added += size;
    self->last_end = end;
    if ((begin == end && size == 0) || (*self->rule_enabled)[rule] == 0) return TEXTNORM_OK;
    self->edits->push_back({self->offset + begin, self->offset + end, std::string(replacement, size),
                            {self->descriptor->rules[rule].id, self->descriptor->name}});
    return TEXTNORM_OK;
  }

  // Why the edit is refused, or null.
  const char* check(std::size_t begin, std::size_t end, const char* replacement, std::size_t size,
                    uint32_t rule) const {
    if (rule >= descriptor->rule_count) return "edit names an unknown rule";
    if (begin > end || end > text.size()) return "edit span is outside the segment";
    if (begin < last_end) return "edits out of order or overlapping";
    if (is_continuation(text, begin) || is_continuation(text, end))
      return "edit splits a UTF-8 character";
    if (size > 0 && replacement == nullptr) return "edit has no replacement text";
    if (find_invalid_utf8(std::string_view(replacement, size)) != std::string_view::npos)
      return "replacement is not valid UTF-8";
    for (std::size_t i = 0; i < size; ++i)
      if (replacement[i] == '\n' || replacement[i] == '\r')
        return "replacement contains a line break";
    const std::size_t output = kept + (begin - last_end) + added + size + (text.size() - end);
    if (output > kMaxGrowth * text.size())
      return "output more than 64 times the segment's size";  // kMaxGrowth
    return nullptr;
  }
};

// Whether edit `e` (in offsets from `offset`) may put `text` out of NFC: only when its
// replacement has a code point from U+0300 on, or one follows it in `text` (it may combine with
// what now precedes it); code points below U+0300 never combine.
bool may_break_nfc(std::string_view text, std::size_t offset, const StageEdit& e) {
  if (!is_trivially_nfc(e.replacement)) return true;
  const std::size_t end = e.end - offset;
  return end < text.size() && static_cast<unsigned char>(text[end]) >= 0xCC;
}

// Whether the segment `text` with the edits [first, end) of `edits` (in offsets from `offset`)
// is out of NFC when `text` itself was in it.
bool breaks_nfc(std::string_view text, std::size_t offset, const std::vector<StageEdit>& edits,
                std::size_t first) {
  const auto risky = [&](const StageEdit& e) { return may_break_nfc(text, offset, e); };
  if (std::none_of(edits.begin() + std::ptrdiff_t(first), edits.end(), risky)) return false;
  std::string result;
  Rewriter rewriter(text, result, nullptr);
  for (std::size_t k = first; k < edits.size(); ++k)
    rewriter.replace(edits[k].begin - offset, edits[k].end - offset, edits[k].replacement,
                     edits[k].rule);
  return rewriter.finish() && !is_nfc(result) && is_nfc(text);
}

}  // namespace

PluginInstance::PluginInstance(const textnorm_plugin_descriptor* descriptor,
                               textnorm_profile profile, std::vector<unsigned char> rule_enabled,
                               const std::vector<std::string>& options)
    : descriptor_(descriptor), rule_enabled_(std::move(rule_enabled)), option_storage_(options) {
  for (const std::string& o : option_storage_) options_.push_back(o.c_str());
  options_.push_back(nullptr);
  const textnorm_plugin_config config{sizeof(textnorm_plugin_config), profile,
                                      rule_enabled_.data(), rule_enabled_.size(), options_.data()};
  ErrorBuffer message{};
  textnorm_error error{message.data(), message.size()};
  if (descriptor_->create(&host_services(), &config, &instance_, &error) != TEXTNORM_OK) {
    throw Error(ErrorKind::PLUGIN_FAILED, fmt::format("plugin '{}' failed to start: {}",
                                                      descriptor_->name, message_of(message)));
  }
}

PluginInstance::~PluginInstance() {
  if (instance_ != nullptr) descriptor_->destroy(instance_);
}

bool PluginInstance::serves(std::string_view lang) const {
  for (const char* const* l = descriptor_->languages; l != nullptr && *l != nullptr; ++l)
    if (lang == *l) return true;
  return false;
}

void PluginInstance::process(std::string_view text, std::string_view lang, std::size_t offset,
                             std::vector<StageEdit>& edits, PluginErrorBuffer& message) const {
  const std::size_t first_new = edits.size();
  CheckedSink checked{descriptor_, &rule_enabled_, text, offset, &edits, 0, 0, 0, {}};
  textnorm_edit_sink sink{&checked, &CheckedSink::replace};
  const textnorm_segment segment{text.data(), text.size(), lang.data()};
  message[0] = '\0';
  textnorm_error error{message.data(), message.size()};
  const int status = descriptor_->process(instance_, &segment, &sink, &error);
  if (status == TEXTNORM_OK && checked.problem.empty() &&
      !breaks_nfc(text, offset, edits, first_new))
    return;
  const bool nfc_broken = status == TEXTNORM_OK && checked.problem.empty();
  edits.erase(edits.begin() + std::ptrdiff_t(first_new), edits.end());
  const std::string reason = nfc_broken                 ? "its output is not in NFC"
                             : !checked.problem.empty() ? checked.problem
                                                        : message_of(message);
  throw Error(ErrorKind::PLUGIN_FAILED, fmt::format("plugin '{}' failed: {}", name(), reason));
}

void PluginInstance::language_evidence(const std::string& lang,
                                       textnorm_evidence_sink& sink) const {
  const auto callback = appended_field(*descriptor_, &textnorm_plugin_descriptor::language_evidence,
                                       offsetof(textnorm_plugin_descriptor, language_evidence));
  if (callback == nullptr) return;
  ErrorBuffer message{};
  textnorm_error error{message.data(), message.size()};
  if (callback(instance_, lang.c_str(), &sink, &error) != TEXTNORM_OK)
    throw Error(ErrorKind::PLUGIN_FAILED,
                fmt::format("plugin '{}' failed to give language evidence: {}", name(),
                            message_of(message)));
}

void PluginInstance::lexicon(textnorm_lexicon_sink& sink) const {
  const auto callback = appended_field(*descriptor_, &textnorm_plugin_descriptor::lexicon,
                                       offsetof(textnorm_plugin_descriptor, lexicon));
  if (callback == nullptr) return;
  ErrorBuffer message{};
  textnorm_error error{message.data(), message.size()};
  if (callback(instance_, &sink, &error) != TEXTNORM_OK)
    throw Error(ErrorKind::PLUGIN_FAILED,
                fmt::format("plugin '{}' failed to give its lexicon: {}", name(), message_of(message)));
}

}  // namespace textnorm::detail
