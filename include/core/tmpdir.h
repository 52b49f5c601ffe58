/* SPDX-License-Identifier: MIT */
/*
 * A private temporary directory for scratch files (stats/extsort.h's
 * runs): made with mkdtemp under a parent directory when the first file
 * is asked for, so a run that needs none makes none. Each file is
 * unlinked as soon as it is open and lives on as a descriptor only:
 * nothing but the empty directory is ever left by a crash. The directory
 * is removed by tmpdir_free and, through core/cleanup.h, when a signal
 * or an early exit ends the run.
 *
 * tmpdir_new returns a tmpdir freed with tmpdir_free, after the files
 * are closed or given back. tmpdir_file and tmpdir_give_back are
 * thread-safe.
 */
#ifndef NF_CORE_TMPDIR_H
#define NF_CORE_TMPDIR_H

struct tmpdir;

/* A directory to be made under parent (copied). */
struct tmpdir	*tmpdir_new(const char *parent);
/* Removes the directory (its files must be closed). NULL is fine. */
void		 tmpdir_free(struct tmpdir *);
/*
 * A new empty file, open for reading and writing (the caller closes it),
 * already without a name; -1 after reporting, naming the parent, why the
 * directory or the file could not be made.
 */
int		 tmpdir_file(struct tmpdir *);
/*
 * Done with fd, a file of d: it is emptied and kept for a later
 * tmpdir_file (which is cheaper than a new file), or closed.
 */
void		 tmpdir_give_back(struct tmpdir *, int fd);
/* The parent directory, for messages (borrowed). */
const char	*tmpdir_parent(const struct tmpdir *);

#endif
