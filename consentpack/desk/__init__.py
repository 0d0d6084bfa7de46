"""The clinic desk: `consentpack serve`, a local web page for surgeons and administrators on
the same engine as the CLI. app.py builds the Flask app and its pages, security.py guards
every request, engine.py keeps the pack builder warm and decides where each pack is laid out
and under which lock, list_jobs.py runs theatre lists, api.py is the JSON API."""
