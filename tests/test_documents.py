"""Reading input documents (text, files, lines, JSONL, stdin) and writing JSONL results."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from distillery.documents import Document, JsonlWriter, iter_documents, write_all
from distillery.errors import UserError


def docs(**kwargs) -> list[Document]:
    return list(iter_documents(**kwargs))


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_text_is_one_document():
    assert docs(text="Mario Rossi") == [Document("Mario Rossi")]


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_text_is_an_error(text):
    with pytest.raises(UserError, match="--text is empty"):
        iter_documents(text=text)


def test_plain_file_is_one_document_verbatim(tmp_path):
    content = "Riga uno\r\nRiga due\n\n  indentata\n"
    path = write(tmp_path, "doc.txt", content.encode())
    assert docs(input_path=path) == [Document(content)]


def test_byte_order_mark_is_dropped(tmp_path):
    path = write(tmp_path, "bom.txt", "\ufeffCiao".encode())
    assert docs(input_path=path)[0].text == "Ciao"
    path = write(tmp_path, "bom.jsonl", '\ufeff{"id": 1, "text": "x"}\n'.encode())
    assert docs(input_path=path) == [Document("x", 1, 1)]


def test_lines_mode_keeps_blank_lines_and_line_numbers(tmp_path):
    path = write(tmp_path, "lines.txt", "primo\n\n  \nsecondo\r\nterzo")
    assert docs(input_path=path, lines=True) == [
        Document("primo", None, 1),
        Document("", None, 2),  # a blank line is a record of its own
        Document("  ", None, 3),
        Document("secondo", None, 4),
        Document("terzo", None, 5),
    ]


def test_jsonl_ids_in_order(tmp_path):
    rows = [{"id": "b", "text": "due"}, {"id": 7, "text": "sette"}, {"text": "senza id"}, {"id": "a", "text": "uno"}]
    path = write(tmp_path, "in.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    got = docs(input_path=path)
    assert [(d.id, d.text) for d in got] == [("b", "due"), (7, "sette"), (None, "senza id"), ("a", "uno")]
    assert [d.line for d in got] == [1, 2, 3, 4]


@pytest.mark.parametrize("raw_id, expected", [(True, "true"), (1.5, "1.5"), ([1, 2], "[1, 2]"), ({"k": 1}, '{"k": 1}')])
def test_jsonl_unusual_ids_become_strings(tmp_path, raw_id, expected):
    path = write(tmp_path, "ids.jsonl", json.dumps({"id": raw_id, "text": "x"}) + "\n")
    assert docs(input_path=path)[0].id == expected


def test_jsonl_flag_reads_any_extension_and_ndjson_is_automatic(tmp_path):
    line = json.dumps({"id": 1, "text": "x"}) + "\n"
    assert docs(input_path=write(tmp_path, "in.txt", line), jsonl=True) == [Document("x", 1, 1)]
    assert docs(input_path=write(tmp_path, "in.ndjson", line)) == [Document("x", 1, 1)]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": 1}', 'bad.jsonl:2: expected an object with a string "text" field'),
        ('{"id": 1, "text": 5}', 'bad.jsonl:2: expected an object with a string "text" field'),
        ('["text"]', 'bad.jsonl:2: expected an object with a string "text" field'),
        ('{"id": 1, "text": "x"', "bad.jsonl:2: invalid JSON"),
    ],
)
def test_bad_jsonl_line_names_file_and_line(tmp_path, line, message):
    path = write(tmp_path, "bad.jsonl", '{"id": 0, "text": "ok"}\n' + line + "\n")
    it = iter_documents(input_path=path)
    assert next(it) == Document("ok", 0, 1)  # documents before the bad line are still produced
    with pytest.raises(UserError) as exc:
        next(it)
    assert message in str(exc.value)


def test_skip_bad_reports_and_continues(tmp_path):
    path = write(tmp_path, "mixed.jsonl", '{"id": 1, "text": "a"}\nnot json\n{"id": 3}\n{"id": 4, "text": "d"}\n')
    reported: list[str] = []
    got = docs(input_path=path, skip_bad=True, on_bad=reported.append)
    assert [d.id for d in got] == [1, 4]
    assert len(reported) == 2
    assert "mixed.jsonl:2" in reported[0] and "mixed.jsonl:3" in reported[1]


def test_skip_bad_with_only_bad_lines_yields_nothing(tmp_path):
    path = write(tmp_path, "allbad.jsonl", "nope\n{}\n")
    reported: list[str] = []
    assert docs(input_path=path, skip_bad=True, on_bad=reported.append) == []
    assert len(reported) == 2


def test_undecodable_bytes(tmp_path):
    path = write(tmp_path, "latin1.txt", "caffè".encode("latin-1"))
    with pytest.raises(UserError, match=r"latin1.txt: not valid UTF-8 \(byte 4\)"):
        docs(input_path=path)
    path = write(tmp_path, "latin1.jsonl", b'{"text": "ok"}\n{"text": "caff\xe8"}\n')
    with pytest.raises(UserError, match=r"latin1.jsonl:2: not valid UTF-8"):
        docs(input_path=path)


def test_missing_file_fails_at_call_time(tmp_path):
    # Before iteration: no output file gets opened for input that does not exist.
    with pytest.raises(UserError, match="input file not found"):
        iter_documents(input_path=str(tmp_path / "nope.txt"))
    with pytest.raises(UserError, match="not a file"):
        iter_documents(input_path=str(tmp_path))


@pytest.mark.parametrize("content, lines", [("", False), ("", True), ("  \n\n", False), ("\n\n\n", True)])
def test_empty_input_is_an_error(tmp_path, content, lines):
    path = write(tmp_path, "empty.txt", content)
    with pytest.raises(UserError, match="empty.txt: input is empty"):
        docs(input_path=path, lines=lines)
    with pytest.raises(UserError, match="input is empty"):
        docs(input_path=write(tmp_path, "empty.jsonl", content))


def test_stdin_whole_lines_and_jsonl():
    data = b"uno\ndue\n"
    assert docs(input_path="-", stdin=io.BytesIO(data)) == [Document("uno\ndue\n")]
    assert [d.text for d in docs(input_path=None, lines=True, stdin=io.BytesIO(data))] == ["uno", "due"]
    jl = b'{"id": "x", "text": "t"}\n'
    assert docs(input_path="-", jsonl=True, stdin=io.BytesIO(jl)) == [Document("t", "x", 1)]
    with pytest.raises(UserError, match="<stdin>: input is empty"):
        docs(stdin=io.BytesIO(b""))


def test_documents_are_read_lazily(tmp_path):
    class CountingStream(io.BytesIO):
        reads = 0

        def readline(self, *args):
            CountingStream.reads += 1
            return super().readline(*args)

        def __next__(self):
            CountingStream.reads += 1
            return super().__next__()

    stream = CountingStream(b"".join(b"line %d\n" % i for i in range(10_000)))
    it = iter_documents(lines=True, stdin=stream)
    assert next(it).text == "line 0"
    assert 1 <= CountingStream.reads < 10


def test_jsonl_writer_flushes_each_record(tmp_path):
    path = tmp_path / "sub" / "out.jsonl"
    with JsonlWriter(str(path)) as w:
        w.write({"a": "è"})
        # Visible on disk before close: a crash loses nothing already written.
        assert path.read_text(encoding="utf-8") == '{"a": "è"}\n'
        w.write_line('{"b": 2}')
    assert path.read_text(encoding="utf-8").splitlines() == ['{"a": "è"}', '{"b": 2}']
    with JsonlWriter(str(path), append=True) as w:
        w.write({"c": 3})
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3
    write_all(str(path), [{"x": 1}])
    assert path.read_text(encoding="utf-8") == '{"x": 1}\n'


def test_jsonl_writer_stdout(capsys):
    with JsonlWriter(None) as w:
        w.write({"ok": True})
    assert capsys.readouterr().out == '{"ok": true}\n'


def test_binary_input_is_refused(tmp_path):
    path = write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(UserError, match=r"image.png: binary data, not text \(a NUL byte at byte 8\)"):
        docs(input_path=path)
    path = write(tmp_path, "nul.txt", b"ciao\x00mondo")  # valid UTF-8, still not text
    with pytest.raises(UserError, match="binary data"):
        docs(input_path=path, lines=True)
