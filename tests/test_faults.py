"""A batch survives faults: killed runs, dead workers, a full disk, two runs at once, a new
password. Real processes are started and killed; every check reads what the tool wrote."""

import csv
import hashlib
import inspect
import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.errors import WrongPasswordError
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from consentpack import errors
from consentpack.batch import workers
from consentpack.batch.manifest import ManifestRow, read_manifest, write_manifest
from consentpack.files import folder_lock
from consentpack.pdf.print_file import write_print_file
from consentpack.pdf.pypdf_private import add_object
from helpers.cli import run
from helpers.library import REPO
from helpers.pdf import flat, page_texts
from helpers.theatre_lists import manifest_rows, patient_row, strip_of, write_list

# --- the exception family crosses process boundaries ---------------------------------------


EXAMPLES = {
    errors.ConsentPackError: ("row 3: could not be produced (KeyError); nothing was written",),
    errors.UsageError: ("packs/ is being written by another ConsentPack batch (process 1234)",),
    errors.ContentError: ("leaflets/x.yaml: review_due: is required",),
    errors.PatientError: ("Bad patient details",),
    errors.OutputError: ("Cannot write packs/x.pdf: Is a directory", "Is a directory"),
}


def test_every_error_survives_the_trip_back_from_a_worker():
    family = {cls for _, cls in inspect.getmembers(errors, inspect.isclass)
              if issubclass(cls, errors.ConsentPackError)}
    assert family == set(EXAMPLES), "give every class in consentpack/errors.py an example here"
    for cls, args in EXAMPLES.items():
        error = cls(*args)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is cls
        assert str(copy) == str(error)
        assert vars(copy) == vars(error)


def test_a_pack_that_cannot_be_written_fails_only_its_row_with_workers(tmp_path, library):
    rows = [patient_row(0), patient_row(1), patient_row(2), patient_row(3)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    (out / f"{rows[1]['nhs_number']}-jones-short-procedure.pdf").mkdir(parents=True)
    result = run("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "2")
    assert result.exit_code == 1
    assert "row 3: its pack could not be written (Is a directory)" in result.output
    assert "BrokenProcessPool" not in result.output
    assert "jones" not in result.output.lower()
    assert rows[1]["nhs_number"] not in result.output
    assert "Produced 3, unchanged 0, failed 1." in result.output
    assert {int(m["row"]): m["status"] for m in manifest_rows(out)} == {
        2: "produced", 3: "failed", 4: "produced", 5: "produced"}


# --- one identifier, two people ----------------------------------------------------------------


def test_an_identifier_conflict_is_found_even_when_a_row_has_another_problem(tmp_path, library):
    shared = patient_row(0)["nhs_number"]
    spaced = f"{shared[:3]} {shared[3:6]}-{shared[6:]}"
    rows = [
        patient_row(0, hospital_number="rx1"),
        patient_row(2, nhs_number=spaced, date_of_birth="31/02/1980"),  # also a bad date
        patient_row(4, nhs_number="", hospital_number="RX1", consultant=""),  # also no consultant
        patient_row(6),
        {**patient_row(0), "family_name": "SMITH", "date_of_birth": "15/01/1950", "side": "right"},
    ]
    result = run("batch", write_list(tmp_path / "list.csv", rows), "--check", "--library", library)
    assert result.exit_code == 1
    nhs = "nhs_number: rows 2, 3 and 6 give it to different people; check which is right"
    hospital = "hospital_number: rows 2 and 4 give it to different people; check which is right"
    for expected in [
        f"row 2: {nhs}", f"row 2: {hospital}",
        "row 3: date_of_birth: is not a real date; write it as YYYY-MM-DD or DD/MM/YYYY", f"row 3: {nhs}",
        "row 4: consultant: is required", f"row 4: {hospital}",
        f"row 6: {nhs}",
    ]:
        assert expected in result.output
    assert "row 5:" not in result.output
    assert shared not in result.output
    assert "RX1" not in result.output.upper().replace("ROWS", "")
    assert "Checked 5 rows: 4 with problems." in result.output

# --- the manifest keeps naming every file -----------------------------------------------------


def test_manifest_reads_back_exactly_what_it_wrote(tmp_path):
    names = ["-2.pdf", "=x.pdf", "+x.pdf", "@x.pdf", "'-x.pdf", "''x.pdf", "plain.pdf"]
    write_manifest(tmp_path, [ManifestRow(row=n, status="produced", output=name, message=f"-{name}")
                              for n, name in enumerate(names, start=2)])
    back = read_manifest(tmp_path)[0]
    assert sorted(back) == sorted(names)
    assert all(row.message == f"-{name}" for name, row in back.items())
    cells = [m["output"] for m in manifest_rows(tmp_path)]
    assert cells[:5] == ["'-2.pdf", "'=x.pdf", "'+x.pdf", "'@x.pdf", "''-x.pdf"]


def test_a_name_template_starting_with_a_hyphen_names_files_as_a_person_reads_them(tmp_path, library):
    listing = write_list(tmp_path / "list.csv", [patient_row(0), patient_row(1)])
    out = tmp_path / "out"
    batch = ("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "1", "--name-template=-{row}")
    assert "Produced 2, unchanged 0" in run(*batch).output
    assert sorted(p.name for p in out.glob("*.pdf")) == ["2.pdf", "3.pdf"]
    assert [m["output"] for m in manifest_rows(out)] == ["2.pdf", "3.pdf"]
    again = run(*batch)
    assert "Produced 0, unchanged 2, failed 0." in again.output


# --- a new password, the print file ---------------------------------------------------------


@pytest.mark.slow
def test_a_new_password_or_archive_setting_makes_every_pack_again(tmp_path, library):
    rows = [patient_row(0), patient_row(1)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("correct horse battery\n")
    new.write_text("staple in the margin\n")
    batch = ("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "1")
    assert "Produced 2, unchanged 0" in run(*batch, "--password-file", old).output
    first = {m["output"]: (out / m["output"]).read_bytes() for m in manifest_rows(out)}
    assert "Produced 0, unchanged 2" in run(*batch, "--password-file", old).output
    assert "correct horse" not in (out / "manifest.csv").read_text()

    changed = run(*batch, "--password-file", new, "--print-file", out / "print.pdf")
    assert changed.exit_code == 0, changed.output
    assert "Produced 2, unchanged 0, failed 0." in changed.output
    for record in manifest_rows(out):
        with pytest.raises(WrongPasswordError):
            PdfReader(out / record["output"], password="correct horse battery")
        cover = page_texts(out / record["output"], password="staple in the margin")[0]
        assert strip_of(rows[int(record["row"]) - 2]) in flat(cover)
    assert PdfReader(out / "print.pdf", password="staple in the margin").pages
    check = subprocess.run(["qpdf", "--check", f"--password-file={new}", out / "print.pdf"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert "R = 6" in check.stdout, check.stdout

    # A pack the manifest vouches for but encrypted with the old password (as an earlier
    # version of ConsentPack left them) is named, and the print file is made without it.
    name = manifest_rows(out)[1]["output"]
    (out / name).write_bytes(first[name])
    records = read_manifest(out)[0]
    write_manifest(out, [ManifestRow(**{**vars(r), "pdf_sha256": hashlib.sha256(first[name]).hexdigest()})
                         if r.output == name else r for r in records.values()])
    printed = run(*batch, "--password-file", new, "--print-file", out / "print.pdf")
    assert printed.exit_code == 1
    assert ("list.csv row 3: its pack could not be added to the print file "
            "(it is encrypted with another password)") in printed.output
    assert "Traceback" not in printed.output
    texts = page_texts(out / "print.pdf", password="staple in the margin")
    assert all(strip_of(rows[0]) in flat(text) for text in texts if text)

    plain = run(*batch)
    assert "Produced 2, unchanged 0" in plain.output
    archived = run(*batch, "--archive")
    assert "Produced 2, unchanged 0" in archived.output


def test_a_pack_damaged_inside_is_left_out_of_the_print_file_whole(tmp_path, library):
    rows = [patient_row(0), patient_row(1), patient_row(2)]
    out = tmp_path / "out"
    assert run("batch", write_list(tmp_path / "list.csv", rows), "-o", out, "-q", "--library", library).exit_code == 0
    packs = [out / m["output"] for m in manifest_rows(out)]
    # The middle pack opens, but its last page draws a form that draws itself.
    damaged = PdfWriter(clone_from=packs[1])
    form = DecodedStreamObject()
    loop = add_object(damaged, form)
    form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/Resources"): DictionaryObject({NameObject("/XObject"): DictionaryObject(
                     {NameObject("/Loop"): loop})})})
    damaged.pages[-1]["/Resources"]["/XObject"][NameObject("/Loop")] = loop
    damaged.write(packs[1])

    result = write_print_file([("A", packs[0]), ("B", packs[1]), ("C", packs[2])], tmp_path / "print.pdf")
    assert result.left_out == {1: "it is not a readable PDF: ValueError"}
    alone = write_print_file([("A", packs[0]), ("C", packs[2])], tmp_path / "alone.pdf")
    assert result.pages == alone.pages
    written, expected = PdfReader(tmp_path / "print.pdf"), PdfReader(tmp_path / "alone.pdf")
    assert written.trailer["/Size"] == expected.trailer["/Size"], "nothing of the damaged pack is kept"
    assert page_texts(tmp_path / "print.pdf") == page_texts(tmp_path / "alone.pdf")
    assert subprocess.run(["qpdf", "--check", tmp_path / "print.pdf"], capture_output=True).returncode == 0


# --- real processes ----------------------------------------------------------------------


CONSENTPACK = Path(sys.executable).with_name("consentpack")


def consentpack(*args) -> subprocess.Popen:
    """The installed command in a process (and process group) of its own, as a clinic runs it."""
    return subprocess.Popen([str(CONSENTPACK), *map(str, args)], cwd=REPO, text=True, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_a_batch_leaves_nothing_in_the_temporary_folder(tmp_path, library):
    """WeasyPrint copies the fonts into a temporary folder per process; workers end with
    os._exit, which would leave each one's folder behind on every run."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    listing = write_list(tmp_path / "list.csv", [patient_row(0), patient_row(1), patient_row(2)])
    for jobs in ("1", "2"):
        made = subprocess.run([str(CONSENTPACK), "batch", listing, "-o", tmp_path / f"out-{jobs}", "-q",
                               "--library", library, "--jobs", jobs],
                              env={**os.environ, "TMPDIR": str(temporary)}, capture_output=True, text=True)
        assert made.returncode == 0, made.stdout + made.stderr
        assert "Produced 3" in made.stdout + made.stderr
        assert sorted(path.name for path in temporary.iterdir()) == [], f"--jobs {jobs}"


def wait_for(condition, seconds=30.0, what="the condition"):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def processes_mentioning(text: str) -> list[int]:
    """Processes whose command line mentions `text`: a batch and its forked workers."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue  # it ended while we looked
    return found


def alive(pids: list[int]) -> list[int]:
    """Those with a thread still running. A process holds its files until its last thread ends,
    and its first thread shows as a zombie before that."""
    running = []
    for pid in pids:
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state not in ("Z", "X"):
                running.append(pid)
                break
    return running


def produced(out: Path) -> list[dict]:
    try:
        return [m for m in manifest_rows(out) if m["status"] == "produced"]
    except (FileNotFoundError, KeyError, csv.Error):
        return []


def assert_whole_and_named(out: Path, rows: list[dict], records: list[dict]) -> None:
    """Every recorded pack is on disk as recorded, and each of its pages names its own patient."""
    for record in records:
        row = rows[int(record["row"]) - 2]
        pdf = out / record["output"]
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == record["pdf_sha256"]
        for text in page_texts(pdf):
            assert strip_of(row) in flat(text)


def no_part_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.fixture
def long_list(tmp_path, library):
    """A list that takes a few seconds at --jobs 2, so a run can be stopped part way. Whatever
    a failed test leaves running on it is stopped afterwards."""
    rows = [patient_row(n) for n in range(18)]
    out = tmp_path / "out"
    yield rows, write_list(tmp_path / "list.csv", rows), out
    for pid in alive(processes_mentioning(str(out))):
        os.kill(pid, signal.SIGKILL)


_make_job = workers.make_job


def _dies_making_row_4(builder, job):
    """A pack that kills the process making it, as a crash inside a library would."""
    if job.row == 4:
        os.kill(os.getpid(), signal.SIGKILL)
    return _make_job(builder, job)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the workers must be forked from this process to inherit the fault")
def test_a_worker_that_dies_costs_only_the_pack_it_was_making(tmp_path, library, monkeypatch):
    monkeypatch.setattr(workers, "make_job", _dies_making_row_4)  # forked workers inherit it
    rows = [patient_row(n) for n in range(7)]
    listing = write_list(tmp_path / "list.csv", rows)
    out = tmp_path / "out"
    result = run("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "2")
    assert result.exit_code == 1
    assert ("row 4: could not be produced: the worker process making it stopped unexpectedly, "
            "twice; nothing was written") in result.output
    assert "Produced 6, unchanged 0, failed 1." in result.output
    statuses = {int(m["row"]): m["status"] for m in manifest_rows(out)}
    assert statuses == {**{n: "produced" for n in range(2, 9)}, 4: "failed"}
    assert_whole_and_named(out, rows, produced(out)[:2])
    assert no_part_files(out)


# --- killed, stopped and concurrent runs ------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds processes through /proc")
def test_a_killed_batch_leaves_no_workers_and_a_rerun_makes_only_the_rest(long_list, library):
    rows, listing, out = long_list
    batch = consentpack("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "2")
    wait_for(lambda: produced(out), what="the manifest to record a pack")
    started = processes_mentioning(str(out))
    assert len(started) == 3, "the batch and its two workers should be running"
    batch.kill()
    batch.wait()
    recorded = produced(out)
    assert 0 < len(recorded) < len(rows), "killed part way"
    wait_for(lambda: not alive(started), seconds=5, what="the workers to exit")
    assert not alive(processes_mentioning(str(out)))
    assert (out / ".consentpack.lock").read_text().strip() == str(batch.pid)

    (out / ".9999999999-smith-x.pdf.a1b2c3d4.part").write_bytes(b"%PDF-half")  # as a killed write leaves
    again = run("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "2")
    assert again.exit_code == 0, again.output
    assert "warning: removed" in again.output
    assert "left by an interrupted run" in again.output
    summary = f"Produced {len(rows) - len(recorded)}, unchanged {len(recorded)}, failed 0."
    assert summary in again.output
    assert no_part_files(out)
    assert not (out / ".consentpack.lock").exists()
    records = manifest_rows(out)
    assert [int(m["row"]) for m in records] == list(range(2, len(rows) + 2))
    assert_whole_and_named(out, rows, records)


def ctrl_c(batch: subprocess.Popen) -> None:
    """What a terminal does: SIGINT to every process of the foreground group."""
    os.killpg(batch.pid, signal.SIGINT)


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds processes through /proc")
@pytest.mark.parametrize("stop", [lambda batch: batch.send_signal(signal.SIGTERM), ctrl_c],
                         ids=["sigterm", "ctrl-c"])
def test_a_stopped_batch_shuts_down_cleanly_and_a_second_run_meanwhile_is_refused(long_list, library, stop):
    rows, listing, out = long_list
    batch = consentpack("batch", listing, "-o", out, "-q", "--library", library, "--jobs", "2")
    wait_for(lambda: list(out.glob("*.pdf")), what="the first pack")
    started = processes_mentioning(str(out))
    assert len(started) == 3, "the batch and its two workers should be running"
    second = run("batch", listing, "-o", out, "-q", "--library", library)
    assert second.exit_code == 2
    assert (f"{out}/ is being written by another ConsentPack batch (process {batch.pid}); "
            "wait for it to finish") in second.output
    stop(batch)
    output, _ = batch.communicate(timeout=20)
    assert batch.returncode == 1, output
    assert "Stopped before the end:" in output
    assert "Run the same command again to make the rest." in output
    assert "Traceback" not in output
    wait_for(lambda: not alive(started), seconds=5, what="the workers to exit")
    recorded = produced(out)
    assert 0 < len(recorded) < len(rows)
    assert {m["output"] for m in recorded} == {p.name for p in out.glob("*.pdf")}
    assert_whole_and_named(out, rows, recorded[:2])
    assert no_part_files(out)
    assert not (out / ".consentpack.lock").exists()


def test_unfinished_files_of_a_killed_run_are_removed_and_counted(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    leftovers = [".9434765919-smith-x.pdf.ab12_xyz.part", ".print.pdf.0123abcd.part",
                 ".manifest.csv.zz9_8y7x.part"]
    kept = [".notes.txt.ab12cdef.part", "keep.part", ".x.pdf.part", ".x.pdf.ABCDEFGH.part", "x.pdf"]
    for name in leftovers + kept:
        (out / name).write_bytes(b"")
    (tmp_path / "list.csv").write_text(",".join(["family_name", "given_name", "date_of_birth", "nhs_number",
                                                 "procedure", "consultant"]) + "\n")
    result = run("batch", tmp_path / "list.csv", "-o", out, "-q")
    assert result.exit_code == 0, result.output
    assert "warning: removed 3 unfinished files left by an interrupted run" in result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(kept + ["manifest.csv"])


def test_a_system_without_file_locks_gets_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(folder_lock, "fcntl", None)  # as on Windows
    (tmp_path / "list.csv").write_text("family_name,given_name,date_of_birth,nhs_number,procedure,consultant\n")
    result = run("batch", tmp_path / "list.csv", "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0, result.output
    assert (f"warning: this system cannot lock {tmp_path / 'out'}/: make sure no other ConsentPack batch "
            "writes to it at the same time") in result.output


# --- a full disk ----------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 600 KB file system: room for about three packs."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"mounting a small tmpfs is not permitted here: {mounted.stderr.strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_full_disk_fails_the_packs_that_do_not_fit_and_leaves_nothing_half_written(
        tmp_path, library, small_disk):
    rows = [patient_row(n) for n in range(8)]
    listing = write_list(tmp_path / "list.csv", rows)
    result = run("batch", listing, "-o", small_disk, "-q", "--library", library, "--jobs", "2")
    assert result.exit_code == 1
    assert "its pack could not be written (No space left on device)" in result.output
    assert "Traceback" not in result.output
    assert "smith" not in result.output.lower()
    pdfs = list(small_disk.glob("*.pdf"))
    assert 0 < len(pdfs) < len(rows)
    for pdf in pdfs:
        assert len(PdfReader(pdf).pages) > 1
    assert no_part_files(small_disk)
    if (small_disk / "manifest.csv").exists():
        assert {m["output"] for m in produced(small_disk)} == {p.name for p in pdfs}
    else:
        assert "manifest.csv: No space left on device; the next run makes again every pack it does not list" \
            in result.output


def test_a_print_file_that_does_not_fit_is_a_message_and_leaves_nothing(tmp_path, library, small_disk):
    rows = [patient_row(n) for n in range(4)]
    out = tmp_path / "out"
    (small_disk / "filler").write_bytes(bytes(450_000))
    result = run("batch", write_list(tmp_path / "list.csv", rows), "-o", out, "-q", "--library", library,
                 "--print-file", small_disk / "print.pdf")
    assert result.exit_code == 1
    assert f"Cannot write {small_disk / 'print.pdf'}: No space left on device" in result.output
    assert [p.name for p in small_disk.iterdir()] == ["filler"]
    assert len(produced(out)) == 4
    assert "Traceback" not in result.output
