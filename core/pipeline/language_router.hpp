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

struct Segment {
  std::size_t begin;
  std::size_t end;
  std::string lang;
  float confidence;
};

class LanguageRouter {
 public:
  // Forced language: every line is one segment in `lang`.
  explicit LanguageRouter(std::string lang) : forced_(std::move(lang)) {}
  // Detection among the languages of `plugins`, from the evidence they report.
  explicit LanguageRouter(const std::vector<const PluginInstance*>& plugins);

  // Segments covering [0, line.size()), in order. Thread-safe.
  std::vector<Segment> segments(std::string_view line) const;
  bool detects() const { return detector_ != nullptr; }

 private:
  std::string forced_;
  std::unique_ptr<const LanguageDetector> detector_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_LANGUAGE_ROUTER_HPP
