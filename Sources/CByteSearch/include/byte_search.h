#ifndef CLAUSEGUARD_BYTE_SEARCH_H
#define CLAUSEGUARD_BYTE_SEARCH_H
#include <stddef.h>

/// memchr + memcmp on short texts, glibc's memmem (which Swift's Glibc module hides behind _GNU_SOURCE) on long ones.
/// Returns the offset of the first occurrence of `needle` in `haystack`, or -1.
long cg_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
