/* SPDX-License-Identifier: MIT */
/*
 * Parallel record processing. Batches of about BATCH_BYTES of input lines
 * sit in a ring in input order; workers claim the oldest unclaimed one,
 * parse and process it into the batch's own output buffer; the reading
 * thread writes finished batches from the head of the ring, in order.
 * At most 2 * jobs batches are in flight, so memory stays bounded. A
 * command with an ordered() step gets it there too, on the reading thread,
 * record by record, with the note its worker left (core/command.h).
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

enum line_kind { LINE_BAD, LINE_SKIPPED, LINE_RECORD, LINE_STOP };

/*
 * A line and, once processed, where its part of the batch's output,
 * notes, diagnostics and held errors ends, so that the writer can stop
 * exactly after the record that asked to.
 */
struct bline {
	size_t		 start, len;	/* in batch.text */
	long		 lineno;
	unsigned long	 seq;
	size_t		 out_end, note_end, diag_end;
	long		 errors_end;
	enum line_kind	 kind;
};

struct batch {
	const char	*path;
	struct buf	 text;		/* lines, each ending in NUL */
	struct bline	*v;
	size_t		 n, cap;
	struct buf	 out;
	struct buf	 notes;		/* record() notes for ordered() */
	struct buf	 diag;		/* its diagnostics, printed in order */
	long		 errors;	/* errors held in diag */
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
	bool			 stop;		/* read no more */
	bool			 cut;		/* writer: drop what follows */
	unsigned long		 seq;		/* lines read, all inputs */
	const struct command	*c;
	void			*st;		/* the main state, ordered() */
};

struct worker {
	pthread_t	 thread;
	struct pipe	*p;
	void		*st;
	struct run	 run;
	struct buf	 note;
};

static void
batch_add(struct batch *b, const char *line, size_t len, long lineno,
    unsigned long seq)
{
	b->v = xgrow(b->v, &b->cap, b->n + 1, sizeof(*b->v));
	b->v[b->n] = (struct bline){ .start = b->text.len, .len = len,
	    .lineno = lineno, .seq = seq };
	buf_add(&b->text, line, len);
	buf_addc(&b->text, '\0');
	b->n++;
}

static void
batch_free(struct batch *b)
{
	buf_release(&b->text);
	buf_release(&b->out);
	buf_release(&b->notes);
	buf_release(&b->diag);
	free(b->v);
	free(b);
}

/*
 * Diagnostics of this thread go to b (NULL: stderr), its errors held in
 * *errors until the writer prints them, or drops them after a stop.
 */
static void
capture(struct buf *b, long *errors)
{
	diag_capture(b);
	diag_hold_errors(errors);
}

/* Parses line i and hands it to record(); the note joins the batch's. */
static enum line_kind
process_line(struct worker *w, struct batch *b, struct bline *l)
{
	struct record	 r;
	const char	*err;
	char		 where[4096];

	w->run.line = l->lineno;
	w->run.seq = l->seq;
	if (record_parse(&r, w->run.arena, b->text.data + l->start, l->len,
	    &err) != 0) {
		snprintf(where, sizeof(where), "%s:%ld", b->path, l->lineno);
		nf_error(where, "%s", err);
		return LINE_BAD;
	}
	if (!run_in_shard(&w->run, &r))
		return LINE_SKIPPED;
	/* Numbers records within this worker: stages use it to tell
	   records apart in their own tables. */
	w->run.records++;
	buf_reset(&w->note);
	if (w->p->c->record(w->st, &r, &w->run) == STAGE_STOP) {
		pthread_mutex_lock(&w->p->mu);
		w->p->stop = true;
		pthread_mutex_unlock(&w->p->mu);
		buf_add(&b->notes, w->note.data, w->note.len);
		return LINE_STOP;
	}
	buf_add(&b->notes, w->note.data, w->note.len);
	return LINE_RECORD;
}

static void
process(struct worker *w, struct batch *b)
{
	struct bline	*l;
	size_t		 i;

	w->run.out = &b->out;
	w->run.path = b->path;
	capture(&b->diag, &b->errors);
	for (i = 0; i < b->n; i++) {
		l = &b->v[i];
		l->kind = process_line(w, b, l);
		arena_reset(w->run.arena);
		l->out_end = b->out.len;
		l->note_end = b->notes.len;
		l->diag_end = b->diag.len;
		l->errors_end = b->errors;
	}
	capture(NULL, NULL);
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

/* Prints diagnostics and counts held errors from *at up to end. */
static void
diag_part(struct batch *b, size_t *at, size_t end, long *errors,
    long errors_end)
{
	if (end > *at)
		diag_write_captured(b->diag.data + *at, end - *at);
	diag_count_errors(errors_end - *errors);
	*at = end;
	*errors = errors_end;
}

/*
 * Writes a finished batch line by line: its output, its diagnostics, its
 * counts and the ordered() step of its records, until a record stops.
 */
static void
write_batch(struct pipe *p, struct run *run, struct batch *b)
{
	const struct bline	*l;
	size_t			 i, out = 0, note = 0, diag = 0;
	long			 errors = 0;
	int			 rc;

	for (i = 0; i < b->n && !p->cut; i++) {
		l = &b->v[i];
		buf_add(run->out, b->out.data + out, l->out_end - out);
		out = l->out_end;
		diag_part(b, &diag, l->diag_end, &errors, l->errors_end);
		if (l->kind == LINE_BAD)
			run->bad_lines++;
		if (l->kind == LINE_RECORD || l->kind == LINE_STOP) {
			run->records++;
			run->path = b->path;
			run->line = l->lineno;
			run->seq = l->seq;
			rc = p->c->ordered == NULL ? 0 : p->c->ordered(p->st,
			    b->notes.data + note, l->note_end - note, run);
			arena_reset(run->arena);
			if (rc == STAGE_STOP || l->kind == LINE_STOP)
				p->cut = true;
		}
		note = l->note_end;
		run_flush(run, false);
	}
	if (!p->cut)
		diag_part(b, &diag, b->diag.len, &errors, b->errors);
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
		if (!p->cut)
			write_batch(p, run, b);
		batch_free(b);
		pthread_mutex_lock(&p->mu);
		if (p->cut)
			p->stop = true;
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
	buf_init(&b->notes);
	buf_init(&b->diag);
	return b;
}

/*
 * Diagnostics of the reading thread (a missing file, a read error) take
 * their place in the ring too, after the batches read before them.
 */
static void
submit_diag(struct pipe *p, struct run *run, struct batch **b,
    struct buf *pending, long *errors)
{
	struct batch	*d;

	if (pending->len == 0 && *errors == 0)
		return;
	if (*b != NULL) {
		submit(p, run, *b);
		*b = NULL;
	}
	d = batch_new(NULL);
	buf_add(&d->diag, pending->data, pending->len);
	d->errors = *errors;
	buf_reset(pending);
	*errors = 0;
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
	long		 lineno = 0, errors = 0;
	int		 rc = 1;

	buf_init(&pending);
	capture(&pending, &errors);
	l = lines_open(path);
	capture(NULL, NULL);
	submit_diag(p, run, &b, &pending, &errors);
	while (l != NULL && rc == 1 && !stopped(p)) {
		capture(&pending, &errors);
		rc = lines_next(l, &line, &len);
		capture(NULL, NULL);
		submit_diag(p, run, &b, &pending, &errors);
		if (rc != 1)
			break;
		lineno++;
		p->seq++;
		if (len == 0)
			continue;
		if (b == NULL)
			b = batch_new(path);
		batch_add(b, line, len, lineno, p->seq);
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
	p.st = st;
	w = xcalloc((size_t)n, sizeof(*w));
	for (i = 0; i < n; i++) {
		w[i].p = &p;
		w[i].st = c->fork(st);
		w[i].run = *run;
		w[i].run.arena = arena_new();
		w[i].run.hold = true;
		buf_init(&w[i].note);
		w[i].run.note = &w[i].note;
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
		arena_free(w[i].run.arena);
		buf_release(&w[i].note);
		c->join(st, w[i].st);
	}
	free(w);
	free(p.ring);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.work);
	pthread_cond_destroy(&p.done);
	return p.stop ? 1 : 0;
}
