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

// libxml2 prints some errors (encoding conversion, I/O) to stderr even under XML_PARSE_NOERROR, several lines per
// file. ClauseGuard reports every error itself, in one line, so the generic channel is silenced: for the calling
// thread (libxml2 keeps it per thread) and as the default for threads that touch libxml2 later.
static void cg_xml_ignore(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void cg_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, cg_xml_ignore);
    xmlThrDefSetGenericErrorFunc(NULL, cg_xml_ignore);
}
