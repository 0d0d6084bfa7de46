"""The wheel works installed, away from the checkout: the built-in library ships in it, and
the commands that need more than it (filing scans) find their dependencies.

One slow test (about a minute): it builds the wheel from a copy of the working tree, installs
it with its dependencies from the package index (pip's cache makes that quicker) into a fresh
virtual environment outside the checkout, and runs the installed `consentpack` from another
folder.
"""

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from helpers.library import PROCEDURE, REPO
from helpers.pdf import page_texts

pytestmark = [pytest.mark.slow, pytest.mark.network]  # pip installs the dependencies from the package index

# What a build or a run leaves in a working tree; a clean clone has none of it.
NOT_IN_A_CLONE = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                        ".pytest_cache", "packs", "node_modules")

PATIENT = """\
family_name: Okafor
given_name: Adaeze
date_of_birth: 1958-10-02
hospital_number: H998877
side: right
consultant: Mr B Osei
"""


def test_the_installed_wheel_lists_generates_files_and_writes_new_leaflets_outside_the_package(tmp_path):
    # Only what pip needs from this environment: no PYTHONPATH or virtual environment of ours.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}

    def run(*command, cwd=tmp_path, timeout=120):
        completed = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                                   text=True, timeout=timeout, check=False)
        assert completed.returncode == 0, f"{command}\n{completed.stdout}\n{completed.stderr}"
        return completed.stdout

    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=NOT_IN_A_CLONE)
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp_path / "wheels", source,
        timeout=300)
    [wheel] = (tmp_path / "wheels").glob("consentpack-*.whl")

    names = set(zipfile.ZipFile(wheel).namelist())
    library = {f"consentpack/builtin/{path.relative_to(REPO).as_posix()}"
               for folder in ("leaflets", "templates", "styles") for path in (REPO / folder).rglob("*")
               if path.is_file()}
    assert f"consentpack/builtin/leaflets/{PROCEDURE}.yaml" in library
    desk = {f"consentpack/desk/{path.relative_to(REPO / 'consentpack' / 'desk').as_posix()}"
            for folder in ("templates", "static") for path in (REPO / "consentpack" / "desk" / folder).rglob("*")
            if path.is_file()} | {"consentpack/desk/openapi.json"}
    assert "consentpack/desk/static/nhsuk/nhsuk-frontend.min.css" in desk
    assert library | desk | {"consentpack/library/default_site.yaml", "consentpack/pdf/pack.py"} <= names
    assert {name.split("/")[0] for name in names} == {"consentpack", wheel.name.rsplit("-", 3)[0] + ".dist-info"}

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    run(venv / "bin" / "python", "-m", "pip", "install", "-q", wheel, timeout=600)

    work = tmp_path / "work"  # never the checkout
    work.mkdir()
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # after pip's install, which uses its cache
    consentpack = venv / "bin" / "consentpack"
    located = run(venv / "bin" / "python", "-c", "import importlib.util, consentpack.library.folders as l; "
                  "print(l.__file__, l.builtin_root(), importlib.util.find_spec('generate'))", cwd=work)
    module, builtin, generate = located.split()
    assert module.startswith(str(venv))
    assert builtin.startswith(str(venv))
    assert builtin.endswith("consentpack/builtin")
    assert generate == "None"

    listing = run(consentpack, "list", cwd=work)
    assert f"{PROCEDURE}  Sacroiliac joint fusion  1.1" in listing

    (work / "patient.yaml").write_text(PATIENT)
    run(consentpack, "generate", PROCEDURE, "--patient", "patient.yaml", "-o", "pack.pdf", cwd=work)
    texts = page_texts(work / "pack.pdf")
    assert len(texts) > 10
    assert all("OKAFOR, Adaeze" in text for text in texts)

    # Filing reads the pack back through the runtime dependencies the wheel declares
    # (pypdfium2 renders the page, zxing-cpp reads its code).
    filed = run(consentpack, "file", "pack.pdf", "-o", "records", cwd=work)
    assert f"Read {len(texts)} pages: {len(texts)} filed," in filed
    assert [path.name for path in (work / "records").glob("h998877-*.pdf")]

    written = run(consentpack, "new", "knee-thing", cwd=work)
    assert written.startswith("Wrote leaflets/knee-thing.yaml;")
    assert (work / "leaflets" / "knee-thing.yaml").is_file()
    assert not list(venv.rglob("knee-thing.yaml"))
    assert "knee-thing " in run(consentpack, "list", "--library", ".", cwd=work)
