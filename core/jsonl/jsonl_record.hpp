// Normalizes the string values at the --field paths of one JSON-lines record and leaves every
// other byte of the line as it was: keys, their order, whitespace, numbers and escapes.
#ifndef TEXTNORM_CORE_JSONL_JSONL_RECORD_HPP
#define TEXTNORM_CORE_JSONL_JSONL_RECORD_HPP

#include "jsonl/field_paths.hpp"

#include <textnorm/edit.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Normalizes one decoded string value: appends the result to `out` and, when `edits` is not
// null, the composed edits in the value's bytes. Throws Error.
using ValueNormalizer =
    std::function<void(std::string_view value, std::string& out, std::vector<Edit>* edits)>;

// Appends the explanation of one value's edits (edit_explainer.hpp) under `label`.
using ValueExplainer = std::function<void(std::string& out, std::string_view label,
                                          std::string_view value, const std::vector<Edit>& edits)>;

class JsonlRecords {
 public:
  // `offsets`: add "textnorm_edits": {"PATH": [{"start":B,"end":B,"text":"…","rule":"…",
  // "plugin":"…"}, …], …} to each record, one member per normalized value (array elements as
  // "PATH[i]"), replacing a textnorm_edits member the record already has.
  JsonlRecords(std::vector<FieldPath> paths, bool offsets);
  ~JsonlRecords();
  JsonlRecords(JsonlRecords&&) noexcept;

  // Appends `line` with the values at the paths normalized to `out`; a value the normalizer
  // leaves as it was keeps its bytes, a changed one is written with only the escapes JSON
  // requires. With `explain`, appends the explanation of every changed value. Thread-safe.
  // Throws Error(INVALID_INPUT), column set where it applies, and appends nothing when the line
  // is not one JSON object, or a path is absent or holds something other than a string or an
  // array of strings; rethrows what `normalize` throws, naming the field.
  void run(std::string_view line, std::string& out, std::string* explain,
           const ValueNormalizer& normalize, const ValueExplainer& explainer) const;

 private:
  struct Walk;
  struct Workspace;
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_JSONL_JSONL_RECORD_HPP
