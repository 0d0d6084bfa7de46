"""How likely each risk is, in words a patient can use: natural frequencies with one denominator
across the leaflet, a descriptor word from a stated scale, both sides for serious risks, and a
picture where one helps. A hospital's own audited figures replace the leaflet's.
"""

from dataclasses import dataclass
from fractions import Fraction

from babel.numbers import format_decimal
from markupsafe import Markup

from ..library.languages import IN_ENGLISH, PackLanguage
from ..library.models import Frequency, Leaflet, Risk, Site
from .icon_array import icon_array
from .words import say, say_n


def N_(message: str) -> str:
    """Marks a message for the catalogs; it is translated where it is printed."""
    return message


# The descriptor scale (as used in UK medicines information), printed under the risks table.
SCALE = (
    (Fraction(1, 10), N_("very common"), N_("1 in 10 people or more")),
    (Fraction(1, 100), N_("common"), N_("1 in 100 up to 1 in 10")),
    (Fraction(1, 1000), N_("uncommon"), N_("1 in 1,000 up to 1 in 100")),
    (Fraction(1, 10000), N_("rare"), N_("1 in 10,000 up to 1 in 1,000")),
    (Fraction(0), N_("very rare"), N_("fewer than 1 in 10,000")),
)


def number(value: int, language: PackLanguage) -> str:
    """Grouped as the language groups thousands (CLDR), always in the digits 0-9."""
    return f"{value:,}" if language.english else format_decimal(value, locale=language.tag.replace("-", "_"))


def scale(language: PackLanguage) -> list[tuple[str, str]]:
    """The scale's words and bands in the pack's language, for the note under the risks table."""
    return [(language.gettext(word), language.gettext(band)) for _, word, band in SCALE]


@dataclass(frozen=True)
class RiskFigure:
    risk: Risk
    frequency: Frequency | None
    denominator: int  # the same for every risk of the leaflet
    local_period: str | None  # set when the figure is the hospital's own
    language: PackLanguage = IN_ENGLISH  # groups its numbers; its words are the render's (words.py)

    def _scaled(self, count: int) -> int:
        return count * self.denominator // self.frequency.per

    def _number(self, value: int) -> str:
        return number(value, self.language)

    @property
    def word(self) -> str:
        share = Fraction(self.frequency.highest, self.frequency.per)
        return say(next(word for lowest, word, _ in SCALE if share >= lowest))

    # The plural is chosen by the denominator: it is the number "people" follows.
    @property
    def how_many(self) -> str:
        """'about 20 in 1,000 people', or 'between 10 and 30 in 1,000 people'."""
        low, per = self._scaled(self.frequency.count), self._number(self.denominator)
        if self.frequency.up_to:
            high = self._number(self._scaled(self.frequency.up_to))
            return say_n("between %(low)s and %(high)s in %(per)s person",
                                          "between %(low)s and %(high)s in %(per)s people",
                                          self.denominator) % {"low": self._number(low), "high": high, "per": per}
        return say_n("about %(count)s in %(per)s person", "about %(count)s in %(per)s people",
                                      self.denominator) % {"count": self._number(low), "per": per}

    @property
    def how_many_not(self) -> str:
        """The other side: '980 in 1,000 people do not'."""
        per = self.denominator
        most = self._number(per - self._scaled(self.frequency.count))
        if self.frequency.up_to:
            fewest = self._number(per - self._scaled(self.frequency.up_to))
            return say_n("%(fewest)s to %(most)s in %(per)s person does not",
                                          "%(fewest)s to %(most)s in %(per)s people do not",
                                          per) % {"fewest": fewest, "most": most, "per": self._number(per)}
        return say_n("%(most)s in %(per)s person does not", "%(most)s in %(per)s people do not",
                                      per) % {"most": most, "per": self._number(per)}

    @property
    def picture(self) -> "Picture | None":
        """An icon array of 100 people, or 1,000 for rarer risks: for serious risks, where the
        figure is a whole number of people in one of them."""
        if not (self.risk.serious and self.frequency):
            return None
        for total in (100, 1000):
            affected = Fraction(self.frequency.highest * total, self.frequency.per)
            if affected.denominator == 1 and affected >= 1:
                description = say_n(
                    "%(count)s in %(total)s person affected", "%(count)s in %(total)s people affected", total
                ) % {"count": affected, "total": self._number(total)}
                return Picture(icon_array(int(affected), total, description), int(affected), total,
                               self._number(total))
        return None


@dataclass(frozen=True)
class Picture:
    svg: Markup
    affected: int
    total: int
    total_text: str  # as the pack's language writes it: "1,000"


def risk_figures(leaflet: Leaflet, site: Site, language: PackLanguage = IN_ENGLISH) -> list[RiskFigure]:
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
    return [RiskFigure(risk, frequency, denominator, period, language) for risk, frequency, period in chosen]
