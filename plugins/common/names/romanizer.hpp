// Romanization schemes compiled by the host's ICU (transform_open) and applied to names.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_ROMANIZER_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_ROMANIZER_HPP

#include <textnorm/plugin_abi.h>

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::plugins::names {

class Romanizer {
 public:
  // Throws std::runtime_error when the host lacks the transform services.
  explicit Romanizer(const textnorm_host_services& host);

  // Compiles ICU rule text (is_rules) or a built-in transliterator id; throws
  // std::runtime_error "<label>: <ICU message>" on failure.
  textnorm_transform* compile(std::string_view label, std::string_view rules_or_id,
                              bool is_rules) const;

  // `text` through `transform`, in NFC.
  std::string apply(textnorm_transform* transform, std::string_view text) const;

  // Each of `texts` through `transform`, in NFC, in two host calls for them all: the texts
  // travel joined by line breaks, which no scheme's rule reads across. Texts holding a line
  // break go one by one.
  std::vector<std::string> apply_many(textnorm_transform* transform,
                                      const std::vector<std::string>& texts) const;

  // ascii_fold of each of `texts`, batched like apply_many.
  std::vector<std::string> ascii_fold_many(const std::vector<std::string>& texts) const;

  // Latin without diacritics, primes or apostrophes (Sergueï -> Serguei, P'ashinyan ->
  // Pashinyan).
  std::string ascii_fold(std::string_view text) const;

 private:
  std::string nfc(std::string_view text) const;
  static std::string strip_quotes(std::string_view text);

  const textnorm_host_services& host_;
  textnorm_transform* ascii_ = nullptr;
};

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_ROMANIZER_HPP
