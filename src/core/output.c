/* SPDX-License-Identifier: MIT */
/*
 * Output to stdout or to a file written atomically (temp + rename; a
 * device or FIFO is written in place; a run ended by SIGINT, SIGTERM or
 * SIGHUP removes its temp file, through core/cleanup.h). Write errors
 * other than EPIPE are fatal; SIGPIPE keeps its default so `| head` ends
 * the process quietly.
 */
#include <sys/stat.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cleanup.h"
#include "core/diag.h"
#include "core/output.h"
#include "core/xmalloc.h"

struct output {
	FILE	*f;
	char	*path;
	char	*tmp;
	bool	 failed;
};

/* What open(2) with 0666 would give: mkstemp makes files 0600. */
static mode_t
file_mode(void)
{
	mode_t	 mask = umask(0);

	umask(mask);
	return 0666 & ~mask;
}

struct output *
output_open(const char *path)
{
	struct output	*o = xcalloc(1, sizeof(*o));
	struct stat	 st;
	int		 fd;

	if (path == NULL || strcmp(path, "-") == 0) {
		o->f = stdout;
		return o;
	}
	o->path = xstrdup(path);
	/*
	 * A device or FIFO (-o /dev/null, -o /dev/stdout) is written in
	 * place: renaming a temporary file over it would replace it.
	 */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if ((o->f = fopen(path, "w")) == NULL) {
			nf_error(path, "%s", strerror(errno));
			free(o->path);
			free(o);
			return NULL;
		}
		return o;
	}
	o->tmp = xmalloc(strlen(path) + 16);
	snprintf(o->tmp, strlen(path) + 16, "%s.tmp.XXXXXX", path);
	if ((fd = mkstemp(o->tmp)) == -1 || fchmod(fd, file_mode()) != 0 ||
	    (o->f = fdopen(fd, "w")) == NULL) {
		nf_error(path, "%s", strerror(errno));
		if (fd != -1)
			close(fd);
		free(o->path);
		free(o->tmp);
		free(o);
		return NULL;
	}
	cleanup_add(o->tmp);
	return o;
}

FILE *
output_file(struct output *o)
{
	return o->f;
}

void
output_write(struct output *o, const void *p, size_t n)
{
	if (n == 0)
		return;
	if (fwrite(p, 1, n, o->f) != n) {
		if (o->tmp != NULL)
			unlink(o->tmp);
		nf_fatal("%s: %s", o->path ? o->path : "stdout",
		    strerror(errno));
	}
}

int
output_close(struct output *o, bool success)
{
	int	 rc = 0;

	if (o == NULL)
		return 0;
	if (fflush(o->f) != 0) {
		nf_error(o->path ? o->path : "stdout", "%s", strerror(errno));
		rc = -1;
	}
	if (o->f != stdout) {
		if (fclose(o->f) != 0 && rc == 0)
			rc = nf_error(o->path, "%s", strerror(errno));
		if (o->tmp == NULL)
			;	/* written in place */
		else if (rc == 0 && success) {
			if (rename(o->tmp, o->path) != 0)
				rc = nf_error(o->path, "%s", strerror(errno));
		} else
			unlink(o->tmp);
	}
	if (o->tmp != NULL)
		cleanup_remove(o->tmp);
	free(o->path);
	free(o->tmp);
	free(o);
	return rc;
}
