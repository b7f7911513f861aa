#define _GNU_SOURCE
#include <string.h>
#include "byte_search.h"

long cg_find_bytes(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    if (needle_length == 0) return 0;
    const char *hit = memmem(haystack, haystack_length, needle, needle_length);
    return hit ? (long)(hit - (const char *)haystack) : -1;
}
