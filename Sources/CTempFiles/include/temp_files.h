#ifndef CLAUSEGUARD_TEMP_FILES_H
#define CLAUSEGUARD_TEMP_FILES_H

/// Temporary output files to delete if the process is stopped by a signal (SIGINT, SIGTERM, SIGHUP, SIGPIPE)
/// before they are renamed into place. The signal handler may only call async-signal-safe functions, so the
/// paths live in a fixed table of C strings written before the slot is marked ready.

/// Installs the handlers (once) and makes SIGXFSZ return EFBIG from write() instead of killing the process.
void cg_temp_install_handlers(void);

/// Creates a new file from `template` the way mkstemp does (its trailing XXXXXX replaced by random letters, created
/// with O_EXCL, mode 0600, close-on-exec), remembering the name for removal on a signal before the file exists, so
/// a signal can never find the file created but not yet remembered. Returns the descriptor (or -1 with errno set);
/// `slot` receives the slot to pass to `cg_temp_unregister` (-1 if the table was full).
int cg_temp_create(char *template, int *slot);

/// Forgets a slot (after the file was renamed into place or removed).
void cg_temp_unregister(int slot);

#endif
