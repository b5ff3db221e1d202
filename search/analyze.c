/* Words to index terms: diacritic folding, Snowball Swedish stems, compound parts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "search/search_private.h"

#include <libstemmer.h>
#include <string.h>

/* Compounds shorter than this (in characters) have no parts worth finding ("bilar" is no "bi|lar"). */
#define MIN_COMPOUND 7
#define MAX_PARTS 5

struct at_analyzer {
    struct sb_stemmer *stemmer;
    const at_dict *dict;
};

at_analyzer *at_analyzer_new(const at_dict *dict)
{
    struct sb_stemmer *st = sb_stemmer_new("swedish", "UTF_8");
    if (!st)
        return NULL;
    at_analyzer *a = g_new0(at_analyzer, 1);
    a->stemmer = st;
    a->dict = dict;
    return a;
}

void at_analyzer_free(at_analyzer *a)
{
    if (!a)
        return;
    sb_stemmer_delete(a->stemmer);
    g_free(a);
}

static bool word_char(gunichar c)
{
    return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

/* The character at `p` (0 for a byte that is no valid UTF-8: a separator) and where the next starts. */
static gunichar char_at(const char *p, const char *end, const char **next)
{
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c == (gunichar)-1 || c == (gunichar)-2) {
        *next = p + 1;
        return 0;
    }
    *next = g_utf8_next_char(p);
    return c;
}

int at_analyze_words(const char *text, size_t len, at_word_fn fn, void *data)
{
    const char *p = text, *end = text + len, *next;
    while (p < end) {
        while (p < end && !word_char(char_at(p, end, &next)))
            p = next;
        const char *start = p;
        while (p < end && word_char(char_at(p, end, &next)))
            p = next;
        if (p > start) {
            int rc = fn(text, (size_t)(start - text), (size_t)(p - text), data);
            if (rc)
                return rc;
        }
    }
    return 0;
}

static bool all_letters(const char *s, size_t len)
{
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p))
        if (!g_unichar_isalpha(g_utf8_get_char(p)))
            return false;
    return true;
}

/* The folded stem of a lower-case word, into `out` (size AT_WORD_MAX). */
static void stem(at_analyzer *a, const char *lower, size_t len, char *out)
{
    const sb_symbol *s = sb_stemmer_stem(a->stemmer, (const sb_symbol *)lower, (int)len);
    int n = s ? sb_stemmer_length(a->stemmer) : 0;
    if (!s || at_fold((const char *)s, (size_t)n, out, AT_WORD_MAX) < 0)
        at_fold(lower, len, out, AT_WORD_MAX);
}

/* Swedish inflection endings (Snowball's step 1) that are words too ("erna", "ens"): no compound's last part. */
static bool is_ending(const char *s, size_t len)
{
    static const char *const endings[] = { "arna", "erna", "orna", "heterna", "ade", "ande", "arne", "are", "aste",
                                           "anden", "aren", "heten", "ern", "heter", "arnas", "ernas", "ornas",
                                           "ades", "andes", "ens", "arens", "hetens", "erns", "andet", "het", "ast" };
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++)
        if (strlen(endings[i]) == len && memcmp(endings[i], s, len) == 0)
            return true;
    return false;
}

/*
 * A word's compound parts, also when the dictionary knows the whole word
 * ("busshållplatserna" is a hunspell form, and still buss|hållplatserna):
 * the longest known head, then (after a linking 's') a tail the
 * dictionary's splitter takes. Fills `cuts` like at_dict_split(); returns
 * the number of parts, 0 if there is no split into two or more.
 */
static int split_parts(const at_dict *d, const char *lower, size_t len, size_t *cuts)
{
    enum { MIN_PART_BYTES = 3 };
    size_t one[1], tail[MAX_PARTS - 1];
    for (size_t end = len - MIN_PART_BYTES; end >= MIN_PART_BYTES; end--) {
        if ((lower[end] & 0xC0) == 0x80 || at_dict_split(d, lower, end, false, one, 1) != 1)
            continue;
        for (size_t link = 0; link <= (lower[end] == 's' ? 1u : 0u); link++) {
            size_t rest = end + link;
            if (len - rest < MIN_PART_BYTES)
                continue;
            int n = at_dict_split(d, lower + rest, len - rest, false, tail, MAX_PARTS - 1);
            size_t last = n > 1 ? rest + tail[n - 2] : rest;
            if (n < 1 || is_ending(lower + last, len - last))
                continue;
            cuts[0] = rest;
            for (int i = 0; i < n; i++)
                cuts[i + 1] = rest + tail[i];
            return n + 1;
        }
    }
    return 0;
}

bool at_term(const char *word, size_t len, char *out)
{
    return len <= AT_TERM_MAX && at_lower(word, len, out, AT_WORD_MAX) >= 0;
}

bool at_analyze_word(at_analyzer *a, const char *word, size_t len, at_word_forms *f)
{
    f->parts = NULL;
    if (!at_term(word, len, f->lower) || at_fold(word, len, f->fold, sizeof f->fold) < 0)
        return false;
    size_t ll = strlen(f->lower);
    f->parts = g_ptr_array_new_with_free_func(g_free);
    if (!all_letters(f->lower, ll)) {
        g_strlcpy(f->stem, f->fold, sizeof f->stem);
        return true;
    }
    stem(a, f->lower, ll, f->stem);
    size_t cuts[MAX_PARTS];
    int n = a->dict && g_utf8_strlen(f->lower, (gssize)ll) >= MIN_COMPOUND ? split_parts(a->dict, f->lower, ll, cuts) : 0;
    for (int i = 0, from = 0; i < n; from = (int)cuts[i], i++) {
        char st[AT_WORD_MAX];
        stem(a, f->lower + from, cuts[i] - (size_t)from, st);
        g_ptr_array_add(f->parts, g_strdup(st));
    }
    return true;
}

void at_word_forms_clear(at_word_forms *f)
{
    if (f->parts)
        g_ptr_array_free(f->parts, TRUE);
    f->parts = NULL;
}
