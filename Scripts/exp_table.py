#!/usr/bin/env python3
"""Prints the 64 values 2^(j/64), j = 0…63, each rounded to the nearest
double (computed with 60 significant digits; Python's float() of a Decimal
rounds correctly), as C99/Swift hexadecimal literals: the table of CohortKit's
fastExp (Sources/CohortKit/Numerics/FastExp.swift) and of the block kernels'
FAST_EXP (Sources/CCohortKernels/CohortKernels.c), which must hold the same
literals. Also prints ln 2/64 split in two (a high part with 32 trailing zero
bits, so n·high is exact for |n| < 2²¹, and the rest) and 64/ln 2."""
from decimal import Decimal, getcontext
import struct

getcontext().prec = 60
ln2 = Decimal(2).ln()
for j in range(64):
    print(float((ln2 * j / 64).exp()).hex())
step = ln2 / 64
high_bits = struct.unpack("<Q", struct.pack("<d", float(step)))[0] & ~((1 << 32) - 1)
high = struct.unpack("<d", struct.pack("<Q", high_bits))[0]
print("ln2/64 high", high.hex(), "low", float(step - Decimal(high)).hex(), "64/ln2", repr(float(64 / ln2)))
