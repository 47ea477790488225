"""The type stubs describe what the package has."""

import ast
import pathlib

import textnorm


def stub_tree():
    return ast.parse((pathlib.Path(textnorm.__file__).parent / "__init__.pyi").read_text())


def test_the_stubs_ship_with_the_package():
    package = pathlib.Path(textnorm.__file__).parent
    assert (package / "py.typed").exists()


def test_the_stubs_name_every_public_class():
    classes = {node.name for node in stub_tree().body if isinstance(node, ast.ClassDef)}
    assert classes == set(textnorm.__all__) - {"__version__"}


def test_the_stub_methods_are_the_normalizers():
    tree = stub_tree()
    normalizer = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Normalizer")
    stubbed = {f.name for f in normalizer.body if isinstance(f, ast.FunctionDef)}
    public = {name for name in dir(textnorm.Normalizer) if not name.startswith("_")}
    assert stubbed - {"__init__"} == public
