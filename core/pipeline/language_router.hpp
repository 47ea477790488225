// Builds the language detector from the evidence the language plugins contribute, and cuts a
// line into segments, each with the plugins that serve its language.
#ifndef TEXTNORM_CORE_PIPELINE_LANGUAGE_ROUTER_HPP
#define TEXTNORM_CORE_PIPELINE_LANGUAGE_ROUTER_HPP

#include "langid/language_detector.hpp"
#include "plugin/plugin_instance.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// A span of a line in one language; its `lang` is NUL-terminated and lives as long as the
// router.
using Segment = LanguageSpan;

class LanguageRouter {
 public:
  // Forced language: every line is one segment in `lang`.
  explicit LanguageRouter(std::string lang) : forced_(std::move(lang)) {}
  // Detection among the languages of `plugins`, from the evidence they report.
  explicit LanguageRouter(const std::vector<const PluginInstance*>& plugins);

  // The segments covering [0, line.size()), in order, into `segments` (replacing its
  // content). Thread-safe; `workspace` is the caller's.
  void segments(std::string_view line, DetectorWorkspace& workspace,
                std::vector<Segment>& segments) const;
  bool detects() const { return detector_ != nullptr; }

 private:
  std::string forced_;
  std::unique_ptr<const LanguageDetector> detector_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_LANGUAGE_ROUTER_HPP
