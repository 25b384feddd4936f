"""`sheltercheck export` and `sheltercheck import` through cli.main, on real database files: exit codes,
one-line messages in the user's language, and a database left exactly as it was by every refusal."""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

import pytest

from sheltercheck.cli import main
from sheltercheck.exchange.package import read_file
from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
from sheltercheck.store.db import open_database
from tests.exchange.helpers import HOSTILE, PASSWORD, dump_tables

LAO = re.compile(r"[\u0e80-\u0eff]")
NAMESPACE = uuid.UUID("5b1f2c1e-8c7d-4f25-9d2a-0c3e5a7d9b11")  # services.demo's
FIRST, SECOND = uuid.uuid5(NAMESPACE, "round/1"), uuid.uuid5(NAMESPACE, "round/2")


class Terminal(io.StringIO):
    """Typed answers, on what looks like a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # as under a script or a scheduler


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-demo") / "demo.sqlite3"
    db = open_database(path)
    try:
        create_demo(db)
    finally:
        db.dispose()
    return path


@pytest.fixture(scope="module")
def demo_file(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli-files") / "demo.shelterchk"
    assert main(["--db", str(demo_db), "export", "--shelter", str(DEMO_SHELTER_ID), "--out", str(out)]) == 0
    return out


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    path = tmp_path / "facilitator.sqlite3"
    open_database(path).dispose()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def password_file(tmp_path: Path, text: str = PASSWORD) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_export_all_then_import_with_yes(
    capsys: pytest.CaptureFixture[str], demo_db: Path, fresh_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.shelterchk"
    code, stdout, stderr = run(
        capsys, "--lang", "en", "--db", str(demo_db), "export", "--all", "--out", str(out)
    )
    assert (
        code == 0
        and stderr == ""
        and str(out) in stdout
        and "1 shelter(s) with 2 assessment round(s)" in stdout
    )
    code, stdout, stderr = run(capsys, "--lang", "en", "--db", str(fresh_db), "import", str(out), "--yes")
    assert code == 0, stderr
    assert "New shelter" in stdout and "1 new shelter(s)" in stdout and "backed up" in stdout
    source, copy = dump_tables(demo_db), dump_tables(fresh_db)
    assert copy["responses"] == source["responses"] and copy["action_items"] == source["action_items"]
    code, stdout, _ = run(capsys, "--lang", "en", "--db", str(fresh_db), "import", str(out), "--yes")
    assert code == 0 and "Nothing to import" in stdout


def test_import_without_yes_and_without_a_terminal_previews_and_refuses(
    capsys: pytest.CaptureFixture[str], demo_file: Path, fresh_db: Path
) -> None:
    before = dump_tables(fresh_db)
    code, stdout, stderr = run(capsys, "--lang", "en", "--db", str(fresh_db), "import", str(demo_file))
    assert code == 1
    assert "New shelter" in stdout and "Assessment of 12 June 2025: new" in stdout
    assert len(stderr.strip().splitlines()) == 1 and "--yes" in stderr
    assert dump_tables(fresh_db) == before
    assert not (fresh_db.parent / "backups").exists()


def test_import_on_a_terminal_asks_for_each_conflict(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_db: Path,
    demo_file: Path,
    tmp_path: Path,
) -> None:
    mine = tmp_path / "mine.sqlite3"
    mine.write_bytes(demo_db.read_bytes())
    db = open_database(mine)  # this computer's copy of the first round differs in one answer
    try:
        from sqlalchemy import select

        from sheltercheck.store.models import Response

        with db.transaction() as session:
            response = session.scalars(
                select(Response).where(Response.round_id == FIRST, Response.answer == "rated")
            ).first()
            assert response is not None
            response.rating = 3 if response.rating != 3 else 0
    finally:
        db.dispose()
    monkeypatch.setattr("sys.stdin", Terminal("2\ny\n"))  # replace, then yes
    code, stdout, _stderr = run(capsys, "--lang", "en", "--db", str(mine), "import", str(demo_file))
    assert code == 0
    assert "1 replaced" in stdout
    assert dump_tables(mine)["responses"] == dump_tables(demo_db)["responses"]


def test_import_on_a_terminal_can_be_declined(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_file: Path, fresh_db: Path
) -> None:
    before = dump_tables(fresh_db)
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, stdout, _stderr = run(capsys, "--lang", "en", "--db", str(fresh_db), "import", str(demo_file))
    assert code == 1 and "Nothing was imported" in stdout
    assert dump_tables(fresh_db) == before


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_every_hostile_file_gives_one_line_in_lao_and_leaves_the_database_as_it_was(
    case: str, capsys: pytest.CaptureFixture[str], demo_file: Path, demo_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "target.sqlite3"
    target.write_bytes(demo_db.read_bytes())  # a database with data in it
    before = dump_tables(target)
    make, _expected = HOSTILE[case]
    hostile = tmp_path / "hostile.shelterchk"
    hostile.write_bytes(make(read_plain(demo_file)))
    secret = password_file(tmp_path)
    code, stdout, stderr = run(
        capsys,
        "--lang",
        "lo",
        "--db",
        str(target),
        "import",
        str(hostile),
        "--password-file",
        str(secret),
        "--yes",
    )
    assert code == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sheltercheck: ") and LAO.search(lines[0]), stderr
    assert "Traceback" not in stderr and stdout == ""
    assert dump_tables(target) == before
    assert not (tmp_path / "backups").exists()


def read_plain(path: Path) -> bytes:
    return path.read_bytes()


def test_password_protected_export_and_import(
    capsys: pytest.CaptureFixture[str], demo_db: Path, fresh_db: Path, tmp_path: Path
) -> None:
    out, secret = tmp_path / "p.shelterchk", password_file(tmp_path, "ລະຫັດລັບ")
    code, stdout, _ = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(demo_db),
        "export",
        "--all",
        "--out",
        str(out),
        "--password-file",
        str(secret),
    )
    assert code == 0 and "password" in stdout
    before = dump_tables(fresh_db)
    code, _, stderr = run(capsys, "--lang", "en", "--db", str(fresh_db), "import", str(out), "--yes")
    assert code == 1 and "protected by a password" in stderr and len(stderr.strip().splitlines()) == 1
    code, _, stderr = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(fresh_db),
        "import",
        str(out),
        "--yes",
        "--password-file",
        str(password_file(tmp_path, "wrong")),
    )
    assert code == 1 and "password" in stderr
    assert dump_tables(fresh_db) == before
    code, stdout, stderr = run(
        capsys,
        "--db",
        str(fresh_db),
        "import",
        str(out),
        "--yes",
        "--password-file",
        str(password_file(tmp_path, "ລະຫັດລັບ")),
    )
    assert code == 0, stderr


def test_redacted_export(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.shelterchk"
    code, stdout, _ = run(
        capsys,
        "--lang",
        "en",
        "--db",
        str(demo_db),
        "export",
        "--all",
        "--out",
        str(out),
        "--redact",
        "--neutral-names",
    )
    assert code == 0 and "left out" in stdout and "neutral labels" in stdout
    package = read_file(out)
    assert package.manifest.redacted and package.manifest.neutral_names
    assert package.data.shelters[0].rounds[0].participants == ""
    assert package.data.shelters[0].name.startswith("Shelter ")


@pytest.mark.parametrize(
    "args, words",
    [
        (("export", "--shelter", "not-an-id", "--out", "x.shelterchk"), "not an ID"),
        (("export", "--shelter", str(uuid.UUID(int=1)), "--out", "x.shelterchk"), "no shelter"),
        (("export", "--all", "--round", str(FIRST), "--out", "x.shelterchk"), "--round goes with --shelter"),
        (
            (
                "export",
                "--shelter",
                str(DEMO_SHELTER_ID),
                "--round",
                str(uuid.UUID(int=2)),
                "--out",
                "x.shelterchk",
            ),
            "not one of",
        ),
        (("export", "--all", "--out", "x.zip"), ".shelterchk"),
        (("import", "nowhere.shelterchk", "--yes"), "cannot be read"),
    ],
)
def test_refused_arguments_give_one_line_and_exit_1(
    args: tuple[str, ...],
    words: str,
    capsys: pytest.CaptureFixture[str],
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    before = dump_tables(demo_db)
    code, stdout, stderr = run(capsys, "--lang", "en", "--db", str(demo_db), *args)
    assert code == 1 and stdout == ""
    assert len(stderr.strip().splitlines()) == 1 and words in stderr
    assert not list(tmp_path.glob("x.*"))
    assert dump_tables(demo_db) == before


def test_password_file_problems(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.shelterchk"
    empty = tmp_path / "empty.txt"
    empty.write_text("\nsecond line\n", encoding="utf-8")
    code, _, stderr = run(
        capsys,
        "--lang",
        "lo",
        "--db",
        str(demo_db),
        "export",
        "--all",
        "--out",
        str(out),
        "--password-file",
        str(empty),
    )
    assert code == 1 and LAO.search(stderr) and len(stderr.strip().splitlines()) == 1
    code, _, stderr = run(
        capsys,
        "--db",
        str(demo_db),
        "export",
        "--all",
        "--out",
        str(out),
        "--password-file",
        str(tmp_path / "none.txt"),
    )
    assert code == 1 and len(stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_a_password_file_keeps_spaces_but_not_the_line_ending(tmp_path: Path) -> None:
    from sheltercheck.commands.exchange_cmd import read_password

    path = tmp_path / "pw.txt"
    path.write_bytes("\ufeff ລະຫັດ 1 \r\nignored\n".encode())
    assert read_password(path) == " ລະຫັດ 1 "


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--out", "x.shelterchk"),
        ("export", "--all"),
        ("import",),
        ("export", "--all", "--shelter", "x", "--out", "y"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    assert exited.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["export", "import"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0 and "--password-file" in capsys.readouterr().out


def test_refusals_found_while_previewing_leave_the_database_as_it_was(
    capsys: pytest.CaptureFixture[str], demo_db: Path, fresh_db: Path, tmp_path: Path
) -> None:
    """A catalogue missing here and from the file, and an answer to an indicator the catalogue lacks."""
    import dataclasses
    import datetime as dt

    from sheltercheck.catalogue.loader import bundled_catalogue
    from sheltercheck.services import rounds
    from tests.exchange.helpers import repack, with_data

    source = tmp_path / "source.sqlite3"
    source.write_bytes(demo_db.read_bytes())
    db = open_database(source)
    try:
        national = dataclasses.replace(bundled_catalogue(), version="9.9.9")
        rounds.start_round(db, DEMO_SHELTER_ID, dt.date(2026, 9, 1), "", national)
    finally:
        db.dispose()
    exported = tmp_path / "national.shelterchk"
    assert main(["--db", str(source), "export", "--all", "--out", str(exported)]) == 0
    member = "catalogues/sheltercheck-core@9.9.9.json"

    def leave_out(document: dict[str, object]) -> None:
        for entry in document["catalogues"]:  # type: ignore[attr-defined]
            entry["included"] = entry["key"] != "sheltercheck-core@9.9.9"
        del document["members"][member]  # type: ignore[attr-defined]

    raw = exported.read_bytes()
    cases = {
        "sheltercheck-core@9.9.9": repack(raw, manifest=leave_out, drop=(member,)),
        "ZZZ-99": with_data(
            raw, lambda d: d["shelters"][0]["rounds"][0]["responses"][0].update(indicator_code="ZZZ-99")
        ),
    }
    before = dump_tables(fresh_db)
    for words, content in cases.items():
        capsys.readouterr()
        hostile = tmp_path / "refused.shelterchk"
        hostile.write_bytes(content)
        code, stdout, stderr = run(
            capsys, "--lang", "lo", "--db", str(fresh_db), "import", str(hostile), "--yes"
        )
        assert code == 1 and stdout == ""
        assert len(stderr.strip().splitlines()) == 1 and words in stderr and LAO.search(stderr)
        assert dump_tables(fresh_db) == before
