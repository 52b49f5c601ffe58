/* SPDX-License-Identifier: MIT */
/*
 * Removing temporary paths when a signal or an early exit ends the run
 * (include/core/cleanup.h). The handler only calls unlink, rmdir, signal
 * and raise, which are async-signal-safe, on a fixed array of pointers
 * that each store replaces whole; it then ends the process by the same
 * signal with its default action, so the exit status tells what happened.
 */
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cleanup.h"
#include "core/diag.h"

#define SLOTS	8

static const char *volatile	 slots[SLOTS];
static pthread_mutex_t		 lock = PTHREAD_MUTEX_INITIALIZER;
static bool			 installed;

/* Files first: a directory can only go once it is empty. */
static void
remove_all(void)
{
	size_t	 i;

	for (i = 0; i < SLOTS; i++)
		if (slots[i] != NULL)
			unlink(slots[i]);
	for (i = 0; i < SLOTS; i++)
		if (slots[i] != NULL)
			rmdir(slots[i]);
}

static void
on_signal(int sig)
{
	remove_all();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
at_exit(void)
{
	remove_all();
}

/*
 * SIGINT, SIGTERM and SIGHUP remove the paths before ending the run, and
 * so does SIGPIPE: `terms | head` still ends quietly, by SIGPIPE, but
 * leaves no spill directory behind.
 */
static void
install(void)
{
	static const int	 sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	struct sigaction	 sa, old;
	size_t			 i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
	atexit(at_exit);
	installed = true;
}

void
cleanup_add(const char *path)
{
	size_t	 i;

	pthread_mutex_lock(&lock);
	if (!installed)
		install();
	for (i = 0; i < SLOTS && slots[i] != NULL; i++)
		;
	if (i == SLOTS) {
		pthread_mutex_unlock(&lock);
		nf_fatal("too many temporary paths at once");
	}
	slots[i] = path;
	pthread_mutex_unlock(&lock);
}

void
cleanup_remove(const char *path)
{
	size_t	 i;

	pthread_mutex_lock(&lock);
	for (i = 0; i < SLOTS; i++)
		if (slots[i] == path)
			slots[i] = NULL;
	pthread_mutex_unlock(&lock);
}
