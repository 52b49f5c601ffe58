/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics on stderr, one line each:
 *	newsframe: CMD: WHERE: reason
 * WHERE is a path, path:line, archive!member, "-" for stdin, or NULL.
 * The module keeps the process exit status (0, or 1 once an error was
 * reported). It is thread-safe: lines from workers never interleave.
 */
#ifndef NF_CORE_DIAG_H
#define NF_CORE_DIAG_H

#include <stdbool.h>
#include <stddef.h>

/* Names the running subcommand in every following line (NULL: none). */
void	diag_set_command(const char *);
/* Silences warnings (errors still print); used by -q where documented. */
void	diag_set_quiet(bool);

/* Prints an error, sets the exit status to 1, returns -1. */
int	nf_error(const char *where, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/*
 * An error about the whole run, not the record at hand (a scratch
 * directory that cannot be made): printed at once and counted even in a
 * worker that captures, so it is never dropped with a stopped batch.
 */
int	nf_error_run(const char *where, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Prints "warning: ..."; the exit status is unchanged. */
void	nf_warn(const char *where, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Prints and exits 1: out of memory, unwritable output. */
void	nf_fatal(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
/* Prints a usage error line (no status change); the caller exits 2. */
void	nf_usage_error(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/*
 * Diverts this thread's diagnostic lines into b (NULL: back to stderr),
 * so parallel workers' lines can be printed later in input order.
 */
struct buf;
void	diag_capture(struct buf *b);
/* Writes b's captured lines to stderr and empties it. */
void	diag_flush_captured(struct buf *b);
/* Writes len bytes of captured lines to stderr. */
void	diag_write_captured(const char *s, size_t len);
/*
 * While this thread captures, its errors add to *held (NULL: back to
 * setting the status at once) instead of setting the exit status, so
 * that lines dropped unprinted (output after a stop) leave no trace;
 * diag_count_errors(n) counts n held errors when their lines are printed.
 */
void	diag_hold_errors(long *held);
void	diag_count_errors(long n);

/* 0, or 1 when an error was reported. */
int	diag_status(void);
/* Number of errors and warnings reported so far. */
long	diag_errors(void);
long	diag_warnings(void);

#endif
