// A small JSON reader for the jsonl fuzz target, written apart from textnorm's (simdjson) so that
// the target checks textnorm's output against an independent reading: every value with its byte
// span in the line, strings decoded, objects with their members in order (duplicates kept).
#ifndef TEXTNORM_TESTS_FUZZ_JSON_VALUE_HPP
#define TEXTNORM_TESTS_FUZZ_JSON_VALUE_HPP

#include "fuzz_checks.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

struct JsonMember;

struct JsonValue {
  enum class Kind { NUL, BOOLEAN, NUMBER, STRING, ARRAY, OBJECT };
  Kind kind = Kind::NUL;
  std::size_t begin = 0;  // the value's bytes [begin, end) in the line, without whitespace
  std::size_t end = 0;
  std::string text;       // STRING: decoded
  bool exact = true;      // STRING: false when a lone surrogate was read leniently as U+FFFD
  std::vector<JsonMember> members;  // OBJECT, in order
  std::vector<JsonValue> items;     // ARRAY
};

struct JsonMember {
  std::string key;  // decoded
  JsonValue value;
};

// How strict the reader is. RFC 8259 forbids raw control characters in strings and a \u escape
// of a lone surrogate; textnorm's reader (simdjson) lets some through, so the target asks the
// lenient reading of what textnorm accepted and the strict one of what it must accept.
struct JsonRules {
  bool strict = true;
  std::size_t max_depth = 512;
};

class JsonReader {
 public:
  JsonReader(std::string_view line, JsonRules rules) : s_(line), rules_(rules) {}

  // The whole line as one JSON value, or nullopt.
  std::optional<JsonValue> read() {
    JsonValue v;
    skip_space();
    if (!value(v, 0)) return std::nullopt;
    skip_space();
    if (at_ != s_.size()) return std::nullopt;
    return v;
  }

 private:
  void skip_space() {
    while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n' || s_[at_] == '\r'))
      ++at_;
  }
  bool eat(char c) {
    if (at_ < s_.size() && s_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  bool literal(std::string_view word) {
    if (s_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  bool value(JsonValue& v, std::size_t depth) {
    if (depth > rules_.max_depth || at_ >= s_.size()) return false;
    v.begin = at_;
    bool ok = false;
    switch (s_[at_]) {
      case '{': v.kind = JsonValue::Kind::OBJECT; ok = object(v, depth); break;
      case '[': v.kind = JsonValue::Kind::ARRAY; ok = array(v, depth); break;
      case '"':
        v.kind = JsonValue::Kind::STRING;
        ok = string(v.text, v.exact);
        break;
      case 't': v.kind = JsonValue::Kind::BOOLEAN; ok = literal("true"); break;
      case 'f': v.kind = JsonValue::Kind::BOOLEAN; ok = literal("false"); break;
      case 'n': v.kind = JsonValue::Kind::NUL; ok = literal("null"); break;
      default: v.kind = JsonValue::Kind::NUMBER; ok = number(); break;
    }
    v.end = at_;
    return ok;
  }

  bool object(JsonValue& v, std::size_t depth) {
    ++at_;
    skip_space();
    if (eat('}')) return true;
    while (true) {
      skip_space();
      std::string key;
      bool exact = true;
      if (at_ >= s_.size() || s_[at_] != '"' || !string(key, exact)) return false;
      skip_space();
      if (!eat(':')) return false;
      skip_space();
      JsonValue member;
      if (!value(member, depth + 1)) return false;
      v.members.push_back({std::move(key), std::move(member)});
      skip_space();
      if (eat('}')) return true;
      if (!eat(',')) return false;
    }
  }

  bool array(JsonValue& v, std::size_t depth) {
    ++at_;
    skip_space();
    if (eat(']')) return true;
    while (true) {
      skip_space();
      JsonValue item;
      if (!value(item, depth + 1)) return false;
      v.items.push_back(std::move(item));
      skip_space();
      if (eat(']')) return true;
      if (!eat(',')) return false;
    }
  }

  bool digits() {
    const std::size_t from = at_;
    while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') ++at_;
    return at_ > from;
  }

  bool number() {
    eat('-');
    if (eat('0')) {
      if (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') return false;
    } else if (!digits()) {
      return false;
    }
    if (eat('.') && !digits()) return false;
    if (eat('e') || eat('E')) {
      if (!eat('+')) eat('-');
      if (!digits()) return false;
    }
    return true;
  }

  std::optional<std::uint32_t> hex4() {
    if (at_ + 4 > s_.size()) return std::nullopt;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[at_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= std::uint32_t(c - '0');
      else if (c >= 'a' && c <= 'f') v |= std::uint32_t(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= std::uint32_t(c - 'A' + 10);
      else return std::nullopt;
    }
    return v;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }

  // A \u escape (the backslash and u read), with its low surrogate when it is a high one.
  bool unicode_escape(std::string& out, bool& exact) {
    const auto cp = hex4();
    if (!cp) return false;
    if (*cp >= 0xD800 && *cp <= 0xDBFF && s_.substr(at_, 2) == "\\u") {
      const std::size_t back = at_;
      at_ += 2;
      const auto low = hex4();
      if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00));
        return true;
      }
      at_ = back;
    }
    if (*cp >= 0xD800 && *cp <= 0xDFFF) {
      if (rules_.strict) return false;
      append_utf8(out, 0xFFFD);  // the lenient reading only needs the spans right
      exact = false;
      return true;
    }
    append_utf8(out, *cp);
    return true;
  }

  bool string(std::string& out, bool& exact) {
    ++at_;
    while (at_ < s_.size()) {
      const char c = s_[at_];
      if (c == '"') {
        ++at_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20 && rules_.strict) return false;
      if (c != '\\') {
        out += c;
        ++at_;
        continue;
      }
      if (++at_ >= s_.size()) return false;
      const char e = s_[at_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u':
          if (!unicode_escape(out, exact)) return false;
          break;
        default: return false;
      }
    }
    return false;
  }

  std::string_view s_;
  JsonRules rules_;
  std::size_t at_ = 0;
};

}  // namespace fuzz

#endif  // TEXTNORM_TESTS_FUZZ_JSON_VALUE_HPP
