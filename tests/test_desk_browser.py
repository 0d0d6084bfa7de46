"""The desk end to end, in a real Chromium, as a person at a clinic PC uses it.

`consentpack serve` runs as its own process, as a user starts it; Chromium (Debian's
`chromium` and `chromium-driver`) fills in the forms, downloads the PDF and the ZIP, and
axe-core (tests/package.json: `npm ci --prefix tests`) checks every page for accessibility.

Without Chromium, chromedriver or axe-core the module is skipped, saying why; on CI (CI=true)
it fails instead, so CI cannot pass without having run it.

CONSENTPACK_SCREENSHOTS=FOLDER also saves the README's pictures of the desk there.
"""

import base64
import csv
import io
import os
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from helpers.library import PROCEDURE, REPO
from helpers.patients import JANE
from helpers.pdf import flat, page_texts

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = REPO / "tests" / "node_modules" / "axe-core" / "axe.min.js"
THEATRE_LIST = REPO / "tests" / "data" / "theatre-list.csv"
TITLE = "Sacroiliac joint fusion"
WIDE, TALL = 1280, 900

JANE_IN_FULL = {**JANE, "hospital_number": "RX1234567", "procedure_date": "2030-06-01"}  # every box of the form
JANE_FILE = "9434765919-smith-sacroiliac-joint-fusion.pdf"
CHECK_DIGIT = "fails the NHS number check digit"

PAGE = 15  # seconds: a page or a form post that makes no PDF
PACK = 90  # seconds: the first pack may wait for the server to lay out the leaflet
LIST = 180  # seconds: a theatre list's packs, made two at a time


def _missing(reason: str):
    """Skip, saying why; on CI fail, so a missing browser cannot pass unseen."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser test must run)", pytrace=False)
    pytest.skip(reason)


def _need_browser():
    for path, why in ((CHROMIUM, "apt-get install chromium"), (CHROMEDRIVER, "apt-get install chromium-driver"),
                      (AXE, "npm ci --prefix tests")):
        if not path.is_file():
            _missing(f"{path} is missing: {why}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """`consentpack serve` on a free loopback port, started from an empty folder; its URL."""
    _need_browser()  # before starting a server no test could use
    folder = tmp_path_factory.mktemp("desk")
    temporary = folder / "tmp"  # the server's temporary files, theatre lists included
    temporary.mkdir()
    port = _free_port()
    log_path = folder / "serve.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen([sys.executable, "-m", "consentpack", "serve", "--port", str(port)],
                                  cwd=folder, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                  env={**os.environ, "TMPDIR": str(temporary)})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _answers(url + "/"):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"consentpack serve did not answer on {url} (exit code {server.poll()}):\n"
                            + log_path.read_text(errors="replace")[-3000:], pytrace=False)
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    # Stopped as a service manager stops it, the desk deletes every theatre list it still held.
    kept = sorted(path.name for path in temporary.glob("consentpack-desk-*"))
    assert not kept, f"consentpack serve left theatre lists behind when it stopped: {kept}"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One headless Chromium for the module, downloading PDFs and ZIPs into `browser.downloads`."""
    _need_browser()
    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={WIDE},{TALL}",
                     "--lang=en-GB", "--no-first-run", "--disable-background-networking"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "plugins.always_open_pdf_externally": True,
    })
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        driver.set_window_size(WIDE, TALL)
        driver.set_script_timeout(60)
        driver.downloads = downloads
        yield driver
    finally:
        driver.quit()


# What a person does and sees


def wait(driver, timeout=PAGE):
    return WebDriverWait(driver, timeout, poll_frequency=0.1)


def open_page(driver, url: str, heading: str | None = None):
    driver.get(url)
    h1 = wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))
    if heading is not None:
        assert h1.text == heading, f"{url}: the page's heading is {h1.text!r}:\n{page_text(driver)}"
    return h1


def page_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def button(driver, text: str):
    return driver.find_element(By.XPATH, f"//button[normalize-space()='{text}']")


def fill(driver, fields: dict[str, str]):
    for name, value in fields.items():
        box = driver.find_element(By.ID, name)
        box.clear()
        box.send_keys(value)


def submit_and_wait_for_page(driver, text: str, timeout=PAGE):
    """Clicks the button and waits for the next page to replace this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    button(driver, text).click()
    wait(driver, timeout).until(EC.staleness_of(old))
    wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))


def empty_downloads(driver):
    for path in driver.downloads.iterdir():
        path.unlink()


def wait_for_download(driver, suffix: str, timeout: float) -> Path:
    """The one file that landed in the download folder, once Chromium has finished writing it."""
    def landed(_):
        files = list(driver.downloads.iterdir())
        done = [path for path in files if path.suffix == suffix]
        if done and not any(path.suffix == ".crdownload" for path in files):
            return done[0]
        return False

    path = wait(driver, timeout).until(landed, f"no {suffix} file landed in {driver.downloads}")
    assert len(list(driver.downloads.iterdir())) == 1, list(driver.downloads.iterdir())
    return path


def identity(family: str, given: str) -> str:
    """The identity strip's name, as on every page: 'SMITH, Jane'."""
    return unicodedata.normalize("NFC", f"{family.upper()}, {given}")


def pdf_pages(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", flat(text)) for text in page_texts(path)]


def axe_violations(driver) -> list[dict]:
    """axe-core's violations on the page shown, with every rule axe runs by default."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    found = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document).then(
          (results) => done(results.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.map((node) => node.target.join(" ")),
          }))),
          (error) => done([{id: "axe-error", impact: "", help: String(error), targets: []}]));
    """)
    return found


# Violations found in the desk's own pages, each by axe rule and element, and why; a page
# showing only these is reported as xfailed (never as passed), and one showing anything else
# fails. Remove an entry once its page is fixed.
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}  # (rule, element) -> why it is allowed


def axe_findings(driver) -> list[tuple[str, str, str]]:
    """(rule, element, what axe says) for every element that breaks a rule."""
    return [(v["id"], target, f"{v['help']} ({v['impact']})")
            for v in axe_violations(driver) for target in v["targets"] or [""]]


def assert_accessible(driver, page: str) -> list[str]:
    """Fails on any violation but the known ones, and returns those (as text)."""
    findings = axe_findings(driver)
    unexpected = [f"  {rule} on {target}: {help}" for rule, target, help in findings
                  if (rule, target) not in KNOWN_VIOLATIONS]
    assert not unexpected, f"axe-core on {page} ({driver.current_url}):\n" + "\n".join(unexpected)
    return [f"{rule} on {target}: {KNOWN_VIOLATIONS[rule, target]}" for rule, target, _ in findings]


def screenshot(driver, name: str, down_to=None):
    """The README's picture of this page, when CONSENTPACK_SCREENSHOTS names a folder: the page as
    a 1280 x 900 window shows it, the whole page long (or down to the element `down_to`)."""
    folder = os.environ.get("CONSENTPACK_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)

    def window(height):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": WIDE, "height": height, "deviceScaleFactor": 1, "mobile": False})

    try:
        window(TALL)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        window(height)  # the whole page in the window: no scroll bar
        if down_to is not None:
            height = min(height, driver.execute_script(
                "return Math.ceil(arguments[0].getBoundingClientRect().bottom + window.scrollY) + 40", down_to))
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "clip": {"x": 0, "y": 0, "width": WIDE, "height": max(height, TALL), "scale": 1}})
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    (Path(folder) / name).write_bytes(base64.b64decode(shot["data"]))


def theatre_list_rows() -> list[dict[str, str]]:
    with THEATRE_LIST.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def upload_theatre_list(driver, desk: str):
    open_page(driver, desk + "/list", "Packs for a theatre list")
    # The browser's own file input: the file chooser cannot be driven, so the file goes to the input.
    chooser = driver.find_element(By.CSS_SELECTOR, "input#theatre_list[type=file]")
    chooser.send_keys(str(THEATRE_LIST))
    assert chooser.get_attribute("value").endswith(THEATRE_LIST.name)
    submit_and_wait_for_page(driver, "Check the list")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert heading == "Theatre list theatre-list.csv", f"{heading}:\n{page_text(driver)}"


# The tests


def test_one_patient_pack_downloads_with_her_identity_on_every_page(desk, browser):
    empty_downloads(browser)
    open_page(browser, desk + "/", "Print a consent pack")
    browser.find_element(By.CSS_SELECTOR, "table#procedures").find_element(By.LINK_TEXT, TITLE).click()
    wait(browser).until(EC.url_to_be(f"{desk}/pack/{PROCEDURE}"))
    assert browser.find_element(By.TAG_NAME, "h1").text == TITLE
    fill(browser, JANE_IN_FULL)
    browser.find_element(By.ID, "additional_risks").send_keys("Diabetes: slower wound healing")
    browser.find_element(By.ID, "notes").send_keys("Needs a Polish interpreter")
    button(browser, "Make the pack").click()

    pdf = wait_for_download(browser, ".pdf", PACK)
    assert pdf.name == JANE_FILE
    pages = pdf_pages(pdf)
    assert len(pages) > 1
    for number, text in enumerate(pages, 1):
        assert "SMITH, Jane" in text, f"page {number} does not name her: {text[:300]}"
        assert "943 476 5919" in text, f"page {number} lacks her NHS number: {text[:300]}"
    assert any("Diabetes: slower wound healing" in text for text in pages)
    # The pack downloaded; the form is still there for the next patient.
    assert browser.current_url == f"{desk}/pack/{PROCEDURE}"


def test_a_wrong_nhs_number_is_named_in_the_summary_and_beside_the_field(desk, browser):
    empty_downloads(browser)
    open_page(browser, f"{desk}/pack/{PROCEDURE}", TITLE)
    fill(browser, {**JANE_IN_FULL, "nhs_number": "943 476 5910"})
    submit_and_wait_for_page(browser, "Make the pack", PACK)

    summary = browser.find_element(By.CSS_SELECTOR, ".nhsuk-error-summary")
    assert "There is a problem" in summary.text
    assert CHECK_DIGIT in summary.text, summary.text
    beside = browser.find_elements(By.CSS_SELECTOR, ".nhsuk-form-group--error .nhsuk-error-message")
    assert beside, page_text(browser)
    group = browser.find_element(By.ID, "nhs_number").find_element(By.XPATH, "./ancestor::div[1]")
    assert CHECK_DIGIT in group.find_element(By.CSS_SELECTOR, ".nhsuk-error-message").text
    # What she typed is kept, so only the mistake needs correcting.
    assert browser.find_element(By.ID, "family_name").get_attribute("value") == "Smith"
    assert browser.find_element(By.ID, "nhs_number").get_attribute("value") == "943 476 5910"
    screenshot(browser, "readme-desk-patient.png", down_to=group)
    # The summary's link takes her to the field.
    summary.find_element(By.PARTIAL_LINK_TEXT, CHECK_DIGIT).click()
    wait(browser).until(lambda d: d.switch_to.active_element.get_attribute("id") == "nhs_number")
    assert not list(browser.downloads.iterdir()), "a pack was made despite the wrong NHS number"


def test_theatre_list_makes_a_zip_of_every_patients_pack(desk, browser, tmp_path):
    rows = theatre_list_rows()
    empty_downloads(browser)
    upload_theatre_list(browser, desk)
    text = page_text(browser)
    assert f"{len(rows)} rows checked: {len(rows)} can be made" in text, text
    assert not browser.find_elements(By.XPATH, "//caption[normalize-space()='Problems, by row']"), text
    job_url = browser.current_url
    screenshot(browser, "readme-desk-list.png")

    submit_and_wait_for_page(browser, f"Make {len(rows)} packs")
    # The page refreshes itself every two seconds until the packs are made.
    link = wait(browser, LIST).until(
        EC.presence_of_element_located((By.LINK_TEXT, "Download the packs (ZIP)")),
        f"the packs were not made:\n{page_text(browser)}")
    assert f"Made {len(rows)} packs" in page_text(browser), page_text(browser)
    assert_accessible(browser, "the made list's page")
    link.click()
    archive = wait_for_download(browser, ".zip", PAGE)

    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        assert {"manifest.csv", "print-all.pdf"} <= names, names
        manifest = list(csv.DictReader(io.StringIO(opened.read("manifest.csv").decode("utf-8"))))
        unpacked = tmp_path / "unpacked"
        opened.extractall(unpacked)
    assert [int(record["row"]) for record in manifest] == list(range(2, len(rows) + 2))
    assert names == {"manifest.csv", "print-all.pdf"} | {record["output"] for record in manifest}
    total_pages = 0
    for record in manifest:
        patient = rows[int(record["row"]) - 2]
        assert record["status"] == "produced", record
        first = pdf_pages(unpacked / record["output"])[0]
        name = identity(patient["family_name"], patient["given_name"])
        assert name in first, f"{record['output']} (row {record['row']}) does not name {name}: {first[:300]}"
        total_pages += int(record["pages"])
    assert len(PdfReader(unpacked / "print-all.pdf").pages) >= total_pages

    # Once downloaded, the desk keeps nothing.
    def forgotten(driver):
        driver.get(job_url)
        return "no longer held" in page_text(driver)

    wait(browser).until(forgotten, f"the list is still held after its download: {job_url}")


def show_home(driver, desk):
    open_page(driver, desk + "/", "Print a consent pack")
    screenshot(driver, "readme-desk-home.png")


def show_form(driver, desk):
    open_page(driver, f"{desk}/pack/{PROCEDURE}", TITLE)


def show_form_with_errors(driver, desk):
    show_form(driver, desk)
    fill(driver, {**JANE_IN_FULL, "nhs_number": "943 476 5910", "given_name": "", "date_of_birth": "12/13/1961"})
    submit_and_wait_for_page(driver, "Make the pack", PACK)
    assert len(driver.find_elements(By.CSS_SELECTOR, ".nhsuk-error-message")) >= 3, page_text(driver)


def show_list_upload(driver, desk):
    open_page(driver, desk + "/list", "Packs for a theatre list")


def show_list_upload_without_a_file(driver, desk):
    show_list_upload(driver, desk)
    submit_and_wait_for_page(driver, "Check the list")
    assert "Choose the theatre list to upload" in page_text(driver)


def show_checked_list(driver, desk):
    upload_theatre_list(driver, desk)
    assert button(driver, f"Make {len(theatre_list_rows())} packs").is_displayed()


def show_library_check(driver, desk):
    open_page(driver, desk + "/check", "Library check")
    screenshot(driver, "readme-desk-check.png")


def show_import_refusing_an_id(driver, desk):
    """A leaflet (invented test data) uploaded with an id the built-in library has."""
    open_page(driver, desk + "/import", "Import a leaflet")
    source = driver.downloads.parent / "hernia-repair.md"
    source.write_text("# Hernia repair\n\n## What are the risks?\n\n- Wound infection (about 2 in 100)\n",
                      encoding="utf-8")
    driver.find_element(By.CSS_SELECTOR, "input#leaflet_file[type=file]").send_keys(str(source))
    fill(driver, {"leaflet_id": PROCEDURE})
    submit_and_wait_for_page(driver, "Make the draft")
    assert f"already has the id {PROCEDURE}" in page_text(driver)
    return source


def show_imported_draft(driver, desk):
    source = show_import_refusing_an_id(driver, desk)
    driver.find_element(By.CSS_SELECTOR, "input#leaflet_file[type=file]").send_keys(str(source))
    fill(driver, {"leaflet_id": ""})
    submit_and_wait_for_page(driver, "Make the draft")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Draft hernia-repair", page_text(driver)
    driver.find_element(By.CSS_SELECTOR, ".nhsuk-details__summary").click()  # the YAML, shown


def show_unknown_procedure(driver, desk):
    open_page(driver, desk + "/pack/no-such-procedure")
    assert "no-such-procedure" in page_text(driver)


@pytest.mark.parametrize("show", [show_home, show_form, show_form_with_errors, show_list_upload,
                                  show_list_upload_without_a_file, show_checked_list, show_library_check,
                                  show_import_refusing_an_id, show_imported_draft, show_unknown_procedure], ids=lambda show: show.__name__[5:])
def test_every_page_passes_axe(desk, browser, show):
    show(browser, desk)
    known = assert_accessible(browser, show.__name__[5:].replace("_", " "))
    if known:
        pytest.xfail("known violations: " + "; ".join(known))


def focused(driver):
    return driver.switch_to.active_element


def tab(driver, key=Keys.TAB):
    ActionChains(driver).send_keys(key).perform()
    return focused(driver)


def test_keyboard_alone_reaches_the_skip_link_the_menu_and_a_procedure(desk, browser):
    open_page(browser, desk + "/", "Print a consent pack")
    skip = tab(browser)
    assert skip.text == "Skip to main content"
    box = browser.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.top, r.width];", skip)
    assert box[0] >= 0, f"the focused skip link is not on screen: {box}"
    assert box[1] > 0, f"the focused skip link is not on screen: {box}"
    links = [link.text for link in browser.find_elements(By.CSS_SELECTOR, "header a, header button")
             if link.is_displayed()]
    assert {"One patient", "Theatre list", "Library check"} <= set(links), links
    reached = [tab(browser).text for _ in links]
    assert reached == links, f"Tab after the skip link went to {reached}, not the header's {links}"

    # The skip link takes her past the header into the page itself.
    open_page(browser, desk + "/", "Print a consent pack")
    tab(browser)
    tab(browser, Keys.ENTER)
    inside = tab(browser)
    assert browser.execute_script("return document.getElementById('maincontent').contains(arguments[0])", inside), \
        f"after the skip link, Tab went to {inside.tag_name} {inside.text!r}"

    for _ in range(30):
        if inside.tag_name == "a" and inside.text == TITLE:
            break
        inside = tab(browser)
    else:
        pytest.fail(f"Tab never reached the link to {TITLE}")
    tab(browser, Keys.ENTER)
    wait(browser).until(EC.url_to_be(f"{desk}/pack/{PROCEDURE}"))
    assert browser.find_element(By.TAG_NAME, "h1").text == TITLE


def test_the_form_fits_a_screen_at_200_percent_zoom(desk, browser):
    browser.set_window_size(WIDE // 2, TALL)
    try:
        open_page(browser, f"{desk}/pack/{PROCEDURE}", TITLE)
        for state in ("empty", "with errors"):
            scroll, inner, window_width = browser.execute_script(
                "const html = document.documentElement; return [html.scrollWidth, html.clientWidth, window.innerWidth]")
            assert window_width <= WIDE // 2, f"the window is {window_width} pixels wide, not 1280 at 200%"
            # clientWidth: the window less its vertical scroll bar, which content must not go under either.
            assert scroll <= inner, f"the form {state} scrolls sideways at 200%: {scroll} > {inner} pixels"
            make = button(browser, "Make the pack")
            browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", make)
            left, right = browser.execute_script(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right]", make)
            assert make.is_displayed()
            assert 0 <= left, (left, right, inner)
            assert right <= inner, (left, right, inner)
            if state == "empty":
                submit_and_wait_for_page(browser, "Make the pack")
                assert browser.find_element(By.CSS_SELECTOR, ".nhsuk-error-summary").is_displayed()
    finally:
        browser.set_window_size(WIDE, TALL)
