"""What guards every request: the token (when the desk is off loopback), CSRF on every form,
security headers, no-store, and an access log that records only method, path, status and time.

The token never leaves the server in a page; a login form sets a session cookie (signed with a
key made at start-up, so a restart logs everyone out), and the API takes it as a bearer header.
"""

import hmac
import logging
import secrets
import time

from flask import Flask, abort, g, redirect, request, session, url_for

log = logging.getLogger("consentpack.desk")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
OPEN_ENDPOINTS = {"login", "static", "nhsuk_assets"}
STATIC_ENDPOINTS = {"static", "nhsuk_assets"}


def install(app: Flask, token: str | None) -> None:
    app.secret_key = secrets.token_bytes(32)
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict")

    @app.before_request
    def start_clock():
        g.started = time.perf_counter()

    @app.before_request
    def require_token():
        if token is None or request.endpoint in OPEN_ENDPOINTS:
            return None
        if request.path.startswith("/api/"):
            given = request.headers.get("Authorization", "")
            if not (given.startswith("Bearer ") and hmac.compare_digest(given[7:].encode(), token.encode())):
                return {"problems": [{"field": "Authorization", "message": "give the desk's token as "
                                      "'Authorization: Bearer TOKEN'"}]}, 401
            return None
        if not session.get("signed_in"):
            return redirect(url_for("login", next=request.path))
        return None

    @app.before_request
    def check_csrf():
        if request.method == "POST" and not request.path.startswith("/api/"):
            sent = request.form.get("csrf_token", "")
            if not sent or not hmac.compare_digest(sent, csrf_token()):
                abort(400, "This form has expired or did not come from the desk. Go back, reload the page "
                           "and send it again.")

    @app.after_request
    def headers_and_log(response):
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.endpoint not in STATIC_ENDPOINTS:  # every page may carry a patient's details
            response.headers["Cache-Control"] = "no-store"
        took = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log.info("%s %s %s %.0f ms", request.method, request.path, response.status_code, took)
        return response

    app.jinja_env.globals["csrf_token"] = csrf_token


def csrf_token() -> str:
    """One per session, in every form as a hidden field; a post without it is refused."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def signs_in(token: str | None, given: str) -> bool:
    return token is not None and hmac.compare_digest(given.strip().encode(), token.encode())
