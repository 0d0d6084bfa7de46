"""The command line as people use it: help with examples, the list, and `python generate.py`."""

import re
import subprocess
import sys

import pytest

from helpers.cli import run
from helpers.library import REPO
from helpers.pdf import page_texts


@pytest.mark.parametrize("command", ["generate", "list"])
def test_help_shows_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"consentpack {command}" in result.output


def test_list_shows_id_title_version_review_date_and_languages():
    result = run("list")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "ID                       TITLE                    VERSION  REVIEW DUE  LANGUAGES",
        "sacroiliac-joint-fusion  Sacroiliac joint fusion  1.1      2029-12-03  en, bn draft, cy draft, pl draft, ur draft",
    ]


def test_python_generate_py_makes_the_readme_example_pack(tmp_path):
    output = tmp_path / "jane-smith.pdf"
    completed = subprocess.run(
        [sys.executable, "generate.py", "generate", "sacroiliac-joint-fusion",
         "--patient", "tests/data/jane-smith.yaml", "-o", str(output)],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(f"Wrote {output} (")
    assert "SMITH, Jane" in page_texts(output)[-1]


@pytest.mark.slow
def test_the_benchmark_script_still_runs(tmp_path):
    """Not a timing test: only that benchmarks/batch.py works, so its README table can be remade."""
    completed = subprocess.run(
        [sys.executable, "benchmarks/batch.py", "--patients", "2", "--naive-sample", "1",
         "--memory-sizes", "2", "--jobs", "1", "--peer-documents", "0", "--rounds", "1"],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "CPU per pack, (a) over (b) at --jobs 1:" in completed.stdout
    assert "Throughput, (b) at --jobs 1 over (a):" in completed.stdout
    assert "| 2 | packs and print file |" in completed.stdout


def test_the_filing_benchmark_still_runs():
    """Not a timing test: only that benchmarks/file.py works, so its README table can be remade."""
    completed = subprocess.run([sys.executable, "benchmarks/file.py", "--pages", "6", "--runs", "1", "--jobs", "1"],
                               cwd=REPO, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    assert "| 6 | 1 (" in completed.stdout


def test_the_import_accuracy_benchmark_still_runs():
    """Not a score to hold the importer to: only that benchmarks/import_accuracy.py builds one
    set's leaflets in all three formats and measures them, so its README table can be remade."""
    completed = subprocess.run([sys.executable, "benchmarks/import_accuracy.py", "--set", "1"],
                               cwd=REPO, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    rows = {line.split()[0]: line for line in completed.stdout.splitlines()
            if line.split()[:1] in (["html"], ["docx"], ["pdf"], ["overall"])}
    assert list(rows) == ["html", "docx", "pdf", "overall"]
    assert "IMPORT FAILED" not in completed.stdout
    assert re.search(r"\b0 of \d+\b", rows["overall"]), rows["overall"]  # no figure invented


def test_the_desk_benchmark_still_runs():
    """Not a timing test: only that benchmarks/desk.py works, so its README table can be remade."""
    completed = subprocess.run([sys.executable, "benchmarks/desk.py", "--packs", "1"],
                               cwd=REPO, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    header, rule, *rows, _, target = completed.stdout.splitlines()
    assert (header, rule) == ("| door | packs | median | slowest |", "| --- | ---: | ---: | ---: |")
    doors = []
    for row in rows:
        timed = re.fullmatch(r"\| (.+) \| 1 \| (\d+\.\d{3}) s \| (\d+\.\d{3}) s \|", row)
        assert timed, row
        doors.append(timed.group(1))
        median, slowest = map(float, timed.groups()[1:])
        assert 0 < median == slowest, "one pack: its time is both the median and the slowest"
    assert doors == ["one-patient page", "`POST /api/packs`"]
    assert target.startswith("Target:")


def test_python_m_consentpack_is_the_command():
    completed = subprocess.run([sys.executable, "-m", "consentpack", "--help"], cwd=REPO,
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("Usage: consentpack [OPTIONS] COMMAND [ARGS]...")


def test_generate_help_asks_for_the_patient_in_the_order_of_a_form():
    options = [line.split()[0] for line in run("generate", "--help").output.splitlines()
               if line.startswith("  --")]
    assert options[:11] == ["--patient", "--family-name", "--given-name", "--date-of-birth", "--nhs-number",
                            "--hospital-number", "--side", "--procedure-date", "--consultant", "--notes",
                            "--risk"]


@pytest.mark.parametrize("args", [["--help"], ["list"], ["check"], ["generate", "--help"],
                                  ["new", "knee-thing", "--library", "{tmp}"]])
def test_commands_that_make_no_pdf_load_no_pdf_library(tmp_path, args):
    """They start fast: WeasyPrint and pypdf take most of a second to import."""
    script = ("import sys\nfrom consentpack.cli import cli\n"
              "try:\n    cli.main(sys.argv[1:], prog_name='consentpack')\nexcept SystemExit:\n    pass\n"
              "print('LOADED', sorted(m for m in ('weasyprint', 'pypdf') if m in sys.modules))")
    completed = subprocess.run([sys.executable, "-c", script, *(a.format(tmp=tmp_path) for a in args)],
                               cwd=REPO, capture_output=True, text=True, check=False)
    assert completed.stdout.splitlines()[-1] == "LOADED []", completed.stdout + completed.stderr


@pytest.mark.slow
def test_the_warm_pack_benchmark_still_runs():
    """Not a timing test: only that benchmarks/warm_pack.py works, so its README table can be remade."""
    completed = subprocess.run([sys.executable, "benchmarks/warm_pack.py", "--packs", "1", "--kind", "English",
                                "--kind", "English, large print"],
                               cwd=REPO, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    header, rule, *rows = completed.stdout.splitlines()
    assert (header, rule) == (
        "| pack | packs | CPU ms per pack | of which WeasyPrint, the patient's own pages | the rest |",
        "| --- | ---: | ---: | ---: | ---: |")
    kinds = [re.fullmatch(r"\| (.+) \| 1 \| ([1-9][0-9]*) \| ([1-9][0-9]*) \([0-9]+%\) \| ([0-9]+) \|", row)
             for row in rows]
    assert all(kinds), rows
    assert [kind.group(1) for kind in kinds] == ["English", "English, large print"]
    for kind in kinds:  # WeasyPrint's share was counted, and is a part of the whole
        total, weasyprint, rest = (int(kind.group(n)) for n in (2, 3, 4))
        assert weasyprint < total, kind.group(0)
        assert abs(weasyprint + rest - total) <= 1, kind.group(0)
