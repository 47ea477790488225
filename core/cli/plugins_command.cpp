// `textnorm plugins`: what the host found along the plugin search path.
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/json_writer.hpp"

#include <textnorm/plugin_info.hpp>


#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace textnorm::cli {
namespace {

constexpr const char* kHelp =
    "usage: textnorm plugins [--plugin-path DIR]... [--allow-insecure-plugins] [--json]\n"
    "\n"
    "Lists every plugin found (name, version, ABI, languages, rule ids, path), every plugin\n"
    "file that was rejected and why, and the host's own rule ids. Rejected are also files in\n"
    "a directory, or files, that group or others may write, and files named nearly like a\n"
    "plugin (libtextnorm-de.so, textnorm_de.so for textnorm-de.so).\n"
    "\n"
    "  --plugin-path DIR   search DIR first (repeatable); then TEXTNORM_PLUGIN_PATH, then the\n"
    "                      directory installed beside the library\n"
    "  --allow-insecure-plugins  also load plugins that group or others may write\n"
    "  --json              one JSON object instead of text\n"
    "  -h, --help          show this help\n";

std::vector<std::string> rule_ids(const std::vector<RuleInfo>& rules) {
  std::vector<std::string> ids;
  for (const RuleInfo& r : rules) ids.push_back(r.id);
  return ids;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string files_json(const std::vector<RejectedPlugin>& files) {
  std::string out = "[";
  for (std::size_t i = 0; i < files.size(); ++i)
    out += std::string(i ? "," : "") + "{\"path\":" + json_string(files[i].path) +
           ",\"reason\":" + json_string(files[i].reason) + "}";
  return out + "]";
}

void print_json(const PluginDiscovery& found) {
  std::string out = "{\"search_path\":" + json_string_array(found.search_path) + ",\"plugins\":[";
  for (std::size_t i = 0; i < found.plugins.size(); ++i) {
    const PluginInfo& p = found.plugins[i];
    out += std::string(i ? "," : "") + "{\"name\":" + json_string(p.name) +
           ",\"version\":" + json_string(p.version) + ",\"abi\":" +
           json_string(fmt::format("{}.{}", p.abi_major, p.abi_minor)) +
           ",\"languages\":" + json_string_array(p.languages) +
           ",\"rules\":" + json_string_array(rule_ids(p.rules)) + ",\"path\":" + json_string(p.path) +
           "}";
  }
  out += "],\"rejected\":" + files_json(found.rejected) +
         ",\"shadowed\":" + files_json(found.shadowed) + ",\"core_rules\":" + json_string_array(rule_ids(core_rules())) + "}\n";
  std::fputs(out.c_str(), stdout);
}

void print_text(const PluginDiscovery& found) {
  std::printf("search path: %s\n", join(found.search_path, ":").c_str());
  for (const PluginInfo& p : found.plugins) {
    std::printf("\n%s %s (ABI %u.%u)\n", p.name.c_str(), p.version.c_str(), p.abi_major,
                p.abi_minor);
    std::printf("  languages: %s\n", join(p.languages, ", ").c_str());
    std::printf("  rules:     %s\n", join(rule_ids(p.rules), ", ").c_str());
    std::printf("  path:      %s\n", p.path.c_str());
  }
  if (found.plugins.empty()) std::printf("\nno plugins found\n");
  for (const RejectedPlugin& r : found.rejected)
    std::printf("\nrejected %s\n  reason: %s\n", r.path.c_str(), r.reason.c_str());
  for (const RejectedPlugin& r : found.shadowed)
    std::printf("\nshadowed %s\n  reason: %s\n", r.path.c_str(), r.reason.c_str());
  std::printf("\ncore rules: %s\n", join(rule_ids(core_rules()), ", ").c_str());
}

}  // namespace

int run_plugins(const std::vector<std::string>& args) {
  const ParsedArguments parsed = parse_arguments(
      args, {{"--plugin-path", "", true},
             {"--allow-insecure-plugins", "", false},
             {"--json", "", false},
             {"--help", "-h", false}});
  std::vector<std::string> path;
  bool json = false;
  bool allow_insecure = false;
  for (const ParsedOption& o : parsed.options) {
    if (o.name == "--help") {
      std::fputs(kHelp, stdout);
      return kExitOk;
    }
    if (o.name == "--plugin-path") path.push_back(o.value);
    if (o.name == "--json") json = true;
    if (o.name == "--allow-insecure-plugins") allow_insecure = true;
  }
  if (!parsed.operands.empty())
    throw Error(ErrorKind::USAGE, fmt::format("unexpected argument '{}'", parsed.operands.front()));
  const PluginDiscovery found = discover_plugins(path, true, allow_insecure);
  if (json)
    print_json(found);
  else
    print_text(found);
  return kExitOk;
}

}  // namespace textnorm::cli
