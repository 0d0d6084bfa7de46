"""`python -m consentpack` is the `consentpack` command."""

from .cli import main

main()
