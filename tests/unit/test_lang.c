/* SPDX-License-Identifier: MIT */
/* Unit tests of src/ingest/lang.c. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "ingest/lang.h"

static const char *
detect(const char *s)
{
	return lang_detect(s, strlen(s));
}

static void
test_eight_languages(void **state)
{
	(void)state;
	assert_string_equal(detect("Thousands of people took to the streets "
	    "of the capital on Saturday to protest against the rise in fuel "
	    "prices, the organisers said."), "en");
	assert_string_equal(detect("Tausende Menschen sind am Samstag in der "
	    "Hauptstadt auf die Straße gegangen, um gegen die hohen "
	    "Spritpreise zu protestieren."), "de");
	assert_string_equal(detect("Des milliers de personnes sont "
	    "descendues dans les rues de la capitale samedi pour protester "
	    "contre la hausse du prix du carburant."), "fr");
	assert_string_equal(detect("Miles de personas salieron el sábado a "
	    "las calles de la capital para protestar por la subida del "
	    "precio del combustible, según los organizadores."), "es");
	assert_string_equal(detect("Tysiące ludzi wyszły w sobotę na ulice "
	    "stolicy, aby zaprotestować przeciwko podwyżce cen paliwa, "
	    "które według organizatorów są za wysokie."), "pl");
	assert_string_equal(detect("Тысячи людей вышли в субботу на улицы "
	    "столицы, чтобы выразить протест против роста цен на топливо, "
	    "а полиция задержала десятки участников."), "ru");
	assert_string_equal(detect("Тисячі людей вийшли в суботу на вулиці "
	    "столиці, щоб висловити протест проти зростання цін на "
	    "пальне, і поліція затримала десятки учасників."), "uk");
	assert_string_equal(detect("Сенбі күні мыңдаған адам жанармай "
	    "бағасының өсуіне наразылық білдіріп, астананың көшелеріне "
	    "шықты және полиция ондаған адамды ұстады."), "kk");
}

static void
test_too_little_to_say(void **state)
{
	(void)state;
	assert_null(detect(""));
	assert_null(detect("Veskaria 2024"));
	assert_null(detect("12 34 56 78 90 11"));
	assert_null(lang_detect(NULL, 0));
}

static void
test_primary_subtag(void **state)
{
	char	 b[8];

	(void)state;
	assert_string_equal(lang_primary("en-GB", b), "en");
	assert_string_equal(lang_primary("RU", b), "ru");
	assert_string_equal(lang_primary("uk_UA", b), "uk");
	assert_null(lang_primary("english", b));
	assert_null(lang_primary("e", b));
	assert_null(lang_primary("", b));
	assert_null(lang_primary(NULL, b));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eight_languages),
		cmocka_unit_test(test_too_little_to_say),
		cmocka_unit_test(test_primary_subtag),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
