// textnorm._textnorm: the Normalizer class of the textnorm Python package.
#include "normalizer_binding.hpp"

#include <pybind11/stl.h>

namespace py = pybind11;
using textnorm::python::NormalizerBinding;
using textnorm::python::Settings;
using textnorm::python::string_list;

namespace {

Settings settings_from(std::string profile, std::string lang, std::string names, bool transliterate,
                       py::handle plugins, py::handle plugin_path, py::handle lexicons,
                       py::handle disable) {
  Settings s;
  s.profile = std::move(profile);
  s.lang = std::move(lang);
  s.names = std::move(names);
  s.transliterate = transliterate;
  if (!plugins.is_none()) s.plugins = string_list(plugins, "plugins");
  s.plugin_path = string_list(plugin_path, "plugin_path");
  s.lexicons = string_list(lexicons, "lexicons");
  s.disable = string_list(disable, "disable");
  return s;
}

Settings settings_from_dict(const py::dict& state) {
  return settings_from(py::cast<std::string>(state["profile"]), py::cast<std::string>(state["lang"]),
                       py::cast<std::string>(state["names"]), py::cast<bool>(state["transliterate"]),
                       state["plugins"], state["plugin_path"], state["lexicons"], state["disable"]);
}

constexpr const char* kClassDoc = R"(Normalizes text to textnorm's canonical UTF-8 form.

Normalizer(profile="default", lang="auto", names="canonical", transliterate=False,
           plugins=None, plugin_path=None, lexicons=None, disable=None)

The arguments are those of `textnorm normalize`: profile "default" or "typographic"; lang
"auto" or one language for the whole input; names "canonical", "exonyms", "by-language" or
"off"; transliterate turns the remaining Cyrillic and Armenian words into Latin; plugins uses
exactly these plugins (None: every plugin found); plugin_path lists directories searched first;
lexicons lists user lexicon files; disable lists rule ids to switch off. A list argument also
takes a single str or path.

A Normalizer is immutable: one may be shared by threads, and every method releases the GIL
while the library works. It pickles to its arguments, so it ships to Dask or multiprocessing
workers, which load the plugins again.

Raises textnorm.UsageError for bad arguments, textnorm.NoPluginError when a plugin or language
is not available, textnorm.FileError when a lexicon cannot be read.)";

}  // namespace

PYBIND11_MODULE(_textnorm, m) {
  m.doc() = "textnorm's extension module; use the textnorm package.";
  m.attr("__version__") = textnorm_version();
  py::class_<NormalizerBinding>(m, "Normalizer", kClassDoc)
      .def(py::init([](std::string profile, std::string lang, std::string names, bool transliterate,
                       py::handle plugins, py::handle plugin_path, py::handle lexicons,
                       py::handle disable) {
             return NormalizerBinding(settings_from(std::move(profile), std::move(lang),
                                                    std::move(names), transliterate, plugins,
                                                    plugin_path, lexicons, disable));
           }),
           py::arg("profile") = "default", py::arg("lang") = "auto", py::arg("names") = "canonical",
           py::arg("transliterate") = false, py::arg("plugins") = py::none(),
           py::arg("plugin_path") = py::none(), py::arg("lexicons") = py::none(),
           py::arg("disable") = py::none())
      .def("normalize", &NormalizerBinding::normalize, py::arg("text"),
           R"(Returns the normalized text. Lines end at LF, CRLF or a lone CR: N lines in give N
lines out, each ending in LF; a missing final line break stays missing. Raises
textnorm.InvalidInputError for a lone surrogate, textnorm.PluginError when a plugin fails, both
with the line, column and offset (code points) of the problem.)")
      .def("normalize_with_edits", &NormalizerBinding::normalize_with_edits, py::arg("text"),
           R"(Returns (normalized text, list of textnorm.Edit). Each edit says that the code
points [start, end) of `text` (offsets in code points of the Python str, not bytes) became
`replacement`, by rule `rule` of plugin `plugin` (the last rule that changed that span). The
edits are in order and do not overlap: applying them to `text` gives the normalized text.)")
      .def("normalize_batch", &NormalizerBinding::normalize_batch, py::arg("texts"), py::kw_only(),
           py::arg("threads") = 0,
           R"(Normalizes each str of `texts` as normalize() does and returns the list of results,
in order. The strs are normalized by `threads` threads at once (0: one per core) without the
GIL; the result equals [normalize(t) for t in texts]. An error names the failing item in its
`index` (the first failing one in list order).)")
      .def("detect", &NormalizerBinding::detect, py::arg("text"),
           R"(Returns the language segments of each line of `text` as textnorm.Segment values, in
order: code points [start, end) of `text`, a language (or "und"), a confidence in 0..1 and the
1-based line number. The segments of a line cover it; an empty line has none.)")
      .def("__repr__", &NormalizerBinding::repr)
      .def(py::pickle([](const NormalizerBinding& n) { return n.settings().to_dict(); },
                      [](const py::dict& state) { return NormalizerBinding(settings_from_dict(state)); }));
}
