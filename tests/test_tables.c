/* Tests of ruled-table detection (ingest/tables.c) on synthetic 300 dpi pages, and of the columns of
 * a page's OCR'd lines (ingest/regions.c), as TAP.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/tables.h"
#include "ingest/ingest_private.h"

#include <glib.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/tap.h"
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif

#define PAGE_W 2480
#define PAGE_H 3508
#define DPI 300
#define EDGE_TOL 3

/* ---- drawing ---- */

typedef struct {
    int n_rows, n_cols;
    int row_y[12]; /* n_rows + 1 rules, top to bottom */
    int col_x[12];
    int width;     /* rule thickness */
} table_spec;

static table_spec spec(int x0, int y0, int n_cols, const int *col_w, int n_rows, const int *row_h, int width)
{
    table_spec t = { n_rows, n_cols, { y0 }, { x0 }, width };
    for (int r = 0; r < n_rows; r++)
        t.row_y[r + 1] = t.row_y[r] + row_h[r];
    for (int c = 0; c < n_cols; c++)
        t.col_x[c + 1] = t.col_x[c] + col_w[c];
    return t;
}

/* The 5 x 4 table most tests use: a short header row, then body rows. */
static table_spec table_5x4(int x0, int y0, int width)
{
    static const int cols[] = { 500, 350, 420, 600 };
    static const int rows[] = { 90, 150, 150, 150, 150 };
    return spec(x0, y0, 4, cols, 5, rows, width);
}

static void draw_rules(PIX *pix, const table_spec *t)
{
    for (int r = 0; r <= t->n_rows; r++)
        pixRenderLine(pix, t->col_x[0], t->row_y[r], t->col_x[t->n_cols], t->row_y[r], t->width, L_SET_PIXELS);
    for (int c = 0; c <= t->n_cols; c++)
        pixRenderLine(pix, t->col_x[c], t->row_y[0], t->col_x[c], t->row_y[t->n_rows], t->width, L_SET_PIXELS);
}

static int rnd(unsigned *seed, int lo, int hi)
{
    *seed = *seed * 1103515245u + 12345u;
    return lo + (int)((*seed >> 16) % (unsigned)(hi - lo + 1));
}

static void fill(PIX *pix, int x, int y, int w, int h)
{
    pixRasterop(pix, x, y, w, h, PIX_SET, NULL, 0, 0);
}

/* A word at 10 pt, 300 dpi, on baseline `base`: letters 10-18 px wide with a
 * 20 px x-height, some ascenders and descenders; or, one word in four, a
 * solid box as long as a word. Returns its width (0 if it does not fit). */
static int draw_word(PIX *pix, int x, int base, int max_w, unsigned *seed)
{
    if (rnd(seed, 0, 3) == 0) {
        int w = rnd(seed, 60, 160);
        if (w > max_w)
            return 0;
        fill(pix, x, base - 26, w, 26);
        return w;
    }
    int cx = x, n = rnd(seed, 2, 8);
    for (int i = 0; i < n; i++) {
        int lw = rnd(seed, 10, 18);
        if (cx + lw > x + max_w)
            break;
        int top = base - 20 - (rnd(seed, 0, 3) == 0 ? 10 : 0);
        int bottom = base + (rnd(seed, 0, 5) == 0 ? 8 : 0);
        fill(pix, cx, top, lw, bottom - top);
        cx += lw + rnd(seed, 3, 5);
    }
    return cx - x;
}

/* Lines of words 50 px apart filling the rectangle. */
static void draw_text(PIX *pix, int x0, int y0, int x1, int y1, unsigned *seed)
{
    for (int base = y0 + 30; base + 8 <= y1; base += 50) {
        for (int x = x0; x < x1;) {
            int w = draw_word(pix, x, base, x1 - x, seed);
            if (w == 0)
                break;
            x += w + rnd(seed, 18, 26);
        }
    }
}

/* Words in every cell, kept `inset` px clear of the rules. */
static void draw_cells(PIX *pix, const table_spec *t, int inset, unsigned *seed)
{
    for (int r = 0; r < t->n_rows; r++)
        for (int c = 0; c < t->n_cols; c++)
            draw_text(pix, t->col_x[c] + inset, t->row_y[r] + inset, t->col_x[c + 1] - inset,
                      t->row_y[r + 1] - inset, seed);
}

static void clear(PIX *pix, int x, int y, int w, int h)
{
    pixRasterop(pix, x, y, w, h, PIX_CLR, NULL, 0, 0);
}

static PIX *blank(int w, int h)
{
    PIX *pix = pixCreate(w, h, 1);
    pixSetResolution(pix, DPI, DPI);
    return pix;
}

static PIX *or_of(PIX *a, PIX *b)
{
    return pixOr(NULL, a, b);
}

/* ---- measuring ---- */

static l_int32 count(PIX *pix)
{
    l_int32 n = 0;
    pixCountPixels(pix, &n, NULL);
    return n;
}

static l_int32 count_and(PIX *a, PIX *b)
{
    PIX *x = pixAnd(NULL, a, b);
    l_int32 n = count(x);
    pixDestroy(&x);
    return n;
}

static l_int32 count_and_not(PIX *a, PIX *b)
{
    PIX *x = pixSubtract(NULL, a, b);
    l_int32 n = count(x);
    pixDestroy(&x);
    return n;
}

/* Largest distance between the grid's edges and the drawn rules' centres,
 * or INT_MAX when the counts differ. */
static int edge_error(const at_table_grid *g, const table_spec *t)
{
    if (g->n_rows != t->n_rows || g->n_cols != t->n_cols)
        return INT_MAX;
    double centre = t->width % 2 ? 0 : -0.5; /* pixRenderLine widens even lines upwards/leftwards */
    double worst = 0;
    for (int r = 0; r <= t->n_rows; r++)
        worst = fmax(worst, fabs(g->row_edges[r] - (t->row_y[r] + centre)));
    for (int c = 0; c <= t->n_cols; c++)
        worst = fmax(worst, fabs(g->col_edges[c] - (t->col_x[c] + centre)));
    return (int)ceil(worst);
}

/* Is there an ON pixel within `tol` steps of (x, y) along (dx, dy)? */
static bool near_pixel(PIX *pix, int x, int y, int dx, int dy, int tol)
{
    for (int k = -tol; k <= tol; k++) {
        l_uint32 v = 0;
        if (pixGetPixel(pix, x + k * dx, y + k * dy, &v) == 0 && v)
            return true;
    }
    return false;
}

static int find(PIX *pix, at_table_grid **grids)
{
    at_error err = AT_ERROR_INIT;
    int n = at_find_tables(pix, DPI, grids, &err);
    if (n < 0)
        printf("# at_find_tables: %s\n", err.message);
    return n;
}

/* Finds exactly one table drawn as `t` (the page holds nothing else ruled). */
static void expect_table(PIX *pix, const table_spec *t, const char *what, int tol)
{
    at_table_grid *g = NULL;
    int n = find(pix, &g);
    ok(n == 1, "%s: one table (found %d)", what, n);
    if (n >= 1) {
        ok(g[0].n_rows == t->n_rows && g[0].n_cols == t->n_cols, "%s: %d rows, %d columns (found %d x %d)", what,
           t->n_rows, t->n_cols, g[0].n_rows, g[0].n_cols);
        int e = edge_error(&g[0], t);
        ok(e <= tol, "%s: edges within %d px of the rules (worst %d)", what, tol, e);
    }
    at_table_grids_free(g, n);
}

/* Erase the rules of the tables found on `rules | blobs`; how much of each is left. */
static void erase_and_measure(PIX *rules, PIX *blobs, double *blobs_kept, double *rules_left, PIX **erased_out,
                              at_table_grid **grids, int *n)
{
    PIX *page = or_of(rules, blobs);
    *n = find(page, grids);
    PIX *erased = at_erase_rules(page, *grids, *n > 0 ? *n : 0);
    /* Where text overlaps a rule, either may claim the pixels: only text off the rules counts. */
    PIX *text = pixSubtract(NULL, blobs, rules);
    l_int32 b = count(text), r = count_and_not(rules, blobs);
    *blobs_kept = erased && b ? (double)count_and(erased, text) / b : 0;
    pixDestroy(&text);
    *rules_left = erased && r ? (double)count_and_not(erased, blobs) / r : 1;
    if (erased_out)
        *erased_out = erased;
    else
        pixDestroy(&erased);
    pixDestroy(&page);
}

/* ---- tests ---- */

static void test_bad_input(void)
{
    at_error err = AT_ERROR_INIT;
    at_table_grid stale, *g = &stale; /* must be reset to NULL */
    ok(at_find_tables(NULL, DPI, &g, &err) == AT_EINVAL && g == NULL && err.code == AT_EINVAL,
       "no page: AT_EINVAL, no grids, error set");
    PIX *gray = pixCreate(100, 100, 8);
    at_error_clear(&err);
    ok(at_find_tables(gray, DPI, &g, &err) == AT_EINVAL && err.message[0], "8 bpp page: AT_EINVAL with a message");
    pixDestroy(&gray);
    PIX *pix = blank(100, 100);
    at_error_clear(&err);
    ok(at_find_tables(pix, 0, &g, &err) == AT_EINVAL, "resolution 0: AT_EINVAL");
    ok(at_erase_rules(NULL, NULL, 0) == NULL, "at_erase_rules without a page: NULL");
    fill(pix, 10, 10, 5, 5);
    PIX *copy = at_erase_rules(pix, NULL, 0);
    l_int32 same = 0;
    ok(copy && copy != pix && pixEqual(copy, pix, &same) == 0 && same, "at_erase_rules without grids: a new copy");
    pixDestroy(&copy);
    pixDestroy(&pix);
    at_table_grids_free(NULL, 0);
}

static void test_empty_and_text(void)
{
    PIX *pix = blank(PAGE_W, PAGE_H);
    at_table_grid stale, *g = &stale;
    int n = find(pix, &g);
    ok(n == 0 && g == NULL, "empty page: no tables (found %d)", n);

    /* A letter: paragraphs, a signature line and form fields, but no table. */
    unsigned seed = 1;
    draw_text(pix, 200, 200, 2280, 1500, &seed);
    draw_text(pix, 200, 1700, 2280, 2600, &seed);
    pixRenderLine(pix, 1300, 3000, 2200, 3000, 2, L_SET_PIXELS); /* signature */
    for (int y = 2700; y <= 2860; y += 80)
        pixRenderLine(pix, 500, y, 1200, y, 2, L_SET_PIXELS); /* "Namn: ______" */
    n = find(pix, &g);
    ok(n == 0, "text, a signature line and form fields: no tables (found %d)", n);
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

static void test_one_table(void)
{
    table_spec t = table_5x4(200, 900, 2);
    PIX *rules = blank(PAGE_W, PAGE_H), *blobs = blank(PAGE_W, PAGE_H);
    unsigned seed = 7;
    draw_rules(rules, &t);
    draw_cells(blobs, &t, 14, &seed);
    draw_text(blobs, 200, 200, 2280, 800, &seed);
    draw_text(blobs, 200, 1700, 2280, 3300, &seed);
    PIX *page = or_of(rules, blobs);
    expect_table(page, &t, "5x4 table among text", EDGE_TOL);

    at_table_grid *g = NULL;
    int n = 0;
    double kept, left;
    PIX *erased = NULL;
    erase_and_measure(rules, blobs, &kept, &left, &erased, &g, &n);
    if (ok(n == 1, "5x4 table: found again for erasing")) {
        const at_table_grid *b = &g[0];
        ok(b->x <= t.col_x[0] - 1 && b->x + b->w >= t.col_x[4] + 1 && b->y <= t.row_y[0] - 1 &&
               b->y + b->h >= t.row_y[5] + 1,
           "5x4 table: box %d,%d %dx%d holds the rules", b->x, b->y, b->w, b->h);
        ok(b->x >= t.col_x[0] - 10 && b->x + b->w <= t.col_x[4] + 10 && b->y >= t.row_y[0] - 10 &&
               b->y + b->h <= t.row_y[5] + 10,
           "5x4 table: box %d,%d %dx%d reaches no more than 10 px past the rules", b->x, b->y, b->w, b->h);
    }
    ok(kept == 1.0, "erase: every text pixel in and around the table is kept (%.4f)", kept);
    ok(left < 0.005, "erase: the rules are gone (%.4f of their pixels left)", left);
    if (erased && n == 1) {
        PIX *diff = pixXor(NULL, page, erased);
        BOX *box = boxCreate(g[0].x, g[0].y, g[0].w, g[0].h);
        pixClearInRect(diff, box);
        ok(count(diff) == 0, "erase: nothing outside the table's box changes (%d px)", count(diff));
        boxDestroy(&box);
        pixDestroy(&diff);
        int same_cells = 0, clean_rules = 0;
        for (int r = 0; r < t.n_rows; r++) {
            for (int c = 0; c < t.n_cols; c++) {
                BOX *cell = boxCreate(t.col_x[c] + 4, t.row_y[r] + 4, t.col_x[c + 1] - t.col_x[c] - 8,
                                      t.row_y[r + 1] - t.row_y[r] - 8);
                PIX *before = pixClipRectangle(page, cell, NULL), *after = pixClipRectangle(erased, cell, NULL);
                same_cells += count(before) > 0 && count(before) == count(after);
                pixDestroy(&before);
                pixDestroy(&after);
                boxDestroy(&cell);
            }
        }
        ok(same_cells == 20, "erase: %d of 20 cells keep every foreground pixel", same_cells);
        for (int i = 0; i < 11; i++) {
            bool row = i < 6;
            int at = row ? t.row_y[i] : t.col_x[i - 6], len = row ? t.col_x[4] - t.col_x[0] : t.row_y[5] - t.row_y[0];
            BOX *band = row ? boxCreate(t.col_x[0], at - 3, len, 6) : boxCreate(at - 3, t.row_y[0], 6, len);
            PIX *before = pixClipRectangle(page, band, NULL), *after = pixClipRectangle(erased, band, NULL);
            clean_rules += count(before) >= len && count(after) * 100 < len;
            pixDestroy(&before);
            pixDestroy(&after);
            boxDestroy(&band);
        }
        ok(clean_rules == 11, "erase: %d of 11 rules keep less than 1%% of their pixels along their length",
           clean_rules);
        at_table_grid *again = NULL;
        int m = find(erased, &again);
        ok(m == 0, "erase: no table is left to find (found %d)", m);
        at_table_grids_free(again, m);
    }
    pixDestroy(&erased);
    at_table_grids_free(g, n);
    pixDestroy(&page);
    pixDestroy(&rules);
    pixDestroy(&blobs);
}

static void test_two_tables(void)
{
    static const int cols_a[] = { 400, 500 }, rows_a[] = { 100, 100, 100 };
    static const int cols_b[] = { 600, 300, 700 }, rows_b[] = { 120, 120, 120, 120 };
    /* The upper table is to the right, so top-to-bottom order differs from left-to-right. */
    table_spec a = spec(1200, 600, 2, cols_a, 3, rows_a, 3);
    table_spec b = spec(150, 1800, 3, cols_b, 4, rows_b, 2);
    PIX *pix = blank(PAGE_W, PAGE_H);
    unsigned seed = 11;
    draw_rules(pix, &b);
    draw_rules(pix, &a);
    draw_cells(pix, &a, 14, &seed);
    draw_cells(pix, &b, 14, &seed);
    draw_text(pix, 150, 1100, 2300, 1700, &seed);
    at_table_grid *g = NULL;
    int n = find(pix, &g);
    ok(n == 2, "two tables: two grids (found %d)", n);
    if (n == 2) {
        int ea = edge_error(&g[0], &a), eb = edge_error(&g[1], &b);
        ok(ea <= EDGE_TOL, "two tables: the first is the upper one, 3x2 (%dx%d, edge error %d)", g[0].n_rows,
           g[0].n_cols, ea);
        ok(eb <= EDGE_TOL, "two tables: the second is the lower one, 4x3 (%dx%d, edge error %d)", g[1].n_rows,
           g[1].n_cols, eb);
    }
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

static void test_frames(void)
{
    /* A box around a paragraph is one cell: deliberately not a table. */
    static const int one[] = { 1600 }, tall[] = { 400 }, split[] = { 100, 300 };
    table_spec frame = spec(300, 800, 1, one, 1, tall, 2);
    PIX *pix = blank(PAGE_W, PAGE_H);
    unsigned seed = 3;
    draw_rules(pix, &frame);
    draw_cells(pix, &frame, 20, &seed);
    at_table_grid *g = NULL;
    int n = find(pix, &g);
    ok(n == 0, "a frame around a paragraph (1x1): no table (found %d)", n);
    at_table_grids_free(g, n);
    pixDestroy(&pix);

    /* The same box with a heading row is a 2x1 table. */
    table_spec headed = spec(300, 800, 1, one, 2, split, 2);
    pix = blank(PAGE_W, PAGE_H);
    draw_rules(pix, &headed);
    draw_cells(pix, &headed, 20, &seed);
    expect_table(pix, &headed, "a frame with a heading row (2x1)", EDGE_TOL);
    pixDestroy(&pix);
}

static void test_rotated(double degrees, l_int32 method, int width, const char *what)
{
    table_spec t = table_5x4(200, 900, width);
    PIX *rules = blank(PAGE_W, PAGE_H), *blobs = blank(PAGE_W, PAGE_H);
    unsigned seed = 5;
    draw_rules(rules, &t);
    draw_cells(blobs, &t, 14, &seed);
    draw_text(blobs, 200, 1700, 2280, 3300, &seed);
    /* Rotation maps each pixel on its own, so rotating rules and text apart adds up to the page. */
    float rad = (float)(degrees * M_PI / 180);
    PIX *rot_rules = pixRotate(rules, rad, method, L_BRING_IN_WHITE, 0, 0);
    PIX *rot_blobs = pixRotate(blobs, rad, method, L_BRING_IN_WHITE, 0, 0);
    at_table_grid *g = NULL;
    int n = 0;
    double kept, left;
    erase_and_measure(rot_rules, rot_blobs, &kept, &left, NULL, &g, &n);
    ok(n == 1, "%s: one table (found %d)", what, n);
    if (n == 1 && ok(g[0].n_rows == 5 && g[0].n_cols == 4, "%s: 5 rows, 4 columns (found %d x %d)", what,
                     g[0].n_rows, g[0].n_cols)) {
        /* Edges are where the turned rules cross the table's centre lines. */
        int cx = g[0].x + g[0].w / 2, cy = g[0].y + g[0].h / 2, on = 0;
        for (int r = 0; r <= 5; r++)
            on += near_pixel(rot_rules, cx, g[0].row_edges[r], 0, 1, EDGE_TOL);
        for (int c = 0; c <= 4; c++)
            on += near_pixel(rot_rules, g[0].col_edges[c], cy, 1, 0, EDGE_TOL);
        ok(on == 11, "%s: %d of 11 edges lie within %d px of their turned rule at the centre", what, on, EDGE_TOL);
        PIX *outside = pixCopy(NULL, rot_rules);
        BOX *box = boxCreate(g[0].x, g[0].y, g[0].w, g[0].h);
        pixClearInRect(outside, box);
        ok(count(outside) == 0, "%s: the box holds the turned rules' corners (%d px outside)", what, count(outside));
        boxDestroy(&box);
        pixDestroy(&outside);
    }
    ok(kept > 0.999, "%s: erase keeps the text (%.4f)", what, kept);
    ok(left < 0.02, "%s: erase removes the rules (%.4f left)", what, left);
    at_table_grids_free(g, n);
    pixDestroy(&rot_rules);
    pixDestroy(&rot_blobs);
    pixDestroy(&rules);
    pixDestroy(&blobs);
}

static void test_rule_widths(void)
{
    for (int width = 1; width <= 4; width += 3) {
        table_spec t = table_5x4(200, 900, width);
        PIX *rules = blank(PAGE_W, PAGE_H), *blobs = blank(PAGE_W, PAGE_H);
        unsigned seed = 9;
        draw_rules(rules, &t);
        draw_cells(blobs, &t, 14, &seed);
        char what[64];
        snprintf(what, sizeof what, "%d px rules", width);
        PIX *page = or_of(rules, blobs);
        expect_table(page, &t, what, EDGE_TOL);
        at_table_grid *g = NULL;
        int n = 0;
        double kept, left;
        erase_and_measure(rules, blobs, &kept, &left, NULL, &g, &n);
        ok(kept == 1.0 && left < 0.005, "%s: erase keeps the text (%.4f) and removes the rules (%.4f left)", what,
           kept, left);
        at_table_grids_free(g, n);
        pixDestroy(&page);
        pixDestroy(&rules);
        pixDestroy(&blobs);
    }
}

/* A table as wide as the text whose right rule the scan lost (too faint, on the render's last half pixel): its row
 * rules all run on a column's width past the last column rule, and that column is read too. A row rule alone that
 * runs on (a heading's rule meeting the table), or all running on a few millimetres, adds no column. */
static void test_open_right_column(void)
{
    static const int cols[] = { 300, 600, 170, 430, 240, 420 }, rows[] = { 170, 170, 120 };
    static const char *const what[] = { "every row rule runs on", "a wide table's three rows run on",
                                        "only the top rule runs on", "the row rules run on 40 px" };
    for (int kind = 0; kind < 4; kind++) {
        table_spec t = kind == 1 ? spec(180, 400, 6, cols, 3, rows, 3) : table_5x4(200, 900, 2);
        int last = t.col_x[t.n_cols - 1], end = kind == 3 ? last + 40 : t.col_x[t.n_cols];
        PIX *pix = blank(PAGE_W, PAGE_H);
        unsigned seed = 5;
        for (int r = 0; r <= t.n_rows; r++)
            pixRenderLine(pix, t.col_x[0], t.row_y[r], kind == 2 && r ? last : end, t.row_y[r], t.width, L_SET_PIXELS);
        for (int c = 0; c < t.n_cols; c++)
            pixRenderLine(pix, t.col_x[c], t.row_y[0], t.col_x[c], t.row_y[t.n_rows], t.width, L_SET_PIXELS);
        draw_cells(pix, &t, 14, &seed);
        at_table_grid *g = NULL;
        int n = find(pix, &g), want = kind < 2 ? t.n_cols : t.n_cols - 1;
        ok(n == 1 && g[0].n_cols == want && abs(g[0].col_edges[want] - t.col_x[want]) <= 4,
           "a table without its right rule, %s: %d columns (found %d tables, %d columns)", what[kind], want, n,
           n > 0 ? g[0].n_cols : 0);
        at_table_grids_free(g, n);
        pixDestroy(&pix);
    }
}

static void test_touching(void)
{
    /* Cramped cells: letters standing on the rule below, a word box on the
     * rule above, a box leaning on a column rule. */
    table_spec t = table_5x4(200, 900, 2);
    PIX *rules = blank(PAGE_W, PAGE_H), *blobs = blank(PAGE_W, PAGE_H);
    unsigned seed = 13;
    draw_rules(rules, &t);
    draw_cells(blobs, &t, 14, &seed);
    for (int r = 1; r < t.n_rows; r++) {
        for (int c = 0; c < t.n_cols; c++) {
            int x = t.col_x[c] + 20;
            for (int k = 0; k < 5; k++, x += 22)
                fill(blobs, x, t.row_y[r + 1] - 30, 16, 30); /* on the rule below */
            fill(blobs, t.col_x[c + 1] - 150, t.row_y[r] + 1, 120, 24); /* hanging from the rule above */
        }
        fill(blobs, t.col_x[2] + 1, t.row_y[r] + 60, 40, 28); /* against a column rule */
    }
    PIX *page = or_of(rules, blobs);
    expect_table(page, &t, "text touching the rules", EDGE_TOL);
    at_table_grid *g = NULL;
    int n = 0;
    double kept, left;
    erase_and_measure(rules, blobs, &kept, &left, NULL, &g, &n);
    /* Its pixels next to the rule go with the rule's ragged edge. */
    ok(kept > 0.95, "text touching the rules: erase keeps it (%.4f)", kept);
    ok(left < 0.03, "text touching the rules: erase removes the rules (%.4f left)", left);
    at_table_grids_free(g, n);
    pixDestroy(&page);
    pixDestroy(&rules);
    pixDestroy(&blobs);
}

static void test_imperfect(void)
{
    /* Scanner dropouts: 4 px gaps along every rule and at one crossing. */
    table_spec t = table_5x4(200, 900, 2);
    PIX *pix = blank(PAGE_W, PAGE_H);
    unsigned seed = 17;
    draw_rules(pix, &t);
    for (int r = 0; r <= t.n_rows; r++)
        for (int x = t.col_x[0] + 130; x < t.col_x[4]; x += 260)
            clear(pix, x, t.row_y[r] - 4, 4, 8);
    for (int c = 0; c <= t.n_cols; c++)
        for (int y = t.row_y[0] + 60; y < t.row_y[5]; y += 170)
            clear(pix, t.col_x[c] - 4, y, 8, 4);
    clear(pix, t.col_x[2] - 4, t.row_y[3] - 4, 8, 8);
    draw_cells(pix, &t, 14, &seed);
    expect_table(pix, &t, "broken rules", EDGE_TOL);
    pixDestroy(&pix);

    /* Ragged rules: a scan's rules have bumps (up to 3 px) and notches along their edges. */
    PIX *rules = blank(PAGE_W, PAGE_H), *blobs = blank(PAGE_W, PAGE_H);
    draw_rules(rules, &t);
    for (int r = 0; r <= t.n_rows; r++) {
        for (int x = t.col_x[0]; x < t.col_x[4] - 8; x += rnd(&seed, 8, 30)) {
            int len = rnd(&seed, 2, 8), side = rnd(&seed, 0, 2), h = rnd(&seed, 1, 3);
            if (side == 2)
                clear(rules, x, t.row_y[r], len, 1);
            else
                fill(rules, x, side ? t.row_y[r] + 1 : t.row_y[r] - 1 - h, len, h);
        }
    }
    for (int c = 0; c <= t.n_cols; c++) {
        for (int y = t.row_y[0]; y < t.row_y[5] - 8; y += rnd(&seed, 8, 30)) {
            int len = rnd(&seed, 2, 8), side = rnd(&seed, 0, 1), w = rnd(&seed, 1, 3);
            fill(rules, side ? t.col_x[c] + 1 : t.col_x[c] - 1 - w, y, w, len);
        }
    }
    draw_cells(blobs, &t, 14, &seed);
    pix = or_of(rules, blobs);
    expect_table(pix, &t, "ragged rules", EDGE_TOL);
    at_table_grid *ragged = NULL;
    int n_ragged = 0;
    double kept, left;
    erase_and_measure(rules, blobs, &kept, &left, NULL, &ragged, &n_ragged);
    ok(kept == 1.0 && left < 0.005, "ragged rules: erase keeps the text (%.4f) and removes the rules with their bumps (%.4f left)",
       kept, left);
    at_table_grids_free(ragged, n_ragged);
    pixDestroy(&pix);
    pixDestroy(&rules);
    pixDestroy(&blobs);

    /* Lines and strokes that touch the rules but cross no second rule add no
     * edges: a fill-in line from a column rule, a tall letter hanging from a
     * row rule, a rule running on past the frame. */
    pix = blank(PAGE_W, PAGE_H);
    draw_rules(pix, &t);
    draw_cells(pix, &t, 14, &seed);
    clear(pix, t.col_x[1] + 2, t.row_y[2] + 60, 300, 40);
    pixRenderLine(pix, t.col_x[1], t.row_y[2] + 80, t.col_x[1] + 280, t.row_y[2] + 80, 2, L_SET_PIXELS);
    clear(pix, t.col_x[3] + 60, t.row_y[3] + 2, 40, 100);
    fill(pix, t.col_x[3] + 80, t.row_y[3], 5, 90);
    pixRenderLine(pix, t.col_x[4], t.row_y[4], t.col_x[4] + 150, t.row_y[4], 2, L_SET_PIXELS);
    expect_table(pix, &t, "strokes touching the rules", EDGE_TOL);
    pixDestroy(&pix);

    /* A double rule under the header is one edge. */
    pix = blank(PAGE_W, PAGE_H);
    draw_rules(pix, &t);
    pixRenderLine(pix, t.col_x[0], t.row_y[1] + 6, t.col_x[4], t.row_y[1] + 6, 2, L_SET_PIXELS);
    draw_cells(pix, &t, 20, &seed);
    expect_table(pix, &t, "double rule under the header", 6);
    pixDestroy(&pix);

    /* A merged header cell: two column rules stop at the header, and its
     * heading runs across where they would be. */
    rules = blank(PAGE_W, PAGE_H);
    blobs = blank(PAGE_W, PAGE_H);
    draw_rules(rules, &t);
    for (int c = 1; c <= 2; c++)
        clear(rules, t.col_x[c] - 3, t.row_y[0] + 3, 6, t.row_y[1] - t.row_y[0] - 5);
    draw_cells(blobs, &t, 14, &seed);
    clear(blobs, t.col_x[0] + 3, t.row_y[0] + 3, t.col_x[3] - t.col_x[0] - 6, t.row_y[1] - t.row_y[0] - 5);
    draw_text(blobs, t.col_x[0] + 14, t.row_y[0] + 14, t.col_x[3] - 14, t.row_y[1] - 14, &seed);
    pix = or_of(rules, blobs);
    expect_table(pix, &t, "merged header cell", EDGE_TOL);
    at_table_grid *merged = NULL;
    int n_merged = 0;
    erase_and_measure(rules, blobs, &kept, &left, NULL, &merged, &n_merged);
    ok(kept == 1.0 && left < 0.005,
       "merged header cell: erase keeps the heading across the missing rules (%.4f) and removes the rules (%.4f left)",
       kept, left);
    at_table_grids_free(merged, n_merged);
    pixDestroy(&rules);
    pixDestroy(&blobs);
    pixDestroy(&pix);

    /* A header row shaded dark (as a browser prints `th { background: navy }`): its fill hides
     * its rules, but its top and bottom edges are the row's rules. */
    pix = blank(PAGE_W, PAGE_H);
    draw_rules(pix, &t);
    fill(pix, t.col_x[0], t.row_y[0], t.col_x[4] - t.col_x[0], t.row_y[1] - t.row_y[0]);
    draw_cells(pix, &t, 14, &seed);
    expect_table(pix, &t, "header row shaded dark", EDGE_TOL);
    pixDestroy(&pix);

    /* The table hangs from a rule across the page: its box stays the table's. */
    pix = blank(PAGE_W, PAGE_H);
    draw_rules(pix, &t);
    pixRenderLine(pix, 60, t.row_y[0], PAGE_W - 60, t.row_y[0], 2, L_SET_PIXELS);
    draw_text(pix, 60, t.row_y[0] - 300, PAGE_W - 60, t.row_y[0] - 20, &seed);
    at_table_grid *g = NULL;
    int n = find(pix, &g);
    ok(n == 1 && edge_error(&g[0], &t) <= EDGE_TOL, "table under a page-wide rule: found as 5x4 (%d tables)", n);
    if (n == 1)
        ok(g[0].x >= t.col_x[0] - 10 && g[0].x + g[0].w <= t.col_x[4] + 10,
           "table under a page-wide rule: box x %d..%d, not the page's width", g[0].x, g[0].x + g[0].w);
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

static void test_resolutions(void)
{
    /* 600 dpi: found on a halved page, edges mapped back. */
    static const int cols[] = { 1000, 700, 840, 1200 }, rows[] = { 180, 300, 300, 300, 300 };
    table_spec t = spec(400, 1800, 4, cols, 5, rows, 4);
    PIX *pix = pixCreate(2 * PAGE_W, 2 * PAGE_H, 1);
    draw_rules(pix, &t);
    at_error err = AT_ERROR_INIT;
    at_table_grid *g = NULL;
    int n = at_find_tables(pix, 600, &g, &err);
    ok(n == 1 && edge_error(&g[0], &t) <= EDGE_TOL, "600 dpi page: 5x4 table, edges within %d px (%d tables, error %d)",
       EDGE_TOL, n, n == 1 ? edge_error(&g[0], &t) : -1);
    at_table_grids_free(g, n);
    pixDestroy(&pix);

    /* A 20000 px square sheet at 300 dpi is worked on at 75 dpi. */
    t = table_5x4(12000, 15000, 2);
    pix = pixCreate(20000, 20000, 1);
    unsigned seed = 19;
    draw_rules(pix, &t);
    draw_cells(pix, &t, 14, &seed);
    draw_text(pix, 500, 500, 6000, 3000, &seed);
    gint64 start = g_get_monotonic_time();
    n = at_find_tables(pix, DPI, &g, &err);
    double seconds = (double)(g_get_monotonic_time() - start) / 1e6;
    int e = n == 1 ? edge_error(&g[0], &t) : -1;
    ok(n == 1 && e >= 0 && e <= 4, "20000x20000 page: 5x4 table, edges within 4 px (%d tables, error %d, %.2f s)", n,
       e, seconds);
    if (n == 1) {
        PIX *erased = at_erase_rules(pix, g, n);
        PIX *rules = blank(20000, 20000);
        draw_rules(rules, &t);
        l_int32 left = erased ? count_and(erased, rules) : -1;
        ok(erased && left * 100 < count(rules), "20000x20000 page: rules erased (%d px left)", left);
        pixDestroy(&rules);
        pixDestroy(&erased);
    }
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

typedef struct {
    PIX *pix;
    int n;
    at_table_grid *grids;
} job;

static gpointer run_find(gpointer data)
{
    job *j = data;
    j->n = find(j->pix, &j->grids);
    return NULL;
}

static void test_threads(void)
{
    static const int cols_a[] = { 400, 500 }, rows_a[] = { 100, 100, 100 };
    table_spec a = spec(1200, 600, 2, cols_a, 3, rows_a, 3), b = table_5x4(200, 1500, 2);
    job jobs[4];
    GThread *threads[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (job){ blank(PAGE_W, PAGE_H), 0, NULL };
        draw_rules(jobs[i].pix, i % 2 ? &a : &b);
        threads[i] = g_thread_new("find", run_find, &jobs[i]);
    }
    int right = 0;
    for (int i = 0; i < 4; i++) {
        g_thread_join(threads[i]);
        right += jobs[i].n == 1 && edge_error(&jobs[i].grids[0], i % 2 ? &a : &b) <= EDGE_TOL;
        at_table_grids_free(jobs[i].grids, jobs[i].n);
        pixDestroy(&jobs[i].pix);
    }
    ok(right == 4, "four pages on four threads at once: each finds its own table (%d of 4)", right);
}

/* ---- columns of OCR'd lines ---- */

/* A line of words at `y`, 50 px high: each word's text, left edge and width, in turn. */
static void add_words(region *r, int y, int n, const char *const *texts, const int *x, const int *w)
{
    region_line *line = at_region_add_line(r, (at_box){ x[0], y, x[n - 1] + w[n - 1] - x[0], 50 });
    for (int i = 0; i < n; i++) {
        region_word wd = { g_strdup(texts[i]), { x[i], y + 5, w[i], 40 }, 0.9f };
        g_array_append_val(line->words, wd);
    }
}

static const char *word_of(const region *r, guint line, guint word)
{
    const region_line *l = r->lines->pdata[line];
    return word < l->words->len ? g_array_index(l->words, region_word, word).text : "";
}

/* A signature block as tesseract reads it: each row of the two columns as one line, the columns
 * 300 px (6 line heights) apart; the words between them 20 px apart. */
static void test_gutters(void)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *block = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 1000, 1500, 250 });
    g_ptr_array_add(regions, block);
    add_words(block, 1000, 2, (const char *[]){ "Avtalet", "gäller." }, (int[]){ 300, 520 }, (int[]){ 200, 200 });
    add_words(block, 1060, 4, (const char *[]){ "Uppsala", "2024", "Tierp", "2024" }, (int[]){ 300, 520, 1100, 1320 },
              (int[]){ 200, 150, 200, 150 });
    add_words(block, 1120, 4, (const char *[]){ "Johan", "Berglund", "Karin", "Öberg" }, (int[]){ 300, 520, 1100, 1320 },
              (int[]){ 200, 250, 200, 200 });
    at_region_split_gutters(block, regions);
    ok(regions->len == 2, "a signature block's right column becomes a block of its own (%u blocks)", regions->len);
    const region *right = regions->len == 2 ? regions->pdata[1] : block;
    ok(right->lines->len == 2 && !strcmp(word_of(right, 0, 0), "Tierp") && !strcmp(word_of(right, 1, 1), "Öberg"),
       "the right column: its two rows, in order");
    ok(block->lines->len == 3 && !strcmp(word_of(block, 2, 1), "Berglund") && !strcmp(word_of(block, 2, 2), ""),
       "the left column keeps its rows and only its own words");
    ok(block->box.x + block->box.w == 770 && right->box.x == 1100 && right->box.y == 1065,
       "each column's box is its own words' (left ends at %d, right starts at %d)", block->box.x + block->box.w,
       right->box.x);

    /* One line with a gutter (a running header's two halves) is one line, as a text export writes it. */
    region *header = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 100, 1500, 50 });
    g_ptr_array_add(regions, header);
    add_words(header, 100, 3, (const char *[]){ "Avtal", "dnr", "KS-2024/1" }, (int[]){ 300, 1100, 1250 },
              (int[]){ 200, 100, 300 });
    guint before = regions->len;
    at_region_split_gutters(header, regions);
    ok(regions->len == before && header->lines->len == 1 && !strcmp(word_of(header, 0, 2), "KS-2024/1"),
       "a single line with a gutter is kept whole");
    g_ptr_array_free(regions, TRUE);
}

/* An OCR'd page's words hyphenated at line ends are joined as a text layer's are, the raw reading kept:
 * a word split at its syllables, a compound with a name after its dash ("Knivsta-Alsike"), a compound
 * after an abbreviation's hyphen ("IT-pedagogerna"; "EU- och statsbidrag" stays apart). */
static void test_dehyphen(void)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *cell = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 1000, 900, 290 });
    g_ptr_array_add(regions, cell);
    add_words(cell, 1000, 2, (const char *[]){ "stråket", "Knivsta-" }, (int[]){ 300, 520 }, (int[]){ 200, 200 });
    add_words(cell, 1060, 2, (const char *[]){ "Alsike,", "ut-" }, (int[]){ 300, 520 }, (int[]){ 200, 100 });
    add_words(cell, 1120, 2, (const char *[]){ "veckla", "IT-" }, (int[]){ 300, 520 }, (int[]){ 200, 60 });
    add_words(cell, 1180, 2, (const char *[]){ "pedagogerna", "EU-" }, (int[]){ 300, 520 }, (int[]){ 200, 60 });
    add_words(cell, 1240, 1, (const char *[]){ "och" }, (int[]){ 300 }, (int[]){ 60 });
    at_page_view info = { 2480, 3508, 300, 1, 0, 0, "", "tesseract", 0.9f };
    at_doc *doc = at_regions_doc(&info, regions);
    at_doc_join_hyphenated(doc, "ocr.dehyphen");
    size_t len;
    const char *compound = at_doc_word_text(doc, 1, &len);
    ok(len == strlen("Knivsta-Alsike,") && !strncmp(compound, "Knivsta-Alsike,", len), "a dash before a name is kept: '%.*s'",
       (int)len, compound);
    const char *word = at_doc_word_text(doc, 3, &len);
    ok(len == strlen("utveckla") && !strncmp(word, "utveckla", len), "a word split at a line end is one: '%.*s'",
       (int)len, word);
    const char *abbreviated = at_doc_word_text(doc, 5, &len);
    ok(len == strlen("IT-pedagogerna") && !strncmp(abbreviated, "IT-pedagogerna", len),
       "an abbreviation's hyphen before a lower-case word is kept: '%.*s'", (int)len, abbreviated);
    const char *before_and = at_doc_word_text(doc, 7, &len);
    ok(len == strlen("EU-") && !strncmp(before_and, "EU-", len), "... but not joined to a conjunction: '%.*s'", (int)len,
       before_and);
    at_doc_free(doc);
    g_ptr_array_free(regions, TRUE);
}

/* layouts37: a hyphen after a digit or a lone letter is the compound's own, never a syllable's break ("e-" /
 * "tjänst", "F-6-" / "skolor"): joined with the hyphen kept; before a conjunction ("e-" / "och m-tjänster") apart. */
static void test_own_hyphen(void)
{
    static const char *words[] = { "via", "e-", "tjänst", "alla", "F-6-", "skolor", "e-", "och", "m-tjänster" };
    static const struct {
        size_t word;
        const char *text;
    } cases[] = { { 1, "e-tjänst" }, { 4, "F-6-skolor" }, { 6, "e-" } };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *cell = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 1000, 900, 290 });
    g_ptr_array_add(regions, cell);
    static const int first[] = { 0, 2, 5, 7 }, n[] = { 2, 3, 2, 2 };
    for (size_t l = 0; l < G_N_ELEMENTS(first); l++)
        add_words(cell, 1000 + 60 * (int)l, n[l], words + first[l], (int[]){ 300, 520, 700 }, (int[]){ 200, 150, 90 });
    at_page_view info = { 2480, 3508, 300, 1, 0, 0, "", "tesseract", 0.9f };
    at_doc *doc = at_regions_doc(&info, regions);
    at_doc_join_hyphenated(doc, "ocr.dehyphen");
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        size_t len;
        const char *got = at_doc_word_text(doc, cases[i].word, &len);
        ok(len == strlen(cases[i].text) && !strncmp(got, cases[i].text, len), "'%s' at a line's end: '%.*s'",
           cases[i].text, (int)len, got);
    }
    at_doc_free(doc);
    g_ptr_array_free(regions, TRUE);
}

/* plan27: a rate's unit broken after its slash goes on on the next line ("kr/" / "månad", "km/" / "h"), joined
 * with the slash kept; after another word the break may stand for a space ("Rektor/" / "fritidschef": two who
 * answer), kept apart, as a capital after the slash is. */
static void test_slash_wrap(void)
{
    static const char *words[] = { "500", "kr/", "månad", "lärare/", "elevassistenter", "Rektor/", "Elevhälsan",
                                         "Rektor/", "fritidschef", "300", "kr/", "barn", "högst", "30", "km/", "h" };
    static const struct {
        size_t word;
        const char *text;
    } cases[] = { { 1, "kr/månad" }, { 3, "lärare/" }, { 5, "Rektor/" }, { 7, "Rektor/" }, { 10, "kr/barn" }, { 14, "km/h" } };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *cell = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 1000, 900, 530 });
    g_ptr_array_add(regions, cell);
    /* each line: the word or two after the break, then the one that breaks */
    static const int first[] = { 0, 2, 4, 6, 8, 11, 15 }, n[] = { 2, 2, 2, 2, 3, 4, 1 };
    for (size_t l = 0; l < G_N_ELEMENTS(first); l++)
        add_words(cell, 1000 + 60 * (int)l, n[l], words + first[l], (int[]){ 300, 520, 700, 800 },
                  (int[]){ 200, 150, 90, 90 });
    at_page_view info = { 2480, 3508, 300, 1, 0, 0, "", "tesseract", 0.9f };
    at_doc *doc = at_regions_doc(&info, regions);
    at_doc_join_hyphenated(doc, "ocr.dehyphen");
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        size_t len;
        const char *got = at_doc_word_text(doc, cases[i].word, &len);
        ok(len == strlen(cases[i].text) && !strncmp(got, cases[i].text, len), "'%s' after the slash join: '%.*s'",
           cases[i].text, (int)len, got);
    }
    at_doc_free(doc);
    g_ptr_array_free(regions, TRUE);
}

/* A list's bullets read as guillemets are bullets; guillemets alone on a line, or after a word, are not. */
static void test_bullets(void)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *list = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 1000, 900, 170 });
    g_ptr_array_add(regions, list);
    add_words(list, 1000, 3, (const char *[]){ "»«", "Delmål", "1:" }, (int[]){ 300, 360, 600 }, (int[]){ 40, 200, 50 });
    add_words(list, 1060, 2, (const char *[]){ "«", "Delmål" }, (int[]){ 300, 360 }, (int[]){ 30, 200 });
    add_words(list, 1120, 2, (const char *[]){ "Delmål", "«" }, (int[]){ 300, 520 }, (int[]){ 200, 30 });
    add_words(list, 1180, 1, (const char *[]){ "«" }, (int[]){ 300 }, (int[]){ 30 });
    at_page_view info = { 2480, 3508, 300, 1, 0, 0, "", "tesseract", 0.9f };
    at_doc *doc = at_regions_doc(&info, regions);
    at_doc_mark_bullets(doc);
    size_t a, b, c, d;
    const char *w0 = at_doc_word_text(doc, 0, &a), *w3 = at_doc_word_text(doc, 3, &b);
    const char *w6 = at_doc_word_text(doc, 6, &c), *w7 = at_doc_word_text(doc, 7, &d);
    ok(!strncmp(w0, "\u2022", a) && a == strlen("\u2022") && !strncmp(w3, "\u2022", b) && b == strlen("\u2022"),
       "guillemets before a list item's words are its bullet");
    ok(!strncmp(w6, "«", c) && !strncmp(w7, "«", d), "guillemets after a word or alone on a line are kept");
    at_doc_free(doc);
    g_ptr_array_free(regions, TRUE);
}

/* A signature's two titles that tesseract reads as one line under the names' two blocks: each half
 * ends the block above it; a line with a gutter under no such blocks (a running header) stays whole. */
static void test_split_line(void)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *left = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 311, 1630, 742, 110 });
    region *right = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 1248, 1630, 641, 110 });
    region *titles = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 318, 1760, 1642, 50 });
    region *header = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 100, 1500, 50 });
    g_ptr_array_add(regions, header);
    g_ptr_array_add(regions, left);
    g_ptr_array_add(regions, right);
    g_ptr_array_add(regions, titles);
    add_words(header, 100, 3, (const char *[]){ "Avtal", "dnr", "KS-2024/1" }, (int[]){ 300, 1100, 1250 },
              (int[]){ 200, 100, 300 });
    add_words(left, 1630, 2, (const char *[]){ "Johan", "Berglund" }, (int[]){ 311, 520 }, (int[]){ 200, 250 });
    add_words(left, 1690, 1, (const char *[]){ "…………" }, (int[]){ 311 }, (int[]){ 500 });
    add_words(right, 1630, 2, (const char *[]){ "Karin", "Öberg" }, (int[]){ 1248, 1460 }, (int[]){ 200, 200 });
    add_words(right, 1690, 1, (const char *[]){ "…………" }, (int[]){ 1248 }, (int[]){ 500 });
    add_words(titles, 1760, 4, (const char *[]){ "Ordförande,", "nämnden", "Kommunstyrelsens", "ordförande" },
              (int[]){ 318, 600, 1250, 1600 }, (int[]){ 250, 200, 320, 250 });
    at_regions_join_split_lines(regions, 0);
    ok(regions->len == 3, "the titles' line is no block of its own (%u blocks)", regions->len);
    ok(left->lines->len == 3 && !strcmp(word_of(left, 2, 0), "Ordförande,") && !strcmp(word_of(left, 2, 1), "nämnden") &&
           !strcmp(word_of(left, 2, 2), ""), "the left title ends the left block");
    ok(right->lines->len == 3 && !strcmp(word_of(right, 2, 0), "Kommunstyrelsens") && right->box.y + right->box.h == 1805,
       "the right title ends the right block, whose box grows to its words (to %d)", right->box.y + right->box.h);
    ok(header->lines->len == 1 && !strcmp(word_of(header, 0, 2), "KS-2024/1"), "a line with a gutter under no blocks stays whole");
    g_ptr_array_free(regions, TRUE);
}

/* An OCR'd page of `regions` (taken over) with the rules across `rules` (NULL: none): its document shell
 * holds the page, its words come at assembly. */
static at_page_layout *ocred_ruled_page(int page_no, GPtrArray *regions, const GArray *rules)
{
    at_page_view info = { 2480, 3508, 300, page_no, 0, 0, "gray", "tesseract", 0.9f };
    GPtrArray *none = g_ptr_array_new();
    at_doc *shell = at_regions_doc(&info, none);
    g_ptr_array_free(none, TRUE);
    return at_page_layout_ocred(shell, &info, regions, true, rules);
}

static at_page_layout *ocred_page(int page_no, GPtrArray *regions)
{
    return ocred_ruled_page(page_no, regions, NULL);
}

static region *cell_of(int row, int col, int y, const char *text)
{
    region *c = at_region_new(AT_BLOCK_CELL, 0, row, col, (at_box){ 300 + 800 * col, y, 780, 60 });
    add_words(c, y, 1, (const char *[]){ text }, (int[]){ 305 + 800 * col }, (int[]){ 300 });
    return c;
}

static bool doc_has_word(const at_doc *doc, const char *text)
{
    for (size_t i = 0; i < at_doc_n_words(doc); i++) {
        size_t len;
        const char *w = at_doc_word_text(doc, i, &len);
        if (len == strlen(text) && !strncmp(w, text, len))
            return true;
    }
    return false;
}

/* How many of the page's table cells hold words (`n_text` set to its text blocks when not NULL); `placed` whether
 * each of them stands in the grid of `n_rows` x `n_cols` with one line whose first word is its `cells` entry (row
 * by row). */
static int cells_holding(const at_page_layout *page, int n_rows, int n_cols, const char *const *cells, bool *placed,
                         int *n_text)
{
    int n_cells = 0;
    *placed = true;
    for (guint i = 0; i < page->regions->len; i++) {
        const region *r = page->regions->pdata[i];
        if (r->kind != AT_BLOCK_CELL) {
            if (n_text)
                (*n_text)++;
            continue;
        }
        if (!r->lines->len)
            continue;
        n_cells++;
        *placed &= r->row >= 0 && r->row < n_rows && r->col >= 0 && r->col < n_cols && r->lines->len == 1 &&
                   !strcmp(word_of(r, 0, 0), cells[r->row * n_cols + r->col]);
    }
    return n_cells;
}

/* OCR'd pages are assembled as text layers are: the running footer ("Sida 1 av 2"), read with or
 * without its diacritics, and a later page's small header dropped; a table's
 * caption "Tabell forts." and repeated header row on the next page dropped, its rows going on. */
static void test_ocred_pages(void)
{
    at_page_layout *pages[2];
    for (int p = 0; p < 2; p++) {
        GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
        region *text = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 600, 900, 60 });
        add_words(text, 600, 2, (const char *[]){ p ? "Tabell" : "Planen", p ? "forts." : "gäller." }, (int[]){ 300, 520 },
                  (int[]){ 200, 200 });
        g_ptr_array_add(regions, text);
        g_ptr_array_add(regions, cell_of(0, 0, 700, "Nr"));
        g_ptr_array_add(regions, cell_of(0, 1, 700, "Aktivitet"));
        g_ptr_array_add(regions, cell_of(1, 0, 780, p ? "2.2" : "1.1"));
        g_ptr_array_add(regions, cell_of(1, 1, 780, p ? "Belysning" : "Inventera"));
        region *footer = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 3300 + 4 * p, 600, 50 });
        /* OCR reads the footer's diacritics and strokes on one page, not on the other. */
        add_words(footer, 3300 + 4 * p, 5, (const char *[]){ p ? "Förvaltningen" : "Forvaltningen|", "Sida", p ? "2" : "1", "av", "2" },
                  (int[]){ 300, 620, 740, 790, 860 }, (int[]){ 300, 100, 30, 50, 30 });
        g_ptr_array_add(regions, footer);
        if (p) { /* a later page's header in small type, saying what the first page said */
            region *head = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 200, 600, 30 });
            add_words(head, 200, 2, (const char *[]){ "PLANEN", "Gäller" }, (int[]){ 300, 520 }, (int[]){ 200, 200 });
            ((region_line *)head->lines->pdata[0])->box.h = 30;
            g_ptr_array_insert(regions, 0, head);
        }
        pages[p] = ocred_page(p + 1, regions);
    }
    at_pages_drop_running(pages, 2);
    at_pages_align_runs(pages, 2);
    at_doc *docs[2];
    for (int p = 0; p < 2; p++) {
        docs[p] = at_page_layout_doc(pages[p]);
        at_page_layout_free(pages[p]);
    }
    at_page_view view;
    at_doc_page(docs[1], 0, &view);
    ok(at_doc_n_pages(docs[1]) == 1 && view.source_page == 2 && !strcmp(view.engine, "tesseract"),
       "an OCR'd page keeps its own page (source page %d, engine '%s')", view.source_page, view.engine);
    ok(!doc_has_word(docs[0], "Sida") && !doc_has_word(docs[1], "Förvaltningen"), "the running footer is dropped on both pages");
    ok(!doc_has_word(docs[1], "PLANEN"), "a later page's header, smaller than its text and saying nothing new, is dropped");
    ok(doc_has_word(docs[0], "Nr") && !doc_has_word(docs[1], "Nr") && !doc_has_word(docs[1], "forts."),
       "the table's caption and repeated header on the next page are dropped");
    ok(doc_has_word(docs[1], "Belysning") && doc_has_word(docs[0], "gäller."), "the rows and the text stay");
    for (int p = 0; p < 2; p++)
        at_doc_free(docs[p]);
}

/* mendE34 (plan34's born Dals-Ed): a later page's label in small type at its top counting items ("MÅL 3 AV 3", its
 * words all read on page 1 in "MÅL 1 AV 3" and "MÅL 2 AV 3") says something new and stays; the same whole line
 * read before ("MÅL 1 AV 3" again on page 3) is a running header, dropped. */
static void test_later_count_label(void)
{
    static const char *const labels[] = { "MÅL", "Insats" };
    for (size_t c = 0; c < G_N_ELEMENTS(labels); c++) {
        at_page_layout *pages[3];
        for (int p = 0; p < 3; p++) {
            GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
            for (int k = 0; k < (p ? 1 : 2); k++) { /* page 1: the first two labels in the text's type */
                region *text = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 600 + 200 * k, 900, 60 });
                add_words(text, 600 + 200 * k, p ? 2 : 4,
                          p ? (const char *[]){ "Planen", "gäller." }
                            : (const char *[]){ labels[c], k ? "2" : "1", "AV", "3" },
                          (int[]){ 300, 520, 600, 700 }, (int[]){ 200, 60, 80, 60 });
                g_ptr_array_add(regions, text);
            }
            if (p) { /* a small line at the top: the third label, then the first again */
                region *head = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 200, 600, 30 });
                add_words(head, 200, 4, (const char *[]){ labels[c], p == 1 ? "3" : "1", "AV", "3" },
                          (int[]){ 300, 520, 600, 700 }, (int[]){ 200, 60, 80, 60 });
                ((region_line *)head->lines->pdata[0])->box.h = 30;
                g_ptr_array_insert(regions, 0, head);
            }
            pages[p] = ocred_page(p + 1, regions);
        }
        at_pages_drop_running(pages, 3);
        at_doc *docs[3];
        for (int p = 0; p < 3; p++) {
            docs[p] = at_page_layout_doc(pages[p]);
            at_page_layout_free(pages[p]);
        }
        ok(doc_has_word(docs[1], labels[c]) && !doc_has_word(docs[2], labels[c]),
           "'%s 3 AV 3' at a later page's top stays; '%s 1 AV 3' read before is dropped", labels[c], labels[c]);
        for (int p = 0; p < 3; p++)
            at_doc_free(docs[p]);
    }
}

/* The rules page of `gray` binarised as `binary`, with its dark ground, as the OCR makes it. */
static PIX *rules_page(PIX *gray, PIX *binary)
{
    PIX *dark = at_dark_ground(gray, DPI);
    PIX *rules = at_rules_page(gray, binary, dark, DPI);
    pixDestroy(&dark);
    return rules;
}

/* A gray 5 x 4 table as printed with thin gray rules (level 190 on paper, 170 on a header row shaded
 * 208): a binarisation for text keeps none of them; the rules page has them all. */
static void test_faint_rules(void)
{
    PIX *gray = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(gray, 255);
    table_spec t = table_5x4(300, 500, 3);
    pixSetInRectArbitrary(gray, &(BOX){ t.col_x[0], t.row_y[0], t.col_x[4] - t.col_x[0], t.row_y[1] - t.row_y[0], 0 }, 208);
    for (int r = 0; r <= t.n_rows; r++)
        pixRenderLineArb(gray, t.col_x[0], t.row_y[r], t.col_x[4], t.row_y[r], 3, 190, 190, 190);
    for (int c = 0; c <= t.n_cols; c++) {
        pixRenderLineArb(gray, t.col_x[c], t.row_y[0], t.col_x[c], t.row_y[1], 3, 170, 170, 170);
        pixRenderLineArb(gray, t.col_x[c], t.row_y[1], t.col_x[c], t.row_y[5], 3, 190, 190, 190);
    }
    PIX *binary = pixThresholdToBinary(gray, 128);
    at_table_grid *g = NULL;
    ok(find(binary, &g) == 0, "thin gray rules are lost in a binarisation for text");
    PIX *rules = rules_page(gray, binary);
    ok(rules != NULL, "a rules page is made");
    if (rules)
        expect_table(rules, &t, "thin gray rules, a shaded header row", EDGE_TOL + 2);
    pixDestroy(&rules);
    pixDestroy(&binary);
    pixDestroy(&gray);
}

/* A very light gray 5 x 4 grid as browsers print a plan's table: rules 230 on white, 217 on a header
 * row shaded 244 (25 and 27 levels below their ground); `shade` darkens the page towards its right
 * edge as a scan's shadow does, paper and rules alike (0: none). Words in the cells. The rules page
 * has the whole grid, and the header row's rules part its cells. */
static void expect_light_grid(double shade, const char *what)
{
    PIX *gray = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(gray, 255);
    table_spec t = table_5x4(300, 500, 3);
    pixSetInRectArbitrary(gray, &(BOX){ t.col_x[0], t.row_y[0], t.col_x[4] - t.col_x[0], t.row_y[1] - t.row_y[0], 0 }, 244);
    for (int r = 0; r <= t.n_rows; r++)
        pixRenderLineArb(gray, t.col_x[0], t.row_y[r], t.col_x[4], t.row_y[r], 3, 230, 230, 230);
    for (int c = 0; c <= t.n_cols; c++) {
        pixRenderLineArb(gray, t.col_x[c], t.row_y[0], t.col_x[c], t.row_y[1], 3, 217, 217, 217);
        pixRenderLineArb(gray, t.col_x[c], t.row_y[1], t.col_x[c], t.row_y[5], 3, 230, 230, 230);
    }
    PIX *words = blank(PAGE_W, PAGE_H);
    unsigned seed = 7;
    draw_cells(words, &t, 20, &seed);
    pixPaintThroughMask(gray, words, 0, 0, 0);
    pixDestroy(&words);
    for (int x = PAGE_W / 2; shade > 0 && x < PAGE_W; x++) { /* the light falls off over the right half */
        double f = 1 - shade * (2.0 * x / PAGE_W - 1);
        for (int y = 0; y < PAGE_H; y++) {
            l_uint32 v = 0;
            pixGetPixel(gray, x, y, &v);
            pixSetPixel(gray, x, y, (l_uint32)lround(v * f));
        }
    }
    PIX *binary = pixThresholdToBinary(gray, 128);
    PIX *rules = rules_page(gray, binary);
    ok(rules != NULL, "%s: a rules page is made", what);
    if (rules)
        expect_table(rules, &t, what, EDGE_TOL + 2);
    at_table_grid *g = NULL;
    int n = rules ? find(rules, &g) : 0;
    GArray *cells = n == 1 ? at_table_cells(rules, &g[0]) : NULL;
    int header = 0;
    for (guint i = 0; cells && i < cells->len; i++)
        header += g_array_index(cells, at_table_cell, i).row == 0;
    ok(header == 4, "%s: the header row has its 4 cells (%d)", what, header);
    if (cells)
        g_array_free(cells, TRUE);
    at_table_grids_free(g, n);
    pixDestroy(&rules);
    pixDestroy(&binary);
    pixDestroy(&gray);
}

/* How many tables the rules page of `gray` (binarised for text at 128) holds. */
static int tables_on_rules_page(PIX *gray)
{
    PIX *binary = pixThresholdToBinary(gray, 128);
    PIX *rules = rules_page(gray, binary);
    at_table_grid *g = NULL;
    int n = rules ? find(rules, &g) : -1;
    at_table_grids_free(g, n);
    pixDestroy(&rules);
    pixDestroy(&binary);
    return n;
}

static void test_light_grids(void)
{
    expect_light_grid(0, "a very light gray grid");
    expect_light_grid(0.6, "a very light gray grid in a shadow darkening the page by up to 60 %");

    /* Light lines through the middle of text lines (a shaded band's edge, a strike-through) crossed by
     * light strokes: a grid by its lines, but one that cuts words, not a table. */
    PIX *gray = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(gray, 255);
    PIX *words = blank(PAGE_W, PAGE_H);
    unsigned seed = 11;
    draw_text(words, 300, 500, 2100, 1400, &seed);
    for (int k = 0; k <= 15; k += 5) /* text line k's baseline is 530 + 50 k: through its x-height */
        pixRenderLineArb(gray, 250, 520 + 50 * k, 2150, 520 + 50 * k, 3, 230, 230, 230);
    for (int x = 250; x <= 2150; x += 475)
        pixRenderLineArb(gray, x, 520, x, 1270, 3, 230, 230, 230);
    pixPaintThroughMask(gray, words, 0, 0, 0);
    int n = tables_on_rules_page(gray);
    ok(n == 0, "light lines through text lines are no table (%d)", n);
    pixDestroy(&words);

    /* A light box with one line under its heading: two rows of one column, a boxed note. */
    pixSetAllArbitrary(gray, 255);
    pixRenderLineArb(gray, 300, 500, 2100, 500, 3, 230, 230, 230);
    pixRenderLineArb(gray, 300, 600, 2100, 600, 3, 230, 230, 230);
    pixRenderLineArb(gray, 300, 1200, 2100, 1200, 3, 230, 230, 230);
    pixRenderLineArb(gray, 300, 500, 300, 1200, 3, 230, 230, 230);
    pixRenderLineArb(gray, 2100, 500, 2100, 1200, 3, 230, 230, 230);
    n = tables_on_rules_page(gray);
    ok(n == 0, "a light box of one column is no table (%d)", n);

    /* A black grid with words in its cells and light lines through them (a shaded band's edge, a
     * strike-through): its rows and columns are those of its black rules. */
    pixSetAllArbitrary(gray, 255);
    table_spec t = table_5x4(300, 500, 3);
    for (int r = 0; r <= t.n_rows; r++)
        pixRenderLineArb(gray, t.col_x[0], t.row_y[r], t.col_x[4], t.row_y[r], 3, 0, 0, 0);
    for (int c = 0; c <= t.n_cols; c++)
        pixRenderLineArb(gray, t.col_x[c], t.row_y[0], t.col_x[c], t.row_y[5], 3, 0, 0, 0);
    pixRenderLineArb(gray, t.col_x[0], t.row_y[2] + 40, t.col_x[4], t.row_y[2] + 40, 3, 230, 230, 230);
    pixRenderLineArb(gray, t.col_x[1] + 175, t.row_y[0], t.col_x[1] + 175, t.row_y[5], 3, 230, 230, 230);
    words = blank(PAGE_W, PAGE_H);
    seed = 5;
    draw_cells(words, &t, 20, &seed);
    pixPaintThroughMask(gray, words, 0, 0, 0);
    pixDestroy(&words);
    PIX *binary = pixThresholdToBinary(gray, 128);
    PIX *rules = rules_page(gray, binary);
    if (rules)
        expect_table(rules, &t, "a black grid with light lines through its words", EDGE_TOL);
    pixDestroy(&rules);
    pixDestroy(&binary);

    /* A gray grid found as it is but for the light rule under a header spanning its last two columns
     * ('Tid' over 'Start' and 'Slut'): the light rule adds the header's second row. */
    pixSetAllArbitrary(gray, 255);
    for (int r = 0; r <= t.n_rows; r++)
        pixRenderLineArb(gray, t.col_x[0], t.row_y[r], t.col_x[4], t.row_y[r], 3, 200, 200, 200);
    for (int c = 0; c <= t.n_cols; c++)
        pixRenderLineArb(gray, t.col_x[c], t.row_y[0], t.col_x[c], t.row_y[5], 3, 200, 200, 200);
    pixRenderLineArb(gray, t.col_x[2], t.row_y[0] + 45, t.col_x[4], t.row_y[0] + 45, 3, 230, 230, 230);
    static const int cols[] = { 500, 350, 420, 600 };
    static const int two_headers[] = { 45, 45, 150, 150, 150, 150 };
    table_spec split = spec(300, 500, 4, cols, 6, two_headers, 3);
    binary = pixThresholdToBinary(gray, 128);
    rules = rules_page(gray, binary);
    if (rules)
        expect_table(rules, &split, "a gray grid with a light rule under a spanning header", EDGE_TOL);
    pixDestroy(&rules);
    pixDestroy(&binary);

    /* A black grid found as it is keeps its own rules: a light line (an underline) where the rule
     * under a cell merged down is missing leaves the cell merged. */
    pixSetAllArbitrary(gray, 255);
    for (int r = 0; r <= t.n_rows; r++)
        pixRenderLineArb(gray, r == 2 ? t.col_x[1] : t.col_x[0], t.row_y[r], t.col_x[4], t.row_y[r], 3, 0, 0, 0);
    for (int c = 0; c <= t.n_cols; c++)
        pixRenderLineArb(gray, t.col_x[c], t.row_y[0], t.col_x[c], t.row_y[5], 3, 0, 0, 0);
    pixRenderLineArb(gray, t.col_x[0], t.row_y[2], t.col_x[1], t.row_y[2], 3, 230, 230, 230);
    binary = pixThresholdToBinary(gray, 128);
    rules = rules_page(gray, binary);
    at_table_grid *g = NULL;
    int found = rules ? find(rules, &g) : 0;
    GArray *cells = found == 1 ? at_table_cells(rules, &g[0]) : NULL;
    bool merged = false;
    for (guint i = 0; cells && i < cells->len; i++) {
        const at_table_cell *c = &g_array_index(cells, at_table_cell, i);
        merged = merged || (c->row == 1 && c->col == 0 && c->row_end == 3);
    }
    ok(merged, "a light line where a black grid's rule is missing leaves the cell above it merged down");
    if (cells)
        g_array_free(cells, TRUE);
    at_table_grids_free(g, found);
    pixDestroy(&rules);
    pixDestroy(&binary);
    pixDestroy(&gray);
}

/* Merged cells: a cell spanning both columns of row 0 runs down into row 1 only where no rule runs under
 * any of its columns; a goal cell merged down its first column runs on. */
static void test_merged_cells(void)
{
    int col_edges[] = { 100, 300, 500 }, row_edges[] = { 100, 200, 300, 400 };
    PIX *p = pixCreate(600, 500, 1);
    pixRenderLine(p, 100, 100, 500, 100, 3, L_SET_PIXELS);
    pixRenderLine(p, 300, 200, 500, 200, 3, L_SET_PIXELS); /* under column 1 only */
    pixRenderLine(p, 300, 300, 500, 300, 3, L_SET_PIXELS); /* under column 1 only: column 0 merged down */
    pixRenderLine(p, 100, 400, 500, 400, 3, L_SET_PIXELS);
    pixRenderLine(p, 100, 100, 100, 400, 3, L_SET_PIXELS);
    pixRenderLine(p, 500, 100, 500, 400, 3, L_SET_PIXELS);
    pixRenderLine(p, 300, 200, 300, 400, 3, L_SET_PIXELS); /* row 0 spans both columns */
    at_table_grid g = { 100, 100, 400, 300, 3, 2, row_edges, col_edges };
    GArray *cells = at_table_cells(p, &g);
    const at_table_cell *c0 = cells->len ? &g_array_index(cells, at_table_cell, 0) : NULL;
    ok(c0 && c0->col_end == 2 && c0->row_end == 1,
       "a cell spanning two columns stops where a rule runs under one of them");
    bool down = false;
    for (guint i = 0; i < cells->len; i++) {
        const at_table_cell *c = &g_array_index(cells, at_table_cell, i);
        down = down || (c->row == 1 && c->col == 0 && c->col_end == 1 && c->row_end == 3);
    }
    ok(down, "a cell with no rule under its one column runs down a row");
    g_array_free(cells, TRUE);
    pixDestroy(&p);
}

/* A table of centred columns: each column's text starts at its widest row, 12 px in from the rule, and
 * its other rows' text further in. The widest row's start is its column's text, not ink run over. */
static void test_col_leads_centred(void)
{
    table_spec t = table_5x4(200, 300, 4);
    PIX *pix = pixCreate(PAGE_W, PAGE_H, 1);
    draw_rules(pix, &t);
    unsigned seed = 11;
    for (int r = 0; r < t.n_rows; r++)
        for (int c = 0; c < t.n_cols; c++) {
            int room = t.col_x[c + 1] - t.col_x[c];
            int width = r == 1 + c % 4 ? room - 24 : rnd(&seed, room / 4, room / 2);
            fill(pix, t.col_x[c] + (room - width) / 2, t.row_y[r] + 30, width, 30);
        }
    at_table_grid *g = NULL;
    at_error err = AT_ERROR_INIT;
    int n = at_find_tables(pix, DPI, &g, &err);
    PIX *clean = n == 1 ? at_erase_rules(pix, g, n) : NULL;
    int *leads = clean ? at_table_col_leads(pix, clean, g) : NULL;
    bool all = leads != NULL;
    for (int c = 0; all && c < t.n_cols; c++)
        all = abs(leads[c] - 12) <= 4;
    ok(all, "each centred column starts at its widest row, 12 px in (%d %d %d %d)", leads ? leads[0] : -1,
       leads ? leads[1] : -1, leads ? leads[2] : -1, leads ? leads[3] : -1);
    g_free(leads);
    pixDestroy(&clean);
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

/* Where each column's text starts: every cell's text 40 px right of its rule, but a long word of column 1
 * runs over the rule into column 2 in two rows, in one with the rule between two of its letters (and a
 * right-aligned number of column 3 starts further in). The ink run over is no start of column 2's text. */
static void test_col_leads(void)
{
    table_spec t = table_5x4(200, 300, 4);
    PIX *pix = pixCreate(PAGE_W, PAGE_H, 1);
    draw_rules(pix, &t);
    unsigned seed = 7;
    int widest = 0; /* column 3's */
    for (int r = 0; r < t.n_rows; r++)
        for (int c = 0; c < t.n_cols; c++) {
            int width = c == 3 ? rnd(&seed, 100, 300) : 150;
            int x = c == 3 ? t.col_x[4] - 40 - width : t.col_x[c] + 40;
            widest = c == 3 ? MAX(widest, width) : widest;
            fill(pix, x, t.row_y[r] + 30, width, 30);
        }
    for (int r = 2; r <= 3; r++) /* column 1's word run over the rule, to 30 px into column 2 */
        fill(pix, t.col_x[2] - 60, t.row_y[r] + 30, 90, 30);
    BOX *between = boxCreate(t.col_x[2] + 4, t.row_y[3] + 30, 3, 30); /* the rule between two letters */
    pixClearInRect(pix, between);
    boxDestroy(&between);
    at_table_grid *g = NULL;
    at_error err = AT_ERROR_INIT;
    int n = at_find_tables(pix, DPI, &g, &err);
    PIX *clean = n == 1 ? at_erase_rules(pix, g, n) : NULL;
    int *leads = clean ? at_table_col_leads(pix, clean, g) : NULL;
    ok(leads && abs(leads[0] - 40) <= 4 && abs(leads[1] - 40) <= 4 && abs(leads[2] - 40) <= 4,
       "each column's text starts 40 px right of its rule, the word run over into column 2 aside (%d %d %d)",
       leads ? leads[0] : -1, leads ? leads[1] : -1, leads ? leads[2] : -1);
    int want = t.col_x[4] - t.col_x[3] - 40 - widest;
    ok(leads && abs(leads[3] - want) <= 4, "a right-aligned column starts at its widest row (%d, drawn %d)",
       leads ? leads[3] : -1, want);
    g_free(leads);
    pixDestroy(&clean);
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

/* Rule remnants and specks OCR reads as words are no text; marks that say something are. */
static void test_specks(void)
{
    static const char *const specks[] = { "=", "|", "||", "_", "~", ":", "'", "\u2019", "`" };
    static const char *const words[] = { "–", "-", "§", "•", ".", "1", "a", "=2", "'Mål'", "kl." };
    const at_box flat = { 300, 500, 24, 4 }, tall = { 300, 490, 14, 46 }; /* a dash's ink; a line's height of blank */
    bool all = true;
    for (size_t i = 0; i < G_N_ELEMENTS(specks); i++)
        all &= at_word_is_speck(specks[i], flat);
    ok(all, "'=', '|', '_', '~', ':' and quote marks alone are specks");
    all = true;
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        all &= !at_word_is_speck(words[i], flat);
    ok(all, "dashes, §, bullets, a full stop, digits and words are no specks");
    ok(at_word_is_speck("—", tall) && at_word_is_speck("-", tall) && !at_word_is_speck("1", tall),
       "a dash taller than wide is a speck (no dash's ink); a digit as tall is none");
}

/* A worn page's noise read as a full stop or comma standing alone (ocr.c drops it after another word of
 * its line); stops joined to a word, dot leaders and middle dots that part a running header's items are
 * words. */
static void test_stray_stops(void)
{
    static const char *const stops[] = { ".", "\u2014.", ",", "-.", ".,", ".." };
    static const char *const words[] = { "kl.", "2027.", "t.o.m.", "....................", "\u00b7", "-", "3,5" };
    bool all = true;
    for (size_t i = 0; i < G_N_ELEMENTS(stops); i++)
        all &= at_word_is_stray_stop(stops[i]);
    ok(all, "a full stop or comma alone, once or twice, maybe after a dash, is a stray stop");
    all = true;
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        all &= !at_word_is_stray_stop(words[i]);
    ok(all, "stops joined to a word, dot leaders, a middle dot and a dash alone are no stray stops");
}

/* A per cent sign after a number read unsure as digits in a box too narrow for them becomes '%'; a number
 * of its width read sure, a 1 (narrow ink), a digit word after a word, or a real group of thousands stays. */
static void test_percent(void)
{
    const region_word ten = { "10", { 672, 1553, 38, 26 }, 0.96f }, five = { "5", { 400, 900, 17, 24 }, 0.95f },
                      word = { "upp", { 400, 900, 50, 24 }, 0.95f };
    const region_word scan = { "246", { 724, 1553, 28, 26 }, 0.72f }, worn = { "20", { 723, 1553, 29, 26 }, 0.61f },
                      mine = { "96", { 430, 900, 27, 24 }, 0.55f };
    ok(at_word_is_percent(&ten, &scan) && at_word_is_percent(&ten, &worn) && at_word_is_percent(&five, &mine),
       "'10 246' and '10 20' unsure in a per cent sign's width, '5 96' likewise, read '%%'");
    const region_word group = { "246", { 724, 1553, 58, 26 }, 0.72f }, sure = { "20", { 723, 1553, 29, 26 }, 0.93f },
                      ones = { "11", { 430, 900, 26, 24 }, 0.55f }, four = { "2460", { 724, 1553, 28, 26 }, 0.5f };
    ok(!at_word_is_percent(&ten, &group) && !at_word_is_percent(&ten, &sure) && !at_word_is_percent(&five, &ones) &&
           !at_word_is_percent(&ten, &four) && !at_word_is_percent(&word, &mine),
       "three digits in their own width, a sure reading, a 1's narrow ink, four digits or no number before stay");
}

/* A per cent sign whose ink tesseract's box of the number before it already holds: whatever it was read as
 * ("25 Yo", "12 4" on a clean scan; mine "7 Sb"), unsure and no wider than tall, it is '%'. */
static void test_percent_in_number_box(void)
{
    const region_word n25 = { "25", { 1980, 795, 106, 34 }, 0.95f }, yo = { "Yo", { 2054, 791, 34, 53 }, 0.64f };
    const region_word n12 = { "12", { 1982, 1051, 104, 33 }, 0.94f }, four = { "4", { 2054, 1047, 34, 53 }, 0.33f };
    const region_word n7 = { "7", { 300, 400, 62, 30 }, 0.9f }, sb = { "Sb", { 335, 398, 30, 34 }, 0.5f };
    ok(at_word_is_percent(&n25, &yo) && at_word_is_percent(&n12, &four) && at_word_is_percent(&n7, &sb),
       "a short unsure word with its middle in the number's box reads '%%'");
    const region_word sure = { "Yo", { 2054, 791, 34, 53 }, 0.93f }, apart = { "Sb", { 370, 398, 30, 34 }, 0.5f },
                      longer = { "Sbkr", { 335, 398, 30, 34 }, 0.5f }, wide = { "kr", { 335, 398, 45, 34 }, 0.5f };
    ok(!at_word_is_percent(&n25, &sure) && !at_word_is_percent(&n7, &apart) && !at_word_is_percent(&n7, &longer) &&
           !at_word_is_percent(&n7, &wide),
       "a sure word, letters beyond the number's box, four letters or a wide word stay");
}

/* A per cent sign read as its parts, a word of its own after the number: the reviewer's clean scan "5 Yo" and
 * "7,5 Yo" (its box beyond the number's); mine "30 %o" in a smaller print. A unit read unsure in the same
 * width, "kr" at 1.15 heights or "st", is no sign. */
static void test_percent_as_parts(void)
{
    const region_word n5 = { "5", { 1796, 739, 21, 33 }, 0.91f }, yo5 = { "Yo", { 1843, 734, 35, 54 }, 0.58f };
    const region_word n75 = { "7,5", { 1797, 996, 61, 37 }, 0.95f }, yo75 = { "Yo", { 1878, 995, 37, 34 }, 0.48f };
    const region_word n30 = { "30", { 400, 900, 30, 24 }, 0.9f }, po = { "%o", { 440, 900, 26, 24 }, 0.6f };
    ok(at_word_is_percent(&n5, &yo5) && at_word_is_percent(&n75, &yo75) && at_word_is_percent(&n30, &po),
       "an unsure word of a '%%''s rings and stroke, apart after a number, reads '%%'");
    const region_word kr = { "kr", { 1843, 739, 39, 34 }, 0.5f }, st = { "st", { 440, 900, 22, 24 }, 0.6f },
                      word = { "Yo", { 1843, 739, 35, 34 }, 0.58f }, after = { "upp", { 1700, 739, 60, 33 }, 0.9f };
    ok(!at_word_is_percent(&n5, &kr) && !at_word_is_percent(&n30, &st) && !at_word_is_percent(&after, &word),
       "a realistic 'kr' or 'st' read unsure after a number, or the parts after a word, stay");
}

/* A per cent sign a space after a number read as two more digits of it: the reviewer's worn "524" for "5 %"
 * (its "24" one ink, the boxes overlapping); mine "1234" for "12 %". Real digits after a gap ("12 000" read
 * as one word, "5 24") stand side by side. */
static void test_percent_as_digits(void)
{
    const region_word worn = { "524", { 1796, 738, 78, 35 }, 0.52f }, mine = { "1234", { 500, 900, 70, 30 }, 0.6f };
    const at_box worn_g[] = { { 1796, 739, 22, 34 }, { 1834, 738, 18, 35 }, { 1836, 738, 38, 35 } },
                 mine_g[] = { { 500, 900, 12, 30 }, { 515, 900, 17, 30 }, { 540, 900, 20, 30 }, { 548, 900, 22, 30 } };
    ok(at_number_ends_in_percent(&worn, worn_g, 3) == 1 && at_number_ends_in_percent(&mine, mine_g, 4) == 2,
       "digits after a space's gap, overlapping in a '%%''s width, are the sign");
    const region_word group = { "12000", { 500, 900, 120, 30 }, 0.6f }, pair = { "524", { 1796, 738, 78, 35 }, 0.52f },
                      sure = { "524", { 1796, 738, 78, 35 }, 0.95f };
    const at_box group_g[] = { { 500, 900, 12, 30 }, { 515, 900, 17, 30 }, { 550, 900, 20, 30 }, { 573, 900, 20, 30 },
                               { 596, 900, 20, 30 } },
                 pair_g[] = { { 1796, 739, 22, 34 }, { 1834, 738, 18, 35 }, { 1855, 738, 19, 35 } };
    ok(!at_number_ends_in_percent(&group, group_g, 5) && !at_number_ends_in_percent(&pair, pair_g, 3) &&
           !at_number_ends_in_percent(&sure, worn_g, 3),
       "a group of thousands, two digits side by side after a gap, or a sure reading stay");
}

/* A number read with (almost) no confidence in a box wider than its digits by a per cent sign's width holds the
 * sign tesseract read as nothing: the worn "12" of "12 %" (106 px at 35 high); mine, one digit "8" of "8 %". */
static void test_percent_hidden(void)
{
    const region_word worn = { "12", { 1981, 1051, 106, 35 }, 0.0f }, mine = { "8", { 500, 900, 60, 30 }, 0.1f };
    ok(at_number_hides_percent(&worn) == 63 && at_number_hides_percent(&mine) == 27,
       "a very unsure number one to two heights wider than its digits holds a '%%' beyond them");
    const region_word sure = { "12", { 1981, 1051, 106, 35 }, 0.94f }, narrow = { "12", { 1981, 1051, 60, 35 }, 0.0f },
                      wider = { "12", { 1981, 1051, 150, 35 }, 0.0f }, word = { "kr", { 500, 900, 60, 30 }, 0.1f };
    ok(!at_number_hides_percent(&sure) && !at_number_hides_percent(&narrow) && !at_number_hides_percent(&wider) &&
           !at_number_hides_percent(&word),
       "a sure number, one in its digits' width, one with a word's width beyond, or letters hold none");
}

/* A '§' read '8' before a number: its ink reaches below the digit's foot and is taller (Åsele's scan: the lone
 * "8" of "§ 19" over the "1", the "8" of "834" over the "3"; mine, a larger print's "8" over a "5"). */
static void test_section_sign(void)
{
    const at_box lone = { 1266, 2340, 17, 35 }, one = { 1303, 2341, 18, 30 };
    const at_box joined = { 395, 540, 21, 35 }, three = { 433, 540, 23, 32 };
    const at_box mine = { 100, 200, 30, 52 }, five = { 150, 201, 34, 45 };
    ok(at_glyph_is_section(lone, one) && at_glyph_is_section(joined, three) && at_glyph_is_section(mine, five),
       "an '8' taller than the digit after it and reaching below its foot is a '§'");
    const at_box eight = { 1266, 2340, 20, 32 }, jitter = { 1266, 2342, 20, 32 }, raised = { 1266, 2334, 20, 39 },
                 two = { 1290, 2340, 21, 32 };
    ok(!at_glyph_is_section(eight, two) && !at_glyph_is_section(jitter, two) && !at_glyph_is_section(raised, one),
       "an '8' on the digit's line, one two pixels lower, or one taller above the line stays");
}

/* What lies on or beside the shaded row of expect_dark_ground. */
typedef enum { ROW_ALONE, ROW_WORN, WORDS_UNDER, WORDS_OVER } row_beside;

/* A header row shaded dark (level 40) with light letters is dark ground; a bold heading on paper is not.
 * ROW_WORN: a worn page's specks of paper widen one letter to a blot wider than a stroke, in the middle of
 * the row, where it leaves too little dark above and below it for a band. WORDS_UNDER: a line of dark
 * words 12 px under the row (a first row's text on a scan, as NSVA's), which the letters' closing joins to
 * it; WORDS_OVER: mine, a line of words 10 px above it, over part of its width. */
static void expect_dark_ground(row_beside beside, const char *what)
{
    PIX *gray = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(gray, 255);
    pixSetInRectArbitrary(gray, &(BOX){ 300, 900, 1800, 90, 0 }, 40);
    for (int x = 320; x < 2000; x += 60) /* light letters on it: strokes 8 px wide */
        pixSetInRectArbitrary(gray, &(BOX){ x, 920, 8, 50, 0 }, 250);
    if (beside == ROW_WORN)
        pixSetInRectArbitrary(gray, &(BOX){ 1100, 932, 24, 26, 0 }, 250);
    for (int x = 320; beside == WORDS_UNDER && x < 1500; x += 16) /* words: strokes 5 px wide, 40 high */
        pixSetInRectArbitrary(gray, &(BOX){ x, 1002, 5, 40, 0 }, 30);
    for (int x = 900; beside == WORDS_OVER && x < 2000; x += 14)
        pixSetInRectArbitrary(gray, &(BOX){ x, 850, 5, 40, 0 }, 30);
    for (int x = 300; x < 2000; x += 25) /* a bold heading: dark strokes 10 px wide, close together */
        pixSetInRectArbitrary(gray, &(BOX){ x, 400, 10, 60, 0 }, 0);
    PIX *dark = at_dark_ground(gray, DPI);
    BOXA *boxes = dark ? pixConnComp(dark, NULL, 8) : NULL;
    l_int32 x = 0, y = 0, w = 0, h = 0, n = boxes ? boxaGetCount(boxes) : -1;
    if (n == 1)
        boxaGetBoxGeometry(boxes, 0, &x, &y, &w, &h);
    ok(n == 1 && abs(x - 300) <= 2 && abs(y - 900) <= 2 && abs(w - 1800) <= 4 && abs(h - 90) <= 4,
       "%s: the dark row is one box of dark ground, letters and all, and the bold heading none (%d parts, %d,%d %dx%d)",
       what, n, x, y, w, h);
    boxaDestroy(&boxes);
    pixDestroy(&dark);
    pixDestroy(&gray);
}

static void test_dark_ground(void)
{
    expect_dark_ground(ROW_ALONE, "clean");
    expect_dark_ground(ROW_WORN, "a letter blotted wide by specks");
    expect_dark_ground(WORDS_UNDER, "a line of words close under the row");
    expect_dark_ground(WORDS_OVER, "a line of words close over part of the row");
}

/* A cell's ink (1 bpp, 150 x 160, as a 300 dpi goal-key cell) with `n` upright bars `w` x `h` from x0, `gap` apart,
 * the `tall`-th (1-based; 0 none) 8 px taller, a specks' pixel at its corner. */
static PIX *bars_cell(int n, int x0, int w, int h, int gap, int tall)
{
    PIX *ink = pixCreate(150, 160, 1);
    for (int i = 0; i < n; i++)
        pixRasterop(ink, x0 + i * (w + gap), 20 - (i + 1 == tall ? 8 : 0), w, h + (i + 1 == tall ? 8 : 0), PIX_SET,
                    NULL, 0, 0);
    pixSetPixel(ink, 140, 150, 1);
    return ink;
}

/* A sans-serif `III` in a goal-key cell is three upright bars (Storgöteborg's scan: 5 x 26 px, 5 px apart, which
 * tesseract reads as nothing); mine, `II` in a larger print (8 x 40, 9 apart) and one `I`. A bar and a flagged `1`,
 * a dash, four bars, or bars of two heights (`Il`) are no roman key. */
static void test_ink_bars(void)
{
    PIX *three = bars_cell(3, 56, 5, 26, 5, 0), *two = bars_cell(2, 40, 8, 40, 9, 0), *one = bars_cell(1, 40, 8, 40, 0, 0);
    ok(at_ink_bars(three, DPI) == 3 && at_ink_bars(two, DPI) == 2 && at_ink_bars(one, DPI) == 1,
       "one to three bars of one height in a cell read as that many I's (%d, %d, %d)", at_ink_bars(three, DPI),
       at_ink_bars(two, DPI), at_ink_bars(one, DPI));
    PIX *four = bars_cell(4, 30, 5, 26, 5, 0), *il = bars_cell(2, 40, 5, 26, 6, 2), *dash = bars_cell(1, 40, 30, 5, 0, 0);
    PIX *flagged = bars_cell(1, 60, 5, 26, 0, 0);
    pixRasterop(flagged, 52, 20, 8, 6, PIX_SET, NULL, 0, 0); /* the flag of a `1` */
    PIX *rule = pixCreate(150, 60, 1);
    pixRasterop(rule, 2, 0, 4, 60, PIX_SET, NULL, 0, 0); /* a rule's remnant down a one-line cell's edge */
    ok(!at_ink_bars(four, DPI) && !at_ink_bars(il, DPI) && !at_ink_bars(dash, DPI) && !at_ink_bars(flagged, DPI) &&
           !at_ink_bars(rule, DPI),
       "four bars, bars of two heights, a dash, a flagged 1 or a rule's remnant are no roman key");
    ok(at_is_roman_key("III") && at_is_roman_key("IV.") && !at_is_roman_key("Il") && !at_is_roman_key("I.a") &&
           !at_is_roman_key("") && !at_is_roman_key("VIIII"),
       "I, V and X up to four, with or without a stop, are roman keys");
    ok(at_is_roman_key("I\"") && at_is_roman_key("II.,") && at_is_roman_key("III\u2019") &&
           !at_is_roman_key("I\"\"\"") && !at_is_roman_key("\"") && !at_is_roman_key("I,a"),
       "a worn key's trailing quote, stop or comma (two at most) is OCR noise: still a roman key");
    pixDestroy(&three);
    pixDestroy(&two);
    pixDestroy(&one);
    pixDestroy(&four);
    pixDestroy(&il);
    pixDestroy(&dash);
    pixDestroy(&flagged);
    pixDestroy(&rule);
}

/* A ring of outer radius `r`, `thick` px wide, round (cx, cy) on `ink`. */
static void draw_ring(PIX *ink, int cx, int cy, int r, int thick)
{
    for (int y = cy - r; y <= cy + r; y++)
        for (int x = cx - r; x <= cx + r; x++) {
            int d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
            if (d2 <= r * r && d2 > (r - thick) * (r - thick))
                pixSetPixel(ink, (l_uint32)x, (l_uint32)y, 1);
        }
}

/* Circled digits as a goal list's (Gävleborg's scan: a 46 px ring round a `1`) and a key cell's (26 px round
 * a `2`, drawn as three strokes) are rings that hold a mark; an `O` (a ring holding nothing), a fisheye
 * bullet (a ring round a disc filling most of it) and a stamp's circle (over a quarter inch) are not. */
static void test_ink_rings(void)
{
    PIX *ink = pixCreate(600, 200, 1);
    draw_ring(ink, 40, 50, 23, 3);
    pixRasterop(ink, 38, 40, 4, 20, PIX_SET, NULL, 0, 0);
    draw_ring(ink, 120, 50, 13, 2);
    pixRasterop(ink, 115, 43, 10, 2, PIX_SET, NULL, 0, 0);
    pixRasterop(ink, 123, 43, 2, 7, PIX_SET, NULL, 0, 0);
    pixRasterop(ink, 115, 55, 10, 2, PIX_SET, NULL, 0, 0);
    draw_ring(ink, 200, 50, 20, 4);                          /* O */
    draw_ring(ink, 280, 50, 20, 3);                          /* fisheye */
    draw_ring(ink, 280, 50, 14, 15);
    draw_ring(ink, 460, 100, 90, 4);                         /* stamp */
    pixRasterop(ink, 420, 95, 80, 10, PIX_SET, NULL, 0, 0);
    GArray *rings = at_ink_rings(ink, DPI);
    const at_ring *a = rings->len > 0 ? &g_array_index(rings, at_ring, 0) : NULL;
    const at_ring *b = rings->len > 1 ? &g_array_index(rings, at_ring, 1) : NULL;
    ok(rings->len == 2 && a->box.x == 17 && a->box.w == 47 && b->box.x == 107 && b->box.w == 27,
       "a circled digit's ring, large and small, is found with its box (%u rings)", rings->len);
    l_int32 held = -1;
    if (a)
        pixCountPixels(a->inside, &held, NULL);
    ok(held == 4 * 20,
       "the ink a ring holds is its mark alone, the ring cleared (%d px)", held);
    at_rings_free(rings);
    pixDestroy(&ink);
}

/* Rows of dark strokes, as lines of text, between x0 and x1. */
static void add_text_lines(PIX *gray, int x0, int x1, int y0, int y1, int ink)
{
    for (int y = y0; y < y1; y += 70)
        for (int x = x0; x < x1; x += 30)
            pixSetInRectArbitrary(gray, &(BOX){ x, y, 6, 40, 0 }, (l_uint32)ink);
}

/* The black pixels of `binary` and the darkest gray of `gray` in the box at x, y, w x h. */
static int ink_in(PIX *binary, int x, int y, int w, int h)
{
    PIX *part = pixClipRectangle(binary, &(BOX){ x, y, w, h, 0 }, NULL);
    l_int32 n = -1;
    if (part)
        pixCountPixels(part, &n, NULL);
    pixDestroy(&part);
    return n;
}

static int darkest_in(PIX *gray, int x, int y, int w, int h)
{
    l_uint32 v = 255, min = 255;
    for (int j = y; j < y + h; j += 2)
        for (int i = x; i < x + w; i += 2)
            if (pixGetPixel(gray, i, j, &v) == 0 && v < min)
                min = v;
    return (int)min;
}

/* The page preprocessed for OCR (gray, Sauvola, clean-up): its binary page, `*gray` and the steps. */
static PIX *prepared(PIX *page, PIX **gray, char *steps, size_t len)
{
    at_prep_report report = { .steps = g_string_new(NULL) };
    at_error err = AT_ERROR_INIT;
    PIX *binary = at_preprocess(page, DPI, AT_PRE_GRAY | AT_PRE_BINARIZE | AT_PRE_CLEAN, NULL, gray, &report, &err);
    g_strlcpy(steps, report.steps->str, len);
    g_string_free(report.steps, TRUE);
    return binary;
}

/* A worn copy thins the dots over small letters to the size of dust. On a page of letters (x-height
 * bodies `body_w` x 22 px, or stems 6 x 40 when `tall_beside`), each body's marks: `dots` specks of 3 x 3 px,
 * 5 px above it. The clean-up keeps the marks over letters and drops the dust alone in the margin and
 * halfway between two lines, and (`tall_beside`) a speck beside a tall letter's top, which would make an
 * 'l' a 't'. */
static void expect_dots_kept(int body_w, int dots, bool tall_beside, const char *what)
{
    PIX *page = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(page, 255);
    const int mark = 3, x0 = 300, y0 = 400, lines = 6;
    int kept = 0, dust = 0, marks = 0;
    for (int row = 0; row < lines; row++)
        for (int x = x0; x < 2100; x += 40) {
            int y = y0 + 70 * row;
            pixSetInRectArbitrary(page, &(BOX){ x, y, body_w, 22, 0 }, 30);
            for (int d = 0; d < dots; d++, marks++)
                pixSetInRectArbitrary(page, &(BOX){ x + (d + 1) * body_w / (dots + 1) - 1, y - 5 - mark, mark, mark, 0 }, 30);
            if (tall_beside && x + 80 < 2100 && (x - x0) % 120 == 0) /* a tall letter two bodies on, a speck by its top */
                pixSetInRectArbitrary(page, &(BOX){ x + 80 + body_w + 4, y - 18, mark, mark, 0 }, 30);
        }
    for (int row = 0; tall_beside && row < lines; row++)
        for (int x = x0 + 80; x < 2100; x += 120)
            pixSetInRectArbitrary(page, &(BOX){ x, y0 + 70 * row - 18, body_w, 40, 0 }, 30);
    for (int row = 0; row < lines; row++) {
        pixSetInRectArbitrary(page, &(BOX){ 120, y0 + 70 * row, mark, mark, 0 }, 30);      /* margin */
        pixSetInRectArbitrary(page, &(BOX){ 620, y0 + 40 + 70 * row, mark, mark, 0 }, 30); /* between lines */
    }
    PIX *gray = NULL;
    char steps[128];
    PIX *binary = prepared(page, &gray, steps, sizeof steps);
    for (int row = 0; binary && row < lines; row++) {
        for (int x = x0; x < 2100; x += 40)
            if (!tall_beside || (x - x0) % 120 != 80)
                kept += ink_in(binary, x - 1, y0 + 70 * row - 5 - mark - 1, body_w + 2, mark + 2) > 0;
        dust += ink_in(binary, 119, y0 + 70 * row - 1, mark + 2, mark + 2) + ink_in(binary, 619, y0 + 39 + 70 * row, mark + 2, mark + 2);
        for (int x = x0 + 80; tall_beside && x < 2100; x += 120)
            dust += ink_in(binary, x + body_w + 3, y0 + 70 * row - 19, mark + 2, mark + 2);
    }
    int bodies = tall_beside ? lines * 30 : lines * 45;
    ok(kept >= bodies * 9 / 10 && dust == 0, "%s (marks over %d of %d letters kept, %d px of dust; %s)", what, kept,
       bodies, dust, steps);
    pixDestroy(&binary);
    pixDestroy(&gray);
    pixDestroy(&page);
}

static void test_dots_over_letters(void)
{
    expect_dots_kept(16, 2, false, "the two dots of ä and ö thinned to dust's size are kept, dust alone is not");
    expect_dots_kept(6, 1, true, "an i's dot thinned to dust's size is kept, a speck beside an l's top is not");
}

/* A scanner lid's frame: 8..9 mm of noisy near-black (10..40) on all four sides of white paper. The
 * page keeps its text and loses the frame: no outline and no specks of it in the binary page, paper in
 * the gray one, which tesseract reads. */
static void test_lid_frame(void)
{
    PIX *page = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(page, 255);
    add_text_lines(page, 300, 2100, 400, 3100, 30);
    guint32 seed = 7;
    for (int y = 0; y < PAGE_H; y++)
        for (int x = 0; x < PAGE_W; x++) {
            int d = MIN(MIN(x, PAGE_W - 1 - x), MIN(y, PAGE_H - 1 - y)), edge = 94 + 7 * (x + y) / (PAGE_W + PAGE_H);
            seed = seed * 1103515245u + 12345u;
            if (d < edge)
                pixSetPixel(page, x, y, 10 + (seed >> 16) % 31);
        }
    PIX *gray = NULL;
    char steps[128];
    PIX *binary = prepared(page, &gray, steps, sizeof steps);
    int border = 130; /* 11 mm */
    int left = binary ? ink_in(binary, 0, 0, border, PAGE_H) : -1, top = binary ? ink_in(binary, 0, 0, PAGE_W, border) : -1;
    int text = binary ? ink_in(binary, 300, 400, 1800, 2700) : -1;
    ok(left == 0 && top == 0 && text > 100000 && gray && darkest_in(gray, 0, 0, border, PAGE_H) > 200 &&
           strstr(steps, "frame"),
       "a lid's frame is whitened, the text kept (ink in the left band %d, the top %d, the text %d; %s)", left, top,
       text, steps);
    pixDestroy(&binary);
    pixDestroy(&gray);
    pixDestroy(&page);
}

/* A copier's band along one edge (solid toner 45 with a soft inner edge to gray paper, not square with
 * the page) goes too; a photo printed to the edge, wider than any frame, and text in a shadow falling
 * toward the other edge (paper 92 there) stay. */
static void test_copier_band(void)
{
    PIX *page = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(page, 205);
    for (int x = 0; x < PAGE_W; x++) {
        int band = 30 + 30 * x / PAGE_W; /* 2.5..5 mm */
        for (int y = 0; y < band + 8; y++)
            pixSetPixel(page, x, y, y < band ? 45 : 45 + (205 - 45) * (y - band) / 8);
    }
    for (int x = PAGE_W - 400; x < PAGE_W; x++) /* the shadow: 205 down to 92 at the edge */
        pixSetInRectArbitrary(page, &(BOX){ x, 0 + 200, 1, PAGE_H - 200, 0 },
                              (l_uint32)(205 - 113 * (x - (PAGE_W - 400)) / 400));
    add_text_lines(page, 300, PAGE_W - 100, 400, 3100, 25);
    pixSetInRectArbitrary(page, &(BOX){ 0, 1500, 480, 600, 0 }, 30); /* the photo: 40 mm from the edge */
    PIX *gray = NULL;
    char steps[128];
    PIX *binary = prepared(page, &gray, steps, sizeof steps);
    int band = binary ? ink_in(binary, 0, 0, PAGE_W, 80) : -1;
    int shadowed = binary ? ink_in(binary, PAGE_W - 300, 400, 200, 2700) : -1;
    int photo = gray ? darkest_in(gray, 0, 1600, 400, 400) : -1;
    ok(band == 0 && gray && darkest_in(gray, 0, 0, PAGE_W, 60) > 200 && shadowed > 20000 && photo < 60,
       "a copier's band is whitened; a photo to the edge and text in a shadow stay (ink in the band %d, "
       "in the shadow %d; the photo's gray %d; %s)", band, shadowed, photo, steps);
    pixDestroy(&binary);
    pixDestroy(&gray);
    pixDestroy(&page);
}

/* White letters (rings `size` tall, half as wide) in a row from x0 to x1 at y on a dark ground. */
static void add_white_letters(PIX *gray, int x0, int x1, int y, int size, int ground)
{
    const int stroke = MAX(size / 8, 2);
    for (int x = x0; x + size / 2 <= x1; x += size * 3 / 4) {
        pixSetInRectArbitrary(gray, &(BOX){ x, y, size / 2, size, 0 }, 255);
        pixSetInRectArbitrary(gray, &(BOX){ x + stroke, y + stroke, size / 2 - 2 * stroke, size - 2 * stroke, 0 },
                              (l_uint32)ground);
    }
}

/* The gray page's darkest value in the box and whether a letter's stroke at (sx, sy) is still white
 * there: the banner and its text both kept, or "-1" when the ground was whitened. */
static int kept_banner(PIX *gray, BOX box, int sx, int sy)
{
    l_uint32 stroke = 0;
    if (!gray || pixGetPixel(gray, sx, sy, &stroke) != 0 || stroke < 200)
        return -1;
    return darkest_in(gray, box.x, box.y, box.w, box.h);
}

/* A letterhead's banner: a navy bar 14 mm deep across the top with the organisation's name in white
 * capitals. It is printed, not a lid's frame: it stays, with its letters. */
static void test_banner_kept(void)
{
    PIX *page = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(page, 250);
    pixSetInRectArbitrary(page, &(BOX){ 0, 0, PAGE_W, 165, 0 }, 35);
    add_white_letters(page, 150, 1200, 40, 50, 35);
    add_white_letters(page, 150, 900, 110, 30, 35);
    add_text_lines(page, 300, 2100, 400, 3100, 30);
    PIX *gray = NULL;
    char steps[128];
    PIX *binary = prepared(page, &gray, steps, sizeof steps);
    int ground = kept_banner(gray, (BOX){ 1300, 20, 900, 120, 0 }, 150, 60);
    ok(ground >= 0 && ground < 72, "a letterhead's dark banner keeps its white letters (its ground %d; %s)", ground,
       steps);
    pixDestroy(&binary);
    pixDestroy(&gray);
    pixDestroy(&page);
}

/* A template's sidebar: a dark grey band 18 mm wide down the left edge with small white text (2 mm)
 * in lines, and a copier's band down the right edge. The band goes, the sidebar stays. */
static void test_sidebar_kept(void)
{
    PIX *page = pixCreate(PAGE_W, PAGE_H, 8);
    pixSetAllArbitrary(page, 240);
    pixSetInRectArbitrary(page, &(BOX){ 0, 0, 210, PAGE_H, 0 }, 60);
    for (int y = 300; y < 1200; y += 60)
        add_white_letters(page, 40, 170, y, 24, 60);
    pixSetInRectArbitrary(page, &(BOX){ PAGE_W - 50, 0, 50, PAGE_H, 0 }, 40);
    add_text_lines(page, 400, 2100, 400, 3100, 30);
    PIX *gray = NULL;
    char steps[128];
    PIX *binary = prepared(page, &gray, steps, sizeof steps);
    int ground = kept_banner(gray, (BOX){ 10, 1400, 150, 1500, 0 }, 40, 310);
    int band = gray ? darkest_in(gray, PAGE_W - 50, 0, 50, PAGE_H) : -1;
    ok(ground >= 0 && ground < 72 && band > 200,
       "a sidebar keeps its white text, a copier's band on the other edge goes (the sidebar's ground %d, the "
       "band's darkest %d; %s)", ground, band, steps);
    pixDestroy(&binary);
    pixDestroy(&gray);
    pixDestroy(&page);
}

/* A table without rules as tesseract reads it (each cell's text its own line, columns 300 px apart),
 * under a line of prose with the ordinary spaces of OCR'd words: the table's words go into cells of
 * rows and columns, the prose stays text. */
static void test_ocred_aligned(void)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *prose = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 400, 1900, 50 });
    add_words(prose, 400, 6, (const char *[]){ "Planen", "gäller", "för", "alla", "förvaltningar", "2026." },
              (int[]){ 300, 520, 720, 830, 980, 1300 }, (int[]){ 200, 180, 90, 130, 300, 150 });
    g_ptr_array_add(regions, prose);
    static const char *const cells[4][3] = { { "Vad", "Vem", "När" }, { "Inventera", "Gatukontoret", "2026" },
                                             { "Utreda", "Miljöenheten", "2027" }, { "Samordna", "IT-enheten", "Löpande" } };
    for (int c = 0; c < 3; c++) {
        region *col = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300 + 700 * c, 520, 400, 350 });
        for (int r = 0; r < 4; r++)
            add_words(col, 520 + 90 * r, 1, &cells[r][c], (int[]){ 300 + 700 * c }, (int[]){ 380 });
        g_ptr_array_add(regions, col);
    }
    at_page_layout *page = ocred_page(1, regions);
    int n_text = 0;
    bool placed;
    int n_cells = cells_holding(page, 4, 3, &cells[0][0], &placed, &n_text);
    ok(n_cells == 12 && placed, "an OCR'd table without rules is cut into 4 x 3 cells, each with its word (%d cells)",
       n_cells);
    ok(n_text == 1 && !strcmp(word_of(page->regions->pdata[0], 0, 4), "förvaltningar"),
       "the prose above it stays one text block (%d text blocks)", n_text);
    at_page_layout_free(page);
}

/* A wide table without rules whose row numbers and costs tesseract read only in the header and one row
 * (it drops lone short words): still a table, cut into cells, not left as text. */
static void test_ocred_aligned_short_columns(void)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    static const char *const cells[6][8] = {
        { "Nr", "Åtgärd", "Ansvarig", "Samverkan", "Tidplan", "Kostnad", "Uppföljning", "Status" },
        { "1", "Inventera", "Gatukontoret", "Polisen", "2026", "850", "Rapport", "Klar" },
        { NULL, "Utreda", "Miljöenheten", "Skolan", "2027", NULL, "Protokoll", "Pågår" },
        { NULL, "Samordna", "IT-enheten", "Regionen", "Löpande", NULL, "Enkät", "Pågår" },
        { NULL, "Informera", "Kansliet", "Föreningar", "2028", NULL, "Rapport", "Ej start" },
        { NULL, "Följa upp", "Kansliet", "Polisen", "2029", NULL, "Protokoll", "Ej start" } };
    for (int c = 0; c < 8; c++) {
        region *col = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 150 + 280 * c, 520, 220, 530 });
        for (int r = 0; r < 6; r++)
            if (cells[r][c])
                add_words(col, 520 + 90 * r, 1, &cells[r][c], (int[]){ 150 + 280 * c }, (int[]){ 210 });
        g_ptr_array_add(regions, col);
    }
    at_page_layout *page = ocred_page(1, regions);
    bool placed;
    int n_cells = cells_holding(page, 6, 8, &cells[0][0], &placed, NULL);
    ok(n_cells == 40 && placed, "a 6 x 8 table without rules, its numbers and costs read in 2 rows of 6, is cut into "
                                "cells (%d with words)", n_cells);
    at_page_layout_free(page);
}

/* A table ruled only under its header and rows, its cells wrapped to two lines: its lines are evenly
 * spaced, the rules the only sign of its rows. Read as tesseract reads it, a block per column. */
static void test_ocred_ruled_rows(void)
{
    static const char *const cells[4][3][2] = {
        { { "Vad" }, { "Vem" }, { "När" } },
        { { "Inventera", "gatorna" }, { "Gatukontoret", "parkerna" }, { "2026" } },
        { { "Utreda", "bullret" }, { "Miljöenheten", "skolorna" }, { "2027" } },
        { { "Samordna", "inköpen" }, { "IT-enheten", "kansliet" }, { "Löpande" } } };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    for (int c = 0; c < 3; c++) {
        region *col = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300 + 700 * c, 520, 400, 450 });
        for (int r = 0; r < 4; r++)
            for (int k = 0; k < 2 && cells[r][c][k]; k++)
                add_words(col, r ? 590 + 130 * (r - 1) + 60 * k : 520, 1, &cells[r][c][k], (int[]){ 300 + 700 * c },
                          (int[]){ 380 });
        g_ptr_array_add(regions, col);
    }
    GArray *rules = g_array_new(FALSE, FALSE, sizeof(at_rule_across));
    for (int r = 0; r < 4; r++) /* under the header (its two lines apart as the rows' lines are) and each row */
        g_array_append_val(rules, ((at_rule_across){ 575 + 130 * r, 290, 2010 }));
    at_page_layout *page = ocred_ruled_page(1, regions, rules);
    int n_cells = 0;
    bool placed = true;
    for (guint i = 0; i < page->regions->len; i++) {
        const region *r = page->regions->pdata[i];
        if (r->kind != AT_BLOCK_CELL)
            continue;
        n_cells++;
        bool in_grid = r->row >= 0 && r->row < 4 && r->col >= 0 && r->col < 3;
        for (guint k = 0; in_grid && k < 2; k++)
            placed &= cells[r->row][r->col][k] ? r->lines->len > k && !strcmp(word_of(r, k, 0), cells[r->row][r->col][k])
                                               : r->lines->len == k;
        placed &= in_grid;
    }
    ok(n_cells == 12 && placed, "a table ruled only under its rows: 4 rows of 3 cells, a row's wrapped lines in its "
                                "cells (%d cells)", n_cells);
    at_page_layout_free(page);
    g_array_free(rules, TRUE);
}

/* A budget ruled only under its header and over its sum (review 14): the rules do not part its rows, the
 * five items between them stay five rows (rows at rules alone made them one). */
static void test_ocred_budget_two_rules(void)
{
    static const char *const cells[7][3] = { { "Post", "2026", "2027" },   { "Lokaler", "1200", "1250" },
                                             { "Personal", "3400", "3500" }, { "Material", "150", "160" },
                                             { "Resor", "380", "390" },      { "Utbildning", "120", "130" },
                                             { "Summa", "5250", "5430" } };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    for (int c = 0; c < 3; c++) {
        region *col = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300 + 700 * c, 520, 400, 450 });
        for (int r = 0; r < 7; r++)
            add_words(col, 520 + 60 * r, 1, &cells[r][c], (int[]){ 300 + 700 * c },
                      (int[]){ 300 });
        g_ptr_array_add(regions, col);
    }
    GArray *rules = g_array_new(FALSE, FALSE, sizeof(at_rule_across));
    g_array_append_val(rules, ((at_rule_across){ 570, 290, 2010 }));
    g_array_append_val(rules, ((at_rule_across){ 870, 290, 2010 }));
    at_page_layout *page = ocred_ruled_page(1, regions, rules);
    bool placed;
    int n_cells = cells_holding(page, 7, 3, &cells[0][0], &placed, NULL);
    ok(n_cells == 21 && placed, "a budget ruled under its header and over its sum: 7 rows of 3 cells (%d cells)",
       n_cells);
    at_page_layout_free(page);
    g_array_free(rules, TRUE);
}

/* A line of prose over a budget ruled under its rows, its last word read by tesseract in a block of its
 * own (over the last column), a word space from the rest: split, but its words lie over the table's
 * gutters. It is no row of the table, whose four columns stay apart. */
static void test_ocred_prose_over_budget(void)
{
    static const char *const cells[4][4] = { { "Post", "2027", "2028", "2029" },
                                             { "Inventering", "450", "300", "90" },
                                             { "Anpassning", "75", "800", "150" },
                                             { "Föreningar", "120", "120", "120" } };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *prose = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 300, 400, 1530, 50 });
    add_words(prose, 400, 6, (const char *[]){ "Planen", "bekostas", "inom", "nämndens", "ram", "(tusen" },
              (int[]){ 300, 520, 720, 990, 1317, 1530 }, (int[]){ 200, 180, 250, 300, 193, 300 }); /* spaces 20-27 px */
    g_ptr_array_add(regions, prose);
    region *last = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 1860, 400, 130, 50 });
    add_words(last, 400, 1, (const char *[]){ "kronor)." }, (int[]){ 1860 }, (int[]){ 130 });
    g_ptr_array_add(regions, last);
    for (int c = 0; c < 4; c++) {
        region *col = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ c ? 1280 + 280 * c : 300, 500, 400, 270 });
        for (int r = 0; r < 4; r++) { /* amounts set flush right, as the years over them */
            int w = c ? 25 * (int)strlen(cells[r][c]) : 500;
            add_words(col, 500 + 70 * r, 1, &cells[r][c], (int[]){ c ? 1380 + 280 * c - w : 300 }, (int[]){ w });
        }
        g_ptr_array_add(regions, col);
    }
    GArray *rules = g_array_new(FALSE, FALSE, sizeof(at_rule_across));
    for (int r = 0; r < 4; r++)
        g_array_append_val(rules, ((at_rule_across){ 560 + 70 * r, 290, 2230 }));
    at_page_layout *page = ocred_ruled_page(1, regions, rules);
    bool placed;
    int n_cells = cells_holding(page, 4, 4, &cells[0][0], &placed, NULL);
    ok(n_cells == 16 && placed, "prose over a budget, split at a word space: the budget is 4 rows of 4 cells (%d cells)",
       n_cells);
    at_page_layout_free(page);
    g_array_free(rules, TRUE);
}

/* A letterhead in halves over a title and a line naming the adoption `2026-05-19, § 52.`, as tesseract
 * read a studied page (its lines' heights and words' places; the words our own): the section sign is
 * a word, so the line has no gutter at it, and the head is text, not a table. */
static void section_sign_no_gutter(const char *sign)
{
    const struct {
        int y, h, n;
        const char *text[6];
        int x[6], w[6];
    } lines[] = {
        { 220, 60, 3, { "Norrby", "kommun", "2026-04-14" }, { 217, 546, 2062 }, { 304, 253, 204 } },
        { 272, 31, 3, { "Dnr", "KS", "2026/0231" }, { 1912, 1988, 2076 }, { 62, 71, 189 } },
        { 300, 40, 3, { "Kultur-", "och", "fritidsförvaltningen" }, { 216, 334, 420 }, { 102, 67, 482 } },
        { 463, 66, 5, { "Handlingsplan", "för", "digitala", "tjänster", "2026-2028" }, { 218, 776, 908, 1172, 1394 },
          { 528, 106, 232, 188, 394 } },
        { 569, 35, 6, { "Antagen", "av", "kultur-", "och", "fritidsnämnden", "2026-05-19," }, { 212, 376, 431, 536, 613, 991 },
          { 148, 40, 90, 60, 362, 214 } },
        { 569, 35, 6, { sign, "52.", "Kontaktperson:", "Eva", "Lund,", "utvecklingsstrateg." }, { 1221, 1252, 1321, 1604, 1679, 1874 },
          { 15, 51, 264, 59, 178, 384 } },
        { 690, 44, 1, { "Bakgrund" }, { 252 }, { 238 } },
        { 771, 44, 4, { "Kommunens", "invånare", "använder", "e-tjänster" }, { 214, 380, 670, 808 }, { 150, 275, 123, 84 } },
    };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    for (size_t i = 0; i < G_N_ELEMENTS(lines); i++) {
        int n = lines[i].n, right = lines[i].x[n - 1] + lines[i].w[n - 1];
        region *block = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ lines[i].x[0], lines[i].y, right - lines[i].x[0], lines[i].h });
        add_words(block, lines[i].y, n, lines[i].text, lines[i].x, lines[i].w);
        ((region_line *)block->lines->pdata[0])->box.h = lines[i].h;
        g_ptr_array_add(regions, block);
    }
    at_page_layout *page = ocred_page(1, regions);
    int n_cells = 0;
    for (guint i = 0; i < page->regions->len; i++)
        n_cells += ((const region *)page->regions->pdata[i])->kind == AT_BLOCK_CELL;
    ok(n_cells == 0, "a letterhead over `2026-05-19, %s 52.` is no table (%d cells)", sign, n_cells);
    at_page_layout_free(page);
}

/* The section sign as itself, and as OCR reads it `$`. */
static void test_section_sign_no_gutter(void)
{
    section_sign_no_gutter("§");
    section_sign_no_gutter("$");
}

/* A line of `text` set justified from margin to margin, 20 px a letter, its words' ink a few pixels off even,
 * as tesseract's blocks of `pieces` words each (ended by 0: the rest). */
static void add_measure(GPtrArray *regions, int y, const char *text, const int *pieces)
{
    enum { LEFT = 240, RIGHT = 2245, LETTER = 20 };
    gchar **words = g_strsplit(text, " ", -1);
    int n = (int)g_strv_length(words), ink = 0, *x = g_new(int, n), *w = g_new(int, n);
    for (int i = 0; i < n; i++)
        ink += w[i] = LETTER * (int)g_utf8_strlen(words[i], -1);
    int gap = (RIGHT - LEFT - ink) / (n - 1);
    for (int i = 0, at = LEFT; i < n; i++, at += w[i - 1] + gap)
        x[i] = at + (i % 3 == 1 ? 3 : 0) - (i % 3 == 2 ? 2 : 0);
    for (int i = 0, k = 0; i < n; i += pieces[k] ? pieces[k++] : n) {
        int m = pieces[k] ? pieces[k] : n - i;
        region *block = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ x[i], y, x[i + m - 1] + w[i + m - 1] - x[i], 50 });
        add_words(block, y, m, (const char *const *)words + i, x + i, w + i);
        g_ptr_array_add(regions, block);
    }
    g_free(x);
    g_free(w);
    g_strfreev(words);
}

/* A justified paragraph as tesseract reads a scan of it: two lines of few long words, their spaces stretched
 * to four and five times a space, read in pieces of two or three words, stay prose: no cells. */
static void test_ocred_justified(void)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    add_measure(regions, 1980,
                "Nämnden betalar en fast avgift om 120 000 kronor varje år för drift och skötsel av spåren.",
                (const int[]){ 0 });
    add_measure(regions, 2045, "Snöröjningen ersätts efter taxan i bilaga 3. För 2027 betalas därtill",
                (const int[]){ 2, 3, 2, 3, 0 });
    add_measure(regions, 2105, "en startavgift om 30 000 kronor för flyttning av utrustningen", (const int[]){ 2, 3, 1, 2, 0 });
    region *last = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 240, 2165, 1100, 50 });
    add_words(last, 2165, 5, (const char *[]){ "till", "nya", "förrådet.", "Fakturering", "sker." },
              (int[]){ 240, 340, 430, 640, 920 }, (int[]){ 80, 70, 190, 260, 100 });
    g_ptr_array_add(regions, last);
    at_page_layout *page = ocred_page(1, regions);
    int n_cells = 0;
    for (guint i = 0; i < page->regions->len; i++)
        n_cells += ((const region *)page->regions->pdata[i])->kind == AT_BLOCK_CELL;
    ok(n_cells == 0, "a justified paragraph's stretched lines, read in pieces, are prose, no table (%d cells)", n_cells);
    at_page_layout_free(page);
}

/* Add a line of `text` at `y` to `block` from x `left`, 20 px a letter and a space, as set flush left. */
static void add_flush(region *block, int y, int left, const char *text)
{
    gchar **words = g_strsplit(text, " ", -1);
    int n = (int)g_strv_length(words), *x = g_new(int, n), *w = g_new(int, n);
    for (int i = 0, at = left; i < n; at += w[i++] + 20) {
        x[i] = at;
        w[i] = 20 * (int)g_utf8_strlen(words[i], -1);
    }
    add_words(block, y, n, (const char *const *)words, x, w);
    g_free(x);
    g_free(w);
    g_strfreev(words);
}

/* The cell of `page` at `row`, `col`, or NULL. */
static const region *cell_at_of(const at_page_layout *page, int row, int col)
{
    for (guint i = 0; i < page->regions->len; i++) {
        const region *r = page->regions->pdata[i];
        if (r->kind == AT_BLOCK_CELL && r->row == row && r->col == col)
            return r;
    }
    return NULL;
}

/* A scan's box of labels and values beside a background's prose, as tesseract reads it (the prose a block,
 * the box a block): the prose stays text, the labels and values a table of their own, a row per label (a
 * value wrapped under its label's line stays its). Read as one table of three columns the prose's lines
 * were cells and a label's second line of value a row of its own: the decision's date and § were lost. */
static void test_ocred_prose_beside_box(void)
{
    static const char *const prose[] = { "Bakgrund", "Kommunen växer och behöver fler bostäder nära",
                                         "kollektivtrafiken. Planen visar hur mark ska", "tas i anspråk och vilka områden som prövas",
                                         "först. Den bygger på samråd med invånare och", "företag under hösten 2025 och på kommunens",
                                         "översiktsplan." };
    static const char *const box[][2] = { { "Antagen av", "Kommunfullmäktige" }, { NULL, "2026-03-12, § 41" },
                                          { "Datum", "2026-01-20" }, { "Dnr", "KS 2026/88" },
                                          { "Kontakt", "Lena Berg," }, { NULL, "planarkitekt" } };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *text = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 240, 600, 1160, 440 });
    region *labels = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 1500, 600, 700, 370 });
    for (int l = 0; l < 7; l++)
        add_flush(text, 600 + 65 * l, 240, prose[l]);
    for (int l = 0; l < 6; l++) {
        region_line *line = at_region_add_line(labels, (at_box){ 1500, 600 + 65 * l, 700, 50 });
        region *one = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 1500, 600 + 65 * l, 700, 50 });
        if (box[l][0])
            add_flush(one, 600 + 65 * l, 1500, box[l][0]);
        add_flush(one, 600 + 65 * l, 1800, box[l][1]);
        for (guint k = 0; k < one->lines->len; k++) /* the label and its value as one line of tesseract's */
            g_array_append_vals(line->words, ((region_line *)one->lines->pdata[k])->words->data,
                                ((region_line *)one->lines->pdata[k])->words->len);
        for (guint k = 0; k < one->lines->len; k++)
            g_array_set_size(((region_line *)one->lines->pdata[k])->words, 0); /* the texts are `line`'s now */
        at_region_free(one);
    }
    g_ptr_array_add(regions, text);
    g_ptr_array_add(regions, labels);
    at_page_layout *page = ocred_page(1, regions);
    bool prose_in_cells = false;
    for (guint i = 0; i < page->regions->len; i++) {
        const region *r = page->regions->pdata[i];
        for (guint l = 0; r->kind == AT_BLOCK_CELL && l < r->lines->len; l++)
            prose_in_cells |= !strcmp(word_of(r, l, 0), "kollektivtrafiken.") || !strcmp(word_of(r, l, 0), "Bakgrund");
    }
    ok(!prose_in_cells, "the prose beside a box of labels and values is no table's column");
    const region *adopted = cell_at_of(page, 0, 1), *date = cell_at_of(page, 1, 1), *dated = cell_at_of(page, 1, 0);
    ok(adopted && adopted->lines->len == 2 && !strcmp(word_of(adopted, 1, 1), "§") && dated &&
           !strcmp(word_of(dated, 0, 0), "Datum") && date && !strcmp(word_of(date, 0, 0), "2026-01-20"),
       "the box is a table of labels and values, a value's second line in its label's row");
    at_page_layout_free(page);
}

/* A scan's head box of labels and values, then a heading and prose beside a box of facts, as tesseract reads
 * them: the labels and values a table of their own; going on into the prose beside the facts, they were one
 * table whose facts' column was too short, and no table was left (the adoption's date and § lost). */
static void test_ocred_head_box_over_prose(void)
{
    static const char *const head[][2] = { { "Beslutsinstans", "Kulturnämnden" }, { "Beslutsdatum", "2027-04-12, § 33" },
                                           { "Diarienummer", "KN 2027/000412" },
                                           { "Upprättad", "2027-02-01 av Karin Ek, kulturstrateg" } };
    static const char *const prose[][2] = { { "Biblioteken är kommunens mest besökta lokaler, men", NULL },
                                            { "besöken har minskat i tio år och mest i byarna.", "Kommunen har sju" },
                                            { "Planen ska ge fler skäl att komma och stanna kvar", "filialer och en buss" },
                                            { "utan att öppettiderna kortas eller personal sägs upp.", "som kör varje vecka." },
                                            { NULL, "Utlånen var 90 000" }, { NULL, "förra året." } };
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *labels = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 240, 590, 1100, 230 });
    region *heading = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 240, 880, 600, 50 });
    region *text = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 240, 970, 1160, 290 });
    region *facts = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 1600, 1030, 560, 350 });
    for (int l = 0; l < 4; l++) {
        region *one = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 240, 590 + 60 * l, 1100, 50 });
        add_flush(one, 590 + 60 * l, 240, head[l][0]);
        add_flush(one, 590 + 60 * l, 560, head[l][1]);
        region_line *line = at_region_add_line(labels, (at_box){ 240, 590 + 60 * l, 1100, 50 });
        for (guint k = 0; k < one->lines->len; k++) { /* the label and its value as one line of tesseract's */
            GArray *words = ((region_line *)one->lines->pdata[k])->words;
            g_array_append_vals(line->words, words->data, words->len);
            g_array_set_size(words, 0); /* the texts are `line`'s now */
        }
        at_region_free(one);
    }
    add_flush(heading, 880, 240, "Varför en plan?");
    for (int l = 0; l < 6; l++) {
        if (prose[l][0])
            add_flush(text, 970 + 60 * l, 240, prose[l][0]);
        if (prose[l][1])
            add_flush(facts, 1030 + 60 * (l - 1), 1600, prose[l][1]);
    }
    g_ptr_array_add(regions, labels);
    g_ptr_array_add(regions, heading);
    g_ptr_array_add(regions, text);
    g_ptr_array_add(regions, facts);
    at_page_layout *page = ocred_page(1, regions);
    const region *dated = cell_at_of(page, 1, 0), *date = cell_at_of(page, 1, 1);
    bool prose_in_cells = false;
    for (guint i = 0; i < page->regions->len; i++) {
        const region *r = page->regions->pdata[i];
        for (guint l = 0; r->kind == AT_BLOCK_CELL && l < r->lines->len; l++)
            prose_in_cells |= !strcmp(word_of(r, l, 0), "besöken") || !strcmp(word_of(r, l, 0), "filialer");
    }
    ok(dated && !strcmp(word_of(dated, 0, 0), "Beslutsdatum") && date && !strcmp(word_of(date, 0, 1), "§") && !prose_in_cells,
       "a head box of labels over prose beside a box of facts is a table of its own; the prose and facts no cells");
    at_page_layout_free(page);
}

/* Is there no cell on `page`, and do words `a` and `b` stand side by side on one line of a text block? */
static bool no_cells_and_together(const at_page_layout *page, const char *a, const char *b)
{
    bool together = false;
    for (guint i = 0; i < page->regions->len; i++) {
        const region *r = page->regions->pdata[i];
        if (r->kind == AT_BLOCK_CELL)
            return false;
        for (guint l = 0; l < r->lines->len; l++)
            for (guint k = 0; k + 1 < ((const region_line *)r->lines->pdata[l])->words->len; k++)
                together |= !strcmp(word_of(r, l, k), a) && !strcmp(word_of(r, l, k + 1), b);
    }
    return together;
}

/* A text block of tesseract's with one line of the words `texts` (space-separated) at x `x` and widths `w`,
 * at y `y` (the line 50 px high, as add_words sets it). */
static region *line_block(int y, const char *texts, const int *x, const int *w)
{
    gchar **words = g_strsplit(texts, " ", -1);
    int n = (int)g_strv_length(words);
    region *r = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ x[0], y, x[n - 1] + w[n - 1] - x[0], 50 });
    add_words(r, y, n, (const char *const *)words, x, w);
    g_strfreev(words);
    return r;
}

/* A scan's letterhead in halves, as tesseract reads it: left the organisation in bold (OCR's space in it wider
 * than half its line: a column's gap) over its board and a box of references (a label, its value starting
 * where the name's second word nearly does), right the kind of document and its date over the recipient; the
 * title under them across the page. It is no table (the organisation's words in two columns, the date beside the
 * board): as on the born PDF the halves stay text, each line whole. `kind` 1: another wording, the references'
 * labels a word each, the recipient of two lines. */
static void test_ocred_letterhead_halves(void)
{
    for (int kind = 0; kind < 2; kind++) {
        GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
        g_ptr_array_add(regions, line_block(315, kind ? "Åby kommun" : "Norrby kommun", (int[]){ 300, 735 },
                                            (int[]){ kind ? 300 : 405, 315 }));
        g_ptr_array_add(regions, line_block(315, kind ? "REMISSVAR" : "YTTRANDE", (int[]){ 2430 }, (int[]){ 400 }));
        g_ptr_array_add(regions, line_block(395, kind ? "Socialnämnden" : "Miljönämnden", (int[]){ 300 }, (int[]){ 412 }));
        g_ptr_array_add(regions, line_block(395, kind ? "2029-01-10" : "2029-03-14", (int[]){ 2570 }, (int[]){ 265 }));
        g_ptr_array_add(regions, line_block(540, kind ? "Diarienr SN 2029/15" : "Vår referens MN 2028/77",
                                            kind ? (int[]){ 336, 711, 782 } : (int[]){ 336, 425, 711, 782 },
                                            kind ? (int[]){ 200, 51, 204 } : (int[]){ 70, 239, 51, 204 }));
        g_ptr_array_add(regions, line_block(540, "Trafikverket Region", (int[]){ 2170, 2522 }, (int[]){ 331, 312 }));
        g_ptr_array_add(regions, line_block(600, "Planeringsavdelningen", (int[]){ 2170 }, (int[]){ 470 }));
        g_ptr_array_add(regions, line_block(655, kind ? "Datum 2028-12-01" : "Er referens TRV-2028/4410",
                                            kind ? (int[]){ 340, 711 } : (int[]){ 340, 399, 711 },
                                            kind ? (int[]){ 150, 334 } : (int[]){ 41, 239, 334 }));
        if (!kind)
            g_ptr_array_add(regions, line_block(655, "Box 810", (int[]){ 2170, 2280 }, (int[]){ 90, 80 }));
        g_ptr_array_add(regions, line_block(830, "Remissvar om en ny cykelväg längs riksväg tolv",
                                            (int[]){ 296, 658, 760, 850, 960, 1200, 1450, 1710 },
                                            (int[]){ 332, 77, 65, 85, 215, 225, 235, 140 }));
        g_ptr_array_add(regions, line_block(985, "Nämnden har tagit del av förslaget med synpunkter.",
                                            (int[]){ 300, 520, 620, 800, 880, 960, 1190, 1290 },
                                            (int[]){ 195, 75, 155, 55, 55, 205, 75, 265 }));
        at_page_layout *page = ocred_page(1, regions);
        ok(no_cells_and_together(page, kind ? "Åby" : "Norrby", "kommun"),
           "a scan's letterhead in halves (%s) is no table: its organisation's name stays one line", kind ? "two" : "one");
        at_page_layout_free(page);
    }
}

/* The cell of `page` whose first line starts with `word`, or NULL. */
static const region *cell_starting(const at_page_layout *page, const char *word)
{
    for (guint i = 0; i < page->regions->len; i++) {
        const region *r = page->regions->pdata[i];
        if (r->kind == AT_BLOCK_CELL && r->lines->len && !strcmp(word_of(r, 0, 0), word))
            return r;
    }
    return NULL;
}

/* Page 2 of a scan whose rows of two columns (`rows`, a NULL pair a gap) start at the page's top, each row one
 * line of tesseract's: the right column at `right`. */
static at_page_layout *rows_at_page_top(const char *const (*rows)[2], int n, int right)
{
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    region *block = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 250, 215, 1900, 70 * n });
    for (int l = 0, y = 215; l < n; l++, y += 70) {
        if (!rows[l][0] && !rows[l][1])
            continue;
        region *one = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 250, y, 1900, 50 });
        if (rows[l][0])
            add_flush(one, y, 250, rows[l][0]);
        if (rows[l][1])
            add_flush(one, y, right, rows[l][1]);
        region_line *line = at_region_add_line(block, (at_box){ 250, y, 1900, 50 });
        for (guint k = 0; k < one->lines->len; k++) { /* the two columns' words as one line of tesseract's */
            GArray *words = ((region_line *)one->lines->pdata[k])->words;
            g_array_append_vals(line->words, words->data, words->len);
            g_array_set_size(words, 0); /* the texts are `line`'s now */
        }
        at_region_free(one);
    }
    g_ptr_array_add(regions, block);
    return ocred_page(2, regions);
}

/* A table of two columns at the top of a later page running down it is a table, not the page's head (a
 * letterhead or running header in two halves, a few lines in the page's top fifth): cards of labels
 * and values, a card's title alone over them and a value wrapped; and a table of risks and measures, its
 * columns parted near the middle. Both were read as the page's head, as text. */
static void test_ocred_table_at_page_top(void)
{
    static const char *const cards[][2] = {
        { "Insats 4", NULL }, { "Beskrivning", "Läxhjälp på fritidsgården två kvällar i veckan" },
        { "Ansvar", "Fritidsgården Norra" }, { "När", "Varje termin" }, { "Kostnad", "90 000 kr" }, { NULL, NULL },
        { "Insats 5", NULL }, { "Beskrivning", "Nattvandringar i centrum och vid stationen med" },
        { NULL, "föräldrar och fältassistenter" }, { "Ansvar", "Socialtjänsten" }, { "När", "Fredagar" },
        { "Kostnad", "Ingen" }, { NULL, NULL }, { "Insats 6", NULL }, { "Beskrivning", "Bättre belysning i parken" },
        { "Ansvar", "Gatuenheten" }, { "När", "2027" }, { "Kostnad", "300 000 kr" } };
    at_page_layout *page = rows_at_page_top(cards, G_N_ELEMENTS(cards), 780);
    const region *value = cell_starting(page, "Fritidsgården"), *label = value ? cell_at_of(page, value->row, 0) : NULL;
    const region *last = cell_starting(page, "Gatuenheten");
    ok(value && value->col == 1 && label && !strcmp(word_of(label, 0, 0), "Ansvar") && last && last->col == 1,
       "cards of labels and values at a later page's top are a table, not the page's head");
    at_page_layout_free(page);
    static const char *const risks[][2] = {
        { "Risk", "Åtgärd" }, { "Skyfall i centrum", "Höjda kantstenar och fler brunnar" },
        { "Värmebölja", "Svala rum på äldreboenden och" }, { NULL, "skuggande träd vid skolor" },
        { "Stigande hav", "Nya byggregler för låga tomter" }, { "Ras vid ån", "Mätning av slänterna varje vår" },
        { "Torka", "Plan för vattenuttag vid brist" }, { "Storm", "Röjning längs elledningar" },
        { "Erosion", "Strandskydd med växter" }, { "Skogsbrand", "Övning med räddningstjänsten" },
        { "Snöoväder", "Reservkraft till vårdboenden och" }, { NULL, "pumpstationer" },
        { "Kyla", "Uppvärmda lokaler som kan öppnas" } };
    page = rows_at_page_top(risks, G_N_ELEMENTS(risks), 1250);
    value = cell_starting(page, "Mätning");
    label = value ? cell_at_of(page, value->row, 0) : NULL;
    ok(value && value->col == 1 && label && !strcmp(word_of(label, 0, 0), "Ras"),
       "a table of two columns parted near the middle at a later page's top is a table too");
    at_page_layout_free(page);
}

/* The rules of a table ruled only under its rows, one broken, are found beside a grid and an underline. */
static void test_rules_across(void)
{
    PIX *pix = blank(PAGE_W, PAGE_H);
    table_spec t = table_5x4(300, 500, 3), grid = table_5x4(300, 1600, 3);
    unsigned seed = 5;
    draw_cells(pix, &t, 20, &seed);
    for (int r = 0; r <= t.n_rows; r++)
        pixRenderLine(pix, t.col_x[0], t.row_y[r], t.col_x[t.n_cols], t.row_y[r], t.width, L_SET_PIXELS);
    clear(pix, 900, t.row_y[3] - 5, 300, 10); /* a rule broken where a cell is empty */
    draw_rules(pix, &grid);
    draw_cells(pix, &grid, 20, &seed);
    pixRenderLine(pix, 300, 2600, 500, 2600, 3, L_SET_PIXELS); /* an underline under a heading */
    GArray *rules = at_rules_across(pix, DPI, NULL, 0);
    at_table_grid *g = NULL;
    int n = find(pix, &g);
    GArray *outside = n == 1 ? at_rules_across(pix, DPI, g, n) : NULL;
    bool right = outside && outside->len == 6;
    for (guint i = 0; right && i < outside->len; i++) {
        const at_rule_across *r = &g_array_index(outside, at_rule_across, i);
        right = abs(r->y - t.row_y[i]) <= EDGE_TOL && abs(r->x0 - t.col_x[0]) <= EDGE_TOL &&
                abs(r->x1 - t.col_x[t.n_cols]) <= EDGE_TOL;
    }
    ok(n == 1 && g[0].y > 1500, "only the grid is a table (%d)", n);
    ok(rules && rules->len == 12, "12 rules across the page, no underline (%u)", rules ? rules->len : 0);
    ok(right, "outside the grid: the 6 rules of the table, at their heights, the broken one whole (%u)",
       outside ? outside->len : 0);
    if (rules)
        g_array_free(rules, TRUE);
    if (outside)
        g_array_free(outside, TRUE);
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

/* A rule drawn in pieces `piece` px long, `pitch` px apart, `thick` px high: dotted or dashed. */
static void draw_broken_rule(PIX *pix, int x0, int x1, int y, int piece, int pitch, int thick)
{
    for (int x = x0; x + piece <= x1; x += pitch)
        fill(pix, x, y - thick / 2, piece, thick);
}

/* Rules under a table's rows drawn dotted (4 px dots, 3 px apart: a browser's `border-bottom: dotted`) or
 * dashed (14 px dashes, 8 px apart) are rules across, as solid ones are; the cells' text makes none. */
static void test_rules_across_dotted(void)
{
    PIX *pix = blank(PAGE_W, PAGE_H);
    table_spec dotted = table_5x4(300, 500, 2), dashed = table_5x4(300, 1700, 3);
    unsigned seed = 11;
    draw_cells(pix, &dotted, 20, &seed);
    draw_cells(pix, &dashed, 20, &seed);
    for (int r = 0; r <= dotted.n_rows; r++) {
        draw_broken_rule(pix, dotted.col_x[0], dotted.col_x[dotted.n_cols], dotted.row_y[r], 4, 7, 2);
        draw_broken_rule(pix, dashed.col_x[0], dashed.col_x[dashed.n_cols], dashed.row_y[r], 14, 22, 3);
    }
    GArray *rules = at_rules_across(pix, DPI, NULL, 0);
    bool right = rules && rules->len == 12;
    for (guint i = 0; right && i < rules->len; i++) {
        const at_rule_across *r = &g_array_index(rules, at_rule_across, i);
        int want = i < 6 ? dotted.row_y[i] : dashed.row_y[i - 6];
        right = abs(r->y - want) <= EDGE_TOL && abs(r->x0 - dotted.col_x[0]) <= EDGE_TOL &&
                abs(r->x1 - dotted.col_x[dotted.n_cols]) <= 2 * EDGE_TOL + 14;
    }
    ok(right, "6 dotted and 6 dashed rules under two tables' rows are rules across, at their heights (%u)",
       rules ? rules->len : 0);
    if (rules)
        g_array_free(rules, TRUE);
    pixDestroy(&pix);
}

/* at_open_brick gives leptonica's opening pixel for pixel: on specks and runs of every length, runs
 * that touch the image's edges, an image width that is no multiple of 32, and bricks longer than it. */
static void test_open_brick(void)
{
    static const int bricks[][2] = { { 1, 1 }, { 2, 1 }, { 1, 2 }, { 3, 1 }, { 1, 7 }, { 8, 1 }, { 60, 1 },
                                     { 1, 61 }, { 300, 1 }, { 1, 300 }, { 13, 13 }, { 37, 37 }, { 5, 90 },
                                     { 700, 1 }, { 1, 700 } };
    unsigned seed = 11;
    int same = 0, n = 0;
    for (int density = 1; density <= 3; density++) {
        PIX *pix = blank(613, 467);
        for (int i = 0; i < 400 * density; i++) {
            int x = rnd(&seed, -40, 600), y = rnd(&seed, -40, 460), len = rnd(&seed, 1, 400), thick = rnd(&seed, 1, 6);
            bool across = rnd(&seed, 0, 1);
            pixRasterop(pix, x, y, across ? len : thick, across ? thick : len, PIX_SET, NULL, 0, 0);
            if (i % 3 == 0) /* a gap in what is there */
                clear(pix, x + len / 2, y + len / 2, rnd(&seed, 1, 3), rnd(&seed, 1, 3));
        }
        for (size_t b = 0; b < G_N_ELEMENTS(bricks); b++, n++) {
            PIX *want = pixOpenBrick(NULL, pix, bricks[b][0], bricks[b][1]);
            PIX *got = at_open_brick(pix, bricks[b][0], bricks[b][1]);
            l_int32 equal = 0;
            if (want && got && pixEqual(want, got, &equal) == 0 && equal)
                same++;
            else
                printf("# differs: density %d, brick %d x %d\n", density, bricks[b][0], bricks[b][1]);
            pixDestroy(&want);
            pixDestroy(&got);
        }
        pixDestroy(&pix);
    }
    ok(same == n, "at_open_brick is pixOpenBrick pixel for pixel (%d of %d images and bricks)", same, n);
}

/* A table printed as a browser prints `<table border=1>` (150 dpi): each cell framed on its own in 2 px
 * rules, 3 px of paper between frames (a 2 px cell spacing), inside a frame of the table. On a page
 * rendered from a PDF it is one table of the cells' rows and columns; on a scan the frames stay apart. */
static void frame(PIX *pix, int x, int y, int w, int h)
{
    BOX *box = boxCreate(x, y, w, h);
    pixRenderBox(pix, box, 2, L_SET_PIXELS);
    boxDestroy(&box);
}

static void test_framed_cells(void)
{
    enum { RES = 150, STEP = 5, X0 = 150, Y0 = 300 };
    static const int col_w[] = { 400, 180, 120 }, row_h[] = { 40, 60, 60, 60 };
    PIX *pix = blank(RES * 827 / 100, RES * 1169 / 100);
    int y = Y0 + STEP;
    for (int r = 0; r < 4; y += row_h[r++] + STEP)
        for (int c = 0, x = X0 + STEP; c < 3; x += col_w[c++] + STEP)
            frame(pix, x, y, col_w[c], row_h[r]);
    frame(pix, X0, Y0, 700 + 4 * STEP, y - Y0);
    at_error err = AT_ERROR_INIT;
    at_table_grid *g = NULL;
    int n = at_find_framed_tables(pix, RES, &g, &err);
    ok(n == 1 && g[0].n_rows == 4 && g[0].n_cols == 3 && abs(g[0].col_edges[1] - (X0 + STEP + 400 + STEP / 2)) <= 3,
       "cells framed apart, 3 px between frames: one table of 4 rows and 3 columns (found %d, %d x %d)", n,
       n > 0 ? g[0].n_rows : 0, n > 0 ? g[0].n_cols : 0);
    at_table_grids_free(g, n);
    g = NULL;
    n = at_find_tables(pix, RES, &g, &err);
    ok(n != 1 || g[0].n_rows != 4 || g[0].n_cols != 3, "... on a scan the frames are not joined (found %d)", n);
    at_table_grids_free(g, n);
    pixDestroy(&pix);
}

/* Activity cards framed and ruled across only, a label left and its value right in each row, the card's head row
 * with its label alone: each card is split into two columns at the white gutter, the head row one cell across. A box
 * of prose ruled the same has no gutter and stays one column. */
static void test_card_white_gutter(void)
{
    static const int col[] = { 1800 }, rows[] = { 90, 120, 120, 170, 120 };
    table_spec card = spec(300, 400, 1, col, 5, rows, 3), prose = spec(300, 1400, 1, col, 5, rows, 3);
    PIX *pix = blank(PAGE_W, PAGE_H);
    draw_rules(pix, &card);
    draw_rules(pix, &prose);
    unsigned seed = 11;
    for (int r = 0; r < card.n_rows; r++) {
        draw_text(pix, 320, card.row_y[r] + 10, r ? 620 : 700, card.row_y[r + 1] - 10, &seed);
        if (r) /* the values, some wrapped, left-aligned at one place */
            draw_text(pix, 860, card.row_y[r] + 10, 2080, card.row_y[r + 1] - 10, &seed);
        draw_text(pix, 320, prose.row_y[r] + 10, 2080, prose.row_y[r + 1] - 10, &seed);
    }
    at_table_grid *g = NULL;
    int n = find(pix, &g);
    PIX *ruled = pixCopy(NULL, pix);
    int split = n == 2 ? at_split_white_gutters(pix, ruled, DPI, g, n) : -1;
    ok(n == 2 && split == 1, "two one-column grids, one split at a white gutter (%d grids, %d split)", n, split);
    if (n == 2 && split == 1) {
        const at_table_grid *c = g[0].y < g[1].y ? &g[0] : &g[1], *p = c == &g[0] ? &g[1] : &g[0];
        ok(c->n_cols == 2 && c->col_edges[1] > 620 && c->col_edges[1] < 860 && p->n_cols == 1,
           "the card's edge lies in its gutter (at %d, %d columns), the prose box stays one column (%d)",
           c->n_cols == 2 ? c->col_edges[1] : -1, c->n_cols, p->n_cols);
        GArray *cells = at_table_cells(ruled, c);
        bool head_across = cells->len == 9 && g_array_index(cells, at_table_cell, 0).col_end == 2;
        for (guint i = 1; head_across && i < cells->len; i++)
            head_across = g_array_index(cells, at_table_cell, i).col_end == g_array_index(cells, at_table_cell, i).col + 1;
        ok(head_across, "the head row one cell across, each row under it a label and a value (%u cells)", cells->len);
        g_array_free(cells, TRUE);
    }
    at_table_grids_free(g, n);
    pixDestroy(&ruled);
    pixDestroy(&pix);
}

/* AddressSanitizer builds (tests/asan_pixpool.c, for CI time): an image buffer of 128 kB or more that
 * leptonica frees goes to the next image of its exact size instead of a fresh mapping, and is poisoned
 * while it waits, so a use after pixDestroy is still reported. */
static void test_asan_pixpool(void)
{
#ifdef __SANITIZE_ADDRESS__
    PIX *first = pixCreate(512, 512, 8); /* 256 kB */
    const l_uint32 *buffer = pixGetData(first);
    pixDestroy(&first);
    ok(__asan_address_is_poisoned(buffer) && __asan_address_is_poisoned(buffer + 512 * 512 / 4 - 1),
       "asan pool: a freed image buffer is poisoned");
    PIX *other_size = pixCreate(512, 511, 8), *same_size = pixCreate(512, 512, 8);
    ok(pixGetData(other_size) != buffer && pixGetData(same_size) == buffer,
       "asan pool: the freed buffer goes to the next image of its size, not of another");
    ok(!__asan_region_is_poisoned(pixGetData(same_size), 512 * 512), "asan pool: the buffer handed out is usable");
    pixDestroy(&other_size);
    pixDestroy(&same_size);
#endif
}

int main(void)
{
    setMsgSeverity(L_SEVERITY_WARNING); /* not pixRotate's notes on how it rotates */
    test_bad_input();
    test_merged_cells();
    test_empty_and_text();
    test_one_table();
    test_two_tables();
    test_frames();
    test_rotated(1.5, L_ROTATE_SHEAR, 2, "5x4 table turned 1.5 degrees (shear)");
    test_rotated(-1.5, L_ROTATE_SAMPLING, 1, "5x4 table of 1 px rules turned -1.5 degrees (sampling)");
    test_rule_widths();
    test_open_right_column();
    test_touching();
    test_imperfect();
    test_resolutions();
    test_threads();
    test_gutters();
    test_dehyphen();
    test_slash_wrap();
    test_own_hyphen();
    test_bullets();
    test_split_line();
    test_ocred_pages();
    test_later_count_label();
    test_faint_rules();
    test_light_grids();
    test_dark_ground();
    test_ink_bars();
    test_ink_rings();
    test_lid_frame();
    test_dots_over_letters();
    test_copier_band();
    test_banner_kept();
    test_sidebar_kept();
    test_col_leads();
    test_col_leads_centred();
    test_specks();
    test_stray_stops();
    test_percent();
    test_percent_in_number_box();
    test_percent_as_parts();
    test_percent_as_digits();
    test_percent_hidden();
    test_section_sign();
    test_ocred_aligned();
    test_ocred_aligned_short_columns();
    test_ocred_ruled_rows();
    test_ocred_budget_two_rules();
    test_ocred_prose_over_budget();
    test_rules_across();
    test_rules_across_dotted();
    test_section_sign_no_gutter();
    test_ocred_justified();
    test_ocred_prose_beside_box();
    test_ocred_head_box_over_prose();
    test_ocred_letterhead_halves();
    test_ocred_table_at_page_top();
    test_framed_cells();
    test_open_brick();
    test_card_white_gutter();
    test_asan_pixpool();
    return tap_done();
}
