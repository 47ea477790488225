// textnorm.Normalizer over the C API. The GIL is released while the library works; inputs are
// the strs' own UTF-8 buffers, which stay put while the caller's references keep them alive.
#include "normalizer_binding.hpp"

#include "code_points.hpp"
#include "parallel_for.hpp"
#include "python_text.hpp"

#include <pybind11/stl.h>

#include <atomic>

namespace textnorm::python {
namespace {

using Result = std::unique_ptr<textnorm_result, void (*)(textnorm_result*)>;
using ErrorInfo = std::unique_ptr<textnorm_error_info, void (*)(textnorm_error_info*)>;

struct Call {
  Result result{nullptr, textnorm_result_free};
  ErrorInfo error{nullptr, textnorm_error_free};
  textnorm_status status = TEXTNORM_STATUS_OK;
};

using Function = textnorm_status (*)(const textnorm_normalizer*, const char*, size_t,
                                     textnorm_result**, textnorm_error_info**);

// Calls `function` on `text` without the GIL (the caller must not hold py objects' state).
void call(Function function, const textnorm_normalizer* normalizer, std::string_view text,
          Call& out) {
  textnorm_result* result = nullptr;
  textnorm_error_info* error = nullptr;
  out.status = function(normalizer, text.data(), text.size(), &result, &error);
  out.result.reset(result);
  out.error.reset(error);
}

Call call_without_gil(Function function, const textnorm_normalizer* normalizer,
                      const PythonText& input) {
  Call out;
  py::gil_scoped_release release;
  call(function, normalizer, input.utf8, out);
  return out;
}

py::str result_text(const textnorm_result* result) {
  std::size_t size = 0;
  const char* text = textnorm_result_text(result, &size);
  return str_of_utf8(std::string_view(text, size));
}

textnorm_normalizer_options c_options(const Settings& settings,
                                      std::vector<std::vector<const char*>>& lists) {
  auto list = [&lists](const std::vector<std::string>& items) {
    std::vector<const char*>& pointers = lists.emplace_back();
    for (const std::string& item : items) pointers.push_back(item.c_str());
    pointers.push_back(nullptr);
    return pointers.data();
  };
  lists.reserve(5);
  textnorm_normalizer_options options;
  textnorm_normalizer_options_init(&options);
  options.profile = settings.profile.c_str();
  options.lang = settings.lang.c_str();
  options.names = settings.names.c_str();
  options.transliterate = settings.transliterate ? 1 : 0;
  options.plugins = settings.plugins ? list(*settings.plugins) : nullptr;
  options.plugin_path = list(settings.plugin_path);
  options.lexicons = list(settings.lexicons);
  options.disabled_rules = list(settings.disable);
  return options;
}

// A run of the library's byte edits that share a character once widened to whole characters
// (a byte-level edit may start or end inside one), as one edit of whole code points.
struct WholeCharacterEdit {
  std::size_t begin = 0;
  std::size_t end = 0;  // while the run grows: the end of its last byte edit
  std::string replacement;
  const textnorm_text_edit* last = nullptr;
};

std::vector<WholeCharacterEdit> whole_character_edits(std::string_view input,
                                                      const textnorm_result* result) {
  std::vector<WholeCharacterEdit> out;
  auto close = [&input](WholeCharacterEdit& run) {
    const std::size_t end = character_end(input, run.end);
    run.replacement.append(input.substr(run.end, end - run.end));
    run.end = end;
  };
  const std::size_t count = textnorm_result_edit_count(result);
  for (std::size_t i = 0; i < count; ++i) {
    const textnorm_text_edit* e = textnorm_result_edit(result, i);
    const std::size_t begin = character_start(input, e->begin);
    if (out.empty() || character_end(input, out.back().end) <= begin) {
      if (!out.empty()) close(out.back());
      out.push_back({begin, begin, {}, nullptr});
    }
    WholeCharacterEdit& run = out.back();
    run.replacement.append(input.substr(run.end, e->begin - run.end));
    run.replacement.append(e->replacement, e->replacement_size);
    run.end = e->end;
    run.last = e;
  }
  if (!out.empty()) close(out.back());
  return out;
}

}  // namespace

py::dict Settings::to_dict() const {
  py::dict out;
  out["profile"] = profile;
  out["lang"] = lang;
  out["names"] = names;
  out["transliterate"] = transliterate;
  out["plugins"] = plugins ? py::object(py::cast(*plugins)) : py::none();
  out["plugin_path"] = plugin_path.empty() ? py::object(py::none()) : py::cast(plugin_path);
  out["lexicons"] = lexicons.empty() ? py::object(py::none()) : py::cast(lexicons);
  out["disable"] = disable.empty() ? py::object(py::none()) : py::cast(disable);
  return out;
}

std::vector<std::string> string_list(py::handle value, const char* argument) {
  std::vector<std::string> out;
  if (value.is_none()) return out;
  const py::object fspath = py::module_::import("os").attr("fspath");
  auto item = [&](py::handle v) {
    if (!PyUnicode_Check(v.ptr()) && !PyObject_HasAttrString(v.ptr(), "__fspath__"))
      throw py::type_error(std::string(argument) + " takes str items, not " + Py_TYPE(v.ptr())->tp_name);
    out.push_back(py::cast<std::string>(fspath(v)));
  };
  if (PyUnicode_Check(value.ptr()) || PyObject_HasAttrString(value.ptr(), "__fspath__")) {
    item(value);
    return out;
  }
  for (py::handle v : py::iter(value)) item(v);
  return out;
}

NormalizerBinding::NormalizerBinding(Settings settings)
    : settings_(std::move(settings)), normalizer_(nullptr, textnorm_normalizer_free) {
  std::vector<std::vector<const char*>> lists;
  const textnorm_normalizer_options options = c_options(settings_, lists);
  textnorm_normalizer* normalizer = nullptr;
  textnorm_error_info* raw_error = nullptr;
  textnorm_status status;
  {
    py::gil_scoped_release release;  // plugins load and lexicons build
    status = textnorm_normalizer_new(&options, &normalizer, &raw_error);
  }
  const ErrorInfo error(raw_error, textnorm_error_free);
  if (status != TEXTNORM_STATUS_OK) raise_error(error.get());
  normalizer_.reset(normalizer);
}

py::str NormalizerBinding::normalize(py::handle text) const {
  const PythonText input = utf8_of(text);
  const Call done = call_without_gil(textnorm_normalize_without_edits, normalizer_.get(), input);
  if (done.status != TEXTNORM_STATUS_OK) raise_error(done.error.get(), &input);
  return result_text(done.result.get());
}

py::tuple NormalizerBinding::normalize_with_edits(py::handle text) const {
  const PythonText input = utf8_of(text);
  const Call done = call_without_gil(textnorm_normalize, normalizer_.get(), input);
  if (done.status != TEXTNORM_STATUS_OK) raise_error(done.error.get(), &input);
  const py::object edit_type = py::module_::import("textnorm._records").attr("Edit");
  py::list edits;
  CodePointCounter code_points(input.utf8, input.ascii);
  for (const WholeCharacterEdit& e : whole_character_edits(input.utf8, done.result.get())) {
    const std::size_t start = code_points.at(e.begin);
    const std::size_t end = code_points.at(e.end);
    edits.append(edit_type(start, end, str_of_utf8(e.replacement), e.last->rule, e.last->plugin));
  }
  return py::make_tuple(result_text(done.result.get()), edits);
}

py::list NormalizerBinding::normalize_batch(py::handle texts, unsigned threads) const {
  // The list is held for the whole call, so its strs and their UTF-8 buffers stay put.
  const py::list items = py::list(py::reinterpret_borrow<py::object>(texts));
  const std::size_t count = items.size();
  std::vector<PythonText> inputs;
  inputs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) inputs.push_back(utf8_of(items[i], i));
  std::vector<Call> calls(count);
  std::atomic<bool> failed{false};
  {
    py::gil_scoped_release release;
    parallel_for(count, threads, failed, [&](std::size_t i) {
      call(textnorm_normalize_without_edits, normalizer_.get(), inputs[i].utf8, calls[i]);
      if (calls[i].status != TEXTNORM_STATUS_OK) failed = true;
    });
  }
  py::list out(count);
  for (std::size_t i = 0; i < count; ++i) {
    // Items after a failure may not have run; the first failure in list order is reported.
    if (calls[i].status != TEXTNORM_STATUS_OK) raise_error(calls[i].error.get(), &inputs[i], i);
    if (!calls[i].result) raise_error(TEXTNORM_STATUS_PLUGIN_FAILED, "a batch item did not run");
    out[i] = result_text(calls[i].result.get());
    calls[i].result.reset();
  }
  return out;
}

py::list NormalizerBinding::detect(py::handle text) const {
  const PythonText input = utf8_of(text);
  const Call done = call_without_gil(textnorm_detect, normalizer_.get(), input);
  if (done.status != TEXTNORM_STATUS_OK) raise_error(done.error.get(), &input);
  const py::object segment_type = py::module_::import("textnorm._records").attr("Segment");
  py::list segments;
  CodePointCounter code_points(input.utf8, input.ascii);
  const std::size_t count = textnorm_result_span_count(done.result.get());
  for (std::size_t i = 0; i < count; ++i) {
    const textnorm_language_span* s = textnorm_result_span(done.result.get(), i);
    const std::size_t start = code_points.at(s->begin);
    const std::size_t end = code_points.at(s->end);
    segments.append(segment_type(start, end, s->lang, double(s->confidence), s->line));
  }
  return segments;
}

std::string NormalizerBinding::repr() const {
  std::string out = "textnorm.Normalizer(";
  const char* separator = "";
  for (const auto& [key, value] : settings_.to_dict()) {
    out += separator;
    out += py::cast<std::string>(py::str(key));
    out += '=';
    out += py::cast<std::string>(py::repr(value));
    separator = ", ";
  }
  out += ')';
  return out;
}

}  // namespace textnorm::python
