"""What the benchmarks share: the made-up patients' names, and how CPU time is counted."""

import resource

FAMILY = ["Smith", "Jones", "Nguyễn", "Wójcik", "Ó Súilleabháin", "Okafor", "Patel", "Kowalski",
          "Murphy", "Khan", "García", "Müller"]
GIVEN = ["Jane", "John", "Thị Lan", "Łucja", "Siobhán", "Ade", "Priya", "Piotr", "Aoife", "Omar"]


def children_cpu() -> float:
    """User plus system seconds of every finished process this one has waited for, and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
