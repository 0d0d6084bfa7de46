"""What the API answers when it refuses, whatever refused it (a page's guard, Flask's routing, the
engine, a fault): JSON, {"problems": [{"field": ..., "message": ...}]}, never an HTML page."""

from flask import request

Problem = tuple[str, str]  # (field, message)


def for_api() -> bool:
    return request.path.startswith("/api/")


def refused(problems: list[Problem], status: int = 422, headers: list[tuple[str, str]] | None = None):
    body = {"problems": [{"field": field, "message": message} for field, message in problems]}
    return body, status, headers or []
