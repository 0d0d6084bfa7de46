"""Flesch Reading Ease and Flesch-Kincaid grade, on plain text, with no downloads.

    reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
    grade        = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

Syllables are counted with the usual vowel-group rules for English (a silent final e, a
final consonant + "le", "-ed" after most consonants), which is what published readability
tools do when a word is not in a pronouncing dictionary.
"""

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n{2,}")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def sentences(text: str) -> list[str]:
    return [" ".join(s.split()) for s in _SENTENCE_END.split(text) if _WORD.search(s)]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllables(word: str) -> int:
    word = word.lower().replace("’", "'").split("'")[0]
    if word.isdigit() or not word:
        return 1
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent e: "make", "stone"
    elif word.endswith("le") and len(word) > 2 and word[-3] not in "aeiouy" and count == 1:
        count += 1  # "table" has a syllable the vowel groups miss only when there is one group
    if word.endswith("ed") and len(word) > 3 and word[-3] not in "td" and count > 1:
        count -= 1  # "helped", but not "wanted"
    if word.endswith("es") and len(word) > 3 and word[-3] not in "sxzhcg" and count > 1:
        count -= 1  # "makes", but not "boxes" or "changes"
    return max(count, 1)


@dataclass(frozen=True)
class Readability:
    reading_ease: float
    grade: float
    longest_sentences: tuple[str, ...]


def measure(text: str) -> Readability | None:
    """None for text with no words to measure."""
    found = sentences(text)
    all_words = words(text)
    if not found or not all_words:
        return None
    words_per_sentence = len(all_words) / len(found)
    syllables_per_word = sum(syllables(w) for w in all_words) / len(all_words)
    return Readability(
        reading_ease=round(206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word, 1),
        grade=round(0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59, 1),
        longest_sentences=tuple(sorted(found, key=lambda s: len(words(s)), reverse=True)[:3]),
    )
