// Headers live in /usr/include/libxml2; the -I comes from pkg-config libxml-2.0.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers would then pull in ICU's unicode/*.h, which clash with the copy
// Foundation ships (_FoundationICU) in any module that imports both. ClauseGuard uses no ICU API of libxml2.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

// xmlFree is a mutable global function pointer; Swift 6 refuses to touch it directly.
static inline void cg_xmlFree(void *p) { xmlFree(p); }
