// JsonlRecords with a stand-in normalizer (ASCII upper case, one edit per changed value): which
// bytes change, the JSON escapes written, textnorm_edits, and the errors with their bytes.
#include "jsonl/field_paths.hpp"
#include "jsonl/json_string.hpp"
#include "jsonl/jsonl_record.hpp"

#include <textnorm/error.hpp>

#include <doctest/doctest.h>

#include <string>

using textnorm::Edit;
using textnorm::Error;
using textnorm::detail::append_json_string;
using textnorm::detail::JsonlRecords;
using textnorm::detail::parse_field_paths;

namespace {

void upper(std::string_view value, std::string& out, std::vector<Edit>* edits) {
  std::string changed(value);
  for (char& c : changed)
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
  if (edits != nullptr && changed != value)
    edits->push_back({0, value.size(), changed, "test.upper", "test"});
  out += changed;
}

void explain(std::string& out, std::string_view label, std::string_view, const std::vector<Edit>& edits) {
  out += std::string(label) + ":" + std::to_string(edits.size()) + "\n";
}

std::string run(const JsonlRecords& records, std::string_view line, std::string* explained = nullptr) {
  std::string out;
  records.run(line, out, explained, upper, explain);
  return out;
}

// The message and column of the error `line` gives, or "" when it gives none.
std::string error_of(const JsonlRecords& records, std::string_view line) {
  try {
    run(records, line);
  } catch (const Error& e) {
    return std::string(e.what()) + " @" + std::to_string(e.position().column);
  }
  return "";
}

}  // namespace

TEST_CASE("JSON strings: only quote, backslash and control characters are escaped") {
  std::string out;
  append_json_string(out, std::string("a\"b\\c/\xC3\xA9\x7F\t\n\r\b\f\x01\x1F", 16));
  CHECK(out == "\"a\\\"b\\\\c/\xC3\xA9\x7F\\t\\n\\r\\b\\f\\u0001\\u001f\"");
}

TEST_CASE("field paths: dotted keys; empty keys and repeats are usage errors") {
  const auto paths = parse_field_paths({"text", "meta.title"});
  REQUIRE(paths.size() == 2);
  CHECK(paths[1].keys == std::vector<std::string>{"meta", "title"});
  CHECK_THROWS_AS(parse_field_paths({"a..b"}), Error);
  CHECK_THROWS_AS(parse_field_paths({""}), Error);
  CHECK_THROWS_AS(parse_field_paths({"a", "a"}), Error);
}

TEST_CASE("only the values at the paths change; escaped keys match; unchanged values keep bytes") {
  const JsonlRecords records(parse_field_paths({"text", "m.t"}), false);
  CHECK(run(records, R"({ "te\u0078t" : "ab\u0063" , "n":-0,"m":{"t":["x","Y"],"u":"v"}} )") ==
        R"({ "te\u0078t" : "ABC" , "n":-0,"m":{"t":["X","Y"],"u":"v"}} )");
  // A duplicate key is normalized each time it appears.
  CHECK(run(records, R"({"text":"a","text":"b","m":{"t":"Q"}})") == R"({"text":"A","text":"B","m":{"t":"Q"}})");
}

TEST_CASE("textnorm_edits: added before the closing brace, or put in place of an old one") {
  const JsonlRecords records(parse_field_paths({"text", "arr"}), true);
  std::string explained;
  CHECK(run(records, R"({"text":"a\"b","arr":["c","D"]}  )", &explained) ==
        R"({"text":"A\"B","arr":["C","D"],"textnorm_edits":{"text":[{"start":0,"end":3,"text":"A\"B","rule":"test.upper","plugin":"test"}],"arr[0]":[{"start":0,"end":1,"text":"C","rule":"test.upper","plugin":"test"}],"arr[1]":[]}}  )");
  CHECK(explained == "text:1\narr[0]:1\n");
  CHECK(run(records, R"({"textnorm_edits": {"old": [1, 2]} , "text":"Z","arr":[]})") ==
        R"({"textnorm_edits": {"text":[]} , "text":"Z","arr":[]})");
  // Fuzz finding (fuzz_jsonl): an old member holding a number, true, false or null was not
  // replaced but kept after the new one ({...}1 }), which is no JSON.
  for (const std::string old : {"1", "-2.5e3", "true", "false", "null", "\"s\"", "[]"}) {
    CAPTURE(old);
    CHECK(run(records, R"({"text":"Z","arr":[],"textnorm_edits":)" + old + " }") ==
          R"({"text":"Z","arr":[],"textnorm_edits":{"text":[]} })");
    CHECK(run(records, R"({"textnorm_edits":)" + old + R"( ,"text":"Z","arr":[]})") ==
          R"({"textnorm_edits":{"text":[]} ,"text":"Z","arr":[]})");
  }
}

TEST_CASE("errors name the byte where it applies") {
  const JsonlRecords records(parse_field_paths({"a.b"}), false);
  CHECK(error_of(records, R"({"a":{"b":1}})") ==
        "field 'a.b' is a number, not a string or an array of strings @11");
  CHECK(error_of(records, R"({"a":"s"})") == "field 'a.b' is absent ('a' is not an object) @6");
  CHECK(error_of(records, R"({"x":1})") == "field 'a.b' is absent @0");
  CHECK(error_of(records, R"({"a":{"b":["s",2]}})") == "field 'a.b[1]' is a number, not a string @16");
  CHECK(error_of(records, R"([1])") == "the line is not a JSON object @1");
  CHECK(error_of(records, R"({"a":{"b":"s"},"n":1.})").rfind("not valid JSON", 0) == 0);
  CHECK(error_of(records, R"({"a":{"b":"s"},"n":nul})").rfind("not valid JSON", 0) == 0);
  CHECK(error_of(records, R"({"a":{"b":"s"}} 1)").rfind("not valid JSON", 0) == 0);
  CHECK(error_of(records, "{\"a\":{\"b\":\"s\xFF\"}}") == "not valid JSON (invalid UTF-8) @13");
  CHECK(error_of(records, R"({"a":{"b":"s"},"n":123456789012345678901234567890})") == "");
}
