/* Ruled tables found with leptonica morphology.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Long thin horizontal and vertical lines are extracted by opening with long
 * bricks; each connected group of lines is a candidate table. Its line pieces
 * are clustered into rules by their position across the rule, measured where
 * the rule crosses the group's centre line (using the group's skew, so broken
 * rules of a slightly skewed table still cluster). A rule counts only if it
 * crosses at least two rules of the other direction; what survives is the
 * grid. A single frame (two rules each way, one cell) is not a table: it is
 * usually a box around a paragraph, which whole-page OCR reads better.
 */
#include "ingest/tables.h"

#include <glib.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

/* Finer or larger pages are halved (keeping every ON pixel, so 1 px rules
 * survive) before any morphology: rules need no more than ~300 dpi, and a
 * 20000 px square page would otherwise cost 50 MB per image and step. */
#define WORK_DPI_MAX 400
#define WORK_DPI_MIN 75
#define WORK_PIXELS_MAX (40.0 * 1000 * 1000)
#define WORK_SCALE_MAX 8

/* Thickening across a rule before the long opening: a rule skewed by up to
 * ~2 degrees is a staircase whose steps would each be shorter than the brick. */
#define SKEW_SPREAD 3
/* Shorter line pieces are ragged edges, not parts of rules. */
#define MIN_LEN 8
/* Longest brick that still matches a 1 px rule skewed by 2 degrees: its
 * steps, spread by SKEW_SPREAD, are 3 / tan(2 deg) = 86 px long. */
#define SKEWED_LEN_MAX 80
/* More rules than this one way is graph paper or a form's background
 * pattern, not a table to read cell by cell. */
#define MAX_RULES 200
/* Gray levels a faint rule lies below the paper or shading around it (at_rules_page). */
#define FAINT_DEPTH 30
/* Share (%) of its ground's gray a light rule lies below it: a very light gray grid (#e6e6e6 on white)
 * and rules in a scan's shadow, where paper and ink darken alike, are a share, not a number of levels.
 * So low a threshold also takes underlines, shaded text bands' edges and big type's strokes for rules:
 * a grid found at it counts only clear of text. */
#define LIGHT_SHARE 8
/* Letters a light grid's rules may run through: a long word run over a narrow column's rule. */
#define CROSSED_LETTERS_MAX 3
/* Darker than this is a dark ground (a shaded header row) when it fills a large area. */
#define DARK_GROUND 110
/* Share of the page's height below which a grid reaches the page's foot: a page break's cut lies there,
 * under any bottom margin a document keeps. */
#define PAGE_FOOT 0.8

typedef struct {
    int len_h, len_v; /* shortest rule, px */
    int thick;        /* thickest rule, px: anything thicker is a solid area */
    int bridge;       /* gaps up to this size inside and between rules are closed */
    int merge;        /* rule positions closer than this are one rule (double rules, broken rules);
                       * also how far a rule may stop short of a crossing */
} line_params;

typedef struct {
    line_params p;
    int scale;              /* work image pixel = scale x scale page pixels */
    int page_w, page_h;
    GArray *grids;          /* at_table_grid found, in page coordinates; or NULL */
    PIX *rules_h, *rules_v; /* get the pixels of the rules found, in work coordinates; or NULL */
} search;

/* One connected piece of line, in component coordinates. "Along" is x for a
 * horizontal rule, "across" is y. */
typedef struct {
    double n, mean_a, mean_c;
    double pos;  /* across, where the piece's line meets the component's centre line */
    int lo, hi;  /* extent along */
    int piece;   /* index in the axis' pixa */
    int rule;
} segment;

typedef struct {
    double pos, n;
    int lo, hi;
    int crossings;
    bool alive;
} rule;

typedef struct {
    bool vertical;
    PIXA *pieces;
    segment *seg;
    int n_seg;
    rule *rules;
    int n_rules;
    double slope; /* across per along, pooled over the pieces */
} axis;

static void axis_free(axis *ax)
{
    pixaDestroy(&ax->pieces);
    g_free(ax->seg);
    g_free(ax->rules);
}

/* `p` eroded along its rows (its columns when `vertical`): a pixel stays ON when the `len` pixels from
 * it on are ON, the image's outside OFF; or (`!erode`) dilated back: ON when one of the `len` pixels up
 * to it is. The window doubles each step, so `len` takes about log2(len) raster operations, not len.
 * `tmp` is scratch, kept between calls. False when out of memory. */
static bool line_steps(PIX *p, PIX **tmp, int len, bool vertical, bool erode)
{
    int w = pixGetWidth(p), h = pixGetHeight(p), size = vertical ? h : w, op = erode ? PIX_SRC & PIX_DST : PIX_SRC | PIX_DST;
    for (int have = 1; have < len;) {
        int step = MIN(have, len - have), kept = MAX(size - step, 0);
        if (!(*tmp = pixCopy(*tmp, p)))
            return false;
        int from = erode ? step : 0, to = erode ? 0 : step;
        if (vertical)
            pixRasterop(p, 0, to, w, kept, op, *tmp, 0, from);
        else
            pixRasterop(p, to, 0, kept, h, op, *tmp, from, 0);
        if (erode && vertical) /* the windows of the last `step` pixels reach past the edge */
            pixRasterop(p, 0, kept, w, size - kept, PIX_CLR, NULL, 0, 0);
        else if (erode)
            pixRasterop(p, kept, 0, size - kept, h, PIX_CLR, NULL, 0, 0);
        have += step;
    }
    return true;
}

PIX *at_open_brick(PIX *pix, int w, int h)
{
    PIX *out = pix && pixGetDepth(pix) == 1 && w > 0 && h > 0 ? pixCopy(NULL, pix) : NULL, *tmp = NULL;
    bool done = out && line_steps(out, &tmp, w, false, true) && line_steps(out, &tmp, h, true, true) &&
                line_steps(out, &tmp, w, false, false) && line_steps(out, &tmp, h, true, false);
    pixDestroy(&tmp);
    if (!done)
        pixDestroy(&out);
    return out;
}

/* Pixels of `pix` on long runs in one direction (thin or not). */
static PIX *long_runs(PIX *pix, int len, bool vertical)
{
    int sw = vertical ? SKEW_SPREAD : 1, sh = vertical ? 1 : SKEW_SPREAD;
    PIX *spread = pixDilateBrick(NULL, pix, sw, sh);
    PIX *lines = NULL;
    if (spread)
        lines = vertical ? at_open_brick(spread, 1, len) : at_open_brick(spread, len, 1);
    pixDestroy(&spread);
    /* Spread again before taking the page's pixels back: a skewed rule's
     * last step lies beside the long run that covers it. */
    if (!lines || !pixDilateBrick(lines, lines, sw, sh)) {
        pixDestroy(&lines);
        return NULL;
    }
    pixAnd(lines, lines, pix);
    return lines;
}

/* The parts of `solid` that fill their bounding boxes and are more than `min` px each way: a
 * shaded header row, not the ragged pieces of fill left between words of light text on a dark
 * ground, nor a photo, nor a blot of a word's size. */
static PIX *clean_boxes(PIX *solid, int min)
{
    PIXA *parts = NULL;
    BOXA *boxes = pixConnComp(solid, &parts, 8);
    PIX *out = boxes ? pixCreateTemplate(solid) : NULL;
    for (int i = 0; out && i < boxaGetCount(boxes); i++) {
        l_int32 x, y, w, h, n = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        PIX *part = pixaGetPix(parts, i, L_CLONE);
        if (part && w > min && h > min && pixCountPixels(part, &n, NULL) == 0 && n >= 0.95 * w * h)
            pixRasterop(out, x, y, w, h, PIX_PAINT, part, 0, 0);
        pixDestroy(&part);
    }
    boxaDestroy(&boxes);
    pixaDestroy(&parts);
    return out;
}

/* Pixels of `pix` on long thin lines in one direction. */
static PIX *long_lines(PIX *pix, int len, int thick, bool vertical)
{
    PIX *lines = long_runs(pix, len, vertical);
    /* Filled boxes, redaction bars and photos have long runs too, but are thick. */
    PIX *solid = !lines ? NULL : vertical ? at_open_brick(lines, thick + 1, 1) : at_open_brick(lines, 1, thick + 1);
    /* A filled box's long edges are rules, though: a header row shaded dark has its row's
     * rules at its top and bottom (its own rules are lost in the fill). */
    /* the stubs of rules that meet a filled box are no part of it */
    PIX *trimmed = solid ? at_open_brick(solid, thick + 1, thick + 1) : NULL;
    PIX *boxes = trimmed ? clean_boxes(trimmed, 3 * thick) : NULL;
    pixDestroy(&trimmed);
    PIX *inner = !boxes ? NULL : vertical ? pixErodeBrick(NULL, boxes, 3, 1) : pixErodeBrick(NULL, boxes, 1, 3);
    PIX *rims = inner ? pixSubtract(NULL, boxes, inner) : NULL;
    PIX *edges = rims ? long_runs(rims, len, vertical) : NULL;
    if (edges) {
        pixSubtract(lines, lines, solid);
        pixOr(lines, lines, edges);
    } else {
        pixDestroy(&lines);
    }
    pixDestroy(&edges);
    pixDestroy(&rims);
    pixDestroy(&inner);
    pixDestroy(&boxes);
    pixDestroy(&solid);
    return lines;
}

/* Centroid and second moments of a piece's pixels, along/across the rule. */
static void piece_moments(PIX *piece, bool vertical, double *n, double *ma, double *mc, double *saa, double *sac)
{
    double sn = 0, sa = 0, sc = 0, s_aa = 0, s_ac = 0;
    int w = pixGetWidth(piece), h = pixGetHeight(piece), wpl = pixGetWpl(piece);
    const l_uint32 *data = pixGetData(piece);
    for (int y = 0; y < h; y++) {
        const l_uint32 *line = data + (size_t)y * (size_t)wpl;
        for (int x = 0; x < w; x++) {
            if (!line[x / 32]) { /* skip an empty word */
                x |= 31;
                continue;
            }
            if (!GET_DATA_BIT(line, x))
                continue;
            double a = vertical ? y : x, c = vertical ? x : y;
            sn += 1;
            sa += a;
            sc += c;
            s_aa += a * a;
            s_ac += a * c;
        }
    }
    *n = sn;
    *ma = sn > 0 ? sa / sn : 0;
    *mc = sn > 0 ? sc / sn : 0;
    *saa = s_aa - sn * *ma * *ma;
    *sac = s_ac - sn * *ma * *mc;
}

/* The pieces of `mask` that belong to component `comp` (at `box`), with
 * their skew pooled. Pieces shorter than a rule count: a word sitting on a
 * rule cuts it. */
static int axis_collect(axis *ax, PIX *mask, BOX *box, PIX *comp)
{
    PIX *part = pixClipRectangle(mask, box, NULL);
    if (!part)
        return AT_ENOMEM;
    pixAnd(part, part, comp);
    BOXA *boxes = pixConnComp(part, &ax->pieces, 8);
    pixDestroy(&part);
    if (!boxes)
        return AT_ENOMEM;
    int n = boxaGetCount(boxes);
    ax->seg = g_new(segment, n);
    double saa_sum = 0, sac_sum = 0;
    for (int i = 0; i < n; i++) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if ((ax->vertical ? h : w) < MIN_LEN)
            continue;
        PIX *piece = pixaGetPix(ax->pieces, i, L_CLONE);
        segment *s = &ax->seg[ax->n_seg++];
        double saa, sac;
        piece_moments(piece, ax->vertical, &s->n, &s->mean_a, &s->mean_c, &saa, &sac);
        pixDestroy(&piece);
        s->mean_a += ax->vertical ? y : x;
        s->mean_c += ax->vertical ? x : y;
        s->lo = ax->vertical ? y : x;
        s->hi = s->lo + (ax->vertical ? h : w) - 1;
        s->piece = i;
        /* Pooled within-piece regression: each piece has its own offset, all share the skew. */
        saa_sum += saa;
        sac_sum += sac;
    }
    boxaDestroy(&boxes);
    ax->slope = saa_sum > 0 ? sac_sum / saa_sum : 0;
    return 0;
}

static int by_pos(const void *a, const void *b)
{
    double x = ((const segment *)a)->pos, y = ((const segment *)b)->pos;
    return (x > y) - (x < y);
}

/* Group the pieces into rules: pieces whose lines meet the centre line
 * (`ref` along) within `merge` px of each other are one rule. */
static void axis_cluster(axis *ax, double ref, int merge)
{
    for (int i = 0; i < ax->n_seg; i++)
        ax->seg[i].pos = ax->seg[i].mean_c + ax->slope * (ref - ax->seg[i].mean_a);
    qsort(ax->seg, (size_t)ax->n_seg, sizeof *ax->seg, by_pos);
    ax->rules = g_new0(rule, ax->n_seg);
    for (int i = 0; i < ax->n_seg; i++) {
        segment *s = &ax->seg[i];
        if (i == 0 || s->pos - ax->seg[i - 1].pos > merge)
            ax->rules[ax->n_rules++] = (rule){ .lo = s->lo, .hi = s->hi, .alive = true };
        rule *r = &ax->rules[ax->n_rules - 1];
        r->pos += s->pos * s->n;
        r->n += s->n;
        r->lo = MIN(r->lo, s->lo);
        r->hi = MAX(r->hi, s->hi);
        s->rule = ax->n_rules - 1;
    }
    for (int i = 0; i < ax->n_rules; i++)
        ax->rules[i].pos /= ax->rules[i].n;
}

/* Drop rules that cross fewer than two rules of the other direction, until
 * none does: what is left is a grid (or nothing). Returns false when too
 * few rules are left for a table of at least two cells. */
static bool keep_crossing(axis *h, axis *v, double cx, double cy, int tol)
{
    int nh = h->n_rules, nv = v->n_rules, live_h = nh, live_v = nv;
    bool *cross = g_new0(bool, (size_t)nh * (size_t)nv);
    for (int i = 0; i < nh; i++) {
        rule *a = &h->rules[i];
        for (int j = 0; j < nv; j++) {
            rule *b = &v->rules[j];
            double x = b->pos + v->slope * (a->pos - cy);
            double y = a->pos + h->slope * (x - cx);
            if (x >= a->lo - tol && x <= a->hi + tol && y >= b->lo - tol && y <= b->hi + tol) {
                cross[i * nv + j] = true;
                a->crossings++;
                b->crossings++;
            }
        }
    }
    bool changed;
    do {
        changed = false;
        for (int i = 0; i < nh; i++) {
            if (h->rules[i].alive && h->rules[i].crossings < 2) {
                h->rules[i].alive = false;
                live_h--;
                changed = true;
                for (int j = 0; j < nv; j++)
                    v->rules[j].crossings -= cross[i * nv + j];
            }
        }
        for (int j = 0; j < nv; j++) {
            if (v->rules[j].alive && v->rules[j].crossings < 2) {
                v->rules[j].alive = false;
                live_v--;
                changed = true;
                for (int i = 0; i < nh; i++)
                    h->rules[i].crossings -= cross[i * nv + j];
            }
        }
    } while (changed);
    g_free(cross);
    return live_h >= 2 && live_v >= 2 && live_h + live_v >= 5;
}

/* Work coordinate -> page coordinate (centre of the scale x scale block). */
static int to_page(double v, int scale)
{
    return (int)lround((v + 0.5) * scale - 0.5);
}

/* The live rules' positions in page coordinates; their count is returned. */
static int edges(const axis *ax, int offset, int scale, int **out, double *first, double *last)
{
    int n = 0;
    *out = g_new(int, ax->n_rules);
    for (int i = 0; i < ax->n_rules; i++) {
        if (!ax->rules[i].alive)
            continue;
        if (n == 0)
            *first = ax->rules[i].pos;
        *last = ax->rules[i].pos;
        (*out)[n++] = to_page(offset + ax->rules[i].pos, scale);
    }
    return n;
}

/* Where a grid's last row ends when no rule closes it: a row a page break cut, carried on over the page,
 * or -1. Its column rules all run on further than `len` below its last row rule and down into the
 * page's foot; and its body has a row rule of its own (a table ruled in columns only, under a rule below
 * its header, is whole rows left open, not one cut row). */
static double open_row_end(const search *s, const axis *h, const axis *v, int by)
{
    double bottom = -1, end = G_MAXDOUBLE;
    int row_rules = 0;
    for (int i = 0; i < h->n_rules; i++)
        if (h->rules[i].alive) {
            bottom = MAX(bottom, h->rules[i].pos);
            row_rules++;
        }
    for (int i = 0; i < v->n_rules; i++)
        if (v->rules[i].alive)
            end = MIN(end, v->rules[i].hi);
    bool at_foot = to_page(by + end, s->scale) > s->page_h * PAGE_FOOT;
    return row_rules >= 3 && at_foot && end - bottom > s->p.len_v ? end : -1;
}

/* Where a grid's last column ends when no rule closes it: a right rule too faint or thin to survive the scan (a
 * table as wide as the text, its right rule on the render's last half pixel), or -1. Its row rules all run on
 * further than two shortest rules (1 cm at 300 dpi) right of its last column rule, to one end within a rule's
 * merging distance: the column's width, left open. */
static double open_col_end(const search *s, const axis *h, const axis *v)
{
    double right = -1;
    int lo = G_MAXINT, hi = 0;
    for (int j = 0; j < v->n_rules; j++)
        if (v->rules[j].alive)
            right = MAX(right, v->rules[j].pos);
    for (int i = 0; i < h->n_rules; i++)
        if (h->rules[i].alive) {
            lo = MIN(lo, h->rules[i].hi);
            hi = MAX(hi, h->rules[i].hi);
        }
    return lo - right > 2 * s->p.len_h && hi - lo <= s->p.merge ? lo : -1;
}

static void add_grid(search *s, const axis *h, const axis *v, int bx, int by)
{
    at_table_grid g = { 0 };
    double top = 0, bottom = 0, left = 0, right = 0, open = open_row_end(s, h, v, by), open_col = open_col_end(s, h, v);
    g.n_rows = edges(h, by, s->scale, &g.row_edges, &top, &bottom) - 1;
    g.n_cols = edges(v, bx, s->scale, &g.col_edges, &left, &right) - 1;
    if (open >= 0) {
        g.row_edges = g_renew(int, g.row_edges, g.n_rows + 2);
        g.row_edges[++g.n_rows] = to_page(by + open, s->scale);
        bottom = open;
    }
    if (open_col >= 0) {
        g.col_edges = g_renew(int, g.col_edges, g.n_cols + 2);
        g.col_edges[++g.n_cols] = to_page(bx + open_col, s->scale);
        right = open_col;
    }
    /* The box holds the outer rules' thickness and, on a skewed table, their
     * drift from the centre positions towards the corners. */
    double mx = s->p.thick / 2.0 + 1 + fabs(v->slope) * (bottom - top) / 2;
    double my = s->p.thick / 2.0 + 1 + fabs(h->slope) * (right - left) / 2;
    int x0 = MAX(0, to_page(bx + left - mx, s->scale));
    int x1 = MIN(s->page_w - 1, to_page(bx + right + mx, s->scale));
    int y0 = MAX(0, to_page(by + top - my, s->scale));
    int y1 = MIN(s->page_h - 1, to_page(by + bottom + my, s->scale));
    g.x = x0;
    g.y = y0;
    g.w = x1 - x0 + 1;
    g.h = y1 - y0 + 1;
    g_array_append_val(s->grids, g);
}

static void paint_rules(PIX *rules, const axis *ax, int bx, int by)
{
    for (int i = 0; i < ax->n_seg; i++) {
        const segment *sg = &ax->seg[i];
        if (!ax->rules[sg->rule].alive)
            continue;
        l_int32 x, y, w, h;
        pixaGetBoxGeometry(ax->pieces, sg->piece, &x, &y, &w, &h);
        PIX *piece = pixaGetPix(ax->pieces, sg->piece, L_CLONE);
        pixRasterop(rules, bx + x, by + y, w, h, PIX_PAINT, piece, 0, 0);
        pixDestroy(&piece);
    }
}

/* One connected group of lines: a table, or not. */
static int component(search *s, PIX *hmask, PIX *vmask, BOX *box, PIX *comp)
{
    const line_params *p = &s->p;
    axis h = { .vertical = false }, v = { .vertical = true };
    l_int32 bx, by, bw, bh;
    boxGetGeometry(box, &bx, &by, &bw, &bh);
    int rc = axis_collect(&h, hmask, box, comp);
    if (rc == 0)
        rc = axis_collect(&v, vmask, box, comp);
    if (rc == 0 && h.n_seg >= 2 && v.n_seg >= 2) {
        double cx = bw / 2.0, cy = bh / 2.0;
        axis_cluster(&h, cx, p->merge);
        axis_cluster(&v, cy, p->merge);
        if (h.n_rules <= MAX_RULES && v.n_rules <= MAX_RULES && keep_crossing(&h, &v, cx, cy, p->merge)) {
            if (s->grids)
                add_grid(s, &h, &v, bx, by);
            if (s->rules_h) {
                paint_rules(s->rules_h, &h, bx, by);
                paint_rules(s->rules_v, &v, bx, by);
            }
        }
    }
    axis_free(&h);
    axis_free(&v);
    return rc;
}

static int search_tables(PIX *pix, search *s)
{
    const line_params *p = &s->p;
    PIX *h = long_lines(pix, p->len_h, p->thick, false);
    PIX *v = h ? long_lines(pix, p->len_v, p->thick, true) : NULL;
    PIX *all = v ? pixOr(NULL, h, v) : NULL;
    PIX *joined = all ? pixCloseSafeBrick(NULL, all, p->bridge, p->bridge) : NULL;
    PIXA *comps = NULL;
    BOXA *boxes = joined ? pixConnComp(joined, &comps, 8) : NULL;
    int rc = boxes ? 0 : AT_ENOMEM;
    for (int i = 0; rc == 0 && i < boxaGetCount(boxes); i++) {
        l_int32 bw, bh;
        boxaGetBoxGeometry(boxes, i, NULL, NULL, &bw, &bh);
        if (bw < p->len_h || bh < p->len_v)
            continue;
        BOX *box = boxaGetBox(boxes, i, L_CLONE);
        PIX *comp = pixaGetPix(comps, i, L_CLONE);
        rc = box && comp ? component(s, h, v, box, comp) : AT_ENOMEM;
        boxDestroy(&box);
        pixDestroy(&comp);
    }
    boxaDestroy(&boxes);
    pixaDestroy(&comps);
    pixDestroy(&joined);
    pixDestroy(&all);
    pixDestroy(&v);
    pixDestroy(&h);
    return rc;
}

/* `pix` halved while finer than WORK_DPI_MAX (unless `dpi` is 0) or larger
 * than WORK_PIXELS_MAX (but not below WORK_DPI_MIN). */
static PIX *work_image(PIX *pix, int dpi, int *scale)
{
    PIX *work = pixClone(pix);
    *scale = 1;
    while (work && *scale < WORK_SCALE_MAX) {
        double area = (double)pixGetWidth(work) * pixGetHeight(work);
        bool fine = dpi > 0 && dpi / *scale > WORK_DPI_MAX;
        bool big = area > WORK_PIXELS_MAX && (dpi == 0 || dpi / (2 * *scale) >= WORK_DPI_MIN);
        if (!fine && !big)
            break;
        PIX *half = pixReduceRankBinary2(work, 1, NULL);
        pixDestroy(&work);
        work = half;
        *scale *= 2;
    }
    return work;
}

static int by_top(const void *a, const void *b)
{
    const at_table_grid *x = a, *y = b;
    if (x->y != y->y)
        return x->y < y->y ? -1 : 1;
    return (x->x > y->x) - (x->x < y->x);
}

/* at_find_tables; `framed`: rules a browser's cell spacing apart are one table's (at_find_framed_tables). */
static int find_tables(PIX *binary, int dpi, bool framed, at_table_grid **out, at_error *err)
{
    if (out)
        *out = NULL;
    if (!binary || !out || pixGetDepth(binary) != 1 || pixGetColormap(binary) || dpi <= 0)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, NULL,
                            "table detection needs a 1 bpp page without colormap and a positive resolution");
    search s = { .page_w = pixGetWidth(binary), .page_h = pixGetHeight(binary) };
    PIX *work = work_image(binary, dpi, &s.scale);
    if (!work)
        return at_error_set(err, AT_ENOMEM, AT_STAGE_CORE, NULL, "out of memory reducing a page to find tables");
    /* At 300 dpi: rules of 5 mm and longer (text strokes are shorter, save
     * headings), up to 1 mm thick; breaks of 0.6 mm closed; rules within
     * 1.3 mm are one (double rules, the halves of a broken skewed rule). */
    int d = dpi / s.scale;
    s.p = (line_params){ MAX(MIN_LEN, d / 5), MAX(MIN_LEN, d / 5), MAX(3, d / 25), MAX(3, d / 40), MAX(4, d / 20) };
    /* 2 px at 96 dpi (d / 48) and a pixel of anti-aliasing each side: 5 px at 150 dpi */
    if (framed)
        s.p.bridge = MAX(s.p.bridge, d / 48 + 2);
    s.grids = g_array_new(FALSE, TRUE, sizeof(at_table_grid));
    int rc = search_tables(work, &s);
    pixDestroy(&work);
    int n = (int)s.grids->len;
    at_table_grid *grids = (at_table_grid *)(void *)g_array_free(s.grids, FALSE);
    if (rc < 0) {
        at_table_grids_free(grids, n);
        return at_error_set(err, rc, AT_STAGE_CORE, NULL, "out of memory while looking for tables");
    }
    if (n == 0) {
        g_free(grids);
        return 0;
    }
    qsort(grids, (size_t)n, sizeof *grids, by_top);
    *out = grids;
    return n;
}

int at_find_tables(PIX *binary, int dpi, at_table_grid **out, at_error *err)
{
    return find_tables(binary, dpi, false, out, err);
}

int at_find_framed_tables(PIX *binary, int dpi, at_table_grid **out, at_error *err)
{
    return find_tables(binary, dpi, true, out, err);
}

/* `filled` with its holes smaller than `size` both ways filled too: a light letter that specks of
 * paper (a worn page's noise) widened past the closing is still a letter, and a hole left in a band
 * no taller than a few letters cuts it in two at the opening. The paper around is one large piece;
 * larger holes (a dark frame's inside) stay. False when out of memory. */
static bool fill_small_holes(PIX *filled, int size)
{
    PIX *paper = pixInvert(NULL, filled);
    PIX *holes = paper ? pixSelectBySize(paper, size, size, 4, L_SELECT_IF_BOTH, L_SELECT_IF_LT, NULL) : NULL;
    bool ok = holes && pixOr(filled, filled, holes);
    pixDestroy(&holes);
    pixDestroy(&paper);
    return ok;
}

/* The longest run of rows of `part` (a piece of closed dark ground, `w` wide) that it fills across
 * 90 % of `w` or more, as its first row (`*r0`) and height: the shaded band itself, when the closing
 * joined the band to dark words set close under or over it (a first row's text a few pixels below a
 * dark header row), which hang off the band as lumps. */
static int band_rows(PIX *part, int w, int *r0)
{
    NUMA *per_row = pixCountPixelsByRow(part, NULL);
    int best = 0, run = 0;
    for (int r = 0; per_row && r < numaGetCount(per_row); r++) {
        l_int32 n = 0;
        numaGetIValue(per_row, r, &n);
        run = n >= 0.9 * w ? run + 1 : 0;
        if (run > best) {
            best = run;
            *r0 = r - run + 1;
        }
    }
    numaDestroy(&per_row);
    return best;
}

PIX *at_dark_ground(PIX *gray, int dpi)
{
    if (!gray || pixGetDepth(gray) != 8)
        return NULL;
    /* its light letters filled, then dark text on paper (strokes, words) opened away */
    int letter = MAX(3, dpi / 20) | 1, band = MAX(5, dpi / 8);
    PIX *dark = pixThresholdToBinary(gray, DARK_GROUND);
    PIX *filled = dark ? pixCloseSafeBrick(NULL, dark, letter, letter) : NULL;
    if (filled && !fill_small_holes(filled, band))
        pixDestroy(&filled);
    PIX *opened = filled ? at_open_brick(filled, band, band) : NULL;
    /* A shaded area is a box, wide and mostly dark; a bold heading's letters, closed up, are not. */
    PIXA *parts = NULL;
    BOXA *boxes = opened ? pixConnComp(opened, &parts, 8) : NULL;
    PIX *bands = boxes ? pixCreateTemplate(opened) : NULL;
    for (int i = 0; bands && i < boxaGetCount(boxes); i++) {
        l_int32 x, y, w, h, r0 = 0, filled_n = 0, dark_n = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        PIX *part = pixaGetPix(parts, i, L_CLONE);
        if (!part || w < dpi || pixCountPixels(part, &filled_n, NULL) != 0)
            h = 0;
        else if (filled_n < 0.9 * w * h) /* no box: maybe a band with words joined to it */
            h = band_rows(part, w, &r0);
        BOX *box = h >= band ? boxCreate(x, y + r0, w, h) : NULL;
        PIX *ground = box ? pixClipRectangle(dark, box, NULL) : NULL;
        if (ground && pixCountPixels(ground, &dark_n, NULL) == 0 && dark_n >= 0.7 * w * h)
            pixRasterop(bands, x, y + r0, w, h, PIX_PAINT, part, 0, r0);
        pixDestroy(&ground);
        pixDestroy(&part);
        boxDestroy(&box);
    }
    boxaDestroy(&boxes);
    pixaDestroy(&parts);
    pixDestroy(&opened);
    pixDestroy(&filled);
    pixDestroy(&dark);
    return bands;
}

/* Pixels of `gray` below its closing by `size` (gray with every line and stroke no thicker than a rule
 * filled) by more than `share` of it: a light line, not the rim of a light area a rule is narrower than
 * (a watermark's thick letter over a table, where the paper beside it is the ground). */
static PIX *below_closing(PIX *gray, int size, float share)
{
    PIX *closed = pixCloseGray(gray, size, size);
    PIX *least = closed ? pixCopy(NULL, closed) : NULL;
    if (least)
        pixMultConstantGray(least, share);
    PIX *depth = least ? pixSubtractGray(NULL, closed, gray) : NULL;
    PIX *beyond = depth ? pixSubtractGray(NULL, depth, least) : NULL; /* 0 where not deep enough */
    PIX *shallow = beyond ? pixThresholdToBinary(beyond, 1) : NULL;
    PIX *deep = shallow ? pixInvert(NULL, shallow) : NULL;
    pixDestroy(&shallow);
    pixDestroy(&beyond);
    pixDestroy(&depth);
    pixDestroy(&least);
    pixDestroy(&closed);
    return deep;
}

/* How far around a pixel the paper or shading under it is looked for (~1 mm). */
static int paper_reach(int dpi)
{
    return MAX(3, dpi / 25) | 1;
}

/* The lightest gray around each pixel of a page (`ground`) and how far below it the pixel lies
 * (`depth`): made once per page, for both of its faint_lines. */
typedef struct {
    PIX *ground, *depth;
} paper_depth;

static paper_depth paper_depth_of(PIX *gray, int dpi)
{
    int reach = paper_reach(dpi);
    paper_depth pd = { pixDilateGray(gray, reach, reach), NULL };
    pd.depth = pd.ground ? pixSubtractGray(NULL, pd.ground, gray) : NULL;
    return pd;
}

static void paper_depth_clear(paper_depth *pd)
{
    pixDestroy(&pd->depth);
    pixDestroy(&pd->ground);
}

/* Pixels of `gray` darker than the paper or shading around them (the lightest gray within ~1 mm, `pd`):
 * by `levels` gray levels, or with `share` > 0 by share % of that ground's gray; a page's uneven light
 * or a shaded row's own fill is not; by share, only lines no thicker than a rule (below_closing). A dark
 * border of a photocopy is left out. */
static PIX *faint_lines(PIX *gray, const paper_depth *pd, int dpi, int levels, int share)
{
    PIX *depth = pixClone(pd->depth);
    PIX *least = NULL;
    if (depth && share > 0) {
        least = pixCopy(NULL, pd->ground);
        if (least)
            pixMultConstantGray(least, share / 100.0f);
        /* 0 where not deep enough */
        PIX *beyond = least ? pixSubtractGray(NULL, depth, least) : NULL;
        pixDestroy(&depth);
        depth = beyond;
        levels = 1;
    }
    PIX *light = depth ? pixThresholdToBinary(depth, levels) : NULL;
    PIX *faint = light ? pixInvert(NULL, light) : NULL;
    /* half the share: a rule along a shaded band's edge lies below the band's gray only by its own depth */
    PIX *thin = faint && share > 0 ? below_closing(gray, paper_reach(dpi), share / 200.0f) : NULL;
    if (thin)
        pixAnd(faint, faint, thin);
    else if (share > 0)
        pixDestroy(&faint);
    pixDestroy(&thin);
    PIX *inside = faint ? pixRemoveBorderConnComps(faint, 8) : NULL;
    pixDestroy(&faint);
    pixDestroy(&light);
    pixDestroy(&least);
    pixDestroy(&depth);
    return inside;
}

/* Does `lines` have a pixel on column `at` in rows from..to (`across`: a horizontal line would cross
 * there), or on row `at` in columns from..to? */
static bool lines_at(PIX *lines, bool across, int at, int from, int to)
{
    int w = pixGetWidth(lines), h = pixGetHeight(lines);
    for (int p = from; p <= to; p++) {
        int x = across ? at : p, y = across ? p : at;
        l_uint32 v = 0;
        if (x >= 0 && y >= 0 && x < w && y < h && pixGetPixel(lines, x, y, &v) == 0 && v)
            return true;
    }
    return false;
}

/* How many letters of `binary` (text sized pieces of ink) a long line of `page` runs through in the
 * box of `g`: on both sides of the letter, across its middle half. A table's rule runs between its
 * cells' text; an underline runs under it, a shaded band's edge or a big letter's stroke through it. */
static int letters_crossed(PIX *page, PIX *binary, const at_table_grid *g, int dpi)
{
    BOX *box = boxCreate(g->x, g->y, g->w, g->h);
    PIX *area = box ? pixClipRectangle(page, box, NULL) : NULL;
    PIX *text = box ? pixClipRectangle(binary, box, NULL) : NULL;
    boxDestroy(&box);
    int len = MAX(MIN_LEN, dpi / 5);
    PIX *across = area ? long_runs(area, len, false) : NULL;
    PIX *down = area ? long_runs(area, len, true) : NULL;
    BOXA *letters = text ? pixConnComp(text, NULL, 8) : NULL;
    int crossed = across && down && letters ? 0 : -1;
    for (int i = 0; crossed >= 0 && i < boxaGetCount(letters); i++) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(letters, i, &x, &y, &w, &h);
        if (h < dpi / 20 || h >= dpi / 4 || w >= dpi)
            continue;
        bool through_row = lines_at(across, true, x - 1, y + h / 4, y + 3 * h / 4) &&
                           lines_at(across, true, x + w, y + h / 4, y + 3 * h / 4);
        bool through_col = w >= 4 && lines_at(down, false, y - 1, x + w / 4, x + 3 * w / 4) &&
                           lines_at(down, false, y + h, x + w / 4, x + 3 * w / 4);
        crossed += through_row || through_col;
    }
    boxaDestroy(&letters);
    pixDestroy(&down);
    pixDestroy(&across);
    pixDestroy(&text);
    pixDestroy(&area);
    return crossed;
}

/* Is `g` one of the `n` grids of `dark` over again (as many rows and columns, overlapping)? Then the
 * page keeps that grid's own rules: light ink painted in would only make rules seem to run under
 * merged cells. */
static bool found_alike(const at_table_grid *g, const at_table_grid *dark, int n)
{
    for (int j = 0; j < n; j++) {
        const at_table_grid *d = &dark[j];
        if (d->n_rows == g->n_rows && d->n_cols == g->n_cols && g->x < d->x + d->w && d->x < g->x + g->w &&
            g->y < d->y + d->h && d->y < g->y + g->h)
            return true;
    }
    return false;
}

/* The box of `g` cut to that of the first of the `n` grids of `dark` it overlaps: a light grid found
 * around a dark one would only add rows and columns of the text beside it. */
static at_table_grid within_dark(at_table_grid g, const at_table_grid *dark, int n)
{
    for (int j = 0; j < n; j++) {
        const at_table_grid *d = &dark[j];
        int x0 = MAX(g.x, d->x), y0 = MAX(g.y, d->y);
        int x1 = MIN(g.x + g.w, d->x + d->w), y1 = MIN(g.y + g.h, d->y + d->h);
        if (x0 < x1 && y0 < y1)
            return (at_table_grid){ .x = x0, .y = y0, .w = x1 - x0, .h = y1 - y0, .n_rows = g.n_rows, .n_cols = g.n_cols };
    }
    return g;
}

/* Add to `ruled` (the rules page at FAINT_DEPTH) the light lines of `gray` in each grid found among
 * them that has at least two rows and two columns and runs through no more than CROSSED_LETTERS_MAX
 * letters of `binary`: a grid of light rules, or one found on `ruled` with rules too light for it
 * added (a spanning header's rule under its title); not one found on `ruled` as it is. Returns false
 * when out of memory. */
static bool add_light_grids(PIX *ruled, PIX *gray, const paper_depth *pd, PIX *binary, int dpi)
{
    PIX *faint = faint_lines(gray, pd, dpi, 0, LIGHT_SHARE);
    PIX *light = faint ? pixOr(NULL, faint, ruled) : NULL;
    pixDestroy(&faint);
    if (!light)
        return false;
    at_table_grid *dark = NULL, *lit = NULL;
    int n_dark = at_find_tables(ruled, dpi, &dark, NULL);
    int n_lit = n_dark >= 0 ? at_find_tables(light, dpi, &lit, NULL) : -1;
    for (int i = 0; i < n_lit; i++) {
        const at_table_grid *g = &lit[i];
        if (g->n_rows < 2 || g->n_cols < 2 || found_alike(g, dark, n_dark))
            continue;
        int crossed = letters_crossed(light, binary, g, dpi);
        at_table_grid box = within_dark(*g, dark, n_dark);
        if (crossed >= 0 && crossed <= CROSSED_LETTERS_MAX)
            pixRasterop(ruled, box.x, box.y, box.w, box.h, PIX_PAINT, light, box.x, box.y);
    }
    at_table_grids_free(dark, MAX(0, n_dark));
    at_table_grids_free(lit, MAX(0, n_lit));
    pixDestroy(&light);
    return n_dark >= 0 && n_lit >= 0;
}

PIX *at_rules_page(PIX *gray, PIX *binary, PIX *dark, int dpi)
{
    if (!gray || !binary || !dark || pixGetDepth(gray) != 8 || pixGetWidth(gray) != pixGetWidth(binary) ||
        pixGetHeight(gray) != pixGetHeight(binary) || dpi <= 0)
        return NULL;
    paper_depth pd = paper_depth_of(gray, dpi);
    PIX *inside = pd.depth ? faint_lines(gray, &pd, dpi, FAINT_DEPTH, 0) : NULL;
    /* A row shaded dark is one solid box: the finder takes its edges for the row's rules, which the
     * shading hides. */
    PIX *out = inside ? pixOr(NULL, inside, binary) : NULL;
    if (out)
        pixOr(out, out, dark);
    if (out && !add_light_grids(out, gray, &pd, binary, dpi))
        pixDestroy(&out);
    pixDestroy(&inside);
    paper_depth_clear(&pd);
    return out;
}

/* Does ink lie within a few pixels of the line at `at` on nearly every pixel of the span from..to (less a
 * margin at each end, where the crossing rules are)? `across`: the line is horizontal (at is a y). */
static bool inked_along(PIX *binary, bool across, int at, int from, int to)
{
    int margin = MAX(3, (to - from) / 10), reach = 3;
    int w = pixGetWidth(binary), h = pixGetHeight(binary);
    int along_max = across ? w : h, near_max = across ? h : w;
    int steps = 0, inked = 0;
    for (int p = MAX(0, from + margin); p < to - margin && p < along_max; p++) {
        steps++;
        for (int q = MAX(0, at - reach); q <= MIN(near_max - 1, at + reach); q++) {
            l_uint32 v = 0;
            pixGetPixel(binary, across ? p : q, across ? q : p, &v);
            if (v) {
                inked++;
                break;
            }
        }
    }
    return steps == 0 || inked * 100 >= steps * 90;
}

/* Does a vertical rule run down row `row` at column edge `edge`? A rule spans the whole height of the
 * row; text never does (cells have padding above and below it). So: ink within a few pixels of the
 * edge on nearly every pixel row of the row, leaving out the horizontal rules at its top and bottom. */
static bool rule_crosses_row(PIX *binary, const at_table_grid *g, int row, int edge)
{
    return inked_along(binary, false, g->col_edges[edge], g->row_edges[row], g->row_edges[row + 1]);
}

/* The same across column `col` at row edge `edge`: the text of a cell merged down the rows crosses
 * the edge only here and there. */
static bool rule_crosses_col(PIX *binary, const at_table_grid *g, int col, int edge)
{
    return inked_along(binary, true, g->row_edges[edge], g->col_edges[col], g->col_edges[col + 1]);
}

/* Does a rule run under any of the cell's columns at its bottom edge? A cell merged down runs on only
 * where none does: one broken rule of a worn scan must not pull a whole row of cells down. */
static bool rule_below(PIX *binary, const at_table_grid *g, const at_table_cell *cell)
{
    for (int c = cell->col; c < cell->col_end; c++)
        if (rule_crosses_col(binary, g, c, cell->row_end))
            return true;
    return false;
}

GArray *at_table_cells(PIX *binary, const at_table_grid *g)
{
    GArray *cells = g_array_new(FALSE, FALSE, sizeof(at_table_cell));
    bool *covered = g_new0(bool, (gsize)g->n_rows * (gsize)g->n_cols);
    for (int r = 0; r < g->n_rows; r++) {
        for (int c = 0; c < g->n_cols; c++) {
            if (covered[r * g->n_cols + c]) /* a cell from a row above or to the left covers it */
                continue;
            at_table_cell cell = { r, c, r + 1, c + 1 };
            while (binary && cell.col_end < g->n_cols && !covered[r * g->n_cols + cell.col_end] &&
                   !rule_crosses_row(binary, g, r, cell.col_end))
                cell.col_end++;
            while (binary && cell.row_end < g->n_rows && !rule_below(binary, g, &cell))
                cell.row_end++;
            for (int rr = r; rr < cell.row_end; rr++)
                for (int cc = c; cc < cell.col_end; cc++)
                    covered[rr * g->n_cols + cc] = true;
            g_array_append_val(cells, cell);
        }
    }
    g_free(covered);
    return cells;
}

/* Does the ink `at` px right of column `c`'s rule in row `r` of `clean` run on over the rule on `binary`
 * (the page before the rules were erased), with gaps no wider than `gap` (between letters), to ink
 * left of the rule? A word run over the rule from the column to the left does; a cell's own text
 * stands off the rule by the renderer's padding, as the text of the cell to its left does. */
static bool joined_to_rule(PIX *binary, PIX *clean, const at_table_grid *g, int r, int c, int at, int gap)
{
    int x = g->col_edges[c] + at, stop = g->col_edges[c] - 2 * gap;
    for (int y = g->row_edges[r] + 2; y < g->row_edges[r + 1] - 2; y++) {
        l_uint32 ink = 0;
        pixGetPixel(clean, x, y, &ink);
        int left = x, white = 0;
        while (ink && left > stop && white <= gap) {
            left--;
            l_uint32 v = 0;
            pixGetPixel(binary, left, y, &v);
            white = v ? 0 : white + 1;
        }
        if (ink && left <= stop)
            return true;
    }
    return false;
}

/* How far right of column `c`'s rule row `r`'s own text starts (-1: no ink, or only ink run over the rule). */
static int cell_lead(PIX *binary, PIX *clean, const at_table_grid *g, int r, int c, int gap)
{
    int x = g->col_edges[c] + 1, y = g->row_edges[r] + 2;
    int w = g->col_edges[c + 1] - x - 1, h = g->row_edges[r + 1] - y - 2;
    BOX *box = w > 0 && h > 0 ? boxCreate(x, y, w, h) : NULL;
    l_int32 at;
    bool inked = box && pixScanForForeground(clean, box, L_FROM_LEFT, &at) == 0;
    boxDestroy(&box);
    if (!inked)
        return -1;
    at -= g->col_edges[c];
    return c > 0 && joined_to_rule(binary, clean, g, r, c, at, gap) ? -1 : at;
}

int *at_table_col_leads(PIX *binary, PIX *clean, const at_table_grid *g)
{
    int *leads = g_new0(int, (gsize)g->n_cols);
    int line = INT_MAX; /* the lowest row: a line of text and its padding */
    for (int r = 0; r < g->n_rows; r++)
        line = MIN(line, g->row_edges[r + 1] - g->row_edges[r]);
    int gap = MAX(2, line / 16); /* wider than between letters, narrower than a cell's padding */
    for (int c = 0; binary && clean && c < g->n_cols; c++) {
        int lead = INT_MAX;
        for (int r = 0; r < g->n_rows; r++) {
            int o = cell_lead(binary, clean, g, r, c, gap);
            if (o >= 0)
                lead = MIN(lead, o);
        }
        leads[c] = lead == INT_MAX ? 0 : lead;
    }
    return leads;
}

void at_table_grids_free(at_table_grid *grids, int n)
{
    if (!grids)
        return;
    for (int i = 0; i < n; i++) {
        g_free(grids[i].row_edges);
        g_free(grids[i].col_edges);
    }
    g_free(grids);
}

/* `rules` with gaps up to `gap` along them closed where `page` has pixels:
 * the stretch of rule under a word sitting on it is too thick to be found
 * as a rule. Spread across first, as a skewed rule steps between rows; the
 * spread also takes the bumps of a rule's ragged edge. */
static PIX *rejoin(PIX *rules, PIX *page, int gap, bool vertical)
{
    PIX *spread = vertical ? pixDilateBrick(NULL, rules, SKEW_SPREAD, 1) : pixDilateBrick(NULL, rules, 1, SKEW_SPREAD);
    PIX *joined = NULL;
    if (spread)
        joined = vertical ? pixCloseSafeBrick(NULL, spread, 1, gap) : pixCloseSafeBrick(NULL, spread, gap, 1);
    pixDestroy(&spread);
    if (joined)
        pixAnd(joined, joined, page);
    return joined;
}

/* Erase one grid's rules from `out`. The grid says nothing of the page's
 * resolution, so the line sizes come from its cells: every rule spans at
 * least one cell. The rules are found again (they may be skewed or broken)
 * and only those crossing the grid are erased, so text strokes stay. */
static int erase_grid(PIX *out, PIX *binary, const at_table_grid *g)
{
    int min_col = INT_MAX, min_row = INT_MAX;
    for (int c = 0; c < g->n_cols; c++)
        min_col = MIN(min_col, g->col_edges[c + 1] - g->col_edges[c]);
    for (int r = 0; r < g->n_rows; r++)
        min_row = MIN(min_row, g->row_edges[r + 1] - g->row_edges[r]);
    min_col = MAX(1, min_col);
    min_row = MAX(1, min_row);
    int cell = MIN(min_col, min_row);
    int pad = MAX(4, cell / 4);
    BOX *region = boxCreate(g->x - pad, g->y - pad, g->w + 2 * pad, g->h + 2 * pad);
    BOX *clipped = NULL;
    PIX *sub = region ? pixClipRectangle(binary, region, &clipped) : NULL;
    boxDestroy(&region);
    if (!sub) /* the grid lies outside the page: nothing to erase */
        return 0;
    search s = { 0 };
    PIX *work = work_image(sub, 0, &s.scale);
    pixDestroy(&sub);
    if (work) {
        s.rules_h = pixCreate(pixGetWidth(work), pixGetHeight(work), 1);
        s.rules_v = pixCreate(pixGetWidth(work), pixGetHeight(work), 1);
    }
    int rc = s.rules_h && s.rules_v ? 0 : AT_ENOMEM;
    int k = s.scale;
    if (rc == 0) {
        /* Text strokes that pass the shorter bricks are dropped by the
         * crossing test unless they touch a rule; positions are matched
         * tightly, so a stroke beside a rule is not taken for part of it. */
        s.p = (line_params){ CLAMP(min_col / 2 / k, MIN_LEN, SKEWED_LEN_MAX),
                             CLAMP(min_row / 2 / k, MIN_LEN, SKEWED_LEN_MAX), MAX(3, cell / 6 / k),
                             MAX(3, cell / 20 / k), MAX(4, cell / 12 / k) };
        rc = search_tables(work, &s);
    }
    /* Gaps shorter than half a cell: a merged cell's missing rule is longer. */
    PIX *h = rc == 0 ? rejoin(s.rules_h, work, MAX(MIN_LEN, min_col / 2 / k), false) : NULL;
    PIX *v = h ? rejoin(s.rules_v, work, MAX(MIN_LEN, min_row / 2 / k), true) : NULL;
    PIX *both = v ? pixOr(NULL, h, v) : NULL;
    PIX *mask = !both ? NULL : k > 1 ? pixExpandBinaryPower2(both, k) : pixClone(both);
    if (mask) {
        l_int32 x, y, w, hh;
        boxGetGeometry(clipped, &x, &y, &w, &hh);
        pixRasterop(out, x, y, w, hh, PIX_DST & PIX_NOT(PIX_SRC), mask, 0, 0);
    } else {
        rc = AT_ENOMEM;
    }
    pixDestroy(&mask);
    pixDestroy(&both);
    pixDestroy(&v);
    pixDestroy(&h);
    pixDestroy(&s.rules_h);
    pixDestroy(&s.rules_v);
    pixDestroy(&work);
    boxDestroy(&clipped);
    return rc;
}

PIX *at_erase_rules(PIX *binary, const at_table_grid *grids, int n)
{
    if (!binary || pixGetDepth(binary) != 1 || n < 0 || (n > 0 && !grids))
        return NULL;
    for (int t = 0; t < n; t++)
        if (grids[t].n_rows < 1 || grids[t].n_cols < 1 || !grids[t].row_edges || !grids[t].col_edges)
            return NULL;
    PIX *out = pixCopy(NULL, binary);
    for (int t = 0; out && t < n; t++)
        if (erase_grid(out, binary, &grids[t]) < 0)
            pixDestroy(&out);
    return out;
}

/* ---- rules across without a grid ---- */

/* Does most of rule `r` lie in one of `grids` (one of its rules, erased with the grid)? */
static bool in_grid(const at_rule_across *r, const at_table_grid *grids, int n)
{
    for (int t = 0; t < n; t++) {
        const at_table_grid *g = &grids[t];
        int overlap = MIN(r->x1, g->x + g->w) - MAX(r->x0, g->x);
        if (r->y >= g->y - 2 && r->y <= g->y + g->h + 2 && overlap * 2 > r->x1 - r->x0)
            return true;
    }
    return false;
}

static int by_height(const void *a, const void *b)
{
    const at_rule_across *x = a, *y = b;
    return x->y != y->y ? (x->y > y->y) - (x->y < y->y) : (x->x0 > y->x0) - (x->x0 < y->x0);
}

/* The pieces of one rule in `rules` made one: as high as each other within `tol`, apart by less than
 * their lengths together (a rule broken where a cell is empty, or by wear). */
static void join_pieces(GArray *rules, int tol)
{
    g_array_sort(rules, by_height);
    for (guint i = 0; i < rules->len; i++) {
        at_rule_across *a = &g_array_index(rules, at_rule_across, i);
        for (guint j = i + 1; j < rules->len && g_array_index(rules, at_rule_across, j).y - a->y <= tol;) {
            const at_rule_across *b = &g_array_index(rules, at_rule_across, j);
            int gap = MAX(a->x0, b->x0) - MIN(a->x1, b->x1);
            if (gap < (a->x1 - a->x0) + (b->x1 - b->x0)) {
                a->x0 = MIN(a->x0, b->x0);
                a->x1 = MAX(a->x1, b->x1);
                g_array_remove_index(rules, j);
                j = i + 1; /* the longer rule may now reach a piece passed over */
            } else {
                j++;
            }
        }
    }
}

/* `work` (1 bpp, `d` px an inch) with its thin pieces of ink joined along rows where they lie closer than a
 * thirtieth of an inch: the dots or dashes of a rule drawn dotted or dashed (`border-bottom: dotted`) made one
 * line, as a solid rule is. A thin piece is a fiftieth of an inch high at most (a 1.5 pt rule's thickness); a
 * text's thin pieces (the dots over `i` and `ä`, full stops, hyphens) lie further apart, letters between them,
 * but a dot leader's are a dotted rule. NULL when out of memory. */
static PIX *dashes_joined(PIX *work, int d)
{
    int thin = MAX(2, d / 50), bridge = MAX(3, d / 30);
    PIX *dashes = pixSelectBySize(work, 0, thin, 8, L_SELECT_HEIGHT, L_SELECT_IF_LTE, NULL);
    PIX *joined = dashes ? pixCloseSafeBrick(NULL, dashes, bridge, 1) : NULL;
    if (joined)
        pixOr(joined, joined, work);
    pixDestroy(&dashes);
    return joined;
}

GArray *at_rules_across(PIX *ruled, int dpi, const at_table_grid *grids, int n)
{
    if (!ruled || pixGetDepth(ruled) != 1 || dpi <= 0 || n < 0 || (n > 0 && !grids))
        return NULL;
    int scale;
    PIX *page = work_image(ruled, dpi, &scale);
    int d = dpi / MAX(scale, 1), len = MAX(MIN_LEN, d), thick = MAX(3, d / 25);
    PIX *work = page ? dashes_joined(page, d) : NULL;
    pixDestroy(&page);
    PIX *lines = work ? long_lines(work, len, thick, false) : NULL;
    BOXA *boxes = lines ? pixConnComp(lines, NULL, 8) : NULL;
    GArray *rules = boxes ? g_array_new(FALSE, FALSE, sizeof(at_rule_across)) : NULL;
    for (int i = 0; rules && i < boxaGetCount(boxes); i++) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        /* thin all along, as a rule left level by the deskew is */
        if (w < len || h > thick + w / 50)
            continue;
        at_rule_across r = { to_page(y + (h - 1) / 2.0, scale), to_page(x, scale), to_page(x + w - 1, scale) };
        if (in_grid(&r, grids, n))
            continue;
        g_array_append_val(rules, r);
    }
    if (rules)
        join_pieces(rules, thick * scale);
    boxaDestroy(&boxes);
    pixDestroy(&lines);
    pixDestroy(&work);
    return rules;
}

/* ---- columns parted by white gutters in a grid ruled across only ---- */

/* A gutter between columns is a sixth of an inch wide at least: wider than a space between words. */
#define GUTTER_PER_INCH 6
/* A row whose ink covers more than this share (%) of its width is a dark ground (a shaded head row),
 * which says nothing of the gutters. */
#define DARK_ROW_SHARE 90

/* Mark in `ink` (n flags) the x from x0 to x0 + n - 1 with ink on `binary` between y0 and y1 - 1;
 * returns how many are marked. */
static int row_ink(PIX *binary, int x0, int n, int y0, int y1, bool *ink)
{
    const l_uint32 *data = pixGetData(binary);
    int wpl = pixGetWpl(binary), w = pixGetWidth(binary), h = pixGetHeight(binary), marked = 0;
    for (int y = MAX(0, y0); y < MIN(h, y1); y++) {
        const l_uint32 *line = data + (size_t)y * (size_t)wpl;
        for (int i = 0; i < n; i++)
            if (!ink[i] && x0 + i >= 0 && x0 + i < w && GET_DATA_BIT(line, x0 + i)) {
                ink[i] = true;
                marked++;
            }
    }
    return marked;
}

/* Has row `r` (its `n` ink flags) ink left of `a` and right of `b`? */
static bool inked_both_sides(const bool *ink, int n, int a, int b)
{
    bool left = false, right = false;
    for (int i = 0; i < a && !left; i++)
        left = ink[i];
    for (int i = b; i < n && !right; i++)
        right = ink[i];
    return left && right;
}

/* The middles (page x) of the gutters of one-column grid `g` whose rows' ink `ink` (n flags a row,
 * NULL rows skipped) leaves white: gutters between ink, as wide as GUTTER_PER_INCH says, with ink on
 * both sides in two rows and half the rows at least. */
static GArray *white_gutters(const at_table_grid *g, bool *const *ink, int x0, int n, int dpi)
{
    GArray *edges = g_array_new(FALSE, FALSE, sizeof(int));
    bool *any = g_new0(bool, (gsize)n);
    for (int r = 0; r < g->n_rows; r++)
        for (int i = 0; ink[r] && i < n; i++)
            any[i] |= ink[r][i];
    int min_gap = dpi / GUTTER_PER_INCH;
    for (int i = 0; i < n;) {
        if (any[i]) {
            i++;
            continue;
        }
        int a = i;
        while (i < n && !any[i])
            i++;
        int both = 0;
        for (int r = 0; a > 0 && i < n && i - a >= min_gap && r < g->n_rows; r++)
            both += ink[r] && inked_both_sides(ink[r], n, a, i);
        if (both >= 2 && both * 2 >= g->n_rows) {
            int mid = x0 + (a + i) / 2;
            g_array_append_val(edges, mid);
        }
    }
    g_free(any);
    return edges;
}

/* Split one-column grid `g` at its white gutters (white_gutters), a rule drawn on `ruled` down each new
 * edge in the rows with ink on both sides of it. Returns whether it was split. */
static bool split_grid(PIX *binary, PIX *ruled, int dpi, at_table_grid *g)
{
    int inset = MAX(2, dpi / 30); /* clear of the frame's and the rows' rules */
    int x0 = g->col_edges[0] + inset, n = g->col_edges[1] - inset - x0;
    if (g->n_cols != 1 || g->n_rows < 3 || n < dpi)
        return false;
    bool **ink = g_new0(bool *, (gsize)g->n_rows);
    for (int r = 0; r < g->n_rows; r++) {
        ink[r] = g_new0(bool, (gsize)n);
        if (row_ink(binary, x0, n, g->row_edges[r] + inset, g->row_edges[r + 1] - inset, ink[r]) * 100 > n * DARK_ROW_SHARE)
            g_clear_pointer(&ink[r], g_free);
    }
    GArray *mids = white_gutters(g, ink, x0, n, dpi);
    if (mids->len) {
        int *edges = g_new(int, mids->len + 2);
        edges[0] = g->col_edges[0];
        for (guint c = 0; c < mids->len; c++) {
            int x = g_array_index(mids, int, c);
            edges[c + 1] = x;
            for (int r = 0; r < g->n_rows; r++)
                if (ink[r] && inked_both_sides(ink[r], n, x - x0, x - x0 + 1))
                    pixRasterop(ruled, x - 1, g->row_edges[r], 3, g->row_edges[r + 1] - g->row_edges[r], PIX_SET, NULL, 0, 0);
        }
        edges[mids->len + 1] = g->col_edges[1];
        g_free(g->col_edges);
        g->col_edges = edges;
        g->n_cols = (int)mids->len + 1;
    }
    bool split = mids->len > 0;
    g_array_free(mids, TRUE);
    for (int r = 0; r < g->n_rows; r++)
        g_free(ink[r]);
    g_free(ink);
    return split;
}

int at_split_white_gutters(PIX *binary, PIX *ruled, int dpi, at_table_grid *grids, int n)
{
    if (!binary || !ruled || pixGetDepth(binary) != 1 || pixGetDepth(ruled) != 1 || dpi <= 0 || n < 0 || (n > 0 && !grids))
        return 0;
    int split = 0;
    for (int t = 0; t < n; t++)
        split += split_grid(binary, ruled, dpi, &grids[t]);
    return split;
}
