"""What guards every request: the Host it names (hosts.py), the token when the desk is off
loopback (its guessing slowed by throttle.py), CSRF on every form, security headers, no-store,
and an access log that records only method, path, status and time.

The token never leaves the server in a page; a login form sets a session cookie (signed with a
key made at start-up, so a restart logs everyone out), and the API takes it as a bearer header.
"""

import hmac
import logging
import secrets
import time
import unicodedata

from flask import Flask, abort, g, redirect, request, session, url_for
from werkzeug.exceptions import TooManyRequests

from .hosts import AllowedHosts
from .problems import for_api, refused
from .throttle import Throttle

log = logging.getLogger("consentpack.desk")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
OPEN_ENDPOINTS = {"login", "static", "nhsuk_assets"}
STATIC_ENDPOINTS = {"static", "nhsuk_assets"}


def install(app: Flask, token: str | None, hosts: AllowedHosts, throttle: Throttle) -> None:
    app.secret_key = secrets.token_bytes(32)
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict")

    @app.before_request
    def only_its_own_names():
        g.started = time.perf_counter()
        if not hosts.allow(request.environ.get("HTTP_HOST")):
            abort(400, "This desk does not answer to that address. Whoever runs it can add the name staff use "
                       "with --allowed-host.")

    @app.before_request
    def require_token():
        if token is None or request.endpoint in OPEN_ENDPOINTS:
            return None
        if for_api():
            given = request.headers.get("Authorization", "")
            right = given.startswith("Bearer ") and hmac.compare_digest(given[7:].encode(), token.encode())
            if try_token(throttle, right):
                return None
            return refused([("Authorization", "give the desk's token as 'Authorization: Bearer TOKEN'")], 401)
        if not session.get("signed_in"):
            return redirect(url_for("login", next=request.path))
        return None

    @app.before_request
    def check_csrf():
        if request.method == "POST" and not for_api():
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


def try_token(throttle: Throttle, right: bool) -> bool:
    """Whether this request's token counts: never while its address must wait (429, with
    Retry-After, whatever the token); a wrong one is recorded, and a lockout logged."""
    address = request.remote_addr or ""
    if wait := throttle.wait(address):
        raise TooManyRequests(f"Too many wrong tokens from this computer: try again in {wait} "
                              f"second{'s' if wait > 1 else ''}.", retry_after=wait)
    if right:
        throttle.succeeded(address)
        return True
    failures, locked_for = throttle.failed(address)
    if locked_for:
        log.warning("%s gave a wrong token %d times in a row: it must wait %d s before trying again",
                    address, failures, locked_for)
    return False


def local_path(target: str) -> str:
    """Where signing in leads: a path on this desk (one leading '/', no scheme, no '//', no
    backslash, no control character, since a browser drops a tab or newline and would read
    '/\\t/evil.example' as '//evil.example'), and anything else is the home page."""
    if (not target.startswith("/") or target[1:2] in ("/", "\\") or "\\" in target
            or any(unicodedata.category(ch) == "Cc" for ch in target)):
        return "/"
    return target
