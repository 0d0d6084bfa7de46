"""Whether a row's operation is booked to happen: a pack is printed only for one that is.

A spreadsheet says so in its optional `status` column; a FHIR Bundle in a ServiceRequest's
status and intent and an Appointment's status (fhir/codes.py). A cancelled operation reads the
same whichever kind of list it came from. A status is shown in a message only when it is one
of the words or codes below, never as the list wrote it otherwise.
"""

from ..fhir.codes import (
    ACTIVE_REQUEST,
    APPOINTMENT_STATUSES,
    BOOKED_APPOINTMENT,
    CANCELLED_APPOINTMENT,
    ORDER_INTENTS,
    REQUEST_INTENTS,
    REQUEST_STATUSES,
)

# A spreadsheet's status column, in any case: empty or booked is printed, cancelled is not.
LIST_BOOKED = ("booked", "scheduled", "confirmed")
LIST_CANCELLED = ("cancelled", "canceled")

CANCELLED = "status: is cancelled; no pack is printed for a cancelled operation"


def _either(words: tuple[str, ...]) -> str:
    return ", ".join(words[:-1]) + f" or {words[-1]}"


def list_status_problem(text: str) -> str | None:
    """The problem with a spreadsheet row's status, if it is not booked."""
    status = text.strip().lower()
    if not status or status in LIST_BOOKED:
        return None
    if status in LIST_CANCELLED:
        return CANCELLED
    return (f"status: must be empty, {', '.join(LIST_BOOKED)} (the pack is printed) or cancelled "
            "(it is not)")


def _is(status: str, known: tuple[str, ...], kind: str) -> str:
    return f"is {status}" if status in known else f"is not a FHIR {kind} code"


def request_problems(status: str, intent: str) -> list[str]:
    """A ServiceRequest is printed only as an active order."""
    problems = []
    if status != ACTIVE_REQUEST:
        problems.append(f"status: {_is(status, REQUEST_STATUSES, 'request-status')}; only an active request "
                        "is printed")
    if intent not in ORDER_INTENTS:
        problems.append(f"intent: {_is(intent, REQUEST_INTENTS, 'request-intent')}; only an order is printed "
                        f"(intent {_either(ORDER_INTENTS)})")
    return problems


def is_booked(status: str) -> bool:
    return status in BOOKED_APPOINTMENT


def appointment_problem(status: str) -> str | None:
    """Why an Appointment is no booking: cancelled, not attended, in error, over, or waiting."""
    if is_booked(status):
        return None
    if status == CANCELLED_APPOINTMENT:
        return CANCELLED
    return (f"status: {_is(status, APPOINTMENT_STATUSES, 'appointmentstatus')}; only a booked appointment is "
            f"printed (status {_either(BOOKED_APPOINTMENT)})")
