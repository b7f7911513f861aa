#define _GNU_SOURCE
#include <string.h>
#include "byte_search.h"

/// Texts up to this long (a sentence, a clause, a window around a match) are searched by `memchr` + `memcmp`: glibc's
/// memmem prepares a shift table on every call, which costs more than the whole search on a few hundred bytes.
#define CG_SHORT_HAYSTACK 2048

/// The needle byte `memchr` looks for: the last byte of its first character. In UTF-8 Chinese every character starts
/// with one of a few lead bytes (E4–E9), so a search on the first byte would stop at nearly every character; the
/// character's last byte takes one of 64 values.
static size_t pivot(const unsigned char *needle, size_t length) {
    if (needle[0] < 0xC0) return 0;
    size_t i = 1;
    while (i < length && (needle[i] & 0xC0) == 0x80) i++;
    return i - 1;
}

long cg_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    if (needle_length == 0) return 0;
    if (needle_length > haystack_length) return -1;
    if (haystack_length > CG_SHORT_HAYSTACK) {
        const char *hit = memmem(haystack, haystack_length, needle, needle_length);
        return hit ? (long)(hit - (const char *)haystack) : -1;
    }
    const unsigned char *h = haystack, *n = needle;
    const size_t k = pivot(n, needle_length);
    const unsigned char byte = n[k];
    // Candidate starts run from 0 to `last`; the pivot byte of a candidate at s stands at s + k.
    const size_t last = haystack_length - needle_length;
    size_t start = 0;
    while (start <= last) {
        const unsigned char *at = memchr(h + start + k, byte, last - start + 1);
        if (!at) return -1;
        const size_t candidate = (size_t)(at - h) - k;
        if (memcmp(h + candidate, n, needle_length) == 0) return (long)candidate;
        start = candidate + 1;
    }
    return -1;
}
