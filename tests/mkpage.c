// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * mkpage: render a synthetic scanned A4 page with exact ground truth.
 *
 *   mkpage text  [opts] INPUT.txt OUT.png GT.txt
 *   mkpage table [opts] INPUT.tsv OUT.png GT.tsv
 *   mkpage image [opts] PAGE.png|tif OUT.png|tif|jpg   (degrade a page image)
 *
 * Text is laid out with pango on a cairo A8 surface (alpha = ink), turned
 * into an 8-bit gray leptonica PIX, optionally degraded and written as PNG.
 * The ground truth is read back from pango's own line breaks, so it is
 * exactly what was drawn.  Same input + options + seed -> same PNG bytes
 * (on the same fonts and library versions).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <leptonica/allheaders.h>
#include <pango/pangocairo.h>

#define PAGE_W_MM 210.0
#define PAGE_H_MM 297.0
#define MARGIN_MM 25.0
#define LOWDPI 200

enum degrade { DG_CLEAN, DG_SKEW, DG_NOISE, DG_LOWDPI, DG_PHOTOCOPY, DG_ROT90, DG_ROT180, DG_SHADOW, DG_BORDER };
static const char *const degrade_names[] = { "clean", "skew",  "noise",  "lowdpi", "photocopy",
                                             "rot90", "rot180", "shadow", "border" };
/* How the page is stored: 8-bit gray, 1-bit (a bitonal scanner), or colour with blue ink. */
enum ink { INK_GRAY, INK_BITONAL, INK_BLUE };
static const char *const ink_names[] = { "gray", "bitonal", "blue" };

struct opts {
    int table;               /* 0 = text, 1 = table */
    int image;               /* degrade an existing page image */
    int dpi;
    const char *font;
    enum degrade degrade;
    enum ink ink;
    bool dark_header;        /* table: light letters on a header row shaded dark, not on a light shade */
    bool centred;            /* table: each cell's text centred, not left-aligned */
    guint32 seed;
    const char *in, *out, *gt;
};

/* Drawing state for one page; lengths in device pixels. */
struct page {
    int w, h, dpi;
    double left, top, right, bottom;  /* text area */
    cairo_surface_t *surf;
    cairo_t *cr;
    PangoContext *ctx;
    PangoFontDescription *font, *bold;
};

static void usage(FILE *to, int code)
{
    fputs("usage: mkpage text  [--dpi N] [--font DESC] [--degrade KIND] [--ink INK] [--seed N] INPUT.txt OUT.png GT.txt\n"
          "       mkpage table [--dpi N] [--font DESC] [--degrade KIND] [--ink INK] [--seed N] [--header dark]\n"
          "                    [--align centre] INPUT.tsv OUT.png GT.tsv\n"
          "       mkpage image [--degrade KIND] [--seed N] PAGE.png|.tif OUT.png|.tif|.jpg\n"
          "KIND: clean (default), skew, noise, lowdpi, photocopy, rot90, rot180, shadow, border\n"
          "image: degrades a page image (its dpi read from the file, else --dpi); lowdpi rescales to 200 dpi;\n"
          "  OUT ending in .jpg is written as JPEG (quality 60), as a scanner's default would.\n"
          "INK: gray (default, 8-bit), bitonal (1-bit, G4 in a TIFF), blue (colour, blue ink)\n"
          "OUT ending in .tif appends the page to a multi-page TIFF.\n"
          "defaults: --dpi 300, --seed 1, --font \"DejaVu Serif 11\" (text) / \"DejaVu Sans 8\" (table)\n",
          to);
    exit(code);
}

static G_GNUC_PRINTF(2, 3) G_GNUC_NORETURN void fail(const char *file, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "mkpage: %s: ", file);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static G_GNUC_PRINTF(1, 2) G_GNUC_NORETURN void usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("mkpage: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs(" (try --help)\n", stderr);
    exit(2);
}

static long long parse_num(const char *opt, const char *s, long long lo, long long hi)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        usage_error("%s: '%s' is not a number in %lld..%lld", opt, s, lo, hi);
    return v;
}

static void parse_args(int argc, char **argv, struct opts *o)
{
    const char *pos[3];
    int npos = 0;
    memset(o, 0, sizeof *o);
    o->dpi = 300;
    o->seed = 1;
    if (argc < 2)
        usage(stderr, 2);
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))
        usage(stdout, 0);
    if (!strcmp(argv[1], "table"))
        o->table = 1;
    else if (!strcmp(argv[1], "image"))
        o->image = 1;
    else if (strcmp(argv[1], "text"))
        usage_error("unknown mode '%s': use text, table or image", argv[1]);
    o->font = o->table ? "DejaVu Sans 8" : "DejaVu Serif 11";
    int opts_done = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i], *val = NULL;
        if (!opts_done && !strcmp(a, "--")) {
            opts_done = 1;
            continue;
        }
        if (!opts_done && (!strcmp(a, "--help") || !strcmp(a, "-h")))
            usage(stdout, 0);
        if (opts_done || strncmp(a, "--", 2)) {
            if (npos == 3)
                usage_error("too many arguments");
            pos[npos++] = a;
            continue;
        }
        /* --opt VALUE or --opt=VALUE */
        char name[32];
        const char *eq = strchr(a, '=');
        size_t len = eq ? (size_t)(eq - a) : strlen(a);
        if (len >= sizeof name)
            usage_error("unknown option '%s'", a);
        memcpy(name, a, len);
        name[len] = 0;
        if (eq)
            val = eq + 1;
        else if (i + 1 < argc)
            val = argv[++i];
        else
            usage_error("%s needs a value", name);
        if (!strcmp(name, "--dpi")) {
            o->dpi = (int)parse_num(name, val, 50, 1200);
        } else if (!strcmp(name, "--seed")) {
            o->seed = (guint32)parse_num(name, val, 0, 4294967295LL);
        } else if (!strcmp(name, "--font")) {
            o->font = val;
        } else if (!strcmp(name, "--degrade")) {
            size_t k, n = G_N_ELEMENTS(degrade_names);
            for (k = 0; k < n && strcmp(val, degrade_names[k]); k++)
                ;
            if (k == n)
                usage_error("unknown --degrade '%s': use clean, skew, noise, lowdpi, photocopy, rot90, rot180, "
                            "shadow or border", val);
            o->degrade = (enum degrade)k;
        } else if (!strcmp(name, "--ink")) {
            size_t k, n = G_N_ELEMENTS(ink_names);
            for (k = 0; k < n && strcmp(val, ink_names[k]); k++)
                ;
            if (k == n)
                usage_error("unknown --ink '%s': use gray, bitonal or blue", val);
            o->ink = (enum ink)k;
        } else if (!strcmp(name, "--header") && !strcmp(val, "dark")) {
            o->dark_header = true;
        } else if (!strcmp(name, "--align") && !strcmp(val, "centre")) {
            o->centred = true;
        } else {
            usage_error("unknown option '%s'", name);
        }
    }
    if (o->image && npos == 2) {
        o->in = pos[0];
        o->out = pos[1];
        return;
    }
    if (o->image)
        usage_error("need PAGE and OUT files");
    if (npos != 3)
        usage_error("need INPUT, OUT.png and GT files");
    o->in = pos[0];
    o->out = pos[1];
    o->gt = pos[2];
}

/* ---- input ------------------------------------------------------------ */

/* Whole file as a NUL-terminated string; rejects invalid UTF-8 and NULs. */
static char *read_utf8(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail(path, "%s", strerror(errno));
    GString *s = g_string_new(NULL);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        g_string_append_len(s, buf, (gssize)n);
    if (ferror(f))
        fail(path, "read error: %s", strerror(errno));
    fclose(f);
    if (memchr(s->str, 0, s->len))
        fail(path, "contains NUL bytes");
    const char *bad;
    if (!g_utf8_validate(s->str, (gssize)s->len, &bad))
        fail(path, "invalid UTF-8 at byte %ld", (long)(bad - s->str));
    if (s->len >= 3 && !memcmp(s->str, "\xEF\xBB\xBF", 3))
        g_string_erase(s, 0, 3);
    return g_string_free(s, FALSE);
}

/* Controls and tabs become spaces, runs of spaces collapse, ends trimmed:
 * what is drawn then has one unambiguous spelling in the ground truth. */
static char *clean_line(const char *s)
{
    GString *o = g_string_new(NULL);
    int space = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 || c == 0x7F || c == ' ') {
            space = 1;
            continue;
        }
        if (space && o->len)
            g_string_append_c(o, ' ');
        space = 0;
        g_string_append_c(o, (char)c);
    }
    return g_string_free(o, FALSE);
}

/* Split into lines, dropping \r. */
static char **split_lines(char *text)
{
    char **lines = g_strsplit(text, "\n", -1);
    for (char **l = lines; *l; l++) {
        size_t n = strlen(*l);
        if (n && (*l)[n - 1] == '\r')
            (*l)[n - 1] = 0;
    }
    return lines;
}

/* ---- page setup ------------------------------------------------------- */

static double mm(const struct page *p, double v) { return v / 25.4 * p->dpi; }
static double pt(const struct page *p, double v) { return v / 72.0 * p->dpi; }

static int family_known(PangoContext *ctx, const char *fam)
{
    static const char *const generic[] = { "serif", "sans", "sans-serif", "monospace", "mono" };
    for (size_t i = 0; i < G_N_ELEMENTS(generic); i++)
        if (!g_ascii_strcasecmp(fam, generic[i]))
            return 1;
    PangoFontFamily **fams;
    int n, found = 0;
    pango_font_map_list_families(pango_context_get_font_map(ctx), &fams, &n);
    for (int i = 0; i < n && !found; i++)
        found = !g_ascii_strcasecmp(fam, pango_font_family_get_name(fams[i]));
    g_free(fams);
    return found;
}

static void page_init(struct page *p, const struct opts *o, int dpi)
{
    p->dpi = dpi;
    p->w = (int)lround(PAGE_W_MM / 25.4 * dpi);
    p->h = (int)lround(PAGE_H_MM / 25.4 * dpi);
    p->left = p->top = mm(p, MARGIN_MM);
    p->right = p->w - mm(p, MARGIN_MM);
    p->bottom = p->h - mm(p, MARGIN_MM);

    /* A8: alpha is ink coverage; the page is blank (0) to start with. */
    p->surf = cairo_image_surface_create(CAIRO_FORMAT_A8, p->w, p->h);
    if (cairo_surface_status(p->surf))
        fail(o->out, "cannot create a %dx%d page: %s", p->w, p->h,
             cairo_status_to_string(cairo_surface_status(p->surf)));
    p->cr = cairo_create(p->surf);
    cairo_set_source_rgba(p->cr, 0, 0, 0, 1);

    /* Fixed rendering: gray antialiasing, no hinting, unhinted metrics. */
    p->ctx = pango_cairo_create_context(p->cr);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_subpixel_order(fo, CAIRO_SUBPIXEL_ORDER_DEFAULT);
    pango_cairo_context_set_font_options(p->ctx, fo);
    cairo_font_options_destroy(fo);
    pango_cairo_context_set_resolution(p->ctx, dpi); /* points -> pixels */
    pango_context_set_language(p->ctx, pango_language_from_string("sv-se"));

    p->font = pango_font_description_from_string(o->font);
    if (!pango_font_description_get_size(p->font))
        pango_font_description_set_size(p->font, (o->table ? 8 : 11) * PANGO_SCALE);
    const char *fams = pango_font_description_get_family(p->font);
    if (!fams || !*fams)
        fail(o->font, "font description names no family");
    char **list = g_strsplit(fams, ",", -1);
    int any = 0;
    for (char **f = list; *f && !any; f++)
        any = family_known(p->ctx, g_strstrip(*f));
    g_strfreev(list);
    if (!any)
        fail(o->font, "no such font family installed");
    double size = pango_font_description_get_size(p->font) / (double)PANGO_SCALE;
    if (size < 4 || size > 72)
        fail(o->font, "font size %.1f out of range 4..72", size);
    p->bold = pango_font_description_copy(p->font);
    pango_font_description_set_weight(p->bold, PANGO_WEIGHT_BOLD);
}

/* A wrapping layout: no inserted hyphens (the ground truth must be the
 * source characters), no ligatures (as in typical office documents). */
static PangoLayout *new_layout(const struct page *p, const char *text, const PangoFontDescription *font,
                               double width)
{
    PangoLayout *l = pango_layout_new(p->ctx);
    PangoAttrList *attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
    pango_attr_list_insert(attrs, pango_attr_font_features_new("liga 0, clig 0"));
    pango_layout_set_attributes(l, attrs);
    pango_attr_list_unref(attrs);
    pango_layout_set_font_description(l, font);
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_width(l, width < 0 ? -1 : (int)(width * PANGO_SCALE));
    pango_layout_set_text(l, text, -1);
    return l;
}

/* Text of one layout line as drawn, trailing whitespace dropped. */
static void line_text(PangoLayoutLine *line, GString *out)
{
    const char *t = pango_layout_get_text(line->layout) + line->start_index;
    size_t n = (size_t)line->length;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
        n--;
    g_string_append_len(out, t, (gssize)n);
}

/* Cell text: wrapped lines joined by single spaces. */
static char *layout_joined(PangoLayout *l)
{
    GString *s = g_string_new(NULL);
    for (GSList *it = pango_layout_get_lines_readonly(l); it; it = it->next) {
        if (s->len)
            g_string_append_c(s, ' ');
        line_text(it->data, s);
    }
    return g_string_free(s, FALSE);
}

static double layout_height(PangoLayout *l)
{
    PangoRectangle log;
    pango_layout_get_extents(l, NULL, &log);
    return log.height / (double)PANGO_SCALE;
}

/* ---- text mode -------------------------------------------------------- */

/* Paragraphs: blank lines separate them.  Inside a paragraph, a source line
 * shorter than 60 % of the file's longest line keeps its line break (lists,
 * headers, addresses); longer ones are hard-wrapped prose and are joined. */
static GPtrArray *text_paragraphs(char *text)
{
    char **raw = split_lines(text);
    GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
    glong maxlen = 0;
    for (char **l = raw; *l; l++) {
        char *c = clean_line(*l);
        maxlen = MAX(maxlen, g_utf8_strlen(c, -1));
        g_ptr_array_add(lines, c);
    }
    g_strfreev(raw);
    GPtrArray *paras = g_ptr_array_new_with_free_func(g_free);
    GString *cur = NULL;
    char *prev = NULL;
    for (guint i = 0; i <= lines->len; i++) {
        char *l = i < lines->len ? lines->pdata[i] : (char *)"";
        if (!*l) {
            if (cur)
                g_ptr_array_add(paras, g_string_free(cur, FALSE));
            cur = NULL;
            continue;
        }
        if (!cur)
            cur = g_string_new(NULL);
        else
            g_string_append_c(cur, g_utf8_strlen(prev, -1) * 10 < maxlen * 6 ? '\n' : ' ');
        g_string_append(cur, l);
        prev = l;
    }
    g_ptr_array_free(lines, TRUE);
    return paras;
}

/* A short single-line paragraph without closing punctuation: a heading. */
static int is_heading(const char *para)
{
    size_t n = strlen(para);
    return !strchr(para, '\n') && g_utf8_strlen(para, -1) <= 60 && !strchr(".,:;", para[n - 1]);
}

static void render_text(struct page *p, const struct opts *o, GString *gt)
{
    char *text = read_utf8(o->in);
    GPtrArray *paras = text_paragraphs(text);
    g_free(text);
    if (!paras->len)
        fail(o->in, "no text");
    double width = p->right - p->left;
    double gap = pt(p, 0.6 * pango_font_description_get_size(p->font) / PANGO_SCALE);
    double y = p->top;
    int full = 0, drawn = 0;
    for (guint i = 0; i < paras->len && !full; i++) {
        const char *para = paras->pdata[i];
        const int heading = is_heading(para);
        PangoLayout *l = new_layout(p, para, heading ? p->bold : p->font, width);
        if (drawn)
            y += gap;
        /* No heading alone at the foot of the page: it needs a line after it. */
        if (heading && drawn && i + 1 < paras->len && y + 2 * layout_height(l) + gap > p->bottom) {
            g_object_unref(l);
            break;
        }
        PangoLayoutIter *it = pango_layout_get_iter(l);
        int first = 1;
        do {
            PangoRectangle log;
            pango_layout_iter_get_line_extents(it, NULL, &log);
            if (y + (log.y + log.height) / (double)PANGO_SCALE > p->bottom) {
                full = 1;
                break;
            }
            /* Baselines on whole pixels keep glyph rendering crisp. */
            double base = round(y + pango_layout_iter_get_baseline(it) / (double)PANGO_SCALE);
            cairo_move_to(p->cr, p->left + log.x / (double)PANGO_SCALE, base);
            pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
            if (first && drawn)
                g_string_append_c(gt, '\n');
            line_text(pango_layout_iter_get_line_readonly(it), gt);
            g_string_append_c(gt, '\n');
            first = 0;
            drawn++;
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
        y += layout_height(l);
        g_object_unref(l);
    }
    if (!drawn)
        fail(o->in, "not even one line fits on the page");
    g_ptr_array_free(paras, TRUE);
}

/* ---- table mode ------------------------------------------------------- */

struct table {
    int nrows, ncols;
    char ***cell;     /* [row][col], cleaned */
    int title;        /* row 0 is a title line, not a table row */
};

static int nonempty(const struct table *t, int r)
{
    int n = 0;
    for (int c = 0; c < t->ncols; c++)
        n += t->cell[r][c][0] != 0;
    return n;
}

static void read_table(const char *path, struct table *t)
{
    char *text = read_utf8(path);
    char **lines = split_lines(text);
    g_free(text);
    GPtrArray *rows = g_ptr_array_new();
    t->ncols = 0;
    for (char **l = lines; *l; l++) {
        char *c = clean_line(*l);
        int blank = !*c;
        g_free(c);
        if (blank)
            continue;
        char **cells = g_strsplit(*l, "\t", -1);
        t->ncols = MAX(t->ncols, (int)g_strv_length(cells));
        g_ptr_array_add(rows, cells);
    }
    g_strfreev(lines);
    if (!rows->len)
        fail(path, "no rows");
    t->nrows = (int)rows->len;
    t->cell = g_new(char **, t->nrows);
    for (int r = 0; r < t->nrows; r++) {
        char **src = rows->pdata[r];
        int n = (int)g_strv_length(src);
        t->cell[r] = g_new(char *, t->ncols);
        for (int c = 0; c < t->ncols; c++)
            t->cell[r][c] = c < n ? clean_line(src[c]) : g_strdup("");
        g_strfreev(src);
    }
    g_ptr_array_free(rows, TRUE);
    /* A first row using at most half the columns, above a fuller one, is a title. */
    t->title = t->nrows >= 2 && t->ncols >= 2 && nonempty(t, 0) <= t->ncols / 2 && nonempty(t, 1) > nonempty(t, 0);
    if (t->title + 1 > t->nrows || !nonempty(t, t->title))
        fail(path, "header row is empty");
}

/* A body row with text only in its first cell spans the table (a section). */
static int is_section(const struct table *t, int r)
{
    return r > t->title && t->ncols > 1 && t->cell[r][0][0] && nonempty(t, r) == 1;
}

static void fill(struct page *p, double x, double y, double w, double h, double alpha)
{
    cairo_save(p->cr);
    cairo_set_source_rgba(p->cr, 0, 0, 0, alpha);
    cairo_rectangle(p->cr, x, y, w, h);
    cairo_fill(p->cr);
    cairo_restore(p->cr);
}

static void put_row(GString *gt, char **cells, int n)
{
    for (int c = 0; c < n; c++) {
        if (c)
            g_string_append_c(gt, '\t');
        g_string_append(gt, cells[c]);
    }
    g_string_append_c(gt, '\n');
}

/* Width planning works on measured words, not on pango layouts: a cell
 * is its word widths; lines are filled greedily as pango would (breaks at
 * spaces only), a word wider than the column is cut into pieces. */
struct cellw {
    int n;
    double *w;    /* word widths, px */
    double sp, lh; /* space width, line height */
};

/* Line count of a cell at a width; *broken gets the mid-word cuts. */
static int sim_lines(const struct cellw *cw, double width, int *broken)
{
    int lines = 1;
    double x = 0;
    for (int i = 0; i < cw->n; i++) {
        double w = cw->w[i];
        if (i && x + cw->sp + w <= width) {
            x += cw->sp + w;
        } else if (w <= width) {
            lines += i > 0;
            x = w;
        } else {
            int pieces = (int)ceil(w / width);
            lines += (i > 0) + pieces - 1;
            x = w - (pieces - 1) * width;
            *broken += pieces - 1;
        }
    }
    return lines;
}

static double text_width(PangoLayout *l, const char *s)
{
    PangoRectangle log;
    pango_layout_set_text(l, s, -1);
    pango_layout_get_extents(l, NULL, &log);
    return log.width / (double)PANGO_SCALE;
}

static void render_table(struct page *p, const struct opts *o, GString *gt)
{
    struct table t;
    read_table(o->in, &t);
    const int nc = t.ncols, head = t.title;
    /* Rules: inner 1-2 px, frame and header rule one px more (<= 3 px). */
    const int rule = CLAMP((int)lround(p->dpi / 150.0), 1, 2), frame = rule + 1;
    const int padx = (int)lround(mm(p, 1.5)), pady = (int)lround(mm(p, 1.0));
    const double tablew = floor(p->right - p->left);
    double y = p->top;

    /* Title: each non-empty cell on its own line, bold and a bit larger. */
    if (t.title) {
        PangoFontDescription *tf = pango_font_description_copy(p->bold);
        pango_font_description_set_size(tf, pango_font_description_get_size(p->font) * 6 / 5);
        char **row = g_new0(char *, nc + 1);
        for (int c = 0; c < nc; c++) {
            if (!t.cell[0][c][0]) {
                row[c] = g_strdup("");
                continue;
            }
            PangoLayout *l = new_layout(p, t.cell[0][c], tf, tablew);
            cairo_move_to(p->cr, p->left, round(y));
            pango_cairo_show_layout(p->cr, l);
            y += layout_height(l);
            row[c] = layout_joined(l);
            g_object_unref(l);
        }
        y += mm(p, 5);
        if (y > p->bottom)
            fail(o->in, "title does not fit on the page");
        put_row(gt, row, nc);
        g_strfreev(row);
        pango_font_description_free(tf);
    }

    /* Column widths follow the content: every column starts at its longest
     * word (capped, see below); the rest of the width goes out in steps,
     * each to the column and amount that lowers the cost most per pixel:
     * table height plus two line heights per word cut mid-word.  Steps that
     * gain nothing go to the column with the most text. */
    int nb = 0;
    for (int r = head; r < t.nrows; r++)
        nb += !is_section(&t, r);
    struct cellw *cells = g_new0(struct cellw, (size_t)nc * nb);  /* [col * nb + body row] */
    double *min = g_new0(double, nc), *sum = g_new0(double, nc), *hmin = g_new0(double, nc);
    PangoLayout *ml[2] = { new_layout(p, "", p->font, -1), new_layout(p, "", p->bold, -1) };
    double sp[2], lh[2];
    for (int b = 0; b < 2; b++) {
        sp[b] = text_width(ml[b], "x x") - text_width(ml[b], "xx");
        lh[b] = layout_height(ml[b]);
    }
    for (int r = head, k = 0; r < t.nrows; r++) {
        if (is_section(&t, r))
            continue;
        const int b = r == head;
        for (int c = 0; c < nc; c++) {
            struct cellw *cc = &cells[c * nb + k];
            char **words = g_strsplit(t.cell[r][c], " ", -1);
            cc->n = t.cell[r][c][0] ? (int)g_strv_length(words) : 0;
            cc->w = g_new(double, cc->n + 1);
            cc->sp = sp[b];
            cc->lh = lh[b];
            for (int i = 0; i < cc->n; i++) {
                cc->w[i] = text_width(ml[b], words[i]);
                min[c] = MAX(min[c], cc->w[i]);
                if (b)
                    hmin[c] = MAX(hmin[c], ceil(cc->w[i]) + 1);
                sum[c] += cc->w[i] + sp[b];
            }
            g_strfreev(words);
        }
        k++;
    }
    g_object_unref(ml[0]);
    g_object_unref(ml[1]);
    const double avail = tablew - 2 * frame - (nc - 1) * rule - 2 * padx * nc;
    if (avail < nc * mm(p, 4))
        fail(o->in, "%d columns do not fit across the page", nc);
    /* Longest words taking more than 85 % of the width together are capped
     * (water-filling): short columns keep their words whole. */
    double smin = 0;
    for (int c = 0; c < nc; c++)
        smin += min[c] = MAX(ceil(min[c]) + 1, mm(p, 4));
    if (smin > 0.85 * avail) {
        double lo = mm(p, 4), hi = avail;
        while (hi - lo > 0.5) {
            double mid = (lo + hi) / 2, s = 0;
            for (int c = 0; c < nc; c++)
                s += MIN(min[c], mid);
            *(s > 0.85 * avail ? &hi : &lo) = mid;
        }
        /* Header words stay whole if they can. */
        double sh = 0;
        for (int c = 0; c < nc; c++)
            sh += MAX(MIN(min[c], lo), hmin[c]);
        for (int c = 0; c < nc; c++)
            min[c] = sh <= avail ? MAX(MIN(min[c], lo), hmin[c]) : MIN(min[c], lo);
    }
    /* ch[c * nb + k]: cost parts of each cell at its column's width. */
    double *ch = g_new(double, (size_t)nc * nb);
    int *cb = g_new(int, (size_t)nc * nb), *cw = g_new(int, nc), used = 0;
    for (int c = 0; c < nc; c++) {
        used += cw[c] = (int)floor(min[c]);
        for (int k = 0; k < nb; k++) {
            cb[c * nb + k] = 0;
            ch[c * nb + k] = sim_lines(&cells[c * nb + k], cw[c], &cb[c * nb + k]) * cells[c * nb + k].lh;
        }
    }
    const int step = MAX(1, ((int)avail - used) / 200);
    while ((int)avail - used > 0) {
        int best = -1, binc = MIN(step, (int)avail - used);
        double brate = 0;
        for (int c = 0; c < nc; c++)
            for (int inc = step; inc <= (int)avail - used && inc <= 50 * step; inc += step) {
                double gain = 0;
                for (int k = 0; k < nb; k++) {
                    const struct cellw *cc = &cells[c * nb + k];
                    double others = 0;
                    int broken = 0;
                    double h = sim_lines(cc, cw[c] + inc, &broken) * cc->lh;
                    for (int d = 0; d < nc; d++)
                        if (d != c)
                            others = MAX(others, ch[d * nb + k]);
                    gain += MAX(others, ch[c * nb + k]) - MAX(others, h) + (cb[c * nb + k] - broken) * 2 * cc->lh;
                }
                if (gain / inc > brate + 1e-9)
                    brate = gain / inc, best = c, binc = inc;
            }
        if (best < 0) {   /* nothing to gain: the column with the most text */
            best = 0;
            for (int c = 1; c < nc; c++)
                if (sum[c] > sum[best])
                    best = c;
        }
        cw[best] += binc;
        used += binc;
        for (int k = 0; k < nb; k++) {
            cb[best * nb + k] = 0;
            ch[best * nb + k] = sim_lines(&cells[best * nb + k], cw[best], &cb[best * nb + k]) * cells[best * nb + k].lh;
        }
    }
    for (int i = 0; i < nc * nb; i++)
        g_free(cells[i].w);
    g_free(cells);
    g_free(ch);
    g_free(cb);
    /* Column boundaries: xb[c] is where the rule left of column c starts. */
    int *xb = g_new(int, nc + 1);
    xb[0] = (int)round(p->left);
    for (int c = 0; c < nc; c++)
        xb[c + 1] = xb[c] + (c ? rule : frame) + 2 * padx + cw[c];
    const int x_end = xb[nc] + frame;

    /* Lay rows out top to bottom while they fit above the bottom margin;
     * a section row is not left alone at the foot of the page. */
    const int nr = t.nrows - head;
    PangoLayout ***ls = g_new0(PangoLayout **, nr);
    int *rowh = g_new0(int, nr), fit = 0, ytop = (int)ceil(y);
    for (int y1 = ytop; fit < nr; fit++) {
        const int r = head + fit, sect = is_section(&t, r);
        const PangoFontDescription *f = fit == 0 || sect ? p->bold : p->font;
        double hmax = 0;
        ls[fit] = g_new0(PangoLayout *, nc);
        for (int c = 0; c < (sect ? 1 : nc); c++) {
            int w = sect ? x_end - frame - xb[0] - frame - 2 * padx : cw[c];
            ls[fit][c] = new_layout(p, t.cell[r][c], f, w);
            if (o->centred)
                pango_layout_set_alignment(ls[fit][c], PANGO_ALIGN_CENTER);
            hmax = MAX(hmax, layout_height(ls[fit][c]));
        }
        rowh[fit] = (fit < 2 ? frame : rule) + 2 * pady + (int)ceil(hmax);
        if (y1 + rowh[fit] + frame > p->bottom)
            break;
        y1 += rowh[fit];
    }
    int drawn = fit;
    if (drawn < nr && drawn > 2 && is_section(&t, head + drawn - 1))
        drawn--;
    if (drawn < 2 && nr > 1)
        fail(o->in, "header and first row do not fit on the page");
    if (!drawn)
        fail(o->in, "header row does not fit on the page");
    for (int i = 0; i < drawn; i++) {
        const int r = head + i, sect = is_section(&t, r), hrule = i < 2 ? frame : rule;
        if (i == 0)
            fill(p, xb[0], ytop + hrule, x_end - xb[0], rowh[i] - hrule, o->dark_header ? 0.75 : 0.12);
        fill(p, xb[0], ytop, x_end - xb[0], hrule, 1);  /* rule above the row */
        for (int c = 0; c <= nc; c++)                  /* rules beside cells */
            if (c == 0 || c == nc || !sect)
                fill(p, xb[c], ytop, c == 0 || c == nc ? frame : rule, rowh[i], 1);
        char **row = g_new0(char *, nc + 1);
        for (int c = 0; c < nc; c++) {
            if (!ls[i][c]) {
                row[c] = g_strdup("");
                continue;
            }
            cairo_move_to(p->cr, xb[c] + (c ? rule : frame) + padx, ytop + hrule + pady);
            cairo_save(p->cr);
            if (i == 0 && o->dark_header) /* light letters: ink taken out of the shade */
                cairo_set_operator(p->cr, CAIRO_OPERATOR_CLEAR);
            pango_cairo_show_layout(p->cr, ls[i][c]);
            cairo_restore(p->cr);
            row[c] = layout_joined(ls[i][c]);
        }
        put_row(gt, row, nc);
        g_strfreev(row);
        ytop += rowh[i];
    }
    for (int i = 0; i < nr && ls[i]; i++) {
        for (int c = 0; c < nc; c++)
            if (ls[i][c])
                g_object_unref(ls[i][c]);
        g_free(ls[i]);
    }
    g_free(ls);
    g_free(rowh);
    fill(p, xb[0], ytop, x_end - xb[0], frame, 1); /* bottom frame */
    g_free(sum);
    g_free(min);
    g_free(hmin);
    g_free(cw);
    g_free(xb);
    for (int r = 0; r < t.nrows; r++) {
        for (int c = 0; c < nc; c++)
            g_free(t.cell[r][c]);
        g_free(t.cell[r]);
    }
    g_free(t.cell);
}

/* ---- degradations ----------------------------------------------------- */

static PIX *surface_to_pix(cairo_surface_t *s)
{
    cairo_surface_flush(s);
    const int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    const int stride = cairo_image_surface_get_stride(s);
    const unsigned char *src = cairo_image_surface_get_data(s);
    PIX *pix = pixCreate(w, h, 8);
    if (!pix)
        return NULL;
    l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; y++) {
        l_uint32 *line = data + (size_t)y * wpl;
        for (int x = 0; x < w; x++)
            SET_DATA_BYTE(line, x, 255 - src[(size_t)y * stride + x]);
    }
    return pix;
}

/* Gray bytes of an 8-bit PIX to a flat buffer and back. */
static guint8 *pix_bytes(PIX *pix)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
    guint8 *b = g_malloc((size_t)w * h);
    for (int y = 0; y < h; y++) {
        const l_uint32 *line = pixGetData(pix) + (size_t)y * wpl;
        for (int x = 0; x < w; x++)
            b[(size_t)y * w + x] = (guint8)GET_DATA_BYTE(line, x);
    }
    return b;
}

static void bytes_to_pix(const guint8 *b, PIX *pix)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
    for (int y = 0; y < h; y++) {
        l_uint32 *line = pixGetData(pix) + (size_t)y * wpl;
        for (int x = 0; x < w; x++)
            SET_DATA_BYTE(line, x, b[(size_t)y * w + x]);
    }
}

static void square(guint8 *b, int w, int h, int x0, int y0, int size, int v)
{
    for (int y = y0; y < y0 + size && y < h; y++)
        for (int x = x0; x < x0 + size && x < w; x++)
            b[(size_t)y * w + x] = (guint8)v;
}

/* Salt and pepper: one speck per 3000 px, squares of 1..dpi/100 px, half
 * dark (0..79), half white; then two 3x3 box blurs (~gaussian, sigma ~1.2 px). */
static PIX *degrade_noise(PIX *pix, GRand *rng, int dpi)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix), maxsz = MAX(1, dpi / 100);
    guint8 *b = pix_bytes(pix);
    for (long n = (long)w * h / 3000; n > 0; n--) {
        int x = g_rand_int_range(rng, 0, w), y = g_rand_int_range(rng, 0, h);
        int sz = g_rand_int_range(rng, 1, maxsz + 1);
        square(b, w, h, x, y, sz, g_rand_boolean(rng) ? 255 : g_rand_int_range(rng, 0, 80));
    }
    bytes_to_pix(b, pix);
    g_free(b);
    PIX *b1 = pixBlockconv(pix, 1, 1);
    PIX *b2 = b1 ? pixBlockconv(b1, 1, 1) : NULL;
    pixDestroy(&b1);
    return b2;
}

/* Photocopy: ink spread or eaten by a 2x2 gray min (70 %) or max (30 %)
 * filter; a harsh tone curve on ink coverage: below 4 % is paper, above
 * 30..50 % (the "threshold") solid toner, shades in between darker than
 * they were; paper gray 195..225 with a left-right gradient of up to +-12
 * and +-6 grain; toner 15..44 (+0..19); dark bands 1.5..6 mm wide
 * (slightly sloped, wobbling, soft inner edge) along 1-4 page edges; toner
 * dust (one 1..dpi/100 px speck per 40000 px); a 3x3 box blur. */
static PIX *degrade_photocopy(PIX *pix, GRand *rng, int dpi)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    const int paper = g_rand_int_range(rng, 195, 226), ink = g_rand_int_range(rng, 15, 45);
    const double full = g_rand_double_range(rng, 0.30, 0.50), low = 0.04;
    const int grad = g_rand_int_range(rng, -12, 13), thicken = g_rand_double(rng) < 0.7;
    guint8 *b = pix_bytes(pix);
    /* 2x2 min (ink grows) or max (ink shrinks), in place from the bottom
     * right so that each pixel reads unmodified neighbours. */
    for (int y = h - 1; y > 0; y--)
        for (int x = w - 1; x > 0; x--) {
            guint8 *q = b + (size_t)y * w + x;
            int lo = MIN(MIN(q[0], q[-1]), MIN(q[-w], q[-w - 1]));
            int hi = MAX(MAX(q[0], q[-1]), MAX(q[-w], q[-w - 1]));
            q[0] = (guint8)(thicken ? lo : hi);
        }
    guint32 grain = g_rand_int(rng) | 1;   /* per-pixel noise: xorshift32 */
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            size_t i = (size_t)y * w + x;
            grain ^= grain << 13, grain ^= grain >> 17, grain ^= grain << 5;
            double cov = CLAMP(((255 - b[i]) / 255.0 - low) / (full - low), 0.0, 1.0);
            int bg = paper + grad * (2 * x - w) / w + (int)(grain % 13) - 6;
            int v = (int)lround(bg - (bg - ink - (int)(grain >> 8) % 20) * cov);
            b[i] = (guint8)CLAMP(v, 0, 255);
        }
    /* Edge bands: 0 top, 1 bottom, 2 left, 3 right; at least one. */
    int edges = g_rand_int_range(rng, 1, 16);
    for (int e = 0; e < 4; e++) {
        if (!(edges & (1 << e)))
            continue;
        const double base = (1.5 + 4.5 * g_rand_double(rng)) / 25.4 * dpi, soft = dpi / 25.4 * 0.7;
        const int len = e < 2 ? w : h;
        const double slope = g_rand_double_range(rng, -0.5, 0.5) * base / len; /* page not square on the glass */
        double bw = base, wobble = 0;
        for (int k = 0; k < len; k++) {
            wobble = CLAMP(wobble + g_rand_double_range(rng, -0.3, 0.3), -base * 0.3, base * 0.3);
            bw = base + slope * (k - len / 2) + wobble;
            for (int d = 0; d < (int)(bw + soft); d++) {
                int x = e < 2 ? k : e == 2 ? d : w - 1 - d;
                int y = e < 2 ? (e == 0 ? d : h - 1 - d) : k;
                if (x < 0 || y < 0 || x >= w || y >= h)
                    continue;
                size_t i = (size_t)y * w + x;
                double a = d < bw ? 1.0 : 1.0 - (d - bw) / soft; /* toward paper */
                int v = (int)lround(a * (ink + 10) + (1 - a) * b[i]);
                b[i] = (guint8)MIN(b[i], v);
            }
        }
    }
    for (long n = (long)w * h / 40000; n > 0; n--) {
        int x = g_rand_int_range(rng, 0, w), y = g_rand_int_range(rng, 0, h);
        square(b, w, h, x, y, g_rand_int_range(rng, 1, MAX(2, dpi / 100) + 1), ink);
    }
    bytes_to_pix(b, pix);
    g_free(b);
    return pixBlockconv(pix, 1, 1);
}

/* Shadow: the light falls off toward one edge (a page not flat on the
 * glass, a book's gutter): paper and ink darkened by up to 45..65 % over
 * the last 25..45 % of the page, smoothly (a squared ramp). */
static PIX *degrade_shadow(PIX *pix, GRand *rng)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix), edge = g_rand_int_range(rng, 0, 4);
    const double depth = g_rand_double_range(rng, 0.45, 0.65), reach = g_rand_double_range(rng, 0.25, 0.45);
    guint8 *b = pix_bytes(pix);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            double t = edge == 0 ? (double)y / h : edge == 1 ? 1.0 - (double)y / h
                     : edge == 2 ? (double)x / w : 1.0 - (double)x / w;   /* 0 at the shadowed edge */
            double ramp = t >= reach ? 0.0 : (1.0 - t / reach) * (1.0 - t / reach);
            size_t i = (size_t)y * w + x;
            b[i] = (guint8)lround(b[i] * (1.0 - depth * ramp));
        }
    bytes_to_pix(b, pix);
    g_free(b);
    return pixClone(pix);
}

/* Border: the scanner lid's dark frame, 4..12 mm wide on each side, uneven. */
static PIX *degrade_border(PIX *pix, GRand *rng, int dpi)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    guint8 *b = pix_bytes(pix);
    for (int e = 0; e < 4; e++) {
        const int len = e < 2 ? w : h, base = (int)(g_rand_double_range(rng, 4.0, 12.0) / 25.4 * dpi);
        for (int k = 0; k < len; k++)
            for (int d = 0; d < base + (k * 7 / len); d++) {
                int x = e < 2 ? k : e == 2 ? d : w - 1 - d, y = e < 2 ? (e == 0 ? d : h - 1 - d) : k;
                if (x >= 0 && y >= 0 && x < w && y < h)
                    b[(size_t)y * w + x] = (guint8)g_rand_int_range(rng, 10, 40);
            }
    }
    bytes_to_pix(b, pix);
    g_free(b);
    return pixClone(pix);
}

static PIX *degrade(PIX *pix, const struct opts *o, int dpi)
{
    GRand *rng = g_rand_new_with_seed(o->seed);
    PIX *out = NULL;
    switch (o->degrade) {
    case DG_CLEAN:
        out = pixClone(pix);
        break;
    case DG_LOWDPI: /* rendered at LOWDPI already, unless an image is degraded */
        out = o->image ? pixScaleGrayLI(pix, (l_float32)LOWDPI / o->dpi, (l_float32)LOWDPI / o->dpi) : pixClone(pix);
        break;
    case DG_ROT180:
        out = pixRotateOrth(pix, 2);
        break;
    case DG_SHADOW:
        out = degrade_shadow(pix, rng);
        break;
    case DG_BORDER:
        out = degrade_border(pix, rng, dpi);
        break;
    case DG_SKEW: {
        /* 1..3 degrees, random sign; pixRotate's positive angle is clockwise. */
        double deg = g_rand_double_range(rng, 1.0, 3.0) * (g_rand_boolean(rng) ? 1 : -1);
        out = pixRotate(pix, (l_float32)(deg * G_PI / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0);
        break;
    }
    case DG_NOISE:
        out = degrade_noise(pix, rng, dpi);
        break;
    case DG_PHOTOCOPY:
        out = degrade_photocopy(pix, rng, dpi);
        break;
    case DG_ROT90:
        out = pixRotateOrth(pix, 1);
        break;
    }
    g_rand_free(rng);
    if (!out)
        fail(o->out, "degradation '%s' failed", degrade_names[o->degrade]);
    return out;
}

/* ---- output ----------------------------------------------------------- */

static void write_png(PIX *pix, const char *path, int dpi)
{
    pixSetResolution(pix, dpi, dpi);
    if (g_str_has_suffix(path, ".jpg")) {
        if (pixWriteJpeg(path, pix, 60, 0))
            fail(path, "cannot write JPEG");
        return;
    }
    /* OUT ending in .tif appends the page to a (multi-page) TIFF instead. */
    if (g_str_has_suffix(path, ".tif") || g_str_has_suffix(path, ".tiff")) {
        if (pixWriteTiff(path, pix, pixGetDepth(pix) == 1 ? IFF_TIFF_G4 : IFF_TIFF_ZIP, "a"))
            fail(path, "cannot write TIFF");
        return;
    }
    pixSetZlibCompression(pix, 1); /* fast; noisy pages compress poorly anyway */
    FILE *f = fopen(path, "wb");
    if (!f)
        fail(path, "%s", strerror(errno));
    if (pixWriteStreamPng(f, pix, 0.0))
        fail(path, "cannot write PNG");
    if (fclose(f))
        fail(path, "%s", strerror(errno));
}

/* On failure the already written image goes too: no half-made test case. */
static void write_text(const char *path, const GString *s, const char *png)
{
    FILE *f = fopen(path, "wb");
    int err = !f ? errno : fwrite(s->str, 1, s->len, f) != s->len ? errno : 0;
    if (f && fclose(f) && !err)
        err = errno;
    if (err) {
        remove(png);
        fail(path, "%s", strerror(err));
    }
}

/* mkpage image: an existing page (rendered elsewhere) degraded and written. */
static int degrade_image(struct opts *o)
{
    PIX *in = pixRead(o->in);
    PIX *gray = in ? pixConvertTo8(in, 0) : NULL;
    if (!gray)
        fail(o->in, "cannot read the page image");
    if (pixGetXRes(in) > 0)
        o->dpi = pixGetXRes(in);
    PIX *out = degrade(gray, o, o->dpi);
    write_png(out, o->out, o->degrade == DG_LOWDPI ? LOWDPI : o->dpi);
    pixDestroy(&out);
    pixDestroy(&gray);
    pixDestroy(&in);
    return 0;
}

int main(int argc, char **argv)
{
    struct opts o;
    parse_args(argc, argv, &o);
    setMsgSeverity(L_SEVERITY_NONE); /* errors are reported here, one line each */
    if (o.image)
        return degrade_image(&o);

    const int dpi = o.degrade == DG_LOWDPI ? LOWDPI : o.dpi;
    struct page p;
    page_init(&p, &o, dpi);
    GString *gt = g_string_new(NULL);
    if (o.table)
        render_table(&p, &o, gt);
    else
        render_text(&p, &o, gt);

    PIX *pix = surface_to_pix(p.surf);
    if (!pix)
        fail(o.out, "out of memory");
    PIX *out = degrade(pix, &o, dpi);
    PIX *inked = o.ink == INK_BITONAL ? pixConvertTo1(out, 160)
                 : o.ink == INK_BLUE  ? pixConvertTo32(out)
                                      : pixClone(out);
    if (inked && o.ink == INK_BLUE && pixColorGray(inked, NULL, L_PAINT_DARK, 220, 20, 50, 160))
        pixDestroy(&inked);
    if (!inked)
        fail(o.out, "cannot make the %s page", ink_names[o.ink]);
    write_png(inked, o.out, dpi);
    pixDestroy(&inked);
    write_text(o.gt, gt, o.out);

    pixDestroy(&out);
    pixDestroy(&pix);
    g_string_free(gt, TRUE);
    pango_font_description_free(p.font);
    pango_font_description_free(p.bold);
    g_object_unref(p.ctx);
    cairo_destroy(p.cr);
    cairo_surface_destroy(p.surf);
    return 0;
}
