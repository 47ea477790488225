// Python str <-> UTF-8, and textnorm's errors as Python exceptions with code point positions.
#ifndef TEXTNORM_PYTHON_PYTHON_TEXT_HPP
#define TEXTNORM_PYTHON_PYTHON_TEXT_HPP

#include <textnorm/textnorm.h>

#include <pybind11/pybind11.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace textnorm::python {

namespace py = pybind11;

// A str's UTF-8 bytes, borrowed from the str (CPython caches them; ASCII strs are their own
// UTF-8): valid while the str lives, readable without the GIL.
struct PythonText {
  std::string_view utf8;
  bool ascii = false;
};

// Raises TypeError when `text` is not a str, and textnorm.InvalidInputError for a lone surrogate
// (not valid Unicode, so it has no UTF-8); `index` is the str's place in a batch.
PythonText utf8_of(py::handle text, std::optional<std::size_t> index = {});

// A str from valid UTF-8.
py::str str_of_utf8(std::string_view utf8);

// Raises the textnorm.Error subclass of error's status, with its position turned into code
// points of `input` (when the error is about the input).
[[noreturn]] void raise_error(const textnorm_error_info* error, const PythonText* input = nullptr,
                              std::optional<std::size_t> index = {});

// Raises the textnorm.Error subclass for `status` with `message` and no position.
[[noreturn]] void raise_error(textnorm_status status, const std::string& message);

}  // namespace textnorm::python

#endif  // TEXTNORM_PYTHON_PYTHON_TEXT_HPP
