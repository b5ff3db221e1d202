/* The document as the extractors see it: lines of running text and table rows, each with provenance.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Provenance lines are source text lines (1-based) for documents read from
 * text, and for OCR documents the n of the ALTO TextLine ID p<page>_l<n> the
 * line gets (at_alto_ids: lines the ALTO leaves out are not counted).
 */
#include "arkivtext/alto.h"
#include "extract/extract_private.h"

#include <limits.h>
#include <string.h>

/* Source line numbers of byte offsets: the offsets where lines start, searched by bisection. */
typedef struct {
    GArray *starts; /* long long */
} line_index;

static void index_build(line_index *li, const at_doc *doc)
{
    li->starts = g_array_new(FALSE, FALSE, sizeof(long long));
    size_t source_len;
    const char *source = at_doc_source(doc, &source_len);
    if (!source)
        return;
    long long zero = 0;
    g_array_append_val(li->starts, zero);
    for (const char *p = source; (p = memchr(p, '\n', source_len - (size_t)(p - source)));) {
        long long at = (long long)(++p - source);
        g_array_append_val(li->starts, at);
    }
}

static int index_line(const line_index *li, long long offset)
{
    if (offset < 0 || li->starts->len == 0)
        return 0;
    guint lo = 0, hi = li->starts->len;
    while (hi - lo > 1) {
        guint mid = (lo + hi) / 2;
        if (g_array_index(li->starts, long long, mid) <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return (int)lo + 1;
}

/* Tags some exports leave in cells ("<b>Theme</b>") are markup, not text. */
static void strip_tags(GString *s)
{
    for (gsize i = 0; i < s->len; i++) {
        if (s->str[i] != '<')
            continue;
        gsize j = i + 1;
        if (j < s->len && s->str[j] == '/')
            j++;
        gsize name = j;
        while (j < s->len && g_ascii_isalpha(s->str[j]))
            j++;
        if (j > name && j - name <= 6 && j < s->len && s->str[j] == '>') {
            g_string_erase(s, (gssize)i, (gssize)(j - i + 1));
            i--;
        }
    }
}

/* Append words [first, end) to `s` as the lines' text has them: single spaces, empty words and a hyphenated word's
 * merged second half left out. Returns whether any word was appended. */
static bool append_words(GString *s, const at_doc *doc, size_t first, size_t end)
{
    bool any = false;
    for (size_t w = first; w < end; w++) {
        at_word_view word;
        at_doc_word(doc, w, &word);
        if (word.deleted)
            continue; /* merged into the word before (a hyphenated word's second half) */
        if (s->len && s->str[s->len - 1] != ' ')
            g_string_append_c(s, ' ');
        g_string_append_len(s, word.text, (gssize)word.text_len);
        any = true;
    }
    return any;
}

/* The words of lines [first, first + n) joined by single spaces; provenance of the first and last line with words. */
static char *join_lines(const at_doc *doc, size_t first, size_t n, const int *line_no, const at_alto_ids *ids,
                        at_provenance *prov)
{
    GString *s = g_string_new(NULL);
    bool from_text = at_doc_source(doc, &(size_t){ 0 }) != NULL;
    for (size_t l = first; l < first + n; l++) {
        at_line_view line;
        at_doc_line(doc, l, &line);
        if (!append_words(s, doc, line.first_word, (size_t)line.first_word + line.n_words))
            continue;
        char id[48];
        bool in_alto = !from_text && at_alto_line_id(ids, l, id, sizeof id);
        if (prov->first_line == 0) {
            prov->first_line = line_no[l];
            if (in_alto)
                prov->alto_first = g_strdup(id);
        }
        prov->last_line = line_no[l];
        if (in_alto) {
            g_free((char *)prov->alto_last);
            prov->alto_last = g_strdup(id);
        }
    }
    strip_tags(s);
    return g_string_free(s, FALSE);
}

#define FAR_APART 3 /* word heights: text this far apart on a page's line stands apart */

/* Words [first, end) as a line's text has them: joined, tags stripped, trimmed. */
static char *words_text(const at_doc *doc, size_t first, size_t end)
{
    GString *s = g_string_new(NULL);
    append_words(s, doc, first, end);
    strip_tags(s);
    return g_strstrip(g_string_free(s, FALSE));
}

/* Page line `l`'s halves when a gap of FAR_APART word heights parts them ("Åre kommun … Kommunstyrelsens
 * förvaltning": a letterhead's halves read across): `xl`'s before_gap and the right half's offset in its text, both
 * counted by the joiner that made the text, so that empty words before the gap move neither. */
static void split_at_gap(const at_doc *doc, size_t l, xline *xl)
{
    at_line_view line;
    at_doc_line(doc, l, &line);
    size_t end = (size_t)line.first_word + line.n_words;
    at_word_view prev = { 0 };
    for (size_t w = line.first_word; w < end; w++) {
        at_word_view word;
        at_doc_word(doc, w, &word);
        if (word.deleted || word.text_len == 0)
            continue;
        if (prev.text_len && prev.box.w > 0 && word.box.h > 0 &&
            word.box.x - (prev.box.x + prev.box.w) > FAR_APART * MAX(prev.box.h, word.box.h)) {
            char *before = words_text(doc, line.first_word, w), *right = words_text(doc, w, end);
            size_t n = strlen(xl->text), r = strlen(right);
            if (*before && r && r < n && g_str_has_suffix(xl->text, right) && g_str_has_prefix(xl->text, before)) {
                xl->before_gap = before;
                xl->gap_at = n - r;
            } else {
                g_free(before);
            }
            g_free(right);
            return;
        }
        prev = word;
    }
}

static void xline_free(gpointer p)
{
    xline *l = p;
    g_free(l->text);
    g_free(l->before_gap);
    g_free((char *)l->prov.alto_first);
    g_free((char *)l->prov.alto_last);
    g_free(l);
}

static void xrow_free(gpointer p)
{
    xrow *r = p;
    for (int i = 0; i < r->n_cells; i++) {
        g_free(r->cells[i]);
        if (r->cell_lines)
            g_free(r->cell_lines[i]);
    }
    g_free(r->cells);
    g_free(r->cell_lines);
    g_free(r->cell_boxes);
    g_free((char *)r->prov.alto_first);
    g_free((char *)r->prov.alto_last);
    g_free(r);
}

/* A cell's text with '\n' between its lines: a scanned signature table may hold a whole block in one cell. */
static char *cell_lines(const at_doc *doc, const at_block_view *bl, const int *line_no, const at_alto_ids *ids)
{
    GString *s = g_string_new(NULL);
    for (size_t l = bl->first_line; l < (size_t)bl->first_line + bl->n_lines; l++) {
        at_provenance ignored = { 0 };
        char *line = join_lines(doc, l, 1, line_no, ids, &ignored);
        g_strstrip(line);
        if (*line)
            g_string_append_printf(s, "%s%s", s->len ? "\n" : "", line);
        g_free(line);
        g_free((char *)ignored.alto_first);
        g_free((char *)ignored.alto_last);
    }
    return g_string_free(s, FALSE);
}

static bool is_blank(const char *s)
{
    for (; *s; s++)
        if (!g_ascii_isspace(*s))
            return false;
    return true;
}

/* A word broken at a line end whose halves the normalizer did not join
 * (across a blank line, or without normalizing): "Samarbets-" + "kommitté". */
static bool continues_word(const xline *a, const xline *b)
{
    size_t n = strlen(a->text);
    if (n < 3 || a->text[n - 1] != '-' || !g_unichar_isalpha(g_utf8_get_char(g_utf8_prev_char(a->text + n - 1))))
        return false;
    gunichar c = g_utf8_get_char(b->text);
    if (!g_unichar_islower(c))
        return false;
    static const char *const joiners[] = { "och ", "eller ", "samt ", "till " };
    for (size_t i = 0; i < G_N_ELEMENTS(joiners); i++)
        if (g_str_has_prefix(b->text, joiners[i]))
            return false;
    return true;
}

static void merge_broken_words(GPtrArray *lines)
{
    for (guint i = 0; i + 1 < lines->len;) {
        xline *a = g_ptr_array_index(lines, i), *b = g_ptr_array_index(lines, i + 1);
        if (a->prov.page != b->prov.page || !continues_word(a, b)) {
            i++;
            continue;
        }
        a->text[strlen(a->text) - 1] = '\0';
        char *joined = g_strconcat(a->text, b->text, NULL);
        g_free(a->text);
        a->text = joined;
        a->prov.last_line = b->prov.last_line;
        g_free((char *)a->prov.alto_last);
        a->prov.alto_last = g_strdup(b->prov.alto_last);
        g_ptr_array_remove_index(lines, i + 1);
    }
}

bool read_by_ocr(const at_doc *doc, size_t page)
{
    at_page_view view;
    at_doc_page(doc, page, &view);
    return view.engine && g_str_has_prefix(view.engine, "tesseract");
}

bool line_read_by_ocr(const xctx *x, const xline *l)
{
    return l->prov.page >= 1 && read_by_ocr(x->doc, (size_t)l->prov.page - 1);
}

/* The length of a circled number opening a heading as OCR reads it ("(1) ", or round glyphs: "Q ", "@ " before
 * the heading's capital), its digit in `*digit` ('\0' when it lost it), or 0. */
static size_t circled_number_len(const char *s, char *digit)
{
    size_t n = 0;
    *digit = '\0';
    if (s[0] == '(' && g_ascii_isdigit(s[1]) && s[2] == ')' && s[3] == ' ')
        *digit = s[1], n = 4;
    else
        n = lost_number_len(s);
    bool credit = g_str_has_prefix(s, "© ") && word_count(s + n) == 1; /* "© Lantmäteriet": a name's credit */
    return n && !credit && g_unichar_isupper(g_utf8_get_char(s + n)) && word_count(s + n) <= 8 && last_char(s) != '.' ? n
                                                                                                                   : 0;
}

/* The length of the circled number opening line `l` as a heading on a page OCR read (a born PDF's "(1)" is its
 * own), or 0. */
static size_t circled_heading_len(const at_doc *doc, const xline *l, char *digit)
{
    return l->para_start && read_by_ocr(doc, (size_t)l->prov.page - 1) ? circled_number_len(l->text, digit) : 0;
}

/* "FOKUSOMRÅDE 1", "Insatsområde B", "Tema 3": an area's label and its code, nothing else. */
static bool area_label_alone(const char *s)
{
    const char *end = area_label_end(s);
    size_t code = end && *end == ' ' ? strspn(end + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") : 0;
    return code && code <= 3 && !end[1 + code];
}

/* An area's label over its name in one paragraph, prose in the next ("FOKUSOMRÅDE 1 / Ett levande centrum"): OCR
 * reads as one block what a page sets as label and heading. The name opens a paragraph of its own, as the heading
 * it is. */
static void part_area_names(GPtrArray *lines)
{
    for (guint i = 0; i + 2 < lines->len; i++) {
        const xline *label = g_ptr_array_index(lines, i), *after = g_ptr_array_index(lines, i + 2);
        xline *name = g_ptr_array_index(lines, i + 1);
        if (label->para_start && !name->para_start && after->para_start && area_label_alone(label->text) &&
            heading_words(name->text, true))
            name->para_start = true;
    }
}

/* Headings numbered by circled digits, which OCR reads as "(1)" or as a letter ("Q Barn och unga ute"): written
 * "2 Barn och unga ute" as a text gives them, a lost digit counted on from the heading before. Two at least, each
 * opening its paragraph, one read as a letter: "(1) X" and "(2) Y" alone are a list's items. */
static void number_circled_headings(const at_doc *doc, GPtrArray *lines)
{
    guint found = 0, lost = 0;
    char digit;
    for (guint i = 0; i < lines->len; i++) {
        const xline *l = g_ptr_array_index(lines, i);
        bool heading = circled_heading_len(doc, l, &digit);
        found += heading;
        lost += heading && !digit;
    }
    int number = 0;
    for (guint i = 0; i < lines->len && found >= 2 && lost; i++) {
        xline *l = g_ptr_array_index(lines, i);
        size_t n = circled_heading_len(doc, l, &digit);
        if (!n)
            continue;
        number = digit ? digit - '0' : number + 1;
        char *text = g_strdup_printf("%d %s", number, l->text + n);
        g_free(l->text);
        l->text = text;
    }
}

/* Does row `r` read like a header: every cell of three words at most, no digit in any ("Ansvarig | Aktivitet |
 * Klart")? */
static bool header_like(const xrow *r)
{
    for (int c = 0; c < r->n_cells; c++) {
        const char *t = r->cells[c] ? r->cells[c] : "";
        if (t[strcspn(t, "0123456789")] || word_count(t) > 3)
            return false;
    }
    return true;
}

/* Is one-cell row `r` a line across a table ("Område 2: Unga" between its rows, as a page prints a row over the
 * columns): right after the row `above` and right before `below`, both of as many cells, `below` no header of a
 * table of its own (a heading over a new table)? */
static bool row_across(const xrow *above, const xrow *r, const xrow *below)
{
    return above && below && below->n_cells > 1 && above->n_cells == below->n_cells && !header_like(below) &&
           !plan_header_row(below) && /* "Åtgärd | Ansvarig | Kostnad 2027 (tkr)": a header with a year */
           above->prov.last_line + 1 == r->prov.first_line && r->prov.last_line + 1 == below->prov.first_line;
}

/* How far line l starts right of its block: the spaces and tabs before its first word in a text, the pixels between
 * its left edge and its block's on a page (a nested list item's indentation). */
static int line_indent(const at_doc *doc, size_t l, const at_block_view *bl)
{
    at_line_view line;
    at_doc_line(doc, l, &line);
    size_t len;
    const char *source = at_doc_source(doc, &len);
    if (!source)
        return line.box.x >= 0 && bl->box.x >= 0 && line.box.x > bl->box.x ? line.box.x - bl->box.x : 0;
    at_word_view first;
    at_doc_word(doc, line.first_word, &first);
    int spaces = 0;
    for (long long at = first.offset; line.n_words && at > 0 && at <= (long long)len && strchr(" \t", source[at - 1]) &&
                                      source[at - 1]; at--)
        spaces++;
    return spaces * 30; /* a character's width on a page at 300 dpi: one scale for both */
}

/* Page line `l` of block `bl` with its first word, when it is in the block, has words and both have boxes. */
static bool page_line(const at_doc *doc, const at_block_view *bl, size_t l, at_line_view *line, at_word_view *first)
{
    if (l >= (size_t)bl->first_line + bl->n_lines)
        return false;
    at_doc_line(doc, l, line);
    if (!line->n_words || line->box.w <= 0 || bl->box.w <= 0)
        return false;
    at_doc_word(doc, line->first_word, first);
    return true;
}

/* Does a line of running text start at line `l` of block `bl`: a full line whose first word begins with a capital?
 * Lines of a page only (a text's lines have no boxes). */
static bool full_line_at(const at_doc *doc, const at_block_view *bl, size_t l)
{
    at_line_view line;
    at_word_view first;
    return page_line(doc, bl, l, &line, &first) && line.box.x + line.box.w >= bl->box.x + bl->box.w * 85 / 100 &&
           g_unichar_isupper(g_utf8_get_char_validated(first.text, (gssize)first.text_len));
}

/* Is page line `l` of block `bl` short (within six tenths of the block) and a title's: a few words from a capital to an
 * end that is not a sentence's? */
static bool title_line_at(const at_doc *doc, const at_block_view *bl, size_t l)
{
    at_line_view line;
    at_word_view first, last;
    if (!page_line(doc, bl, l, &line, &first) || line.n_words > 8 ||
        line.box.x + line.box.w > bl->box.x + bl->box.w * 6 / 10)
        return false;
    at_doc_word(doc, line.first_word + line.n_words - 1, &last);
    return g_unichar_isupper(g_utf8_get_char_validated(first.text, (gssize)first.text_len)) && last.text_len &&
           !strchr(".,;:!?", last.text[last.text_len - 1]);
}

/* The number of a one-line block that is only a number (1-2 digits, a stop after them or none), else NULL. */
static char *number_block(const at_doc *doc, const at_block_view *bl, at_line_view *line)
{
    if (bl->kind == AT_BLOCK_CELL || bl->n_lines != 1)
        return NULL;
    at_doc_line(doc, bl->first_line, line);
    if (line->box.w <= 0)
        return NULL;
    char *text = words_text(doc, line->first_word, (size_t)line->first_word + line->n_words);
    size_t digits = strspn(text, "0123456789");
    if (digits >= 1 && digits <= 2 && (!text[digits] || strcmp(text + digits, ".") == 0))
        return text;
    g_free(text);
    return NULL;
}

/* How far right of number line `nl` block `bl`'s first line starts, when level with it; else -1. */
static int level_gap(const at_doc *doc, const at_block_view *bl, const at_line_view *nl)
{
    at_line_view hl;
    if (bl->kind == AT_BLOCK_CELL || !bl->n_lines)
        return -1;
    at_doc_line(doc, bl->first_line, &hl);
    int middle = nl->box.y + nl->box.h / 2, gap = hl.box.x - (nl->box.x + nl->box.w);
    bool level = hl.box.w > 0 && middle >= hl.box.y && middle <= hl.box.y + hl.box.h;
    return level && gap >= 0 && gap <= FAR_APART * hl.box.h ? gap : -1;
}

/* The block on number block `b`'s page whose first line stands nearest right of and level with number line `nl`, and
 * has no number yet; the number of blocks when none does. */
static size_t heading_beside(const at_doc *doc, size_t b, const at_line_view *nl, char *const *beside, const bool *placed)
{
    size_t n = at_doc_n_blocks(doc), lo = b, hi = b + 1, best = n;
    at_block_view num, bl;
    at_doc_block(doc, b, &num);
    while (lo > 0 && (at_doc_block(doc, lo - 1, &bl), bl.page == num.page))
        lo--;
    while (hi < n && (at_doc_block(doc, hi, &bl), bl.page == num.page))
        hi++;
    int best_gap = INT_MAX;
    for (size_t h = lo; h < hi; h++) {
        at_doc_block(doc, h, &bl);
        int gap = h == b || placed[h] || beside[h] ? -1 : level_gap(doc, &bl, nl);
        if (gap >= 0 && gap < best_gap)
            best = h, best_gap = gap;
    }
    return best;
}

/* Clauses' or goals' numbers set in blocks of their own left of their headings and level with them (badges, hanging
 * numbers: a born PDF's text layer parts "1" from "UPPLÅTELSENS ÄNDAMÅL", and may put it before the heading or after
 * its paragraph): beside[h] the number that opens heading block h's first line, placed[b] for each such number. */
static void numbers_beside(const at_doc *doc, char **beside, bool *placed)
{
    size_t n = at_doc_n_blocks(doc);
    for (size_t b = 0; b < n; b++) {
        at_block_view num;
        at_line_view nl;
        at_doc_block(doc, b, &num);
        char *number = number_block(doc, &num, &nl);
        size_t h = number ? heading_beside(doc, b, &nl, beside, placed) : n;
        if (h < n) {
            beside[h] = number;
            placed[b] = true;
        } else {
            g_free(number);
        }
    }
}

#define MARGIN_SHARE 20 /* a page's top and bottom twentieth (15 mm of A4) hold its running header and footer */

/* Is some line of `page` a quarter taller than `height` (a title's type over a running header's)? */
static bool taller_line_on_page(const at_doc *doc, size_t page, int height)
{
    for (size_t b = 0; b < at_doc_n_blocks(doc); b++) {
        at_block_view bl;
        at_doc_block(doc, b, &bl);
        for (size_t l = bl.first_line; bl.page == page && l < (size_t)bl.first_line + bl.n_lines; l++) {
            at_line_view line;
            at_doc_line(doc, l, &line);
            if (4 * line.box.h >= 5 * height)
                return true;
        }
    }
    return false;
}

/* Does page line `l` stand wholly in its page's top or bottom margin, where running headers and footers are set
 * ("Handlingsplan kompetensförsörjning · 2026-03-30" over the letterhead; a footer's "Sida 2 av 4"), in smaller
 * type than a line of its page? A page set or cropped tight puts its title there too, in the page's largest type. */
static bool in_page_margin(const at_doc *doc, size_t l, size_t page)
{
    at_line_view line;
    at_page_view view;
    at_doc_line(doc, l, &line);
    at_doc_page(doc, page, &view);
    int margin = view.height / MARGIN_SHARE;
    return line.box.h > 0 && margin > 0 &&
           (line.box.y + line.box.h <= margin || line.box.y >= view.height - margin) &&
           taller_line_on_page(doc, page, line.box.h);
}

/* Does page line `l` of block `bl` stand as far again from the line under it as that line from the next, or
 * further ("Kunskap och vanor" over "Så här vill vi ha det:" and its list, one block): a heading's space after it,
 * which OCR's block took in with the lines under it? */
static bool spaced_off_block(const at_doc *doc, const at_block_view *bl, size_t l)
{
    if (l + 2 >= (size_t)bl->first_line + bl->n_lines)
        return false;
    at_line_view line, next, after;
    at_doc_line(doc, l, &line);
    at_doc_line(doc, l + 1, &next);
    at_doc_line(doc, l + 2, &after);
    int pitch = next.box.y - line.box.y, block_pitch = after.box.y - next.box.y;
    return line.box.h > 0 && block_pitch > 0 && 2 * pitch >= 3 * block_pitch;
}

static int least_pitch(const at_doc *doc, const at_block_view *bl, size_t skip);

/* Is page line `l` its block's last, set half a line further below the line above than the block's lines are from
 * each other ("… läs- och skrivinlärning." over "Så togs programmet fram", the paragraph under it a block of its
 * own): a heading's space before it, which OCR's block took in with the paragraph above? */
static bool spaced_last_line(const at_doc *doc, const at_block_view *bl, size_t l)
{
    if (l != (size_t)bl->first_line + bl->n_lines - 1 || l <= (size_t)bl->first_line)
        return false;
    at_line_view above, line;
    at_doc_line(doc, l - 1, &above);
    at_doc_line(doc, l, &line);
    int least = least_pitch(doc, bl, l);
    return least > 0 && 2 * (line.box.y - above.box.y) >= 3 * least;
}

/* Is page line `l` a heading that OCR set into the paragraph under it ("Kompetens och inflyttning" over "Företagen i
 * Gällivare ska …", one block) or above it (spaced_last_line): a title's line after a sentence's end, a heading or the
 * block's top (`before` NULL), over a full line of running text or over one more heading that is; never an att-list's
 * item? */
static bool heading_in_block(const at_doc *doc, const at_block_view *bl, size_t l, const char *before)
{
    at_line_view line;
    at_word_view first;
    bool after_sentence = !before || strchr(".!?:", last_char(before));
    bool proposal = page_line(doc, bl, l, &line, &first) && first.text_len == 3 &&
                    g_ascii_strncasecmp(first.text, "att", 3) == 0; /* "Att anta handlingsplanen" */
    return after_sentence && !proposal && title_line_at(doc, bl, l) &&
           (full_line_at(doc, bl, l + 1) || (title_line_at(doc, bl, l + 1) && full_line_at(doc, bl, l + 2)) ||
            spaced_off_block(doc, bl, l) || spaced_last_line(doc, bl, l));
}

/* The least distance between the tops of two lines that follow one another in block `bl`, the pair ending at line
 * `skip` aside; 0 when there is no other pair. */
static int least_pitch(const at_doc *doc, const at_block_view *bl, size_t skip)
{
    int least = 0;
    for (size_t l = (size_t)bl->first_line + 1; l < (size_t)bl->first_line + bl->n_lines; l++) {
        at_line_view above, line;
        at_doc_line(doc, l - 1, &above);
        at_doc_line(doc, l, &line);
        int pitch = line.box.y - above.box.y;
        if (l != skip && above.box.h > 0 && line.box.h > 0 && pitch > 0 && (least == 0 || pitch < least))
            least = pitch;
    }
    return least;
}

/* Is word `w` a list item's code: a roman or arabic number and a stop ("II.", "3.", OCR's "Ill." for "III.")?
 * Paragraphs so numbered may share one left edge and one pitch (review30 7): a line so opened starts one when its
 * top is a paragraph's space (1.8 lines) below the line above's. */
static bool item_code_word(const at_word_view *w)
{
    size_t n = w->text_len;
    if (n < 2 || n > 5 || w->text[n - 1] != '.')
        return false;
    size_t roman = strspn(w->text, "IVXl"), digits = strspn(w->text, "0123456789");
    return (roman == n - 1 && w->text[0] != 'l') || digits == n - 1;
}

/* Does a paragraph that OCR set into the block above start at page line `l` ("… de mindre kommunerna." over "Vårt
 * mål: Utbildningsutbudet …" set off by a rule at its side, one block): after a sentence's end, from a capital, its
 * left edge half a line's height from the line above's and its top an eighth further below it than the block's
 * lines from each other? A list item's second sentence on its own line keeps the block's pitch. */
static bool paragraph_in_block(const at_doc *doc, const at_block_view *bl, size_t l, const char *before)
{
    at_line_view line, above;
    at_word_view first;
    if (!before || !strchr(".!?", last_char(before)) || l <= (size_t)bl->first_line ||
        !page_line(doc, bl, l, &line, &first) ||
        !g_unichar_isupper(g_utf8_get_char_validated(first.text, (gssize)first.text_len)))
        return false;
    at_doc_line(doc, l - 1, &above);
    int least = least_pitch(doc, bl, l);
    int pitch = line.box.y - above.box.y;
    bool set_off = least > 0 && 2 * abs(line.box.x - above.box.x) >= above.box.h && 8 * pitch >= 9 * least;
    return above.box.h > 0 && (set_off || (item_code_word(&first) && 5 * pitch >= 9 * above.box.h));
}

/* OCR reads a roman item code's "III." as "Ill." and "II." as "Il." (a serif-less I taken for an l): the code opening
 * line text `s` before a capital made a code again, as a born page reads it (review30 7). In place: same length. */
static void roman_code_misread(char *s)
{
    size_t ls = s[0] == 'I' ? strspn(s + 1, "l") : 0;
    if (ls >= 1 && ls <= 2 && s[1 + ls] == '.' && s[2 + ls] == ' ' && g_unichar_isupper(g_utf8_get_char(s + 3 + ls)))
        memset(s + 1, 'I', ls);
}

/* Is the character at `p` a quotation mark, straight or curly? */
static bool quote_at(const char *p)
{
    return *p && strchr("\"'`", *p) ? true : g_str_has_prefix(p, "‘") || g_str_has_prefix(p, "’") ||
                                            g_str_has_prefix(p, "“") || g_str_has_prefix(p, "”") ||
                                            g_str_has_prefix(p, "„");
}

static bool dash_or_stop(const char *p)
{
    return *p == '-' || *p == '.' || g_str_has_prefix(p, "–") || g_str_has_prefix(p, "—");
}

/* Does `s` hold a quotation mark in [from, to)? */
static bool quote_within(const char *from, const char *to)
{
    for (const char *p = from; p < to; p = g_utf8_next_char(p))
        if (quote_at(p))
            return true;
    return false;
}

/* A worn scan's specks OCR'd at a table cell's edges ("'miljöenheten", "2028 -", "-- driftenheten",
 * "Fältassistenterna \"") taken off, in place: a quotation mark no other quote in the cell pairs, and a run of
 * dashes or stops set off by a space from the text. A dash or stop in the text ("2029–2030", "2029–", "Klart.")
 * and a quote paired ("\"Läslust\" i skolan") stay; a cell of a dash alone is one ("–": no value). */
static void worn_cell_edges(char *s)
{
    for (bool changed = true; changed;) {
        changed = false;
        size_t n = strlen(s);
        const char *end = s + n, *last = n ? g_utf8_prev_char(end) : s;
        if (n && quote_at(s) && !quote_within(g_utf8_next_char(s), end)) {
            memmove(s, g_utf8_next_char(s), (size_t)(end - g_utf8_next_char(s)) + 1);
            changed = true;
        } else if (n && quote_at(last) && !quote_within(s, last)) {
            s[last - s] = '\0';
            changed = true;
        } else {
            const char *lead = s, *trail = end;
            while (*lead && dash_or_stop(lead))
                lead = g_utf8_next_char(lead);
            while (trail > s && dash_or_stop(g_utf8_prev_char(trail)))
                trail = g_utf8_prev_char(trail);
            if (lead > s && *lead == ' ') {
                memmove(s, lead, (size_t)(end - lead) + 1);
                changed = true;
            } else if (trail < end && trail > s && trail[-1] == ' ') {
                s[trail - s] = '\0';
                changed = true;
            }
        }
        g_strstrip(s);
    }
}

/* In a tab-separated export, a line without a tab is running text (a title, a paragraph before or
 * after the table), not a one-cell row; and it ends the table, rows after it another table, unless it
 * stands across the table. */
static void text_rows_to_lines(xctx *x)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func(xrow_free);
    int shift = 0;
    bool moved = false;
    for (guint i = 0; i < x->rows->len; i++) {
        xrow *r = g_ptr_array_index(x->rows, i);
        if (r->n_cells == 1 && r->cells[0]) {
            const xrow *above = rows->len ? g_ptr_array_index(rows, rows->len - 1) : NULL;
            bool across = row_across(above, r, i + 1 < x->rows->len ? g_ptr_array_index(x->rows, i + 1) : NULL);
            xline *l = g_new0(xline, 1);
            l->text = g_steal_pointer(&r->cells[0]);
            l->prov = r->prov;
            r->prov.alto_first = r->prov.alto_last = NULL;
            l->para_start = true;
            g_ptr_array_add(x->lines, l);
            xrow_free(r);
            moved = moved || !across;
            continue;
        }
        if (moved && rows->len && ((xrow *)g_ptr_array_index(rows, rows->len - 1))->table == r->table + shift)
            shift++;
        r->table += shift;
        moved = false;
        g_ptr_array_add(rows, r);
    }
    g_ptr_array_set_free_func(x->rows, NULL); /* every row was moved or freed */
    g_ptr_array_free(x->rows, TRUE);
    x->rows = rows;
}

#define LABEL_GAP 2 /* word heights: a label's gap from its value in a two-column box (wider than a word space) */

/* Is the page word `w` a label's word: letters only, no digit or mark ("Strategiskt", "mål")? */
static bool label_word(const at_word_view *w)
{
    for (const char *p = w->text; p < w->text + w->text_len; p = g_utf8_next_char(p))
        if (!g_unichar_isalpha(g_utf8_get_char(p)))
            return false;
    return w->text_len > 0;
}

/* Is `line` a head block's metadata row ("Handläggare   Anna Berg", "Datum   2028-03-01")? A contact or a dnr
 * hanging under it at the value's edge is a row of its own, no wrapped value (review35). */
static bool metadata_line(const at_doc *doc, const at_line_view *line)
{
    char *text = words_text(doc, line->first_word, (size_t)line->first_word + line->n_words);
    const char *value;
    bool label = find_label(text, &value) >= 0;
    g_free(text);
    return label;
}

/* An OCR'd block set as a label beside its value ("Strategiskt mål   Invånare och företag kan …" over "när och var
 * de vill."): the first line's words after a gap of LABEL_GAP word heights behind one to three label words, and
 * every further line starting where that value does (a hanging value; a shaded box loses its cell on a scan), the
 * second in lower case (the value a sentence wrapped: a name, a number or a contact under a head row is a row of its
 * own), the line no metadata row. Returns the first value word, or 0 when the block is no such box (one line: a head block's
 * row, left alone). */
static size_t label_box_value(const at_doc *doc, const at_block_view *bl)
{
    at_line_view line, next;
    at_word_view first, word, prev;
    if (bl->kind == AT_BLOCK_CELL || bl->n_lines < 2 || !page_line(doc, bl, bl->first_line, &line, &first))
        return 0;
    prev = first;
    for (size_t w = line.first_word + 1; w < (size_t)line.first_word + line.n_words && w - line.first_word <= 3; w++) {
        if (!label_word(&prev) || prev.deleted || prev.box.w <= 0)
            return 0;
        at_doc_word(doc, w, &word);
        int h = MAX(prev.box.h, word.box.h);
        if (word.box.x - (prev.box.x + prev.box.w) <= LABEL_GAP * h) {
            prev = word;
            continue;
        }
        for (size_t l = bl->first_line + 1; l < (size_t)bl->first_line + bl->n_lines; l++)
            if (!page_line(doc, bl, l, &next, &first) || abs(first.box.x - word.box.x) > h / 2 ||
                (l == bl->first_line + 1 && (!first.text_len || !g_unichar_islower(g_utf8_get_char(first.text)))))
                return 0;
        return metadata_line(doc, &line) ? 0 : w;
    }
    return 0;
}

/* The label box `bl` (label_box_value) as a table row of its own: `label | value`, as the box's cells would be. */
static xrow *label_box_row(const at_doc *doc, const at_block_view *bl, size_t value, const int *line_no,
                           const at_alto_ids *ids)
{
    at_line_view line;
    at_doc_line(doc, bl->first_line, &line);
    xrow *r = g_new0(xrow, 1);
    r->n_cells = 2;
    r->cells = g_new0(char *, 2);
    r->cell_lines = g_new0(char *, 2);
    r->cell_boxes = g_new(at_box, 2);
    r->cell_boxes[0] = r->cell_boxes[1] = (at_box){ -1, -1, -1, -1 };
    r->cells[0] = words_text(doc, line.first_word, value);
    at_provenance below = { 0 };
    char *head = words_text(doc, value, (size_t)line.first_word + line.n_words);
    char *rest = join_lines(doc, bl->first_line + 1, bl->n_lines - 1, line_no, ids, &below);
    r->cells[1] = g_strstrip(g_strconcat(head, " ", rest, NULL));
    g_free(head);
    g_free(rest);
    g_free((char *)below.alto_first);
    g_free((char *)below.alto_last);
    r->cell_lines[0] = g_strdup(r->cells[0]);
    r->cell_lines[1] = g_strdup(r->cells[1]);
    r->prov.page = (int)bl->page + 1;
    r->prov.confidence = -1;
    g_free(join_lines(doc, bl->first_line, bl->n_lines, line_no, ids, &r->prov));
    r->read_by_ocr = true;
    return r;
}

/* Is OCR'd block `bl` a column of head labels: two lines or more, each one to three letter-only words from a
 * capital ("Diarienummer", "Beslutad av"), one of them a metadata label? */
static bool label_column(const at_doc *doc, const at_block_view *bl)
{
    bool known = false;
    if (bl->kind == AT_BLOCK_CELL || bl->n_lines < 2 || !read_by_ocr(doc, bl->page))
        return false;
    for (size_t l = bl->first_line; l < (size_t)bl->first_line + bl->n_lines; l++) {
        at_line_view line;
        at_word_view first, word;
        if (!page_line(doc, bl, l, &line, &first) || line.n_words > 3 ||
            !g_unichar_isupper(g_utf8_get_char_validated(first.text, (gssize)first.text_len)))
            return false;
        for (size_t w = line.first_word; w < (size_t)line.first_word + line.n_words; w++) {
            at_doc_word(doc, w, &word);
            if (!label_word(&word))
                return false;
        }
        known = known || metadata_line(doc, &line);
    }
    return known;
}

/* Does block `vb` stand right of label column `lb` on its page with a line level with each of its labels? */
static bool values_level(const at_doc *doc, const at_block_view *lb, const at_block_view *vb)
{
    if (vb->kind == AT_BLOCK_CELL || vb->page != lb->page || vb->n_lines != lb->n_lines ||
        vb->box.x <= lb->box.x + lb->box.w)
        return false;
    for (size_t i = 0; i < (size_t)lb->n_lines; i++) {
        at_line_view label, value;
        at_word_view first;
        if (!page_line(doc, lb, lb->first_line + i, &label, &first) ||
            !page_line(doc, vb, vb->first_line + i, &value, &first))
            return false;
        int height = MAX(label.box.h, value.box.h);
        if (abs((2 * label.box.y + label.box.h) - (2 * value.box.y + value.box.h)) > height)
            return false; /* centres more than half a line apart */
    }
    return true;
}

/* Head labels set as a column beside a column of their values ("Datum" over "Dnr" left of "2027-06-14, § 52" over
 * "KS 2026/310", no rules): OCR reads each column as a block, which puts a label and its value lines apart. For
 * each label column b, values[b] is the nearest block right of it whose lines stand level with its labels, and
 * placed[] that block's (read with its labels); values[b] is the number of blocks where there is none. */
static void values_beside(const at_doc *doc, size_t *values, bool *placed)
{
    size_t n = at_doc_n_blocks(doc);
    for (size_t b = 0; b < n; b++) {
        at_block_view lb, vb;
        at_doc_block(doc, b, &lb);
        values[b] = n;
        if (placed[b] || !label_column(doc, &lb))
            continue;
        for (size_t h = 0; h < n; h++) {
            at_doc_block(doc, h, &vb);
            if (h == b || placed[h] || !values_level(doc, &lb, &vb))
                continue;
            at_block_view best;
            if (values[b] < n)
                at_doc_block(doc, values[b], &best);
            if (values[b] == n || vb.box.x < best.box.x)
                values[b] = h;
        }
        if (values[b] < n)
            placed[values[b]] = true;
    }
}

/* Label line `xl` with its value: line `i` of value block `vb` (values_beside) after its label, its provenance
 * spanning both lines (the value's block may come first on the page). */
static void append_value_line(const at_doc *doc, size_t vb, size_t i, const int *line_no, const at_alto_ids *ids,
                              xline *xl)
{
    at_block_view bl;
    at_doc_block(doc, vb, &bl);
    at_provenance at = { 0 };
    char *value = join_lines(doc, bl.first_line + i, 1, line_no, ids, &at);
    char *joined = g_strconcat(xl->text, " ", value, NULL);
    g_free(xl->text);
    g_free(value);
    xl->text = joined;
    bool before = at.first_line && at.first_line < xl->prov.first_line;
    bool after = at.last_line > xl->prov.last_line;
    if (before) {
        xl->prov.first_line = at.first_line;
        g_free((char *)xl->prov.alto_first);
        xl->prov.alto_first = g_strdup(at.alto_first);
    }
    if (after) {
        xl->prov.last_line = at.last_line;
        g_free((char *)xl->prov.alto_last);
        xl->prov.alto_last = g_strdup(at.alto_last);
    }
    g_free((char *)at.alto_first);
    g_free((char *)at.alto_last);
}

/* The tab-separated fields of text line `l` (a signature block, a budget table in a text export), or NULL
 * when the source line has no tab: the words' current readings, cut where the white space between them
 * in the source holds a tab (two tabs leave an empty field). */
static xrow *text_fields(const at_doc *doc, size_t l, const at_provenance *prov)
{
    size_t source_len;
    const char *source = at_doc_source(doc, &source_len);
    at_line_view line;
    at_doc_line(doc, l, &line);
    GPtrArray *cells = g_ptr_array_new_with_free_func(g_free); /* freed with it when no tab makes a row */
    GString *cell = g_string_new(NULL);
    long long prev_end = -1;
    bool tabs = false;
    for (size_t w = line.first_word; w < (size_t)line.first_word + line.n_words; w++) {
        at_word_view word;
        at_doc_word(doc, w, &word);
        if (word.deleted || word.offset < 0)
            continue;
        long long from = prev_end;
        if (from < 0) /* the line's start in the source */
            for (from = word.offset; from > 0 && source[from - 1] != '\n'; from--)
                ;
        for (long long k = from; k < word.offset && (size_t)k < source_len; k++) {
            if (source[k] != '\t')
                continue;
            tabs = true;
            g_ptr_array_add(cells, g_string_free(g_string_new(cell->str), FALSE));
            g_string_truncate(cell, 0);
        }
        if (cell->len)
            g_string_append_c(cell, ' ');
        g_string_append_len(cell, word.text, (gssize)word.text_len);
        prev_end = word.offset + (long long)word.raw_len;
    }
    g_ptr_array_add(cells, g_string_free(cell, FALSE));
    if (!tabs) {
        g_ptr_array_free(cells, TRUE);
        return NULL;
    }
    xrow *r = g_new0(xrow, 1);
    r->n_cells = (int)cells->len;
    r->cells = (char **)g_ptr_array_free(cells, FALSE);
    for (int c = 0; c < r->n_cells; c++)
        if (!*r->cells[c])
            g_clear_pointer(&r->cells[c], g_free);
    r->prov = *prov;
    r->prov.alto_first = r->prov.alto_last = NULL;
    return r;
}

GPtrArray *view_tables(xctx *x)
{
    GPtrArray *tables = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    GPtrArray *sources[] = { x->rows, x->text_rows };
    for (size_t s = 0; s < G_N_ELEMENTS(sources); s++) {
        GPtrArray *table = NULL;
        for (guint i = 0; i < sources[s]->len; i++) {
            xrow *r = g_ptr_array_index(sources[s], i);
            if (!table || ((xrow *)g_ptr_array_index(table, 0))->table != r->table) {
                table = g_ptr_array_new();
                g_ptr_array_add(tables, table);
            }
            g_ptr_array_add(table, r);
        }
    }
    return tables;
}

/* Do the cells of rows `a` and `b` stand in the same columns: as many, each one's centre within the other? */
static bool same_columns(const xrow *a, const xrow *b)
{
    if (a->n_cells < 2 || a->n_cells != b->n_cells || !a->cell_boxes || !b->cell_boxes)
        return false;
    for (int c = 0; c < a->n_cells; c++) {
        at_box p = a->cell_boxes[c], q = b->cell_boxes[c];
        if (p.w <= 0 || q.w <= 0 || 2 * p.x + p.w < 2 * q.x || 2 * p.x + p.w >= 2 * (q.x + q.w) ||
            2 * q.x + q.w < 2 * p.x || 2 * q.x + q.w >= 2 * (p.x + p.w))
            return false;
    }
    return true;
}

/* Does OCR'd table row `below`, the first of its table, go on the table that row `above` ends: on the same page
 * right under it (less than the lower row's height between, no line between), in the same columns, no header of its
 * own? A scan's faint rule between two rows of one table parts it into two tables, the second without its header. */
static bool splits_table(const xrow *above, const xrow *below)
{
    if (!above->read_by_ocr || !below->read_by_ocr || above->prov.page != below->prov.page ||
        above->table + 1 != below->table || below->row != 0 || !same_columns(above, below) || header_like(below) ||
        plan_header_row(below) || above->prov.last_line + 1 != below->prov.first_line)
        return false;
    at_box a = above->cell_boxes[0], b = below->cell_boxes[0];
    return b.y >= a.y + a.h && b.y - (a.y + a.h) < MIN(a.h, b.h);
}

/* Join the tables a scan's faint rule parted (splits_table): the second's rows go on the first's, and the tables after
 * them take the number before theirs. */
static void join_split_tables(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        xrow *above = g_ptr_array_index(rows, i - 1), *below = g_ptr_array_index(rows, i);
        if (!splits_table(above, below))
            continue;
        int table = below->table, base = above->row + 1;
        for (guint j = i; j < rows->len; j++) {
            xrow *r = g_ptr_array_index(rows, j);
            if (r->table == table)
                r->row += base;
            if (r->table >= table)
                r->table--;
        }
    }
}

/* Does `cell` break off after a word that cannot end a statement (an article, a preposition, a conjunction:
 * "… kommunen har en", "… stämmer med")? */
static bool breaks_off(const char *cell)
{
    static const char *const words[] = { "en", "ett", "och", "eller", "att", "som", "i", "på", "för", "med", "av",
                                         "till", "om", "från", "vid", "mot", "inom" };
    const char *space = strrchr(cell, ' ');
    const char *last = space ? space + 1 : cell;
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (strcmp(last, words[i]) == 0)
            return true;
    return false;
}

/* Cell `from` appended to cell `to` (text and lines), `from` left empty. */
static void move_cell(xrow *to, xrow *from, int c)
{
    char *text = g_strconcat(to->cells[c], " ", from->cells[c], NULL), *lines = NULL;
    if (to->cell_lines && from->cell_lines && to->cell_lines[c] && from->cell_lines[c])
        lines = g_strconcat(to->cell_lines[c], "\n", from->cell_lines[c], NULL);
    g_free(to->cells[c]);
    to->cells[c] = text;
    if (lines) {
        g_free(to->cell_lines[c]);
        to->cell_lines[c] = lines;
    }
    g_clear_pointer(&from->cells[c], g_free);
    if (from->cell_lines)
        g_clear_pointer(&from->cell_lines[c], g_free);
}

/* A cell merged down several rows of a scanned table ("Varje bostad … har en" over "belägenhetsadress som … och"
 * over "ambulans", one goal beside three activities): OCR's grid cuts its text at the rows' rules. A cell that
 * breaks off (breaks_off) goes on in the cell under it that opens in lower case; the text goes back to the top
 * cell and the cells under it are left empty, as the merged cell's are. */
static void join_cut_cells(GPtrArray *rows)
{
    for (guint i = 1; i < rows->len; i++) {
        xrow *below = g_ptr_array_index(rows, i);
        for (int c = 0; c < below->n_cells && below->read_by_ocr; c++) {
            guint t = i - 1;
            xrow *top = g_ptr_array_index(rows, t);
            while (t > 0 && top->table == below->table && c < top->n_cells && !top->cells[c]) /* joined before */
                top = g_ptr_array_index(rows, --t);
            xrow *above = g_ptr_array_index(rows, i - 1);
            if (top->table != below->table || above->row + 1 != below->row || c >= top->n_cells ||
                !top->cells[c] || !below->cells[c] || !breaks_off(top->cells[c]) ||
                !g_unichar_islower(g_utf8_get_char(below->cells[c])))
                continue;
            move_cell(top, below, c);
        }
    }
}

void view_build(xctx *x)
{
    const at_doc *doc = x->doc;
    x->lines = g_ptr_array_new_with_free_func(xline_free);
    x->rows = g_ptr_array_new_with_free_func(xrow_free);
    x->text_rows = g_ptr_array_new_with_free_func(xrow_free);
    int text_table = 0;
    line_index li;
    index_build(&li, doc);
    bool from_text = at_doc_source(doc, &(size_t){ 0 }) != NULL;

    /* Every model line's number: its source line, or the number of its ALTO TextLine on its page. */
    at_alto_ids *ids = NULL;
    if (!from_text)
        at_alto_ids_new(doc, &ids, NULL);
    int *line_no = g_new0(int, at_doc_n_lines(doc) + 1);
    for (size_t l = 0; l < at_doc_n_lines(doc); l++) {
        at_line_view line;
        at_doc_line(doc, l, &line);
        if (from_text) {
            at_word_view first;
            if (line.n_words)
                at_doc_word(doc, line.first_word, &first);
            line_no[l] = line.n_words ? index_line(&li, first.offset) : 0;
        } else {
            line_no[l] = (int)at_alto_line_number(ids, l);
        }
    }

    int table_no = -1, last_table = -2, row_base = 0;
    uint32_t table_page = UINT32_MAX, block_page = UINT32_MAX;
    bool after_cell = false; /* the last block with words was a table cell */
    bool after_heading = false; /* the line before was a heading set into its block */
    int prev_line_no = 0;
    char **beside = g_new0(char *, at_doc_n_blocks(doc) + 1);
    bool *placed = g_new0(bool, at_doc_n_blocks(doc) + 1);
    size_t *values = g_new0(size_t, at_doc_n_blocks(doc) + 1);
    for (size_t b = 0; b < at_doc_n_blocks(doc); b++)
        values[b] = at_doc_n_blocks(doc);
    if (!from_text) {
        numbers_beside(doc, beside, placed);
        values_beside(doc, values, placed);
    }
    for (size_t b = 0; b < at_doc_n_blocks(doc); b++) {
        at_block_view view;
        at_doc_block(doc, b, &view);
        const at_block_view *bl = &view;
        bool page_start = bl->page != block_page;
        block_page = bl->page;
        if (bl->kind == AT_BLOCK_CELL) {
            /* A table that opens the page after one that closed the page before runs on over the
             * page break (its rows go on), as a table printed over pages does. */
            bool runs_on = page_start && after_cell && bl->page == table_page + 1 && x->rows->len;
            if (runs_on) {
                row_base = ((xrow *)g_ptr_array_index(x->rows, x->rows->len - 1))->row + 1;
                last_table = bl->table;
                table_page = bl->page;
            } else if (bl->table != last_table || bl->page != table_page) {
                table_no++;
                last_table = bl->table;
                table_page = bl->page;
                row_base = 0;
            }
            after_cell = true;
            xrow *target = NULL;
            if (x->rows->len) {
                xrow *last = g_ptr_array_index(x->rows, x->rows->len - 1);
                if (last->table == table_no && last->row == bl->row + row_base)
                    target = last;
            }
            if (!target) {
                target = g_new0(xrow, 1);
                target->table = table_no;
                target->row = bl->row + row_base;
                target->prov.page = (int)bl->page + 1;
                target->prov.confidence = -1;
                target->read_by_ocr = read_by_ocr(doc, bl->page);
                g_ptr_array_add(x->rows, target);
            }
            xrow *row = target;
            at_provenance cell = { 0 };
            char *text = join_lines(doc, bl->first_line, bl->n_lines, line_no, ids, &cell);
            if (bl->col >= row->n_cells) {
                row->cells = g_renew(char *, row->cells, (gsize)bl->col + 1);
                row->cell_lines = g_renew(char *, row->cell_lines, (gsize)bl->col + 1);
                row->cell_boxes = g_renew(at_box, row->cell_boxes, (gsize)bl->col + 1);
                for (int c = row->n_cells; c <= bl->col; c++) {
                    row->cells[c] = row->cell_lines[c] = NULL;
                    row->cell_boxes[c] = (at_box){ -1, -1, -1, -1 };
                }
                row->n_cells = bl->col + 1;
            }
            row->cell_boxes[bl->col] = bl->box;
            if (target->read_by_ocr && text)
                worn_cell_edges(text);
            if (!is_blank(text)) {
                g_free(row->cells[bl->col]);
                row->cells[bl->col] = text;
                text = NULL;
                g_free(row->cell_lines[bl->col]);
                row->cell_lines[bl->col] = cell_lines(doc, bl, line_no, ids);
                if (cell.first_line && (row->prov.first_line == 0 || cell.first_line < row->prov.first_line)) {
                    row->prov.first_line = cell.first_line;
                    g_free((char *)row->prov.alto_first);
                    row->prov.alto_first = g_strdup(cell.alto_first);
                }
                if (cell.last_line > row->prov.last_line) {
                    row->prov.last_line = cell.last_line;
                    g_free((char *)row->prov.alto_last);
                    row->prov.alto_last = g_strdup(cell.alto_last);
                }
            }
            g_free(text);
            g_free((char *)cell.alto_first);
            g_free((char *)cell.alto_last);
            continue;
        }
        if (placed[b])
            continue;
        bool ocr_block = read_by_ocr(doc, bl->page);
        size_t value = ocr_block && !beside[b] ? label_box_value(doc, bl) : 0;
        if (value) { /* a table of its own, as its box's cells would be */
            xrow *box = label_box_row(doc, bl, value, line_no, ids);
            box->table = ++table_no;
            last_table = -2;
            after_cell = false;
            g_ptr_array_add(x->rows, box);
            continue;
        }
        for (size_t l = bl->first_line; l < (size_t)bl->first_line + bl->n_lines; l++) {
            xline *xl = g_new0(xline, 1);
            xl->prov.page = (int)bl->page + 1;
            xl->prov.confidence = -1;
            xl->text = join_lines(doc, l, 1, line_no, ids, &xl->prov);
            if (beside[b] && l == bl->first_line) {
                char *joined = g_strconcat(beside[b], " ", xl->text, NULL);
                g_free(xl->text);
                xl->text = joined;
            }
            if (values[b] < at_doc_n_blocks(doc))
                append_value_line(doc, values[b], l - bl->first_line, line_no, ids, xl);
            if (is_blank(xl->text)) {
                xline_free(xl);
                continue;
            }
            g_strstrip(xl->text);
            if (ocr_block)
                roman_code_misread(xl->text);
            after_cell = false;
            /* A paragraph starts at a block's first line, after a blank source line, or at and after a heading
             * set into a page's block. */
            const xline *above = l > bl->first_line && x->lines->len && !after_heading ?
                                     g_ptr_array_index(x->lines, x->lines->len - 1) : NULL;
            bool heading = ocr_block && heading_in_block(doc, bl, l, above ? above->text : NULL);
            xl->para_start = l == bl->first_line || (from_text && xl->prov.first_line > prev_line_no + 1) || heading ||
                             after_heading || (ocr_block && paragraph_in_block(doc, bl, l, above ? above->text : NULL));
            after_heading = heading;
            prev_line_no = xl->prov.last_line;
            xl->indent = line_indent(doc, l, bl);
            /* OCR loses a running header's rule, which sets it off on a born page */
            xl->in_margin = ocr_block && in_page_margin(doc, l, bl->page);
            g_ptr_array_add(x->lines, xl);
            if (!from_text && bl->page == 0) /* letterheads: page 1 */
                split_at_gap(doc, l, xl);
            xrow *fields = from_text ? text_fields(doc, l, &xl->prov) : NULL;
            if (fields) {
                xl->fields = true;
                xrow *last = x->text_rows->len ? g_ptr_array_index(x->text_rows, x->text_rows->len - 1) : NULL;
                bool runs_on = last && last->prov.last_line + 1 == fields->prov.first_line;
                fields->table = runs_on ? last->table : ++text_table;
                fields->row = runs_on ? last->row + 1 : 0;
                g_ptr_array_add(x->text_rows, fields);
            }
        }
    }
    for (guint i = 0; i < x->rows->len; i++) {
        xrow *r = g_ptr_array_index(x->rows, i);
        for (int c = 0; c < r->n_cells; c++)
            if (r->cells[c])
                g_strstrip(r->cells[c]);
    }
    join_split_tables(x->rows);
    join_cut_cells(x->rows);
    if (from_text && x->lines->len == 0)
        text_rows_to_lines(x);
    merge_broken_words(x->lines);
    number_circled_headings(doc, x->lines);
    part_area_names(x->lines);
    for (size_t b = 0; b < at_doc_n_blocks(doc); b++)
        g_free(beside[b]);
    g_free(beside);
    g_free(placed);
    g_free(values);
    g_free(line_no);
    at_alto_ids_free(ids);
    g_array_free(li.starts, TRUE);
}

void view_free(xctx *x)
{
    if (x->lines)
        g_ptr_array_free(x->lines, TRUE);
    if (x->rows)
        g_ptr_array_free(x->rows, TRUE);
    if (x->text_rows)
        g_ptr_array_free(x->text_rows, TRUE);
    if (x->line_counts)
        g_hash_table_unref(x->line_counts);
    if (x->goal_index)
        g_hash_table_unref(x->goal_index);
    g_free(x->line_roles);
}
