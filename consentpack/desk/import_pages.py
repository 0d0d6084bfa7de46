"""The desk's "Import a leaflet" pages: upload a leaflet file, see the draft and its report as
`consentpack import` makes them, then download the YAML or save it into the library's own
folder. The CLI's engine decides everything (actions.draft_import and save_draft); these pages
only place its words beside the field they are about."""

import secrets
from datetime import date
from typing import Callable

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for

from ..actions import IdRefused
from ..errors import ConsentPackError
from ..importing.report import as_frequency
from ..library.folders import Library
from .import_drafts import ACCEPTED, ImportDrafts
from .shown_paths import ShownPaths

FIELDS = {"leaflet_file": "Leaflet file", "leaflet_id": "Leaflet id"}
GONE = ("This draft is no longer held: it was left for 30 minutes, or the desk restarted. "
        "Upload the leaflet again.")


def blueprint(library: Library, shown: ShownPaths, owner: Callable[[], str], max_megabytes: float) -> Blueprint:
    pages = Blueprint("imports", __name__, url_prefix="/import")
    drafts = ImportDrafts(library)
    can_save = library.own_folder is not None

    def upload_page(values: dict, errors: dict, status: int = 200):
        return render_template("import.html", values=values, errors=errors, fields=FIELDS, accepted=ACCEPTED,
                               max_megabytes=max_megabytes, can_save=can_save), status

    def draft_page(held, errors: dict | None = None, status: int = 200):
        saved = shown.file(str(held.saved)) if held.saved else None
        return render_template("import_draft.html", held=held, draft=held.draft, report=held.draft.report,
                               as_frequency=as_frequency, can_save=can_save, saved=saved,
                               errors=errors or {}), status

    def held_or_gone(draft_id: str):
        return drafts.get(draft_id, owner()) or abort(404, GONE)

    @pages.get("")
    def upload():
        return upload_page({}, {})

    @pages.post("")
    def make_draft():
        values = {"leaflet_id": request.form.get("leaflet_id", "").strip()}
        file = request.files.get("leaflet_file")
        if file is None or not file.filename:
            return upload_page(values, {"leaflet_file": ["Choose the leaflet file to import"]}, 422)
        try:
            held = drafts.draft(secrets.token_urlsafe(16), owner(), file.filename, file.read(),
                                values["leaflet_id"] or None, date.today())
        except IdRefused as exc:
            return upload_page(values, {"leaflet_id": [shown.message(str(exc))]}, 422)
        except ConsentPackError as exc:
            return upload_page(values, {"leaflet_file": [shown.message(str(exc))]}, 422)
        return redirect(url_for("imports.draft", draft_id=held.id), code=303)

    @pages.get("/<draft_id>")
    def draft(draft_id):
        return draft_page(held_or_gone(draft_id))

    @pages.get("/<draft_id>/<leaflet_id>.yaml")
    def download(draft_id, leaflet_id):
        held = held_or_gone(draft_id)
        if leaflet_id != held.draft.leaflet_id:
            abort(404)
        return Response(held.draft.text.encode("utf-8"), mimetype="application/yaml", headers={
            "Content-Disposition": f'attachment; filename="{leaflet_id}.yaml"'})  # an id: [a-z0-9-] only

    @pages.post("/<draft_id>/save")
    def save(draft_id):
        held = held_or_gone(draft_id)
        if not can_save:
            abort(404)
        try:
            drafts.save(held)
        except ConsentPackError as exc:
            return draft_page(held, {"": [shown.message(str(exc))]}, 422)
        return redirect(url_for("imports.draft", draft_id=held.id), code=303)

    return pages
