"""textnorm: canonical UTF-8 for news and web text, from Python.

    import textnorm
    normalizer = textnorm.Normalizer(lang="auto")
    normalizer.normalize('He said , "yes"  .')      # 'He said, "yes".'

The Normalizer is immutable and thread-safe, releases the GIL while it works, and pickles to
its options (a Dask or multiprocessing worker rebuilds it). See docs/python.md.
"""

from textnorm._errors import (Error, FileError, InvalidInputError, NoPluginError, PluginError,
                              UsageError)
from textnorm._records import Edit, Segment
from textnorm._textnorm import Normalizer, __version__

__all__ = ["Normalizer", "Edit", "Segment", "Error", "UsageError", "InvalidInputError",
           "NoPluginError", "PluginError", "FileError", "__version__"]

# Shown and pickled under the package's name, where users find them.
for _public in (Error, UsageError, InvalidInputError, NoPluginError, PluginError, FileError, Edit,
                Segment):
    _public.__module__ = __name__
del _public
