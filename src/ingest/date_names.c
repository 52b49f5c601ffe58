/* SPDX-License-Identifier: MIT */
/*
 * Month and weekday names in the languages newsframe reads, for the date
 * parsers (date_names.h). Names are matched on whole words after
 * lowercasing ASCII, Latin-1, Latin Extended-A, Cyrillic and Greek
 * letters (Greek without its accents, which are written inconsistently),
 * so "JANUARY", "Январь", "janvier" and "Ιούλ" all match without a
 * locale. Arabic letters are read with alef's hamza and madda dropped and
 * Persian kaf and yeh as Arabic ones, since spellings vary; Hebrew names
 * may carry the prefix bet ("בינואר", in January); Thai, Devanagari and
 * Bengali letters are read as they are, names listed in both spellings
 * of a nukta letter. Croatian's "listopada" (October) stays November, as
 * Polish and Czech have it.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/utf8.h"
#include "ingest/date_cal.h"
#include "ingest/date_names.h"

/* Month names, lowercase, '|'-separated; abbreviations are words too. */
static const char *const month_names[12] = {
	"january|jan|januar|jänner|jän|janvier|janv|enero|ene|gennaio|"
	"janeiro|januari|stycznia|styczeń|января|январь|янв|січня|січень|"
	"қаңтар|ledna|leden|január|ιανουαριου|ιανουαριοσ|ιαν"
	"|ocak|tammikuuta|tammikuu|ianuarie|siječnja|siječanj|gener"
	"|januára|јануар|јануари|януари"
	"|يناير|ژانويه|ינואר"
	"|जनवरी|জানুয়ারি"
	"|জানুয়ারি|জানুয়ারী"
	"|জানুয়ারী|جنوري",
	"february|feb|febr|februar|feber|février|févr|fevrier|fév|fev|"
	"febrero|febbraio|fevereiro|februari|lutego|luty|февраля|февраль|"
	"фев|февр|лютого|лютий|ақпан|února|únor|február|φεβρουαριου|"
	"φεβρουαριοσ|φεβ"
	"|şubat|subat|helmikuuta|helmikuu|februarie|veljače"
	"|veljača|febrer|februára|фебруар|фебруари"
	"|февруари|فبراير|شباط|فوريه"
	"|פברואר"
	"|फ़रवरी|फ़रवरी|फरवरी"
	"|ফেব্রুয়ারি"
	"|ফেব্রুয়ারি"
	"|ফেব্রুয়ারী"
	"|ফেব্রুয়ারী|فروري",
	"march|mar|märz|mär|maerz|mars|marzo|março|marco|maart|marca|"
	"marzec|марта|март|мар|березня|березень|наурыз|března|březen|"
	"március|márc|μαρτιου|μαρτιοσ|μαρ"
	"|mart|maaliskuuta|maaliskuu|martie|ožujka|ožujak|març"
	"|marec|marta|maret|مارس|اذار|מרץ|מרס"
	"|मार्च|মার্চ|مارچ|machi",
	"april|apr|avril|avr|abril|abr|aprile|kwietnia|kwiecień|апреля|"
	"апрель|апр|квітня|квітень|сәуір|dubna|duben|április|ápr|"
	"απριλιου|απριλιοσ|απρ"
	"|nisan|nısan|huhtikuuta|huhtikuu|aprilie|travnja|travanj"
	"|apríla|април|априли|ابريل|نيسان"
	"|اوريل|אפריל"
	"|अप्रैल|अप्रेल|এপ্রিল"
	"|اپريل|aprili",
	"may|mai|mayo|maggio|maio|mei|maja|maj|мая|май|травня|травень|"
	"мамыр|května|květen|május|máj|μαιου|μαιοσ|μαι"
	"|mayıs|mayis|toukokuuta|toukokuu|svibnja|svibanj|maig|mája"
	"|мај|مايو|ايار|מאי"
	"|मई|মে|مئي",
	"june|jun|juni|juin|junio|giugno|junho|czerwca|czerwiec|июня|"
	"июнь|июн|червня|червень|маусым|června|červen|június|jún|"
	"ιουνιου|ιουνιοσ|ιουν|ιον"
	"|haziran|kesäkuuta|kesäkuu|iunie|lipnja|lipanj|juny|júna"
	"|јун|юни|يونيو|يونيه|حزيران|ژوئن"
	"|יוני"
	"|जून|জুন|جون",
	"july|jul|juli|juillet|juil|julio|luglio|julho|lipca|lipiec|июля|"
	"июль|июл|липня|липень|шілде|července|červenec|július|júl|"
	"ιουλιου|ιουλιοσ|ιουλ|ιολ"
	"|temmuz|heinäkuuta|heinäkuu|iulie|srpnja|srpanj|juliol"
	"|júla|јул|юли|يوليو|يوليه|تموز"
	"|ژوئيه|יולי"
	"|जुलाई|জুলাই|جولائي|julai",
	"august|aug|août|aout|agosto|augustus|sierpnia|sierpień|августа|"
	"август|авг|серпня|серпень|тамыз|srpna|srpen|augusztus|"
	"αυγουστου|αυγουστοσ|αυγ"
	"|ağustos|agustos|elokuuta|elokuu|kolovoza|kolovoz|agost"
	"|augusti|augusta|agustus|ogos|avgust|اغسطس"
	"|اب|اوت|אוגוסט"
	"|अगस्त|আগস্ট|اگست|agosti",
	"september|sep|sept|septembre|septiembre|setiembre|settembre|"
	"setembro|września|wrzesień|сентября|сентябрь|сен|сент|вересня|"
	"вересень|қыркүйек|září|szeptember|szept|σεπτεμβριου|"
	"σεπτεμβριοσ|σεπ|σεπτ"
	"|eylül|eylul|syyskuuta|syyskuu|septembrie|rujna|rujan"
	"|setembre|septembra|septembar|септембар"
	"|септември|سبتمبر|ايلول|سپتامبر"
	"|ספטמבר"
	"|सितंबर|सितम्बर"
	"|সেপ্টেম্বর|ستمبر|septemba",
	"october|oct|oktober|okt|octobre|octubre|ottobre|outubro|"
	"października|październik|октября|октябрь|окт|жовтня|жовтень|"
	"қазан|října|říjen|október|οκτωβριου|οκτωβριοσ|οκτ"
	"|ekim|lokakuuta|lokakuu|octombrie|októbra|oktobar"
	"|октобар|октомври|اكتوبر|اكتبر"
	"|אוקטובר"
	"|अक्टूबर|अक्तूबर"
	"|অক্টোবর|oktoba",
	"november|nov|novembre|noviembre|novembro|listopada|listopad|"
	"listopadu|ноября|ноябрь|ноя|нояб|листопада|листопад|қараша|"
	"νοεμβριου|νοεμβριοσ|νοε|νοεμ"
	"|kasım|kasim|marraskuuta|marraskuu|noiembrie|studenoga"
	"|studenog|studeni|novembra|novembar|новембар"
	"|ноември|نوفمبر|نوامبر|נובמבר"
	"|नवंबर|नवम्बर|নভেম্বর"
	"|نومبر|novemba",
	"december|dec|dezember|dez|décembre|déc|decembre|diciembre|dic|"
	"dicembre|dezembro|grudnia|grudzień|декабря|декабрь|дек|грудня|"
	"грудень|желтоқсан|prosince|prosinec|δεκεμβριου|δεκεμβριοσ|"
	"δεκ"
	"|aralık|aralik|joulukuuta|joulukuu|decembrie|prosinca"
	"|desembre|decembra|desember|disember|decembar"
	"|децембар|декември|ديسمبر|دسامبر"
	"|דצמבר"
	"|दिसंबर|दिसम्बर"
	"|ডিসেম্বর|دسمبر|desemba",
};

/*
 * Months of the Solar Hijri calendar (Iran, Afghanistan) in Persian, as
 * read (alef's madda dropped, Persian yeh and kaf as Arabic ones), and the
 * Thai names of the Gregorian months, which Thai pages give with years of
 * the Buddhist era. A date in them is converted (dcal_convert).
 */
static const char *const jalali_names[12] = {
	"فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر",
	"ابان", "اذر", "دي", "بهمن", "اسفند",
};
static const char *const thai_names[12] = {
	"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
	"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
};

static const char weekday_names[] =
    "monday|mon|tuesday|tue|tues|wednesday|wed|thursday|thu|thur|thurs|"
    "friday|fri|saturday|sat|sunday|sun|"
    "κυρ|κυριακη|δευ|δευτερα|τρι|τριτη|τετ|τεταρτη|πεμ|πεμπτη|παρ|"
    "παρασκευη|σαβ|σαββατο";

static uint32_t	lower_cp(uint32_t);
static bool	is_letter(uint32_t);
static const char *read_word(const char *, char *, size_t);
static bool	in_list(const char *, const char *);

/* A Greek letter lowercased, without tonos or dialytika; final sigma as
   sigma, since capitals have one form. */
static uint32_t
greek_plain(uint32_t c)
{
	static const uint16_t	accented[][2] = {
		{ 0x386, 0x3B1 }, { 0x388, 0x3B5 }, { 0x389, 0x3B7 },
		{ 0x38A, 0x3B9 }, { 0x38C, 0x3BF }, { 0x38E, 0x3C5 },
		{ 0x38F, 0x3C9 }, { 0x390, 0x3B9 }, { 0x3AA, 0x3B9 },
		{ 0x3AB, 0x3C5 }, { 0x3AC, 0x3B1 }, { 0x3AD, 0x3B5 },
		{ 0x3AE, 0x3B7 }, { 0x3AF, 0x3B9 }, { 0x3B0, 0x3C5 },
		{ 0x3CA, 0x3B9 }, { 0x3CB, 0x3C5 }, { 0x3CC, 0x3BF },
		{ 0x3CD, 0x3C5 }, { 0x3CE, 0x3C9 }, { 0x3C2, 0x3C3 },
	};
	size_t			i;

	for (i = 0; i < sizeof(accented) / sizeof(accented[0]); i++)
		if (accented[i][0] == c)
			return accented[i][1];
	if (c >= 0x391 && c <= 0x3A9)
		return c + 0x20;
	return c;
}

static uint32_t
lower_cp(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x100 && c <= 0x17F)	/* Latin Extended-A pairs */
		return (c >= 0x139 && c <= 0x148) || c >= 0x179 ?
		    (c % 2 ? c + 1 : c) : (c | 1);
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if (c >= 0x460 && c <= 0x4FF)
		return c | 1;
	if (c >= 0x370 && c <= 0x3FF)
		return greek_plain(c);
	if (c == 0x622 || c == 0x623 || c == 0x625)	/* alef with hamza, madda */
		return 0x627;
	if (c == 0x6CC || c == 0x649)	/* Persian yeh, alef maksura */
		return 0x64A;
	if (c == 0x6A9)			/* Persian kaf */
		return 0x643;
	return c;
}

static bool
is_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
	    (c >= 0x386 && c <= 0x3FF && c != 0x387) ||
	    (c >= 0x400 && c <= 0x4FF) || (c >= 0x5D0 && c <= 0x5EA) ||
	    (c >= 0x620 && c <= 0x64A) || (c >= 0x671 && c <= 0x6D3) ||
	    (c >= 0xE01 && c <= 0xE4E) || (c >= 0x900 && c <= 0x963) ||
	    (c >= 0x980 && c <= 0x9E3);
}

/* Lowercases the word at p into w; returns its end, or NULL. */
static const char *
read_word(const char *p, char *w, size_t size)
{
	size_t		n = 0, k, e;
	uint32_t	cp;
	char		enc[4];

	for (;;) {
		k = utf8_decode((const unsigned char *)p, strnlen(p, 4), &cp);
		if (k == 0 || !is_letter(cp))
			break;
		e = utf8_encode(lower_cp(cp), enc);
		if (n + e + 1 > size)
			return NULL;
		memcpy(w + n, enc, e);
		n += e;
		p += k;
	}
	if (n == 0)
		return NULL;
	w[n] = '\0';
	return p;
}

static bool
in_list(const char *list, const char *w)
{
	size_t	n = strlen(w);
	const char *p = list, *e;

	while (*p) {
		e = strchr(p, '|');
		if (e == NULL)
			e = p + strlen(p);
		if ((size_t)(e - p) == n && memcmp(p, w, n) == 0)
			return true;
		p = *e ? e + 1 : e;
	}
	return false;
}

/*
 * Every month name in an open-addressing table (about 450 names in 1024
 * slots), built once: a dateline search asks of every word whether it is
 * a month, and scanning the lists was its hottest part.
 */
#define MONTH_SLOTS	1024

struct month_slot {
	const char	*name;	/* in a name list, not NUL-terminated */
	uint8_t		 len;
	uint8_t		 mon;
	uint8_t		 cal;	/* enum dcal_calendar */
};

static struct month_slot	 month_table[MONTH_SLOTS];
static pthread_once_t		 month_once = PTHREAD_ONCE_INIT;

static unsigned
month_hash(const char *w, size_t n)
{
	uint32_t	h = 2166136261u;	/* FNV-1a */
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h & (MONTH_SLOTS - 1);
}

/* Enters the '|'-separated names of list as month mon of calendar cal. */
static void
month_table_add(const char *list, int mon, int cal)
{
	const char	*p, *e;
	unsigned	 h;

	for (p = list; *p; p = *e ? e + 1 : e) {
		e = strchr(p, '|');
		if (e == NULL)
			e = p + strlen(p);
		h = month_hash(p, (size_t)(e - p));
		while (month_table[h].name != NULL)
			h = (h + 1) & (MONTH_SLOTS - 1);
		month_table[h].name = p;
		month_table[h].len = (uint8_t)(e - p);
		month_table[h].mon = (uint8_t)mon;
		month_table[h].cal = (uint8_t)cal;
	}
}

static void
month_table_build(void)
{
	int	i;

	for (i = 0; i < 12; i++) {
		month_table_add(month_names[i], i + 1, DCAL_GREGORIAN);
		month_table_add(jalali_names[i], i + 1, DCAL_JALALI);
		month_table_add(thai_names[i], i + 1, DCAL_BUDDHIST);
	}
}

/* Levantine Arabic names two months of a pair by "first" and "second":
   تشرين الأول (October), تشرين الثاني, كانون الأول, كانون الثاني (January). */
static const char *
paired_month(const char *w, const char *e, int *mon)
{
	char		 w2[32];
	const char	*e2;
	int		 first;

	if (strcmp(w, "تشرين") == 0)
		first = 10;
	else if (strcmp(w, "كانون") == 0)
		first = 12;
	else
		return NULL;
	while (*e == ' ')
		e++;
	if ((e2 = read_word(e, w2, sizeof(w2))) == NULL)
		return NULL;
	if (strcmp(w2, "الاول") == 0)
		*mon = first;
	else if (strcmp(w2, "الثاني") == 0)
		*mon = first % 12 + 1;
	else
		return NULL;
	return e2;
}

static bool
month_of(const char *w, int *mon, int *cal)
{
	size_t		n = strlen(w);
	unsigned	h;

	pthread_once(&month_once, month_table_build);
	for (h = month_hash(w, n); month_table[h].name != NULL;
	    h = (h + 1) & (MONTH_SLOTS - 1))
		if (month_table[h].len == n &&
		    memcmp(month_table[h].name, w, n) == 0) {
			*mon = month_table[h].mon;
			*cal = month_table[h].cal;
			return true;
		}
	return false;
}

const char *
dcal_month_of(const char *p, int *mon, int *cal)
{
	char		 w[48];
	const char	*e;

	*cal = DCAL_GREGORIAN;
	if ((e = read_word(p, w, sizeof(w))) == NULL)
		return NULL;
	if (month_of(w, mon, cal))
		return e;
	/* Hebrew bet, "in": בינואר */
	if (strncmp(w, "ב", 2) == 0 && w[2] != '\0' && month_of(w + 2, mon,
	    cal))
		return e;
	return paired_month(w, e, mon);
}

const char *
dcal_month(const char *p, int *mon)
{
	int	cal;

	return dcal_month_of(p, mon, &cal);
}

const char *
dcal_weekday(const char *p)
{
	char		 w[16];
	const char	*e;

	if ((e = read_word(p, w, sizeof(w))) == NULL ||
	    !in_list(weekday_names, w))
		return NULL;
	return *e == '.' ? e + 1 : e;
}
