"""The exceptions textnorm raises: one class per status of the C API and exit code of the
command, all under textnorm.Error."""


class Error(Exception):
    """A textnorm failure.

    status: the exit code the ``textnorm`` command uses for it (2, 65, 69, 70, 74).
    line, column: 1-based line and code point within it, or None when the error is not about
    a place in the input. offset: 0-based code point offset into the whole input string, or
    None. index: the position of the failing string in normalize_batch's list, or None.
    """

    status = 70

    def __init__(self, message, line=None, column=None, offset=None, index=None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
        self.index = index

    def __reduce__(self):
        # Rebuilt with every attribute, so that it crosses processes (Dask workers) whole.
        return (type(self), (self.message, self.line, self.column, self.offset, self.index))

    def __str__(self):
        where = []
        if self.index is not None:
            where.append(f"item {self.index}")
        if self.line is not None:
            where.append(f"line {self.line}, column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class UsageError(Error, ValueError):
    """Bad options: an unknown profile, names mode or rule id (exit code 2)."""

    status = 2


class InvalidInputError(Error, ValueError):
    """The input cannot be normalized: a lone surrogate, not valid Unicode (exit code 65)."""

    status = 65


class NoPluginError(Error):
    """A requested plugin cannot be loaded, or no plugin serves the language (exit code 69)."""

    status = 69


class PluginError(Error):
    """A plugin failed while normalizing (exit code 70)."""

    status = 70


class FileError(Error, OSError):
    """A file (a lexicon) cannot be read (exit code 74)."""

    status = 74


BY_STATUS = {cls.status: cls for cls in (UsageError, InvalidInputError, NoPluginError,
                                         PluginError, FileError)}
