/* SPDX-License-Identifier: MIT */
/* Unit tests of src/ingest/outlets.c, outname.c and domain.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/arena.h"
#include "ingest/domain.h"
#include "ingest/outlets.h"
#include "ingest/outname.h"

static char *
write_map(const char *text)
{
	char	*path = strdup("/tmp/nf-outlets-XXXXXX");
	int	 fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

static void
test_domains(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	assert_string_equal(domain_host("https://News.BBC.co.uk:443/a?b", a),
	    "news.bbc.co.uk");
	assert_string_equal(domain_of_url("https://news.bbc.co.uk/a", a),
	    "bbc.co.uk");
	assert_string_equal(domain_of_url("http://user:pw@www.example.com/",
	    a), "example.com");
	assert_string_equal(domain_of_url("//cdn.vtr.example/x", a),
	    "vtr.example");
	assert_string_equal(domain_of_url("example.org/path", a),
	    "example.org");
	assert_string_equal(domain_of_url("http://192.168.1.2/x", a),
	    "192.168.1.2");
	assert_string_equal(domain_of_url("http://localhost/x", a),
	    "localhost");
	assert_null(domain_host("/relative/path", a));
	assert_null(domain_host("mailto:a@b.c", a));
	assert_null(domain_host(NULL, a));
	arena_free(a);
}

static void
test_longest_prefix_wins(void **state)
{
	char				*path = write_map(
	    "# key\toutlet\tgroup\n"
	    "\n"
	    "vtr.example\tVeskaria State TV\tstate-affiliated\n"
	    "https://www.vtr.example/ru/\tVTR Russian Service\tstate-affiliated\n"
	    "digest.example\tNewsDigest\taggregator\n"
	    "bbc.co.uk\tBBC\n");
	struct outlets			*m = outlets_load(path);
	const struct outlet_entry	*e;

	(void)state;
	assert_non_null(m);
	e = outlets_match_url(m, "https://vtr.example/en/news/1");
	assert_string_equal(e->outlet, "Veskaria State TV");
	assert_string_equal(e->group, "state-affiliated");
	assert_string_equal(e->domain, "vtr.example");
	e = outlets_match_url(m, "http://news.vtr.example/ru/2024/1");
	assert_string_equal(e->outlet, "VTR Russian Service");
	e = outlets_match_url(m, "https://www.vtr.example/ru/x");
	assert_string_equal(e->outlet, "VTR Russian Service");
	/* A path that only starts like the prefix's does not match it. */
	e = outlets_match_url(m, "https://vtr.example/rus/x");
	assert_string_equal(e->outlet, "Veskaria State TV");
	/* Subdomains match, look-alikes do not. */
	assert_null(outlets_match_url(m, "https://notvtr.example/a"));
	e = outlets_match_url(m, "https://www.bbc.co.uk/news");
	assert_string_equal(e->outlet, "BBC");
	assert_null(e->group);
	assert_string_equal(e->domain, "bbc.co.uk");
	assert_null(outlets_match_url(m, NULL));
	/* By name, ignoring case, "the" and punctuation. */
	e = outlets_match_name(m, "the news-digest");
	assert_non_null(e);
	assert_string_equal(e->domain, "digest.example");
	assert_null(outlets_match_name(m, "Digest"));
	outlets_free(m);
	unlink(path);
	free(path);
}

static void
test_name_likeness(void **state)
{
	struct outlet_entry	 e = { "vtr.example", "Veskaria State TV",
	    NULL, "vtr.example", 1 };

	(void)state;
	assert_true(outname_same("The Veskaria Times", "veskaria times"));
	assert_false(outname_same("Veskaria Times", "Veskaria Today"));
	assert_false(outname_same("", ""));
	assert_true(outname_like("Veskaria State TV (VTR)", &e, NULL));
	assert_true(outname_like("VTR", NULL, "vtr.example"));
	assert_false(outname_like("Kestrel Wire", &e, "vtr.example"));
	/* Initials, transliteration, a long common part. */
	assert_true(outname_like("Open Steppe Rights Watch", NULL,
	    "osrw.example"));
	assert_true(outname_like("Восточный вестник", NULL,
	    "vostok-vestnik.example"));
	assert_true(outname_like("Медуза", NULL, "meduza.io"));
	assert_true(outname_like("EL PAÍS", NULL, "elpais.com"));
	assert_true(outname_same("Le Monde diplomatique",
	    "LE MONDE DIPLOMATIQUE"));
	assert_true(outname_like("Drovna Free Press", NULL,
	    "drovnafree.example"));
	/* An aggregator's page crediting another outlet. */
	assert_false(outname_like("Drovna Free Press", NULL,
	    "newsdigest.example"));
	assert_false(outname_like("Kestrel Wire", NULL, "newsdigest.example"));
}

/*
 * Lookups remember the last question per thread: asked again, or with
 * one argument changed, each must still get its own answer.
 */
static void
test_repeated_questions(void **state)
{
	struct outlet_entry	 vtr = { "vtr.example", "Veskaria State TV",
	    NULL, "vtr.example", 1 };
	struct outlet_entry	 kw = { "kestrel.example", "Kestrel Wire",
	    NULL, "kestrel.example", 2 };
	struct arena		*a = arena_new();
	char			 long_name[400];
	int			 i;

	(void)state;
	for (i = 0; i < 2; i++) {
		assert_string_equal(domain_of_url("https://news.bbc.co.uk/a",
		    a), "bbc.co.uk");
		assert_string_equal(domain_of_url("https://news.bbc.co.uk/b",
		    a), "bbc.co.uk");
		assert_string_equal(domain_of_url("https://www.example.com/",
		    a), "example.com");
		assert_string_equal(domain_registrable("co.uk", a), "co.uk");
		assert_string_equal(domain_registrable("news.bbc.co.uk", a),
		    "bbc.co.uk");
		assert_true(outname_like("Drovna Free Press", NULL,
		    "drovnafree.example"));
		assert_true(outname_like("Drovna Free Press", NULL,
		    "drovnafree.example"));
		assert_false(outname_like("Drovna Free Press", NULL,
		    "newsdigest.example"));
		assert_false(outname_like("Drovna Free Press", NULL, NULL));
		assert_true(outname_like("Veskaria State TV (VTR)", &vtr,
		    NULL));
		assert_false(outname_like("Veskaria State TV (VTR)", &kw,
		    NULL));
		assert_true(outname_like("Kestrel Wire", &kw, NULL));
		assert_false(outname_like("Kestrel Wire", &vtr, NULL));
		assert_false(outname_like("Kestrel Wire", &vtr,
		    "vtr.example"));
		assert_true(outname_like("Kestrel Wire", &vtr,
		    "kestrel.example"));
		assert_false(outname_like("Kestrel", NULL, NULL));
	}
	/* Too long to remember: answered afresh every time. */
	memset(long_name, 'k', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	memcpy(long_name, "Kestrel Wire ", 13);
	for (i = 0; i < 2; i++) {
		assert_true(outname_like(long_name, &kw, NULL));
		assert_false(outname_like(long_name, &vtr, NULL));
	}
	arena_free(a);
}

static void
test_bad_map(void **state)
{
	char	*path = write_map("vtr.example\tVTR\tstate\n"
	    "just-one-field\n");

	(void)state;
	assert_null(outlets_load(path));
	unlink(path);
	free(path);
	assert_null(outlets_load("/nonexistent/outlets.tsv"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_domains),
		cmocka_unit_test(test_longest_prefix_wins),
		cmocka_unit_test(test_name_likeness),
		cmocka_unit_test(test_repeated_questions),
		cmocka_unit_test(test_bad_map),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
