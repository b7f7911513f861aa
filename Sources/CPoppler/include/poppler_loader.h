#ifndef CLAUSEGUARD_POPPLER_LOADER_H
#define CLAUSEGUARD_POPPLER_LOADER_H
#include <stddef.h>

/// poppler's GLib API (poppler-glib), opened with dlopen on the first PDF instead of linked: its library tree
/// (GLib, cairo, NSS, X11, image codecs: some 45 libraries) took a fifth of every scan's start-up, PDF or not.
/// Only the calls the PDF reader makes, with GLib's types kept inside the C file.

/// A character's box on the page (poppler's PopplerRectangle).
typedef struct { double x1, y1, x2, y2; } cg_pdf_rect;

/// 1 when poppler-glib is loaded (opened on the first call); otherwise 0, with the reason in `cg_pdf_load_error`.
int cg_pdf_available(void);
const char *cg_pdf_load_error(void);

/// Opens a PDF from memory (copied). NULL on failure: `encrypted` is set when a password is needed, and
/// `message` receives poppler's explanation.
void *cg_pdf_open(const void *bytes, size_t length, int *encrypted, char *message, size_t message_size);
int cg_pdf_page_count(void *document);
/// A page (release with cg_pdf_release), or NULL.
void *cg_pdf_page(void *document, int index);
/// Releases a document or a page.
void cg_pdf_release(void *object);
void cg_pdf_page_size(void *page, double *width, double *height);
/// The page's text in reading order (free with cg_pdf_free), or NULL.
char *cg_pdf_page_text(void *page);
/// One box per character of the page's text (free with cg_pdf_free); 0 when poppler has no layout.
int cg_pdf_page_layout(void *page, cg_pdf_rect **boxes, unsigned int *count);
/// 1 when the page holds images.
int cg_pdf_page_has_images(void *page);
void cg_pdf_free(void *memory);
/// Sends poppler's GLib log messages (damaged objects) nowhere: the reader reports the file in one line.
void cg_pdf_silence_log(void);

#endif
