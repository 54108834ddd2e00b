#pragma once

// The clocks the benchmarks read. Thread CPU time tells a loop that was busy
// from one that waited for a CPU (the servers and other processes share the
// machine); the monotonic clock is comparable between processes.

#include <QtGlobal>

#include <time.h>

inline qint64 threadCpuNs()
{
    struct timespec now = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

inline qint64 monotonicNs()
{
    struct timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
