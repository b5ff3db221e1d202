/* Where in a document a query matched, and the text around the best match with the matched words marked.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "search/search_private.h"

#include <string.h>

#define MAX_LINES 20      /* matched lines reported per hit */
#define SNIPPET_BEFORE 70 /* bytes of context before the first match in a long line */
#define SNIPPET_LEN 220   /* bytes a snippet aims at */

void at_stored_text_clear(at_stored_text *t)
{
    g_free(t->text);
    g_free(t->pages);
    g_free(t->numbers);
    memset(t, 0, sizeof *t);
}

typedef struct {
    GHashTable *terms;   /* term -> query word index + 1 */
    GArray *marks;       /* (start, end) byte pairs of matched words in the current line */
    uint64_t words;      /* query words matched in the current line */
} line_scan;

static int scan_word(const char *text, size_t start, size_t end, void *data)
{
    line_scan *s = data;
    char term[AT_WORD_MAX];
    guint w = at_term(text + start, end - start, term) ? GPOINTER_TO_UINT(g_hash_table_lookup(s->terms, term)) : 0;
    if (w) {
        s->words |= (uint64_t)1 << ((w - 1) & 63);
        size_t span[2] = { start, end };
        g_array_append_vals(s->marks, span, 2);
    }
    return 0;
}

/* `line` with its marked words in «», cut to about SNIPPET_LEN bytes around the first mark. */
static void append_marked(GString *out, const char *line, size_t len, const GArray *marks)
{
    size_t from = 0;
    if (marks->len && len > SNIPPET_LEN) {
        size_t first = g_array_index(marks, size_t, 0);
        from = first > SNIPPET_BEFORE ? first - SNIPPET_BEFORE : 0;
        while (from > 0 && line[from - 1] != ' ')
            from--;
    }
    size_t to = MIN(len, from + SNIPPET_LEN);
    while (to < len && line[to] != ' ')
        to++;
    if (from > 0)
        g_string_append(out, "…");
    size_t at = from;
    for (guint m = 0; m + 1 < marks->len; m += 2) {
        size_t s = g_array_index(marks, size_t, m), e = g_array_index(marks, size_t, m + 1);
        if (s < from || e > to)
            continue;
        g_string_append_len(out, line + at, (gssize)(s - at));
        g_string_append(out, "«");
        g_string_append_len(out, line + s, (gssize)(e - s));
        g_string_append(out, "»");
        at = e;
    }
    g_string_append_len(out, line + at, (gssize)(to - at));
    if (to < len)
        g_string_append(out, "…");
}

/* Byte offset of each line's start. */
static size_t *line_starts(const at_stored_text *t)
{
    size_t *starts = g_new(size_t, t->n_lines + 1);
    size_t at = 0;
    for (size_t l = 0; l < t->n_lines; l++) {
        starts[l] = at;
        const char *nl = at < t->len ? memchr(t->text + at, '\n', t->len - at) : NULL;
        at = nl ? (size_t)(nl - t->text) + 1 : t->len;
    }
    starts[t->n_lines] = at;
    return starts;
}

static size_t scan_line(line_scan *s, const at_stored_text *t, const size_t *starts, size_t l)
{
    g_array_set_size(s->marks, 0);
    s->words = 0;
    size_t len = starts[l + 1] - starts[l];
    if (len && t->text[starts[l] + len - 1] == '\n')
        len--;
    at_analyze_words(t->text + starts[l], len, scan_word, s);
    return len;
}

void at_snippet_make(const at_query *q, const at_stored_text *t, int page, int first, int last, int *hit_page,
                     GArray *lines, GString *snippet)
{
    line_scan s = { g_hash_table_new(g_str_hash, g_str_equal), g_array_new(FALSE, FALSE, sizeof(size_t)), 0 };
    for (guint i = 0; i < q->words->len; i++) {
        const at_query_word *w = &g_array_index(q->words, at_query_word, i);
        for (guint k = 0; k < w->terms->len; k++)
            g_hash_table_insert(s.terms, g_ptr_array_index(w->terms, k), GUINT_TO_POINTER(i + 1));
        for (guint p = 0; p < w->pieces->len; p++) {
            const GPtrArray *piece = g_ptr_array_index(w->pieces, p);
            for (guint k = 0; k < piece->len; k++)
                g_hash_table_insert(s.terms, g_ptr_array_index(piece, k), GUINT_TO_POINTER(i + 1));
        }
    }
    size_t *starts = line_starts(t);
    /* The best line: most query words; without words, where the field stands (or the first line). */
    size_t best = 0;
    int best_words = 0;
    bool placed = false;
    for (size_t l = 0; l < t->n_lines; l++) {
        if (q->words->len) {
            scan_line(&s, t, starts, l);
            int n = __builtin_popcountll(s.words);
            if (n > best_words)
                best_words = n, best = l;
        } else if (!placed && (int)t->pages[l] == page && (int)t->numbers[l] >= first) {
            best = l;
            placed = true;
        }
    }
    *hit_page = t->n_lines ? (int)t->pages[best] : 1;
    for (size_t l = 0; l < t->n_lines && lines->len < MAX_LINES; l++) {
        if ((int)t->pages[l] != *hit_page)
            continue;
        bool hit;
        if (q->words->len) {
            scan_line(&s, t, starts, l);
            hit = s.words != 0;
        } else {
            hit = placed ? (int)t->numbers[l] >= first && (int)t->numbers[l] <= MAX(first, last) : l == best;
        }
        if (hit)
            g_array_append_val(lines, t->numbers[l]);
    }
    g_string_truncate(snippet, 0);
    if (t->n_lines) {
        size_t len = scan_line(&s, t, starts, best);
        append_marked(snippet, t->text + starts[best], len, s.marks);
    }
    g_free(starts);
    g_hash_table_destroy(s.terms);
    g_array_free(s.marks, TRUE);
}
