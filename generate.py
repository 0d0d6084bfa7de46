"""The owner's entry point: `python generate.py ...` is the `consentpack` command."""

from consentpack.cli import main

if __name__ == "__main__":
    main()
