/* Error rates against a gold text, and which damaged words a normalizer fixed.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Texts become sequences of interned ids (one per grapheme cluster, one per
 * word), so that the distances compare integers. Distances are exact
 * (diagonal transition); the word alignment behind the fixed/harmed counts
 * is a banded dynamic programme whose memory is bounded.
 */
#include "arkivtext/eval.h"
#include "core/private.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum {
    ALIGN_MIN_BAND = 64,        /* first half-width of the alignment band */
    ALIGN_MAX_CELLS = 1 << 26,  /* backtrace bytes the band may grow to, for long texts */
    NFC_PIECE = 4096,           /* bytes normalized at a time, at least */
};

/* ---- texts to id sequences ---- */

/* Equal strings get equal ids; ids are dense from 0. */
typedef struct {
    GHashTable *ids;     /* key in store -> id + 1 */
    GStringChunk *store;
    GString *key;        /* lookups need a NUL-terminated key */
    GPtrArray *strings;  /* id -> its string in store */
} interner;

static void interner_init(interner *in)
{
    in->ids = g_hash_table_new(g_str_hash, g_str_equal);
    in->store = g_string_chunk_new(4096);
    in->key = g_string_new(NULL);
    in->strings = g_ptr_array_new();
}

static void interner_clear(interner *in)
{
    g_hash_table_destroy(in->ids);
    g_string_chunk_free(in->store);
    g_string_free(in->key, TRUE);
    g_ptr_array_free(in->strings, TRUE);
}

static guint32 intern(interner *in, const char *s, size_t len)
{
    g_string_truncate(in->key, 0);
    g_string_append_len(in->key, s, (gssize)len);
    gpointer v = g_hash_table_lookup(in->ids, in->key->str);
    if (v)
        return GPOINTER_TO_UINT(v) - 1;
    guint32 id = g_hash_table_size(in->ids);
    char *stored = g_string_chunk_insert_len(in->store, s, (gssize)len);
    g_hash_table_insert(in->ids, stored, GUINT_TO_POINTER(id + 1));
    g_ptr_array_add(in->strings, stored);
    return id;
}

/* One per call: ICU break iterators are not to be shared between threads. */
typedef struct {
    UBreakIterator *chars;
    UBreakIterator *words;
    UText *text;
    interner graphemes;
    interner wordforms;
} segmenter;

static int icu_failed(at_error *err, const char *what, UErrorCode st)
{
    return at_error_set(err, AT_EDEPEND, AT_STAGE_EVAL, NULL, "ICU %s: %s", what, u_errorName(st));
}

static int segmenter_init(segmenter *s, at_error *err)
{
    UErrorCode st = U_ZERO_ERROR;
    *s = (segmenter){ 0 };
    interner_init(&s->graphemes);
    interner_init(&s->wordforms);
    s->chars = ubrk_open(UBRK_CHARACTER, "sv", NULL, 0, &st);
    if (U_SUCCESS(st))
        s->words = ubrk_open(UBRK_WORD, "sv", NULL, 0, &st);
    return U_FAILURE(st) ? icu_failed(err, "break iterator", st) : 0;
}

static void segmenter_clear(segmenter *s)
{
    if (s->chars)
        ubrk_close(s->chars);
    if (s->words)
        ubrk_close(s->words);
    if (s->text)
        utext_close(s->text);
    interner_clear(&s->graphemes);
    interner_clear(&s->wordforms);
}

/* Append an id per segment of `text`; with `words_only`, only segments that
 * ICU tags as words (letters, numbers, kana, ideographs), so spaces and
 * punctuation are not words. */
static int split(segmenter *s, UBreakIterator *bi, interner *in, bool words_only, const char *text,
                 GArray *out, at_error *err)
{
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setUText(bi, s->text, &st);
    if (U_FAILURE(st))
        return icu_failed(err, "segmentation", st);
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        if (words_only && ubrk_getRuleStatus(bi) < UBRK_WORD_NONE_LIMIT)
            continue;
        guint32 id = intern(in, text + start, (size_t)(end - start));
        g_array_append_val(out, id);
    }
    return 0;
}

static int segment(segmenter *s, const char *text, size_t len, GArray *chars, GArray *words, at_error *err)
{
    UErrorCode st = U_ZERO_ERROR;
    s->text = utext_openUTF8(s->text, text, (int64_t)len, &st);
    if (U_FAILURE(st))
        return icu_failed(err, "text", st);
    int rc = split(s, s->chars, &s->graphemes, false, text, chars, err);
    if (rc == 0)
        rc = split(s, s->words, &s->wordforms, true, text, words, err);
    return rc;
}

/* Validated, NFC, every run of white space one space, trimmed: line wrapping
 * and composed/decomposed letters must not count as errors. */
static int prepare(const char *s, size_t len, const char *what, char **out, size_t *out_len, at_error *err)
{
    size_t bad = 0;
    if (!at_utf8_validate(s, len, &bad)) {
        bool first = err && err->code == AT_OK;
        int rc = at_error_set(err, AT_EFORMAT, AT_STAGE_EVAL, NULL, "the %s text is not valid UTF-8", what);
        if (first)
            err->offset = (long long)bad;
        return rc;
    }
    /* g_utf8_normalize() takes time quadratic in its input's length (GLib
     * 2.74: 12 s for 2 MB of Swedish), so it gets pieces cut before an ASCII
     * byte, across which no composition or reordering reaches. */
    GString *buf = g_string_sized_new(len + 1);
    for (size_t start = 0, end; start < len; start = end) {
        end = MIN(len, start + NFC_PIECE);
        while (end < len && (unsigned char)s[end] >= 0x80)
            end++;
        char *piece = g_utf8_normalize(s + start, (gssize)(end - start), G_NORMALIZE_NFC);
        g_string_append(buf, piece);
        g_free(piece);
    }
    if (buf->len > INT32_MAX / 2) { /* ICU's break offsets and two texts' diagonals are 32-bit */
        g_string_free(buf, TRUE);
        return at_error_set(err, AT_ELIMIT, AT_STAGE_EVAL, NULL, "the %s text is larger than 1 GiB", what);
    }
    char *nfc = g_string_free(buf, FALSE), *o = nfc;
    bool pending_space = false;
    for (const char *p = nfc; *p;) {
        const char *next = g_utf8_next_char(p);
        if (g_unichar_isspace(g_utf8_get_char(p))) {
            pending_space = o > nfc;
        } else {
            if (pending_space)
                *o++ = ' ';
            pending_space = false;
            memmove(o, p, (size_t)(next - p));
            o += next - p;
        }
        p = next;
    }
    *o = '\0';
    *out = nfc;
    *out_len = (size_t)(o - nfc);
    return 0;
}

/* ---- distance ---- */

/* Levenshtein distance by Ukkonen's diagonal transition: after e edits, p[k]
 * is the furthest row i on diagonal k = j - i that e edits reach, and every
 * step slides on down equal elements for free. Time about O(n + e²) on similar texts
 * (O((n + m) e) at worst), memory O(n + m); a DP band of width e would cost
 * O(n e), too slow for 700 000 graphemes with thousands of edits. */
static size_t edit_distance(const guint32 *a0, size_t an, const guint32 *b0, size_t bm)
{
    /* Rows and diagonals fit in 32 bits: prepare() keeps texts under 1 GiB. */
    int32_t n = (int32_t)an, m = (int32_t)bm, target = m - n;
    /* Copies ending in two different values no id has stop every slide at an end. */
    guint32 *a = g_new(guint32, an + 1), *b = g_new(guint32, bm + 1);
    if (an)
        memcpy(a, a0, an * sizeof *a);
    if (bm)
        memcpy(b, b0, bm * sizeof *b);
    a[n] = UINT32_MAX;
    b[m] = UINT32_MAX - 1;
    /* Diagonals -n - 2 .. m + 2; those not yet reached hold FAR, which loses every MAX. */
    const int32_t FAR = INT32_MIN / 4;
    const size_t size = an + bm + 5;
    const ptrdiff_t off = (ptrdiff_t)an + 2;
    int32_t *prev = g_new(int32_t, size), *cur = g_new(int32_t, size);
    for (size_t k = 0; k < size; k++)
        prev[k] = cur[k] = FAR;
    int32_t i = 0;
    while (a[i] == b[i])
        i++;
    prev[off] = i;
    int32_t e = 0;
    while (!(e >= (target < 0 ? -target : target) && prev[off + target] >= n)) {
        e++;
        int32_t lo = MAX(-n, -e), hi = MIN(m, e);
        int32_t *p = prev + off, *c = cur + off;
        for (int32_t k = lo; k <= hi; k++) {
            /* substitution, a[i] deleted, b[j] inserted; a step past an end stays at the end */
            i = MAX(MAX(p[k] + 1, p[k + 1] + 1), p[k - 1]);
            c[k] = MIN(i, MIN(n, m - k));
        }
        for (int32_t k = lo; k <= hi; k++) {
            i = c[k];
            while (a[i] == b[i + k])
                i++;
            c[k] = i;
        }
        int32_t *t = prev;
        prev = cur;
        cur = t;
    }
    g_free(a);
    g_free(b);
    g_free(prev);
    g_free(cur);
    return (size_t)e;
}

/* ---- alignment ---- */

enum { MOVE_DIAG, MOVE_UP, MOVE_LEFT };

/* The column at which the alignment band enters each row of the DP matrix:
 * straight lines between anchors, words found exactly once in each text and
 * kept in an order both agree on (a longest increasing subsequence, as in
 * patience diff). A block that only one text has (a page read twice, an
 * appendix the gold lacks) then widens one row of the band instead of
 * pulling every later word out of it. guide[0..n] rises from 0 to m. */
static void guide_path(const guint32 *a, size_t n, const guint32 *b, size_t m, ptrdiff_t *guide)
{
    guint32 ids = 0;
    for (size_t i = 0; i < n; i++)
        ids = MAX(ids, a[i] + 1);
    for (size_t j = 0; j < m; j++)
        ids = MAX(ids, b[j] + 1);
    guint8 *seen_a = g_new0(guint8, ids), *seen_b = g_new0(guint8, ids); /* 0, 1 or 2 for more */
    size_t *where_b = g_new(size_t, ids);
    for (size_t i = 0; i < n; i++)
        seen_a[a[i]] += seen_a[a[i]] < 2;
    for (size_t j = 0; j < m; j++) {
        seen_b[b[j]] += seen_b[b[j]] < 2;
        where_b[b[j]] = j;
    }
    /* Patience sorting: tails[l] ends the longest chain of l + 1 anchors seen so far. */
    size_t *ai = g_new(size_t, n + 1), *aj = g_new(size_t, n + 1);
    size_t *pred = g_new(size_t, n + 1), *tails = g_new(size_t, n + 1);
    size_t count = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
        if (seen_a[a[i]] != 1 || seen_b[a[i]] != 1)
            continue;
        size_t j = where_b[a[i]], lo = 0, hi = len;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (aj[tails[mid]] < j)
                lo = mid + 1;
            else
                hi = mid;
        }
        ai[count] = i;
        aj[count] = j;
        pred[count] = lo ? tails[lo - 1] : SIZE_MAX;
        tails[lo] = count++;
        len = MAX(len, lo + 1);
    }
    /* Back from (n, m) through the chain to (0, 0). */
    size_t x1 = n, y1 = m;
    for (size_t p = len ? tails[len - 1] : SIZE_MAX;; p = pred[p]) {
        size_t x0 = p == SIZE_MAX ? 0 : ai[p], y0 = p == SIZE_MAX ? 0 : aj[p];
        for (size_t r = x0 + 1; r <= x1; r++)
            guide[r] = (ptrdiff_t)(y0 + (guint64)(r - x0) * (y1 - y0) / (x1 - x0));
        if (p == SIZE_MAX)
            break;
        x1 = x0;
        y1 = y0;
    }
    guide[0] = 0;
    g_free(seen_a);
    g_free(seen_b);
    g_free(where_b);
    g_free(ai);
    g_free(aj);
    g_free(pred);
    g_free(tails);
}

/* Align a (rows) with b (columns) by DP inside a band k columns either side
 * of the guide, keeping the backtrace only inside the band. map[i] becomes
 * the index in b aligned with a[i], or -1 where a[i] is deleted. */
static int align_band(const guint32 *a, size_t n, const guint32 *b, size_t m, const ptrdiff_t *guide, size_t k,
                      ptrdiff_t *map, size_t *cost, at_error *err)
{
    const size_t inf = SIZE_MAX / 2;
    /* Row i spans from k before where the guide enters it to k after where it leaves. */
    size_t *lo = g_new(size_t, n + 1), *start = g_new(size_t, n + 2), widest = 0;
    start[0] = 0;
    for (size_t i = 0; i <= n; i++) {
        lo[i] = (size_t)MAX(guide[i] - (ptrdiff_t)k, 0);
        size_t hi = MIN(m, (size_t)(i < n ? guide[i + 1] : (ptrdiff_t)m) + k);
        start[i + 1] = start[i] + hi - lo[i] + 1;
        widest = MAX(widest, hi - lo[i] + 1);
    }
    guint8 *bt = g_try_malloc(start[n + 1]);
    if (!bt) {
        g_free(lo);
        g_free(start);
        return at_error_set(err, AT_ENOMEM, AT_STAGE_EVAL, NULL, "no memory to align %zu words", n);
    }
    size_t *prev = g_new(size_t, widest), *cur = g_new(size_t, widest);
    for (size_t i = 0; i <= n; i++) {
        size_t w = start[i + 1] - start[i];
        for (size_t t = 0; t < w; t++) {
            size_t j = lo[i] + t, best = (i == 0 && j == 0) ? 0 : inf;
            guint8 move = MOVE_DIAG;
            if (i > 0) {
                size_t pw = start[i] - start[i - 1];
                if (j > 0 && j - 1 >= lo[i - 1] && j - 1 < lo[i - 1] + pw)
                    best = MIN(best, prev[j - 1 - lo[i - 1]] + (a[i - 1] != b[j - 1]));
                if (j >= lo[i - 1] && j < lo[i - 1] + pw && prev[j - lo[i - 1]] + 1 < best) {
                    best = prev[j - lo[i - 1]] + 1;
                    move = MOVE_UP;
                }
            }
            if (t > 0 && cur[t - 1] + 1 < best) {
                best = cur[t - 1] + 1;
                move = MOVE_LEFT;
            }
            cur[t] = best;
            bt[start[i] + t] = move;
        }
        size_t *swap = prev;
        prev = cur;
        cur = swap;
    }
    *cost = prev[m - lo[n]];
    for (size_t i = n, j = m; i > 0 || j > 0;) {
        switch (bt[start[i] + j - lo[i]]) {
        case MOVE_DIAG:
            map[--i] = (ptrdiff_t)--j;
            break;
        case MOVE_UP:
            map[--i] = -1;
            break;
        default:
            j--;
        }
    }
    g_free(bt);
    g_free(lo);
    g_free(start);
    g_free(prev);
    g_free(cur);
    return 0;
}

/* Align gold words with another text's, doubling the band until the cost
 * equals `optimum` (when known), stops falling, or the backtrace would pass
 * ALIGN_MAX_CELLS. */
static int align_words(const guint32 *gold, size_t n, const guint32 *other, size_t m, size_t optimum,
                       ptrdiff_t *map, at_error *err)
{
    ptrdiff_t *guide = g_new(ptrdiff_t, n + 1);
    guide_path(gold, n, other, m, guide);
    size_t k = ALIGN_MIN_BAND, kmax = MAX(k, ALIGN_MAX_CELLS / (2 * (n + 1)));
    size_t last = SIZE_MAX, cost = 0;
    int rc;
    while ((rc = align_band(gold, n, other, m, guide, k, map, &cost, err)) == 0 && cost != optimum &&
           cost != last && k < kmax) {
        last = cost;
        k = MIN(2 * k, kmax);
    }
    g_free(guide);
    return rc;
}

/* Each gold word is compared with the word aligned to it in both texts; a
 * deleted word counts as wrong there. `fn`, when set, hears every gold word. */
static void count_fixes(const guint32 *gold, size_t n, const guint32 *ocr, const ptrdiff_t *ocr_map,
                        const guint32 *hyp, const ptrdiff_t *hyp_map, const GPtrArray *words, at_eval_word_fn fn,
                        void *data, at_eval_result *out)
{
    for (size_t i = 0; i < n; i++) {
        bool ocr_right = ocr_map[i] >= 0 && ocr[ocr_map[i]] == gold[i];
        bool hyp_right = hyp_map[i] >= 0 && hyp[hyp_map[i]] == gold[i];
        if (ocr_right) {
            out->intact++;
            out->harmed += !hyp_right;
        } else {
            out->damaged++;
            out->fixed += hyp_right;
        }
        if (fn)
            fn(words->pdata[gold[i]], ocr_map[i] >= 0 ? words->pdata[ocr[ocr_map[i]]] : NULL,
               hyp_map[i] >= 0 ? words->pdata[hyp[hyp_map[i]]] : NULL, data);
    }
}

/* An empty gold text has no rate; any output then is all wrong. */
static double rate(size_t edits, size_t total)
{
    return total ? (double)edits / (double)total : (edits ? 1.0 : 0.0);
}

int at_eval_texts(const char *gold, size_t gold_len, const char *hyp, size_t hyp_len,
                  const char *ocr, size_t ocr_len, at_eval_result *out, at_error *err)
{
    return at_eval_words(gold, gold_len, hyp, hyp_len, ocr, ocr_len, out, NULL, NULL, err);
}

int at_eval_words(const char *gold, size_t gold_len, const char *hyp, size_t hyp_len, const char *ocr,
                  size_t ocr_len, at_eval_result *out, at_eval_word_fn fn, void *data, at_error *err)
{
    if (!out || (!gold && gold_len) || (!hyp && hyp_len) || (!ocr && ocr_len))
        return at_error_set(err, AT_EINVAL, AT_STAGE_EVAL, NULL, "at_eval_texts: missing text or result");
    *out = (at_eval_result){ 0 };
    enum { GOLD, HYP, OCR };
    const char *src[] = { gold ? gold : "", hyp ? hyp : "", ocr };
    const size_t src_len[] = { gold_len, hyp_len, ocr_len };
    const char *names[] = { "gold", "hypothesis", "OCR" };
    const int n_texts = ocr ? 3 : 2;
    GArray *chars[3] = { NULL }, *words[3] = { NULL };
    segmenter seg;
    int rc = segmenter_init(&seg, err);
    for (int t = 0; t < n_texts && rc == 0; t++) {
        chars[t] = g_array_new(FALSE, FALSE, sizeof(guint32));
        words[t] = g_array_new(FALSE, FALSE, sizeof(guint32));
        char *text = NULL;
        size_t len = 0;
        rc = prepare(src[t], src_len[t], names[t], &text, &len, err);
        if (rc == 0)
            rc = segment(&seg, text, len, chars[t], words[t], err);
        g_free(text);
    }
    if (rc == 0) {
        const guint32 *gw = (const guint32 *)(void *)words[GOLD]->data;
        const guint32 *hw = (const guint32 *)(void *)words[HYP]->data;
        out->gold_chars = chars[GOLD]->len;
        out->gold_words = words[GOLD]->len;
        out->char_edits = edit_distance((const guint32 *)(void *)chars[GOLD]->data, chars[GOLD]->len,
                                        (const guint32 *)(void *)chars[HYP]->data, chars[HYP]->len);
        out->word_edits = edit_distance(gw, words[GOLD]->len, hw, words[HYP]->len);
        out->cer = rate(out->char_edits, out->gold_chars);
        out->wer = rate(out->word_edits, out->gold_words);
        if (ocr) {
            const guint32 *ow = (const guint32 *)(void *)words[OCR]->data;
            size_t n = words[GOLD]->len;
            ptrdiff_t *ocr_map = g_new(ptrdiff_t, n + 1), *hyp_map = g_new(ptrdiff_t, n + 1);
            rc = align_words(gw, n, ow, words[OCR]->len, SIZE_MAX, ocr_map, err);
            if (rc == 0)
                rc = align_words(gw, n, hw, words[HYP]->len, out->word_edits, hyp_map, err);
            if (rc == 0)
                count_fixes(gw, n, ow, ocr_map, hw, hyp_map, seg.wordforms.strings, fn, data, out);
            g_free(ocr_map);
            g_free(hyp_map);
        }
    }
    for (int t = 0; t < 3; t++) {
        if (chars[t])
            g_array_free(chars[t], TRUE);
        if (words[t])
            g_array_free(words[t], TRUE);
    }
    segmenter_clear(&seg);
    return rc;
}
