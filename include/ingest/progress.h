/* SPDX-License-Identifier: MIT */
/*
 * The progress line on stderr for long runs: inputs done (of the total
 * when known), records, MB/s and an ETA. Redrawn at most 5 times a
 * second with '\r'; erased at the end. Only made when stderr is a
 * terminal and -q was not given (the caller decides).
 */
#ifndef NF_INGEST_PROGRESS_H
#define NF_INGEST_PROGRESS_H

struct progress;

struct progress	*progress_new(long total_inputs);
/* Redraws when due. */
void		 progress_update(struct progress *, long inputs,
		    long records, unsigned long long bytes);
/* Erases the line and frees; NULL is fine. */
void		 progress_free(struct progress *);

#endif
