/* SPDX-License-Identifier: MIT */
/*
 * What record.c shares with its fast path, record_scan.c: the record's
 * string fields, by name.
 */
#ifndef NF_CORE_RECORD_INT_H
#define NF_CORE_RECORD_INT_H

#include <stddef.h>

struct record;

/* Index of the string field named by the len bytes at k, or -1. */
int		 record_str_field(const char *k, size_t len);
/* Where string field i of r is kept. */
const char	**record_str_slot(struct record *r, size_t i);

#endif
