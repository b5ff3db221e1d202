/* A page's words gathered into regions (text blocks and table cells), and the page's document made from them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <stdlib.h>
#include <string.h>

#define PERCENT_UNSURE 0.8f /* confidence of a digit word below which its width may say it is a '%' */
#define PERCENT_HIDDEN 0.3f /* confidence of a number below which ink beyond its digits may be a '%' */

static const char *const dashes[] = { "-", "\u2013", "\u2014" };

bool at_word_is_stray_stop(const char *word)
{
    for (size_t i = 0; i < G_N_ELEMENTS(dashes); i++)
        if (g_str_has_prefix(word, dashes[i])) {
            word += strlen(dashes[i]);
            break;
        }
    size_t stops = strspn(word, ".,");
    return stops >= 1 && stops <= 2 && word[stops] == '\0';
}

bool at_word_is_speck(const char *word, at_box box)
{
    static const char *const quotes[] = { "\u2019", "\u2018", "\u00b4", "`" };
    for (size_t i = 0; i < G_N_ELEMENTS(quotes); i++)
        if (strcmp(word, quotes[i]) == 0)
            return true;
    for (size_t i = 0; i < G_N_ELEMENTS(dashes); i++)
        if (strcmp(word, dashes[i]) == 0 && box.h > box.w)
            return true;
    return word[strspn(word, "=|_~:'")] == '\0';
}

bool at_word_is_percent(const region_word *before, const region_word *w)
{
    size_t b = strlen(before->text), n = strlen(w->text);
    if (b == 0 || !g_ascii_isdigit(before->text[b - 1]) || w->confidence >= PERCENT_UNSURE || w->box.h <= 0 ||
        n > 3 || 5 * w->box.w >= 6 * w->box.h)
        return false;
    /* the number's box reaches over the word's middle: tesseract gave the sign's ink to the number too, and
     * what it read from that ink alone ("25 Yo", "12 4") is no word of its own, whatever its glyphs */
    if (2 * (before->box.x + before->box.w) > 2 * w->box.x + w->box.w)
        return n > 0;
    /* two digits without a 1 are at least 1.3 heights wide, three at least 1.9: a '%' is about 1.1; or the
     * sign read as its own parts, its rings and stroke ("Yo"), which no unit after a number is made of */
    return n >= 2 && (w->text[strspn(w->text, "023456789")] == '\0' || w->text[strspn(w->text, "%/YyoO")] == '\0');
}

int at_number_ends_in_percent(const region_word *w, const at_box *glyphs, int n)
{
    if (n < 3 || n > 5 || (size_t)n != strlen(w->text) || w->text[strspn(w->text, "0123456789,")] != '\0' ||
        w->confidence >= PERCENT_UNSURE || w->box.h <= 0)
        return 0;
    int i = 1;
    while (i < n && 4 * (glyphs[i].x - glyphs[i - 1].x - glyphs[i - 1].w) < w->box.h)
        i++;
    if (n - i < 2 || n - i > 3 || !g_ascii_isdigit(w->text[i - 1]))
        return 0;
    /* the glyphs after the space's gap overlap (one ink read twice) and fit in a '%''s 1.2 heights */
    int end = glyphs[i].x + glyphs[i].w;
    for (int j = i + 1; j < n; j++) {
        if (glyphs[j].x >= end)
            return 0;
        end = MAX(end, glyphs[j].x + glyphs[j].w);
    }
    return 5 * (end - glyphs[i].x) < 6 * w->box.h ? i : 0;
}

int at_number_hides_percent(const region_word *w)
{
    size_t n = strlen(w->text);
    if (n == 0 || n > 3 || w->text[strspn(w->text, "0123456789")] != '\0' || w->confidence >= PERCENT_HIDDEN ||
        w->box.h <= 0)
        return 0;
    int digits = (int)n * w->box.h * 9 / 10, rest = w->box.w - digits; /* a digit is at most 0.9 heights wide */
    return rest >= w->box.h && rest <= 2 * w->box.h ? digits : 0;
}

bool at_glyph_is_section(at_box eight, at_box digit)
{
    /* a '§' reaches below the line (and so is taller than a digit); an '8' stands on the line as they do */
    return eight.h > 0 && digit.h > 0 && 12 * (eight.y + eight.h - digit.y - digit.h) > digit.h &&
           12 * (eight.h - digit.h) > digit.h;
}

/* OCR's noise after a worn key: a stop, a comma, a quote ("I\"", "II.,", "III’"). */
static size_t key_noise(const char *s)
{
    static const char *const marks[] = { ".", ",", "'", "\"", "`", "\u2019", "\u201d", "\u00b4" };
    for (size_t m = 0; m < G_N_ELEMENTS(marks); m++)
        if (g_str_has_prefix(s, marks[m]))
            return strlen(marks[m]);
    return 0;
}

bool at_is_roman_key(const char *s)
{
    size_t n = strspn(s, "IVX"), k;
    for (int marks = 0; marks < 2 && n && (k = key_noise(s + n)); marks++)
        n += k;
    return n >= 1 && strspn(s, "IVX") <= 4 && !s[n];
}

int at_ink_bars(PIX *ink, int dpi)
{
    BOXA *found = pixConnComp(ink, NULL, 8);
    BOXA *parts = found ? boxaSort(found, L_SORT_BY_X, L_SORT_INCREASING, NULL) : NULL;
    boxaDestroy(&found);
    int n = 0, top = 0, h = 0, right = 0;
    bool bars = parts != NULL;
    for (int i = 0; bars && i < boxaGetCount(parts); i++) {
        l_int32 x, y, w, bh, filled = 0;
        boxaGetBoxGeometry(parts, i, &x, &y, &w, &bh);
        if (w * bh <= 9) /* a worn page's speck */
            continue;
        BOX *box = boxCreate(x, y, w, bh);
        PIX *part = pixClipRectangle(ink, box, NULL);
        /* clear of the cell's top and bottom: a rule's remnant runs from edge to edge */
        bars = part && pixCountPixels(part, &filled, NULL) == 0 && filled >= 0.85 * w * bh && 3 * w <= bh &&
               bh >= dpi / 25 && bh <= dpi / 4 && y > 0 && y + bh < pixGetHeight(ink) && ++n <= 3;
        /* as tall as the first, standing on its line, a letter's space after the bar before */
        bars = bars && (n == 1 || (10 * abs(bh - h) <= h && 5 * abs(y - top) <= h && x - right <= h));
        if (n == 1) {
            top = y;
            h = bh;
        }
        right = x + w;
        pixDestroy(&part);
        boxDestroy(&box);
    }
    boxaDestroy(&parts);
    return bars ? n : 0;
}

/* The ink the hole of part `i` of `ink` holds (a new 1 bpp clip of the part's box), or NULL when the part is
 * no thin round outline or its hole holds no mark. */
static PIX *ring_inside(PIX *ink, PIXA *parts, BOXA *boxes, int i, int dpi)
{
    l_int32 x, y, w, h, own = 0, hole = 0, held = 0;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (w < dpi / 15 || h < dpi / 15 || w > dpi / 4 || h > dpi / 4 || 6 * abs(w - h) > h)
        return NULL;
    PIX *part = pixaGetPix(parts, i, L_CLONE);
    PIX *holes = part ? pixHolesByFilling(part, 4) : NULL;
    BOX *box = boxCreate(x, y, w, h);
    PIX *inside = holes && box ? pixClipRectangle(ink, box, NULL) : NULL;
    if (inside && pixAnd(inside, inside, holes) && pixCountPixels(part, &own, NULL) == 0 &&
        pixCountPixels(holes, &hole, NULL) == 0)
        pixCountPixels(inside, &held, NULL);
    /* an outline (a third of its box or less) round a hole of a third or more, which holds a mark
     * (a twentieth of it or more, half at most: no filled disc) */
    if (!(3 * own <= w * h && 3 * hole >= w * h && 20 * held >= hole && 2 * held <= hole))
        pixDestroy(&inside);
    boxDestroy(&box);
    pixDestroy(&holes);
    pixDestroy(&part);
    return inside;
}

GArray *at_ink_rings(PIX *ink, int dpi)
{
    GArray *rings = g_array_new(FALSE, FALSE, sizeof(at_ring));
    PIXA *parts = NULL;
    BOXA *boxes = pixConnComp(ink, &parts, 8);
    for (int i = 0; boxes && parts && i < boxaGetCount(boxes); i++) {
        at_ring ring = { { 0, 0, 0, 0 }, ring_inside(ink, parts, boxes, i, dpi) };
        if (!ring.inside)
            continue;
        boxaGetBoxGeometry(boxes, i, &ring.box.x, &ring.box.y, &ring.box.w, &ring.box.h);
        g_array_append_val(rings, ring);
    }
    pixaDestroy(&parts);
    boxaDestroy(&boxes);
    return rings;
}

void at_rings_free(GArray *rings)
{
    for (guint i = 0; rings && i < rings->len; i++)
        pixDestroy(&g_array_index(rings, at_ring, i).inside);
    if (rings)
        g_array_free(rings, TRUE);
}

region *at_region_new(at_block_kind kind, int table, int row, int col, at_box box)
{
    region *r = g_new0(region, 1);
    *r = (region){ kind, table, row, col, box, g_ptr_array_new(), 0 };
    return r;
}

region_line *at_region_add_line(region *r, at_box box)
{
    region_line *line = g_new0(region_line, 1);
    line->box = box;
    line->words = g_array_new(FALSE, FALSE, sizeof(region_word));
    g_ptr_array_add(r->lines, line);
    return line;
}

void at_region_free(gpointer p)
{
    region *r = p;
    for (guint i = 0; i < r->lines->len; i++) {
        region_line *l = r->lines->pdata[i];
        for (guint j = 0; j < l->words->len; j++)
            g_free(g_array_index(l->words, region_word, j).text);
        g_array_free(l->words, TRUE);
        g_free(l);
    }
    g_ptr_array_free(r->lines, TRUE);
    g_free(r);
}

/* A gap of this many line heights between two words of a line parts two columns (signature blocks,
 * a running header's left and right halves): tesseract reads such a row as one line, a reader as two. */
#define OCR_GUTTER 2.0

static at_box box_union(at_box a, at_box b)
{
    int x = MIN(a.x, b.x), y = MIN(a.y, b.y);
    return (at_box){ x, y, MAX(a.x + a.w, b.x + b.w) - x, MAX(a.y + a.h, b.y + b.h) - y };
}

/* The region of `cols` whose first word starts within a line height of `x`, or a new one. */
static region *column_at(GPtrArray *cols, int x, int height, at_box box)
{
    for (guint i = 0; i < cols->len; i++) {
        region *c = cols->pdata[i];
        if (ABS(c->box.x - x) <= height)
            return c;
    }
    region *c = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, box);
    g_ptr_array_add(cols, c);
    return c;
}

/* Where the first gutter of `line` after word `from` - 1 lies: the index of the word after it, or 0 when it has none. */
static guint gutter_after(const region_line *line, guint from)
{
    for (guint k = MAX(from, 1); k < line->words->len; k++) {
        const region_word *a = &g_array_index(line->words, region_word, k - 1);
        const region_word *b = &g_array_index(line->words, region_word, k);
        if (b->box.x - (a->box.x + a->box.w) > OCR_GUTTER * line->box.h)
            return k;
    }
    return 0;
}

static guint gutter_in(const region_line *line)
{
    return gutter_after(line, 1);
}

/* Move the words of `r` after a gutter into regions of their own, one per column, added to
 * `regions`: rows of two columns (signature blocks) read as two blocks, as a text layer's do
 * (pdftext.c). A single such line (a running header's two halves) stays one line, as in a text export. */
void at_region_split_gutters(region *r, GPtrArray *regions)
{
    guint rows = 0;
    for (guint l = 0; l < r->lines->len; l++)
        rows += gutter_in(r->lines->pdata[l]) > 0;
    if (rows < 2)
        return;
    GPtrArray *cols = g_ptr_array_new();
    bool split = false;
    for (guint l = 0; l < r->lines->len; l++) {
        region_line *line = r->lines->pdata[l];
        region_line *into = NULL;
        guint keep = line->words->len;
        for (guint k = 1; k < line->words->len; k++) {
            const region_word *a = &g_array_index(line->words, region_word, k - 1);
            const region_word *b = &g_array_index(line->words, region_word, k);
            if (b->box.x - (a->box.x + a->box.w) > OCR_GUTTER * line->box.h) {
                keep = MIN(keep, k);
                region *c = column_at(cols, b->box.x, line->box.h, b->box);
                into = at_region_add_line(c, b->box);
            }
            if (into) {
                into->box = box_union(into->box, b->box);
                g_array_append_val(into->words, *b); /* its text now belongs to `into` */
            }
        }
        if (keep == line->words->len)
            continue;
        g_array_set_size(line->words, keep);
        line->box = g_array_index(line->words, region_word, 0).box;
        for (guint k = 1; k < keep; k++)
            line->box = box_union(line->box, g_array_index(line->words, region_word, k).box);
        split = true;
    }
    if (split) { /* the block ends where its own lines end */
        r->box = ((region_line *)r->lines->pdata[0])->box;
        for (guint l = 1; l < r->lines->len; l++)
            r->box = box_union(r->box, ((region_line *)r->lines->pdata[l])->box);
    }
    for (guint i = 0; i < cols->len; i++) {
        region *c = cols->pdata[i];
        for (guint l = 0; l < c->lines->len; l++)
            c->box = box_union(c->box, ((region_line *)c->lines->pdata[l])->box);
        g_ptr_array_add(regions, c);
    }
    g_ptr_array_free(cols, TRUE);
}

#define MAX_COLUMNS 4

/* The text block of `regions`, not `r`, whose left edge lies within `slack` of `x` and which ends
 * less than `slack` above `top`, or NULL. */
static region *block_above(const GPtrArray *regions, const region *r, int x, int top, int slack)
{
    for (guint i = 0; i < regions->len; i++) {
        region *c = regions->pdata[i];
        int gap = top - (c->box.y + c->box.h);
        if (c != r && c->kind == AT_BLOCK_TEXT && ABS(c->box.x - x) <= slack && gap > -slack / 2 && gap < slack)
            return c;
    }
    return NULL;
}

/* Move words [from, end) of `line` onto a new last line of `to`. */
static void move_part(region *to, const region_line *line, guint from, guint end)
{
    region_line *into = at_region_add_line(to, g_array_index(line->words, region_word, from).box);
    for (guint k = from; k < end; k++) {
        const region_word *w = &g_array_index(line->words, region_word, k);
        into->box = box_union(into->box, w->box);
        g_array_append_val(into->words, *w); /* its text now belongs to `into` */
    }
    to->box = box_union(to->box, into->box);
}

void at_regions_join_split_lines(GPtrArray *regions, guint first)
{
    for (guint i = first; i < regions->len; i++) {
        region *r = regions->pdata[i];
        if (r->kind != AT_BLOCK_TEXT || r->lines->len != 1)
            continue;
        region_line *line = r->lines->pdata[0];
        guint starts[MAX_COLUMNS + 1] = { 0 }, parts = 1;
        for (guint g = gutter_in(line); g && parts < MAX_COLUMNS; g = gutter_after(line, g + 1))
            starts[parts++] = g;
        starts[parts] = line->words->len;
        region *above[MAX_COLUMNS] = { NULL };
        bool all = parts > 1;
        for (guint p = 0; p < parts && all; p++) {
            const region_word *w = &g_array_index(line->words, region_word, starts[p]);
            above[p] = block_above(regions, r, w->box.x, line->box.y, line->box.h);
            all = above[p] && (p == 0 || above[p] != above[p - 1]);
        }
        if (!all)
            continue;
        for (guint p = 0; p < parts; p++)
            move_part(above[p], line, starts[p], starts[p + 1]);
        g_array_set_size(line->words, 0);
        at_region_free(g_ptr_array_steal_index(regions, i--));
    }
}

/* Tesseract reads a list's bullet "•" as guillemets ("«", "»«"): a line's first word of those alone,
 * before more words, is the bullet (a change by rule "ocr.bullet", the raw reading kept). */
void at_doc_mark_bullets(at_doc *doc)
{
    at_line_view line;
    for (size_t l = 0; l < at_doc_n_lines(doc); l++) {
        at_doc_line(doc, l, &line);
        if (line.n_words < 2)
            continue;
        size_t len;
        const char *first = at_doc_word_text(doc, line.first_word, &len);
        bool guillemets = len > 0;
        for (const char *c = first; guillemets && c < first + len; c = g_utf8_next_char(c))
            guillemets = g_utf8_get_char(c) == 0xab || g_utf8_get_char(c) == 0xbb;
        if (guillemets)
            at_doc_set_text(doc, line.first_word, "\u2022", strlen("\u2022"), "ocr.bullet", 1);
    }
}

gint at_region_by_top(gconstpointer a, gconstpointer b)
{
    const region *x = *(region *const *)a, *y = *(region *const *)b;
    if (x->box.y != y->box.y)
        return x->box.y < y->box.y ? -1 : 1;
    return x->box.x < y->box.x ? -1 : x->box.x > y->box.x;
}

void at_regions_add(at_doc *doc, const GPtrArray *regions)
{
    for (guint i = 0; i < regions->len; i++) {
        const region *r = regions->pdata[i];
        at_doc_add_block(doc, r->kind, r->table, r->row, r->col, r->box);
        for (guint l = 0; l < r->lines->len; l++) {
            const region_line *line = r->lines->pdata[l];
            at_doc_add_line(doc, line->box);
            for (guint k = 0; k < line->words->len; k++) {
                const region_word *wd = &g_array_index(line->words, region_word, k);
                at_doc_add_word(doc, wd->text, strlen(wd->text), wd->box, wd->confidence);
            }
        }
    }
}

at_doc *at_regions_doc(const at_page_view *info, const GPtrArray *regions)
{
    char *name = g_strdup_printf("page %d", info->source_page);
    at_doc *doc = at_doc_new(name); /* its warnings read "page N: ..." in the document's */
    g_free(name);
    at_doc_add_page(doc, info);
    at_regions_add(doc, regions);
    return doc;
}
