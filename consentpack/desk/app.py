"""The desk's pages. Each calls the engine the CLI calls (the preflight, make_pack, batch,
check) and shows the engine's own words; the desk has no rules of its own."""

import secrets
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from flask import (
    Flask,
    Response,
    abort,
    redirect,
    render_template,
    request,
    send_from_directory,
    session,
    url_for,
)
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, TooManyRequests

from ..actions import patient_from_fields
from ..errors import ConsentPackError, UsageError, scrubbed_traceback
from ..files.naming import DEFAULT_TEMPLATE, NameTemplate
from ..library.check import check_library, library_languages
from ..library.languages import ENGLISH
from ..patient.fields import CONSENT_FORM, FORM_FIELDS, LACKS_CAPACITY, PATIENT_FIELDS, RISKS
from ..patient.preflight import RowProblems
from . import api, import_pages, security
from .engine import DeskEngine
from .hosts import LOOPBACK, AllowedHosts
from .list_jobs import CHECKED, FAILED, MADE, MAKING, ListJobs
from .patient_form import by_field, chosen_form, typed_fields
from .problems import for_api, refused
from .shown_paths import ShownPaths
from .throttle import Throttle

LIST_SUFFIXES = (".csv", ".xlsx", ".xlsm", ".json")


@dataclass(frozen=True)
class DeskOptions:
    token: str | None = None
    max_upload_bytes: int = 5 * 2**20
    max_rows: int = 500
    jobs: int = 2
    allowed_hosts: AllowedHosts = LOOPBACK  # the server's own addresses (hosts.py)


def create_app(engine: DeskEngine, options: DeskOptions = DeskOptions(),
               clock: Callable[[], float] = time.monotonic) -> Flask:
    """`clock` times sign-in lockouts (a test's own, so no test sleeps)."""
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = options.max_upload_bytes
    throttle = Throttle(clock)
    security.install(app, options.token, options.allowed_hosts, throttle)
    shown = ShownPaths(engine.library)
    lists = ListJobs(engine, options.jobs, options.max_rows, shown)
    app.extensions["consentpack.lists"] = lists
    app.register_blueprint(api.blueprint(engine, shown, pdf_response))

    def owner() -> str:
        if "owner" not in session:
            session["owner"] = secrets.token_urlsafe(16)
        return session["owner"]

    app.register_blueprint(import_pages.blueprint(engine.library, shown, owner, options.max_upload_bytes / 2**20))

    @app.context_processor
    def common():
        return {"signed_in": session.get("signed_in"), "token_required": options.token is not None}

    app.add_template_filter(shown.file, "in_library")
    app.add_template_filter(shown.message, "shown")

    @app.get("/assets/<path:filename>")
    def nhsuk_assets(filename):
        """NHS.UK frontend's stylesheet finds its icons at /assets/ (vendored, unchanged)."""
        return send_from_directory(Path(app.static_folder) / "nhsuk" / "assets", filename)

    @app.get("/")
    def home():
        leaflets, errors, languages = engine.leaflets()
        query = request.args.get("q", "").strip()
        if query:
            leaflets = [leaflet for leaflet in leaflets
                        if query.lower() in f"{leaflet.title} {leaflet.id}".lower()]
        return render_template("home.html", leaflets=leaflets, errors=errors, languages=languages, query=query,
                               today=date.today())

    @app.route("/pack/<procedure>", methods=["GET", "POST"])
    def one_patient(procedure):
        try:
            leaflet = engine.leaflet(procedure)
        except UsageError as exc:
            abort(404, shown.message(str(exc)))
        except ConsentPackError as exc:
            return render_template("error.html", title="This leaflet cannot be printed",
                                   message=shown.message(str(exc))), 422
        expired = leaflet.review_due < date.today()
        page = {"leaflet": leaflet, "expired": expired, "patient_fields": PATIENT_FIELDS, "risks": RISKS,
                "form_fields": FORM_FIELDS, "consent_form": CONSENT_FORM, "lacks_capacity": LACKS_CAPACITY,
                "languages": engine.languages(date.today(), leaflet)}
        if request.method == "GET":
            return render_template("patient.html", values={}, errors={}, **page)
        values = request.form
        try:
            form = chosen_form(values.get("consent_form"))
            made = engine.pack(procedure, patient_from_fields(typed_fields(values)), date.today(),
                               bool(values.get("allow_expired")), bool(values.get("large_print")), form,
                               values.get("language") or ENGLISH, bool(values.get("allow_draft_translation")))
        except RowProblems as exc:
            return render_template("patient.html", values=values, errors=by_field(exc.problems), **page), 422
        except ConsentPackError as exc:
            return render_template("patient.html", values=values, errors={"": [shown.message(str(exc))]},
                                   **page), 422
        name = NameTemplate(DEFAULT_TEMPLATE).file_name(made.request.name_values())
        return pdf_response(made.pdf, name)

    @app.get("/list")
    def theatre_list():
        return render_template("list.html", max_rows=options.max_rows,
                               max_megabytes=options.max_upload_bytes / 2**20)

    @app.post("/list")
    def check_list():
        upload = request.files.get("theatre_list")
        if upload is None or not upload.filename:
            return render_template("list.html", error="Choose the theatre list to upload (CSV, XLSX or a FHIR Bundle)",
                                   max_rows=options.max_rows, max_megabytes=options.max_upload_bytes / 2**20), 422
        if Path(upload.filename).suffix.lower() not in LIST_SUFFIXES:
            return render_template("list.html", error="The theatre list must be a CSV or XLSX file, or a FHIR Bundle (.json)",
                                   max_rows=options.max_rows, max_megabytes=options.max_upload_bytes / 2**20), 422
        job = lists.check(secrets.token_urlsafe(16), owner(), upload.filename, upload.read(),
                          bool(request.form.get("allow_expired")), date.today(),
                          bool(request.form.get("allow_draft_translation")))
        return redirect(url_for("list_job", job_id=job.id), code=303)

    @app.get("/list/<job_id>")
    def list_job(job_id):
        job = lists.get(job_id, owner()) or abort(404, "This list is no longer held: it was downloaded, "
                                                       "abandoned for 30 minutes, or the desk restarted.")
        return render_template("list_job.html", job=job, CHECKED=CHECKED, MAKING=MAKING, MADE=MADE,
                               FAILED=FAILED)

    @app.post("/list/<job_id>/make")
    def make_list(job_id):
        job = lists.get(job_id, owner()) or abort(404)
        lists.make(job, date.today())  # a list already made, or being made, is not made again
        return redirect(url_for("list_job", job_id=job.id), code=303)

    @app.get("/list/<job_id>/packs.zip")
    def list_zip(job_id):
        job = lists.get(job_id, owner()) or abort(404)
        if job.state != MADE:
            abort(404)
        def sent_then_forgotten():  # nothing is kept once it is sent, or the download is broken off
            try:
                with job.zip_path.open("rb") as handle:
                    while chunk := handle.read(1 << 20):
                        yield chunk
            finally:
                lists.forget(job)

        return Response(sent_then_forgotten(), mimetype="application/zip", headers={
            "Content-Disposition": f'attachment; filename="{job.zip_path.name}"',
            "Content-Length": str(job.zip_path.stat().st_size)})

    @app.get("/check")
    def library_check():
        findings = check_library(engine.library, [], date.today(), strict=False)
        return render_template("check.html", findings=findings, languages=library_languages(engine.library))

    @app.route("/login", methods=["GET", "POST"])
    def login():
        if options.token is None:
            return redirect(url_for("home"))
        if request.method == "POST":
            try:
                right = security.try_token(throttle, security.signs_in(options.token, request.form.get("token", "")))
            except TooManyRequests as locked:
                return render_template("login.html", error=locked.description), 429, {
                    "Retry-After": str(locked.retry_after)}
            if right:
                session.clear()
                session["signed_in"] = True
                return redirect(security.local_path(request.args.get("next", "/")), code=303)
            return render_template("login.html", error="That is not the desk's token"), 401
        return render_template("login.html", error=None)

    @app.post("/logout")
    def logout():
        session.clear()
        return redirect(url_for("login" if options.token else "home"), code=303)

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(error):
        if for_api():
            return refused([("", f"is larger than the API takes ({api.BODY_BYTES // 1024} KB)")], 413)
        instead = "use consentpack import" if request.blueprint == "imports" else "split the list, or use consentpack batch"
        message = f"The upload is larger than the desk takes ({options.max_upload_bytes / 2**20:g} MB); {instead}"
        return render_template("error.html", title="Upload too large", message=message), 413

    @app.errorhandler(HTTPException)
    def http_error(error):
        """Flask's own refusals (404, 405 with its Allow, 429 with its Retry-After) in the desk's words."""
        headers = [(name, value) for name, value in error.get_headers() if name != "Content-Type"]
        if for_api():
            return refused([("", error.description)], error.code, headers)
        return render_template("error.html", title=error.name, message=error.description), error.code, headers

    @app.errorhandler(Exception)
    def unexpected(error):
        """A fault of the desk: its trace is logged for whoever runs the desk, but never its
        message, which may quote a patient's details."""
        security.log.error("%s %s failed:\n%s", request.method, request.path, scrubbed_traceback(error))
        message = ("The desk could not do that. Nothing was kept; try again, and tell whoever runs the desk "
                   "if it happens again.")
        if for_api():
            return refused([("", message)], 500)
        return render_template("error.html", title="Something went wrong", message=message), 500

    return app


def pdf_response(pdf: bytes, name: str, disposition: str = "inline") -> Response:
    """`name` is batch's safe file name: ASCII letters, digits, '-' and '.' only."""
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": f'{disposition}; filename="{name}"'})
