// textnorm.Normalizer: the C API's normalizer for Python, rebuilt from its options when pickled.
#ifndef TEXTNORM_PYTHON_NORMALIZER_BINDING_HPP
#define TEXTNORM_PYTHON_NORMALIZER_BINDING_HPP

#include <textnorm/textnorm.h>

#include <pybind11/pybind11.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace textnorm::python {

namespace py = pybind11;

// The constructor's arguments, kept to pickle the normalizer.
struct Settings {
  std::string profile = "default";
  std::string lang = "auto";
  std::string names = "canonical";
  bool transliterate = false;
  std::optional<std::vector<std::string>> plugins;  // nullopt: every plugin found
  std::vector<std::string> plugin_path;
  std::vector<std::string> lexicons;
  std::vector<std::string> disable;

  // The keyword arguments that build the same normalizer.
  py::dict to_dict() const;
};

// Reads a list argument: None, a str or path (one item), or an iterable of str or paths.
std::vector<std::string> string_list(py::handle value, const char* argument);

class NormalizerBinding {
 public:
  explicit NormalizerBinding(Settings settings);

  py::str normalize(py::handle text) const;
  py::tuple normalize_with_edits(py::handle text) const;
  py::list normalize_batch(py::handle texts, unsigned threads) const;
  py::list detect(py::handle text) const;

  const Settings& settings() const { return settings_; }
  std::string repr() const;

 private:
  Settings settings_;
  std::unique_ptr<textnorm_normalizer, void (*)(textnorm_normalizer*)> normalizer_;
};

}  // namespace textnorm::python

#endif  // TEXTNORM_PYTHON_NORMALIZER_BINDING_HPP
