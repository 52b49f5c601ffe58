/* SPDX-License-Identifier: MIT */
/*
 * Scratch files in a private directory (include/core/tmpdir.h). While a
 * file is being made its name is registered with core/cleanup.h too, so
 * a signal at that moment removes it before the directory.
 *
 * Files given back are emptied and kept for the next tmpdir_file: a sort
 * that spills thousands of runs would otherwise make thousands of
 * inodes, and ext4 makes each new one slower while it remembers the
 * ones just deleted (0.3 ms each after 50,000).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cleanup.h"
#include "core/diag.h"
#include "core/tmpdir.h"
#include "core/xmalloc.h"

#define POOL_MAX	64	/* emptied files kept for reuse */

struct tmpdir {
	char		*parent;
	char		*path;		/* made at the first file, or NULL */
	char		*file;		/* the name of the file being made */
	size_t		 cap;		/* bytes of file */
	unsigned	 seq;
	bool		 failed;	/* mkdtemp failed: reported once */
	int		 pool[POOL_MAX];
	size_t		 npool;
	pthread_mutex_t	 mu;
};

struct tmpdir *
tmpdir_new(const char *parent)
{
	struct tmpdir	*d = xcalloc(1, sizeof(*d));

	d->parent = xstrdup(parent);
	pthread_mutex_init(&d->mu, NULL);
	return d;
}

void
tmpdir_free(struct tmpdir *d)
{
	if (d == NULL)
		return;
	while (d->npool > 0)
		close(d->pool[--d->npool]);
	if (d->path != NULL) {
		rmdir(d->path);
		cleanup_remove(d->path);
	}
	pthread_mutex_destroy(&d->mu);
	free(d->path);
	free(d->file);
	free(d->parent);
	free(d);
}

static int
make_dir(struct tmpdir *d)
{
	size_t	 len = strlen(d->parent) + 32;
	char	*p;

	if (d->failed)
		return -1;
	p = xmalloc(len);
	snprintf(p, len, "%s/newsframe.XXXXXX", d->parent);
	if (mkdtemp(p) == NULL) {
		nf_error_run(d->parent, "cannot make a temporary directory: %s",
		    strerror(errno));
		free(p);
		d->failed = true;
		return -1;
	}
	d->path = p;
	cleanup_add(d->path);
	d->cap = strlen(p) + 16;
	d->file = xmalloc(d->cap);
	return 0;
}

int
tmpdir_file(struct tmpdir *d)
{
	int	 fd, e = 0;

	pthread_mutex_lock(&d->mu);
	if (d->npool > 0) {
		fd = d->pool[--d->npool];
		pthread_mutex_unlock(&d->mu);
		return fd;
	}
	if (d->path == NULL && make_dir(d) != 0) {
		pthread_mutex_unlock(&d->mu);
		return -1;
	}
	snprintf(d->file, d->cap, "%s/%u", d->path, d->seq++);
	cleanup_add(d->file);
	if ((fd = open(d->file, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) == -1)
		e = errno;
	else
		unlink(d->file);
	cleanup_remove(d->file);
	pthread_mutex_unlock(&d->mu);
	if (fd == -1)
		nf_error(d->parent, "cannot make a temporary file: %s",
		    strerror(e));
	return fd;
}

void
tmpdir_give_back(struct tmpdir *d, int fd)
{
	if (fd == -1)
		return;
	if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0) {
		close(fd);
		return;
	}
	pthread_mutex_lock(&d->mu);
	if (d->npool < POOL_MAX) {
		d->pool[d->npool++] = fd;
		fd = -1;
	}
	pthread_mutex_unlock(&d->mu);
	if (fd != -1)
		close(fd);
}

const char *
tmpdir_parent(const struct tmpdir *d)
{
	return d->parent;
}
