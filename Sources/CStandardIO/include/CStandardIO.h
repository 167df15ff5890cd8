#ifndef COHORT_STANDARD_IO_H
#define COHORT_STANDARD_IO_H

/// Flushes C's stdout (the buffer Swift's print fills) and returns 0 when
/// everything printed reached it, or the errno of the failure (EIO when the
/// error flag was set by an earlier write). Swift 6 cannot read the global
/// `stdout` safely, hence this one C function.
int cohort_flush_standard_output(void);

#endif
