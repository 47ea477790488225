// str <-> UTF-8 and textnorm errors as Python exceptions.
#include "python_text.hpp"

#include "code_points.hpp"

#include <cstdio>
#include <string>

namespace textnorm::python {
namespace {

py::object error_class(int status) {
  const py::object by_status = py::module_::import("textnorm._errors").attr("BY_STATUS");
  return by_status.attr("get")(status, py::module_::import("textnorm._errors").attr("PluginError"));
}

[[noreturn]] void raise(int status, const std::string& message, py::object line, py::object column,
                        py::object offset, std::optional<std::size_t> index) {
  const py::object exception = error_class(status)(message, line, column, offset,
                                                   index ? py::object(py::int_(*index)) : py::none());
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exception.ptr())), exception.ptr());
  throw py::error_already_set();
}

// Line (1-based) and column (1-based) of code point `offset` in `text`, lines as textnorm cuts
// them (LF, CRLF, lone CR).
std::pair<std::size_t, std::size_t> line_and_column(PyObject* text, Py_ssize_t offset) {
  const int kind = PyUnicode_KIND(text);
  const void* data = PyUnicode_DATA(text);
  std::size_t line = 1;
  Py_ssize_t line_start = 0;
  for (Py_ssize_t i = 0; i < offset; ++i) {
    const Py_UCS4 c = PyUnicode_READ(kind, data, i);
    const bool crlf = c == '\r' && i + 1 < offset && PyUnicode_READ(kind, data, i + 1) == '\n';
    if ((c == '\n' || c == '\r') && !crlf) {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, std::size_t(offset - line_start + 1)};
}

[[noreturn]] void raise_lone_surrogate(py::handle text, std::optional<std::size_t> index) {
  PyObject *type = nullptr, *raw_value = nullptr, *trace = nullptr;
  PyErr_Fetch(&type, &raw_value, &trace);
  PyErr_NormalizeException(&type, &raw_value, &trace);
  Py_XDECREF(type);
  Py_XDECREF(trace);
  const py::object value = py::reinterpret_steal<py::object>(raw_value);
  const Py_ssize_t offset = value ? py::cast<Py_ssize_t>(value.attr("start")) : 0;
  const auto [line, column] = line_and_column(text.ptr(), offset);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X",
                unsigned(PyUnicode_READ_CHAR(text.ptr(), offset)));
  raise(TEXTNORM_STATUS_INVALID_INPUT, std::string("lone surrogate ") + code + " is not valid Unicode",
        py::int_(line), py::int_(column), py::int_(offset), index);
}

}  // namespace

PythonText utf8_of(py::handle text, std::optional<std::size_t> index) {
  if (!PyUnicode_Check(text.ptr()))
    throw py::type_error(std::string("textnorm normalizes str, not ") +
                         Py_TYPE(text.ptr())->tp_name);
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
  if (data == nullptr) raise_lone_surrogate(text, index);
  return {std::string_view(data, std::size_t(size)), PyUnicode_IS_ASCII(text.ptr()) != 0};
}

py::str str_of_utf8(std::string_view utf8) {
  PyObject* str = PyUnicode_DecodeUTF8(utf8.data(), Py_ssize_t(utf8.size()), "strict");
  if (str == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(str);
}

void raise_error(const textnorm_error_info* error, const PythonText* input,
                 std::optional<std::size_t> index) {
  if (error == nullptr)
    raise(TEXTNORM_STATUS_PLUGIN_FAILED, "out of memory", py::none(), py::none(), py::none(), index);
  std::string message = textnorm_error_message(error);
  std::size_t line = 0, column = 0, offset = 0;
  if (!textnorm_error_position(error, &line, &column, &offset))
    raise(textnorm_error_status(error), message, py::none(), py::none(), py::none(), index);
  // The C message starts with the position in bytes; Python gets it in code points instead.
  const std::string byte_position =
      "line " + std::to_string(line) + (column > 0 ? ", byte " + std::to_string(column) : "") + ": ";
  if (message.compare(0, byte_position.size(), byte_position) == 0)
    message.erase(0, byte_position.size());
  if (input == nullptr || offset > input->utf8.size())
    raise(textnorm_error_status(error), message, py::int_(line), py::none(), py::none(), index);
  const std::size_t line_start = offset - (column > 0 ? column - 1 : 0);
  CodePointCounter count(input->utf8, input->ascii);
  const std::size_t line_start_cp = count.at(line_start);
  const std::size_t offset_cp = count.at(offset);
  raise(textnorm_error_status(error), message, py::int_(line),
        py::int_(offset_cp - line_start_cp + 1), py::int_(offset_cp), index);
}

void raise_error(textnorm_status status, const std::string& message) {
  raise(status, message, py::none(), py::none(), py::none(), {});
}

}  // namespace textnorm::python
