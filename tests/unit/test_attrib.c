/* SPDX-License-Identifier: MIT */
/* Unit tests of src/text/attrib.c, names.c and cue.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "text/attrib.h"
#include "text/cue.h"

static struct cues	*cs;

/* The source names found in t, joined by "|". */
static const char *
names(const char *t, struct arena *a)
{
	struct attribs	 as;
	char		*out = arena_alloc(a, 1024);
	size_t		 i;

	out[0] = '\0';
	attrib_find(t, strlen(t), cs, a, &as);
	for (i = 0; i < as.n; i++) {
		if (i > 0)
			strcat(out, "|");
		strcat(out, as.v[i].name);
	}
	return out;
}

static void
test_titles_and_joining(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	assert_string_equal(names("Russian Presidential Press Secretary "
	    "Dmitry Peskov said the talks would go on. Peskov added that "
	    "nothing was agreed.", a), "Dmitry Peskov|Dmitry Peskov");
	assert_string_equal(names("The NEXTA Telegram channel reported "
	    "protests. According to the Interior Ministry, ten were held.", a),
	    "NEXTA|Interior Ministry");
	arena_free(a);
}

static void
test_russian_cases(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	assert_string_equal(names("По словам Пескова, встреча прошла.", a),
	    "Песков");
	assert_string_equal(names("По словам Айгуль Сариевой, решения нет.",
	    a), "Айгуль Сариева");
	assert_string_equal(names("По словам Дмитрия Соколова, все готово.",
	    a), "Дмитрий Соколов");
	assert_string_equal(names("По словам Анны Келлер, все готово.", a),
	    "Анна Келлер");
	assert_string_equal(names("Со ссылкой на Марию Иванову издание "
	    "пишет о переносе.", a), "Мария Иванова");
	assert_string_equal(names("По словам Владимира Петровича Ершова, "
	    "акция согласована.", a), "Владимир Петрович Ершов");
	/* Organisations after в, in the locative. */
	assert_string_equal(names("В Кремле заявили, что ответят. Об этом "
	    "сообщили в пресс-службе МВД.", a), "Кремль|пресс-служба МВД");
	/* A place before the speaker; a role of an organisation. */
	assert_string_equal(names("В Берлине Анна Келлер заявила, что готова. "
	    "«Нет», — сказал глава МИД.", a), "Анна Келлер|глава МИД");
	arena_free(a);
}

static void
test_pronouns_and_quotes(void **state)
{
	struct arena	*a = arena_new();
	struct attribs	 as;
	const char	*t = "“We are ready,” he said. Anna Keller said no. "
	    "«Мы готовы», — добавила она.";

	(void)state;
	attrib_find(t, strlen(t), cs, a, &as);
	assert_int_equal(as.n, 3);
	assert_string_equal(as.v[0].name, "unresolved");
	assert_true(as.v[0].direct);
	assert_int_equal(as.v[0].q_end - as.v[0].q_start,
	    strlen("We are ready,"));
	assert_false(as.v[1].direct);
	assert_string_equal(as.v[2].name, "Anna Keller");
	assert_string_equal(as.v[2].cue, "добавила");
	assert_int_equal(as.v[2].kind, SRC_PERSON);
	arena_free(a);
}

static void
test_voice(void **state)
{
	struct arena		*a = arena_new();
	struct attribs		 as;
	const struct attrib	*v;
	const char		*t = "The \"color revolution\" began, the paper "
	    "wrote. “A color revolution is near,” Anna Keller said.";
	const char		*hit1 = strstr(t, "color"), *hit2;

	(void)state;
	hit2 = strstr(hit1 + 1, "color");
	attrib_find(t, strlen(t), cs, a, &as);
	/* Scare quotes without a speaker: quoted, nobody's voice. */
	assert_null(attrib_voice(&as, (size_t)(hit1 - t)));
	assert_true(quote_at(&as.quotes, (size_t)(hit1 - t)) >= 0);
	v = attrib_voice(&as, (size_t)(hit2 - t));
	assert_non_null(v);
	assert_string_equal(v->name, "Anna Keller");
	/* The author's own words. */
	assert_int_equal(quote_at(&as.quotes, (size_t)(strstr(t, "began") -
	    t)), -1);
	arena_free(a);
}

static void
test_no_attribution(void **state)
{
	struct arena	*a = arena_new();

	(void)state;
	assert_string_equal(names("The report said road deaths fell. Visitors "
	    "in the United States queued for hours.", a), "");
	assert_string_equal(names("Residents of Harbour Lane say the rules "
	    "are unfair.", a), "");
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titles_and_joining),
		cmocka_unit_test(test_russian_cases),
		cmocka_unit_test(test_pronouns_and_quotes),
		cmocka_unit_test(test_voice),
		cmocka_unit_test(test_no_attribution),
	};
	int	 rc;

	cs = cues_new();
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	cues_free(cs);
	return rc;
}
