#define PCRE2_CODE_UNIT_WIDTH 8      // must precede the include
#include <pcre2.h>
// PCRE2 names its constants with macros Swift cannot import; expose them as functions.
static inline PCRE2_SIZE cg_pcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
static inline PCRE2_SIZE cg_pcre2_unset(void) { return PCRE2_UNSET; }
static inline uint32_t cg_pcre2_utf(void) { return PCRE2_UTF; }
static inline uint32_t cg_pcre2_ucp(void) { return PCRE2_UCP; }
static inline uint32_t cg_pcre2_caseless(void) { return PCRE2_CASELESS; }
static inline uint32_t cg_pcre2_no_utf_check(void) { return PCRE2_NO_UTF_CHECK; }
static inline uint32_t cg_pcre2_jit_complete(void) { return PCRE2_JIT_COMPLETE; }
static inline int cg_pcre2_error_nomatch(void) { return PCRE2_ERROR_NOMATCH; }
static inline int cg_pcre2_error_matchlimit(void) { return PCRE2_ERROR_MATCHLIMIT; }
static inline int cg_pcre2_error_depthlimit(void) { return PCRE2_ERROR_DEPTHLIMIT; }
static inline int cg_pcre2_error_jit_stacklimit(void) { return PCRE2_ERROR_JIT_STACKLIMIT; }
static inline uint32_t cg_pcre2_info_namecount(void) { return PCRE2_INFO_NAMECOUNT; }
static inline uint32_t cg_pcre2_info_nameentrysize(void) { return PCRE2_INFO_NAMEENTRYSIZE; }
static inline uint32_t cg_pcre2_info_nametable(void) { return PCRE2_INFO_NAMETABLE; }
static inline uint32_t cg_pcre2_info_capturecount(void) { return PCRE2_INFO_CAPTURECOUNT; }
