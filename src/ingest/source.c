/* SPDX-License-Identifier: MIT */
/*
 * Walking operands: files, directories (recursively, entries sorted
 * bytewise so runs are reproducible), and "-". Directories on the current
 * path are remembered by device and inode, so a symbolic link back to an
 * ancestor is reported as a loop instead of being walked forever. Inside
 * a directory, entries are stat'ed first and only regular files are
 * opened (O_NONBLOCK, then checked again with fstat), so FIFOs and
 * devices never block the walk.
 */
#include <sys/stat.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/xmalloc.h"
#include "ingest/source.h"

#define WALK_DEPTH_MAX	512

struct ancestor {
	dev_t		 dev;
	ino_t		 ino;
};

struct walk {
	const struct source_cb	*cb;
	struct ancestor		 up[WALK_DEPTH_MAX];
	int			 depth;
};

static void	walk_dir(struct walk *, const char *, const struct stat *);

static bool
stopped(const struct walk *w)
{
	return w->cb->stop != NULL && w->cb->stop(w->cb->ctx);
}

static void
skip_errno(struct walk *w, const char *path, int err)
{
	w->cb->skip(w->cb->ctx, path, "unreadable", strerror(err), true);
}

static const char *
type_name(mode_t m)
{
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	if (S_ISCHR(m))
		return "a character device";
	if (S_ISBLK(m))
		return "a block device";
	return "not a regular file";
}

/* Opens a regular file found in a directory without ever blocking. */
static void
walk_file(struct walk *w, const char *path, const struct stat *st)
{
	struct stat	 fst;
	int		 fd, fl;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd == -1) {
		skip_errno(w, path, errno);
		return;
	}
	if (fstat(fd, &fst) == -1 || !S_ISREG(fst.st_mode) ||
	    fst.st_ino != st->st_ino || fst.st_dev != st->st_dev) {
		/* Replaced between stat and open: treat as changed. */
		w->cb->skip(w->cb->ctx, path, "unreadable",
		    "changed while being read", true);
		close(fd);
		return;
	}
	if ((fl = fcntl(fd, F_GETFL)) != -1)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	w->cb->file(w->cb->ctx, path, fd);
	close(fd);
}

static void
walk_entry(struct walk *w, const char *path)
{
	struct stat	 st;
	char		 msg[64];

	if (stat(path, &st) == -1) {
		skip_errno(w, path, errno);
		return;
	}
	if (S_ISDIR(st.st_mode))
		walk_dir(w, path, &st);
	else if (S_ISREG(st.st_mode))
		walk_file(w, path, &st);
	else {
		snprintf(msg, sizeof(msg), "%s, not read",
		    type_name(st.st_mode));
		w->cb->skip(w->cb->ctx, path, "not a regular file", msg,
		    false);
	}
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in a directory, sorted; NULL after reporting. */
static char **
read_names(struct walk *w, const char *path, size_t *n)
{
	DIR		*d;
	struct dirent	*de;
	char		**v = NULL;
	size_t		 cap = 0;

	*n = 0;
	if ((d = opendir(path)) == NULL) {
		skip_errno(w, path, errno);
		return NULL;
	}
	while ((errno = 0, de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		v = xgrow(v, &cap, *n + 1, sizeof(*v));
		v[(*n)++] = xstrdup(de->d_name);
	}
	if (errno != 0)
		skip_errno(w, path, errno);
	closedir(d);
	if (*n > 1)
		qsort(v, *n, sizeof(*v), cmp_names);
	return v;
}

static void
walk_dir(struct walk *w, const char *path, const struct stat *st)
{
	char		**names, *child;
	size_t		 n, i, plen = strlen(path);
	int		 k;

	for (k = 0; k < w->depth; k++)
		if (w->up[k].dev == st->st_dev && w->up[k].ino == st->st_ino) {
			w->cb->skip(w->cb->ctx, path, "symlink loop",
			    "symbolic link loop, not followed", false);
			return;
		}
	if (w->depth == WALK_DEPTH_MAX) {
		w->cb->skip(w->cb->ctx, path, "too deep",
		    "directories nested too deep, not walked", true);
		return;
	}
	if ((names = read_names(w, path, &n)) == NULL)
		return;
	w->up[w->depth].dev = st->st_dev;
	w->up[w->depth].ino = st->st_ino;
	w->depth++;
	for (i = 0; i < n; i++) {
		if (!stopped(w)) {
			child = xmalloc(plen + strlen(names[i]) + 2);
			if (plen > 0 && path[plen - 1] == '/')
				sprintf(child, "%s%s", path, names[i]);
			else
				sprintf(child, "%s/%s", path, names[i]);
			walk_entry(w, child);
			free(child);
		}
		free(names[i]);
	}
	free(names);
	w->depth--;
}

void
source_walk(const char *path, const struct source_cb *cb)
{
	struct walk	*w;
	struct stat	 st;
	int		 fd;

	if (strcmp(path, "-") == 0) {
		cb->file(cb->ctx, "-", STDIN_FILENO);
		return;
	}
	w = xcalloc(1, sizeof(*w));
	w->cb = cb;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		walk_dir(w, path, &st);
	else if ((fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC)) == -1)
		skip_errno(w, path, errno);
	else {
		/* Named on the command line: read whatever it is. */
		cb->file(cb->ctx, path, fd);
		close(fd);
	}
	free(w);
}
