/* Recognising Swedish compounds the word lists lack.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "dict/dict_private.h"

#include <math.h>
#include <string.h>

enum { MIN_PART = 3, MAX_PARTS = 5, GOOD_LAST_PART = 4 };

/* Function words ("den", "som", "att") are no compound parts; content words are far rarer than this. */
#define MAX_PART_PRIOR 1e-3

/* Parts must be words a dictionary vouches for: the web list's abbreviations
 * and names ("omr", "aden") would make a compound of anything. */
#define PART_SOURCES (AT_WORD_HUNSPELL | AT_WORD_DOMAIN | AT_WORD_USER)

static bool known_part(const at_dict *d, const char *s, size_t len, bool folded)
{
    if (len < MIN_PART)
        return false;
    at_dict_entry e;
    if (!folded)
        return at_dict_find(d, s, len, &e) && (e.flags & PART_SOURCES) && e.prior < MAX_PART_PRIOR;
    /* Straight from the key's records: this runs for every cut of every unknown word. */
    const at_dict_key *k = at_dict_find_key(d, s, len);
    for (uint32_t i = 0; k && i < k->n_words; i++) {
        const at_dict_word *w = &d->words[k->first_word + i];
        if ((w->flags & PART_SOURCES) && w->freq < MAX_PART_PRIOR * 1e9)
            return true;
    }
    return false;
}

bool at_dict_is_ending(const char *s, size_t len)
{
    static const char *const endings[] = { "arna", "erna", "orna", "heterna", "ade", "ande", "arne", "are", "aste",
                                           "anden", "aren", "heten", "ern", "heter", "arnas", "ernas", "ornas",
                                           "ades", "andes", "ens", "arens", "hetens", "erns", "andet", "het", "ast" };
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++)
        if (strlen(endings[i]) == len && memcmp(endings[i], s, len) == 0)
            return true;
    return false;
}

static bool is_linking(char c)
{
    return c == 's';
}

/* One word being split. Whether a piece is a known part does not depend on the pass, so each
 * piece is looked up once per word; `dead` holds the starts from which this pass found no split. */
typedef struct {
    const at_dict *d;
    const char *s;
    size_t len, max_parts, min_last;
    bool folded;
    uint8_t *known; /* (len + 1) x (len + 1) pieces: 0 unknown yet, 1 no, 2 yes; NULL: no memo */
    uint64_t dead[AT_WORD_MAX / 64];
    size_t best_cuts[MAX_PARTS], best_n; /* ranked mode: the likeliest split so far */
    double best_score;
} split_state;

enum { MEMO_WORD = 48 }; /* longer words (rare) go without the memo */

static bool known_piece(split_state *st, size_t from, size_t to)
{
    if (!st->known)
        return known_part(st->d, st->s + from, to - from, st->folded);
    uint8_t *m = &st->known[from * (st->len + 1) + to];
    if (!*m)
        *m = known_part(st->d, st->s + from, to - from, st->folded) ? 2 : 1;
    return *m == 2;
}

static bool is_dead(const split_state *st, size_t pos)
{
    return st->dead[pos / 64] >> (pos % 64) & 1;
}

/* Fewest parts first: a compound read as two long words beats one read as many short ones. */
static int split_from(split_state *st, size_t pos, size_t *cuts, size_t depth)
{
    const char *s = st->s;
    size_t len = st->len;
    if (depth >= st->max_parts)
        return 0;
    /* A short last part is likelier after a linking s ("verksamhets|mål"). */
    bool linked = pos > 0 && is_linking(s[pos - 1]);
    if ((len - pos >= st->min_last || linked) && known_piece(st, pos, len) &&
        !(pos > 0 && at_dict_is_ending(s + pos, len - pos))) {
        cuts[depth] = len;
        return (int)depth + 1;
    }
    /* Two parts need room; a shorter rest (and len - MIN_PART below) would run before the word. */
    if (depth + 1 >= st->max_parts || len < pos + 2 * MIN_PART || is_dead(st, pos))
        return 0;
    /* Longest head first: "godstransport|lösningar" before "gods|transport|lösningar". */
    for (size_t end = len - MIN_PART; end >= pos + MIN_PART; end--) {
        if ((s[end] & 0xC0) == 0x80) /* never cut inside a UTF-8 sequence */
            continue;
        if (!known_piece(st, pos, end))
            continue;
        cuts[depth] = end;
        int n = split_from(st, end, cuts, depth + 1);
        if (n)
            return n;
        if (is_linking(s[end]) && end + 1 + MIN_PART <= len) {
            cuts[depth] = end + 1; /* the linking letter stays with the head */
            n = split_from(st, end + 1, cuts, depth + 1);
            if (n)
                return n;
        }
    }
    st->dead[pos / 64] |= UINT64_C(1) << (pos % 64);
    return 0;
}

/* How common the piece is as a word: its commonest spelling that may be a part. Per billion; 0 when
 * it is none. */
static double word_freq(const split_state *st, size_t from, size_t to)
{
    if (st->folded) {
        const at_dict_key *k = at_dict_find_key(st->d, st->s + from, to - from);
        double best = 0;
        for (uint32_t i = 0; k && i < k->n_words; i++) {
            const at_dict_word *w = &st->d->words[k->first_word + i];
            if ((w->flags & PART_SOURCES) && w->freq < MAX_PART_PRIOR * 1e9)
                best = MAX(best, (double)w->freq);
        }
        return best;
    }
    at_dict_entry e;
    return at_dict_find(st->d, st->s + from, to - from, &e) ? e.prior * 1e9 : 0;
}

/* A first part ending in a linking s counts as its head, not as the rarer genitive, but at a
 * discount, since an s that begins the next part is as likely: "företags|träffar" beats
 * "företag|straffar", and "jobb|spår" still beats "jobbs|par". */
#define LINKED_HEAD_SHARE 0.15

static double piece_freq(const split_state *st, size_t from, size_t to, bool last)
{
    double f = word_freq(st, from, to);
    if (!last && is_linking(st->s[to - 1]) && to - 1 - from >= MIN_PART)
        f = MAX(f, LINKED_HEAD_SHARE * word_freq(st, from, to - 1));
    return f;
}

/* A split found in ranked mode: kept if its parts together are commoner than the best so far. */
static void keep_split(split_state *st, const size_t *cuts, size_t n)
{
    double score = 0;
    for (size_t p = 0, from = 0; p < n; from = cuts[p++])
        score += log(MAX(piece_freq(st, from, cuts[p], p == n - 1), 1.0));
    if (st->best_n && score <= st->best_score)
        return;
    st->best_score = score;
    st->best_n = n;
    memcpy(st->best_cuts, cuts, n * sizeof *cuts);
}

/* Every split from `pos` in at most max_parts parts into keep_split; whether there was one. */
static bool rank_from(split_state *st, size_t pos, size_t *cuts, size_t depth)
{
    const char *s = st->s;
    size_t len = st->len;
    if (depth >= st->max_parts)
        return false;
    bool any = false, linked = pos > 0 && is_linking(s[pos - 1]);
    if ((len - pos >= st->min_last || linked) && known_piece(st, pos, len) &&
        !(pos > 0 && at_dict_is_ending(s + pos, len - pos))) {
        cuts[depth] = len;
        keep_split(st, cuts, depth + 1);
        any = true;
    }
    if (depth + 1 >= st->max_parts || len < pos + 2 * MIN_PART || is_dead(st, pos))
        return any;
    for (size_t end = len - MIN_PART; end >= pos + MIN_PART; end--) {
        if ((s[end] & 0xC0) == 0x80 || !known_piece(st, pos, end))
            continue;
        cuts[depth] = end;
        any |= rank_from(st, end, cuts, depth + 1);
        if (is_linking(s[end]) && end + 1 + MIN_PART <= len) {
            cuts[depth] = end + 1;
            any |= rank_from(st, end + 1, cuts, depth + 1);
        }
    }
    if (!any)
        st->dead[pos / 64] |= UINT64_C(1) << (pos % 64);
    return any;
}

int at_dict_split_likeliest(const at_dict *d, const char *s, size_t len, bool folded, size_t *cuts,
                            size_t max_parts)
{
    if (len >= AT_WORD_MAX || max_parts == 0)
        return 0;
    uint8_t known[(MEMO_WORD + 1) * (MEMO_WORD + 1)];
    split_state st = { .d = d, .s = s, .len = len, .folded = folded, .known = len <= MEMO_WORD ? known : NULL };
    if (st.known)
        memset(known, 0, (len + 1) * (len + 1));
    size_t scratch[MAX_PARTS];
    /* Fewest parts first, then (as at_dict_split) a long last part before a three-letter one. */
    for (st.max_parts = 1; !st.best_n && st.max_parts <= MIN(max_parts, MAX_PARTS); st.max_parts++)
        for (st.min_last = GOOD_LAST_PART; !st.best_n && st.min_last >= MIN_PART; st.min_last--) {
            memset(st.dead, 0, sizeof st.dead);
            rank_from(&st, 0, scratch, 0);
        }
    memcpy(cuts, st.best_cuts, st.best_n * sizeof *cuts);
    return (int)st.best_n;
}

int at_dict_split(const at_dict *d, const char *s, size_t len, bool folded, size_t *cuts,
                  size_t max_parts)
{
    if (len >= AT_WORD_MAX || max_parts == 0)
        return 0;
    uint8_t known[(MEMO_WORD + 1) * (MEMO_WORD + 1)];
    split_state st = { .d = d, .s = s, .len = len, .max_parts = MIN(max_parts, MAX_PARTS), .folded = folded,
                       .known = len <= MEMO_WORD ? known : NULL };
    if (st.known)
        memset(known, 0, (len + 1) * (len + 1));
    /* A last part of three letters ("näringslivschefer|nås") only when no longer one will do
     * ("näringslivs|chefernas"). */
    int n = 0;
    for (st.min_last = GOOD_LAST_PART; !n && st.min_last >= MIN_PART; st.min_last--) {
        memset(st.dead, 0, sizeof st.dead);
        n = split_from(&st, 0, cuts, 0);
    }
    return n;
}

int at_dict_recognise(const at_dict *d, const char *lower, size_t len)
{
    if (at_dict_find(d, lower, len, NULL))
        return 1;
    size_t cuts[MAX_PARTS];
    int parts = at_dict_split(d, lower, len, false, cuts, MAX_PARTS);
    return parts >= 2 ? parts : 0;
}
