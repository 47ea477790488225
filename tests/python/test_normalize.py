"""Normalizer.normalize, normalize_with_edits and detect against the CLI and their contracts."""

import json
import pickle
import re
import threading

import pytest

import textnorm

MIXED = 'He said , "yes"  .\r\nIl a dit : « oui »!\rCafé , Pachinian ,Peskov\nlast line  ,ok'


def apply_edits(text, edits):
    out, at = [], 0
    for e in edits:
        assert at <= e.start <= e.end <= len(text), e
        out.append(text[at:e.start])
        out.append(e.replacement)
        at = e.end
    out.append(text[at:])
    return "".join(out)


@pytest.mark.parametrize("profile", ["default", "typographic"])
def test_normalize_equals_the_cli_on_the_samples(cli, samples, profile):
    normalizer = textnorm.Normalizer(profile=profile)
    for name, text in samples:
        expected = cli(["normalize", "--profile", profile, "-j", "1"], text.encode()).decode()
        assert normalizer.normalize(text) == expected, name


def test_n_lines_in_give_n_lines_out(normalizer):
    out = normalizer.normalize(MIXED)
    assert out.split("\n")[0] == 'He said, "yes".'
    assert out.count("\n") == 3, "CRLF, a lone CR and LF each end one line"
    assert not out.endswith("\n"), "a missing final line break stays missing"
    assert normalizer.normalize("") == ""
    assert normalizer.normalize("\ufeffok\n") == "ok\n", "a leading BOM is dropped"


def test_edits_rebuild_the_output_in_code_points(samples):
    for names in ["canonical", "off"]:
        normalizer = textnorm.Normalizer(names=names)
        for name, text in samples + [("mixed", MIXED)]:
            out, edits = normalizer.normalize_with_edits(text)
            assert out == normalizer.normalize(text)
            assert apply_edits(text, edits) == out, name
            assert all(e.rule and e.plugin for e in edits)
            if out != text:
                assert edits, name


def test_edit_offsets_count_code_points_not_bytes(normalizer):
    text = "Ωμέγα ça « été » , fin"
    out, edits = normalizer.normalize_with_edits(text)
    assert apply_edits(text, edits) == out
    assert out == 'Ωμέγα ça "été", fin'
    # In bytes, « starts at 16 (Ω, μ, έ, γ, α, ç take two each).
    assert [(e.start, e.end, e.replacement) for e in edits] == [(9, 11, '"'), (14, 17, '"')]
    assert text[9:11] == "« " and text[14:17] == " » "


def test_detect_equals_the_cli_in_code_points(cli, samples, normalizer):
    for name, text in samples:
        # The CLI's offsets are bytes of each line, after the BOM; Python's code points of
        # the whole text.
        expected = []
        reported = cli(["detect"], text.encode()).decode().split("\n")[:-1]
        line_start = 1 if text.startswith("\ufeff") else 0
        lines = re.finditer(r"(.*?)(\r\n|\r|\n|$)", text[line_start:], re.S)
        for number, (line, report) in enumerate(zip(lines, reported), start=1):
            raw = line.group(1).encode()
            for s in json.loads(report):
                start = line_start + line.start() + len(raw[:s["start"]].decode())
                end = line_start + line.start() + len(raw[:s["end"]].decode())
                expected.append((start, end, s["lang"], s["confidence"], number))
        got = [(s.start, s.end, s.lang, round(s.confidence, 2), s.line)
               for s in normalizer.detect(text)]
        assert got == expected, name


def test_detect_spans_cover_each_line(normalizer):
    text = "He said yes to the plan.\n\nIl a dit oui au projet, et nous aussi."
    segments = normalizer.detect(text)
    assert [s.line for s in segments][0] == 1 and segments[-1].line == 3
    assert segments[0].start == 0 and segments[-1].end == len(text)
    assert {s.lang for s in segments} == {"en", "fr"}


def test_normalize_batch_equals_serial(samples):
    normalizer = textnorm.Normalizer()
    texts = [line for _, text in samples for line in text.split("\n")]
    texts += [text for _, text in samples] + [MIXED, "", "Ωμέγα ,x"] * 5
    serial = [normalizer.normalize(t) for t in texts]
    for threads in [0, 1, 4]:
        assert normalizer.normalize_batch(texts, threads=threads) == serial, threads
    assert normalizer.normalize_batch(tuple(texts[:3])) == serial[:3]
    assert normalizer.normalize_batch([]) == []


def test_the_gil_is_released_while_normalizing(samples):
    normalizer = textnorm.Normalizer()
    big = "\n".join(text for _, text in samples) * 200
    counter = [0]
    done = threading.Event()
    during = []

    def work():
        before = counter[0]
        normalizer.normalize(big)
        during.append(counter[0] - before)
        done.set()

    thread = threading.Thread(target=work)
    thread.start()
    while not done.is_set():
        counter[0] += 1
    thread.join()
    # With the GIL held for the whole call, this thread could not count while it ran.
    assert during[0] > 10, during


def test_pickle_rebuilds_from_the_options():
    normalizer = textnorm.Normalizer(profile="typographic", lang="fr", names="off",
                                     disable=["fr.space-before-punct"])
    copy = pickle.loads(pickle.dumps(normalizer))
    assert repr(copy) == repr(normalizer)
    assert "profile='typographic'" in repr(copy) and "names='off'" in repr(copy)
    text = "Il a dit : « oui »!"
    assert copy.normalize(text) == normalizer.normalize(text)
    assert copy.normalize(text) != textnorm.Normalizer(lang="fr").normalize(text)


def test_arguments_take_a_single_string_or_path(tmp_path):
    lexicon = tmp_path / "names.tsv"
    lexicon.write_text("Zelensky\tZelenskyy\n", encoding="utf-8")
    assert textnorm.Normalizer(lexicons=lexicon).normalize("Zelenskyy spoke") == "Zelensky spoke"
    assert textnorm.Normalizer(lexicons=[str(lexicon)]).normalize("Zelenskyy") == "Zelensky"


def test_non_str_input_is_a_type_error(normalizer):
    with pytest.raises(TypeError):
        normalizer.normalize(b"bytes")
    with pytest.raises(TypeError):
        normalizer.normalize_batch(["ok", 3])
    with pytest.raises(TypeError):
        textnorm.Normalizer(plugins=[1])


def test_one_normalizer_shared_by_python_threads(samples):
    from concurrent.futures import ThreadPoolExecutor
    normalizer = textnorm.Normalizer()
    texts = [text for _, text in samples] * 8
    serial = [normalizer.normalize(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(normalizer.normalize, texts)) == serial
        edited = list(pool.map(normalizer.normalize_with_edits, texts))
    assert [out for out, _ in edited] == serial
    assert all(apply_edits(t, edits) == out for t, (out, edits) in zip(texts, edited))
