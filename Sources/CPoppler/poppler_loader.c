#include "poppler_loader.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

// GLib's layouts and constants, stable since GLib 2.0 and poppler-glib 0.x; declared here so that building needs no
// GLib or poppler headers and running needs poppler-glib only when a PDF comes.
typedef struct { unsigned int domain; int code; char *message; } GErrorLayout;
typedef struct GListLayout { void *data; struct GListLayout *next, *prev; } GListLayout;
enum { POPPLER_ERROR_ENCRYPTED = 1 };
static const int G_LOG_LEVEL_MASK = ~3;   // every level, without G_LOG_FLAG_RECURSION and G_LOG_FLAG_FATAL

static struct {
    void *(*g_bytes_new)(const void *, size_t);
    void (*g_bytes_unref)(void *);
    void (*g_object_unref)(void *);
    void (*g_free)(void *);
    void (*g_error_free)(GErrorLayout *);
    unsigned int (*g_list_length)(GListLayout *);
    unsigned int (*g_log_set_handler)(const char *, int, void (*)(const char *, int, const char *, void *), void *);
    void *(*poppler_document_new_from_bytes)(void *, const char *, GErrorLayout **);
    int (*poppler_document_get_n_pages)(void *);
    void *(*poppler_document_get_page)(void *, int);
    void (*poppler_page_get_size)(void *, double *, double *);
    char *(*poppler_page_get_text)(void *);
    int (*poppler_page_get_text_layout)(void *, cg_pdf_rect **, unsigned int *);
    GListLayout *(*poppler_page_get_image_mapping)(void *);
    void (*poppler_page_free_image_mapping)(GListLayout *);
} api;
static int loaded;
static char load_error[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    static const char *names[] = {
        "libpoppler-glib.so.8", "libpoppler-glib.so", "libpoppler-glib.8.dylib", "libpoppler-glib.dylib", NULL,
    };
    void *library = NULL;
    for (int i = 0; names[i] && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *why = dlerror();
        snprintf(load_error, sizeof load_error, "%s", why ? why : "libpoppler-glib not found");
        return;
    }
    // dlsym through poppler-glib's handle also finds GLib's functions: they are in its dependencies.
#define LOAD(name) \
    if (!(*(void **)&api.name = dlsym(library, #name))) { \
        snprintf(load_error, sizeof load_error, "libpoppler-glib has no %s", #name); return; }
    LOAD(g_bytes_new) LOAD(g_bytes_unref) LOAD(g_object_unref) LOAD(g_free) LOAD(g_error_free) LOAD(g_list_length)
    LOAD(g_log_set_handler) LOAD(poppler_document_new_from_bytes) LOAD(poppler_document_get_n_pages)
    LOAD(poppler_document_get_page) LOAD(poppler_page_get_size) LOAD(poppler_page_get_text)
    LOAD(poppler_page_get_text_layout) LOAD(poppler_page_get_image_mapping) LOAD(poppler_page_free_image_mapping)
#undef LOAD
    loaded = 1;
}

int cg_pdf_available(void) { pthread_once(&once, load); return loaded; }
const char *cg_pdf_load_error(void) { pthread_once(&once, load); return load_error; }

void *cg_pdf_open(const void *bytes, size_t length, int *encrypted, char *message, size_t message_size) {
    *encrypted = 0;
    if (message_size) message[0] = 0;
    if (!cg_pdf_available()) { snprintf(message, message_size, "%s", load_error); return NULL; }
    // GBytes copies the data, and the document keeps its own reference: poppler may read it later.
    void *data = api.g_bytes_new(bytes, length);
    GErrorLayout *error = NULL;
    void *document = api.poppler_document_new_from_bytes(data, NULL, &error);
    api.g_bytes_unref(data);
    if (!document) {
        if (error) {
            *encrypted = error->code == POPPLER_ERROR_ENCRYPTED;
            snprintf(message, message_size, "%s", error->message ? error->message : "unknown error");
            api.g_error_free(error);
        } else {
            snprintf(message, message_size, "unknown error");
        }
    }
    return document;
}

int cg_pdf_page_count(void *document) { return api.poppler_document_get_n_pages(document); }
void *cg_pdf_page(void *document, int index) { return api.poppler_document_get_page(document, index); }
void cg_pdf_release(void *object) { api.g_object_unref(object); }
void cg_pdf_page_size(void *page, double *width, double *height) { api.poppler_page_get_size(page, width, height); }
char *cg_pdf_page_text(void *page) { return api.poppler_page_get_text(page); }
int cg_pdf_page_layout(void *page, cg_pdf_rect **boxes, unsigned int *count) {
    return api.poppler_page_get_text_layout(page, boxes, count);
}
int cg_pdf_page_has_images(void *page) {
    GListLayout *images = api.poppler_page_get_image_mapping(page);
    if (!images) return 0;
    int found = api.g_list_length(images) > 0;
    api.poppler_page_free_image_mapping(images);
    return found;
}
void cg_pdf_free(void *memory) { api.g_free(memory); }

static void discard(const char *domain, int level, const char *message, void *data) {
    (void)domain; (void)level; (void)message; (void)data;
}
static void install_silence(void) { api.g_log_set_handler("Poppler", G_LOG_LEVEL_MASK, discard, NULL); }
void cg_pdf_silence_log(void) {
    static pthread_once_t silenced = PTHREAD_ONCE_INIT;
    if (cg_pdf_available()) pthread_once(&silenced, install_silence);
}
