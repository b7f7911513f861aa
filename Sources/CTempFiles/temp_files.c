#include "temp_files.h"

#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/random.h>
#include <string.h>
#include <unistd.h>

#define SLOTS 32
#define PATH_BYTES 4096

enum { FREE = 0, CLAIMED = 1, READY = 2 };

static char paths[SLOTS][PATH_BYTES];
static int states[SLOTS];

static void remove_and_reraise(int signal_number) {
    for (int i = 0; i < SLOTS; i++) {
        if (__atomic_load_n(&states[i], __ATOMIC_ACQUIRE) == READY) unlink(paths[i]);
    }
    // Die of the same signal, so the caller (a shell, CI) sees how the process ended.
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigaction(signal_number, &fallback, NULL);
    raise(signal_number);
}

void cg_temp_install_handlers(void) {
    static int installed = 0;
    if (__atomic_exchange_n(&installed, 1, __ATOMIC_ACQ_REL)) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remove_and_reraise;
    sigemptyset(&action.sa_mask);
    const int stopping[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
    sigset_t handled;
    sigemptyset(&handled);
    for (unsigned i = 0; i < sizeof stopping / sizeof stopping[0]; i++) {
        struct sigaction current;
        // A signal the parent chose to ignore (nohup, `trap '' INT`) stays ignored.
        if (sigaction(stopping[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        sigaction(stopping[i], &action, NULL);
        sigaddset(&handled, stopping[i]);
    }
    // A mask inherited from a spawning thread that blocks everything (thread pools do) would make these signals
    // pend forever: the run could not be stopped at all.
    pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
    signal(SIGXFSZ, SIG_IGN);
}

static int cg_temp_register(const char *path) {
    size_t length = strlen(path);
    if (length >= PATH_BYTES) return -1;
    for (int i = 0; i < SLOTS; i++) {
        int expected = FREE;
        if (__atomic_compare_exchange_n(&states[i], &expected, CLAIMED, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            memcpy(paths[i], path, length + 1);
            __atomic_store_n(&states[i], READY, __ATOMIC_RELEASE);
            return i;
        }
    }
    return -1;
}

int cg_temp_create(char *template, int *slot) {
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    size_t length = strlen(template);
    *slot = -1;
    if (length < 6 || strcmp(template + length - 6, "XXXXXX") != 0) { errno = EINVAL; return -1; }
    for (int attempt = 0; attempt < 100; attempt++) {
        unsigned char random[6];
        if (getrandom(random, sizeof random, 0) != (ssize_t)sizeof random) return -1;
        for (int i = 0; i < 6; i++) template[length - 6 + i] = letters[random[i] % (sizeof letters - 1)];
        // Remembered before it exists, so a signal between the two steps never leaves our file behind; at worst it
        // unlinks a name not yet created (another process drawing the same random name in that instant is as
        // unlikely as a mkstemp collision; O_EXCL keeps us off a name that is already taken).
        int remembered = cg_temp_register(template);
        int fd = open(template, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) { *slot = remembered; return fd; }
        int saved = errno;
        cg_temp_unregister(remembered);
        errno = saved;
        if (saved != EEXIST) return -1;
    }
    errno = EEXIST;
    return -1;
}

void cg_temp_unregister(int slot) {
    if (slot < 0 || slot >= SLOTS) return;
    __atomic_store_n(&states[slot], FREE, __ATOMIC_RELEASE);
}
