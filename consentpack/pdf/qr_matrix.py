"""The modules of a page's QR code, exactly as segno makes them (error level M, no Micro QR,
mask 0), without the millisecond segno takes building each code bit by bit in Python. Page
codes are all alphanumeric mode, which has a fast path here: what depends only on the symbol (its
version and error level, its patterns, where each message bit lands and whether the mask flips
it) comes from segno once and is kept; each code then needs only its message bytes and their
error correction, looked up a byte at a time. Any other text goes to segno itself."""

import re
from functools import cache, reduce
from itertools import accumulate
from operator import add, getitem, itemgetter, xor
from typing import NamedTuple

import segno
from segno import consts, encoder

# A fixed mask: searching all eight for the best is 5 ms a code, a third of a pack's time in a
# batch; the tests decode every kind of page at 150-300 dpi with it.
MASK = 0
_CHARACTERS = consts.ALPHANUMERIC_CHARS.decode()
_ALPHANUMERIC = re.compile(f"[{re.escape(_CHARACTERS)}]+")
_CHARACTER_BITS = {character: f"{value:06b}" for value, character in enumerate(_CHARACTERS)}
_PAIR_BITS = {first + second: f"{45 * first_value + second_value:011b}"
              for first_value, first in enumerate(_CHARACTERS) for second_value, second in enumerate(_CHARACTERS)}
_PAD_CODEWORDS = b"\xec\x11" * 1500  # more than any symbol holds
_FLIPPED = str.maketrans("01", "10")


def qr_rows(text: str) -> list[str]:
    """Each row of the code for `text`, a dark module "1" and a light one "0"."""
    if not _ALPHANUMERIC.fullmatch(text) or text.isdigit():
        return ["".join(map(str, row)) for row in segno.make(text, error="m", micro=False, mask=MASK).matrix]
    symbol = _symbol(*_version_and_error(len(text)))
    bits = _message_bits(text, symbol)
    modules = bits + bits.translate(_FLIPPED) + "01"  # what the row pickers pick from
    return ["".join(row(modules)) for row in symbol.rows]


@cache
def _version_and_error(length: int) -> tuple[int, int]:
    """segno's choice for an alphanumeric text of `length` characters: the smallest version
    holding it at level M, then the highest level that version still holds it at."""
    code = segno.make("A" * length, error="m", micro=False, mask=MASK)
    return code.version, consts.ERROR_MAPPING[code.error]


class _Symbol(NamedTuple):
    """What every code of one version and error level shares."""

    count_bits: int  # of the character count
    capacity: int  # data bits
    blocks: list[tuple[int, int]]  # data and error correction codewords, block by block
    rows: list[itemgetter]


@cache
def _symbol(version: int, error: int) -> _Symbol:
    blocks = [(ec.num_data, ec.num_total - ec.num_data)
              for ec in consts.ECC[version][error] for _ in range(ec.num_blocks)]
    return _Symbol(consts.CHAR_COUNT_INDICATOR_LENGTH[consts.MODE_ALPHANUMERIC][encoder.version_range(version)],
                   consts.SYMBOL_CAPACITY[version][error], blocks, _row_pickers(version, error, blocks))


def _message_bits(text: str, symbol: _Symbol) -> str:
    """The data codewords, then each block's error correction, as segno makes them; the row
    pickers interleave them."""
    pairs = "".join(map(_PAIR_BITS.__getitem__, map(add, text[::2], text[1::2])))
    bits = f"0010{len(text):0{symbol.count_bits}b}{pairs}" + (_CHARACTER_BITS[text[-1]] if len(text) % 2 else "")
    bits += "0" * min(symbol.capacity - len(bits), 4)  # the terminator
    bits += "0" * (8 - len(bits) % 8)  # segno's padding: a whole zero byte where the bits end on a byte
    data = (int(bits, 2).to_bytes(len(bits) // 8, "big") + _PAD_CODEWORDS)[:symbol.capacity // 8]
    message = bytearray(data)
    start = 0
    for data_length, correction_length in symbol.blocks:
        tables = _correction_tables(data_length, correction_length)
        message += reduce(xor, map(getitem, tables, data[start:start + data_length])).to_bytes(correction_length, "big")
        start += data_length
    return f"{int.from_bytes(message, 'big'):0{8 * len(message)}b}"


@cache
def _correction_tables(data_length: int, correction_length: int) -> list[list[int]]:
    """tables[i][byte]: the Reed-Solomon error correction, as one number, of a block holding
    `byte` at position i and zeros elsewhere. The code is linear, so a block's is the XOR of
    its bytes': a lookup a byte instead of a polynomial division in Python."""
    exp, log = consts.GALIOS_EXP, consts.GALIOS_LOG
    generator = consts.GEN_POLY[correction_length]
    last = [0] + [int.from_bytes(bytes(exp[log[byte] + term] for term in generator), "big") for byte in range(1, 256)]
    top, keep = 8 * (correction_length - 1), (1 << 8 * correction_length) - 1
    tables = [last]
    for _ in range(data_length - 1):  # a byte further from the end: times x, modulo the generator
        tables.append([((remainder << 8) & keep) ^ last[remainder >> top] for remainder in tables[-1]])
    return tables[::-1]


def _row_pickers(version: int, error: int, blocks: list[tuple[int, int]]) -> list[itemgetter]:
    """For each row, what picks its modules from the message bits, the same bits flipped by the
    mask, then a light and a dark module (for the patterns and the remainder bits)."""
    width = encoder.calc_matrix_size(version)
    matrix = encoder.make_matrix(width, width)
    encoder.add_finder_patterns(matrix, width, width)
    encoder.add_alignment_patterns(matrix, width, width)
    encoder.add_format_info(matrix, version, error, MASK)
    encoder.add_version_info(matrix, version)
    places = sum(row.count(2) for row in matrix)  # segno's mark for where the message goes
    grid = [list(row) for row in matrix]
    encoder.add_codewords(grid, [-1 - place for place in range(places)], version)  # each place's number
    codewords = _interleaved([length for length, _ in blocks], 0)
    codewords += _interleaved([length for _, length in blocks], len(codewords))
    message = 8 * len(codewords)
    flipped = encoder.get_data_mask_functions(False)[MASK]
    pickers = []
    for i, row in enumerate(grid):
        indices = []
        for j, value in enumerate(row):
            place, flip = -1 - value, flipped(i, j)
            if value >= 0:
                indices.append(2 * message + value)
            elif place < message:
                indices.append(8 * codewords[place // 8] + place % 8 + message * flip)
            else:  # a remainder bit, light before the mask
                indices.append(2 * message + flip)
        pickers.append(itemgetter(*indices))
    return pickers


def _interleaved(lengths: list[int], offset: int) -> list[int]:
    """Where each codeword of the interleaved blocks is among the blocks one after another."""
    starts = list(accumulate(lengths, initial=offset))
    return [start + i for i in range(max(lengths))
            for start, length in zip(starts, lengths, strict=False) if i < length]
