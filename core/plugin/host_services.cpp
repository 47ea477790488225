#include "plugin/host_services.hpp"

#include "plugin/debug_log.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <fmt/format.h>

#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <string>

// The opaque handle plugins hold. ICU does not promise that transliterate() is free of shared
// state, so each transform serialises its own calls.
struct textnorm_transform {
  std::unique_ptr<icu::Transliterator> transliterator;
  std::mutex mutex;
};

namespace textnorm::detail {
namespace {

void log_message(int level, const char* plugin, const char* message, std::size_t size) {
  static const char* const kLevels[] = {"debug", "info", "warning"};
  const char* level_name = level >= 0 && level <= 2 ? kLevels[level] : "info";
  debug_log(std::string("plugin '") + (plugin ? plugin : "?") + "' " + level_name + ": " +
            std::string(message, size));
}

int nfc_service(const char* text, std::size_t size, textnorm_byte_sink* out,
                textnorm_error* error) {
  const std::string_view in(text, size);
  if (find_invalid_utf8(in) != std::string_view::npos) {
    copy_error(error, "to_nfc: input is not valid UTF-8");
    return TEXTNORM_FAILED;
  }
  try {
    std::string normalized;
    if (to_nfc(in, normalized, nullptr))
      out->append(out->context, normalized.data(), normalized.size());
    else
      out->append(out->context, text, size);
    return TEXTNORM_OK;
  } catch (const std::exception& e) {
    copy_error(error, e.what());
    return TEXTNORM_FAILED;
  }
}

textnorm_transform* compile_transform(const char* id_or_rules, std::size_t size, int is_rules,
                                      textnorm_error* error) {
  const icu::UnicodeString spec = icu::UnicodeString::fromUTF8(icu::StringPiece(id_or_rules, int32_t(size)));
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  std::unique_ptr<icu::Transliterator> t(
      is_rules ? icu::Transliterator::createFromRules("textnorm-rules", spec, UTRANS_FORWARD,
                                                      parse_error, status)
               : icu::Transliterator::createInstance(spec, UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t) {
    std::string message = fmt::format("cannot compile transform: {}", u_errorName(status));
    if (is_rules && parse_error.line >= 0)
      fmt::format_to(std::back_inserter(message), " at rule line {}, offset {}", parse_error.line,
                     parse_error.offset);
    copy_error(error, message.c_str());
    return nullptr;
  }
  auto* transform = new textnorm_transform;
  transform->transliterator = std::move(t);
  return transform;
}

// Transforms live as long as the process, so each distinct one is compiled once and shared by
// every normalizer and plugin instance that asks for it.
textnorm_transform* transform_open(const char* id_or_rules, std::size_t size, int is_rules,
                                   textnorm_error* error) {
  static std::mutex mutex;
  static auto* compiled = new std::map<std::string, textnorm_transform*>;
  std::string key = (is_rules ? "rules:" : "id:") + std::string(id_or_rules, size);
  std::lock_guard<std::mutex> lock(mutex);
  auto it = compiled->find(key);
  if (it != compiled->end()) return it->second;
  textnorm_transform* transform = compile_transform(id_or_rules, size, is_rules, error);
  if (transform != nullptr) compiled->emplace(std::move(key), transform);
  return transform;
}

int transform_apply(textnorm_transform* transform, const char* text, std::size_t size,
                    textnorm_byte_sink* out, textnorm_error* error) {
  if (transform == nullptr) {
    copy_error(error, "transform_apply: null transform");
    return TEXTNORM_FAILED;
  }
  if (find_invalid_utf8(std::string_view(text, size)) != std::string_view::npos) {
    copy_error(error, "transform_apply: input is not valid UTF-8");
    return TEXTNORM_FAILED;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text, int32_t(size)));
  {
    std::lock_guard<std::mutex> lock(transform->mutex);
    transform->transliterator->transliterate(s);
  }
  std::string result;
  s.toUTF8String(result);
  out->append(out->context, result.data(), result.size());
  return TEXTNORM_OK;
}

}  // namespace

void copy_error(textnorm_error* error, const char* message) {
  if (error == nullptr || error->message == nullptr || error->capacity == 0) return;
  std::size_t n = std::strlen(message);
  if (n >= error->capacity) n = error->capacity - 1;
  std::memcpy(error->message, message, n);
  error->message[n] = '\0';
}

const textnorm_host_services& host_services() {
  static const textnorm_host_services services = {
      sizeof(textnorm_host_services), TEXTNORM_ABI_MAJOR, TEXTNORM_ABI_MINOR, &log_message,
      &nfc_service, &transform_open, &transform_apply,
  };
  return services;
}

}  // namespace textnorm::detail
