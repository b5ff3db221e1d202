/* Words to index terms: diacritic folding, Snowball Swedish stems, compound parts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "search/search_private.h"

#include <libstemmer.h>
#include <string.h>

/* Compounds shorter than this (in characters) have no parts worth finding ("bilar" is no "bi|lar"). */
#define MIN_COMPOUND 7
#define MAX_PARTS 5
#define MAX_FINE 8 /* parts of a compound split to the end */
#define MAX_STEM_PASSES 8 /* each pass shortens the stem, so it stands still long before */

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

/*
 * The base form of a definite or genitive word the dictionary vouches for:
 * Snowball's Swedish stemmer leaves "-an", "-et" and "-t" alone
 * ("förskolan", "reningsverket", "området"), so they are taken off here
 * when what remains is a known word ("förskola", "reningsverk",
 * "område"); a genitive "-s" first ("avtalets").
 */
static void base_form(const at_dict *d, char *w)
{
    static const char *const endings[] = { "n", "t", "en", "et" };
    at_dict_entry e;
    size_t len = strlen(w);
    if (len > 4 && w[len - 1] == 's' && at_dict_find(d, w, len - 1, &e) && (e.flags & AT_WORD_HUNSPELL))
        w[--len] = '\0';
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++) {
        size_t n = strlen(endings[i]);
        if (len > n + 3 && strcmp(w + len - n, endings[i]) == 0 && at_dict_find(d, w, len - n, &e) &&
            (e.flags & AT_WORD_HUNSPELL)) {
            w[len - n] = '\0';
            return;
        }
    }
}

/*
 * The folded stem of a lower-case word, into `out` (AT_WORD_MAX bytes): its
 * base form (with a dictionary), then Snowball until the stem stands still:
 * one pass takes the "s" of "hållplats" as if a genitive but only the "erna"
 * of "hållplatserna", and "hållplat" loses its "at" to the next pass, so a
 * fixed number of passes leaves the forms of one word one pass apart.
 */
static void stem(at_analyzer *a, const char *lower, size_t len, char *out)
{
    char buf[AT_WORD_MAX];
    g_strlcpy(buf, lower, MIN(len + 1, sizeof buf));
    if (a->dict)
        base_form(a->dict, buf);
    for (int pass = 0; pass < MAX_STEM_PASSES; pass++) {
        const sb_symbol *s = sb_stemmer_stem(a->stemmer, (const sb_symbol *)buf, (int)strlen(buf));
        int n = s ? sb_stemmer_length(a->stemmer) : -1;
        if (n < 0 || (size_t)n >= sizeof buf || (size_t)n == strlen(buf))
            break;
        memcpy(buf, s, (size_t)n);
        buf[n] = '\0';
    }
    if (at_fold(buf, strlen(buf), out, AT_WORD_MAX) < 0)
        at_fold(lower, len, out, AT_WORD_MAX);
}

/*
 * One split of a word into two or more parts, also when the dictionary
 * knows the whole word ("busshållplatserna" is a hunspell form, and still
 * buss|hållplatserna): the longest known head, then (after a linking 's') a
 * tail the dictionary's splitter takes that is no mere inflection ending.
 * `folded` matches parts by folded key (words whose diacritics were lost).
 * Fills `cuts` like at_dict_split(); returns the number of parts, or 0.
 */
static int split_once(const at_dict *d, const char *w, size_t len, bool folded, size_t *cuts)
{
    enum { MIN_PART_BYTES = 3 };
    size_t one[1], tail[MAX_PARTS - 1];
    for (size_t end = len - MIN_PART_BYTES; end >= MIN_PART_BYTES; end--) {
        if ((w[end] & 0xC0) == 0x80 || at_dict_split(d, w, end, folded, one, 1) != 1)
            continue;
        for (size_t link = 0; link <= (w[end] == 's' ? 1u : 0u); link++) {
            size_t rest = end + link;
            if (len - rest < MIN_PART_BYTES)
                continue;
            int n = at_dict_split(d, w + rest, len - rest, folded, tail, MAX_PARTS - 1);
            size_t last = n > 1 ? rest + tail[n - 2] : rest;
            if (n < 1 || at_dict_is_ending(w + last, len - last))
                continue;
            cuts[0] = rest;
            for (int i = 0; i < n; i++)
                cuts[i + 1] = rest + tail[i];
            return n + 1;
        }
    }
    return 0;
}

/* The finest split: each part split again while it splits ("avloppsrenings|verket" -> avlopps|renings|verket). */
static int split_fine(const at_dict *d, const char *w, size_t len, bool folded, size_t *cuts, int depth)
{
    size_t top[MAX_PARTS];
    int n = g_utf8_strlen(w, (gssize)len) >= MIN_COMPOUND ? split_once(d, w, len, folded, top) : 0;
    if (n < 2)
        return 0;
    int out = 0;
    for (int i = 0, from = 0; i < n && out < MAX_FINE; from = (int)top[i], i++) {
        size_t inner[MAX_FINE];
        int m = depth < 2 ? split_fine(d, w + from, top[i] - (size_t)from, folded, inner, depth + 1) : 0;
        for (int k = 0; k + 1 < m && out < MAX_FINE - 1; k++) /* the last inner cut is the part's own end */
            cuts[out++] = (size_t)from + inner[k];
        cuts[out++] = top[i];
    }
    return out;
}

bool at_term(const char *word, size_t len, char *out)
{
    return len <= AT_TERM_MAX && at_lower(word, len, out, AT_WORD_MAX) >= 0;
}

/* The finest parts of a word (lower-case substrings) and the compounds ending it ("hållplatserna" of
 * "busshållplatserna"): the pieces a compound is found by. */
static void add_pieces(at_analyzer *a, at_word_forms *f)
{
    size_t len = strlen(f->lower), cuts[MAX_FINE];
    bool plain = strcmp(f->lower, f->fold) == 0;
    int n = split_fine(a->dict, f->lower, len, false, cuts, 0);
    if (n < 2 && plain) /* no split with the spelling as it is: maybe the diacritics were lost */
        n = split_fine(a->dict, f->fold, len, true, cuts, 0);
    for (int i = 0, from = 0; i < n; from = (int)cuts[i], i++) {
        g_ptr_array_add(f->pieces, g_strndup(f->lower + from, cuts[i] - (size_t)from));
        if (i > 0 && i < n - 1)
            g_ptr_array_add(f->heads, g_strdup(f->lower + from));
    }
}

bool at_analyze_word(at_analyzer *a, const char *word, size_t len, at_word_forms *f)
{
    f->parts = f->pieces = f->heads = NULL;
    if (!at_term(word, len, f->lower) || at_fold(word, len, f->fold, sizeof f->fold) < 0)
        return false;
    size_t ll = strlen(f->lower);
    f->parts = g_ptr_array_new_with_free_func(g_free);
    f->pieces = g_ptr_array_new_with_free_func(g_free);
    f->heads = g_ptr_array_new_with_free_func(g_free);
    if (!all_letters(f->lower, ll)) {
        g_strlcpy(f->stem, f->fold, sizeof f->stem);
        return true;
    }
    stem(a, f->lower, ll, f->stem);
    if (a->dict)
        add_pieces(a, f);
    char st[AT_WORD_MAX];
    for (guint i = 0; i < f->pieces->len + f->heads->len; i++) {
        const char *p = i < f->pieces->len ? g_ptr_array_index(f->pieces, i)
                                            : g_ptr_array_index(f->heads, i - f->pieces->len);
        stem(a, p, strlen(p), st);
        g_ptr_array_add(f->parts, g_strdup(st));
    }
    return true;
}

void at_analyze_stem(at_analyzer *a, const char *lower, char *out)
{
    stem(a, lower, strlen(lower), out);
}

void at_word_forms_clear(at_word_forms *f)
{
    if (f->parts)
        g_ptr_array_free(f->parts, TRUE);
    if (f->pieces)
        g_ptr_array_free(f->pieces, TRUE);
    if (f->heads)
        g_ptr_array_free(f->heads, TRUE);
    f->parts = f->pieces = f->heads = NULL;
}
