/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics: "newsframe: CMD: WHERE: reason" lines on stderr, the exit
 * status, and counts. A mutex keeps lines whole when workers report.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/buf.h"
#include "core/diag.h"

static const char	*diag_command;
static bool		 diag_quiet;
static int		 diag_exit;
static long		 n_errors, n_warnings;
static pthread_mutex_t	 diag_lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local struct buf *diag_buf;
static _Thread_local long *diag_held;

static void	diag_vprint(const char *, const char *, const char *, va_list)
		    __attribute__((format(printf, 3, 0)));
static void	diag_vbufprint(struct buf *, const char *, va_list)
		    __attribute__((format(printf, 2, 0)));

static void
diag_vbufprint(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 aq;
	int	 n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n <= 0)
		return;
	buf_grow(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
diag_set_command(const char *name)
{
	diag_command = name;
}

void
diag_set_quiet(bool quiet)
{
	diag_quiet = quiet;
}

void
diag_capture(struct buf *b)
{
	diag_buf = b;
}

void
diag_hold_errors(long *held)
{
	diag_held = held;
}

void
diag_count_errors(long n)
{
	if (n <= 0)
		return;
	pthread_mutex_lock(&diag_lock);
	diag_exit = 1;
	n_errors += n;
	pthread_mutex_unlock(&diag_lock);
}

void
diag_write_captured(const char *s, size_t len)
{
	if (len == 0)
		return;
	pthread_mutex_lock(&diag_lock);
	fwrite(s, 1, len, stderr);
	pthread_mutex_unlock(&diag_lock);
}

void
diag_flush_captured(struct buf *b)
{
	diag_write_captured(b->data, b->len);
	buf_reset(b);
}

static void
diag_vprint(const char *where, const char *prefix, const char *fmt,
    va_list ap)
{
	if (diag_buf != NULL) {
		buf_adds(diag_buf, "newsframe: ");
		if (diag_command != NULL) {
			buf_adds(diag_buf, diag_command);
			buf_adds(diag_buf, ": ");
		}
		if (where != NULL) {
			buf_adds(diag_buf, where);
			buf_adds(diag_buf, ": ");
		}
		if (prefix != NULL)
			buf_adds(diag_buf, prefix);
		diag_vbufprint(diag_buf, fmt, ap);
		buf_addc(diag_buf, '\n');
		return;
	}
	pthread_mutex_lock(&diag_lock);
	fputs("newsframe: ", stderr);
	if (diag_command != NULL)
		fprintf(stderr, "%s: ", diag_command);
	if (where != NULL)
		fprintf(stderr, "%s: ", where);
	if (prefix != NULL)
		fputs(prefix, stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	pthread_mutex_unlock(&diag_lock);
}

int
nf_error(const char *where, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	diag_vprint(where, NULL, fmt, ap);
	va_end(ap);
	if (diag_buf != NULL && diag_held != NULL) {
		(*diag_held)++;
		return -1;
	}
	pthread_mutex_lock(&diag_lock);
	diag_exit = 1;
	n_errors++;
	pthread_mutex_unlock(&diag_lock);
	return -1;
}

int
nf_error_run(const char *where, const char *fmt, ...)
{
	struct buf	*captured = diag_buf;
	va_list		 ap;

	diag_buf = NULL;
	va_start(ap, fmt);
	diag_vprint(where, NULL, fmt, ap);
	va_end(ap);
	diag_buf = captured;
	pthread_mutex_lock(&diag_lock);
	diag_exit = 1;
	n_errors++;
	pthread_mutex_unlock(&diag_lock);
	return -1;
}

void
nf_warn(const char *where, const char *fmt, ...)
{
	va_list	 ap;

	pthread_mutex_lock(&diag_lock);
	n_warnings++;
	pthread_mutex_unlock(&diag_lock);
	if (diag_quiet)
		return;
	va_start(ap, fmt);
	diag_vprint(where, "warning: ", fmt, ap);
	va_end(ap);
}

void
nf_fatal(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	diag_vprint(NULL, NULL, fmt, ap);
	va_end(ap);
	exit(1);
}

void
nf_usage_error(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	diag_vprint(NULL, NULL, fmt, ap);
	va_end(ap);
}

int
diag_status(void)
{
	return diag_exit;
}

long
diag_errors(void)
{
	return n_errors;
}

long
diag_warnings(void)
{
	return n_warnings;
}
