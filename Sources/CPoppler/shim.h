// poppler's GLib API (poppler-glib): PDF pages, their text and its layout.
#include <poppler.h>
