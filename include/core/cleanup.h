/* SPDX-License-Identifier: MIT */
/*
 * Temporary files and directories that must not outlive the run: a path
 * registered here is removed (unlink, or rmdir for a directory) if
 * SIGINT, SIGTERM, SIGHUP or SIGPIPE ends the process (which then ends by
 * the same signal, as it would have), or if it exits while the
 * path is still registered (nf_fatal). The owner removes it itself on the
 * normal path, then unregisters it. Signals the process ignores (nohup)
 * stay ignored. A few paths at a time: the -o FILE temporary file and a
 * spill directory with the file being made in it.
 */
#ifndef NF_CORE_CLEANUP_H
#define NF_CORE_CLEANUP_H

/*
 * Registers path (borrowed: it must stay valid and unchanged until
 * cleanup_remove). Thread-safe. Files are removed before directories.
 */
void	cleanup_add(const char *path);
/* Unregisters path (the same pointer); removes nothing. Thread-safe. */
void	cleanup_remove(const char *path);

#endif
