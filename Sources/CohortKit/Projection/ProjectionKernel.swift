/// How the survival-and-births part of a projection step is computed.
///
/// Both give the same numbers to rounding; the choice is one of speed.
public enum ProjectionKernel: String, CaseIterable, Sendable, Codable {
    /// A loop over the one band of survival ratios, births as a BLAS
    /// matrix–vector product of the fertility row against all columns of
    /// women. Works with shared or per-column rates.
    case structured
    /// The year's dense ``LeslieMatrix`` applied to every column with
    /// `cblas_dgemm`. Needs rates shared by all columns.
    case leslie
}
