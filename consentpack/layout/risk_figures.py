"""How likely each risk is, in words a patient can use: natural frequencies with one denominator
across the leaflet, a descriptor word from a stated scale, both sides for serious risks, and a
picture where one helps. A hospital's own audited figures replace the leaflet's.
"""

from dataclasses import dataclass
from fractions import Fraction

from markupsafe import Markup

from ..library.models import Frequency, Leaflet, Risk, Site
from .icon_array import icon_array

# The descriptor scale (as used in UK medicines information), printed under the risks table.
SCALE = (
    (Fraction(1, 10), "very common", "1 in 10 people or more"),
    (Fraction(1, 100), "common", "1 in 100 up to 1 in 10"),
    (Fraction(1, 1000), "uncommon", "1 in 1,000 up to 1 in 100"),
    (Fraction(1, 10000), "rare", "1 in 10,000 up to 1 in 1,000"),
    (Fraction(0), "very rare", "fewer than 1 in 10,000"),
)


def _number(value: int) -> str:
    return f"{value:,}"


@dataclass(frozen=True)
class RiskFigure:
    risk: Risk
    frequency: Frequency | None
    denominator: int  # the same for every risk of the leaflet
    local_period: str | None  # set when the figure is the hospital's own

    def _scaled(self, count: int) -> int:
        return count * self.denominator // self.frequency.per

    @property
    def word(self) -> str:
        share = Fraction(self.frequency.highest, self.frequency.per)
        return next(word for lowest, word, _ in SCALE if share >= lowest)

    @property
    def how_many(self) -> str:
        """'about 20 in 1,000 people', or 'between 10 and 30 in 1,000 people'."""
        low, per = self._scaled(self.frequency.count), _number(self.denominator)
        if self.frequency.up_to:
            return f"between {_number(low)} and {_number(self._scaled(self.frequency.up_to))} in {per} people"
        return f"about {_number(low)} in {per} people"

    @property
    def how_many_not(self) -> str:
        """The other side: '980 in 1,000 people do not'."""
        per = self.denominator
        most = _number(per - self._scaled(self.frequency.count))
        if self.frequency.up_to:
            fewest = _number(per - self._scaled(self.frequency.up_to))
            return f"{fewest} to {most} in {_number(per)} people do not"
        return f"{most} in {_number(per)} people do not"

    @property
    def picture(self) -> "Picture | None":
        """An icon array of 100 people, or 1,000 for rarer risks: for serious risks, where the
        figure is a whole number of people in one of them."""
        if not (self.risk.serious and self.frequency):
            return None
        for total in (100, 1000):
            affected = Fraction(self.frequency.highest * total, self.frequency.per)
            if affected.denominator == 1 and affected >= 1:
                description = f"{affected} in {total:,} people affected"
                return Picture(icon_array(int(affected), total, description), int(affected), total)
        return None


@dataclass(frozen=True)
class Picture:
    svg: Markup
    affected: int
    total: int


def risk_figures(leaflet: Leaflet, site: Site) -> list[RiskFigure]:
    """Every risk of `leaflet` with the figure to print: the site's own where it has one (the
    preflight warns about site figures naming no risk of the leaflet)."""
    local = site.local_figures.get(leaflet.id)
    chosen = []
    for risk in leaflet.sections.risks:
        if local and risk.name in local.risks:
            chosen.append((risk, local.risks[risk.name], local.period))
        else:
            chosen.append((risk, risk.frequency, None))
    denominator = max((f.per for _, f, _ in chosen if f), default=100)
    return [RiskFigure(risk, frequency, denominator, period) for risk, frequency, period in chosen]
