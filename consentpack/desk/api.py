"""The JSON API for other systems: POST /api/packs returns the PDF. It does what its OpenAPI
description (openapi.json, served at /api/openapi.json) says: a body that breaks it, or that the
engine refuses, gets 422 with every problem by field; every other refusal is JSON too
(problems.py)."""

import json
from datetime import date
from importlib import resources

from flask import Blueprint, Response, request
from pydantic import ValidationError

from ..actions import patient_from_fields
from ..errors import ConsentPackError
from ..files.naming import DEFAULT_TEMPLATE, NameTemplate
from ..patient.preflight import RowProblems
from . import json_body
from .api_request import PackBody, described_problems
from .engine import DeskEngine
from .problems import refused
from .shown_paths import ShownPaths

OPTION_FIELDS = ("consent_form", "large_print", "allow_expired", "language", "allow_draft_translation")
BODY_BYTES = 256 * 1024  # a patient with every field full is under 10 KB
BODY_DEPTH = 8  # the request nests 3 levels: the body, the patient, its risks


def blueprint(engine: DeskEngine, shown: ShownPaths, pdf_response) -> Blueprint:
    api = Blueprint("api", __name__, url_prefix="/api")

    @api.before_request
    def small_bodies():
        request.max_content_length = BODY_BYTES

    @api.post("/packs")
    def packs():
        if not request.is_json:
            return refused([("Content-Type", "send the request as application/json")], 415)
        try:
            body = PackBody.model_validate(json_body.parse(request.get_data(), BODY_DEPTH))
        except json_body.BodyError as exc:
            return refused([(exc.field, exc.message)], exc.status)
        except ValidationError as exc:
            return refused(described_problems(exc))
        try:
            patient = patient_from_fields(body.patient.model_dump(exclude_none=True))
            options = body.options
            made = engine.pack(body.procedure, patient, date.today(), options.allow_expired, options.large_print,
                               options.consent_form, options.language, options.allow_draft_translation)
        except RowProblems as exc:
            return refused([_located(line) for line in exc.problems])
        except ConsentPackError as exc:  # an unknown procedure, a leaflet that must not be printed
            return refused([("procedure", shown.message(str(exc)))])
        name = NameTemplate(DEFAULT_TEMPLATE).file_name(made.request.name_values())
        response = pdf_response(made.pdf, name, "attachment")
        response.headers["X-Pack-Id"] = made.pack_id
        response.headers["X-Pack-Pages"] = str(made.pages)
        return response

    @api.get("/openapi.json")
    def openapi():
        text = resources.files(__package__).joinpath("openapi.json").read_text(encoding="utf-8")
        return Response(json.dumps(json.loads(text), indent=2), mimetype="application/json")

    return api


def _located(line: str) -> tuple[str, str]:
    """'side: is required' -> ('patient.side', ...); the consent form is one of the options."""
    field, _, message = line.partition(": ")
    if not message:
        return "patient", line
    return (f"options.{field}" if field in OPTION_FIELDS else f"patient.{field}"), message
