# Type stubs of the textnorm package (the extension module _textnorm has no annotations).
import os
from typing import Iterable, NamedTuple, Optional, Union

__version__: str

_StrList = Union[None, str, os.PathLike[str], Iterable[Union[str, os.PathLike[str]]]]

class Edit(NamedTuple):
    start: int
    end: int
    replacement: str
    rule: str
    plugin: str

class Segment(NamedTuple):
    start: int
    end: int
    lang: str
    confidence: float
    line: int

class Error(Exception):
    status: int
    message: str
    line: Optional[int]
    column: Optional[int]
    offset: Optional[int]
    index: Optional[int]
    def __init__(self, message: str, line: Optional[int] = ..., column: Optional[int] = ...,
                 offset: Optional[int] = ..., index: Optional[int] = ...) -> None: ...

class UsageError(Error, ValueError): ...
class InvalidInputError(Error, ValueError): ...
class NoPluginError(Error): ...
class PluginError(Error): ...
class FileError(Error, OSError): ...

class Normalizer:
    def __init__(self, profile: str = "default", lang: str = "auto", names: str = "canonical",
                 transliterate: bool = False, plugins: Optional[Iterable[str]] = None,
                 plugin_path: _StrList = None, lexicons: _StrList = None,
                 disable: Union[None, str, Iterable[str]] = None) -> None: ...
    def normalize(self, text: str) -> str: ...
    def normalize_with_edits(self, text: str) -> tuple[str, list[Edit]]: ...
    def normalize_batch(self, texts: Iterable[str], *, threads: int = 0) -> list[str]: ...
    def detect(self, text: str) -> list[Segment]: ...
