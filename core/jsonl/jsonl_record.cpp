#include "jsonl/jsonl_record.hpp"

#include "jsonl/json_string.hpp"
#include "pipeline/workspace_pool.hpp"
#include "text/utf8.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <iterator>
#include <utility>

namespace textnorm::detail {
namespace {

namespace od = simdjson::ondemand;

constexpr std::string_view kEditsMember = "textnorm_edits";
constexpr std::size_t kNone = std::size_t(-1);
constexpr std::size_t kMaxPaths = 64;  // the paths still matching are a bit mask

using PathMask = std::uint64_t;

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The JSON number grammar of RFC 8259 (simdjson refuses integers past 64 bits, which are valid).
bool is_json_number(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

const char* type_name(od::json_type type) {
  switch (type) {
    case od::json_type::array: return "an array";
    case od::json_type::object: return "an object";
    case od::json_type::number: return "a number";
    case od::json_type::string: return "a string";
    case od::json_type::boolean: return "a boolean";
    case od::json_type::null: return "null";
  }
  return "a value";
}

[[noreturn]] void fail(const std::string& message, std::size_t byte) {
  Position position;
  if (byte != kNone) {
    position.column = byte + 1;
    position.offset = byte;
  }
  throw Error(ErrorKind::INVALID_INPUT, message, position);
}

// One string value to put in place of bytes [begin, end) of the line.
struct Replacement {
  std::size_t begin, end;
  std::size_t text_begin, text_end;  // in Workspace::replacement_text
};

}  // namespace

struct JsonlRecords::Workspace {
  od::parser parser;
  std::string padded;
  std::string normalized;
  std::vector<Edit> edits;
  std::vector<Replacement> replacements;
  std::string replacement_text;
  std::string edits_json;  // the members of textnorm_edits
};

struct JsonlRecords::State {
  std::vector<FieldPath> paths;
  bool offsets;
  mutable WorkspacePool<Workspace> workspaces;
};

// One record's walk: every value is visited once, in order, so that the whole line is checked
// as JSON and the values at the paths are found with their byte spans.
struct JsonlRecords::Walk {
  const State& state;
  Workspace& ws;
  std::string_view line;
  std::string* explain;
  const ValueNormalizer& normalize;
  const ValueExplainer& explainer;
  PathMask found = 0;
  std::size_t old_edits_replacement = kNone;  // index of the textnorm_edits member replaced

  std::size_t byte_of(const char* p) const { return std::size_t(p - ws.padded.data()); }

  std::size_t location(od::document& doc) const {
    // Past the end, or after an error that leaves no position: the end of the line.
    const char* p = nullptr;
    if (doc.current_location().get(p) != simdjson::SUCCESS) return line.size();
    return byte_of(p);
  }

  // `byte` kNone: where the parser stopped.
  [[noreturn]] void fail_json(simdjson::error_code code, std::size_t byte) const {
    if (byte == kNone && document != nullptr) byte = std::min(location(*document), line.size());
    fail(fmt::format("not valid JSON ({})", simdjson::error_message(code)), byte);
  }

  void check(simdjson::error_code code, std::size_t byte) const {
    if (code != simdjson::SUCCESS) fail_json(code, byte);
  }

  std::size_t start_of(od::value& value) const {
    return byte_of(value.raw_json_token().data());
  }

  void record(od::document& doc) {
    od::json_type type;
    check(doc.type().get(type), 0);
    if (type != od::json_type::object) fail("the line is not a JSON object", 0);
    od::object root;
    check(doc.get_object().get(root), 0);
    walk_object(root, 0, state.paths.size() == kMaxPaths ? ~PathMask(0)
                                                         : (PathMask(1) << state.paths.size()) - 1);
    const char* rest = nullptr;
    if (doc.current_location().get(rest) == simdjson::SUCCESS)
      fail("not valid JSON (more after the object)", byte_of(rest));
    for (std::size_t i = 0; i < state.paths.size(); ++i)
      if ((found & (PathMask(1) << i)) == 0)
        fail("field '" + state.paths[i].text + "' is absent", kNone);
  }

  void walk_object(od::object& object, std::size_t depth, PathMask active) {
    for (auto member : object) {
      od::field field;
      check(std::move(member).get(field), kNone);
      std::string_view key;
      check(field.unescaped_key().get(key), kNone);
      od::value value = field.value();
      PathMask leaf = 0, deeper = 0;
      for (std::size_t i = 0; i < state.paths.size(); ++i) {
        const PathMask bit = PathMask(1) << i;
        const std::vector<std::string>& keys = state.paths[i].keys;
        if ((active & bit) == 0 || keys[depth] != key) continue;
        (keys.size() == depth + 1 ? leaf : deeper) |= bit;
      }
      if (leaf != 0) {
        normalize_leaf(value, first_path(leaf));
        found |= leaf;
      } else if (deeper != 0) {
        const std::size_t start = start_of(value);
        od::object child;
        if (value.get_object().get(child) != simdjson::SUCCESS)
          fail("field '" + state.paths[first_path(deeper)].text + "' is absent ('" +
                   std::string(key) + "' is not an object)",
               start);
        walk_object(child, depth + 1, deeper);
      } else if (depth == 0 && state.offsets && key == kEditsMember) {
        replace_old_edits(value);
      } else {
        validate(value);
      }
    }
  }

  static std::size_t first_path(PathMask mask) { return std::size_t(std::countr_zero(mask)); }

  void normalize_leaf(od::value& value, std::size_t path) {
    const std::string& name = state.paths[path].text;
    const std::size_t start = start_of(value);
    od::json_type type;
    check(value.type().get(type), start);
    if (type == od::json_type::string) {
      normalize_string(value, name);
      return;
    }
    if (type != od::json_type::array)
      fail("field '" + name + "' is " + type_name(type) + ", not a string or an array of strings",
           start);
    od::array array;
    check(value.get_array().get(array), start);
    std::size_t index = 0;
    for (auto item : array) {
      od::value element;
      check(std::move(item).get(element), kNone);
      const std::string label = fmt::format("{}[{}]", name, index++);
      const std::size_t element_start = start_of(element);
      check(element.type().get(type), element_start);
      if (type != od::json_type::string)
        fail("field '" + label + "' is " + type_name(type) + ", not a string", element_start);
      normalize_string(element, label);
    }
  }

  void normalize_string(od::value& value, const std::string& label) {
    const std::string_view raw = value.raw_json_token();
    const std::size_t begin = byte_of(raw.data());
    const std::size_t end = begin + trim_right(raw).size();
    std::string_view decoded;
    check(value.get_string().get(decoded), begin);
    ws.normalized.clear();
    ws.edits.clear();
    const bool want_edits = state.offsets || explain != nullptr;
    try {
      normalize(decoded, ws.normalized, want_edits ? &ws.edits : nullptr);
    } catch (const Error& e) {
      Position position = e.position();
      position.column = begin + 1;
      position.offset = begin;
      position.line = 0;
      throw Error(e.kind(), "field '" + label + "': " + e.what(), position);
    }
    if (ws.normalized != decoded) {
      const std::size_t text_begin = ws.replacement_text.size();
      append_json_string(ws.replacement_text, ws.normalized);
      ws.replacements.push_back({begin, end, text_begin, ws.replacement_text.size()});
    }
    if (explain != nullptr && !ws.edits.empty()) explainer(*explain, label, decoded, ws.edits);
    if (state.offsets) append_edits_member(label);
  }

  void append_edits_member(const std::string& label) {
    std::string& out = ws.edits_json;
    if (!out.empty()) out.push_back(',');
    append_json_string(out, label);
    out.append(":[");
    for (std::size_t i = 0; i < ws.edits.size(); ++i) {
      const Edit& e = ws.edits[i];
      fmt::format_to(std::back_inserter(out), "{}{{\"start\":{},\"end\":{},\"text\":", i ? "," : "",
                     e.begin, e.end);
      append_json_string(out, e.replacement);
      out.append(",\"rule\":");
      append_json_string(out, e.rule);
      out.append(",\"plugin\":");
      append_json_string(out, e.plugin);
      out.push_back('}');
    }
    out.push_back(']');
  }

  // A textnorm_edits member already there (a record normalized before) gets the new edits.
  void replace_old_edits(od::value& value) {
    const std::string_view raw = value.raw_json_token();
    const std::size_t begin = byte_of(raw.data());
    od::json_type type;
    check(value.type().get(type), begin);
    validate(value);
    // A number, true, false or null is its raw token: reading one leaves the parser's location
    // on it. A string, object or array ends where reading it stopped.
    const bool atom = type == od::json_type::number || type == od::json_type::boolean ||
                      type == od::json_type::null;
    const std::size_t end =
        begin + trim_right(atom ? raw : line.substr(begin, location(*document) - begin)).size();
    old_edits_replacement = ws.replacements.size();
    ws.replacements.push_back({begin, end, 0, 0});  // its text comes after the walk
  }

  void validate(od::value& value) {
    const std::size_t start = start_of(value);
    od::json_type type;
    check(value.type().get(type), start);
    switch (type) {
      case od::json_type::object: {
        od::object object;
        check(value.get_object().get(object), start);
        for (auto member : object) {
          od::field field;
          check(std::move(member).get(field), kNone);
          std::string_view key;
          check(field.unescaped_key().get(key), kNone);
          od::value child = field.value();
          validate(child);
        }
        return;
      }
      case od::json_type::array: {
        od::array array;
        check(value.get_array().get(array), start);
        for (auto item : array) {
          od::value element;
          check(std::move(item).get(element), kNone);
          validate(element);
        }
        return;
      }
      case od::json_type::string: {
        std::string_view text;
        check(value.get_string().get(text), start);
        return;
      }
      case od::json_type::number: {
        const std::string_view raw = value.raw_json_token();
        if (!is_json_number(trim_right(raw))) fail_json(simdjson::NUMBER_ERROR, start);
        return;
      }
      case od::json_type::boolean:
      case od::json_type::null: {
        const std::string_view raw = trim_right(value.raw_json_token());
        if (raw != "true" && raw != "false" && raw != "null") fail_json(simdjson::T_ATOM_ERROR, start);
        return;
      }
    }
  }

  od::document* document = nullptr;
};

JsonlRecords::JsonlRecords(std::vector<FieldPath> paths, bool offsets)
    : state_(std::make_unique<State>()) {
  if (paths.size() > kMaxPaths)
    throw Error(ErrorKind::USAGE, fmt::format("at most {} --field paths", kMaxPaths));
  state_->paths = std::move(paths);
  state_->offsets = offsets;
}

JsonlRecords::~JsonlRecords() = default;
JsonlRecords::JsonlRecords(JsonlRecords&&) noexcept = default;

void JsonlRecords::run(std::string_view line, std::string& out, std::string* explain,
                       const ValueNormalizer& normalize, const ValueExplainer& explainer) const {
  const WorkspacePool<Workspace>::Lease lease = state_->workspaces.lease();
  Workspace& ws = *lease;
  ws.padded.assign(line);
  ws.padded.resize(line.size() + simdjson::SIMDJSON_PADDING, ' ');
  ws.replacements.clear();
  ws.replacement_text.clear();
  ws.edits_json.clear();
  const std::size_t explain_size = explain != nullptr ? explain->size() : 0;
  Walk walk{*state_, ws, line, explain, normalize, explainer};
  try {
    od::document doc;
    const simdjson::error_code parsed =
        ws.parser.iterate(simdjson::padded_string_view(ws.padded.data(), line.size(), ws.padded.size()))
            .get(doc);
    if (parsed == simdjson::UTF8_ERROR) fail("not valid JSON (invalid UTF-8)", find_invalid_utf8(line));
    if (parsed == simdjson::EMPTY) fail("an empty line is not a JSON object", kNone);
    walk.check(parsed, kNone);
    walk.document = &doc;
    walk.record(doc);
  } catch (...) {
    if (explain != nullptr) explain->resize(explain_size);
    throw;
  }
  std::size_t copied = 0;
  out.reserve(out.size() + line.size() + ws.replacement_text.size() + ws.edits_json.size() + 32);
  for (std::size_t i = 0; i < ws.replacements.size(); ++i) {
    const Replacement& r = ws.replacements[i];
    out.append(line.substr(copied, r.begin - copied));
    if (i == walk.old_edits_replacement) {
      out.push_back('{');
      out.append(ws.edits_json);
      out.push_back('}');
    } else {
      out.append(std::string_view(ws.replacement_text).substr(r.text_begin, r.text_end - r.text_begin));
    }
    copied = r.end;
  }
  if (state_->offsets && walk.old_edits_replacement == kNone) {
    // Before the root object's closing brace.
    const std::size_t close = trim_right(line).size() - 1;
    out.append(line.substr(copied, close - copied));
    out.append(",\"textnorm_edits\":{");
    out.append(ws.edits_json);
    out.push_back('}');
    copied = close;
  }
  out.append(line.substr(copied));
}

}  // namespace textnorm::detail
