// textnorm::Normalizer: builds the pipeline from options and runs it over lines, texts and
// streams.
#include <textnorm/normalizer.hpp>

#include "api/api_boundary.hpp"
#include "edit/edit_explainer.hpp"
#include "jsonl/field_paths.hpp"
#include "jsonl/jsonl_record.hpp"
#include "names/lexicon_collector.hpp"
#include "names/user_lexicon.hpp"
#include "names/variant_finder.hpp"
#include "pipeline/line_pipeline.hpp"
#include "pipeline/line_splitter.hpp"
#include "pipeline/line_stream.hpp"
#include "pipeline/workspace_pool.hpp"
#include "plugin/plugin_discovery.hpp"
#include "plugin/plugin_instance.hpp"
#include "plugin/plugin_library.hpp"
#include "rules/core_rules.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace textnorm {
namespace {

using Workspaces = detail::WorkspacePool<detail::PipelineWorkspace>;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kAutoLanguage = "auto";

// The line break that ends a line at `at` of `text`: "\n", "\r\n" or "\r".
std::string_view line_break_at(std::string_view text, std::size_t at) {
  if (text[at] == '\n') return text.substr(at, 1);
  return text.substr(at, at + 1 < text.size() && text[at + 1] == '\n' ? 2 : 1);
}

std::string join(const std::vector<std::string>& items) {
  return items.empty() ? "none" : fmt::format("{}", fmt::join(items, ", "));
}

const RejectedPlugin* find_rejected(const PluginDiscovery& found, const std::string& name) {
  for (const RejectedPlugin& r : found.rejected)
    if (detail::plugin_name_from_file(r.path) == name) return &r;
  return nullptr;
}

// "; rejected FILE: REASON" for each plugin file rejected: why a language may have no plugin.
std::string rejected_note(const PluginDiscovery& found) {
  std::string note;
  for (const RejectedPlugin& r : found.rejected)
    fmt::format_to(std::back_inserter(note), "; rejected {}: {}", r.path, r.reason);
  return note;
}

bool has_plugin(const PluginDiscovery& found, const std::string& name) {
  return std::any_of(found.plugins.begin(), found.plugins.end(),
                     [&](const PluginInfo& p) { return p.name == name; });
}

void require_plugins(const PluginDiscovery& found, const std::vector<std::string>& wanted) {
  for (const std::string& name : wanted) {
    if (has_plugin(found, name)) continue;
    if (const RejectedPlugin* r = find_rejected(found, name))
      throw Error(ErrorKind::NO_PLUGIN,
                  fmt::format("plugin '{}' cannot be used: {}: {}", name, r->path, r->reason));
    throw Error(ErrorKind::NO_PLUGIN,
                fmt::format("plugin '{}' not found in {}", name, join(found.search_path)));
  }
}

// Core rules off per the user's list; unknown ids are a usage error.
detail::CoreRuleSet core_rule_set(const std::vector<std::string>& disabled,
                                  const std::vector<PluginInfo>& plugins) {
  detail::CoreRuleSet set;
  for (const std::string& id : disabled) {
    bool known = false;
    for (std::size_t i = 0; i < detail::kCoreRules.size(); ++i) {
      if (id == detail::kCoreRules[i].id) {
        set.disable(detail::CoreRule(i));
        known = true;
      }
    }
    for (const PluginInfo& p : plugins)
      for (const RuleInfo& r : p.rules) known = known || r.id == id;
    if (!known)
      throw Error(ErrorKind::USAGE,
                  fmt::format("unknown rule '{}' (`textnorm plugins` lists the rule ids)", id));
  }
  return set;
}

std::vector<unsigned char> plugin_rule_switches(const PluginInfo& plugin,
                                                const std::vector<std::string>& disabled) {
  std::vector<unsigned char> enabled(plugin.rules.size(), 1);
  for (std::size_t i = 0; i < plugin.rules.size(); ++i)
    if (std::find(disabled.begin(), disabled.end(), plugin.rules[i].id) != disabled.end())
      enabled[i] = 0;
  return enabled;
}

// Splits "NAME.KEY=VALUE" into NAME and "KEY=VALUE"; Error(USAGE) when it is not so.
std::pair<std::string_view, std::string_view> split_plugin_option(std::string_view option) {
  const std::size_t dot = option.find('.');
  const std::size_t eq = option.find('=');
  if (dot == 0 || dot == std::string_view::npos || eq == std::string_view::npos || eq < dot + 2)
    throw Error(ErrorKind::USAGE,
                fmt::format("plugin option '{}' is not NAME.KEY=VALUE (e.g. de.quotes=guillemets)",
                            option));
  return {option.substr(0, dot), option.substr(dot + 1)};
}

// Every plugin option names a plugin found: a typo must not go unseen.
void check_plugin_options(const std::vector<std::string>& options,
                          const std::vector<PluginInfo>& plugins) {
  for (const std::string& option : options) {
    const std::string_view name = split_plugin_option(option).first;
    if (std::none_of(plugins.begin(), plugins.end(), [&](const PluginInfo& p) { return p.name == name; }))
      throw Error(ErrorKind::USAGE,
                  fmt::format("plugin option '{}': no plugin '{}' was found", option, name));
  }
}

// The "KEY=VALUE" options of plugin `name`, in the order given.
std::vector<std::string> options_of_plugin(const std::vector<std::string>& options,
                                           std::string_view name) {
  std::vector<std::string> mine;
  for (const std::string& option : options) {
    const auto [plugin, key_value] = split_plugin_option(option);
    if (plugin == name) mine.emplace_back(key_value);
  }
  return mine;
}

NamesMode names_mode(const Options& options, const detail::CoreRuleSet& rules) {
  if (!rules.on(detail::CoreRule::NAMES_VARIANT)) return NamesMode::OFF;
  if (options.names == NamesMode::EXONYMS && !rules.on(detail::CoreRule::NAMES_EXONYM))
    return NamesMode::CANONICAL;
  return options.names;
}

bool transliterates(const Options& options, const detail::CoreRuleSet& rules) {
  return options.transliterate && rules.on(detail::CoreRule::NAMES_TRANSLITERATE);
}

// The names stage, and the fold `textnorm variants` groups spellings under.
struct NamesSetup {
  std::shared_ptr<const detail::NameStage> stage;
  std::shared_ptr<const detail::SpellingFold> variant_fold;
};

// The first plugin's variant fold (plugins that share data declare the same); with none, the
// key is the lowercase word.
std::shared_ptr<const detail::SpellingFold> variant_fold(const detail::PluginLexicons& lexicons) {
  const std::string rules = lexicons.variant_folds.empty() ? "" : lexicons.variant_folds[0].rules;
  try {
    return std::make_shared<const detail::SpellingFold>(rules);
  } catch (const std::invalid_argument& e) {
    throw Error(ErrorKind::PLUGIN_FAILED,
                fmt::format("plugin '{}' gave bad variant fold rules: {}",
                            lexicons.variant_folds[0].plugin, e.what()));
  }
}

NamesSetup build_name_stage(const std::vector<const detail::PluginInstance*>& entity_plugins,
                            const Options& options, const detail::CoreRuleSet& rules) {
  const NamesMode mode = names_mode(options, rules);
  const bool transliterate = transliterates(options, rules);
  if (mode == NamesMode::OFF && !transliterate) return {};
  detail::PluginLexicons lexicons = detail::collect_lexicons(entity_plugins, transliterate);
  if (transliterate && lexicons.scripts.empty())
    throw Error(ErrorKind::USAGE,
                "--transliterate: no loaded plugin declares a script to transliterate");
  std::shared_ptr<const detail::ScriptTransliterator> scripts;
  if (transliterate || !options.lexicons.empty())
    scripts = std::make_shared<const detail::ScriptTransliterator>(lexicons.scripts);
  std::vector<detail::NameEntry>& entries = lexicons.entries;
  for (const std::string& path : options.lexicons) {
    std::vector<detail::NameEntry> user = detail::load_user_lexicon(path, scripts.get());
    entries.insert(entries.end(), std::make_move_iterator(user.begin()),
                   std::make_move_iterator(user.end()));
  }
  return {std::make_shared<const detail::NameStage>(
              std::move(entries), mode, transliterate ? scripts : nullptr, lexicons.folds,
              rules.on(detail::CoreRule::NAMES_FOLDED), rules.on(detail::CoreRule::NAMES_GIVEN_NAME)),
          variant_fold(lexicons)};
}

Profile parse_profile_name(const std::string& name) {
  if (name == "default") return Profile::DEFAULT;
  if (name == "typographic") return Profile::TYPOGRAPHIC;
  throw Error(ErrorKind::USAGE,
              fmt::format("unknown profile '{}' (expected default or typographic)", name));
}

const std::vector<RuleInfo>& core_rule_list() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> list;
    for (const auto& r : detail::kCoreRules) list.push_back({r.id, r.summary, "core"});
    return list;
  }();
  return rules;
}

}  // namespace

std::string Error::describe() const {
  std::string where;
  auto out = std::back_inserter(where);
  if (!position_.file.empty()) fmt::format_to(out, "{}:", position_.file);
  if (position_.line > 0) fmt::format_to(out, "{}:", position_.line);
  if (position_.column > 0) fmt::format_to(out, "{}:", position_.column);
  return where.empty() ? what() : fmt::format("{} {}", where, what());
}

Profile parse_profile(const std::string& name) {
  return detail::at_api_boundary([&] { return parse_profile_name(name); });
}

NamesMode parse_names_mode(const std::string& mode) {
  if (mode == "off") return NamesMode::OFF;
  if (mode == "canonical") return NamesMode::CANONICAL;
  if (mode == "exonyms") return NamesMode::EXONYMS;
  if (mode == "by-language") return NamesMode::BY_LANGUAGE;
  throw Error(ErrorKind::USAGE,
              fmt::format("unknown --names mode '{}' (expected off, canonical, exonyms or by-language)",
                          mode));
}

InvalidUtf8 parse_invalid_utf8(const std::string& mode) {
  if (mode == "error") return InvalidUtf8::REJECT;
  if (mode == "replace") return InvalidUtf8::REPLACE;
  throw Error(ErrorKind::USAGE,
              fmt::format("unknown --invalid mode '{}' (expected error or replace)", mode));
}

const std::vector<RuleInfo>& core_rules() {
  return detail::at_api_boundary([]() -> const std::vector<RuleInfo>& { return core_rule_list(); });
}

// Hidden: nested in an exported class, it would otherwise be exported with it.
struct __attribute__((visibility("hidden"))) Normalizer::Impl {
  detail::Discovery discovery;
  std::vector<std::unique_ptr<detail::PluginInstance>> instances;
  std::unique_ptr<detail::LinePipeline> pipeline;
  std::shared_ptr<const detail::LanguageRouter> router;
  std::shared_ptr<const detail::NameStage> names;
  std::shared_ptr<const detail::SpellingFold> variant_fold;  // for suggest_variants
  mutable Workspaces workspaces;
  bool drop_bom = true;
  bool cr_ends_line = true;

  explicit Impl(const Options& options);
  // normalize() appending to `out`, with the composed edits when `edits` is not null.
  void normalize_text(std::string_view text, std::string& out, std::vector<Edit>* edits) const {
    normalize_text(text, out, edits, *workspaces.lease());
  }
  void normalize_text(std::string_view text, std::string& out, std::vector<Edit>* edits,
                      detail::PipelineWorkspace& workspace) const;
  void create_instances(const Options& options, bool entity_plugins);
};

Normalizer::Impl::Impl(const Options& options)
    : discovery(detail::discover(options.plugin_path, options.default_plugin_path,
                                 &options.plugins, options.allow_insecure_plugins)) {
  require_plugins(discovery.info, options.plugins);
  check_plugin_options(options.plugin_options, discovery.info.plugins);
  detail::PipelineConfig config;
  config.core_rules = core_rule_set(options.disabled_rules, discovery.info.plugins);
  config.invalid = options.invalid;
  drop_bom = config.core_rules.on(detail::CoreRule::INPUT_BOM);
  cr_ends_line = config.core_rules.on(detail::CoreRule::INPUT_NEWLINE);
  // Entity plugins build their lexicons when they start: only worth it when names are on.
  create_instances(options, names_mode(options, config.core_rules) != NamesMode::OFF ||
                                transliterates(options, config.core_rules));
  std::vector<std::string> languages;
  std::vector<const detail::PluginInstance*> names_plugins;  // every plugin that may know names
  for (const auto& instance : instances) {
    const textnorm_plugin_descriptor& d = instance->descriptor();
    if (d.phase == TEXTNORM_PHASE_ENTITIES) {
      names_plugins.push_back(instance.get());
      if (d.process != nullptr) config.entity_plugins.push_back(instance.get());
      continue;
    }
    config.language_plugins.push_back(instance.get());
    names_plugins.push_back(instance.get());  // a language plugin may report names too
    for (const char* const* l = d.languages; l != nullptr && *l != nullptr; ++l)
      languages.emplace_back(*l);
  }
  if (options.lang == kAutoLanguage) {
    if (config.language_plugins.empty())
      throw Error(ErrorKind::NO_PLUGIN,
                  fmt::format("no language plugin found in {}{}", join(discovery.info.search_path),
                              rejected_note(discovery.info)));
    config.router = std::make_shared<detail::LanguageRouter>(config.language_plugins);
  } else {
    if (std::find(languages.begin(), languages.end(), options.lang) == languages.end())
      throw Error(ErrorKind::NO_PLUGIN,
                  fmt::format("no plugin serves language '{}' (languages available: {}){}",
                              options.lang, join(languages), rejected_note(discovery.info)));
    config.router = std::make_shared<detail::LanguageRouter>(options.lang);
  }
  router = config.router;
  NamesSetup names_setup = build_name_stage(names_plugins, options, config.core_rules);
  names = std::move(names_setup.stage);
  variant_fold = std::move(names_setup.variant_fold);
  config.names = names;
  pipeline = std::make_unique<detail::LinePipeline>(std::move(config));
}

void Normalizer::Impl::create_instances(const Options& options, bool entity_plugins) {
  const textnorm_profile profile =
      options.profile == Profile::TYPOGRAPHIC ? TEXTNORM_PROFILE_TYPOGRAPHIC : TEXTNORM_PROFILE_DEFAULT;
  PluginDiscovery& info = discovery.info;
  for (std::size_t i = 0; i < info.plugins.size();) {
    if (!entity_plugins && discovery.descriptors[i]->phase == TEXTNORM_PHASE_ENTITIES) {
      ++i;
      continue;
    }
    try {
      instances.push_back(std::make_unique<detail::PluginInstance>(
          discovery.descriptors[i], profile,
          plugin_rule_switches(info.plugins[i], options.disabled_rules),
          options_of_plugin(options.plugin_options, info.plugins[i].name)));
      ++i;
    } catch (const Error& e) {
      if (!options.plugins.empty()) throw;
      // An unrequested plugin that cannot start is skipped like one that cannot load.
      info.rejected.push_back({info.plugins[i].path, e.what()});
      info.plugins.erase(info.plugins.begin() + std::ptrdiff_t(i));
      discovery.descriptors.erase(discovery.descriptors.begin() + std::ptrdiff_t(i));
    }
  }
}

Normalizer::Normalizer(const Options& options)
    : impl_(detail::at_api_boundary([&] { return std::make_unique<Impl>(options); })) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

void Normalizer::normalize_line(std::string_view line, std::string& out,
                                std::vector<Edit>* edits) const {
  normalize_line(line, out, edits, nullptr);
}

void Normalizer::normalize_line(std::string_view line, std::string& out, std::vector<Edit>* edits,
                                std::vector<LanguageSegment>* segments) const {
  detail::at_api_boundary([&] {
    const Workspaces::Lease workspace = impl_->workspaces.lease();
    impl_->pipeline->run(line, out, edits, *workspace, StreamOptions::kDefaultMaxLineBytes, segments);
  });
}

void Normalizer::Impl::normalize_text(std::string_view text, std::string& out,
                                      std::vector<Edit>* edits,
                                      detail::PipelineWorkspace& workspace) const {
  out.reserve(out.size() + text.size());
  std::size_t line_number = 0;
  const std::size_t bom = drop_bom && text.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  if (bom > 0 && edits != nullptr)
    edits->push_back({0, bom, "", detail::core_rule(detail::CoreRule::INPUT_BOM).id, "core"});
  const std::string_view body = text.substr(bom);
  detail::LineSplitter splitter(cr_ends_line);
  std::vector<Edit> line_edits;
  auto on_line = [&](std::string_view line, bool terminated, std::size_t offset) {
    ++line_number;
    try {
      pipeline->run(line, out, edits ? &line_edits : nullptr, workspace,
                    StreamOptions::kDefaultMaxLineBytes);
    } catch (...) {
      throw detail::at_line(detail::current_as_error(), "", line_number, bom + offset);
    }
    if (edits != nullptr) {
      for (Edit& e : line_edits) {
        e.begin += bom + offset;
        e.end += bom + offset;
        edits->push_back(std::move(e));
      }
      line_edits.clear();
    }
    if (!terminated) return;
    out.push_back('\n');
    const std::size_t end = offset + line.size();
    const std::string_view line_break = line_break_at(body, end);
    if (edits != nullptr && line_break != "\n")
      edits->push_back({bom + end, bom + end + line_break.size(), "\n",
                        detail::core_rule(detail::CoreRule::INPUT_NEWLINE).id, "core"});
  };
  splitter.feed(body, on_line);
  splitter.finish(on_line);
}

std::string Normalizer::normalize(std::string_view text) const {
  return detail::at_api_boundary([&] { return normalize_text(text); });
}

std::string Normalizer::normalize_text(std::string_view text) const {
  std::string out;
  impl_->normalize_text(text, out, nullptr);
  return out;
}

NormalizedText Normalizer::normalize_with_edits(std::string_view text) const {
  return detail::at_api_boundary([&] {
    NormalizedText result;
    impl_->normalize_text(text, result.text, &result.edits);
    return result;
  });
}

StreamSummary Normalizer::normalize_stream(std::FILE* in, std::FILE* out, const std::string& name,
                                           const StreamOptions& stream) const {
  return detail::at_api_boundary([&] { return normalize_file(in, out, name, stream); });
}

StreamSummary Normalizer::normalize_file(std::FILE* in, std::FILE* out, const std::string& name,
                                         const StreamOptions& stream) const {
  std::optional<detail::JsonlRecords> records;
  if (stream.format == InputFormat::JSONL)
    records.emplace(detail::parse_field_paths(stream.fields), stream.offsets);
  std::fflush(out);
  detail::LineStreamConfig config;
  config.drop_bom = impl_->drop_bom;
  config.cr_ends_line = impl_->cr_ends_line;
  config.max_line_bytes = stream.max_line_bytes;
  config.threads = stream.threads;
  config.on_error = stream.on_error;
  config.on_bad_line = stream.on_bad_line;
  if (stream.explain != nullptr) {
    std::fflush(stream.explain);
    config.explain_fd = ::fileno(stream.explain);
  }
  const Impl& impl = *impl_;
  // Each thread's lines run in one workspace, leased for the whole stream.
  const auto lease = [&impl] { return std::make_shared<Workspaces::Lease>(impl.workspaces.lease()); };
  if (records) {
    return detail::stream_lines(
        ::fileno(in), ::fileno(out), name,
        [&records, &impl, &lease]() -> detail::LineFunction {
          detail::ValueNormalizer normalize_value =
              [&impl, workspace = lease()](std::string_view value, std::string& value_out,
                                           std::vector<Edit>* edits) {
                impl.normalize_text(value, value_out, edits, **workspace);
              };
          return [&records, normalize_value = std::move(normalize_value)](
                     std::string_view line, std::string& line_out, std::string* explain) {
            try {
              records->run(line, line_out, explain, normalize_value, detail::append_explanation);
            } catch (...) {
              throw detail::current_as_error();
            }
          };
        },
        config, stream.progress);
  }
  return detail::stream_lines(
      ::fileno(in), ::fileno(out), name,
      [&impl, &lease, max_line_bytes = stream.max_line_bytes]() -> detail::LineFunction {
        return [&impl, workspace = lease(), max_line_bytes](
                   std::string_view line, std::string& line_out, std::string* explain) {
          try {
            if (explain == nullptr) {
              impl.pipeline->run(line, line_out, nullptr, **workspace, max_line_bytes);
              return;
            }
            std::vector<Edit> edits;
            impl.pipeline->run(line, line_out, &edits, **workspace, max_line_bytes);
            detail::append_explanation(*explain, "", line, edits);
          } catch (...) {
            throw detail::current_as_error();  // an Error gets the line's position
          }
        };
      },
      config, stream.progress);
}

StreamSummary Normalizer::normalize_stream(std::FILE* in, std::FILE* out, const std::string& name,
                                           const ProgressCallback& progress) const {
  StreamOptions stream;
  stream.progress = progress;
  return normalize_stream(in, out, name, stream);
}

// Throws Error(INVALID_INPUT) at the first invalid byte of `line`, as line `line_number`.
void require_utf8(std::string_view line, std::size_t line_number) {
  const std::size_t bad = detail::find_invalid_utf8(line);
  if (bad == std::string_view::npos) return;
  Position position;
  position.line = line_number;
  position.column = bad + 1;
  position.offset = bad;
  throw Error(ErrorKind::INVALID_INPUT, "invalid UTF-8", position);
}

std::vector<LanguageSegment> Normalizer::detect(std::string_view line) const {
  return detail::at_api_boundary([&] { return detect_line(line); });
}

// The segments are a by-product of normalizing the line: no second detection that could
// disagree with the routing.
std::vector<LanguageSegment> Normalizer::detect_line(std::string_view line) const {
  std::vector<LanguageSegment> segments;
  std::string normalized;
  const Workspaces::Lease workspace = impl_->workspaces.lease();
  impl_->pipeline->run(line, normalized, nullptr, *workspace, StreamOptions::kDefaultMaxLineBytes,
                       &segments);
  return segments;
}

std::string Normalizer::suggest_variants(const std::vector<std::string>& lines) const {
  return detail::at_api_boundary([&] { return find_variants(lines); });
}

std::string Normalizer::find_variants(const std::vector<std::string>& lines) const {
  for (std::size_t i = 0; i < lines.size(); ++i) require_utf8(lines[i], i + 1);
  const detail::NameStage* names = impl_->names.get();
  if (names == nullptr) return {};
  std::string out;
  for (const detail::VariantGroup& group :
       detail::find_variant_groups(lines, *names, *impl_->variant_fold))
    out += detail::format_group(group, names);
  return out;
}

const PluginDiscovery& Normalizer::plugins() const { return impl_->discovery.info; }

std::vector<RuleInfo> Normalizer::rules() const {
  return detail::at_api_boundary([&] { return all_rules(); });
}

std::vector<RuleInfo> Normalizer::all_rules() const {
  std::vector<RuleInfo> all = core_rule_list();
  for (const PluginInfo& p : impl_->discovery.info.plugins)
    all.insert(all.end(), p.rules.begin(), p.rules.end());
  return all;
}

}  // namespace textnorm
