/* SPDX-License-Identifier: MIT */
/*
 * Parallel record processing. Batches of about BATCH_BYTES of input lines
 * sit in a ring in input order; workers claim the oldest unclaimed one,
 * parse and process it into the batch's own output buffer; the reading
 * thread writes finished batches from the head of the ring, in order.
 * At most 2 * jobs batches are in flight, so memory stays bounded.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/command.h"
#include "core/diag.h"
#include "core/lines.h"
#include "core/pipeline.h"
#include "core/record.h"
#include "core/xmalloc.h"

#define BATCH_BYTES	(256 * 1024)
#define BATCH_LINES	2048

struct batch {
	const char	*path;
	struct buf	 text;		/* lines, each ending in NUL */
	size_t		*start;
	size_t		*len;
	long		*lineno;
	size_t		 n, cap;
	struct buf	 out;
	struct buf	 diag;		/* its diagnostics, printed in order */
	bool		 done;
};

struct pipe {
	pthread_mutex_t		 mu;
	pthread_cond_t		 work;		/* a batch to claim, or end */
	pthread_cond_t		 done;		/* a batch finished */
	struct batch		**ring;
	size_t			 size;		/* ring slots */
	size_t			 head, claim, tail;	/* counters, mod size */
	bool			 end;
	bool			 stop;
	const struct command	*c;
	const struct run	*proto;
};

struct worker {
	pthread_t	 thread;
	struct pipe	*p;
	void		*st;
	struct run	 run;
	long		 records, bad;
};

static void
batch_add(struct batch *b, const char *line, size_t len, long lineno)
{
	if (b->n == b->cap) {
		size_t cap = b->cap;

		b->start = xgrow(b->start, &cap, b->n + 1, sizeof(size_t));
		cap = b->cap;
		b->len = xgrow(b->len, &cap, b->n + 1, sizeof(size_t));
		cap = b->cap;
		b->lineno = xgrow(b->lineno, &cap, b->n + 1, sizeof(long));
		b->cap = cap;
	}
	b->start[b->n] = b->text.len;
	b->len[b->n] = len;
	b->lineno[b->n] = lineno;
	buf_add(&b->text, line, len);
	buf_addc(&b->text, '\0');
	b->n++;
}

static void
batch_free(struct batch *b)
{
	buf_release(&b->text);
	buf_release(&b->out);
	buf_release(&b->diag);
	free(b->start);
	free(b->len);
	free(b->lineno);
	free(b);
}

static void
process(struct worker *w, struct batch *b)
{
	struct record	 r;
	const char	*err;
	char		 where[4096];
	size_t		 i;

	w->run.out = &b->out;
	w->run.path = b->path;
	diag_capture(&b->diag);
	for (i = 0; i < b->n; i++) {
		w->run.line = b->lineno[i];
		if (record_parse(&r, w->run.arena, b->text.data + b->start[i],
		    b->len[i], &err) != 0) {
			snprintf(where, sizeof(where), "%s:%ld", b->path,
			    b->lineno[i]);
			nf_error(where, "%s", err);
			w->bad++;
		} else if (run_in_shard(&w->run, &r)) {
			/* Numbers records within this worker: stages use it to
			   tell records apart in their own tables. */
			w->run.records++;
			w->records++;
			if (w->p->c->record(w->st, &r, &w->run) == STAGE_STOP) {
				pthread_mutex_lock(&w->p->mu);
				w->p->stop = true;
				pthread_mutex_unlock(&w->p->mu);
			}
		}
		arena_reset(w->run.arena);
	}
	diag_capture(NULL);
}

static void *
worker_main(void *arg)
{
	struct worker	*w = arg;
	struct pipe	*p = w->p;
	struct batch	*b;

	for (;;) {
		pthread_mutex_lock(&p->mu);
		while (p->claim == p->tail && !p->end)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->claim == p->tail) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		b = p->ring[p->claim++ % p->size];
		pthread_mutex_unlock(&p->mu);
		process(w, b);
		pthread_mutex_lock(&p->mu);
		b->done = true;
		pthread_cond_broadcast(&p->done);
		pthread_mutex_unlock(&p->mu);
	}
}

/* Writes and frees finished batches at the head; waits while full. */
static void
drain(struct pipe *p, struct run *run, bool wait_all)
{
	struct batch	*b;

	pthread_mutex_lock(&p->mu);
	while (p->head != p->tail) {
		b = p->ring[p->head % p->size];
		if (!b->done) {
			if (!wait_all && p->tail - p->head < p->size)
				break;
			pthread_cond_wait(&p->done, &p->mu);
			continue;
		}
		p->head++;
		pthread_mutex_unlock(&p->mu);
		buf_add(run->out, b->out.data, b->out.len);
		run_flush(run, false);
		diag_flush_captured(&b->diag);
		batch_free(b);
		pthread_mutex_lock(&p->mu);
	}
	pthread_mutex_unlock(&p->mu);
}

static void
submit(struct pipe *p, struct run *run, struct batch *b)
{
	drain(p, run, false);
	pthread_mutex_lock(&p->mu);
	p->ring[p->tail++ % p->size] = b;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
}

static bool
stopped(struct pipe *p)
{
	bool	 s;

	pthread_mutex_lock(&p->mu);
	s = p->stop;
	pthread_mutex_unlock(&p->mu);
	return s;
}

static struct batch *
batch_new(const char *path)
{
	struct batch	*b = xcalloc(1, sizeof(*b));

	b->path = path;
	buf_init(&b->text);
	buf_init(&b->out);
	buf_init(&b->diag);
	return b;
}

/*
 * Diagnostics of the reading thread (a missing file, a read error) take
 * their place in the ring too, after the batches read before them.
 */
static void
submit_diag(struct pipe *p, struct run *run, struct batch **b,
    struct buf *pending)
{
	struct batch	*d;

	if (pending->len == 0)
		return;
	if (*b != NULL) {
		submit(p, run, *b);
		*b = NULL;
	}
	d = batch_new(NULL);
	buf_add(&d->diag, pending->data, pending->len);
	buf_reset(pending);
	submit(p, run, d);
}

static void
read_path(struct pipe *p, struct run *run, const char *path)
{
	struct lines	*l;
	struct batch	*b = NULL;
	struct buf	 pending;
	const char	*line;
	size_t		 len;
	long		 lineno = 0;
	int		 rc = 1;

	buf_init(&pending);
	diag_capture(&pending);
	l = lines_open(path);
	diag_capture(NULL);
	submit_diag(p, run, &b, &pending);
	while (l != NULL && rc == 1 && !stopped(p)) {
		diag_capture(&pending);
		rc = lines_next(l, &line, &len);
		diag_capture(NULL);
		submit_diag(p, run, &b, &pending);
		if (rc != 1)
			break;
		lineno++;
		if (len == 0)
			continue;
		if (b == NULL)
			b = batch_new(path);
		batch_add(b, line, len, lineno);
		if (b->text.len >= BATCH_BYTES || b->n >= BATCH_LINES) {
			submit(p, run, b);
			b = NULL;
		}
	}
	if (b != NULL)
		submit(p, run, b);
	lines_close(l);
	buf_release(&pending);
}

int
pipeline_run(const struct command *c, void *st, char **paths, int npaths,
    struct run *run)
{
	struct pipe	 p = { 0 };
	struct worker	*w;
	int		 i, n = run->jobs;

	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.work, NULL);
	pthread_cond_init(&p.done, NULL);
	p.size = (size_t)n * 2;
	p.ring = xcalloc(p.size, sizeof(*p.ring));
	p.c = c;
	w = xcalloc((size_t)n, sizeof(*w));
	for (i = 0; i < n; i++) {
		w[i].p = &p;
		w[i].st = c->fork(st);
		w[i].run = *run;
		w[i].run.arena = arena_new();
		w[i].run.hold = true;
		if (pthread_create(&w[i].thread, NULL, worker_main, &w[i]) != 0)
			nf_fatal("cannot start a worker thread");
	}
	if (npaths == 0)
		read_path(&p, run, "-");
	for (i = 0; i < npaths && !stopped(&p); i++)
		read_path(&p, run, paths[i]);
	drain(&p, run, true);
	pthread_mutex_lock(&p.mu);
	p.end = true;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < n; i++) {
		pthread_join(w[i].thread, NULL);
		run->records += w[i].records;
		run->bad_lines += w[i].bad;
		arena_free(w[i].run.arena);
		c->join(st, w[i].st);
	}
	free(w);
	free(p.ring);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.work);
	pthread_cond_destroy(&p.done);
	return p.stop ? 1 : 0;
}
