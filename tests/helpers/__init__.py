"""What the tests share, as plain functions and constants, one module to a subject. Fixtures
live in tests/conftest.py; a test module imports from here, never from conftest or another test."""
