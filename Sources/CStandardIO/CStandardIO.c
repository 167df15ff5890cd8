#include "CStandardIO.h"
#include <errno.h>
#include <stdio.h>

int cohort_flush_standard_output(void) {
    errno = 0;
    if (fflush(stdout) != 0) return errno != 0 ? errno : EIO;
    if (ferror(stdout)) return EIO;
    return 0;
}
