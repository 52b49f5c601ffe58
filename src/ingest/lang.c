/* SPDX-License-Identifier: MIT */
/*
 * Language detection for the eight languages newsframe knows first:
 * the script decides between the Latin (en, de, fr, es, pl) and the
 * Cyrillic (ru, uk, kk) family, letters found in only some languages add
 * evidence (ы э ъ for Russian, ї є ґ for Ukrainian, ә ғ қ ң ө ұ ү һ for
 * Kazakh, ą ę ł ś ź ż for Polish, ß ä ö ü for German, ñ ¿ ¡ for Spanish,
 * è ê ç à for French), and each language's commonest words are counted.
 * The first 16 KB of text are enough. Decoding is by hand (no ctype), so
 * the result does not depend on the locale.
 */
#include <stdbool.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "core/utf8.h"
#include "ingest/lang.h"

#define SAMPLE		(16 * 1024)
#define WORD_MAX	32
#define MIN_WORDS	5

enum { EN, DE, FR, ES, PL, RU, UK, KK, N_LANGS };

static const char *const codes[N_LANGS] = {
	"en", "de", "fr", "es", "pl", "ru", "uk", "kk"
};

/* Space-separated commonest words, lowercase. */
static const char *const stopwords[N_LANGS] = {
	[EN] = " the and of to in is that for was with on said it as are by "
	    "he she from have has this be at were which not but they will ",
	[DE] = " der die und das ist nicht mit den von zu sich des auf für "
	    "ein eine dem im auch wird es sie wurde nach bei einer über ",
	[FR] = " le la les des et est une un du que qui dans pour pas sur au "
	    "ce avec il sont été par aux ont elle mais selon cette ",
	[ES] = " el la los las que y en del se por con una un para es al lo "
	    "como más fue su pero sus según este esta han ",
	[PL] = " i w się nie na że z do jest to o jak po dla przez od są ale "
	    "tak czy tym już był oraz także według ",
	[RU] = " и в не на что с по это как он к из за от было для так же его "
	    "но она а также был были который которые или ",
	[UK] = " і в не на що з до це як він за від було для так його але вона "
	    "та також був були який які або у є ",
	[KK] = " және бұл мен да де үшін бойынша деп бар жоқ емес еді осы сол "
	    "бір біз олар ол туралы кейін арқылы тағы жылы ",
};

struct counts {
	long	 latin, cyrillic;
	long	 score[N_LANGS];
	long	 words;
};

static uint32_t
lower_cp(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	/* Latin Extended-A and Cyrillic supplements pair upper/lower. */
	if (((c >= 0x100 && c <= 0x17F) || (c >= 0x460 && c <= 0x4FF)) &&
	    (c % 2) == 0 && c != 0x138)
		return c + 1;
	return c;
}

/* Letters that point to some languages. */
static void
letter_evidence(uint32_t c, struct counts *n)
{
	switch (c) {
	case 0x44B: case 0x44D: case 0x44A: case 0x451:	/* ы э ъ ё */
		n->score[RU] += 2;
		n->score[KK] += 1;	/* Kazakh has them too */
		break;
	case 0x457: case 0x454: case 0x491:		/* ї є ґ */
		n->score[UK] += 3;
		break;
	case 0x456:					/* і */
		n->score[UK] += 1;
		n->score[KK] += 1;
		break;
	case 0x4D9: case 0x493: case 0x49B: case 0x4A3:	/* ә ғ қ ң */
	case 0x4E9: case 0x4B1: case 0x4AF: case 0x4BB:	/* ө ұ ү һ */
		n->score[KK] += 3;
		break;
	case 0x105: case 0x119: case 0x142: case 0x15B:	/* ą ę ł ś */
	case 0x17A: case 0x17C: case 0x144:		/* ź ż ń */
		n->score[PL] += 2;
		break;
	case 0xDF: case 0xE4: case 0xF6: case 0xFC:	/* ß ä ö ü */
		n->score[DE] += 1;
		break;
	case 0xF1: case 0xBF: case 0xA1:		/* ñ ¿ ¡ */
		n->score[ES] += 2;
		break;
	case 0xE8: case 0xEA: case 0xE7: case 0xE0:	/* è ê ç à */
		n->score[FR] += 1;
		break;
	}
}

static bool
is_letter(uint32_t c, struct counts *n)
{
	if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
	    (c >= 0x100 && c <= 0x24F)) {
		n->latin++;
		return true;
	}
	if (c >= 0x400 && c <= 0x4FF) {
		n->cyrillic++;
		return true;
	}
	return c == '\'';
}

/*
 * The stop words of all languages in one open-addressing set, built once:
 * each word maps to the languages that list it, so a word costs one probe
 * instead of a search through every list.
 */
#define SET_SIZE	1024

struct stop_entry {
	const char	*w;
	size_t		 len;
	unsigned	 langs;
};

static struct stop_entry	 stop_set[SET_SIZE];
static pthread_once_t		 stop_once = PTHREAD_ONCE_INIT;

static size_t
stop_hash(const char *w, size_t len)
{
	uint32_t	 h = 2166136261u;
	size_t		 i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h & (SET_SIZE - 1);
}

static struct stop_entry *
stop_find(const char *w, size_t len)
{
	size_t	 i = stop_hash(w, len);

	while (stop_set[i].w != NULL && (stop_set[i].len != len ||
	    memcmp(stop_set[i].w, w, len) != 0))
		i = (i + 1) & (SET_SIZE - 1);
	return &stop_set[i];
}

static void
stop_build(void)
{
	struct stop_entry	*e;
	const char		*p, *end;
	int			 i;

	for (i = 0; i < N_LANGS; i++) {
		for (p = stopwords[i]; *p != '\0'; p = end) {
			while (*p == ' ')
				p++;
			for (end = p; *end != '\0' && *end != ' '; end++)
				continue;
			if (end == p)
				break;
			e = stop_find(p, (size_t)(end - p));
			e->w = p;
			e->len = (size_t)(end - p);
			e->langs |= 1u << i;
		}
	}
}

static void
count_word(const char *w, size_t len, struct counts *n)
{
	const struct stop_entry	*e;
	int			 i;

	if (len == 0 || len > WORD_MAX)
		return;
	n->words++;
	e = stop_find(w, len);
	for (i = 0; e->w != NULL && i < N_LANGS; i++)
		if (e->langs & (1u << i))
			n->score[i] += 2;
}

static void
scan(const unsigned char *p, size_t len, struct counts *n)
{
	char		 word[WORD_MAX * 4];
	size_t		 wl = 0, k;
	uint32_t	 c;

	while (len > 0) {
		k = utf8_decode(p, len, &c);
		if (k == 0)
			k = 1;
		p += k;
		len -= k;
		c = lower_cp(c);
		if (is_letter(c, n)) {
			letter_evidence(c, n);
			if (wl + 4 < sizeof(word))
				wl += utf8_encode(c, word + wl);
			continue;
		}
		count_word(word, wl, n);
		wl = 0;
	}
	count_word(word, wl, n);
}

const char *
lang_detect(const char *text, size_t len)
{
	struct counts	 n;
	int		 i, lo, hi, best = -1;

	if (text == NULL)
		return NULL;
	pthread_once(&stop_once, stop_build);
	memset(&n, 0, sizeof(n));
	scan((const unsigned char *)text, len > SAMPLE ? SAMPLE : len, &n);
	if (n.words < MIN_WORDS)
		return NULL;
	if (n.cyrillic > n.latin) {
		lo = RU;
		hi = KK;
	} else {
		lo = EN;
		hi = PL;
	}
	for (i = lo; i <= hi; i++)
		if (best == -1 || n.score[i] > n.score[best])
			best = i;
	/* Too little evidence: say nothing rather than guess. */
	if (n.score[best] < 4)
		return NULL;
	return codes[best];
}

const char *
lang_primary(const char *tag, char buf[8])
{
	size_t	 i;

	if (tag == NULL)
		return NULL;
	for (i = 0; tag[i] && tag[i] != '-' && tag[i] != '_'; i++) {
		char c = tag[i];

		if (i >= 3)
			return NULL;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (c < 'a' || c > 'z')
			return NULL;
		buf[i] = c;
	}
	if (i < 2)
		return NULL;
	buf[i] = '\0';
	return buf;
}
