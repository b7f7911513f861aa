#ifndef CLAUSEGUARD_TEMP_FILES_H
#define CLAUSEGUARD_TEMP_FILES_H

/// Temporary output files to delete if the process is stopped by a signal (SIGINT, SIGTERM, SIGHUP, SIGPIPE)
/// before they are renamed into place. The signal handler may only call async-signal-safe functions, so the
/// paths live in a fixed table of C strings written before the slot is marked ready.

/// Installs the handlers (once) and makes SIGXFSZ return EFBIG from write() instead of killing the process.
void cg_temp_install_handlers(void);

/// Remembers `path` for removal on a signal; returns the slot, or -1 if the table is full or the path too long.
int cg_temp_register(const char *path);

/// Forgets a slot (after the file was renamed into place or removed).
void cg_temp_unregister(int slot);

#endif
