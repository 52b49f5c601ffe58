/* SPDX-License-Identifier: MIT */
/*
 * The progress line: "ingest: 1200/5000 inputs, 1180 records, 23.4 MB/s,
 * ETA 2m41s", redrawn in place on stderr at most five times a second.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "core/xmalloc.h"
#include "ingest/progress.h"

#define REDRAW_NS	200000000LL

struct progress {
	long		 total;
	long long	 start, last;
	int		 width;		/* of the last line drawn */
};

static long long
now_ns(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

struct progress *
progress_new(long total)
{
	struct progress	*p = xcalloc(1, sizeof(*p));

	p->total = total;
	p->start = p->last = now_ns();
	return p;
}

static void
eta(char *out, size_t size, double secs)
{
	long	 s = (long)(secs + 0.5);

	if (s >= 3600)
		snprintf(out, size, ", ETA %ldh%02ldm", s / 3600, s / 60 % 60);
	else
		snprintf(out, size, ", ETA %ldm%02lds", s / 60, s % 60);
}

void
progress_update(struct progress *p, long inputs, long records,
    unsigned long long bytes)
{
	long long	 t = now_ns();
	double		 el;
	char		 tot[32] = "", e[32] = "";
	int		 w;

	if (p == NULL || t - p->last < REDRAW_NS)
		return;
	p->last = t;
	el = (double)(t - p->start) / 1e9;
	if (p->total > 0) {
		snprintf(tot, sizeof(tot), "/%ld", p->total);
		if (inputs > 0 && inputs < p->total)
			eta(e, sizeof(e), el / inputs * (p->total - inputs));
	}
	w = fprintf(stderr, "\rnewsframe: ingest: %ld%s inputs, %ld records, "
	    "%.1f MB/s%s", inputs, tot, records,
	    el > 0 ? (double)bytes / 1e6 / el : 0.0, e);
	if (w < p->width)
		fprintf(stderr, "%*s", p->width - w, "");
	p->width = w;
	fflush(stderr);
}

void
progress_free(struct progress *p)
{
	if (p == NULL)
		return;
	if (p->width > 0)
		fprintf(stderr, "\r%*s\r", p->width, "");
	free(p);
}
