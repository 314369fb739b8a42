#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H
// glibc's malloc tuning (mallopt), which Swift's Glibc module leaves out.
#include <malloc.h>

// mimalloc's options, where the release build links it (Package.swift, Linux). Declared weak,
// so that the builds without it (debug, the sanitizers') link too and find it missing.
#if __has_include(<mimalloc.h>)
#include <mimalloc.h>
extern void mi_option_set(mi_option_t option, long value) __attribute__((weak));

/// Has mimalloc give freed pages back to the system at once, as glibc does for large blocks.
static inline void workbook_mimalloc_give_back_at_once(void) {
    if (mi_option_set) {
        mi_option_set(mi_option_decommit_delay, 0);
        mi_option_set(mi_option_segment_decommit_delay, 0);
    }
}
#else
static inline void workbook_mimalloc_give_back_at_once(void) {}
#endif
#endif
