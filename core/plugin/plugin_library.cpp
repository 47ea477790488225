#include "plugin/plugin_library.hpp"

#include "plugin/debug_log.hpp"
#include "plugin/descriptor_check.hpp"

#include <boost/dll/shared_library.hpp>

#include <fmt/format.h>

#include <map>
#include <mutex>
#include <string_view>

namespace textnorm::detail {
namespace {

constexpr std::string_view kFilePrefix = "textnorm-";
constexpr std::string_view kFileSuffix = ".so";

bool is_valid_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// Plugins are never unloaded: code or data of theirs may be referenced until exit.
boost::dll::shared_library& keep_loaded(const std::filesystem::path& path) {
  static std::mutex mutex;
  static auto* libraries = new std::map<std::filesystem::path, boost::dll::shared_library>;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = libraries->find(path);
  if (it == libraries->end()) {
    boost::dll::shared_library library(
        path, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    it = libraries->emplace(path, std::move(library)).first;
  }
  return it->second;
}

// Boost.DLL reports "...load() failed (dlerror system message: MSG): Bad file descriptor"; MSG,
// the loader's own text, is what the user needs. It starts with the file it is about: the
// plugin (dropped, the caller names it) or a library the plugin needs.
std::string loader_message(std::string_view what, const std::filesystem::path& path) {
  constexpr std::string_view kMarker = "dlerror system message: ";
  constexpr std::string_view kNotFound = ": cannot open shared object file";
  std::string_view message = what;
  const std::size_t start = what.find(kMarker);
  const std::size_t end = what.rfind(')');
  if (start != std::string_view::npos && end != std::string_view::npos &&
      end > start + kMarker.size())
    message = what.substr(start + kMarker.size(), end - start - kMarker.size());
  const std::string own = path.string() + ": ";
  if (message.substr(0, own.size()) == own) return std::string(message.substr(own.size()));
  const std::size_t not_found = message.find(kNotFound);
  if (not_found != std::string_view::npos)
    return fmt::format("needs {}, which the dynamic loader cannot find", message.substr(0, not_found));
  return std::string(message);
}

PluginInfo describe(const textnorm_plugin_descriptor* d, const std::filesystem::path& path) {
  PluginInfo info;
  info.name = d->name;
  info.version = d->version ? d->version : "";
  info.abi_major = d->abi_major;
  info.abi_minor = d->abi_minor;
  for (const char* const* lang = d->languages; lang != nullptr && *lang != nullptr; ++lang)
    info.languages.emplace_back(*lang);
  for (std::size_t i = 0; i < d->rule_count; ++i)
    info.rules.push_back({d->rules[i].id, d->rules[i].summary, info.name});
  info.path = path.string();
  return info;
}

}  // namespace

std::string plugin_name_from_file(const std::filesystem::path& path) {
  const std::string file = path.filename().string();
  if (file.size() <= kFilePrefix.size() + kFileSuffix.size()) return {};
  if (file.compare(0, kFilePrefix.size(), kFilePrefix) != 0) return {};
  if (file.compare(file.size() - kFileSuffix.size(), kFileSuffix.size(), kFileSuffix) != 0)
    return {};
  std::string name =
      file.substr(kFilePrefix.size(), file.size() - kFilePrefix.size() - kFileSuffix.size());
  return is_valid_name(name) ? name : std::string{};
}

std::string intended_plugin_file(const std::filesystem::path& path) {
  std::string file = path.filename().string();
  if (!plugin_name_from_file(path).empty()) return {};
  for (char& c : file)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  if (file.rfind("lib", 0) == 0) file.erase(0, 3);
  if (file.rfind("textnorm", 0) != 0 || file.size() <= kFilePrefix.size()) return {};
  if (file[kFilePrefix.size() - 1] != '-' && file[kFilePrefix.size() - 1] != '_') return {};
  const std::size_t so = file.find(kFileSuffix, kFilePrefix.size());
  if (so == std::string::npos) return {};
  std::string name = file.substr(kFilePrefix.size(), so - kFilePrefix.size());
  for (char& c : name)
    if (c == '-' || c == '.') c = '_';
  if (!is_valid_name(name)) return {};
  return std::string(kFilePrefix).append(name).append(kFileSuffix);
}

std::optional<LoadedPlugin> load_plugin(const std::filesystem::path& path, std::string& reason) {
  if (!path.is_absolute()) {  // dlopen would search the loader's path for a bare name
    reason = "not an absolute path";
    return std::nullopt;
  }
  const std::string name = plugin_name_from_file(path);
  if (name.empty()) {
    reason = "file name is not textnorm-<name>.so with a name of [a-z0-9_]";
    return std::nullopt;
  }
  const std::string symbol = "textnorm_plugin_" + name + "_entry";
  try {
    boost::dll::shared_library& library = keep_loaded(path);
    if (!library.has(symbol)) {
      reason = "not a textnorm plugin: no entry symbol '" + symbol + "'";
      return std::nullopt;
    }
    auto& entry = library.get<const textnorm_plugin_descriptor*()>(symbol);
    const textnorm_plugin_descriptor* descriptor = entry();
    reason = check_descriptor(descriptor, name);
    if (!reason.empty()) return std::nullopt;
    debug_log("loaded plugin '" + name + "' from " + path.string());
    return LoadedPlugin{descriptor, describe(descriptor, path)};
  } catch (const std::exception& e) {
    reason = "cannot load: " + loader_message(e.what(), path);
    return std::nullopt;
  }
}

}  // namespace textnorm::detail
