/* OCR of documents: a pool of worker threads, one tesseract engine each.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"
#include "ingest/module.h"
#include "ingest/tables.h"

#include <tesseract/capi.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>

#define DEFAULT_DPI 300
#define CELL_INSET 3 /* px kept clear of a cell's rules */
#define LEAD_SLACK 2 /* px kept clear of where a column's text starts */
#define NOISY_PAGE 1e-5 /* share of pixels removed as specks above which a page counts as noisy */
#define SURE_LINE 60 /* mean confidence (0-100) of a cell read again as a line, above which its words are kept */
#define SURE_BARS 0.9f /* confidence of a roman key read from its bars (read_bar_keys) */
#define SURE_DIGIT 60 /* confidence (0-100) of a circled digit's mark read alone, above which it is kept */

struct at_ocr {
    at_ocr_options opts;
    char *lang;
    char **langs;          /* lang's "+" list: each must load, tesseract skips a missing one silently */
    char *tessdata;
    char *engine;          /* "tesseract 5.3.0 swe", recorded per page */
    int n_workers;
    GThread **workers;
    GAsyncQueue *queue;    /* work items; a NULL job tells a worker to stop */
};

typedef struct page_units page_units;

/* A page to read, a call to help read a page's units, or (both NULL) the signal to stop. */
typedef struct {
    at_page_job *job;
    GAsyncQueue *done;     /* the document's queue the worker reports to */
    page_units *help;      /* a page whose units any idle worker may take */
} work_item;

/* ---- words from tesseract into regions ---- */

static at_box iterator_box(const TessPageIterator *it, TessPageIteratorLevel level)
{
    int l, t, r, b;
    if (!TessPageIteratorBoundingBox(it, level, &l, &t, &r, &b))
        return (at_box){ -1, -1, -1, -1 };
    return (at_box){ l, t, r - l, b - t };
}

/* The boxes of the current word's first two glyphs; the second's width is -1 when it has one. */
static void first_glyphs(TessResultIterator *it, at_box *first, at_box *second)
{
    *first = iterator_box(TessResultIteratorGetPageIterator(it), RIL_SYMBOL);
    *second = (at_box){ -1, -1, -1, -1 };
    TessResultIterator *next = TessResultIteratorCopy(it);
    const TessPageIterator *npit = TessResultIteratorGetPageIterator(next);
    if (TessResultIteratorNext(next, RIL_SYMBOL) && !TessPageIteratorIsAtBeginningOf(npit, RIL_WORD))
        *second = iterator_box(npit, RIL_SYMBOL);
    TessResultIteratorDelete(next);
}

/* A '§' read '8' before a number made '§' again: the word before `w` ("8 19"), or `w`'s first glyph ("834"). */
static void add_sections(region_line *line, region_word *w, TessResultIterator *it)
{
    if (!g_ascii_isdigit(w->text[0]) || w->text[strspn(w->text, "0123456789")] != '\0')
        return;
    at_box first, second;
    first_glyphs(it, &first, &second);
    region_word *before = line->words->len ? &g_array_index(line->words, region_word, line->words->len - 1) : NULL;
    if (before && strcmp(before->text, "8") == 0 && at_glyph_is_section(before->box, first)) {
        g_free(before->text);
        before->text = g_strdup("§");
    } else if (w->text[0] == '8' && w->text[1] && second.w > 0 && 4 * (second.x - first.x - first.w) >= second.h &&
               at_glyph_is_section(first, second)) { /* a space's gap after it: no digit of the number */
        region_word sign = { g_strdup("§"), first, w->confidence };
        g_array_append_val(line->words, sign);
        char *rest = g_strdup(w->text + 1);
        g_free(w->text);
        *w = (region_word){ rest, { second.x, w->box.y, w->box.x + w->box.w - second.x, w->box.h }, w->confidence };
    }
}

/* A number `w` whose last glyphs are a per cent sign read as digits ("524" for "5 %") split before the sign:
 * its digits added to `line`, `w` made the sign. */
static void split_percent(region_line *line, region_word *w, TessResultIterator *it)
{
    at_box glyphs[6];
    int n = 0;
    TessResultIterator *next = TessResultIteratorCopy(it);
    const TessPageIterator *npit = TessResultIteratorGetPageIterator(next);
    do
        glyphs[n++] = iterator_box(npit, RIL_SYMBOL);
    while (n < (int)G_N_ELEMENTS(glyphs) && TessResultIteratorNext(next, RIL_SYMBOL) &&
           !TessPageIteratorIsAtBeginningOf(npit, RIL_WORD));
    TessResultIteratorDelete(next);
    int keep = at_number_ends_in_percent(w, glyphs, n);
    if (!keep)
        return;
    int end = glyphs[keep - 1].x + glyphs[keep - 1].w;
    region_word digits = { g_strndup(w->text, keep), { w->box.x, w->box.y, end - w->box.x, w->box.h }, w->confidence };
    g_array_append_val(line->words, digits);
    g_free(w->text);
    *w = (region_word){ g_strdup("%"), { glyphs[keep].x, w->box.y, w->box.x + w->box.w - glyphs[keep].x, w->box.h },
                        w->confidence };
}

/* `w` at the end of `line`, a per cent sign tesseract misread or hid in a number's box made '%' again, and
 * a section sign read '8' made '§'; `it` is at `w`. */
static void add_word(region_line *line, region_word w, TessResultIterator *it)
{
    if (line->words->len && at_word_is_percent(&g_array_index(line->words, region_word, line->words->len - 1), &w)) {
        g_free(w.text);
        w.text = g_strdup("%");
    }
    if (g_ascii_isdigit(w.text[0]))
        split_percent(line, &w, it);
    add_sections(line, &w, it);
    int digits = at_number_hides_percent(&w);
    if (digits) {
        region_word sign = { g_strdup("%"), { w.box.x + w.box.w - w.box.h, w.box.y, w.box.h, w.box.h }, w.confidence };
        w.box.w = digits;
        g_array_append_val(line->words, w);
        w = sign;
    }
    g_array_append_val(line->words, w);
}

/* The words tesseract found, as regions: one per block, or all into `into` (a table cell). */
static void collect(TessBaseAPI *api, GPtrArray *regions, region *into)
{
    TessResultIterator *it = TessBaseAPIGetIterator(api);
    if (!it)
        return;
    const TessPageIterator *pit = TessResultIteratorGetPageIterator(it);
    region *cur = into;
    region_line *line = NULL;
    guint first = regions ? regions->len : 0;
    /* A block or line begins at its first word even when that word is skipped: the next kept word opens it. */
    bool new_block = false, new_line = false;
    do {
        new_block |= !into && TessPageIteratorIsAtBeginningOf(pit, RIL_BLOCK);
        new_line |= TessPageIteratorIsAtBeginningOf(pit, RIL_TEXTLINE);
        char *word = TessResultIteratorGetUTF8Text(it, RIL_WORD);
        if (!word)
            continue;
        /* a picture or a rule tesseract took for a block of text reads as " " */
        if (!*g_strstrip(word) || at_word_is_speck(word, iterator_box(pit, RIL_WORD)) ||
            (!new_line && line && at_word_is_stray_stop(word))) {
            TessDeleteText(word);
            continue;
        }
        if (new_block || !cur) {
            cur = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, iterator_box(pit, RIL_BLOCK));
            g_ptr_array_add(regions, cur);
            line = NULL;
            new_block = false;
        }
        if (!line || new_line)
            line = at_region_add_line(cur, iterator_box(pit, RIL_TEXTLINE));
        new_line = false;
        add_word(line, (region_word){ g_strdup(word), iterator_box(pit, RIL_WORD),
                                      TessResultIteratorConfidence(it, RIL_WORD) / 100.0f }, it);
        TessDeleteText(word);
    } while (TessResultIteratorNext(it, RIL_WORD));
    TessResultIteratorDelete(it);
    if (into)
        return;
    for (guint i = first, n = regions->len; i < n; i++)
        at_region_split_gutters(regions->pdata[i], regions);
    at_regions_join_split_lines(regions, first);
}

static float mean_confidence(const GPtrArray *regions)
{
    double sum = 0;
    size_t n = 0;
    for (guint i = 0; i < regions->len; i++) {
        const region *r = regions->pdata[i];
        for (guint l = 0; l < r->lines->len; l++) {
            const GArray *words = ((const region_line *)r->lines->pdata[l])->words;
            for (guint k = 0; k < words->len; k++, n++)
                sum += g_array_index(words, region_word, k).confidence;
        }
    }
    return n ? (float)(sum / n) : -1;
}

/* ---- one page ---- */

/* `gray` with every pixel far from the ink of `binary` set to white. */
static PIX *whiten_outside(PIX *gray, PIX *binary, int dpi)
{
    int reach = MAX(3, dpi / 60) | 1; /* keep the soft edges of strokes */
    PIX *near_ink = pixDilateBrick(NULL, binary, reach, reach);
    PIX *paper = near_ink ? pixInvert(NULL, near_ink) : NULL;
    PIX *out = pixCopy(NULL, gray);
    if (paper && out)
        pixSetMasked(out, paper, 255);
    pixDestroy(&near_ink);
    pixDestroy(&paper);
    return out;
}

/* The text of the `dark` areas turned dark on light in `text` (gray, or binary): each area's box from
 * `gray`, inverted, since the page's binarisation keeps little of it. */
static void lighten_dark_ground(PIX *text, PIX *gray, BOXA *dark)
{
    for (int i = 0; dark && i < boxaGetCount(dark); i++) {
        BOX *box = boxaGetBox(dark, i, L_CLONE);
        l_int32 x, y, w, h;
        boxGetGeometry(box, &x, &y, &w, &h);
        PIX *area = pixClipRectangle(gray, box, NULL);
        PIX *light = area ? pixInvert(NULL, area) : NULL;
        PIX *ink = light && pixGetDepth(text) == 1 ? pixThresholdToBinary(light, 128) : pixClone(light);
        if (ink && pixGetDepth(ink) == pixGetDepth(text))
            pixRasterop(text, x, y, w, h, PIX_SRC, ink, 0, 0);
        pixDestroy(&ink);
        pixDestroy(&light);
        pixDestroy(&area);
        boxDestroy(&box);
    }
}

/* Where each column of each table starts its text, found on the pages with their dark grounds
 * lightened: a shaded header's words start where they are, not where the shade does. */
static int **col_leads(PIX *binary, PIX *clean, PIX *gray, BOXA *dark, const at_table_grid *grids, int n_tables)
{
    int **leads = g_new0(int *, (gsize)n_tables + 1);
    PIX *lit_binary = n_tables ? pixCopy(NULL, binary) : NULL, *lit_clean = n_tables ? pixCopy(NULL, clean) : NULL;
    if (lit_binary && lit_clean) {
        lighten_dark_ground(lit_binary, gray, dark);
        lighten_dark_ground(lit_clean, gray, dark);
    }
    for (int t = 0; t < n_tables; t++)
        leads[t] = at_table_col_leads(lit_binary, lit_clean, &grids[t]);
    pixDestroy(&lit_binary);
    pixDestroy(&lit_clean);
    return leads;
}

typedef struct {
    const at_ocr *ocr;
    TessBaseAPI *api;      /* NULL until the worker's first page to OCR */
    TessBaseAPI *osd;
    bool ready;            /* `api` loaded its language, and `osd` its model when pages are turned upright */
    const char *missing;   /* else the model it could not load */
} worker;

/* ---- a page's recognition, shared out ---- */

/* After preprocessing and table detection a page is a list of units: the page outside its tables
 * (unit 0) and every table cell large enough to read. Any idle worker takes the next unit and
 * reads it with its own engine, so a long table is read by all workers, not by the one that
 * preprocessed the page. Each engine reads a unit from the same image and rectangle as one engine
 * would read them all, so the words do not depend on who read which. */
struct page_units {
    gint refs;                 /* the page's worker and each help item not yet taken */
    GMutex lock;
    GCond finished_all;
    int n_units;
    int claimed, finished;     /* under `lock` */
    int failed;                /* units tesseract could not recognise, under `lock` */
    bool outside_failed;       /* ... among them unit 0, the page outside its tables */
    int dpi;
    bool shared;               /* other workers were asked to help */
    PIX *outside;              /* unit 0: the page with its tables turned to paper */
    PIX *cells_page;           /* the page the cells are read from */
    region **cells;            /* unit i > 0 is cells[i - 1]; each is filled only by its reader */
    GPtrArray *outside_regions; /* text blocks found in unit 0, filled only by its reader */
};

static void page_units_unref(page_units *u)
{
    if (!g_atomic_int_dec_and_test(&u->refs))
        return;
    g_mutex_clear(&u->lock);
    g_cond_clear(&u->finished_all);
    g_free(u);
}

/* Give `api` the page, as its own copy when other workers read it too: leptonica's reference
 * counts are not atomic, and tesseract may keep a clone of what it is given. False when out of memory. */
static bool set_page(TessBaseAPI *api, PIX *page, bool shared, TessPageSegMode mode, int dpi)
{
    PIX *mine = shared ? pixCopy(NULL, page) : pixClone(page);
    if (!mine)
        return false;
    TessBaseAPISetPageSegMode(api, mode);
    TessBaseAPISetImage2(api, mine);
    TessBaseAPISetSourceResolution(api, dpi);
    pixDestroy(&mine);
    return true;
}

static bool has_alnum(const char *s)
{
    for (; s && *s; s = g_utf8_next_char(s))
        if (g_unichar_isalnum(g_utf8_get_char(s)))
            return true;
    return false;
}

/* A cell of one short word ("Mål" in a narrow column of a 200 dpi page) that tesseract finds no
 * text block in is read again as one line of text; what it reads is kept when it is fairly sure
 * and has a letter or digit (a dash alone says the cell is empty, as the first reading did). */
static void read_as_line(TessBaseAPI *api, region *cell)
{
    TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE);
    if (TessBaseAPIRecognize(api, NULL) == 0 && TessBaseAPIMeanTextConf(api) >= SURE_LINE) {
        char *text = TessBaseAPIGetUTF8Text(api);
        if (has_alnum(text))
            collect(api, NULL, cell);
        TessDeleteText(text);
    }
    TessBaseAPISetPageSegMode(api, PSM_SINGLE_BLOCK);
}

/* The words of `cell`, spaced (a new string), empty when it has none. */
static char *cell_text(const region *cell)
{
    GString *s = g_string_new(NULL);
    for (guint l = 0; l < cell->lines->len; l++) {
        const region_line *line = g_ptr_array_index(cell->lines, l);
        for (guint k = 0; k < line->words->len; k++)
            g_string_append_printf(s, "%s%s", s->len ? " " : "", g_array_index(line->words, region_word, k).text);
    }
    return g_string_free(s, FALSE);
}

/* How many filled cells of the column of `cell` read as roman goal keys, or -1 when a filled cell other than
 * the column's first (its header) reads as something else. */
static int column_keys(GPtrArray *cells, const region *cell)
{
    int keys = 0, others = 0, first_row = INT_MAX, other_row = -1;
    for (guint i = 0; i < cells->len; i++) {
        const region *c = cells->pdata[i];
        if (c->table != cell->table || c->col != cell->col || !c->lines->len)
            continue;
        char *text = cell_text(c);
        bool key = at_is_roman_key(text);
        keys += key;
        others += !key;
        other_row = key ? other_row : c->row;
        first_row = MIN(first_row, c->row);
        g_free(text);
    }
    return !others || (others == 1 && other_row == first_row) ? keys : -1;
}

/* How many `I`s the ink of `cell` on `page` is as upright bars (0: none, or not bars), and their box. */
static int cell_bars(const region *cell, PIX *page, int dpi, at_box *at)
{
    BOX *box = boxCreate(cell->box.x, cell->box.y, cell->box.w, cell->box.h);
    PIX *clip = box ? pixClipRectangle(page, box, NULL) : NULL;
    PIX *ink = !clip ? NULL : pixGetDepth(clip) == 1 ? pixClone(clip) : pixThresholdToBinary(clip, 128);
    BOX *inked = NULL;
    int bars = ink ? at_ink_bars(ink, dpi) : 0;
    if (bars && pixClipToForeground(ink, NULL, &inked) == 0 && inked) {
        boxGetGeometry(inked, &at->x, &at->y, &at->w, &at->h);
        at->x += cell->box.x;
        at->y += cell->box.y;
    } else {
        bars = 0;
    }
    boxDestroy(&inked);
    pixDestroy(&ink);
    pixDestroy(&clip);
    boxDestroy(&box);
    return bars;
}

/* The empty cells of a column of roman goal keys whose ink is upright bars, read as that many `I`s:
 * tesseract reads a sans-serif `III`, three bars alone in a narrow cell, as nothing or `-`, whatever the
 * crop, scale, border, mode or character whitelist (scan33 tried them). A column with no key read (a
 * worn page's) needs two such cells. No OCR call: the ink says it. */
static void read_bar_keys(GPtrArray *cells, PIX *page, int dpi)
{
    int *bars = g_new0(int, cells->len + 1), *keys = g_new0(int, cells->len + 1);
    at_box *at = g_new0(at_box, cells->len + 1);
    for (guint i = 0; i < cells->len; i++) {
        const region *cell = cells->pdata[i];
        keys[i] = cell->lines->len || cell->box.w < 4 || cell->box.h < 4 ? -1 : column_keys(cells, cell);
        bars[i] = keys[i] >= 0 ? cell_bars(cell, page, dpi, &at[i]) : 0;
    }
    for (guint i = 0; i < cells->len; i++) {
        region *cell = cells->pdata[i];
        int seen = 0; /* cells of bars in its column */
        for (guint k = 0; k < cells->len && bars[i]; k++)
            seen += bars[k] && ((region *)cells->pdata[k])->table == cell->table &&
                    ((region *)cells->pdata[k])->col == cell->col;
        if (!bars[i] || (!keys[i] && seen < 2))
            continue;
        region_word word = { g_strndup("III", (gsize)bars[i]), at[i], SURE_BARS };
        g_array_append_val(at_region_add_line(cell, at[i])->words, word);
    }
    g_free(at);
    g_free(keys);
    g_free(bars);
}

/* The digit 1-9 tesseract reads in `inside` (the ink a ring holds, 1 bpp) fairly sure, or 0: the mark alone,
 * made gray and an eighth of an inch tall, read as one character of the digits. Inside its ring tesseract
 * reads a circled digit as letters or nothing (`[CM`, `öq`, `Å`). */
static int ring_digit(TessBaseAPI *api, PIX *inside, int dpi)
{
    BOX *inked = NULL;
    l_int32 h = 0;
    if (pixClipToForeground(inside, NULL, &inked) != 0 || !inked || boxGetGeometry(inked, NULL, NULL, NULL, &h) || h < 4)
        h = 0;
    PIX *mark = h ? pixClipRectangle(inside, inked, NULL) : NULL;
    PIX *gray = mark ? pixConvert1To8(NULL, mark, 255, 0) : NULL;
    float k = (float)dpi / 8 / (float)MAX(h, 1);
    PIX *big = gray ? pixScale(gray, k, k) : NULL;
    PIX *framed = big ? pixAddBorder(big, dpi / 10, 255) : NULL;
    int digit = 0;
    if (framed) {
        TessBaseAPISetPageSegMode(api, PSM_SINGLE_CHAR);
        TessBaseAPISetImage2(api, framed);
        TessBaseAPISetSourceResolution(api, dpi);
        TessBaseAPISetVariable(api, "tessedit_char_whitelist", "123456789");
        char *text = TessBaseAPIRecognize(api, NULL) == 0 ? TessBaseAPIGetUTF8Text(api) : NULL;
        if (text && TessBaseAPIMeanTextConf(api) >= SURE_DIGIT && text[0] >= '1' && text[0] <= '9' &&
            (!text[1] || g_ascii_isspace(text[1])))
            digit = text[0] - '0';
        TessDeleteText(text);
        TessBaseAPISetVariable(api, "tessedit_char_whitelist", "");
        TessBaseAPIClear(api);
    }
    pixDestroy(&framed);
    pixDestroy(&big);
    pixDestroy(&gray);
    pixDestroy(&mark);
    boxDestroy(&inked);
    return digit;
}

static bool box_holds(at_box b, int x, int y)
{
    return x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h;
}

/* Drop the words of `r` whose ink is mostly the ring at `ring` (what tesseract read of it), and lines left empty. */
static void drop_ring_words(region *r, at_box ring)
{
    for (guint l = r->lines->len; l-- > 0;) {
        region_line *line = r->lines->pdata[l];
        bool dropped = false;
        for (guint k = line->words->len; k-- > 0;) {
            region_word *w = &g_array_index(line->words, region_word, k);
            if (!box_holds(ring, w->box.x + w->box.w / 2, w->box.y + w->box.h / 2) || 2 * w->box.w > 3 * ring.w)
                continue;
            g_free(w->text);
            g_array_remove_index(line->words, k);
            dropped = true;
        }
        if (dropped && !line->words->len) {
            g_array_free(line->words, TRUE);
            g_free(line);
            g_ptr_array_remove_index(r->lines, l);
        }
    }
}

/* The line of `regions` the ring at `ring` opens: level with its middle, its first word within two rings'
 * width to its right; NULL when none. */
static region_line *line_after_ring(GPtrArray *regions, at_box ring)
{
    region_line *best = NULL;
    int gap = 2 * ring.w + 1, mid = ring.y + ring.h / 2;
    for (guint i = 0; i < regions->len; i++) {
        const region *r = regions->pdata[i];
        for (guint l = 0; l < r->lines->len; l++) {
            region_line *line = r->lines->pdata[l];
            const region_word *first = line->words->len ? &g_array_index(line->words, region_word, 0) : NULL;
            int d = first ? first->box.x - (ring.x + ring.w) : INT_MAX;
            if (first && d >= -ring.w / 4 && d < gap && mid >= line->box.y && mid < line->box.y + line->box.h) {
                gap = d;
                best = line;
            }
        }
    }
    return best;
}

/* The circled digit `digit` at `ring` put before the words of `line`. Its box reaches to a word space
 * before them: the white round a ring is wider than a space, and the layout would part key and text into
 * two columns of an aligned table (a list of goals in boxes, `① Text`). */
static void put_circled(region_line *line, at_box ring, int digit)
{
    char utf8[8] = { 0 };
    g_unichar_to_utf8(0x2460 + (gunichar)digit - 1, utf8);
    region_word word = { g_strdup(utf8), ring, SURE_DIGIT / 100.0f };
    if (line->words->len) {
        int next = g_array_index(line->words, region_word, 0).box.x - ring.h / 3;
        word.box.w = MAX(word.box.w, next - ring.x);
    }
    g_array_prepend_val(line->words, word);
    at_box *b = &line->box;
    int right = MAX(b->x + b->w, ring.x + ring.w), bottom = MAX(b->y + b->h, ring.y + ring.h);
    b->x = MIN(b->x, ring.x);
    b->y = MIN(b->y, ring.y);
    b->w = right - b->x;
    b->h = bottom - b->y;
}

/* Circled digits (`①`, a goal's key in a list and in a table's key column) read from their rings on
 * `binary`: what tesseract read of a ring is dropped and the digit put before the line it opens, or alone
 * in its table cell. One tesseract call per ring that holds a mark, none on a page without. */
static void read_circled(TessBaseAPI *api, GPtrArray *outside, GPtrArray *cells, PIX *binary, int dpi)
{
    GArray *rings = at_ink_rings(binary, dpi);
    GPtrArray *in_cell = g_ptr_array_new();
    for (guint i = 0; i < rings->len; i++) {
        const at_ring *ring = &g_array_index(rings, at_ring, i);
        int digit = ring_digit(api, ring->inside, dpi);
        region *cell = NULL;
        for (guint c = 0; c < cells->len && digit && !cell; c++)
            if (box_holds(((region *)cells->pdata[c])->box, ring->box.x + ring->box.w / 2, ring->box.y + ring->box.h / 2))
                cell = cells->pdata[c];
        for (guint r = 0; r < (cell ? 1 : digit ? outside->len : 0); r++)
            drop_ring_words(cell ? cell : outside->pdata[r], ring->box);
        g_ptr_array_set_size(in_cell, 0);
        if (cell)
            g_ptr_array_add(in_cell, cell);
        region_line *line = digit ? line_after_ring(cell ? in_cell : outside, ring->box) : NULL;
        if (!line && cell && !cell->lines->len)
            line = at_region_add_line(cell, ring->box);
        if (line)
            put_circled(line, ring->box, digit);
    }
    g_ptr_array_free(in_cell, TRUE);
    at_rings_free(rings);
}

/* Read units of `u` until none is left unclaimed. */
static void read_units(TessBaseAPI *api, page_units *u)
{
    bool cells_set = false; /* the engine holds cells_page */
    for (;;) {
        g_mutex_lock(&u->lock);
        int i = u->claimed < u->n_units ? u->claimed++ : -1;
        g_mutex_unlock(&u->lock);
        if (i < 0)
            break;
        bool recognised;
        if (i == 0) {
            recognised = set_page(api, u->outside, u->shared, PSM_AUTO, u->dpi) && TessBaseAPIRecognize(api, NULL) == 0;
            if (recognised)
                collect(api, u->outside_regions, NULL);
            cells_set = false;
        } else {
            region *cell = u->cells[i - 1];
            if (!cells_set)
                cells_set = set_page(api, u->cells_page, u->shared, PSM_SINGLE_BLOCK, u->dpi);
            if (cells_set)
                TessBaseAPISetRectangle(api, cell->box.x, cell->box.y, cell->box.w, cell->box.h);
            recognised = cells_set && TessBaseAPIRecognize(api, NULL) == 0;
            if (recognised)
                collect(api, NULL, cell);
            if (recognised && !cell->lines->len)
                read_as_line(api, cell);
        }
        g_mutex_lock(&u->lock);
        u->failed += !recognised;
        u->outside_failed |= i == 0 && !recognised;
        if (++u->finished == u->n_units)
            g_cond_signal(&u->finished_all);
        g_mutex_unlock(&u->lock);
    }
    TessBaseAPIClear(api);
}

/* Read the units of a page with whichever workers are idle, and wait until all are read. */
static void read_shared(worker *w, page_units *u)
{
    int helpers = MIN(w->ocr->n_workers - 1, u->n_units - 1);
    u->shared = helpers > 0;
    g_atomic_int_set(&u->refs, 1 + MAX(helpers, 0));
    /* At the queue's front: an idle worker helps finish a page before it starts another. */
    for (int i = 0; i < helpers; i++) {
        work_item *item = g_new0(work_item, 1);
        item->help = u;
        g_async_queue_push_front(w->ocr->queue, item);
    }
    read_units(w->api, u);
    g_mutex_lock(&u->lock);
    while (u->finished < u->n_units)
        g_cond_wait(&u->finished_all, &u->lock);
    g_mutex_unlock(&u->lock);
}

/* The page of `job` OCR'd, or NULL with `job->err` set. */
static at_page_layout *recognize(worker *w, at_page_job *job)
{
    const at_ocr_options *o = &w->ocr->opts;
    at_prep_report report = { .steps = g_string_new(NULL) };
    int dpi = job->dpi > 1 ? job->dpi : (o->dpi > 0 ? o->dpi : DEFAULT_DPI);
    PIX *gray = NULL;
    PIX *binary = at_preprocess(job->pix, dpi, o->steps, w->osd, &gray, &report, &job->err);
    if (!binary) {
        g_string_free(report.steps, TRUE);
        return NULL;
    }
    at_table_grid *grids = NULL;
    at_error table_err = AT_ERROR_INIT; /* a page whose tables cannot be found is read as plain text */
    /* the areas where light text stands on a dark ground (a header row shaded dark) */
    PIX *dark_ground = at_dark_ground(gray, report.dpi);
    PIX *ruled = o->tables ? at_rules_page(gray, binary, dark_ground, report.dpi) : NULL;
    if (o->tables && !ruled)
        ruled = pixClone(binary);
    int n_tables = ruled ? at_find_tables(ruled, report.dpi, &grids, &table_err) : 0;
    if (n_tables < 0)
        n_tables = 0;
    at_split_white_gutters(binary, ruled, report.dpi, grids, n_tables);
    PIX *clean = n_tables ? at_erase_rules(binary, grids, n_tables) : NULL;
    if (!clean)
        clean = pixClone(binary);
    /* rules under the rows of a table without a grid part its rows */
    GArray *across = ruled ? at_rules_across(ruled, report.dpi, grids, n_tables) : NULL;
    BOXA *dark = dark_ground ? pixConnComp(dark_ground, NULL, 8) : NULL;
    pixDestroy(&dark_ground);
    int **leads = col_leads(binary, clean, gray, dark, grids, n_tables);
    /* Tesseract reads a clean gray page better than our binary one (its network saw gray in
     * training), with borders, specks and rules turned to paper around the ink; a speckled page it
     * reads better binarised and cleaned. */
    PIX *text = clean;
    if (report.specks < NOISY_PAGE) {
        text = whiten_outside(gray, clean, report.dpi);
        pixDestroy(&clean);
    }

    lighten_dark_ground(text, gray, dark);
    boxaDestroy(&dark);
    /* The page outside the tables is read as a whole page. */
    PIX *page = n_tables ? pixCopy(NULL, text) : pixClone(text);
    for (int t = 0; t < n_tables; t++) {
        BOX *b = boxCreate(grids[t].x, grids[t].y, grids[t].w, grids[t].h);
        pixSetInRect(page, b); /* white on the gray page */
        boxDestroy(&b);
    }
    /* Tables cell by cell, so each activity stays in its row. */
    GPtrArray *cells = g_ptr_array_new();     /* every cell, table by table, row by row */
    GPtrArray *readable = g_ptr_array_new();  /* the cells large enough to read */
    for (int t = 0; t < n_tables; t++) {
        const at_table_grid *g = &grids[t];
        GArray *grid_cells = at_table_cells(ruled, g);
        for (guint i = 0; i < grid_cells->len; i++) {
            const at_table_cell *tc = &g_array_index(grid_cells, at_table_cell, i);
            /* from where the column's text starts to where the next one's does: a word run over
             * the rule is read whole, and its end is not read as the next cell's first letters */
            int x = g->col_edges[tc->col] + MAX(CELL_INSET, leads[t][tc->col] - LEAD_SLACK);
            int right = g->col_edges[tc->col_end] +
                        (tc->col_end < g->n_cols ? MAX(-CELL_INSET, leads[t][tc->col_end] - LEAD_SLACK) : -CELL_INSET);
            int y = g->row_edges[tc->row] + CELL_INSET;
            int cw = right - x;
            int ch = g->row_edges[tc->row_end] - g->row_edges[tc->row] - 2 * CELL_INSET;
            region *cell = at_region_new(AT_BLOCK_CELL, t, tc->row, tc->col, (at_box){ x, y, MAX(cw, 1), MAX(ch, 1) });
            g_ptr_array_add(cells, cell);
            if (cw >= 4 && ch >= 4)
                g_ptr_array_add(readable, cell);
        }
        g_array_free(grid_cells, TRUE);
        g_free(leads[t]);
    }
    g_free(leads);
    page_units *units = g_new0(page_units, 1);
    g_mutex_init(&units->lock);
    g_cond_init(&units->finished_all);
    units->n_units = 1 + (int)readable->len;
    units->dpi = report.dpi;
    units->outside = page;
    units->cells_page = text;
    units->cells = (region **)readable->pdata;
    units->outside_regions = g_ptr_array_new();
    read_shared(w, units);
    read_bar_keys(cells, text, report.dpi);
    read_circled(w->api, units->outside_regions, cells, binary, report.dpi);
    /* A page tesseract could not recognise is an error, not an empty page; cells it could not read are warned of. */
    bool page_failed = units->outside_failed;
    int cells_failed = units->failed - page_failed, n_readable = (int)readable->len;
    /* The text blocks first, then the cells in table, row and column order: the order one
     * engine reading the units in turn would give, before sorting. */
    GPtrArray *regions = g_ptr_array_new_with_free_func(at_region_free);
    for (guint i = 0; i < units->outside_regions->len; i++)
        g_ptr_array_add(regions, units->outside_regions->pdata[i]);
    for (guint i = 0; i < cells->len; i++)
        g_ptr_array_add(regions, cells->pdata[i]);
    g_ptr_array_free(units->outside_regions, TRUE);
    page_units_unref(units);
    g_ptr_array_free(readable, TRUE);
    g_ptr_array_free(cells, TRUE);
    pixDestroy(&page);
    pixDestroy(&ruled);

    /* Reading order: top to bottom; a table's cells stay together, row by row. */
    g_ptr_array_sort(regions, at_region_by_top);
    at_page_view info = { pixGetWidth(binary), pixGetHeight(binary), report.dpi, job->source_page, report.skew,
                     report.rotation, report.steps->str, w->ocr->engine, mean_confidence(regions) };
    /* The words go in once the document's pages are assembled (running headers, tables over pages). */
    GPtrArray *none = g_ptr_array_new();
    at_doc *doc = at_regions_doc(&info, none);
    g_ptr_array_free(none, TRUE);
    if (o->page_images && at_page_image_make(job->pix, gray, &report, o->jpeg_quality, doc, 0, &job->err) < 0)
        g_clear_pointer(&doc, at_doc_free);
    pixDestroy(&text);
    pixDestroy(&gray);
    pixDestroy(&binary);
    at_table_grids_free(grids, n_tables);
    g_string_free(report.steps, TRUE);
    if (page_failed) {
        at_doc_free(doc);
        at_error_set(&job->err, AT_EDEPEND, AT_STAGE_CORE, NULL, "tesseract could not recognise the page");
    }
    if (!doc || page_failed) {
        if (across)
            g_array_free(across, TRUE);
        g_ptr_array_free(regions, TRUE);
        return NULL;
    }
    if (cells_failed)
        at_doc_add_warning(doc, "tesseract could not read %d of %d table cells; they are left empty", cells_failed,
                           n_readable);
    at_page_layout *layout = at_page_layout_ocred(doc, &info, regions, o->tables, across);
    if (across)
        g_array_free(across, TRUE);
    return layout;
}

/* ---- workers ---- */

/* The first language of `ocr->langs` tesseract did not load into `api`, or NULL: Init3 succeeds
 * while any one of them loads, and drops the others without a word. */
static const char *unloaded_language(const at_ocr *ocr, TessBaseAPI *api)
{
    char **loaded = TessBaseAPIGetLoadedLanguagesAsVector(api);
    const char *missing = NULL;
    for (char **want = ocr->langs; *want && !missing; want++) {
        if (!**want || **want == '~') /* "~eng" asks tesseract not to load eng */
            continue;
        missing = *want;
        for (char **have = loaded; have && *have && missing; have++)
            if (strcmp(*have, *want) == 0)
                missing = NULL;
    }
    TessDeleteTextArray(loaded);
    return missing;
}

/* Load the worker's engines on its first page to OCR: born-digital PDFs need none, nor the models.
 * False, with the model tesseract could not load in `w->missing`, if it cannot load every language or
 * (when pages are turned upright) the orientation model. */
static bool engines_ready(worker *w)
{
    if (w->api)
        return w->ready;
    const at_ocr *ocr = w->ocr;
    w->api = TessBaseAPICreate();
    /* Tesseract's progress chatter ("Detected 57 diacritics") and its lines about a model it cannot
     * load are no message for the user: ours names the model and the folder. */
    TessBaseAPISetVariable(w->api, "debug_file", "/dev/null");
    int init = TessBaseAPIInit3(w->api, ocr->tessdata, ocr->lang);
    w->missing = unloaded_language(ocr, w->api); /* after a failed Init3 nothing is loaded: the first one */
    if (init != 0 && !w->missing)
        w->missing = ocr->lang;
    w->ready = !w->missing;
    if (w->ready && (ocr->opts.steps & AT_PRE_ORIENT)) {
        w->osd = TessBaseAPICreate();
        TessBaseAPISetVariable(w->osd, "debug_file", "/dev/null");
        w->ready = TessBaseAPIInit3(w->osd, ocr->tessdata, "osd") == 0;
        w->missing = w->ready ? NULL : "osd";
    }
    return w->ready;
}

/* The error of a page that needs a model tesseract could not load: not there, or there but unreadable. */
static void missing_model(const worker *w, at_error *err)
{
    const char *tessdata = w->ocr->tessdata, *prefix = g_getenv("TESSDATA_PREFIX");
    const char *dir = tessdata ? tessdata : prefix ? prefix : NULL;
    char *file = g_strdup_printf("%s.traineddata", w->missing);
    char *path = dir ? g_build_filename(dir, file, NULL) : NULL;
    if (path && g_file_test(path, G_FILE_TEST_IS_REGULAR))
        at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "tesseract model %s in %s cannot be loaded (damaged?)",
                     file, dir);
    else
        at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "missing tesseract model: %s not found in %s", file,
                     dir ? dir : "tesseract's default tessdata folder");
    g_free(path);
    g_free(file);
}

static gpointer work(gpointer data)
{
    worker w = { data, NULL, NULL, false, NULL };
    const at_ocr *ocr = w.ocr;
    for (;;) {
        work_item *item = g_async_queue_pop(ocr->queue);
        at_page_job *job = item->job;
        if (item->help) {
            if (engines_ready(&w))
                read_units(w.api, item->help);
            page_units_unref(item->help);
            g_free(item);
            continue;
        }
        if (!job) {
            g_free(item);
            break;
        }
        if (job->layer) {
            /* Read already; it becomes a document once every page is in (running headers). */
        } else if (!engines_ready(&w)) {
            missing_model(&w, &job->err);
        } else if ((job->layer = recognize(&w, job)) && job->note) {
            at_doc_add_warning(job->layer->ocred, "%s", job->note);
        }
        pixDestroy(&job->pix);
        g_async_queue_push(item->done, job);
        g_free(item);
    }
    if (w.osd)
        TessBaseAPIDelete(w.osd);
    if (w.api)
        TessBaseAPIDelete(w.api);
    return NULL;
}

static int ocr_new(at_ocr **out, const at_ocr_options *opts, at_error *err)
{
    *out = NULL;
    at_ocr_options defaults = AT_OCR_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version < 1 || opts->version > AT_OCR_OPTIONS_VERSION)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, NULL, "unsupported OCR options version %d", opts->version);
    /* A version 1 caller's struct ends before page_images: the rest keeps its defaults. */
    at_ocr_options given = defaults;
    memcpy(&given, opts, opts->version == 1 ? offsetof(at_ocr_options, page_images) : sizeof given);
    opts = &given;
    const char *lang = opts->lang && *opts->lang ? opts->lang : "swe";
    /* Leptonica reports problems on stderr; ours go through at_error, one line per file.
     * (Leptonica's message level is process-wide.) */
    setMsgSeverity(L_SEVERITY_NONE);
    /* A mistyped folder is a setup error, found before any page is read. */
    if (opts->tessdata && !g_file_test(opts->tessdata, G_FILE_TEST_IS_DIR))
        return at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "tesseract model folder %s not found",
                            opts->tessdata);
    /* The models are loaded by the workers on the first page to OCR (engines_ready): a born-digital PDF
     * needs none, and reads on a machine without them. */
    at_ocr *ocr = g_new0(at_ocr, 1);
    ocr->opts = *opts;
    ocr->lang = g_strdup(lang);
    ocr->langs = g_strsplit(lang, "+", -1);
    ocr->tessdata = g_strdup(opts->tessdata);
    ocr->opts.lang = ocr->lang;
    ocr->opts.tessdata = ocr->tessdata;
    ocr->engine = g_strdup_printf("tesseract %s %s", TessVersion(), lang);
    ocr->n_workers = opts->jobs > 0 ? opts->jobs : (int)g_get_num_processors();
    ocr->queue = g_async_queue_new();
    ocr->workers = g_new0(GThread *, (gsize)ocr->n_workers);
    for (int i = 0; i < ocr->n_workers; i++)
        ocr->workers[i] = g_thread_new("arkivtext-ocr", work, ocr);
    *out = ocr;
    return 0;
}

static void ocr_free(at_ocr *ocr)
{
    if (!ocr)
        return;
    for (int i = 0; i < ocr->n_workers; i++) {
        work_item *stop = g_new0(work_item, 1);
        g_async_queue_push(ocr->queue, stop);
    }
    for (int i = 0; i < ocr->n_workers; i++)
        g_thread_join(ocr->workers[i]);
    g_async_queue_unref(ocr->queue);
    g_free(ocr->workers);
    g_free(ocr->engine);
    g_free(ocr->lang);
    g_strfreev(ocr->langs);
    g_free(ocr->tessdata);
    g_free(ocr);
}

/* Walks the pages of a document's files in order, opening each file when its first page is needed. */
typedef struct {
    const char *const *paths;
    size_t n, file;  /* the files, and the one being read */
    at_source_kind kind;
    void *handle;
    int pages, next; /* its page count, and pages of it read so far */
    bool open;
} page_cursor;

static void cursor_close(page_cursor *c)
{
    if (c->open)
        at_source_close(c->kind, c->handle);
    c->open = false;
}

/* Read the document's next page into `job`; `*more` is false after the last. */
static int cursor_next(page_cursor *c, const at_ocr_options *opts, at_page_job *job, bool *more, at_error *err)
{
    while (!c->open || c->next >= c->pages) {
        if (c->open) {
            cursor_close(c);
            c->file++;
        }
        *more = c->file < c->n;
        if (!*more)
            return 0;
        int rc = at_source_open(c->paths[c->file], &c->kind, &c->pages, &c->handle, err);
        if (rc < 0)
            return rc;
        c->open = true;
        c->next = 0;
    }
    job->source_page = ++c->next;
    job->path = c->paths[c->file];
    job->err = (at_error)AT_ERROR_INIT;
    *more = true;
    return at_source_read_page(job->path, c->kind, c->handle, opts, job, err);
}

static void job_free(gpointer p)
{
    at_page_job *job = p;
    at_page_layout_free(job->layer);
    g_free(job->note);
    pixDestroy(&job->pix);
    g_free(job);
}

/* Did the page give a word its reader was at least half sure of? Shapes give OCR a few unsure ones. */
static bool any_sure_word(const at_doc *page)
{
    at_word_view w;
    for (size_t i = 0; i < at_doc_n_words(page); i++) {
        at_doc_word(page, i, &w);
        if (w.confidence < 0 || w.confidence >= 0.5f)
            return true;
    }
    return false;
}

/* The document of the pages read, text layers and OCR'd pages alike: running headers and footers
 * dropped, tables over page breaks joined. */
static at_doc *assemble(const char *name, GPtrArray *jobs)
{
    GPtrArray *pages = g_ptr_array_new();
    for (guint i = 0; i < jobs->len; i++)
        g_ptr_array_add(pages, ((at_page_job *)jobs->pdata[i])->layer);
    at_pages_drop_running((at_page_layout *const *)pages->pdata, pages->len);
    at_pages_align_runs((at_page_layout *const *)pages->pdata, pages->len);
    g_ptr_array_free(pages, TRUE);
    at_doc *doc = at_doc_new(name);
    for (guint i = 0; i < jobs->len; i++) {
        at_page_job *job = jobs->pdata[i];
        bool ocred = job->layer->ocred != NULL;
        at_doc *page = at_page_layout_doc(job->layer);
        g_clear_pointer(&job->layer, at_page_layout_free);
        if (job->from_pdf && ocred && !any_sure_word(page))
            at_doc_add_warning(page, "no text found (no text layer, and OCR read nothing it was sure of)");
        at_doc_append(doc, page);
        at_doc_free(page);
    }
    return doc;
}

static int ocr_files(at_ocr *ocr, const char *name, const char *const *paths, size_t n, at_doc **out,
                     at_ocr_progress_fn progress, void *data, at_error *err)
{
    *out = NULL;
    page_cursor cursor = { paths, n, 0, AT_SOURCE_IMAGE, NULL, 0, 0, false };
    GPtrArray *jobs = g_ptr_array_new_with_free_func(job_free);
    GAsyncQueue *done = g_async_queue_new();
    /* Pages are read here and handed out a few at a time, so a long TIFF never sits in memory whole. */
    int in_flight_max = 2 * ocr->n_workers, received = 0, rc = 0;
    bool more = n > 0;
    while (rc == 0 && (more || received < (int)jobs->len)) {
        while (more && (int)jobs->len - received < in_flight_max && rc == 0) {
            at_page_job *job = g_new0(at_page_job, 1);
            rc = cursor_next(&cursor, &ocr->opts, job, &more, err);
            if (rc < 0 || !more) {
                job_free(job);
                break;
            }
            g_ptr_array_add(jobs, job);
            work_item *item = g_new(work_item, 1);
            *item = (work_item){ job, done, NULL };
            g_async_queue_push(ocr->queue, item);
        }
        if (received < (int)jobs->len) {
            at_page_job *job = g_async_queue_pop(done);
            received++;
            if (!job->layer && rc == 0) {
                char msg[512];
                at_error_format(&job->err, msg, sizeof msg);
                rc = at_error_set(err, job->err.code ? job->err.code : AT_EDEPEND, AT_STAGE_CORE, job->path,
                                  "page %d: %s", job->source_page, msg);
            }
            if (progress)
                progress((size_t)received, jobs->len, data);
        }
    }
    /* A failed read stops new pages; the ones already out are still collected before returning. */
    for (; received < (int)jobs->len; received++)
        g_async_queue_pop(done);
    cursor_close(&cursor);
    if (rc == 0)
        *out = assemble(name, jobs);
    g_ptr_array_free(jobs, TRUE);
    g_async_queue_unref(done);
    return rc;
}

static int ocr_document(at_ocr *ocr, const char *path, at_doc **out, at_ocr_progress_fn progress, void *data,
                        at_error *err)
{
    const char *paths[] = { path, NULL };
    return ocr_files(ocr, path, paths, 1, out, progress, data, err);
}

/* A page drawn again; the loader sends only PDF pages here (others go to the image module). */
static int page_render(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                       size_t *len, int *width, int *height, at_error *err)
{
    return at_page_render_from(at_source_read_gray, path, view, dpi, quality, jpeg, len, width, height, err);
}

/* The module's entry point: the loader in libarkivtext (loader.c) calls it once. */
AT_EXPORT const at_ocr_module_fns *at_ocr_module_table(int abi)
{
    static const at_ocr_module_fns fns = { ocr_new, ocr_free, ocr_document, ocr_files, page_render };
    return abi == AT_OCR_MODULE_ABI ? &fns : NULL;
}
