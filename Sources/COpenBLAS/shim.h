#ifndef COHORT_COPENBLAS_SHIM_H
#define COHORT_COPENBLAS_SHIM_H

// CBLAS from OpenBLAS (Debian: libopenblas-dev; the include path comes from
// `pkg-config --cflags openblas`). Also declares openblas_set_num_threads and
// openblas_get_corename.
#include <cblas.h>

// LAPACK routines the engine calls, with the Fortran calling convention
// (every argument by pointer, column-major storage). OpenBLAS exports them.

/// Singular value decomposition by divide and conquer.
void dgesdd_(const char *jobz, const int *m, const int *n, double *a, const int *lda,
             double *s, double *u, const int *ldu, double *vt, const int *ldvt,
             double *work, const int *lwork, int *iwork, int *info);

/// OpenBLAS's own: stops its worker threads (they are started again by the next
/// call that wants them). Every OpenBLAS build exports it (pthreads, OpenMP, Windows).
int blas_thread_shutdown_(void);

#endif
