/* The invisible text layer: each word's current reading at its box, in the glyph-less font.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "pdfa/pdfa_private.h"

#include <math.h>

/* Where a line's text sits, in heights above its baseline (see line_metrics) as a
 * share of its ascent (baseline to the highest word top). x-height words, ascender words,
 * descender words and words with both all overlap the box [-0.07, 0.83] by IoU 0.6 or more, so
 * text search and selection highlight the words on the image; one box per line keeps a line's
 * words one line for text extraction. */
#define LINE_TOP 0.83
#define LINE_BOTTOM 0.07
/* PDF/A-1 keeps strings under 65 535 bytes: a word's hex string is cut every this many CIDs. */
#define CIDS_PER_STRING 16384
#define MAX_SCALING 30000.0 /* Tz, within PDF/A-1's largest real (32 767) */
/* Space that separates words for text extraction (poppler breaks at 0.1 of the font size), and the
 * narrowest a glyph is drawn, both in font sizes. */
#define WORD_GAP 0.15
#define MIN_GLYPH 0.05
/* A descender's depth below the baseline, in ascents (0.3 in common text faces). */
#define DESCENT 0.3
/* A line's ascent within this share of its block's counts as the same font size. */
#define SAME_SIZE 0.4
/* A line this many times taller than wide runs down the page. */
#define VERTICAL 2

/* Where the last word written horizontally on the page ended, in points. */
typedef struct {
    bool set;
    double right, baseline, size;
} pen;

struct pdfa_chars {
    GHashTable *cid_of; /* code point -> CID */
    GArray *code_of;    /* gunichar by CID - 1 */
};

pdfa_chars *pdfa_chars_new(void)
{
    pdfa_chars *c = g_new0(pdfa_chars, 1);
    c->cid_of = g_hash_table_new(g_direct_hash, g_direct_equal);
    c->code_of = g_array_new(FALSE, FALSE, sizeof(gunichar));
    return c;
}

void pdfa_chars_free(pdfa_chars *chars)
{
    if (!chars)
        return;
    g_hash_table_destroy(chars->cid_of);
    g_array_free(chars->code_of, TRUE);
    g_free(chars);
}

size_t pdfa_chars_count(const pdfa_chars *chars)
{
    return chars->code_of->len;
}

/* The CID of `c`, given out now if new; 0 when the font is full. */
static unsigned cid_of(pdfa_chars *chars, gunichar c)
{
    unsigned cid = GPOINTER_TO_UINT(g_hash_table_lookup(chars->cid_of, GUINT_TO_POINTER(c)));
    if (cid || chars->code_of->len >= PDFA_MAX_CIDS)
        return cid;
    g_array_append_val(chars->code_of, c);
    cid = chars->code_of->len;
    g_hash_table_insert(chars->cid_of, GUINT_TO_POINTER(c), GUINT_TO_POINTER(cid));
    return cid;
}

static void put_utf16(GString *s, gunichar c)
{
    if (c < 0x10000) {
        g_string_append_printf(s, "%04X", c);
        return;
    }
    c -= 0x10000;
    g_string_append_printf(s, "%04X%04X", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
}

GString *pdfa_chars_to_unicode(const pdfa_chars *chars)
{
    GString *s = g_string_new("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                              "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                              "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                              "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    /* A CMap takes at most 100 mappings per bfchar block. */
    for (guint first = 0; first < chars->code_of->len; first += 100) {
        guint n = MIN(100, chars->code_of->len - first);
        g_string_append_printf(s, "%u beginbfchar\n", n);
        for (guint i = first; i < first + n; i++) {
            g_string_append_printf(s, "<%04X> <", i + 1);
            put_utf16(s, g_array_index(chars->code_of, gunichar, i));
            g_string_append(s, ">\n");
        }
        g_string_append(s, "endbfchar\n");
    }
    g_string_append(s, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return s;
}

void pdfa_put_number(GString *s, double v)
{
    long long n = llround(v * 100);
    if (n < 0) {
        g_string_append_c(s, '-');
        n = -n;
    }
    g_string_append_printf(s, "%lld", n / 100);
    int cents = (int)(n % 100);
    if (cents % 10)
        g_string_append_printf(s, ".%02d", cents);
    else if (cents)
        g_string_append_printf(s, ".%d", cents / 10);
}

/* The CIDs of a word's reading; control characters are not shown. */
static int word_cids(pdfa_chars *chars, const char *text, size_t len, GArray *cids, at_error *err)
{
    g_array_set_size(cids, 0);
    for (const char *p = text, *end = text + len; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char_validated(p, end - p);
        if (c == (gunichar)-1 || c == (gunichar)-2)
            c = 0xFFFD;
        if (g_unichar_iscntrl(c))
            continue;
        unsigned cid = cid_of(chars, c);
        if (!cid)
            return at_error_set(err, AT_ELIMIT, AT_STAGE_PDFA, NULL,
                                "more than %d different characters (PDF/A-1's limit for one font)", PDFA_MAX_CIDS);
        g_array_append_val(cids, cid);
    }
    return 0;
}

static bool has_box(const at_word_view *w)
{
    return w->box.w > 0 && w->box.h > 0 && w->box.x >= 0 && w->box.y >= 0;
}

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* A word with a letter below the baseline: its box's bottom is not the line's baseline (a cell's
 * line of one such word would stand lower than its neighbours, and break the cell in two). */
static bool descends(const at_word_view *w)
{
    for (size_t i = 0; i < w->text_len; i++)
        if (w->text[i] && strchr("gjpqyQ,;()", w->text[i]))
            return true;
    return false;
}

/* The line's baseline (the median bottom of its words, of those without descenders when it has
 * any) and ascent (baseline to the highest word top), in pixels. */
static void line_metrics(const at_doc *doc, const at_line_view *line, double *base, double *ascent)
{
    int *bottoms = g_new(int, line->n_words ? line->n_words : 1);
    int n = 0, n_descending = 0, highest = INT32_MAX;
    for (uint32_t i = 0; i < line->n_words; i++) {
        at_word_view w;
        at_doc_word(doc, line->first_word + i, &w);
        if (w.deleted || !has_box(&w))
            continue;
        highest = MIN(highest, w.box.y);
        /* Descending words' bottoms gather at the end, the others' at the start. */
        if (descends(&w))
            bottoms[line->n_words - 1 - n_descending++] = w.box.y + w.box.h;
        else
            bottoms[n++] = w.box.y + w.box.h;
    }
    bool only_descending = !n && n_descending;
    if (only_descending) {
        memmove(bottoms, bottoms + line->n_words - n_descending, n_descending * sizeof *bottoms);
        n = n_descending;
    }
    qsort(bottoms, (size_t)n, sizeof *bottoms, by_value);
    *base = n ? bottoms[n / 2] : 0;
    if (only_descending) /* the baseline is above the bottom by the descent */
        *base -= DESCENT / (1 + DESCENT) * (*base - highest);
    *ascent = n ? MAX(*base - highest, 1.0) : 1.0;
    g_free(bottoms);
}

/* A line's baseline and ascent, in pixels (line_metrics). */
typedef struct {
    double base, ascent;
} line_metric;

/* Every line's metrics of a block into `metrics`, computed once a line; returns their median ascent
 * (0 for no lines). */
static double block_metrics(const at_doc *doc, const at_block_view *block, GArray *metrics)
{
    g_array_set_size(metrics, block->n_lines);
    if (!block->n_lines)
        return 0;
    int *ascents = g_new(int, block->n_lines);
    for (uint32_t i = 0; i < block->n_lines; i++) {
        at_line_view line;
        line_metric *m = &g_array_index(metrics, line_metric, i);
        at_doc_line(doc, block->first_line + i, &line);
        line_metrics(doc, &line, &m->base, &m->ascent);
        ascents[i] = (int)m->ascent;
    }
    qsort(ascents, block->n_lines, sizeof *ascents, by_value);
    double median = ascents[block->n_lines / 2];
    g_free(ascents);
    return median;
}

/* The line's text box, top and bottom in pixels (see LINE_TOP), at its block's ascent when its own
 * is near it: text extraction keeps lines in one block (a table cell, a paragraph) only when
 * their font sizes agree, and reads the lines of neighbouring blocks in turn otherwise; a line
 * without ascenders (`ocr som`) would have a smaller one. */
static void line_box(line_metric m, double block_ascent, double *top, double *bottom)
{
    double ascent = m.ascent;
    if (ascent > (1 - SAME_SIZE) * block_ascent && ascent < block_ascent / (1 - SAME_SIZE))
        ascent = block_ascent;
    *top = m.base - LINE_TOP * ascent;
    *bottom = m.base + LINE_BOTTOM * ascent;
}

/* Show the CIDs, in strings PDF/A-1 allows. */
static void put_cids(GString *content, const GArray *cids)
{
    for (guint first = 0; first < cids->len; first += CIDS_PER_STRING) {
        g_string_append(content, " <");
        for (guint i = first; i < MIN(cids->len, first + CIDS_PER_STRING); i++)
            g_string_append_printf(content, "%04X", g_array_index(cids, unsigned, i));
        g_string_append(content, "> Tj");
    }
    g_string_append_c(content, '\n');
}

/* Horizontal scaling (Tz) that stretches the CIDs to `length` points. */
static void put_scaling(GString *content, const GArray *cids, double size, double length)
{
    double natural = cids->len * size * PDFA_GLYPH_WIDTH / 1000.0;
    pdfa_put_number(content, CLAMP(100 * length / natural, 0.01, MAX_SCALING));
    g_string_append(content, " Tz ");
}

/* One word from `left` to `right` (points) on the line's baseline. */
static void put_word(GString *content, double left, double right, const GArray *cids, double size, double baseline)
{
    put_scaling(content, cids, size, right - left);
    g_string_append(content, "1 0 0 1 ");
    pdfa_put_number(content, left);
    g_string_append_c(content, ' ');
    pdfa_put_number(content, baseline);
    g_string_append(content, " Tm");
    put_cids(content, cids);
}

/* A word of a line that runs down the page (OCR reads a column of digits so): the text turned
 * to run top to bottom over its box, as wide as the box. Only for such a line that opens the
 * page; see put_after. */
static void put_vertical_word(GString *content, const at_box *box, const GArray *cids, double scale, double height)
{
    double size = box->w * scale * 1000 / PDFA_FONT_ASCENT;
    g_string_append(content, "/F0 ");
    pdfa_put_number(content, size);
    g_string_append(content, " Tf ");
    put_scaling(content, cids, size, box->h * scale);
    g_string_append(content, "0 -1 1 0 ");
    pdfa_put_number(content, box->x * scale);
    g_string_append_c(content, ' ');
    pdfa_put_number(content, height - box->y * scale);
    g_string_append(content, " Tm");
    put_cids(content, cids);
}

/* A word of a line that runs down the page, written on after the last word written, narrow:
 * text extraction orders text by position, and reads a vertical line at its box before every
 * line to its right (the lines of a table of contents beside the column of their numbers),
 * while the reading order has it after them. Search finds it, at the end of that line. */
static void put_after(GString *content, pen *at, const GArray *cids)
{
    g_string_append(content, "/F0 ");
    pdfa_put_number(content, at->size);
    g_string_append(content, " Tf\n");
    /* A whole font size apart: glyphs this narrow need a wider gap before content-order
     * extraction (pdftotext -raw) sees a space. */
    double left = at->right + at->size, right = left + cids->len * MIN_GLYPH * at->size;
    put_word(content, left, right, cids, at->size, at->baseline);
    at->right = right;
}

/* One line: its font size and baseline, then its words. */
static int put_line(GString *content, const at_doc *doc, const at_line_view *line, line_metric metric,
                    double ascent, double scale, double height, pdfa_chars *chars, GArray *cids, pen *at, bool *any,
                    at_error *err)
{
    double top, bottom;
    line_box(metric, ascent, &top, &bottom);
    double size = (bottom - top) * scale * 1000 / PDFA_FONT_ASCENT, baseline = height - bottom * scale;
    bool size_set = false;
    /* Words of a line never overlap: text extraction would interleave their letters (OCR can give
     * a line of words stacked above each other). An overlapping word starts after the one before. */
    double next_left = 0, gap = WORD_GAP * size;
    for (uint32_t i = 0; i < line->n_words; i++) {
        at_word_view w;
        at_doc_word(doc, line->first_word + i, &w);
        if (w.deleted || !has_box(&w))
            continue;
        int rc = word_cids(chars, w.text, w.text_len, cids, err);
        if (rc < 0)
            return rc;
        if (!cids->len)
            continue;
        *any = true;
        if (line->box.h > VERTICAL * line->box.w) {
            if (at->set)
                put_after(content, at, cids);
            else
                put_vertical_word(content, &w.box, cids, scale, height);
            size_set = false;
            continue;
        }
        if (!size_set) {
            g_string_append(content, "/F0 ");
            pdfa_put_number(content, size);
            g_string_append(content, " Tf\n");
            size_set = true;
        }
        double left = MAX(w.box.x * scale, next_left), right = (w.box.x + w.box.w) * scale;
        right = MAX(right, left + cids->len * MIN_GLYPH * size);
        put_word(content, left, right, cids, size, baseline);
        next_left = right + gap;
        *at = (pen){ true, right, baseline, size };
    }
    return 0;
}

int pdfa_page_text(GString *content, const at_doc *doc, size_t page, size_t *line_cursor, double scale,
                   double height, pdfa_chars *chars, bool *any, at_error *err)
{
    *any = false;
    gsize start = content->len;
    g_string_append(content, "BT\n3 Tr\n");
    GArray *cids = g_array_new(FALSE, FALSE, sizeof(unsigned));
    GArray *metrics = g_array_new(FALSE, FALSE, sizeof(line_metric));
    pen at = { false, 0, 0, 0 };
    int rc = 0;
    size_t n_lines = at_doc_n_lines(doc), l = *line_cursor;
    uint32_t block_index = UINT32_MAX;
    double ascent = 0;
    for (; l < n_lines && rc == 0; l++) {
        at_line_view line;
        at_block_view block;
        at_doc_line(doc, l, &line);
        at_doc_block(doc, line.block, &block);
        if (block.page != page)
            break;
        if (line.block != block_index) {
            block_index = line.block;
            ascent = block_metrics(doc, &block, metrics);
        }
        line_metric metric = g_array_index(metrics, line_metric, l - block.first_line);
        rc = put_line(content, doc, &line, metric, ascent, scale, height, chars, cids, &at, any, err);
    }
    *line_cursor = l;
    g_array_free(cids, TRUE);
    g_array_free(metrics, TRUE);
    if (*any)
        g_string_append(content, "ET\n");
    else
        g_string_truncate(content, start);
    return rc;
}
