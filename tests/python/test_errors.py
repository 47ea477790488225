"""textnorm.Error and its subclasses: status, position in code points, pickling."""

import os
import pickle

import pytest

import textnorm


def test_the_hierarchy():
    for cls, status in [(textnorm.UsageError, 2), (textnorm.InvalidInputError, 65),
                        (textnorm.NoPluginError, 69), (textnorm.PluginError, 70),
                        (textnorm.FileError, 74)]:
        assert issubclass(cls, textnorm.Error) and cls.status == status
    assert issubclass(textnorm.UsageError, ValueError)
    assert issubclass(textnorm.FileError, OSError)


@pytest.mark.parametrize("arguments", [{"profile": "fancy"}, {"names": "sometimes"},
                                       {"disable": ["no.such-rule"]}])
def test_bad_options_are_usage_errors(arguments):
    with pytest.raises(textnorm.UsageError) as caught:
        textnorm.Normalizer(**arguments)
    assert caught.value.line is None and caught.value.offset is None


def test_missing_language_and_plugin():
    with pytest.raises(textnorm.NoPluginError, match="'tlh'"):
        textnorm.Normalizer(lang="tlh")
    with pytest.raises(textnorm.NoPluginError, match="nosuchplugin"):
        textnorm.Normalizer(plugins=["nosuchplugin"])


def test_an_unreadable_lexicon_is_a_file_error(tmp_path):
    with pytest.raises(textnorm.FileError, match="lexicon"):
        textnorm.Normalizer(lexicons=[tmp_path / "absent.tsv"])


def test_a_lone_surrogate_is_invalid_input_at_its_code_point(normalizer):
    text = "première ligne\nçà\udc80x"
    with pytest.raises(textnorm.InvalidInputError) as caught:
        normalizer.normalize(text)
    error = caught.value
    assert (error.line, error.column, error.offset) == (2, 3, text.index("\udc80"))
    assert "U+DC80" in str(error) and str(error).startswith("line 2, column 3: ")


def test_a_batch_error_names_the_first_failing_item(normalizer):
    with pytest.raises(textnorm.InvalidInputError) as caught:
        normalizer.normalize_batch(["ok", "fine", "bad \ud800", "worse \udc00"], threads=2)
    assert caught.value.index == 2 and caught.value.column == 5


def test_a_failing_plugin_is_a_plugin_error_with_the_line():
    fixtures = os.environ.get("TEXTNORM_FIXTURES_DIR")
    if not fixtures:
        pytest.skip("TEXTNORM_FIXTURES_DIR is not set")
    normalizer = textnorm.Normalizer(lang="xx", names="off", plugins=["throws"],
                                     plugin_path=os.path.join(fixtures, "throws"))
    with pytest.raises(textnorm.PluginError, match="boom") as caught:
        normalizer.normalize("one\ntwo")
    assert caught.value.line == 1


def test_errors_pickle_with_their_position(normalizer):
    with pytest.raises(textnorm.Error) as caught:
        normalizer.normalize_batch(["a", "b\ud800"])
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is textnorm.InvalidInputError
    assert (copy.line, copy.column, copy.offset, copy.index) == (1, 2, 1, 1)
    assert str(copy) == str(caught.value)
