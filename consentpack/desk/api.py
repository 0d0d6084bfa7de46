"""The JSON API for other systems: POST /api/packs returns the PDF; a request the engine
refuses gets 422 with every problem by field. Described in openapi.json, served at
/api/openapi.json."""

import json
from datetime import date
from importlib import resources
from typing import Any

from flask import Blueprint, Response, request
from pydantic import ValidationError

from ..actions import patient_from_fields
from ..errors import ConsentPackError
from ..files.naming import DEFAULT_TEMPLATE, NameTemplate
from ..library.models import Strict
from ..library.validation import problem_pairs
from ..patient.models import ConsentFormChoice
from ..patient.preflight import RowProblems
from .engine import DeskEngine

OPTION_FIELDS = ("consent_form", "large_print", "allow_expired")


class PackOptions(Strict):
    consent_form: ConsentFormChoice = "auto"
    large_print: bool = False
    allow_expired: bool = False


class PackBody(Strict):
    procedure: str
    patient: dict[str, Any]
    options: PackOptions = PackOptions()


def refused(problems: list[tuple[str, str]], status: int = 422):
    return {"problems": [{"field": field, "message": message} for field, message in problems]}, status


def blueprint(engine: DeskEngine, pdf_response) -> Blueprint:
    api = Blueprint("api", __name__, url_prefix="/api")

    @api.post("/packs")
    def packs():
        if not request.is_json:
            return refused([("Content-Type", "send the request as application/json")], 415)
        try:
            body = PackBody.model_validate(request.get_json(silent=True))
        except ValidationError as exc:
            return refused(problem_pairs(exc))
        try:
            patient = patient_from_fields(body.patient)
            made = engine.pack(body.procedure, patient, date.today(), body.options.allow_expired,
                               body.options.large_print, body.options.consent_form)
        except RowProblems as exc:
            return refused([_located(line) for line in exc.problems])
        except ConsentPackError as exc:  # an unknown procedure, a leaflet that must not be printed
            return refused([("procedure", str(exc))])
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
