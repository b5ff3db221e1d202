// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * mkbornpdf: write a born-digital PDF (a text layer, as office programs make them) for tests.
 *
 *   mkbornpdf text  [--header TEXT] [--scan N]... [--garbage N]... [--pages N] IN.txt OUT.pdf
 *   mkbornpdf table [--no-rules] [--size PT] [--header TEXT] IN.tsv OUT.pdf
 *   mkbornpdf drawing [--pages N] OUT.pdf
 *
 * text: every input line is a line of the page (wrapped only if too long); a
 * blank line is a paragraph gap; a line holding only a form feed starts a new
 * page. --pages N repeats the input N times, a page each. --header TEXT puts
 * TEXT at the top of every page and "Sida N" at the bottom. --scan N draws
 * page N as an image (no text layer); --garbage N gives page N a text layer
 * of '?' under the right glyphs (a font whose encoding was lost).
 * table: the TSV as a table on A4 landscape pages, its first line the header
 * row, with rules around every cell unless --no-rules, in PT point type (7).
 * drawing: pages of vector shapes and no text.
 * Cairo's own PDF surface with DejaVu fonts; the same input gives the same PDF.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PT_PER_MM (72.0 / 25.4)
#define MARGIN (20 * PT_PER_MM)
#define SCAN_DPI 200

typedef struct {
    cairo_surface_t *pdf;
    cairo_t *cr;         /* drawing on the PDF, or on a page image for --scan pages */
    cairo_surface_t *scan; /* the page image, or NULL */
    double w, h;         /* page size, points */
    double y;            /* where the next line goes */
    int page;            /* 1-based */
    const char *header;
    GArray *scan_pages, *garbage_pages;
} doc;

static bool listed(const GArray *pages, int page)
{
    for (guint i = 0; i < pages->len; i++)
        if (g_array_index(pages, int, i) == page)
            return true;
    return false;
}

static void set_font(cairo_t *cr, double size, bool bold)
{
    cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

/* Draw `text` at (x, y); on a --garbage page its text layer says '?' for every glyph. */
static void show(doc *d, double x, double y, const char *text)
{
    cairo_move_to(d->cr, x, y);
    if (!listed(d->garbage_pages, d->page)) {
        cairo_show_text(d->cr, text);
        return;
    }
    cairo_glyph_t *glyphs = NULL;
    int n = 0;
    cairo_scaled_font_t *font = cairo_get_scaled_font(d->cr);
    if (cairo_scaled_font_text_to_glyphs(font, x, y, text, -1, &glyphs, &n, NULL, NULL, NULL) != CAIRO_STATUS_SUCCESS)
        return;
    char *fake = g_strnfill((gsize)n, '?');
    cairo_text_cluster_t *clusters = g_new(cairo_text_cluster_t, (gsize)MAX(n, 1));
    for (int i = 0; i < n; i++)
        clusters[i] = (cairo_text_cluster_t){ 1, 1 };
    cairo_show_text_glyphs(d->cr, fake, n, glyphs, n, clusters, n, 0);
    g_free(clusters);
    g_free(fake);
    cairo_glyph_free(glyphs);
}

static void begin_page(doc *d)
{
    d->page++;
    d->y = MARGIN + 12;
    if (listed(d->scan_pages, d->page)) {
        int pw = (int)(d->w * SCAN_DPI / 72), ph = (int)(d->h * SCAN_DPI / 72);
        d->scan = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pw, ph);
        d->cr = cairo_create(d->scan);
        cairo_set_source_rgb(d->cr, 1, 1, 1);
        cairo_paint(d->cr);
        cairo_scale(d->cr, SCAN_DPI / 72.0, SCAN_DPI / 72.0);
    } else {
        d->cr = cairo_create(d->pdf);
    }
    cairo_set_source_rgb(d->cr, 0, 0, 0);
    if (d->header) {
        set_font(d->cr, 8, false);
        show(d, MARGIN, MARGIN - 22, d->header);
        char number[32];
        snprintf(number, sizeof number, "Sida %d", d->page);
        show(d, d->w / 2 - 12, d->h - MARGIN + 24, number);
    }
}

static void end_page(doc *d)
{
    if (d->scan) {
        cairo_destroy(d->cr);
        d->cr = cairo_create(d->pdf);
        cairo_scale(d->cr, 72.0 / SCAN_DPI, 72.0 / SCAN_DPI);
        cairo_set_source_surface(d->cr, d->scan, 0, 0);
        cairo_paint(d->cr);
        cairo_surface_destroy(d->scan);
        d->scan = NULL;
    }
    cairo_destroy(d->cr);
    d->cr = NULL;
    cairo_surface_show_page(d->pdf);
}

/* The words of `text` that fit in `width` from `*p` on; advances `*p`. */
static char *fit(cairo_t *cr, const char **p, double width)
{
    GString *line = g_string_new(NULL);
    while (**p) {
        const char *end = strchr(*p, ' ');
        size_t len = end ? (size_t)(end - *p) : strlen(*p);
        GString *more = g_string_new(line->str);
        if (more->len)
            g_string_append_c(more, ' ');
        g_string_append_len(more, *p, (gssize)len);
        cairo_text_extents_t ext;
        cairo_text_extents(cr, more->str, &ext);
        bool fits = ext.x_advance <= width || line->len == 0;
        if (fits) {
            g_string_assign(line, more->str);
            *p += len;
            while (**p == ' ')
                (*p)++;
        }
        g_string_free(more, TRUE);
        if (!fits)
            break;
    }
    return g_string_free(line, FALSE);
}

static void text_mode(doc *d, char **lines, int repeat)
{
    const double size = 10, lead = 13;
    for (int r = 0; r < repeat; r++) {
        begin_page(d);
        for (char **l = lines; *l; l++) {
            if (strcmp(*l, "\f") == 0) {
                end_page(d);
                begin_page(d);
                continue;
            }
            set_font(d->cr, size, false);
            const char *p = *l;
            if (!*p)
                d->y += lead / 2;
            while (*p) {
                if (d->y > d->h - MARGIN) {
                    end_page(d);
                    begin_page(d);
                    set_font(d->cr, size, false);
                }
                char *line = fit(d->cr, &p, d->w - 2 * MARGIN);
                show(d, MARGIN, d->y, line);
                g_free(line);
                d->y += lead;
            }
        }
        end_page(d);
    }
}

/* ---- tables ---- */

static void table_mode(doc *d, char **rows, bool rules, double size)
{
    const double lead = size * 1.2, pad = size * 0.4;
    /* Column widths in proportion to their longest text (up to 60 characters, at least 8). */
    char ***cells = g_new0(char **, g_strv_length(rows) + 1);
    int n_cols = 0;
    for (guint i = 0; rows[i]; i++) {
        cells[i] = g_strsplit(rows[i], "\t", -1);
        n_cols = MAX(n_cols, (int)g_strv_length(cells[i]));
    }
    double *longest = g_new0(double, (gsize)n_cols);
    double total = 0;
    for (guint i = 0; cells[i]; i++)
        for (int c = 0; cells[i][c]; c++)
            longest[c] = MAX(longest[c], MIN(g_utf8_strlen(cells[i][c], -1), 60));
    for (int c = 0; c < n_cols; c++)
        total += longest[c] = MAX(longest[c], 8);
    double width = d->w - 2 * MARGIN, *x = g_new0(double, (gsize)n_cols + 1);
    x[0] = MARGIN;
    for (int c = 0; c < n_cols; c++)
        x[c + 1] = x[c] + width * longest[c] / total;
    begin_page(d);
    for (guint i = 0; cells[i]; i++) {
        if (!*rows[i])
            continue;
        set_font(d->cr, size, i == 0);
        /* Lay the row out first: its height is its tallest cell's. */
        GPtrArray **text = g_new0(GPtrArray *, (gsize)n_cols);
        guint tallest = 1;
        for (int c = 0; c < n_cols; c++) {
            text[c] = g_ptr_array_new_with_free_func(g_free);
            const char *p = c < (int)g_strv_length(cells[i]) ? cells[i][c] : "";
            while (*p)
                g_ptr_array_add(text[c], fit(d->cr, &p, x[c + 1] - x[c] - 2 * pad));
            tallest = MAX(tallest, text[c]->len);
        }
        double height = tallest * lead + 2 * pad;
        if (d->y + height > d->h - MARGIN) {
            end_page(d);
            begin_page(d);
            set_font(d->cr, size, i == 0);
        }
        for (int c = 0; c < n_cols; c++) {
            for (guint l = 0; l < text[c]->len; l++)
                show(d, x[c] + pad, d->y + pad + (l + 1) * lead - 2, text[c]->pdata[l]);
            if (rules) {
                cairo_set_line_width(d->cr, 0.6);
                cairo_rectangle(d->cr, x[c], d->y, x[c + 1] - x[c], height);
                cairo_stroke(d->cr);
            }
            g_ptr_array_free(text[c], TRUE);
        }
        g_free(text);
        d->y += height;
    }
    end_page(d);
    for (guint i = 0; cells[i]; i++)
        g_strfreev(cells[i]);
    g_free(cells);
    g_free(longest);
    g_free(x);
}

static void drawing_mode(doc *d, int pages)
{
    for (int p = 0; p < pages; p++) {
        begin_page(d);
        cairo_set_line_width(d->cr, 2);
        for (int i = 0; i < 12; i++) {
            cairo_arc(d->cr, 100 + 30 * i, 200 + 20 * (i % 5), 15 + i, 0, 6.283);
            cairo_stroke(d->cr);
            cairo_rectangle(d->cr, 80 + 35 * i, 500, 20, 40 + 10 * i);
            cairo_fill(d->cr);
        }
        end_page(d);
    }
}

static G_GNUC_NORETURN void usage(void)
{
    fputs("usage: mkbornpdf text [--header TEXT] [--scan N]... [--garbage N]... [--pages N] IN.txt OUT.pdf\n"
          "       mkbornpdf table [--no-rules] [--size PT] [--header TEXT] IN.tsv OUT.pdf\n"
          "       mkbornpdf drawing [--pages N] OUT.pdf\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    if (argc < 3)
        usage();
    const char *mode = argv[1], *in = NULL, *out = NULL;
    doc d = { 0 };
    d.scan_pages = g_array_new(FALSE, FALSE, sizeof(int));
    d.garbage_pages = g_array_new(FALSE, FALSE, sizeof(int));
    bool rules = true;
    int pages = 1;
    double size = 7;
    for (int i = 2; i < argc; i++) {
        int n;
        if (strcmp(argv[i], "--no-rules") == 0)
            rules = false;
        else if (strcmp(argv[i], "--header") == 0 && i + 1 < argc)
            d.header = argv[++i];
        else if (strcmp(argv[i], "--size") == 0 && i + 1 < argc)
            size = g_ascii_strtod(argv[++i], NULL);
        else if (strcmp(argv[i], "--pages") == 0 && i + 1 < argc)
            pages = atoi(argv[++i]);
        else if ((strcmp(argv[i], "--scan") == 0 || strcmp(argv[i], "--garbage") == 0) && i + 1 < argc) {
            n = atoi(argv[i + 1]);
            g_array_append_val(argv[i][2] == 's' ? d.scan_pages : d.garbage_pages, n);
            i++;
        } else if (argv[i][0] == '-' && argv[i][1])
            usage();
        else if (!in)
            in = argv[i];
        else if (!out)
            out = argv[i];
        else
            usage();
    }
    bool drawing = strcmp(mode, "drawing") == 0, table = strcmp(mode, "table") == 0;
    if (drawing && !out) {
        out = in;
        in = NULL;
    }
    if (!out || pages < 1 || size < 2 || size > 20 || (!drawing && !table && strcmp(mode, "text") != 0))
        usage();
    char *text = NULL;
    GError *err = NULL;
    if (in && !g_file_get_contents(in, &text, NULL, &err)) {
        fprintf(stderr, "mkbornpdf: %s\n", err->message);
        return 1;
    }
    d.w = table ? 842 : 595;
    d.h = table ? 595 : 842;
    d.pdf = cairo_pdf_surface_create(out, d.w, d.h);
    cairo_pdf_surface_set_metadata(d.pdf, CAIRO_PDF_METADATA_CREATE_DATE, "2024-01-01T00:00:00Z");
    char **lines = text ? g_strsplit(text, "\n", -1) : NULL;
    if (table)
        table_mode(&d, lines, rules, size);
    else if (drawing)
        drawing_mode(&d, pages);
    else
        text_mode(&d, lines, pages);
    cairo_surface_finish(d.pdf);
    int rc = cairo_surface_status(d.pdf) == CAIRO_STATUS_SUCCESS ? 0 : 1;
    if (rc)
        fprintf(stderr, "mkbornpdf: %s: %s\n", out, cairo_status_to_string(cairo_surface_status(d.pdf)));
    cairo_surface_destroy(d.pdf);
    g_strfreev(lines);
    g_free(text);
    g_array_free(d.scan_pages, TRUE);
    g_array_free(d.garbage_pages, TRUE);
    return rc;
}
