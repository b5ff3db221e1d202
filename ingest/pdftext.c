/* Born-digital PDF pages: the text layer as words with boxes, in lines, text blocks and table
 * cells; a garbage text layer told from a real one. The pages of a document, text layers and
 * OCR'd pages alike: running headers and footers dropped, tables over page breaks joined.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Poppler gives a page's characters in its reading order with one rectangle
 * each (in points). Words end at white space, lines at poppler's line breaks,
 * text blocks at a gap between lines. Tables are found as a reader finds them:
 * the page is rendered and the ruled-table finder of scans (tables.c) gives the
 * grid; each word goes to the cell its centre lies in.
 */
#include "ingest/ingest_private.h"
#include "ingest/tables.h"

#include <limits.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#define RULES_DPI 150     /* rules need no finer rendering, and it is 4x cheaper than 300 dpi */
#define INK_BELOW 200     /* gray levels darker than this are ink */
/* gray levels this light or lighter are lighter than ink: Word's "Silver" watermark (#C0C0C0, 192) is */
#define LIGHT_FROM 128
#define PAPER_WHITE 250   /* gray levels this light or lighter are white: text in them is on a darker ground */
#define RULE_DEPTH 6      /* gray levels a line lies below the page beside it: drawn, however light */
#define SHADING_BELOW 232 /* a light shading of rows (#eee and lighter) is lighter than this, its rules darker */
#define RULE_LEN (RULES_DPI / 5) /* px, at least, of a drawn rule: longer than a letter's stroke */
/* px, at least, of a white rule between shaded cells, held by shading on both its sides: a one-line row's
 * shading is about RULE_LEN high, a pixel more or less as the row lies on the page's pixels */
#define WHITE_RULE_LEN (RULES_DPI / 10)
#define CELL_INSET 3      /* px between a cell's rules and its box, as OCR keeps */
#define RUNNING_ZONE 0.12 /* running headers and footers lie in the top and bottom 12 % of a page */
#define JUSTIFIED_PART 3  /* words, at least, of a column's line that is prose, not a heading or a cell's word */
#define LETTERHEAD_ZONE 0.1 /* a page's head (a letterhead, a running header) starts in its top tenth */
#define HEAD_REACH 3 /* ... and ends within this many tenths (the studied heads end within 22 % of the page) */
#define RUNNING_SLACK 0.02 /* ... at the same height on every page, give or take 2 % of it */
#define TEXT_LAYER "pdf text layer" /* a page's engine when read from its text layer */
#define GUTTER 0.5        /* a gap of this many word heights (twice a space) parts two columns */
#define WATERMARK_SIZE 3  /* faint text this many times the body's size is a watermark behind the page */
#define ALIGNED_GAP_LINES 3 /* lines, at least, with a gap wider than a space at one place: a table's */

typedef struct {
    char *text;
    at_box box;
    int line;   /* poppler's line it is on */
    int style;  /* its font: size in tenths of a point, negative when bold (0: not known) */
    guint chars; /* its first character's index in the page's rectangles (G_MAXUINT: none, not the text layer's) */
    bool faint;  /* set in a colour lighter than ink */
    int tracking; /* px added after each letter on a line of tracked capitals (join_tracked_capitals); 0: none */
} layer_word;

/* ---- words ---- */

/* The room between words `a` and `b` as between untracked words: tracking widens a space by a letter's
 * tracking on each side of it, so `§ 4 A V G I F T E R` set tracked shows no gutter. */
static int space_between(const layer_word *a, const layer_word *b)
{
    return b->box.x - (a->box.x + a->box.w) - 2 * MIN(a->tracking, b->tracking);
}

static at_box box_union(at_box a, at_box b)
{
    if (a.w < 0)
        return b;
    int x2 = MAX(a.x + a.w, b.x + b.w), y2 = MAX(a.y + a.h, b.y + b.h);
    a.x = MIN(a.x, b.x);
    a.y = MIN(a.y, b.y);
    return (at_box){ a.x, a.y, x2 - a.x, y2 - a.y };
}

/* Does the character at `c` start a new line after the one at `prev` (lower, higher, or back to the left)? */
static bool jumps(const PopplerRectangle *prev, const PopplerRectangle *c)
{
    double mid = (c->y1 + c->y2) / 2, height = prev->y2 - prev->y1;
    return mid < prev->y1 || mid > prev->y2 || c->x1 < prev->x1 - height / 2;
}

/* Is there a space's width between the characters at `prev` and `c`? Cells next to each other
 * come without a space in the text. */
static bool spaced(const PopplerRectangle *prev, const PopplerRectangle *c)
{
    return c->x1 - prev->x2 > (prev->y2 - prev->y1) / 5;
}

/* Does the capital at `c` (the character `ch`) after a small letter or a stop at `prev` begin another word
 * that the one before overruns: drawn over that one's last character by more than kerning moves a
 * letter? A cell's word too wide for its column runs on over the next cell's first letter, and no space
 * comes between them in the text ("Utbildningskontoret," over "Inom"). */
static bool overrun(const PopplerRectangle *prev, gunichar prev_ch, const PopplerRectangle *c, gunichar ch)
{
    return g_unichar_isupper(ch) && !g_unichar_isupper(prev_ch) && c->x1 - prev->x2 < -(prev->y2 - prev->y1) / 20;
}

/* Is the space at `rects[i]`, between the characters at `i - 1` and `i + 1`, none a reader sees: as
 * narrow as a gap inside a word, on one line? Browsers begin a new run of glyphs after a soft hyphen,
 * and poppler puts a space between the runs ("GENOM\u00adF ÖRANDE"). */
static bool false_space(const char *p, const PopplerRectangle *rects, guint i, guint n_rects)
{
    if (*p != ' ' || i == 0 || i + 1 >= n_rects || g_unichar_isspace(g_utf8_get_char(p + 1)))
        return false;
    const PopplerRectangle *prev = &rects[i - 1], *next = &rects[i + 1];
    return !jumps(prev, next) && next->x1 - prev->x2 < (prev->y2 - prev->y1) / 10;
}

/* `word` with its soft hyphens inside it taken out (invisible where no line breaks), and one drawn as a
 * hyphen at its end ("NATUR\u00ad\u2010") kept as the soft hyphen alone: the word goes on on the next line. */
static char *without_soft_hyphens(GString *word)
{
    static const char *const drawn[] = { "\u00ad-", "\u00ad\u2010" };
    for (size_t i = 0; i < G_N_ELEMENTS(drawn); i++)
        if (g_str_has_suffix(word->str, drawn[i]))
            g_string_truncate(word, word->len - strlen(drawn[i]) + strlen("\u00ad"));
    for (char *shy; (shy = strstr(word->str, "\u00ad")) && shy[strlen("\u00ad")];)
        g_string_erase(word, shy - word->str, (gssize)strlen("\u00ad"));
    return g_string_free(word, FALSE);
}

/* Is `s` a word a unit's power may follow: a unit of length ("m²", "km³")? */
static bool length_unit(const char *s)
{
    static const char *const units[] = { "m", "km", "dm", "cm", "mm" };
    for (size_t k = 0; k < G_N_ELEMENTS(units); k++)
        if (strcmp(s, units[k]) == 0)
            return true;
    return false;
}

/* Is the character at `p` (`rects[i]`) a note's mark after the word `so_far` begun at `first`: a digit set
 * smaller and raised after letters or after digits ("1,2 mnkr¹", "45 000 kr¹", "våren 2027²")? Exports
 * leave the marks out, and a mark glued to a word or sum makes another of it. Not after a unit of length:
 * there it is the unit's power (m², km²). */
static bool note_mark(const GString *so_far, const char *p, const PopplerRectangle *rects, const int *styles,
                      guint first, guint i)
{
    if (!styles || i == first || !g_ascii_isdigit(*p) || length_unit(so_far->str))
        return false;
    bool letters = g_unichar_isalpha(g_utf8_get_char(so_far->str));
    for (const char *c = so_far->str; *c; c = g_utf8_next_char(c))
        if (letters ? !g_unichar_isalpha(g_utf8_get_char(c)) : !g_ascii_isdigit(*c))
            return false;
    const PopplerRectangle *word = &rects[first], *mark = &rects[i];
    return abs(styles[i]) * 10 <= abs(styles[first]) * 9 && word->y2 - mark->y2 > (word->y2 - word->y1) / 6;
}

/* Is the character at `c` set on the one at `prev` turned a quarter: over or under it in its column,
 * nearer than half the type's size (more parts two cells' texts on one line)? */
static bool stacked(const PopplerRectangle *prev, const PopplerRectangle *c)
{
    double overlap = MIN(prev->x2, c->x2) - MAX(prev->x1, c->x1), width = MIN(prev->x2 - prev->x1, c->x2 - c->x1);
    double tol = (prev->y2 - prev->y1) / 4, gap = MAX(prev->y1 - c->y2, c->y1 - prev->y2);
    bool over = c->y2 <= prev->y1 + tol, under = c->y1 >= prev->y2 - tol;
    return width > 0 && overlap >= width * 0.8 && (over || under) && gap < (prev->x2 - prev->x1) / 2;
}

#define TURNED_MIN 3 /* letters, at least, stacked in a turned run: fewer may be two lines' ends */

/* The length in characters of a run of text turned a quarter at `p` (`rects[i]`): letters stacked
 * one over the next in the text's order, words within it parted by a space in the same column (a table's
 * area name set up the side of its cell, "Psykisk hälsa"). 0 when the text at `p` is level. */
static guint turned_run(const char *p, const PopplerRectangle *rects, guint i, guint n_rects)
{
    guint n = 1, letters = 1;
    const PopplerRectangle *last = &rects[i];
    for (const char *q = g_utf8_next_char(p); *q && i + n < n_rects; q = g_utf8_next_char(q)) {
        const char *after = g_utf8_next_char(q);
        bool space = *q == ' ' && *after && !g_unichar_isspace(g_utf8_get_char(after)) && i + n + 1 < n_rects;
        const PopplerRectangle *c = &rects[i + n + space];
        if ((g_unichar_isspace(g_utf8_get_char(q)) && !space) || !stacked(last, c) ||
            (letters > 1 && (c->y1 < last->y1) != (last->y1 < rects[i].y1)))
            break;
        n += 1 + space;
        q += space;
        letters++;
        last = c;
    }
    return letters >= TURNED_MIN ? n : 0;
}

/* The turned run of `n` characters at `p` (`rects[i]`) as one word on a line of its own, read in the
 * text's order. */
static layer_word turned_word(const char *p, const PopplerRectangle *rects, guint i, guint n, int line,
                              const int *styles, const bool *faint, double k)
{
    double x1 = rects[i].x1, y1 = rects[i].y1, x2 = rects[i].x2, y2 = rects[i].y2;
    const char *end = p;
    for (guint c = 0; c < n; c++, end = g_utf8_next_char(end)) {
        x1 = MIN(x1, rects[i + c].x1);
        y1 = MIN(y1, rects[i + c].y1);
        x2 = MAX(x2, rects[i + c].x2);
        y2 = MAX(y2, rects[i + c].y2);
    }
    return (layer_word){ g_strndup(p, (gsize)(end - p)),
                         { (int)(x1 * k), (int)(y1 * k), (int)((x2 - x1) * k) + 1, (int)((y2 - y1) * k) + 1 },
                         line, styles ? styles[i] : 0, i, faint && faint[i], 0 };
}

/* The words of the page's text, one rectangle per character, boxes scaled by `k` (points to
 * pixels). Words end at white space (but false_space) and gaps, lines at line breaks and where the
 * text jumps. */
static GArray *layer_words(const char *text, const PopplerRectangle *rects, guint n_rects, const int *styles,
                           const bool *faint, double k)
{
    GArray *words = g_array_new(FALSE, FALSE, sizeof(layer_word));
    int line = 0;
    const PopplerRectangle *prev = NULL; /* the last character of the last word */
    PopplerRectangle past_mark;
    guint i = 0;
    for (const char *p = text; *p && i < n_rects;) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isspace(c)) {
            line += c == '\n';
            p = g_utf8_next_char(p);
            i++;
            continue;
        }
        guint turned = turned_run(p, rects, i, n_rects);
        if (turned) {
            layer_word w = turned_word(p, rects, i, turned, ++line, styles, faint, k);
            g_array_append_val(words, w);
            p += strlen(w.text);
            i += turned;
            prev = &rects[i - 1];
            line++;
            continue;
        }
        if (prev && jumps(prev, &rects[i]))
            line++;
        GString *text_of = g_string_new(NULL);
        guint first = i;
        double x1 = rects[i].x1, y1 = rects[i].y1, x2 = rects[i].x2, y2 = rects[i].y2;
        do {
            if (false_space(p, rects, i, n_rects)) {
                p++;
                i++;
            }
            x1 = MIN(x1, rects[i].x1);
            y1 = MIN(y1, rects[i].y1);
            x2 = MAX(x2, rects[i].x2);
            y2 = MAX(y2, rects[i].y2);
            const char *next = g_utf8_next_char(p);
            if (note_mark(text_of, p, rects, styles, first, i)) {
                /* the word goes on past the mark, on the level of its letters */
                past_mark = (PopplerRectangle){ prev->x1, prev->y1, rects[i].x2, prev->y2 };
                prev = &past_mark;
            } else {
                prev = &rects[i];
                g_string_append_len(text_of, p, next - p);
            }
            p = next;
            i++;
        } while (*p && i < n_rects && (!g_unichar_isspace(g_utf8_get_char(p)) || false_space(p, rects, i, n_rects)) &&
                 !jumps(prev, &rects[i]) && !spaced(prev, &rects[i]) &&
                 !overrun(prev, g_utf8_get_char(g_utf8_prev_char(p)), &rects[i], g_utf8_get_char(p)));
        layer_word w = { without_soft_hyphens(text_of),
                         { (int)(x1 * k), (int)(y1 * k), (int)((x2 - x1) * k) + 1, (int)((y2 - y1) * k) + 1 },
                         line, styles ? styles[first] : 0, first, faint && faint[first], 0 };
        g_array_append_val(words, w);
    }
    return words;
}

static bool is_bold_font(const char *name)
{
    char *folded = g_ascii_strdown(name ? name : "", -1);
    bool bold = strstr(folded, "bold") || strstr(folded, "black") || strstr(folded, "heavy");
    g_free(folded);
    return bold;
}

/* Is text of this colour lighter than ink (its mean gray level at least LIGHT_FROM), yet
 * not white: white text is seen only on a darker ground (a title and date on a coloured band), faint
 * text on the paper? */
static bool faint_colour(PopplerColor c)
{
    int gray = ((int)c.red + c.green + c.blue) / 3 / 257;
    return gray >= LIGHT_FROM && gray < PAPER_WHITE;
}

/* Every character's font (size in tenths of a point, negative when bold), or NULL; `*faint` (NULL with
 * it) whether each is set in a colour lighter than ink. */
static int *char_styles(PopplerPage *page, guint n_rects, bool **faint)
{
    *faint = NULL;
    GList *attrs = poppler_page_get_text_attributes(page);
    if (!attrs)
        return NULL;
    int *styles = g_new0(int, (gsize)n_rects + 1);
    *faint = g_new0(bool, (gsize)n_rects + 1);
    for (const GList *a = attrs; a; a = a->next) {
        const PopplerTextAttributes *t = a->data;
        int style = (int)lround(t->font_size * 10) * (is_bold_font(t->font_name) ? -1 : 1);
        for (int c = MAX(t->start_index, 0); c <= t->end_index && (guint)c < n_rects; c++) {
            styles[c] = style;
            (*faint)[c] = faint_colour(t->color);
        }
    }
    poppler_page_free_text_attributes(attrs);
    return styles;
}

/* The index after the last word of poppler's line that starts at word `first`. */
static guint line_end(const GArray *words, guint first)
{
    guint end = first + 1;
    while (end < words->len && g_array_index(words, layer_word, end).line == g_array_index(words, layer_word, first).line)
        end++;
    return end;
}

/* Each poppler line's font: the one most of its characters are set in (0: not known). */
static int *line_styles(const GArray *words)
{
    int lines = words->len ? g_array_index(words, layer_word, words->len - 1).line + 1 : 0;
    int *styles = g_new0(int, (gsize)lines + 1), *weight = g_new0(int, (gsize)lines + 1);
    for (guint i = 0; i < words->len;) {
        const layer_word *w = &g_array_index(words, layer_word, i);
        GHashTable *chars = g_hash_table_new(g_direct_hash, g_direct_equal); /* style -> characters */
        for (guint end = line_end(words, i); i < end; i++) {
            const layer_word *v = &g_array_index(words, layer_word, i);
            gpointer key = GINT_TO_POINTER(v->style);
            int n = GPOINTER_TO_INT(g_hash_table_lookup(chars, key)) + (int)g_utf8_strlen(v->text, -1);
            g_hash_table_insert(chars, key, GINT_TO_POINTER(n));
            if (n > weight[w->line]) {
                weight[w->line] = n;
                styles[w->line] = v->style;
            }
        }
        g_hash_table_destroy(chars);
    }
    g_free(weight);
    return styles;
}

/* The font most of the words' characters are set in. */
static int body_style(const GArray *words)
{
    GHashTable *chars = g_hash_table_new(g_direct_hash, g_direct_equal); /* style -> characters */
    int best = 0, most = 0;
    for (guint i = 0; i < words->len; i++) {
        const layer_word *w = &g_array_index(words, layer_word, i);
        gpointer key = GINT_TO_POINTER(w->style);
        int n = GPOINTER_TO_INT(g_hash_table_lookup(chars, key)) + (int)g_utf8_strlen(w->text, -1);
        g_hash_table_insert(chars, key, GINT_TO_POINTER(n));
        if (n > most) {
            most = n;
            best = w->style;
        }
    }
    g_hash_table_destroy(chars);
    return best;
}

/* The right edge of the page's text. */
static int text_right(const GArray *words)
{
    int right = 0;
    for (guint i = 0; i < words->len; i++)
        right = MAX(right, g_array_index(words, layer_word, i).box.x + g_array_index(words, layer_word, i).box.w);
    return right;
}

/* A line set in another size or weight than the line before it is a heading or the text after one. */
static bool style_changes(int before, int after)
{
    if (!before || !after)
        return false;
    return (before < 0) != (after < 0) || abs(abs(before) - abs(after)) * 20 > abs(before);
}

/* How many words of `words` in ink word `w` lies over (a watermark lies over lines of them; a large
 * signature at most over the name typed under it). */
static int over_ink(const GArray *words, const layer_word *w)
{
    int n = 0;
    for (guint i = 0; i < words->len; i++) {
        const at_box *b = &g_array_index(words, layer_word, i).box;
        if (!g_array_index(words, layer_word, i).faint && b->x < w->box.x + w->box.w && w->box.x < b->x + b->w &&
            b->y < w->box.y + w->box.h && w->box.y < b->y + b->h)
            n++;
    }
    return n;
}

/* Is `w` a letter of turned text: a large light letter with another beside it on a slant and none on
 * its level (turned text is read letter by letter, each a step across and a step down or up from the
 * one before)? A letter alone (a chapter's number) or in a level row (a signature's script) is not. */
static bool turned_letter(const GArray *words, const layer_word *w, int large)
{
    if (!w->faint || abs(w->style) < large || g_utf8_strlen(w->text, -1) != 1)
        return false;
    int size = MAX(w->box.w, w->box.h), cx = w->box.x + w->box.w / 2, cy = w->box.y + w->box.h / 2;
    bool slant = false;
    for (guint i = 0; i < words->len; i++) {
        const layer_word *o = &g_array_index(words, layer_word, i);
        if (o == w || !o->faint || abs(o->style) < large || g_utf8_strlen(o->text, -1) != 1 ||
            abs(abs(o->style) - abs(w->style)) * 5 > abs(w->style)) /* a letter of other type */
            continue;
        int dx = abs(o->box.x + o->box.w / 2 - cx), dy = abs(o->box.y + o->box.h / 2 - cy);
        if (dx <= 2 * size && dy * 10 < w->box.h)
            return false; /* a letter beside it on its level: a row of letters, set level */
        slant = slant || (dx <= 2 * size && dy <= 2 * size && dx * 10 >= w->box.w);
    }
    return slant;
}

#define WATERMARK_LETTERS 3 /* turned letters, at least, of a watermark */
#define WATERMARK_OVER 3    /* words in ink, at least, a level watermark lies over */

/* A watermark ("KOPIA", "UTKAST": light letters far larger than the text, across the page) is no text:
 * its letters fell among the lines and table cells of the text over it. It is turned (read letter by
 * letter, several on a slant) or lies over lines of the text; a large light title, date or chapter
 * number on its own, or a signature in a large light script, is text. */
static void drop_watermarks(GArray *words)
{
    int body = abs(body_style(words)), large = WATERMARK_SIZE * body;
    if (!body)
        return;
    bool *drop = g_new0(bool, (gsize)words->len + 1);
    int turned = 0;
    for (guint i = 0; i < words->len; i++) {
        drop[i] = turned_letter(words, &g_array_index(words, layer_word, i), large);
        turned += drop[i];
    }
    for (guint i = words->len; i-- > 0;) {
        layer_word *w = &g_array_index(words, layer_word, i);
        if ((drop[i] && turned >= WATERMARK_LETTERS) ||
            (w->faint && abs(w->style) >= large && over_ink(words, w) >= WATERMARK_OVER)) {
            g_free(w->text);
            g_array_remove_index(words, i);
        }
    }
    g_free(drop);
}

/* Is `w` `most` capitals or fewer, nothing else? */
static bool capitals_up_to(const layer_word *w, glong most)
{
    glong n = g_utf8_strlen(w->text, -1);
    for (const char *s = w->text; *s; s = g_utf8_next_char(s))
        if (!g_unichar_isupper(g_utf8_get_char(s)))
            return false;
    return n >= 1 && n <= most;
}

/* Is `w` a letter of tracked (letter-spaced) capitals as the text layer gives them: one or two capitals (a
 * kerning pair closes up)? */
static bool tracked_letter(const layer_word *w)
{
    return capitals_up_to(w, 2);
}

/* Three capitals within a run of tracked letters: two kerning pairs closed up (`S T E G P Å VÄG E N`); no letter
 * of its own, for three capitals alone are an initialism (`SKR`). */
static bool kerned_three(const layer_word *w)
{
    return capitals_up_to(w, 3);
}

/* The gap between word `i` of `words` and the next. */
static int gap_after(const GArray *words, guint i)
{
    const layer_word *a = &g_array_index(words, layer_word, i), *b = &g_array_index(words, layer_word, i + 1);
    return b->box.x - (a->box.x + a->box.w);
}

/* Is `w` a heading's number ("§", "4", "4.", "2.1")? */
static bool heading_number(const layer_word *w)
{
    return w->text[strspn(w->text, "0123456789.§")] == '\0';
}

/* Are words `first` to `end` (past the last) of `words` the whole of their text-layer line? */
static bool whole_line(const GArray *words, guint first, guint end)
{
    int line = g_array_index(words, layer_word, first).line;
    return (first == 0 || g_array_index(words, layer_word, first - 1).line != line) &&
           (end == words->len || g_array_index(words, layer_word, end).line != line);
}

/* Where a heading's number ("§ 4", "2 .") before word `first` on its line starts; `first` if none. */
static guint number_start(const GArray *words, guint first)
{
    enum { NUMBER_WORDS = 2 };
    int line = g_array_index(words, layer_word, first).line;
    guint start = first;
    while (start > 0 && first - start < NUMBER_WORDS && g_array_index(words, layer_word, start - 1).line == line &&
           heading_number(&g_array_index(words, layer_word, start - 1)))
        start--;
    return start;
}

/* How many letters the run of tracked pieces `first` to `end` (past the last) counts: its `pieces`, or its capitals
 * when a short word's kerned pairs closed up around a letter alone (`AV TA L`: three pieces, five letters) and the
 * pieces stand closer than a fifth of the line's height (`least`): a word space is wider (`KS AU B` as printed). */
static guint run_letters(const GArray *words, guint first, guint end, guint pieces, int least)
{
    if ((gint64)least * 5 >= g_array_index(words, layer_word, first).box.h) /* INT_MAX: a run of one piece */
        return pieces;
    guint capitals = 0;
    bool lone = false;
    for (guint j = first; j < end; j++) {
        const layer_word *c = &g_array_index(words, layer_word, j);
        glong n = tracked_letter(c) ? g_utf8_strlen(c->text, -1) : 0;
        capitals += (guint)n;
        lone = lone || n == 1;
    }
    return lone && pieces >= 3 ? MAX(pieces, capitals) : pieces;
}

/* Capitals set tracked, as letterheads set `E D A KO M M U N`, are words again: in a run of TRACKED_LETTERS
 * or more such letters (tracked_letter) on one line, their narrowest gap (the tracking) under a third of
 * the line's height, letters that gap apart are joined; a gap wider by a tenth of the line's height is a
 * space. A heading's number may open the line (`§ 4 A V G I F T E R`), a label's code and count follow it
 * (`M Å L 1 AV 3`); a short word may close up to pieces of two letters and one alone (`AV TA L`), counted by its
 * letters. Marks in a table's columns (`X`) stand a gutter apart. A letterhead's line is the run alone: capitals
 * spaced in a sentence (`betygen A B C D E och F`) are letters as printed. */
static void join_tracked_capitals(GArray *words)
{
    enum { TRACKED_LETTERS = 4 };
    for (guint i = 0; i < words->len; i++) {
        guint end = i + 1, letters = 1;
        int least = INT_MAX;
        const layer_word *w = &g_array_index(words, layer_word, i), *e;
        /* a number among the letters counts no letter ("M Å L 1 AV 3": a label's code and count) */
        while (end < words->len && (e = &g_array_index(words, layer_word, end))->line == w->line &&
               (kerned_three(e) || (strlen(e->text) <= 2 && heading_number(e) && *e->text != '.')) &&
               gap_after(words, end - 1) >= 0) {
            int gap = gap_after(words, end - 1);
            least = MIN(least, gap);
            letters += tracked_letter(e);
            end++;
        }
        letters = run_letters(words, i, end, letters, least);
        guint from = tracked_letter(w) ? number_start(words, i) : i; /* with the number of a heading so set */
        if (!tracked_letter(w) || letters < TRACKED_LETTERS || least > w->box.h / 3 || !whole_line(words, from, end))
            continue;
        for (guint j = from; j < end && from < i; j++) /* a letterhead's gaps stay as they were: only a heading's */
            g_array_index(words, layer_word, j).tracking = least;
        for (guint j = end - 1; j > from; j--) {
            layer_word *a = &g_array_index(words, layer_word, j - 1), *b = &g_array_index(words, layer_word, j);
            if (gap_after(words, j - 1) > least + a->box.h / 10)
                continue;
            char *text = g_strconcat(a->text, b->text, NULL);
            g_free(a->text);
            g_free(b->text);
            *a = (layer_word){ text, box_union(a->box, b->box), a->line, a->style, G_MAXUINT, a->faint, a->tracking };
            g_array_remove_index(words, j);
        }
    }
}

static void layer_words_free(GArray *words)
{
    for (guint i = 0; i < words->len; i++)
        g_free(g_array_index(words, layer_word, i).text);
    g_array_free(words, TRUE);
}

/* ---- a text layer that is not text ---- */

static bool is_vowel(gunichar c)
{
    return g_utf8_strchr("aeiouyåäöéüæø", -1, g_unichar_tolower(c)) != NULL;
}

/* Characters a font with a lost encoding gives: '?', U+FFFD, private-use, control or unassigned ones. */
static bool is_unmapped(gunichar c)
{
    GUnicodeType t = g_unichar_type(c);
    return c == '?' || c == 0xFFFD || t == G_UNICODE_PRIVATE_USE || t == G_UNICODE_CONTROL ||
           t == G_UNICODE_UNASSIGNED;
}

/* Why the words cannot be the page's text, or NULL when they can. */
static const char *garbage_reason(const GArray *words)
{
    size_t chars = 0, unmapped = 0, plausible = 0, long_words = 0, vowelless = 0;
    for (guint i = 0; i < words->len; i++) {
        const char *w = g_array_index(words, layer_word, i).text;
        size_t letters = 0, vowels = 0, n = 0;
        for (const char *p = w; *p; p = g_utf8_next_char(p), n++) {
            gunichar c = g_utf8_get_char(p);
            unmapped += is_unmapped(c);
            plausible += g_unichar_isalnum(c) || (c < 0x80 && strchr(".,:;-()%/'\"", (int)c)) || c == 0xA7 ||
                         c == 0x2013 || c == 0x2014 || c == 0x2022;
            letters += g_unichar_isalpha(c);
            vowels += is_vowel(c);
        }
        chars += n;
        if (letters == n && n >= 4) {
            long_words++;
            vowelless += vowels == 0;
        }
    }
    if (unmapped * 5 > chars)
        return "its characters are mostly '?' or unmapped glyphs";
    if (plausible * 5 < chars * 3)
        return "it is mostly symbols, not letters and digits (a font with a wrong encoding)";
    if (long_words >= 10 && vowelless * 2 > long_words)
        return "its words have no vowels (a font with a wrong encoding)";
    return NULL;
}

/* ---- tables ---- */

typedef struct {
    at_table_grid *grids;
    int n;
    double k;        /* grid pixels to word pixels */
    bool ocred;      /* the words are OCR's, their `line` tesseract's text line */
    region ***slots; /* per table, per row * n_cols + col: the cell (a merged cell fills several) */
    GPtrArray **cells; /* per table, its cells row by row */
    GPtrArray *marks; /* per table, NULL or (without rules) its row_marks */
    const GArray *rules; /* NULL or at_rule_across in the grids' pixels: rules under rows of tables without grids */
} page_tables;

/* Merged cells of a table without rules down it, told by its text and its rules across. */
typedef struct {
    bool *across; /* NULL or per row: one cell across its columns */
    bool *down;   /* NULL or per row * n_cols + col: the cell goes on from the row above (no rule over it there) */
} row_marks;

static void row_marks_free(gpointer p)
{
    row_marks *m = p;
    if (m) {
        g_free(m->across);
        g_free(m->down);
        g_free(m);
    }
}

/* The cells of the rows marked in `across` (NULL: none) made one, across all `n_cols` columns. */
static void span_across(GArray *cells, int n_cols, const bool *across)
{
    for (guint i = 0; across && i < cells->len;) {
        at_table_cell *c = &g_array_index(cells, at_table_cell, i);
        if (across[c->row] && c->col > 0) {
            g_array_remove_index(cells, i);
            continue;
        }
        if (across[c->row])
            c->col_end = n_cols;
        i++;
    }
}

/* The cells of one column and row marked in `down` (NULL: none) joined to the cell above them in their
 * column, when that is one column wide and ends over them: a goal cell merged down its activities. */
static void span_down(GArray *cells, int n_cols, const bool *down)
{
    int *above = down ? g_new(int, (gsize)n_cols) : NULL; /* per column, the index of the cell ending last */
    for (int c = 0; down && c < n_cols; c++)
        above[c] = -1;
    for (guint i = 0; down && i < cells->len;) {
        at_table_cell *c = &g_array_index(cells, at_table_cell, i);
        int a = c->col_end == c->col + 1 ? above[c->col] : -1;
        at_table_cell *up = a >= 0 ? &g_array_index(cells, at_table_cell, a) : NULL;
        if (up && down[c->row * n_cols + c->col] && up->col_end == up->col + 1 && up->row_end == c->row) {
            up->row_end = c->row_end;
            g_array_remove_index(cells, i);
            continue;
        }
        for (int col = c->col; col < c->col_end; col++)
            above[col] = (int)i;
        i++;
    }
    g_free(above);
}

/* Cut table `t` into cells (on `binary`, the rendering its rules were found on; NULL for a table
 * without rules); `slots` maps each row and column to the cell that covers it. */
static void cut_cells(page_tables *pt, int t, PIX *binary)
{
    const at_table_grid *g = &pt->grids[t];
    region **slots = pt->slots[t] = g_new0(region *, (gsize)g->n_rows * (gsize)g->n_cols);
    pt->cells[t] = g_ptr_array_new_with_free_func(at_region_free);
    GArray *cells = at_table_cells(binary, g);
    const row_marks *marks = t < (int)pt->marks->len ? pt->marks->pdata[t] : NULL;
    span_across(cells, g->n_cols, marks ? marks->across : NULL);
    span_down(cells, g->n_cols, marks ? marks->down : NULL);
    for (guint i = 0; i < cells->len; i++) {
        const at_table_cell *tc = &g_array_index(cells, at_table_cell, i);
        int x = (int)(g->col_edges[tc->col] * pt->k) + CELL_INSET, y = (int)(g->row_edges[tc->row] * pt->k) + CELL_INSET;
        int w = (int)((g->col_edges[tc->col_end] - g->col_edges[tc->col]) * pt->k) - 2 * CELL_INSET;
        int h = (int)((g->row_edges[tc->row_end] - g->row_edges[tc->row]) * pt->k) - 2 * CELL_INSET;
        region *cell = at_region_new(AT_BLOCK_CELL, t, tc->row, tc->col, (at_box){ x, y, MAX(w, 1), MAX(h, 1) });
        g_ptr_array_add(pt->cells[t], cell);
        for (int r = tc->row; r < tc->row_end; r++)
            for (int c = tc->col; c < tc->col_end; c++)
                slots[r * g->n_cols + c] = cell;
    }
    g_array_free(cells, TRUE);
}

static gint by_int(gconstpointer a, gconstpointer b)
{
    return *(const int *)a - *(const int *)b;
}

/* The gap from word i - 1 to word i of `words` when they lie side by side on a level, else -1. */
static int level_gap(const GArray *words, guint i)
{
    const layer_word *a = &g_array_index(words, layer_word, i - 1), *b = &g_array_index(words, layer_word, i);
    int mid = b->box.y + b->box.h / 2;
    return mid >= a->box.y && mid <= a->box.y + a->box.h ? space_between(a, b) : -1;
}

/* Do ALIGNED_GAP_LINES lines or more each have a gap wider than their spaces before a word at the same
 * place (within a space)? A tight table's cells (a browser's `border=1` with little padding) are apart by
 * hardly more than a space, and poppler reads each row as one line; prose's wider gaps do not line up. */
static bool aligned_gaps(const GArray *words)
{
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(int)); /* where a word after a wide gap starts */
    int reach = INT_MAX; /* the narrowest space of a line with a wide gap */
    for (guint first = 0, end; first < words->len; first = end) {
        int space = INT_MAX;
        end = line_end(words, first);
        for (guint i = first + 1; i < end; i++)
            if (level_gap(words, i) > 0)
                space = MIN(space, level_gap(words, i));
        for (guint i = first + 1; i < end; i++)
            if (space < INT_MAX && level_gap(words, i) * 4 > space * 5) {
                g_array_append_val(starts, g_array_index(words, layer_word, i).box.x);
                reach = MIN(reach, space);
            }
    }
    g_array_sort(starts, by_int);
    bool aligned = false;
    for (guint i = ALIGNED_GAP_LINES - 1; i < starts->len && !aligned; i++)
        aligned = g_array_index(starts, int, i) - g_array_index(starts, int, i + 1 - ALIGNED_GAP_LINES) <= reach;
    g_array_free(starts, TRUE);
    return aligned;
}

/* Does a line starting with word `i` stand level with an earlier line's word left of it: columns that
 * poppler reads one after the other (signature blocks side by side, each a column of lines)? */
static bool beside_earlier(const GArray *words, guint i)
{
    const layer_word *b = &g_array_index(words, layer_word, i);
    int mid = b->box.y + b->box.h / 2;
    for (guint j = 0; j < i; j++) {
        const layer_word *a = &g_array_index(words, layer_word, j);
        if (a->line != b->line && mid >= a->box.y && mid <= a->box.y + a->box.h && b->box.x > a->box.x + a->box.w)
            return true;
    }
    return false;
}

/* Does text stand side by side anywhere on the page (words far apart on a line, lines next to each
 * other, or gaps wider than a space lined up over lines)? Only then can it be a table: prose pages are
 * not rendered to look for rules. */
static bool side_by_side(const GArray *words)
{
    for (guint i = 1; i < words->len; i++) {
        const layer_word *a = &g_array_index(words, layer_word, i - 1), *b = &g_array_index(words, layer_word, i);
        int gap = level_gap(words, i);
        if ((gap >= 0 && (b->line != a->line || gap > GUTTER * a->box.h)) ||
            (b->line != a->line && beside_earlier(words, i)))
            return true;
    }
    return aligned_gaps(words);
}

/* The share of ink in the box x, y, w, h of `binary` (0 outside the page). */
static double ink_share(PIX *binary, int x, int y, int w, int h)
{
    BOX *box = boxCreate(x, y, MAX(w, 1), MAX(h, 1));
    PIX *part = box ? pixClipRectangle(binary, box, NULL) : NULL;
    l_int32 n = 0;
    if (part && pixCountPixels(part, &n, NULL))
        n = 0;
    boxDestroy(&box);
    pixDestroy(&part);
    return (double)n / (MAX(w, 1) * MAX(h, 1));
}

/* What is drawn thinner than a shading one way (`across`: horizontal) on `gray`: darker than `level`. */
static PIX *thin_at(PIX *gray, int level, bool across)
{
    int side = RULES_DPI / 20 | 1;
    PIX *drawn = pixThresholdToBinary(gray, level);
    PIX *shaded = drawn ? pixOpenBrick(NULL, drawn, across ? 1 : side, across ? side : 1) : NULL;
    PIX *thin = shaded ? pixSubtract(NULL, drawn, shaded) : NULL;
    pixDestroy(&shaded);
    pixDestroy(&drawn);
    return thin;
}

/* `lines` (drawn one way, `across`: horizontal) kept where `len` px long or longer: the text layer's
 * words (`k`: their pixels to the page's) taken out, breaks of a dashed or dotted rule closed. */
static PIX *as_rules(PIX *lines, const GArray *words, double k, bool across, int len)
{
    int bridge = RULES_DPI / 30;
    for (guint i = 0; i < words->len; i++) {
        const at_box *wb = &g_array_index(words, layer_word, i).box;
        pixRasterop(lines, (int)(wb->x / k), (int)(wb->y / k), (int)(wb->w / k) + 1, (int)(wb->h / k) + 1, PIX_CLR,
                    NULL, 0, 0);
    }
    pixCloseSafeCompBrick(lines, lines, across ? bridge : 1, across ? 1 : bridge);
    pixOpenCompBrick(lines, lines, across ? len : 1, across ? 1 : len);
    return lines;
}

/* What is drawn on `gray` thinner than a shading one way (`across`: horizontal) and RULE_DEPTH darker
 * than the ground on both its sides, where that ground is lighter than ink: a rule between a row shaded
 * darker than SHADING_BELOW and a white one, which thin_at sees as part of the shading. */
static PIX *deeper_than_ground(PIX *gray, bool across)
{
    int side = RULES_DPI / 20 | 1;
    PIX *ground = pixCloseGray(gray, across ? 1 : side, across ? side : 1);
    PIX *depth = ground ? pixSubtractGray(NULL, ground, gray) : NULL;
    PIX *dark = ground ? pixThresholdToBinary(ground, INK_BELOW) : NULL; /* a ground as dark as ink: no paper */
    PIX *lines = depth ? pixThresholdToBinary(pixInvert(depth, depth), 256 - RULE_DEPTH) : NULL;
    if (lines && dark)
        pixSubtract(lines, lines, dark);
    pixDestroy(&dark);
    pixDestroy(&depth);
    pixDestroy(&ground);
    return lines;
}

/* The lines of `gray` one way (`across`: horizontal) as long as a rule, whatever their gray: what is
 * drawn (RULE_DEPTH darker than white paper, or darker than a light shading it runs along, or than
 * the ground on both its sides) but thinner than a shading (as_rules). NULL when out of memory. */
static PIX *thin_lines(PIX *gray, const GArray *words, double k, bool across)
{
    PIX *lines = thin_at(gray, 256 - RULE_DEPTH, across);
    for (int way = 0; lines && way < 2; way++) {
        PIX *more = way ? deeper_than_ground(gray, across) : thin_at(gray, SHADING_BELOW, across);
        if (more)
            pixOr(lines, lines, more);
        pixDestroy(&more);
    }
    return lines ? as_rules(lines, words, k, across, RULE_LEN) : NULL;
}

/* The shaded cells (solid boxes of `areas`) beside a white line of `lines` outlined on it: a table
 * drawn by its cells' shadings has paper, no white line, around it, and a row across has no white line
 * down it: its outer rows and columns and its rows across would have no rule there. */
static void outline_cells(PIX *lines, PIX *areas)
{
    int reach = RULES_DPI / 40;
    PIXA *parts = NULL;
    BOXA *boxes = pixConnComp(areas, &parts, 4);
    for (int i = 0; boxes && i < boxaGetCount(boxes); i++) {
        l_int32 x, y, w, h, n = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        PIX *part = pixaGetPix(parts, i, L_CLONE);
        bool solid = part && pixCountPixels(part, &n, NULL) == 0 && n >= 0.95 * w * h;
        pixDestroy(&part);
        BOX *around = solid && ink_share(lines, x - reach, y - reach, w + 2 * reach, h + 2 * reach) > 0
                          ? boxCreate(x - 1, y - 1, w + 2, h + 2) : NULL;
        if (around)
            pixRenderBox(lines, around, 1, L_SET_PIXELS);
        boxDestroy(&around);
    }
    boxaDestroy(&boxes);
    pixaDestroy(&parts);
}

/* The paper-white lines of `gray` one way (`across`: horizontal) between shaded areas (`areas`: what
 * is darker than SHADING_BELOW over more than a letter's stroke, 1 bpp), as long as a rule. Thin white between lines of text or inside
 * letters has text, not shading, on its sides, or is a word's. NULL when out of memory. */
static PIX *white_lines_way(PIX *gray, PIX *areas, const GArray *words, double k, bool across)
{
    int reach = (RULES_DPI / 20 | 1) / 2;
    PIX *inverse = pixInvert(NULL, gray);
    PIX *lines = inverse ? thin_at(inverse, 256 - SHADING_BELOW, across) : NULL;
    PIX *before = lines ? pixTranslate(NULL, areas, across ? 0 : reach, across ? reach : 0, L_BRING_IN_WHITE) : NULL;
    PIX *after = before ? pixTranslate(NULL, areas, across ? 0 : -reach, across ? -reach : 0, L_BRING_IN_WHITE) : NULL;
    if (after) {
        pixAnd(lines, lines, before);
        pixAnd(lines, lines, after);
    } else {
        pixDestroy(&lines);
    }
    pixDestroy(&after);
    pixDestroy(&before);
    pixDestroy(&inverse);
    return lines ? as_rules(lines, words, k, across, WHITE_RULE_LEN) : NULL;
}

/* The white lines between shaded cells of `gray` both ways, and the cells beside them outlined: a
 * table drawn only by its cells' shadings, white gaps between them. NULL on a page without shading
 * or when out of memory. */
static PIX *white_lines(PIX *gray, const GArray *words, double k)
{
    int side = RULES_DPI / 20 | 1;
    PIX *shaded = pixThresholdToBinary(gray, SHADING_BELOW);
    PIX *areas = shaded ? pixOpenBrick(NULL, shaded, side, side) : NULL;
    l_int32 none = 1; /* no shading, no white lines: most pages, spared the search */
    if (areas)
        pixZero(areas, &none);
    PIX *lines = areas && !none ? white_lines_way(gray, areas, words, k, true) : NULL;
    PIX *down = lines ? white_lines_way(gray, areas, words, k, false) : NULL;
    if (down) {
        pixOr(lines, lines, down);
        outline_cells(lines, areas);
    } else {
        pixDestroy(&lines);
    }
    pixDestroy(&down);
    pixDestroy(&areas);
    pixDestroy(&shaded);
    return lines;
}

/* The white lines of `lines` between two areas of ink on `binary` (a dark row under a band darker than
 * INK_BELOW) taken out: drawn as ink they made the two one solid box, and the rule between its rows was
 * lost; left paper, each box's edges are rules. */
static void keep_gaps(PIX *lines, PIX *binary)
{
    int side = RULES_DPI / 20 | 1;
    PIX *closed = pixCloseBrick(NULL, binary, side, side);
    PIX *gaps = closed ? pixSubtract(NULL, closed, binary) : NULL;
    if (gaps)
        pixSubtract(lines, lines, gaps);
    pixDestroy(&gaps);
    pixDestroy(&closed);
}

/* The page rendered at RULES_DPI and made ink, once: the text and what is darker than INK_BELOW, the
 * thin lines of any gray, and the white lines between shaded cells. The lines are looked for on a
 * rendering without anti-aliasing: a thin light rule that straddles two rows of pixels is not faded
 * to two lighter halves, nor broken into dashes where it lies across them. The ink is the anti-aliased rendering's: a rule half cut off by
 * the page's edge of print (a table's last row before a page break) is a gray line there, and none
 * without anti-aliasing. Rules and drawn bullets are found on it. */
static PIX *rendering(PopplerPage *page, const GArray *words, double k, PIX **binary)
{
    if (*binary)
        return *binary;
    PIX *smooth = NULL, *sharp = NULL;
    *binary = at_pdf_render_both(page, RULES_DPI, &smooth, &sharp) ? pixThresholdToBinary(smooth, INK_BELOW) : NULL;
    for (int way = 0; *binary && way < 3; way++) {
        PIX *lines = way < 2 ? thin_lines(sharp, words, k, way) : white_lines(sharp, words, k);
        if (lines && way == 2)
            keep_gaps(lines, *binary);
        if (lines)
            pixOr(*binary, *binary, lines);
        pixDestroy(&lines);
    }
    pixDestroy(&sharp);
    pixDestroy(&smooth);
    return *binary;
}

/* Is the word at x, y, w, h (rendering pixels) light on a dark ground: its box mostly ink, and ink
 * beside it at mid-height? A font's box may reach above and below a shaded row, so not around it. */
static bool on_dark_ground(PIX *binary, int x, int y, int w, int h)
{
    double left = ink_share(binary, x - 3, y + h / 4, 2, h / 2), right = ink_share(binary, x + w + 1, y + h / 4, 2, h / 2);
    return ink_share(binary, x, y, w, h) >= 0.6 && left + right >= 1.6;
}

/* Light words on a dark ground (a shaded header row) are filled in on the rendering: the ground is
 * then one solid box, whose edges are the row's rules. */
static void fill_light_words(PIX *binary, const GArray *words, double k)
{
    for (guint i = 0; binary && i < words->len; i++) {
        const at_box *wb = &g_array_index(words, layer_word, i).box;
        int x = (int)(wb->x / k), y = (int)(wb->y / k), w = MAX(1, (int)(wb->w / k)), h = MAX(1, (int)(wb->h / k));
        if (on_dark_ground(binary, x, y, w, h))
            pixRasterop(binary, x, y, w, h, PIX_SET, NULL, 0, 0);
    }
}

/* The ruled tables on `binary`, a rendering of the page. */
static void find_ruled(PIX *binary, page_tables *pt)
{
    at_error err = AT_ERROR_INIT; /* a page whose tables cannot be found is read as text */
    int n = binary ? at_find_framed_tables(binary, RULES_DPI, &pt->grids, &err) : 0;
    pt->n = MAX(n, 0);
    g_ptr_array_set_size(pt->marks, pt->n);
}

static void page_tables_clear(page_tables *pt)
{
    for (int t = 0; t < pt->n; t++) {
        g_free(pt->slots[t]);
        if (pt->cells[t])
            g_ptr_array_free(pt->cells[t], TRUE);
    }
    g_free(pt->slots);
    g_free(pt->cells);
    g_ptr_array_free(pt->marks, TRUE);
    at_table_grids_free(pt->grids, pt->n);
}

/* The index of the interval of `edges` (n + 1 ascending values) holding `v`, or -1. */
static int interval(const int *edges, int n, double v)
{
    if (v < edges[0] || v >= edges[n])
        return -1;
    int lo = 0, hi = n; /* edges[lo] <= v < edges[hi] */
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (edges[mid] <= v)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* How far ink runs on along y (give or take 2 px) from x, to the left (`dir` -1) or right (1), on `binary`. */
static int runs_on(PIX *binary, int y, int x, int dir)
{
    int n = 0;
    for (bool ink = true; ink; n++) {
        ink = false;
        for (int dy = -2; dy <= 2 && !ink; dy++) {
            l_uint32 v = 0;
            ink = pixGetPixel(binary, x + dir * (n + 1), y + dy, &v) == 0 && v;
        }
    }
    return n - 1;
}

/* A ruled table open at its sides (no rule down its left or right edge, as the inner rules only are
 * drawn): where all its rules across run on past its outer rule down by a column's width, the rules'
 * end is the table's side. It is added to the grid and drawn on `binary`. Returns whether it was open. */
static bool close_sides(at_table_grid *g, PIX *binary)
{
    bool open = false;
    for (int dir = -1; dir <= 1; dir += 2) {
        int x = dir < 0 ? g->col_edges[0] : g->col_edges[g->n_cols], reach = INT_MAX;
        for (int r = 0; r <= g->n_rows; r++)
            reach = MIN(reach, runs_on(binary, g->row_edges[r], x, dir));
        if (reach < RULES_DPI / 10)
            continue;
        int side = x + dir * reach;
        g->col_edges = g_renew(int, g->col_edges, g->n_cols + 2);
        if (dir < 0)
            memmove(g->col_edges + 1, g->col_edges, sizeof(int) * (size_t)(g->n_cols + 1));
        g->col_edges[dir < 0 ? 0 : g->n_cols + 1] = side;
        g->n_cols++;
        g->x = g->col_edges[0];
        g->w = g->col_edges[g->n_cols] - g->x;
        pixRasterop(binary, side, g->row_edges[0], 1, g->row_edges[g->n_rows] - g->row_edges[0], PIX_SET, NULL, 0, 0);
        open = true;
    }
    return open;
}

/* The height of the highest row of `g`. */
static int highest_row(const at_table_grid *g)
{
    int h = 0;
    for (int r = 0; r < g->n_rows; r++)
        h = MAX(h, g->row_edges[r + 1] - g->row_edges[r]);
    return h;
}

/* Are grids `a` and `b` (below it) one table parted by a row across with no rule down it (a section
 * row): the same columns, `b` starting under `a` within the height of their highest row? */
static bool parted(const at_table_grid *a, const at_table_grid *b)
{
    int gap = b->y - (a->y + a->h);
    bool same = a->n_cols == b->n_cols && gap >= 0 && gap <= MAX(highest_row(a), highest_row(b));
    for (int c = 0; same && c <= a->n_cols; c++)
        same = abs(a->col_edges[c] - b->col_edges[c]) <= 2;
    return same;
}

/* Does each word of `line` lie in the columns of `g` (`k`: grid pixels to word pixels), no ink of it
 * on `binary` across a column's edge (words of two cells set close may be one word in the text
 * layer)? Marks their columns in `used`. */
static bool within_columns(const GPtrArray *line, const at_table_grid *g, double k, PIX *binary, bool *used)
{
    for (guint i = 0; i < line->len; i++) {
        const layer_word *w = line->pdata[i];
        int c = interval(g->col_edges, g->n_cols, w->box.x / k), end = interval(g->col_edges, g->n_cols, (w->box.x + w->box.w) / k);
        if (c < 0 || end < 0)
            return false;
        for (int e = c + 1; e <= end; e++)
            if (ink_share(binary, g->col_edges[e], (int)(w->box.y / k), 1, (int)(w->box.h / k)) > 0)
                return false;
        used[c] = used[end] = true;
    }
    return true;
}

/* The bottom (word pixels) of the words whose middles lie from y0 to y1 (grid pixels) over grid `g` when
 * they make a row of it with no rules of its own: each word in one column, text in half its columns or
 * more (a white row of a zebra-striped table: its thin white rules do not show on white paper); else -1.
 * The columns with text are marked in `used` (n_cols, zeroed). */
static int unruled_row(const GArray *words, const at_table_grid *g, double k, PIX *binary, int y0, int y1, bool *used)
{
    GPtrArray *line = g_ptr_array_new();
    int bottom = -1;
    for (guint i = 0; i < words->len; i++) {
        const at_box *b = &g_array_index(words, layer_word, i).box;
        double mid = (b->y + b->h / 2.0) / k;
        if (mid > y0 && mid < y1 && (b->x + b->w) / k > g->x && b->x / k < g->x + g->w) {
            g_ptr_array_add(line, (gpointer)&g_array_index(words, layer_word, i));
            bottom = MAX(bottom, b->y + b->h);
        }
    }
    int n_used = 0;
    if (line->len && within_columns(line, g, k, binary, used))
        for (int c = 0; c < g->n_cols; c++)
            n_used += used[c];
    g_ptr_array_free(line, TRUE);
    return n_used >= MAX(2, (g->n_cols + 1) / 2) ? bottom : -1;
}

/* Rules down the columns of `g` drawn on `binary` from y0 to y1 (grid pixels): a row without rules of its
 * own is read as cells, not as one cell across (where merged cells are told by the rules missing). */
static void draw_columns(const at_table_grid *g, PIX *binary, int y0, int y1)
{
    for (int c = 0; c <= g->n_cols; c++)
        pixRasterop(binary, g->col_edges[c], y0, 1, y1 - y0, PIX_SET, NULL, 0, 0);
}

/* Does the text of the row from y0 to y1 (grid pixels) run on over edge `c` of `g`: a word left of it and
 * the next right of it (by their middles), level, apart by no more than the narrowest space between words on either side
 * (as aligned_gaps, a quarter more)? A row across set in one run of words parts at a space that may fall
 * on a column's edge; cells are apart by their paddings. */
static bool runs_over_edge(const GArray *words, const at_table_grid *g, double k, int y0, int y1, int c)
{
    int space = INT_MAX, over = INT_MAX, edge = (int)(g->col_edges[c] * k);
    for (guint i = 1; i < words->len; i++) {
        const layer_word *a = &g_array_index(words, layer_word, i - 1), *b = &g_array_index(words, layer_word, i);
        double mid = (b->box.y + b->box.h / 2.0) / k;
        int gap = level_gap(words, i);
        if (mid <= y0 || mid >= y1 || gap <= 0 || a->box.x / k < g->x || (b->box.x + b->box.w) / k > g->x + g->w)
            continue;
        if (a->box.x + a->box.w / 2 < edge && b->box.x + b->box.w / 2 > edge) /* a box takes in its space's edge */
            over = MIN(over, gap);
        else
            space = MIN(space, gap);
    }
    return over < INT_MAX && space < INT_MAX && over * 4 <= space * 5;
}

/* Does the text of the row from y0 to y1 run on over an edge between two columns that hold text (`used`):
 * a row across set as one run of words (runs_over_edge)? */
static bool runs_over_a_gap(const GArray *words, const at_table_grid *g, double k, int y0, int y1, const bool *used)
{
    for (int c = 1; c < g->n_cols; c++)
        if (used[c - 1] && used[c] && runs_over_edge(words, g, k, y0, y1, c))
            return true;
    return false;
}

/* Rows of grid `g` whose words make a row of it (unruled_row) with no rule between two columns that hold
 * text: a zebra-striped table's white rows that a shaded cell merged down over them holds in the grid.
 * Their column rules are drawn, so they are read as cells, not as one cell across (a cell across has no
 * text of its own on both sides of a missing rule, and its words run on over the rule's place with a
 * space between them: runs_over_edge). Were there any? */
static bool rule_white_rows(const at_table_grid *g, const GArray *words, double k, PIX *binary)
{
    bool any = false, *used = g_new0(bool, (gsize)g->n_cols);
    for (int r = 0; r < g->n_rows; r++) {
        int y0 = g->row_edges[r], y1 = g->row_edges[r + 1];
        memset(used, 0, sizeof *used * (size_t)g->n_cols);
        int ruled = 0, unruled = 0, spanned = 0; /* rules there, missing, missing under a run of words */
        bool row = y1 - y0 > 4 && unruled_row(words, g, k, binary, y0, y1, used) >= 0;
        for (int c = 1; row && c < g->n_cols; c++)
            if (used[c - 1] && used[c])
                ink_share(binary, g->col_edges[c], y0 + 2, 1, y1 - y0 - 4) > 0.5 ? ruled++
                : runs_over_edge(words, g, k, y0, y1, c)                        ? spanned++
                                                                                 : unruled++;
        if (unruled && !ruled && !spanned) {
            draw_columns(g, binary, y0, y1);
            any = true;
        }
    }
    g_free(used);
    return any;
}

/* A zebra-striped table's last row when white, under grid `g` (whose white rows were joined in): its
 * words within the height of its highest row under it (unruled_row) added as its last row. */
static void add_white_last_row(at_table_grid *g, const GArray *words, double k, PIX *binary)
{
    bool *used = g_new0(bool, (gsize)g->n_cols);
    int y0 = g->row_edges[g->n_rows], bottom = unruled_row(words, g, k, binary, y0, y0 + highest_row(g), used);
    g_free(used);
    if (bottom < 0)
        return;
    int edge = (int)(bottom / k) + CELL_INSET;
    g->row_edges = g_renew(int, g->row_edges, g->n_rows + 2);
    g->row_edges[++g->n_rows] = edge;
    g->h = edge - g->y;
    draw_columns(g, binary, y0, edge);
    pixRasterop(binary, g->x, edge, g->w, 1, PIX_SET, NULL, 0, 0);
}

/* The grids of `pt` parted by rows across joined, those rows rows of the table: grids open at their sides
 * (`open`, per grid: close_sides) parted by a row across, and grids parted by a row of text in their
 * columns (zebra stripes, each shaded row a grid of its own, the white rows between them). Tables ruled
 * down their sides stay apart otherwise (two tables under headings of their own): one table's rows
 * across are held by those rules. */
static void join_parted(page_tables *pt, bool *open, const GArray *words, PIX *binary)
{
    bool *zebra = g_new0(bool, (gsize)pt->n + 1);
    for (int t = 0; t + 1 < pt->n;) {
        at_table_grid *a = &pt->grids[t], *b = &pt->grids[t + 1];
        int gap_top = a->row_edges[a->n_rows], gap_bottom = b->row_edges[0];
        bool open_sides = open[t] && open[t + 1];
        bool *used = g_new0(bool, (gsize)a->n_cols);
        bool joined = parted(a, b) && (open_sides || unruled_row(words, a, pt->k, binary, gap_top, gap_bottom, used) >= 0);
        bool across = joined && !open_sides && runs_over_a_gap(words, a, pt->k, gap_top, gap_bottom, used);
        g_free(used);
        if (!joined) {
            t++;
            continue;
        }
        if (!open_sides && !across) { /* a white row: cells, as the rows around it */
            draw_columns(a, binary, gap_top, gap_bottom);
            zebra[t] = true;
        }
        a->row_edges = g_renew(int, a->row_edges, a->n_rows + b->n_rows + 2);
        memcpy(a->row_edges + a->n_rows + 1, b->row_edges, sizeof(int) * (size_t)(b->n_rows + 1));
        a->n_rows += b->n_rows + 1;
        a->h = b->y + b->h - a->y;
        g_free(b->row_edges);
        g_free(b->col_edges);
        memmove(b, b + 1, sizeof *b * (size_t)(pt->n - t - 2));
        memmove(open + t + 1, open + t + 2, sizeof *open * (size_t)(pt->n - t - 2));
        pt->n--;
    }
    for (int t = 0; t < pt->n; t++)
        if (rule_white_rows(&pt->grids[t], words, pt->k, binary) || zebra[t])
            add_white_last_row(&pt->grids[t], words, pt->k, binary);
    g_free(zebra);
}

/* The words of the line just above y (word pixels) over x0..x1 of a table, bottoms within a line's
 * height of it: to `line`, and their top as the return value; -1 when there is none or a word there
 * lies partly outside x0..x1 (a heading over the table). */
static int line_above(const GArray *words, int y, int x0, int x1, GPtrArray *line)
{
    const layer_word *low = NULL; /* the lowest word above y */
    for (guint i = 0; i < words->len; i++) {
        const layer_word *w = &g_array_index(words, layer_word, i);
        if (w->box.y + w->box.h / 2 < y && (!low || w->box.y + w->box.h > low->box.y + low->box.h))
            low = w;
    }
    if (!low || y - (low->box.y + low->box.h) > low->box.h)
        return -1;
    int top = low->box.y, mid = low->box.y + low->box.h / 2;
    for (guint i = 0; i < words->len; i++) {
        const layer_word *w = &g_array_index(words, layer_word, i);
        if (mid < w->box.y || mid > w->box.y + w->box.h)
            continue;
        if (w->box.x < x0 || w->box.x + w->box.w > x1)
            return -1;
        g_ptr_array_add(line, (gpointer)w);
        top = MIN(top, w->box.y);
    }
    return top;
}

/* A header row above ruled table `t` with no rules of its own (a table ruled from its first row on,
 * a header set in gray or white): the lines just above its top rule, each word in one column, with
 * text in half its columns or more. The row is added to the grid, and its rules drawn on `binary`
 * (where merged cells are told by the rules missing), so it is read as the grid's first row. */
static void add_unruled_header(page_tables *pt, int t, const GArray *words, PIX *binary)
{
    at_table_grid *g = &pt->grids[t];
    double k = pt->k;
    bool *used = g_new0(bool, (gsize)g->n_cols);
    GPtrArray *line = g_ptr_array_new();
    int top = (int)(g->row_edges[0] * k), y;
    while ((g_ptr_array_set_size(line, 0), y = line_above(words, top, (int)(g->x * k), (int)((g->x + g->w) * k), line)) >= 0 &&
           within_columns(line, g, k, binary, used))
        top = y;
    int n_used = 0;
    for (int c = 0; c < g->n_cols; c++)
        n_used += used[c];
    int edge = (int)(top / k) - CELL_INSET;
    if (n_used >= MAX(2, (g->n_cols + 1) / 2) && edge > 0 && top < (int)(g->row_edges[0] * k)) {
        g->row_edges = g_renew(int, g->row_edges, g->n_rows + 2);
        memmove(g->row_edges + 1, g->row_edges, sizeof(int) * (size_t)(g->n_rows + 1));
        g->row_edges[0] = edge;
        g->n_rows++;
        g->h += g->y - edge;
        g->y = edge;
        pixRasterop(binary, g->x, edge, g->w, 1, PIX_SET, NULL, 0, 0);
        for (int c = 0; c <= g->n_cols; c++)
            pixRasterop(binary, g->col_edges[c], edge, 1, g->row_edges[1] - edge, PIX_SET, NULL, 0, 0);
    }
    g_ptr_array_free(line, TRUE);
    g_free(used);
}

/* The cell a word at `box` lies in (its first letter's, about: text runs on from where its cell
 * begins, over the rule into the next one when too long), or NULL. */
static region *cell_at(const page_tables *pt, at_box box)
{
    double cx = (box.x + MIN(box.w, box.h) / 2.0) / pt->k, cy = (box.y + box.h / 2.0) / pt->k;
    for (int t = 0; t < pt->n; t++) {
        const at_table_grid *g = &pt->grids[t];
        int r = interval(g->row_edges, g->n_rows, cy), c = interval(g->col_edges, g->n_cols, cx);
        if (r >= 0 && c >= 0)
            return pt->slots[t][r * g->n_cols + c];
    }
    return NULL;
}

/* ---- tables without rules: columns of words with gutters between them ---- */

#define ALIGNED_ROWS 2   /* lines with text in two columns or more, at least */
#define ALIGNED_COLS 2   /* columns, at least: label/value tables and signature blocks side by side too */
#define VALLEY_LINES 4   /* lines, at least, for a column to be told by few lines' text crossing its gutter */
#define SIGNING_ROOM 12  /* half lines, at most, of room to sign in over a signing line within a table */
#define HEADING_LARGER 115 /* per cent of the size of a table's lines, at least, of a heading between two tables */
#define BRIDGE_LINES 2   /* lines across a table's columns (a goal row), at most, between two runs of it */
#define EDGE_LINES 8     /* lines above and below one whose columns' edges tell a narrow gutter on it */
#define LABEL_ROWS 3     /* lines, at least, of a table of labels and values at a page's head */
#define WIDE_TABLE_COLS 5 /* columns, at least, of a table wider than any memo head laid out in columns */
#define PROSE_LINES 4     /* lines, at least, of a column of prose beside a box of labels and values */
#define BOX_LINE_WORDS 3  /* words, at most, of a line of a box of labels and values (a wrapped line of prose: more) */
#define BESIDE_HALF_COLS 3 /* columns, at least, of a table in a letterhead's right half (two: labels, values) */

typedef struct {
    at_box box;
    GPtrArray *words;    /* const layer_word*, left to right */
    bool split;          /* a gutter's gap between two of its words */
    bool ocred;          /* OCR'd: its height is its ink's, not its font's */
} visual_line;

static int middle(const layer_word *w)
{
    return w->box.y + w->box.h / 2;
}

static gint by_middle(gconstpointer a, gconstpointer b)
{
    int x = middle(*(const layer_word *const *)a), y = middle(*(const layer_word *const *)b);
    return (x > y) - (x < y);
}

static gint by_left(gconstpointer a, gconstpointer b)
{
    int x = (*(const layer_word *const *)a)->box.x, y = (*(const layer_word *const *)b)->box.x;
    return (x > y) - (x < y);
}

static bool in_grid(const page_tables *pt, at_box box)
{
    double cx = (box.x + box.w / 2.0) / pt->k, cy = (box.y + box.h / 2.0) / pt->k;
    for (int t = 0; t < pt->n; t++) {
        const at_table_grid *g = &pt->grids[t];
        if (cx >= g->x && cx < g->x + g->w && cy >= g->y && cy < g->y + g->h)
            return true;
    }
    return false;
}

/* Is `w` of `line` a speck: on an OCR'd page, a word with no letter, digit, dash (an empty cell's
 * mark) or section sign in it? OCR reads specks and rule remnants between columns as `=`, `'` or `|`:
 * they have no say in the columns. A section sign, or `&` or `$` as OCR often reads it, is a word: without
 * it, `2026-05-19, § 52.` has a gutter's gap. A text layer's marks are text (`·` between the parts of
 * a running header). */
static bool speck(const visual_line *line, const layer_word *w)
{
    for (const char *s = w->text; line->ocred && *s; s = g_utf8_next_char(s)) {
        gunichar c = g_utf8_get_char(s);
        if (g_unichar_isalnum(c) || g_unichar_type(c) == G_UNICODE_DASH_PUNCTUATION || c == 0x00A7 || c == '&' || c == '$')
            return false;
    }
    return line->ocred;
}

/* The gap between words `a` and `b` of a line, when it may part two columns: wider than GUTTER line
 * heights; else -1. */
static int gutter_gap(const layer_word *a, const layer_word *b)
{
    int gap = space_between(a, b);
    return gap > GUTTER * a->box.h ? gap : -1;
}

/* Call `each` on every two words but specks next to each other on `line` with a gutter's gap
 * between them, until it returns true; returns that. */
static bool any_gutter(const visual_line *line, bool (*each)(const layer_word *a, const layer_word *b, int gap, void *data),
                       void *data)
{
    const layer_word *a = NULL;
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *b = line->words->pdata[i];
        if (speck(line, b))
            continue;
        int gap = a ? gutter_gap(a, b) : -1;
        if (gap >= 0 && each(a, b, gap, data))
            return true;
        a = b;
    }
    return false;
}

/* A gutter that parts columns by itself: on a text layer any; OCR's word boxes are the ink's, so a
 * space between them varies: within one of tesseract's lines only one wider than the line. */
static bool wide_gutter(const layer_word *a, const layer_word *b, int gap, void *ocred)
{
    return !*(bool *)ocred || a->line != b->line || gap > a->box.h;
}

typedef struct {
    const visual_line *near; /* the lines around one, itself among them */
    guint n, self;
} nearby;

/* Does `b` start where words of two other lines `data` (nearby) start after a wide gutter (a
 * column's edge)? */
static bool at_column_edge(const layer_word *a, const layer_word *b, int gap, void *data)
{
    (void)gap;
    const nearby *nb = data;
    int edges = 0;
    for (guint l = 0; l < nb->n && edges < 2; l++) {
        bool ocred = true;
        for (guint i = 1; l != nb->self && nb->near[l].split && i < nb->near[l].words->len; i++) {
            const layer_word *u = nb->near[l].words->pdata[i - 1], *v = nb->near[l].words->pdata[i];
            int g = gutter_gap(u, v);
            edges += g >= 0 && wide_gutter(u, v, g, &ocred) && abs(v->box.x - b->box.x) <= GUTTER * a->box.h;
        }
    }
    return edges >= 2;
}

/* The narrowest and widest gaps between the words but specks of `line`; false with fewer than
 * JUSTIFIED_WORDS of them. */
static bool gap_range(const visual_line *line, int *lo, int *hi)
{
    enum { JUSTIFIED_WORDS = 5 };
    const layer_word *a = NULL;
    guint n = 0;
    *lo = G_MAXINT, *hi = 0;
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *b = line->words->pdata[i];
        if (speck(line, b))
            continue;
        if (a) {
            int gap = b->box.x - (a->box.x + a->box.w);
            *lo = MIN(*lo, gap);
            *hi = MAX(*hi, gap);
        }
        a = b;
        n++;
    }
    return n >= JUSTIFIED_WORDS;
}

/* Does a word of `line` but its first start, end or centre within `tol` of where one of `other`'s does? */
static bool word_aligned(const layer_word *w, const visual_line *other, int tol)
{
    for (guint i = 1; i < other->words->len; i++) {
        const layer_word *o = other->words->pdata[i];
        if (abs(o->box.x - w->box.x) <= tol || abs(o->box.x + o->box.w - (w->box.x + w->box.w)) <= tol ||
            abs(2 * o->box.x + o->box.w - (2 * w->box.x + w->box.w)) <= 2 * tol)
            return true;
    }
    return false;
}

/* Is `other` a line of the same paragraph as `line`, both as wide, their words not in columns? A table's rows
 * line up, every word where one of the other row starts, ends or centres; a justified paragraph's lines by
 * chance, a quarter of their words and two at least out of line. */
static bool same_measure(const visual_line *line, const visual_line *other)
{
    int tol = line->box.h, space = MAX(2, line->box.h / 8);
    if (other->box.y - (line->box.y + line->box.h) > 2 * tol || line->box.y - (other->box.y + other->box.h) > 2 * tol ||
        abs(other->box.x - line->box.x) > tol || abs(other->box.x + other->box.w - (line->box.x + line->box.w)) > tol)
        return false;
    guint out = 0;
    for (guint i = 1; i < line->words->len; i++)
        out += !word_aligned(line->words->pdata[i], other, space);
    return out >= 2 && 4 * out >= line->words->len - 1;
}

/* A justified line of prose (line `l` of `n` lines `L`): its spaces stretched alike, every gap between its
 * words as wide as the others, however wide; a table's row has narrow spaces in its cells, wide gutters
 * between them. On a text layer within a pixel or an eighth. OCR's word boxes are the ink's, their gaps
 * vary by a letter's sides: within a quarter of the line's height, and a line above or below of the same
 * measure whose words do not line up with its own (a ruleless table's rows of one-word cells, evenly
 * spaced, line up). */
static bool justified(const visual_line *L, guint n, guint l)
{
    int lo, hi;
    if (!gap_range(&L[l], &lo, &hi))
        return false;
    if (!L[l].ocred)
        return hi - lo <= MAX(1, hi / 8);
    return hi - lo <= MAX(2, L[l].box.h / 4) &&
           ((l > 0 && same_measure(&L[l], &L[l - 1])) || (l + 1 < n && same_measure(&L[l], &L[l + 1])));
}

/* Mark the `lines` split by a gutter (wide_gutter); on an OCR'd page also those with a narrower one
 * where two lines of the EDGE_LINES above or below have a column's edge (OCR read a narrow gutter
 * as a space). A justified line is never split. */
static void mark_split(GArray *lines, bool ocred)
{
    visual_line *L = (visual_line *)(void *)lines->data;
    bool *prose = g_new(bool, lines->len + 1);
    for (guint l = 0; l < lines->len; l++) {
        prose[l] = justified(L, lines->len, l);
        L[l].split = !prose[l] && any_gutter(&L[l], wide_gutter, &ocred);
    }
    for (guint l = 0; ocred && l < lines->len; l++) {
        guint from = l > EDGE_LINES ? l - EDGE_LINES : 0;
        nearby nb = { L + from, MIN(lines->len, l + EDGE_LINES + 1) - from, l - from };
        L[l].split = L[l].split || (!prose[l] && any_gutter(&L[l], at_column_edge, &nb));
    }
    g_free(prose);
}

/* Does word `w` lie under a word of `line` in the same type, most of the narrower's width over the other, set
 * lower by a quarter of its height or more? Then it is on the next line of a column: a table's cells centred in
 * their rows set their lines half a line apart, each line of a taller cell overlapping one of a shorter cell
 * beside it, and by their boxes alone every line of the row would be one. (On one line a name too long for its
 * column runs over the next column's word; a letterhead's lines in smaller type beside a large title stay one.) */
static bool under_word_of(const visual_line *line, const layer_word *w)
{
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *o = line->words->pdata[i];
        int overlap = MIN(o->box.x + o->box.w, w->box.x + w->box.w) - MAX(o->box.x, w->box.x);
        if (2 * overlap > MIN(o->box.w, w->box.w) && 4 * (w->box.y - o->box.y) > o->box.h &&
            10 * abs(w->box.h - o->box.h) <= o->box.h)
            return true;
    }
    return false;
}

/* The words outside the tables found so far, as lines across the page, top to bottom. */
static GArray *visual_lines(const GArray *words, const page_tables *pt)
{
    GPtrArray *loose = g_ptr_array_new();
    for (guint i = 0; i < words->len; i++)
        if (!in_grid(pt, g_array_index(words, layer_word, i).box))
            g_ptr_array_add(loose, &g_array_index(words, layer_word, i));
    g_ptr_array_sort(loose, by_middle);
    GArray *lines = g_array_new(FALSE, TRUE, sizeof(visual_line));
    visual_line *cur = NULL;
    for (guint i = 0; i < loose->len; i++) {
        const layer_word *w = loose->pdata[i];
        if (!cur || middle(w) > cur->box.y + cur->box.h || (!pt->ocred && under_word_of(cur, w))) {
            g_array_set_size(lines, lines->len + 1);
            cur = &g_array_index(lines, visual_line, lines->len - 1);
            cur->box = (at_box){ -1, -1, -1, -1 };
            cur->words = g_ptr_array_new();
            cur->ocred = pt->ocred;
        }
        g_ptr_array_add(cur->words, (gpointer)w);
        cur->box = box_union(cur->box, w->box);
    }
    for (guint l = 0; l < lines->len; l++)
        g_ptr_array_sort(g_array_index(lines, visual_line, l).words, by_left);
    mark_split(lines, pt->ocred);
    g_ptr_array_free(loose, TRUE);
    return lines;
}

static void visual_lines_free(GArray *lines)
{
    for (guint l = 0; l < lines->len; l++)
        g_ptr_array_free(g_array_index(lines, visual_line, l).words, TRUE);
    g_array_free(lines, TRUE);
}

/* Does `line` run across a gutter between two of the columns `cols`? A cell's line wrapped within
 * its column does not; a paragraph after the table does. */
static bool crosses_gutter(const visual_line *line, const GArray *cols)
{
    const int *span = (const int *)(const void *)cols->data;
    for (guint c = 1; c < cols->len; c++)
        if (line->box.x < span[2 * c - 1] && line->box.x + line->box.w > span[2 * c])
            return true;
    return false;
}

/* Does `line` count for the columns of a run: split by a gutter, or (given `gutters`, the split
 * lines' columns) a line that crosses none of them, as a cell's line wrapped within its column? */
static bool in_columns(const visual_line *line, const GArray *gutters)
{
    return line->split || (gutters && !crosses_gutter(line, gutters));
}

/* The height of `line`'s type: its box's on an OCR'd page, its tallest word's on a text layer, where the words of
 * a table's cells centred half a line apart make one line's box taller than its type (under_word_of). */
static int type_height(const visual_line *line)
{
    int h = 0;
    for (guint i = 0; !line->ocred && i < line->words->len; i++)
        h = MAX(h, ((const layer_word *)line->words->pdata[i])->box.h);
    return line->ocred ? line->box.h : h;
}

/* How many of the lines `first` to `end` that count (in_columns) have text over each x from `x0`
 * to `x0 + n` (a line's words less than a gutter apart cover the space between them), and in
 * `*starts` how many such stretches of text start at each x. */
static int *coverage(const visual_line *L, guint first, guint end, const GArray *gutters, int x0, int n, int **starts)
{
    int *cover = g_new0(int, (gsize)n + 1);
    *starts = g_new0(int, (gsize)n + 1);
    for (guint l = first; l < end; l++) {
        int from = -1, to = -1;
        for (guint i = 0; in_columns(&L[l], gutters) && i <= L[l].words->len; i++) {
            const layer_word *w = i < L[l].words->len ? L[l].words->pdata[i] : NULL;
            if (w && speck(&L[l], w))
                continue;
            if (w && from >= 0 && w->box.x - to <= GUTTER * type_height(&L[l])) { /* OCR's digits are shorter than a line */
                to = MAX(to, w->box.x + w->box.w);
                continue;
            }
            if (from >= 0) {
                cover[from - x0]++;
                cover[to - x0]--;
                (*starts)[from - x0]++;
            }
            if (w) {
                from = w->box.x;
                to = w->box.x + w->box.w;
            }
        }
    }
    for (int x = 1; x <= n; x++)
        cover[x] += cover[x - 1];
    return cover;
}

/* Do more than `few` stretches of `starts` start within `reach` of x (to `n`), and two at least: the
 * edge of a column, not a cell's text that wrapped short of it, nor a wide space on one line? On a
 * text layer (`starts` NULL) a space is never that wide: any edge is a column's. */
static bool column_edge(const int *starts, int x, int reach, int n, int few)
{
    if (!starts)
        return true;
    int k = 0;
    for (int i = MAX(0, x - reach); i <= MIN(n, x + reach); i++)
        k += starts[i];
    return k > MAX(few, 1);
}

/* The columns of the stretch a to b of `cover` (from `x0`) as spans: one more after each valley,
 * where `few` lines or fewer have text, between two stretches where more do, when more than `few`
 * of the stretches of text start at its edge (`starts`, within `reach`). */
static void add_valley_parted(GArray *spans, const int *cover, const int *starts, int reach, int x0, int a, int b,
                              int few)
{
    int span[2] = { x0 + a, -1 }, core_end = -1; /* the end of the last stretch where more lines have text */
    for (int x = a; x < b; x++) {
        if (cover[x] <= few)
            continue;
        if (core_end >= 0 && core_end < x && column_edge(starts, x, reach, b, few)) {
            span[1] = x0 + core_end;
            g_array_append_val(spans, span);
            span[0] = x0 + x;
        }
        core_end = x + 1;
    }
    span[1] = x0 + b;
    g_array_append_val(spans, span);
}

#define OVERRUN_STARTS 4 /* lines, at least, the head's among them, whose text starts at a column edge no gutter shows */
#define HEAD_CELL_WORDS 3 /* words, at most, of a column's head ("Ansvar", "Klart senast"); a row's text has more */

/* Does a word of `line` in a style other than `head_style` start at x, within `tol`? */
static bool cell_starts_at(const visual_line *line, int x, int tol, int head_style)
{
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *w = line->words->pdata[i];
        if (abs(w->box.x - x) <= tol && w->style != head_style)
            return true;
    }
    return false;
}

/* Does a word of `line` start left of x and run on over it? */
static bool word_runs_over(const visual_line *line, int x, int tol)
{
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *w = line->words->pdata[i];
        if (w->box.x < x - tol && w->box.x + w->box.w > x + tol)
            return true;
    }
    return false;
}

/* Does `line` have a word starting after x (by more than `tol`) and before `to`, and none at x: text of another
 * layout, not of a column starting at x? */
static bool starts_astray(const visual_line *line, int x, int to, int tol)
{
    bool astray = false;
    for (guint i = 0; i < line->words->len; i++) {
        int at = ((const layer_word *)line->words->pdata[i])->box.x;
        if (abs(at - x) <= tol)
            return false;
        astray |= at > x + tol && at < to;
    }
    return astray;
}

/* How many words of `line` from word `i` on stand less than a gutter apart: one cell's. */
static guint head_cell_words(const visual_line *line, guint i)
{
    guint n = 1;
    while (i + n < line->words->len && gutter_gap(line->words->pdata[i + n - 1], line->words->pdata[i + n]) < 0)
        n++;
    return n;
}

/* The edge within `span` of a text layer's column that no gutter shows: the head's word and the column's cells start
 * at one x, and a few cells of the column to its left run on over it (a word too long for its narrow column, set
 * without wrapping: "Samhällsbyggnadsförvaltningen" over the column "När"); -1 for none. The head (line `first`)
 * must name the column in a few words, set apart from its cells (a first row beside the rows' headings in a margin,
 * set as they are, is no head: "§ 1 Parter" over "§ 2 …"), the column's starts outnumber the overruns, and few
 * lines start text within the column elsewhere (a list's aligned words within one cell have no head word there; rows
 * of another table other edges). */
static int overrun_edge(const visual_line *L, guint first, guint end, const GArray *gutters, const int *span)
{
    const visual_line *head = &L[first];
    int tol = MAX(1, head->box.h / 8);
    for (guint i = 1; i < head->words->len; i++) {
        const layer_word *named = head->words->pdata[i];
        int x = named->box.x, starts = 1, over = 0, astray = 0;
        int to = i + 1 < head->words->len ? ((const layer_word *)head->words->pdata[i + 1])->box.x : span[1];
        if (x <= span[0] + tol || x >= span[1] || head_cell_words(head, i) > HEAD_CELL_WORDS)
            continue;
        for (guint l = first + 1; l < end; l++)
            if (in_columns(&L[l], gutters)) {
                starts += cell_starts_at(&L[l], x, tol, named->style);
                over += word_runs_over(&L[l], x, tol);
                astray += starts_astray(&L[l], x, MIN(to, span[1]), tol);
            }
        if (over && starts >= OVERRUN_STARTS && starts > over && 4 * astray <= starts)
            return x;
    }
    return -1;
}

/* `spans` with each parted at the edges overrun_edge finds in it. */
static void part_overrun(GArray *spans, const visual_line *L, guint first, guint end, const GArray *gutters)
{
    for (guint c = 0; c < spans->len; c++) {
        int *span = (int *)(void *)spans->data + 2 * c;
        int x = overrun_edge(L, first, end, gutters, span);
        if (x < 0)
            continue;
        int right[2] = { x, span[1] };
        span[1] = x - 1;
        g_array_insert_val(spans, c + 1, right);
    }
}

/* The columns of lines `first` to `end` that count (in_columns), as spans of x. Columns part at a
 * gutter no line's text crosses, and at a valley that few lines' text crosses: a cell's text may
 * run into the next column's, or touch it. */
static GArray *aligned_columns(const GArray *lines, guint first, guint end, const GArray *gutters)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    GArray *spans = g_array_new(FALSE, FALSE, sizeof(int) * 2);
    int x0 = INT_MAX, x1 = 0, counted = 0, height = INT_MAX;
    for (guint l = first; l < end; l++) {
        if (!in_columns(&L[l], gutters))
            continue;
        x0 = MIN(x0, L[l].box.x);
        x1 = MAX(x1, L[l].box.x + L[l].box.w);
        height = MIN(height, L[l].box.h);
        counted++;
    }
    if (!counted)
        return spans;
    int *starts, *cover = coverage(L, first, end, gutters, x0, x1 - x0, &starts);
    if (!L[first].ocred)
        g_clear_pointer(&starts, g_free);
    int few = counted >= VALLEY_LINES ? MAX(1, counted / 5) : 0, reach = (int)(GUTTER * height), start = -1, last = -1;
    for (int x = 0; x <= x1 - x0; x++) {
        if (cover[x] <= 0 && x < x1 - x0)
            continue;
        if (start < 0) {
            start = last = x;
            continue;
        }
        /* a gap no line's text crosses: a gutter when wide, or a narrow one where two lines' text starts
         * or more (one line's may be a wide space) */
        int gap = x - last - 1;
        if (x == x1 - x0 || (gap > reach && (gap > 2 * reach || column_edge(starts, x, reach, x1 - x0, 1)))) {
            add_valley_parted(spans, cover, starts, reach, x0, start, last + 1, few);
            start = x;
        }
        last = x;
    }
    if (!L[first].ocred && L[first].split)
        part_overrun(spans, L, first, end, gutters);
    g_free(starts);
    g_free(cover);
    return spans;
}

/* Does word `i` of `line` start a column's text on it, of two columns, the second starting at `second`? */
static bool starts_column(const visual_line *line, guint i, int second)
{
    const layer_word *w = line->words->pdata[i], *before = i ? line->words->pdata[i - 1] : NULL;
    return !before || (before->box.x < second && w->box.x >= second);
}

/* Does the word start in lower case (a wrapped line's, going on)? */
static bool lower_case(const layer_word *w)
{
    return g_unichar_islower(g_utf8_get_char(w->text));
}

/* Does `line` start a row of two columns, the second starting at `second`: text in the first column,
 * and in neither column a wrapped line's lower-case word (a value's or a title's, too long for its
 * column)? */
static bool starts_pair(const visual_line *line, int second)
{
    bool starts = line->box.x < second;
    for (guint i = 0; starts && i < line->words->len; i++)
        starts = !starts_column(line, i, second) || !lower_case(line->words->pdata[i]);
    return starts;
}

/* How far line `l` lies below the line above it, middle to middle: OCR's line boxes are their ink's,
 * a line with a capital's ring or dots (`Öppna`) reaching higher than one without. */
static int line_step(const visual_line *L, guint l)
{
    return L[l].box.y + L[l].box.h / 2 - (L[l - 1].box.y + L[l - 1].box.h / 2);
}

/* Is there a gap wider than `halves` half line heights above line `l`, the taller line's (a header
 * row in small capitals is short)? */
static bool gap_above(const visual_line *L, guint l, int halves)
{
    return L[l].box.y - (L[l - 1].box.y + L[l - 1].box.h) > halves * MAX(L[l].box.h, L[l - 1].box.h) / 2;
}

/* The rule of `pt->rules` between heights `above` and `below` (word pixels) that spans most of the
 * columns from `left` to `right`, as its y in the grids' pixels; INT_MIN if none. */
static int rule_within(const page_tables *pt, double above, double below, int left, int right)
{
    for (guint i = 0; pt->rules && i < pt->rules->len; i++) {
        const at_rule_across *r = &g_array_index(pt->rules, at_rule_across, i);
        double span = MIN(r->x1, right / pt->k) - MAX(r->x0, left / pt->k);
        if (r->y > above / pt->k && r->y < below / pt->k && span * 3 >= (right - left) / pt->k * 2)
            return r->y;
    }
    return INT_MIN;
}

/* The rule between lines `l - 1` and `l`, middle to middle (rule_within). */
static int rule_between(const page_tables *pt, const visual_line *L, guint l, int left, int right)
{
    return rule_within(pt, L[l - 1].box.y + L[l - 1].box.h / 2.0, L[l].box.y + L[l].box.h / 2.0, left, right);
}

/* The parts of `line` as spans of x: its words run together but at a gutter's gap. */
static GArray *line_parts(const visual_line *line)
{
    GArray *parts = g_array_new(FALSE, FALSE, sizeof(int) * 2);
    const layer_word *a = NULL;
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *b = line->words->pdata[i];
        if (speck(line, b))
            continue;
        if (!a || gutter_gap(a, b) >= 0) {
            int span[2] = { b->box.x, b->box.x + b->box.w };
            g_array_append_val(parts, span);
        }
        g_array_index(parts, int, 2 * (parts->len - 1) + 1) = b->box.x + b->box.w;
        a = b;
    }
    return parts;
}

/* Does span `a` pair with span `b`: its start, end or middle within `tol` of the other's? */
static bool spans_pair(const int *a, const int *b, int tol)
{
    return abs(a[0] - b[0]) <= tol || abs(a[1] - b[1]) <= tol || abs(a[0] + a[1] - b[0] - b[1]) <= 2 * tol;
}

/* Do the parts of line `l - 1` stand over parts of line `l`, which parts in columns: blocks side by side, a
 * block a column, their place and day in one line over the first (a letterhead's halves over a memo's
 * `Till: | Från:` line part elsewhere)? */
static bool parts_pair(const visual_line *L, guint l)
{
    GArray *a = line_parts(&L[l - 1]), *b = line_parts(&L[l]);
    int tol = MAX(L[l - 1].box.h, L[l].box.h);
    bool pair = a->len >= 1 && b->len >= ALIGNED_COLS && a->len <= b->len;
    for (guint i = 0; pair && i < a->len; i++) {
        bool under = false;
        for (guint j = 0; j < b->len && !under; j++)
            under = spans_pair(&g_array_index(a, int, 2 * i), &g_array_index(b, int, 2 * j), tol);
        pair = under;
    }
    g_array_free(a, TRUE);
    g_array_free(b, TRUE);
    return pair;
}

/* Is the gap above line `l` room to sign in: wider than a table's rows are apart, but over a signing
 * line drawn across it (signature blocks side by side: place and party over it, name and title under,
 * the lines over and under it in the same columns: parts_pair)? */
static bool signing_gap(const page_tables *pt, const visual_line *L, guint l)
{
    return gap_above(L, l, 4) && !gap_above(L, l, SIGNING_ROOM) &&
           rule_between(pt, L, l, L[l].box.x, L[l].box.x + L[l].box.w) != INT_MIN && parts_pair(L, l);
}

/* How many words of `line` are set in bold, -1 when a word's font is not known (OCR'd). */
static int bold_words(const visual_line *line)
{
    int n = 0;
    for (guint i = 0; i < line->words->len; i++) {
        int style = ((const layer_word *)line->words->pdata[i])->style;
        if (!style || line->ocred)
            return -1;
        n += style < 0;
    }
    return n;
}

/* The line of lines `first` to `end` where a header row set in bold ends over rows set in none: a
 * shading or a bold face, not a rule, parts a header from the rows under it; `end` when none does. */
static guint header_end(const visual_line *L, guint first, guint end)
{
    for (guint l = first + 1; l < end; l++) {
        if (bold_words(&L[l - 1]) != (int)L[l - 1].words->len)
            return end;
        if (bold_words(&L[l]) == 0)
            return l;
    }
    return end;
}

/* Has column `c` of `cols` text on line `l`? */
static bool text_in_column(const visual_line *L, guint l, const GArray *cols, guint c)
{
    int x0 = g_array_index(cols, int, 2 * c), x1 = g_array_index(cols, int, 2 * c + 1);
    for (guint i = 0; i < L[l].words->len; i++) {
        const layer_word *w = L[l].words->pdata[i];
        if (w->box.x + w->box.w / 2 >= x0 && w->box.x + w->box.w / 2 <= x1)
            return true;
    }
    return false;
}

/* Does each of lines `from` to `end` fill every column of `cols`? Then they are rows of a line each
 * (signature blocks side by side: place, party, name, title), a signing line across them or not: read
 * by rules, a name and its title were one cell. A line leaving a column empty is a cell's line wrapped. */
static bool rows_of_a_line(const visual_line *L, guint from, guint end, const GArray *cols)
{
    for (guint l = from; l < end; l++)
        for (guint c = 0; c < cols->len; c++)
            if (!text_in_column(L, l, cols, c))
                return false;
    return true;
}

/* The line where a bold header row ends (header_end) if that counts as its rule: the lines under it are
 * no rows of a line each (rows_of_a_line); `end` if not. */
static guint header_rule(const visual_line *L, guint first, guint end, const GArray *cols)
{
    guint head = header_end(L, first, end);
    return rows_of_a_line(L, head, end, cols) ? end : head;
}

/* Are lines `first` to `end`, in columns from `left` to `right`, ruled under their rows: two rules
 * between them at least (a rule under the header row alone says nothing of the rows below; the end of
 * a header row set in bold may count as its rule, header_rule, and its lines as none of a row's), and no
 * stretch between rules of more than twice the median stretch's lines (a budget ruled under its header
 * and over its sum, stretches of 1, 5 and 1 lines, has its five items between: not five lines of a row)?
 * Lines that are rows of a line each (rows_of_a_line) are not: a rule under every other one (a signing
 * line over each pair of names) would join each name to the title under it. */
static bool ruled_under_rows(const page_tables *pt, const visual_line *L, guint first, guint end,
                             const GArray *cols)
{
    if (rows_of_a_line(L, first, end, cols))
        return false;
    int left = g_array_index(cols, int, 0), right = g_array_index(cols, int, 2 * cols->len - 1);
    guint head = header_rule(L, first, end, cols), from = head < end ? head : first;
    int *stretch = g_new0(int, (gsize)(end - first) + 1), n = 0;
    stretch[0] = 1;
    for (guint l = from + 1; l < end; l++) {
        n += rule_between(pt, L, l, left, right) != INT_MIN;
        stretch[n]++;
    }
    int longest = 0;
    for (int i = 0; i <= n; i++)
        longest = MAX(longest, stretch[i]);
    qsort(stretch, (size_t)n + 1, sizeof *stretch, by_int);
    bool ruled = n >= 1 && n + (head < end) >= 2 && longest <= 2 * stretch[n / 2];
    g_free(stretch);
    return ruled;
}

/* Do lines `first` to `end`, the page's first (`first` 0), each in the columns `cols` and none bold
 * (no goal row), lie between a rule over the first and a rule under the last (within a line's height)
 * with none between? That is one row of a table ruled under its rows, carried over a page break: its
 * rule over it drawn again where the row was broken. */
static bool carried_row(const page_tables *pt, const visual_line *L, guint first, guint end, const GArray *cols)
{
    int left = g_array_index(cols, int, 0), right = g_array_index(cols, int, 2 * cols->len - 1);
    if (first > 0 || end - first < 2)
        return false;
    for (guint l = first; l < end; l++)
        if (!in_columns(&L[l], cols) || bold_words(&L[l]))
            return false;
    const visual_line *top = &L[first], *last = &L[end - 1];
    if (rule_within(pt, top->box.y - top->box.h, top->box.y + top->box.h / 2.0, left, right) == INT_MIN ||
        rule_within(pt, last->box.y + last->box.h / 2.0, last->box.y + 2.0 * last->box.h, left, right) == INT_MIN)
        return false;
    for (guint l = first + 1; l < end; l++)
        if (rule_between(pt, L, l, left, right) != INT_MIN)
            return false;
    return true;
}

/* The largest font size of line `l`'s words (tenths of a point, 0 when not known). */
static int line_size(const visual_line *L, guint l)
{
    int size = 0;
    for (guint i = 0; i < L[l].words->len; i++)
        size = MAX(size, abs(((const layer_word *)L[l].words->pdata[i])->style));
    return size;
}

/* The size most of lines `first` to `end` are set in (tenths of a point; the smaller of two as common; 0 when not
 * known): a table's cells', not its header's in small capitals nor its group rows'. */
static int cells_size(const visual_line *L, guint first, guint end)
{
    int best = 0, best_n = 0;
    for (guint l = first; l < end; l++) {
        int size = line_size(L, l), n = 0;
        for (guint k = first; k < end && size; k++)
            n += line_size(L, k) == size;
        if (n > best_n || (n == best_n && size < best))
            best = size, best_n = n;
    }
    return best;
}

/* Is line `l` set HEADING_LARGER larger than the table's cells (`cells`, cells_size): a group row of its own
 * ("Fysisk miljö" in 12 pt bold over 10 pt cells)? Not on an OCR'd page (no sizes). */
static bool larger_row(const visual_line *L, guint l, int cells)
{
    return cells && line_size(L, l) * 100 >= cells * HEADING_LARGER;
}

/* Is the step from line `l - 1` to `l` to or from a larger row (larger_row): no measure of the rows' spacing, and a
 * row's edge? */
static bool step_at_larger(const visual_line *L, guint l, int cells)
{
    return larger_row(L, l, cells) || larger_row(L, l - 1, cells);
}

/* The top and bottom (word pixels) of line `l`'s words in column `c` of `cols` (all its words: `c` < 0); false if none. */
static bool column_extent(const visual_line *L, guint l, const GArray *cols, int c, int *top, int *bottom)
{
    *top = INT_MAX, *bottom = INT_MIN;
    for (guint i = 0; i < L[l].words->len; i++) {
        const layer_word *w = L[l].words->pdata[i];
        int mid = w->box.x + w->box.w / 2;
        if (c < 0 || (mid >= g_array_index(cols, int, 2 * c) && mid <= g_array_index(cols, int, 2 * c + 1)))
            *top = MIN(*top, w->box.y), *bottom = MAX(*bottom, w->box.y + w->box.h);
    }
    return *top != INT_MAX;
}

/* Are the cells of lines `first` to `end` set off one another within lines: on two lines at least, words a quarter of
 * a line or more apart in height (cells centred, or set on their bottoms, beside cells of other line counts)? A table
 * whose cells share their lines finds its rows by the steps between them. Not OCR'd lines: their words' heights are
 * their ink's, a word without ascenders lower. */
static bool offset_cells(const visual_line *L, guint first, guint end)
{
    int n = 0;
    for (guint l = first; l < end && !L[l].ocred; l++) {
        int top, bottom, lowest = INT_MIN;
        column_extent(L, l, NULL, -1, &top, &bottom);
        for (guint i = 0; i < L[l].words->len; i++)
            lowest = MAX(lowest, ((const layer_word *)L[l].words->pdata[i])->box.y);
        n += 4 * (lowest - top) >= type_height(&L[l]);
    }
    return n >= 2;
}

/* Which of lines `first` to `end`, their cells offset (offset_cells), start a row (indexed from `first`): in each
 * column its cells are blocks of lines a line's step apart (the smallest step in any column; a wider one is the
 * padding between two cells), and a row starts at a line under every block begun above it, as tall as its tallest
 * cell whatever the others' alignment. */
static bool *offset_row_starts(const visual_line *L, guint first, guint end, const GArray *cols)
{
    guint n = end - first, nc = cols->len;
    int *top = g_new(int, (gsize)n * nc), *bottom = g_new(int, (gsize)n * nc), pitch = INT_MAX / 2;
    for (guint c = 0; c < nc; c++)
        for (guint i = 0, prev = n; i < n; i++) {
            if (!column_extent(L, first + i, cols, (int)c, &top[c * n + i], &bottom[c * n + i])) {
                top[c * n + i] = INT_MIN;
                continue;
            }
            if (prev < n)
                pitch = MIN(pitch, top[c * n + i] - top[c * n + prev]);
            prev = i;
        }
    for (guint c = 0; c < nc; c++) /* each line's cell's bottom: the last line of its block's */
        for (guint i = n, next = n; i-- > 0;)
            if (top[c * n + i] != INT_MIN) {
                if (next < n && top[c * n + next] - top[c * n + i] <= pitch * 13 / 10)
                    bottom[c * n + i] = bottom[c * n + next];
                next = i;
            }
    bool *starts = g_new0(bool, n);
    int reach = INT_MIN, t, b;
    for (guint i = 0; i < n; i++) {
        column_extent(L, first + i, cols, -1, &t, &b);
        starts[i] = i > 0 && t > reach;
        reach = MAX(reach, b);
        for (guint c = 0; c < nc; c++)
            if (top[c * n + i] != INT_MIN)
                reach = MAX(reach, bottom[c * n + i]);
    }
    g_free(top);
    g_free(bottom);
    return starts;
}

/* The columns of `cols` (spans in word pixels) that the rule of `pt->rules` at `y` (grid pixels) leaves
 * out, marked in `down` at `row` (per row * n_cols + col): their cells go on from the row above, as a
 * goal cell merged down its activities is drawn with rules under the activities' cells only. The columns
 * it covers are marked in `ruled`. */
static void mark_unruled(const page_tables *pt, int y, const GArray *cols, bool *down, int row, bool *ruled)
{
    const int *span = (const int *)(const void *)cols->data;
    for (guint i = 0; pt->rules && i < pt->rules->len; i++) {
        const at_rule_across *r = &g_array_index(pt->rules, at_rule_across, i);
        for (guint c = 0; r->y == y && c < cols->len; c++) {
            bool out = span[2 * c + 1] < r->x0 * pt->k || span[2 * c] > r->x1 * pt->k;
            down[row * (int)cols->len + (int)c] = out;
            ruled[c] |= !out;
        }
    }
}

/* The marks of `down` (`n_rows` rows of `n_cols`) kept only in columns some rule of the table covers
 * (`ruled`): a column no rule crosses (rules under the activities' columns only) is unruled, not one
 * cell merged down, and its lines are cells of their rows. */
static void keep_ruled_columns(bool *down, int n_rows, int n_cols, const bool *ruled)
{
    for (int r = 0; r < n_rows; r++)
        for (int c = 0; c < n_cols; c++)
            down[r * n_cols + c] &= ruled[c];
}

/* A grid (in the ruled grids' pixels) over lines `first` to `end`: columns between the gutters,
 * a new row at each rule under a row, and where a bold header row ends (header_rule), where the lines
 * are ruled so (ruled_under_rows), else where the lines open a wider gap than the lines within a cell;
 * where no line does (all evenly spaced), a row per line; cells offset within lines (centred, set on their
 * bottoms) by each column's cells (offset_row_starts). Two columns (labels and values, signature
 * blocks side by side) have a row per line (starts_pair). A row with a line across the columns (a goal
 * row) is one cell. */
static void add_aligned(page_tables *pt, const GArray *lines, guint first, guint end, const GArray *cols)
{
    const visual_line *L = &g_array_index(lines, visual_line, 0);
    int pitch = INT_MAX, widest = 0, cells = cells_size(L, first, end);
    for (guint l = first + 1; l < end; l++) {
        if (signing_gap(pt, L, l) || step_at_larger(L, l, cells))
            continue; /* the room to sign in parts rows; within them a row per line, as evenly spaced */
        pitch = MIN(pitch, line_step(L, l));
        widest = MAX(widest, line_step(L, l));
    }
    bool even = pitch == INT_MAX || widest <= pitch * 13 / 10, any_across = false;
    const int *span = (const int *)(const void *)cols->data;
    int right = span[2 * cols->len - 1];
    bool ruled = ruled_under_rows(pt, L, first, end, cols), one_row = carried_row(pt, L, first, end, cols);
    guint head = ruled ? header_rule(L, first, end, cols) : end;
    bool *starts = !ruled && cols->len > 2 && offset_cells(L, first, end) ? offset_row_starts(L, first, end, cols) : NULL;
    GArray *rows = g_array_new(FALSE, FALSE, sizeof(int));
    row_marks *marks = g_new0(row_marks, 1);
    bool *across = marks->across = g_new0(bool, (gsize)(end - first) + 1);
    /* on a text layer only: OCR'd rules under rows are too often broken off short */
    bool *down = ruled && !pt->ocred ? g_new0(bool, ((gsize)(end - first) + 1) * cols->len) : NULL;
    bool *ruled_cols = g_new0(bool, cols->len); /* the columns some rule under a row covers */
    int top = (int)(L[first].box.y / pt->k) - 1;
    g_array_append_val(rows, top);
    for (guint l = first; l < end; l++) {
        int rule = l > first && ruled ? rule_between(pt, L, l, span[0], right) : INT_MIN;
        bool new_row = l > first && !one_row && (ruled ? rule != INT_MIN || l == head
                                           : cols->len == 2 ? starts_pair(&L[l], span[2])
                                           : starts         ? starts[l - first]
                                                            : even || step_at_larger(L, l, cells) ||
                                                                  line_step(L, l) > pitch * 13 / 10);
        if (new_row) {
            int bottom = L[l - 1].box.y + L[l - 1].box.h;
            int edge = rule != INT_MIN ? rule : (int)((bottom + L[l].box.y) / 2 / pt->k);
            if (edge > g_array_index(rows, int, rows->len - 1)) {
                g_array_append_val(rows, edge);
                if (down && rule != INT_MIN)
                    mark_unruled(pt, rule, cols, down, (int)rows->len - 1, ruled_cols);
            }
        }
        /* on a text layer one word crossing a gutter is a cell's word too long for its column, wrapped onto a line
         * of its own ("utbildningsförvaltningen" under "Barn- och"): it spans no columns */
        bool spans_columns = !in_columns(&L[l], cols) && (L[l].words->len > 1 || L[l].ocred);
        across[rows->len - 1] |= spans_columns;
        any_across |= spans_columns;
    }
    g_free(starts);
    if (down)
        keep_ruled_columns(down, (int)(end - first) + 1, (int)cols->len, ruled_cols);
    g_free(ruled_cols);
    int bottom = (int)((L[end - 1].box.y + L[end - 1].box.h) / pt->k) + 1;
    g_array_append_val(rows, bottom);
    int *col_edges = g_new(int, cols->len + 1);
    col_edges[0] = (int)(span[0] / pt->k) - 1;
    for (guint c = 1; c < cols->len; c++)
        col_edges[c] = MAX(col_edges[c - 1] + 1, (int)((span[2 * c - 1] + span[2 * c]) / 2 / pt->k));
    col_edges[cols->len] = MAX(col_edges[cols->len - 1] + 1, (int)(span[2 * cols->len - 1] / pt->k) + 1);
    at_table_grid g = { col_edges[0], top, col_edges[cols->len] - col_edges[0], bottom - top,
                        (int)rows->len - 1, (int)cols->len, (int *)(void *)g_array_free(rows, FALSE), col_edges };
    pt->grids = g_renew(at_table_grid, pt->grids, (gsize)pt->n + 1);
    pt->grids[pt->n++] = g;
    if (!any_across)
        g_clear_pointer(&marks->across, g_free);
    marks->down = down;
    g_ptr_array_add(pt->marks, marks);
}

/* Do lines `a` and `b` have the same words? */
static bool same_text(const visual_line *a, const visual_line *b)
{
    bool same = a->words->len == b->words->len;
    for (guint i = 0; same && i < a->words->len; i++)
        same = strcmp(((const layer_word *)a->words->pdata[i])->text, ((const layer_word *)b->words->pdata[i])->text) == 0;
    return same;
}

/* Does the run of a table go on at line `l`: split by a gutter, or in the type of the line above or
 * close under it (a cell's line wrapped, not a heading or a page's footer after the table)? A
 * paragraph after the table crosses its gutters (run_end). OCR's line heights are its ink's (a line
 * without descenders is shorter): a gap of a line's height at most, the taller line's. */
static bool goes_on(const visual_line *L, guint l)
{
    if (L[l].ocred)
        return L[l].split || L[l].box.y - (L[l - 1].box.y + L[l - 1].box.h) <= MAX(L[l].box.h, L[l - 1].box.h);
    return L[l].split || L[l].box.h == L[l - 1].box.h || !gap_above(L, l, 1);
}

/* Is line `l` too far under the line above to be in one table with it: more than `halves` half
 * lines, but on a text layer for the room to sign in over a signing line drawn across it (signature
 * blocks side by side: the place and party over the line, the name and title under it). OCR'd blocks
 * stay runs of lines: as one table their names were lost (two held-out rounds' scans). */
static bool too_far(const page_tables *pt, const visual_line *L, guint l, int halves)
{
    return gap_above(L, l, halves) && (pt->ocred || !signing_gap(pt, L, l));
}

/* The end of a run of lines from `first`, a split one: at a wide gap (too_far), where it does not go
 * on (goes_on), or at a line that crosses the gutters of the lines split by them. */
static guint run_end(const page_tables *pt, const GArray *lines, guint first)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    guint end = first + 1;
    while (end < lines->len && !too_far(pt, L, end, 4) && goes_on(L, end))
        end++;
    GArray *cols = aligned_columns(lines, first, end, NULL);
    for (guint l = first + 1; l < end; l++)
        if (!L[l].split && crosses_gutter(&L[l], cols))
            end = l;
    g_array_free(cols, TRUE);
    return end;
}

/* Does every column of `a` start or end within `tol` of where one of `b` does (its text set flush
 * left, or flush right as numbers are)? */
static bool edges_within(const GArray *a, const GArray *b, int tol)
{
    guint found = 0;
    for (guint i = 0; i < a->len; i++)
        for (guint j = 0; j < b->len; j++)
            if (abs(g_array_index(a, int, 2 * i) - g_array_index(b, int, 2 * j)) <= tol ||
                abs(g_array_index(a, int, 2 * i + 1) - g_array_index(b, int, 2 * j + 1)) <= tol) {
                found++;
                break;
            }
    return found == a->len;
}

/* Does each column of `head`, a header row apart from its rows, head the column of `b` in its place:
 * as many columns, each reaching no further than the gutters beside its own (a header cell set flush
 * left over numbers set flush right: neither edge of the two lines up)? */
static bool heads_columns(const GArray *head, const GArray *b)
{
    bool heads = head->len == b->len;
    for (guint i = 0; heads && i < head->len; i++)
        heads = (i == 0 || g_array_index(head, int, 2 * i) > g_array_index(b, int, 2 * i - 1)) &&
                (i + 1 == b->len || g_array_index(head, int, 2 * i + 1) < g_array_index(b, int, 2 * i + 2));
    return heads;
}

static bool two_column_text(const page_tables *pt, const GArray *lines, guint first, guint end, const GArray *cols,
                            int head_end);

/* Are the lines from `end` to `next`, between two runs of lines `first`..`end` and `next`..`next_end`, a heading
 * over a table of its own (two tables of labels, each under its theme's 12 pt heading over 10 pt cells): in words
 * set HEADING_LARGER larger than any line of the runs? A row across the columns of one table is set as its cells,
 * or hardly larger (an activity card's 8.8 pt header over 8.5 pt, a 9.5 pt year over 8.4 pt, its digits no words). */
static bool heading_between(const visual_line *L, guint first, guint end, guint next, guint next_end)
{
    int runs = 0, between = 0;
    for (guint l = first; l < next_end; l++) {
        int size = line_size(L, l);
        if (l >= end && l < next)
            between = MAX(between, size);
        else
            runs = MAX(runs, size);
    }
    const char *start = ((const layer_word *)L[end].words->pdata[0])->text;
    /* one line under the table's header row in bold is a group row of it ("Fysisk miljö" in 12 pt bold under
     * "Åtgärd | Ansvarig | Klart"): a heading over a table of its own stands over its header */
    bool group_row = next == end + 1 && bold_words(&L[first]) == (int)L[first].words->len;
    return runs && between * 100 >= runs * HEADING_LARGER && g_unichar_isupper(g_utf8_get_char(start)) && !group_row;
}

/* Does the table of lines `first` to `*end` go on after a gap or a line or two across it (its header
 * row stands apart from its rows, a goal or year row runs across the columns)? Then `*end` moves to the end
 * of the next run: it starts after one to BRIDGE_LINES lines, none too far from the one above, is split
 * in the same columns, does not start with the first line again (a new table's header row), and lies under
 * no heading set larger (heading_between). Two columns of prose go on in no table (a section's text in two
 * columns over a heading and a table); on an OCR'd page no table goes on into them (a scan's head box of
 * labels over prose beside a box of facts). */
static bool bridged(const page_tables *pt, const GArray *lines, guint first, guint *end)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    guint next = *end;
    while (next < lines->len && next < *end + BRIDGE_LINES && !L[next].split)
        next++;
    if (next == *end || next >= lines->len || !L[next].split || same_text(&L[first], &L[next]))
        return false;
    for (guint l = *end; l <= next; l++)
        if (too_far(pt, L, l, 6))
            return false;
    guint next_end = run_end(pt, lines, next);
    if (heading_between(L, first, *end, next, next_end))
        return false;
    GArray *a = aligned_columns(lines, first, *end, NULL), *b = aligned_columns(lines, next, next_end, NULL);
    /* the same left edges (a letterhead's halves are not a table's), but for columns a run of a line or
     * two has not told apart (no text in them, or at a narrow gutter) */
    bool same = a->len >= ALIGNED_COLS && b->len >= ALIGNED_COLS &&
                (a->len <= b->len ? edges_within(a, b, L[next].box.h) || (*end - first == 1 && heads_columns(a, b))
                                  : edges_within(b, a, L[next].box.h)) &&
                !two_column_text(pt, lines, first, *end, a, 0) && !(pt->ocred && two_column_text(pt, lines, next, next_end, b, 0));
    g_array_free(a, TRUE);
    g_array_free(b, TRUE);
    if (same)
        *end = next_end;
    return same;
}

/* Is a line's font `style` a heading's over text set in `body`: bolder or larger, not lighter, nor smaller
 * unless bolder (a bold heading in a margin a size under its serif text, 9 pt over 9.4 pt)? */
static bool heading_style(int style, int body)
{
    int least = style < 0 && body > 0 ? abs(body) * 9 / 10 : abs(body);
    return style && abs(style) >= least && !(style > 0 && body < 0) && style_changes(body, style);
}

/* The gap between line `l` and the line above it. */
static int gap_to_above(const visual_line *L, guint l)
{
    return L[l].box.y - (L[l - 1].box.y + L[l - 1].box.h);
}

/* The gap between two of lines `first` to `end` wider than which parts sections (starts_section): wider
 * than the narrowest (the lines' own spacing in a paragraph) by an eighth of a line; INT_MIN when no gap
 * is wider (lines evenly spaced, as the rows of a table: each line with a heading starts a section). */
static int section_gap(const visual_line *L, guint first, guint end)
{
    int least = INT_MAX, widest = INT_MIN, height = INT_MAX;
    if (end < first + 2)
        return INT_MIN; /* one line: no gap between lines (and INT_MAX + INT_MAX / 8 would overflow) */
    for (guint l = first + 1; l < end; l++) {
        least = MIN(least, gap_to_above(L, l));
        widest = MAX(widest, gap_to_above(L, l));
        height = MIN(height, L[l].box.h);
    }
    return widest > least + height / 8 ? least + height / 8 : INT_MIN;
}

/* Does line `l` of a run from `first` start a section of headings in a margin (the column before
 * `second`): a heading's first line, under text beside the heading above, or under a gap wider than
 * `gap` (section_gap)? A heading's lines wrapped in its column are not, nor one going on in lower case
 * (`Målområde 2 Arbeta` over `och bo`, a run of two lines having no gap to compare); rows of a table
 * apart by their cells' padding are. */
static bool starts_section(const visual_line *L, guint l, guint first, int second, int gap)
{
    const layer_word *w = L[l].words->pdata[0], *above = l > first ? L[l - 1].words->pdata[0] : NULL;
    return w->box.x < second && (!above || above->box.x >= second || (gap_to_above(L, l) > gap && !lower_case(w)));
}

/* Does the text `w` ends end a sentence? */
static bool ends_sentence(const layer_word *w)
{
    size_t n = strlen(w->text);
    return n && strchr(".!?", w->text[n - 1]);
}

/* The end of lines `first` to `end` less the lines at its end in the first column alone (left of
 * `second`) set as the text `body` (a place and a date under headings in a margin). */
static guint headings_end(const visual_line *L, guint first, guint end, int second, int body)
{
    while (end > first && L[end - 1].box.x + L[end - 1].box.w <= second &&
           !heading_style(((const layer_word *)L[end - 1].words->pdata[0])->style, body))
        end--;
    return end;
}

/* Do lines `first` to `end` read as sections, a heading left of `second` and paragraphs beside it:
 * twice as many lines of text as sections, half of the sections' text or more with a line ending a
 * sentence (the rest may be lists: the papers a decision rests on, whom it is sent to; a goal's sentence
 * may have an activity's labelled lines under it)? */
static bool reads_as_sections(const visual_line *L, guint first, guint end, int second)
{
    guint sections = 0, sentences = 0, lines = 0;
    int gap = section_gap(L, first, end);
    bool sentence = false; /* a line beside the section's heading ends a sentence */
    for (guint l = first; l <= end; l++) {
        if (l == end || starts_section(L, l, first, second, gap)) {
            sentences += sentence;
            sections += l < end;
            sentence = false;
        }
        const layer_word *last = l < end ? L[l].words->pdata[L[l].words->len - 1] : NULL;
        bool beside = last && last->box.x >= second;
        sentence = sentence || (beside && ends_sentence(last));
        lines += beside;
    }
    return sections && lines >= 2 * sections && sentences * 2 >= sections;
}

/* Are the first column's words over lines `first` to `*end` (the second column starting at `second`)
 * headings in a margin: set as headings over the text beside them (heading_style), read as sections
 * (reads_as_sections)? A label/value table's labels are set as their values, or smaller; bold labels'
 * values are names, dates and phrases, not sentences; bold goal codes have a line of goal each. Lines
 * after the headings in their column alone follow them: `*end` moves up over them (headings_end). */
static bool margin_headings(const visual_line *L, guint first, guint *end, int second)
{
    GArray *beside = g_array_new(FALSE, FALSE, sizeof(layer_word)); /* the texts are the page's */
    for (guint l = first; l < *end; l++)
        for (guint i = 0; i < L[l].words->len; i++)
            if (((const layer_word *)L[l].words->pdata[i])->box.x >= second)
                g_array_append_val(beside, *(const layer_word *)L[l].words->pdata[i]);
    int body = body_style(beside);
    g_array_free(beside, TRUE);
    guint last_line = headings_end(L, first, *end, second, body);
    bool headings = body && reads_as_sections(L, first, last_line, second);
    for (guint l = first; l < last_line && headings; l++)
        for (guint i = 0; i < L[l].words->len && headings; i++) {
            const layer_word *w = L[l].words->pdata[i];
            headings = w->box.x >= second || heading_style(w->style, body);
        }
    if (headings)
        *end = last_line;
    return headings;
}

/* Does line `l` hold words right of `second`? Left of it? */
static bool reaches_right(const visual_line *L, guint l, int second)
{
    return ((const layer_word *)L[l].words->pdata[L[l].words->len - 1])->box.x >= second;
}

static bool reaches_left(const visual_line *L, guint l, int second)
{
    return ((const layer_word *)L[l].words->pdata[0])->box.x < second;
}

/* Are the words right of `second` over lines `first` to `end` a table's column of short cells: a header
 * row over it (the first line in both columns, a gap under it), then each cell on one line, level with
 * the first line of a row of the column left of it (a gap above, or no cell on the line above)? Notes in
 * a margin run over lines of their own, or beside lines within a paragraph. */
static bool table_column(const visual_line *L, guint first, guint end, int second)
{
    if (first + 1 >= end || !reaches_right(L, first, second) || !reaches_left(L, first, second) || !gap_above(L, first + 1, 1))
        return false;
    for (guint l = first + 1; l < end; l++)
        if (reaches_right(L, l, second) &&
            (!reaches_left(L, l, second) || (reaches_right(L, l - 1, second) && !gap_above(L, l, 1))))
            return false;
    return true;
}

/* Are the words right of `second` over lines `first` to `end` notes in a margin beside text: set smaller
 * than the text left of it, on fewer than twice its lines (a fact box on a shading runs on past the
 * paragraph beside it), ending a sentence, not a table's column of short cells (a
 * comment column set smaller)? A table's last column is mostly set as its others, and a label's value
 * is no smaller than its label. */
static bool side_notes(const visual_line *L, guint first, guint end, int second)
{
    GArray *text = g_array_new(FALSE, FALSE, sizeof(layer_word)); /* the texts are the page's */
    int text_lines = 0, note_lines = 0, largest_note = 0;
    const layer_word *last = NULL;
    for (guint l = first; l < end; l++) {
        bool in_text = false, in_note = false;
        for (guint i = 0; i < L[l].words->len; i++) {
            const layer_word *w = L[l].words->pdata[i];
            if (w->box.x >= second) {
                in_note = true;
                last = w;
                largest_note = MAX(largest_note, abs(w->style));
            } else {
                in_text = true;
                g_array_append_val(text, *w);
            }
        }
        text_lines += in_text;
        note_lines += in_note;
    }
    int body = abs(body_style(text));
    g_array_free(text, TRUE);
    return note_lines && note_lines < 2 * text_lines && largest_note && largest_note * 20 < body * 19 && ends_sentence(last) &&
           !table_column(L, first, end, second);
}

/* Does line `l` of a part from `from` start the next part of text with notes right of `gutter`: a note
 * with no note line above it in the part, or the nearest half a line or more above (a note's lines and the
 * text's lie at heights of their own); or text under the part's notes after a gap of a line (a heading)? */
static bool starts_note(const visual_line *L, guint from, guint l, int gutter)
{
    guint above = l;
    while (above > from && L[above - 1].box.x + L[above - 1].box.w <= gutter)
        above--;
    if (L[l].box.x + L[l].box.w <= gutter)
        return above > from && L[l].box.y >= L[above - 1].box.y + L[above - 1].box.h && gap_above(L, l, 2);
    return above == from || L[l].box.y - (L[above - 1].box.y + L[above - 1].box.h) > L[l].box.h / 2;
}

/* Are lines `first` to `end` of `lines`, in the two columns `cols`, a table of labels and their values:
 * three lines at least, each split, the values starting within the first two fifths of the width of the
 * page's text? A letterhead's halves part nearer the middle. */
static bool label_column(const GArray *lines, guint first, guint end, const GArray *cols)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    const int *span = (const int *)(const void *)cols->data;
    bool split = cols->len == 2 && end >= first + LABEL_ROWS;
    for (guint l = first; l < end && split; l++)
        split = L[l].split;
    int left = INT_MAX, right = 0;
    for (guint l = 0; l < lines->len; l++) {
        left = MIN(left, L[l].box.x);
        right = MAX(right, L[l].box.x + L[l].box.w);
    }
    return split && (span[2] - left) * 5 < (right - left) * 2;
}

/* Do lines `first` to `end` hold room to sign in: a gap too wide for one table but over a signing
 * line (too_far), so they are signature blocks side by side? */
static bool signing_room(const page_tables *pt, const visual_line *L, guint first, guint end)
{
    for (guint l = first + 1; l < end; l++)
        if (signing_gap(pt, L, l))
            return true;
    return false;
}

/* Do lines `first` to `end`, parted at `second`, stand in two columns of justified prose: two columns of one measure
 * (a page's columns are set alike), in each the lines of JUSTIFIED_PART words or more ending level at its right
 * edge (spaces stretched to fill the measure), most of the first column's, half the second's, of its lines that are
 * no bold heading and no sentence's end short of the edge (a paragraph's last line)? A table's cells wrap ragged, at
 * most the widest line of a column ending at its edge, and its columns differ in width. A text layer's word boxes are
 * level within an eighth of a line; OCR's are the ink's. */
static bool justified_columns(const visual_line *L, guint first, guint end, int second)
{
    int left[2] = { G_MAXINT, G_MAXINT }, right[2] = { 0, 0 };
    guint parts[2] = { 0, 0 }, level[2] = { 0, 0 };
    for (guint l = first; l < end; l++)
        for (guint i = 0; i < L[l].words->len; i++) {
            const layer_word *w = L[l].words->pdata[i];
            int c = w->box.x >= second;
            left[c] = MIN(left[c], w->box.x);
            right[c] = MAX(right[c], w->box.x + w->box.w);
        }
    for (guint l = first; l < end; l++) {
        int n[2] = { 0, 0 }, last[2] = { 0, 0 }, bold[2] = { 0, 0 };
        bool ends[2] = { false, false };
        if (L[l].ocred)
            return false;
        for (guint i = 0; i < L[l].words->len; i++) {
            const layer_word *w = L[l].words->pdata[i];
            n[w->box.x >= second]++;
            bold[w->box.x >= second] += w->style < 0;
            last[w->box.x >= second] = w->box.x + w->box.w;
            ends[w->box.x >= second] = ends_sentence(w);
        }
        for (int c = 0; c < 2; c++) {
            /* a heading set bold over its paragraph ("§ 4 Avtalstid") is no line of the prose */
            n[c] = bold[c] == n[c] ? 0 : n[c];
            bool at_edge = right[c] - last[c] <= MAX(1, L[l].box.h / 8);
            /* a paragraph's last line ends short, a sentence's stop its end */
            parts[c] += n[c] >= JUSTIFIED_PART && (at_edge || !ends[c]);
            level[c] += n[c] >= JUSTIFIED_PART && at_edge;
        }
    }
    return level[0] >= 2 && 2 * level[0] > parts[0] && level[1] >= 1 && 2 * level[1] >= parts[1] &&
           abs((right[0] - left[0]) - (right[1] - left[1])) <= L[first].box.h; /* both columns hold words */
}

/* Are the words of `line` on the side `right` of `gutter` (one at least) all bold? */
static bool bold_side(const visual_line *line, int gutter, bool right)
{
    int n = 0, bold = 0;
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *w = line->words->pdata[i];
        n += (w->box.x >= gutter) == right;
        bold += (w->box.x >= gutter) == right && w->style < 0;
    }
    return n > 0 && bold == n;
}

/* Do the words of `line` right of `gutter` start more than two of their lines' heights under `ink`, the bottom of
 * the words right of it above (-1: none): past a gap wider than a heading's, signature blocks under both columns. */
static bool past_column(const visual_line *line, int gutter, int ink)
{
    for (guint i = 0; i < line->words->len; i++) {
        const layer_word *w = line->words->pdata[i];
        if (w->box.x >= gutter)
            return ink >= 0 && w->box.y - ink > 2 * w->box.h;
    }
    return false;
}

/* The bottom of a page's two columns of prose on lines `first` to `end`, parted at `gutter`: a browser balances them,
 * so the first goes on at most a line below the second's last, and by lines going on in lower case, or by a heading
 * whose paragraph the second opens with (no heading over it); a line lower under the first (a place and date under
 * both) is no column's, nor are lines past the second column's end (past_column). */
static int columns_bottom(const visual_line *L, guint first, guint end, int gutter)
{
    int last = -1, above = -1; /* the tops of the second column's last two lines */
    int ink = -1;              /* the bottom of the second column's words */
    guint top = end;           /* the second column's first line */
    for (guint l = first; l < end && !past_column(&L[l], gutter, ink); l++) {
        const layer_word *w = L[l].words->pdata[L[l].words->len - 1];
        for (guint i = 0; i < L[l].words->len; i++) {
            const layer_word *v = L[l].words->pdata[i];
            ink = v->box.x >= gutter ? MAX(ink, v->box.y + v->box.h) : ink;
        }
        if (w->box.x >= gutter) {
            above = last;
            last = L[l].box.y;
            top = MIN(top, l);
        }
    }
    if (above < 0)
        return L[end - 1].box.y + L[end - 1].box.h;
    guint l = first;
    while (l < end && L[l].box.y <= last + (last - above) * 5 / 4)
        l++;
    while (l < end && lower_case(L[l].words->pdata[0])) /* the first column's paragraph going on */
        l++;
    if (l < end && bold_side(&L[l], gutter, false) && !bold_side(&L[top], gutter, true))
        l++;
    return l < end ? L[l].box.y : L[end - 1].box.y + L[end - 1].box.h;
}

/* How many of the `n` left edges `starts` stand within `slack` of the one most stand at. */
static int at_edge(const int *starts, int n, int slack)
{
    int most = 0;
    for (int i = 0; i < n; i++) {
        int k = 0;
        for (int j = 0; j < n; j++)
            k += abs(starts[j] - starts[i]) <= slack;
        most = MAX(most, k);
    }
    return most;
}

/* A side's text lines on one visual line (lines of two columns side by side may be one): their tops, words, bold
 * words and left edges. */
typedef struct {
    int n, top[4], words[4], bold[4], start[4];
} side_lines;

/* Count word `w` into the text line of `side` its top stands on, or a new one; false past four. */
static bool side_word(side_lines *side, const layer_word *w)
{
    int k = 0;
    while (k < side->n && abs(w->box.y - side->top[k]) > w->box.h / 2)
        k++;
    if (k == G_N_ELEMENTS(side->top))
        return false;
    if (k == side->n) {
        side->n++;
        side->top[k] = w->box.y;
        side->words[k] = side->bold[k] = 0;
        side->start[k] = w->box.x;
    }
    side->words[k]++;
    side->bold[k] += w->style < 0;
    side->start[k] = MIN(side->start[k], w->box.x);
    return true;
}

/* Do lines `first` to `end`, parted at `second`, stand in two columns of left-aligned (ragged-right) prose, as a
 * browser balances them, down to their bottom (columns_bottom: no signature blocks under them): two columns of one
 * measure, COLUMN_LINES text lines or more each and as many within two (a table's cells run to unlike heights),
 * three in four starting at one left edge, two in three of those that are no bold heading of JUSTIFIED_PART words
 * or more (a parties block: fewer), the first line no bold head over both sides (a table's header row)? A text
 * layer's only: OCR's edges are the ink's. */
static bool ragged_columns(const visual_line *L, guint first, guint end, int second)
{
    enum { COLUMN_LINES = 6, MAX_LINES = 256 };
    int bottom = columns_bottom(L, first, end, second), left[2][MAX_LINES], edge[2] = { G_MAXINT, G_MAXINT };
    int right[2] = { 0, 0 }, lines[2] = { 0, 0 }, prose[2] = { 0, 0 }, parts[2] = { 0, 0 }, heads = 0;
    for (guint l = first; l < end && L[l].box.y < bottom; l++) {
        side_lines side[2] = { { 0 }, { 0 } };
        if (L[l].ocred)
            return false;
        for (guint i = 0; i < L[l].words->len; i++) {
            const layer_word *w = L[l].words->pdata[i];
            int c = w->box.x >= second;
            if (!side_word(&side[c], w))
                return false;
            edge[c] = MIN(edge[c], w->box.x);
            right[c] = MAX(right[c], w->box.x + w->box.w);
        }
        heads += l == first && side[0].n == 1 && side[1].n == 1 && side[0].bold[0] == side[0].words[0] &&
                 side[1].bold[0] == side[1].words[0];
        for (int c = 0; c < 2; c++)
            for (int k = 0; k < side[c].n && lines[c] < MAX_LINES; k++) {
                left[c][lines[c]++] = side[c].start[k];
                prose[c] += side[c].bold[k] < side[c].words[k];
                parts[c] += side[c].words[k] >= JUSTIFIED_PART && side[c].bold[k] < side[c].words[k];
            }
    }
    bool columns = heads == 0 && abs(lines[0] - lines[1]) <= 2 && lines[0] >= COLUMN_LINES && lines[1] >= COLUMN_LINES;
    for (int c = 0; c < 2 && columns; c++)
        columns = 4 * at_edge(left[c], lines[c], L[first].box.h / 4) >= 3 * lines[c] && 3 * parts[c] >= 2 * prose[c];
    return columns && abs((right[0] - edge[0]) - (right[1] - edge[1])) <= L[first].box.h;
}

/* Where lines `first` to `end` part into two columns of justified prose: the middle of the one of the gutters of
 * `cols` they part at (the stretched spaces of two or three lines may line up as more gutters, in either column), or
 * 0 where they stand in no such columns. */
static int justified_text(const visual_line *L, guint first, guint end, const GArray *cols)
{
    for (guint c = 1; c < cols->len; c++) {
        int middle = (g_array_index(cols, int, 2 * c - 1) + g_array_index(cols, int, 2 * c)) / 2;
        if (justified_columns(L, first, end, middle) || ragged_columns(L, first, end, middle))
            return middle;
    }
    return 0;
}

/* Are two columns `cols` over lines `first` to `end` text, not a table: a page's head (a letterhead,
 * a running header: from above `head_end` on, ending within HEAD_REACH head zones: a run of rows further
 * down is a table at the page's top; not signature blocks at the top of a last page),
 * paragraphs with a hanging indent (the first column as narrow as a list's numbers), or columns of
 * prose (most lines go on in lower case, or set justified: justified_text)? */
static bool two_column_text(const page_tables *pt, const GArray *lines, guint first, guint end, const GArray *cols,
                            int head_end)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    const int *span = (const int *)(const void *)cols->data;
    if (justified_text(L, first, end, cols) > 0)
        return true;
    if (cols->len != 2)
        return false;
    guint lower = 0, starts = 0;
    for (guint l = first; l < end; l++)
        for (guint i = 0; i < L[l].words->len; i++) {
            bool start = starts_column(&L[l], i, span[2]);
            starts += start;
            lower += start && lower_case(L[l].words->pdata[i]);
        }
    return (L[first].box.y < head_end && L[end - 1].box.y + L[end - 1].box.h <= HEAD_REACH * head_end &&
            !label_column(lines, first, end, cols) && !signing_room(pt, L, first, end)) ||
           span[1] - span[0] < 3 * L[first].box.h ||
           lower * 2 > starts;
}

/* A run of lines read column by column, not as a table (word pixels): a letterhead in halves, its left
 * half's lines, then its right half's; headings in a margin, each heading, then the text beside it; a page's two
 * columns of prose, the left, then the right. */
typedef struct {
    int top, bottom, gutter;
    bool sections; /* a section starts at each line with a heading left of the gutter (starts_section) */
    int section_gap; /* with sections: the gap wider than which parts them (section_gap) */
    bool notes; /* notes in a margin right of the gutter: a part ends where a note starts (starts_note) */
    bool box;   /* a box of labels over their values right of the gutter: each label joins its value's line */
    bool prose; /* two columns of justified prose: each line as it stands */
} column_run;

/* Do lines `first` to `end` read, right of `second`, as a box of labels over their values ("Antagen av" over
 * "Kommunfullmäktige", "Gäller för" over "alla förvaltningar"): most lines a few words ending no sentence,
 * whatever their case? A second column of prose (its headings set over their paragraphs as a box's labels are
 * over their values) holds more words on each wrapped line and ends a sentence on each paragraph's last. */
static bool box_right_of(const visual_line *L, guint first, guint end, int second)
{
    guint lines = 0, prose = 0;
    for (guint l = first; l < end; l++)
        for (guint i = 0; i < L[l].words->len; i++)
            if (((const layer_word *)L[l].words->pdata[i])->box.x >= second && starts_column(&L[l], i, second)) {
                lines++;
                prose += L[l].words->len - i > BOX_LINE_WORDS || ends_sentence(L[l].words->pdata[L[l].words->len - 1]);
                break;
            }
    return 2 * prose < lines;
}

/* A header cell set flush left over numbers set flush right: the header's column, text on the first line
 * alone, and the numbers' right of it, none on the first line, are one column. */
static void join_header_columns(const visual_line *L, guint first, guint end, GArray *cols)
{
    for (guint c = 0; c + 1 < cols->len; c++) {
        bool head_alone = text_in_column(L, first, cols, c) && !text_in_column(L, first, cols, c + 1);
        for (guint l = first + 1; head_alone && l < end; l++)
            head_alone = !text_in_column(L, l, cols, c);
        if (head_alone) {
            g_array_index(cols, int, 2 * c + 1) = g_array_index(cols, int, 2 * c + 3);
            g_array_remove_index(cols, c + 1);
        }
    }
}

/* Is line `l` a table's header row over every column of `cols`: a cell over each on the line, all in one
 * font, the first column's a few words (a paragraph's first line beside a box fills its column, a heading
 * over it is set larger than the box)? Only a text layer's line tells: an OCR'd line has no font (style 0),
 * and a scan's heading over its prose reads like a header cell. */
static bool header_across(const visual_line *L, guint l, const GArray *cols)
{
    const layer_word *lead = L[l].words->pdata[0];
    guint first_cell = 0;
    if (lead->style == 0)
        return false;
    for (guint c = 0; c < cols->len; c++)
        if (!text_in_column(L, l, cols, c))
            return false;
    for (guint i = 0; i < L[l].words->len; i++) {
        const layer_word *w = L[l].words->pdata[i];
        if (w->style != lead->style)
            return false;
        first_cell += w->box.x < g_array_index(cols, int, 1);
    }
    return first_cell <= BOX_LINE_WORDS;
}

/* Is the first of two columns or more `cols` over lines `first` to `end` a column of prose beside a box of
 * labels and values (a scan's adoption box beside its background, a born PDF's metadata box beside its
 * introduction, labels over their values): as wide as the other columns together,
 * most of its lines after the first going on in lower case, and twice a label starting right of it beside
 * such a line? A table's rows start level in all their columns, a wrapped cell's lines under its first, and
 * its header row heads every column (header_across). */
static bool prose_beside(const visual_line *L, guint first, guint end, const GArray *cols)
{
    const int *span = (const int *)(const void *)cols->data;
    if (cols->len < 2 || span[1] - span[0] < span[2 * cols->len - 1] - span[2] || header_across(L, first, cols))
        return false;
    guint lines = 0, lower = 0, beside = 0;
    for (guint l = first + 1; l < end; l++) {
        const layer_word *lead = L[l].words->pdata[0];
        if (lead->box.x >= span[1])
            continue;
        bool goes_on = lower_case(lead);
        lines++;
        lower += goes_on;
        for (guint i = 1; goes_on && i < L[l].words->len; i++)
            if (starts_column(&L[l], i, span[2])) {
                gunichar c = g_utf8_get_char(((const layer_word *)L[l].words->pdata[i])->text);
                beside += g_unichar_isupper(c);
            }
    }
    return lines >= PROSE_LINES && lower * 2 > lines && beside >= 2;
}

/* Do lines `first` to `end` hold a title left of `second` beside a box right of it ("Strategi för
 * kompetensförsörjning 2029–" beside "Fakta om strategin", "Beslut: …"): every word left set a quarter larger than
 * any right, down to the box's last line, on two lines or more? A table's cells share one type. */
static bool title_beside(const visual_line *L, guint first, guint end, int second)
{
    int left = G_MAXINT, right = 0;
    guint left_lines = 0, last = first;
    for (guint l = first; l < end; l++)
        for (guint i = 0; i < L[l].words->len; i++)
            last = ((const layer_word *)L[l].words->pdata[i])->box.x >= second ? l : last;
    for (guint l = first; l <= last && l < end; l++) {
        bool on_left = false;
        for (guint i = 0; i < L[l].words->len; i++) {
            const layer_word *w = L[l].words->pdata[i];
            if (w->box.x < second)
                left = MIN(left, w->box.h), on_left = true;
            else
                right = MAX(right, w->box.h);
        }
        left_lines += on_left;
    }
    return left_lines >= 2 && right > 0 && 4 * left >= 5 * right;
}

/* The words of `words` over lines `first` to `end` right of x `from`. */
static GArray *words_right_of(const visual_line *L, guint first, guint end, int from)
{
    GArray *right = g_array_new(FALSE, FALSE, sizeof(layer_word)); /* the texts are the page's */
    for (guint l = first; l < end; l++)
        for (guint i = 0; i < L[l].words->len; i++)
            if (((const layer_word *)L[l].words->pdata[i])->box.x >= from)
                g_array_append_val(right, *(const layer_word *)L[l].words->pdata[i]);
    return right;
}

/* The first line of the header row of a table whose first split line is `first` and whose lines end
 * at `end`: a header cell of more lines than the others is centred on the row, its first lines above
 * the row's first split one, each a cell's alone. They are as bold as it and as large, close above it,
 * within the table's width (the last column's header may have no word on the split line) and below
 * `halves_end` (a letterhead read in halves). */
static guint header_top(const visual_line *L, guint first, guint end, int halves_end)
{
    enum { HEADER_LINES = 2 }; /* lines, at most, of a header cell above the row's first split line */
    int style = ((const layer_word *)L[first].words->pdata[0])->style, tol = L[first].box.h, right = 0;
    for (guint l = first; l < end; l++)
        right = MAX(right, L[l].box.x + L[l].box.w);
    guint top = first;
    if (style >= 0 || bold_words(&L[first]) != (int)L[first].words->len)
        return first;
    while (top > 0 && first - top < HEADER_LINES && !L[top - 1].split && L[top - 1].box.y >= halves_end &&
           !gap_above(L, top, 1) && bold_words(&L[top - 1]) == (int)L[top - 1].words->len &&
           ((const layer_word *)L[top - 1].words->pdata[0])->style == style &&
           L[top - 1].box.x >= L[first].box.x - tol &&
           L[top - 1].box.x + L[top - 1].box.w <= right + tol)
        top--;
    return top;
}

/* The top of a table's first row whose first column's cell is set on the row's bottom (or centred), so that its first
 * lines stand over the row's first split line, `first`, alone: on a text layer, lines above in the type of the cell's
 * word under them (on the split line, or a centred cell's on the line under it), set flush with it short of the second column, at a wrapped line's step, each too full for the
 * word after it within the column's widest line (it wrapped there). A caption or paragraph over the table is apart by
 * its margin, or short. The first column's span in `cols` widened to them; no line above `done` (a run's before). */
static guint cell_lines_above(const visual_line *L, guint done, guint first, guint end, GArray *cols)
{
    enum { CELL_LINES = 3 }; /* lines, at most, of the first cell above its row's first split line */
    int *span = (int *)(void *)cols->data;
    const layer_word *cell = L[first].words->pdata[0];
    if (cell->box.x > span[1] && first + 1 < end && !L[first + 1].split) /* a centred cell: its line under the split one */
        cell = L[first + 1].words->pdata[0];
    if (cell->box.x > span[1])
        return first;
    int pitch = INT_MAX, tol = type_height(&L[first]) / 4;
    for (guint l = first + 1; l < end; l++)
        pitch = MIN(pitch, line_step(L, l));
    guint top = first;
    while (top > done && first - top < CELL_LINES && !L[top].ocred && !L[top - 1].split && !gap_above(L, top, 1) &&
           line_step(L, top) <= pitch * 11 / 10 && type_height(&L[top - 1]) == type_height(&L[first])) {
        const visual_line *above = &L[top - 1];
        const layer_word *next = top == first ? cell : L[top].words->pdata[0];
        int right = above->box.x + above->box.w, room = MAX(span[1], right); /* the column's widest line's */
        if (((const layer_word *)above->words->pdata[0])->style != cell->style || abs(above->box.x - cell->box.x) > tol ||
            right >= span[2] || right + type_height(above) / 3 + next->box.w <= room)
            break;
        span[1] = room; /* the column reaches as far as its lines above */
        top--;
    }
    return top;
}

/* The top of a table's run from line `first` at a page's top, on a text layer: a row across its columns over it (a group's
 * row carried over a page break: `Mål 4: X` over the rest of the table), of a line or two in the cells' type, bold, from
 * the first column's left edge, a row's step above, with nothing over it but a running header (above `head_end`); none
 * above `done`. Not over a bold header row: a table of its own starts there, a caption over it is text. */
static guint row_at_page_top(const page_tables *pt, const visual_line *L, guint done, guint first, guint end,
                             const GArray *cols, int head_end)
{
    enum { ROW_LINES = 2 };
    if (pt->ocred || bold_words(&L[first]) == (int)L[first].words->len) /* a header row's: a new table */
        return first;
    int widest = 0, tol = type_height(&L[first]) / 2, left = g_array_index(cols, int, 0);
    for (guint l = first + 1; l < end; l++)
        widest = MAX(widest, line_step(L, l));
    guint top = first;
    while (top > done && first - top < ROW_LINES && !L[top - 1].split &&
           bold_words(&L[top - 1]) == (int)L[top - 1].words->len &&
           type_height(&L[top - 1]) == type_height(&L[first]) && abs(L[top - 1].box.x - left) <= tol &&
           line_step(L, top) <= widest + tol)
        top--;
    for (guint l = 0; l < top; l++)
        if (L[l].box.y >= head_end)
            return first;
    return top;
}

/* How many of lines `first` to `end` are split and not all bold (a table's rows, not its header). */
static int body_rows(const visual_line *L, guint first, guint end)
{
    int n = 0;
    for (guint l = first; l < end; l++)
        n += L[l].split && bold_words(&L[l]) < (int)L[l].words->len;
    return n;
}

/* The end of a run of lines `first` to `end` less a paragraph under the table: lines at its end in one column, not
 * bold, ending a sentence, under a wider step than any between the table's lines (a paragraph's margin; a short one
 * crosses no gutter, and in the cells' type it went on as a cell's line). */
static guint text_under(const visual_line *L, guint first, guint end)
{
    guint l = end;
    while (l > first && !L[l - 1].split && bold_words(&L[l - 1]) == 0)
        l--;
    if (l == end || l < first + ALIGNED_ROWS || !ends_sentence(L[end - 1].words->pdata[L[end - 1].words->len - 1]))
        return end;
    int widest = 0;
    for (guint i = first + 1; i < l; i++)
        widest = MAX(widest, line_step(L, i));
    return line_step(L, l) > widest + type_height(&L[l]) / 4 ? l : end;
}

/* Where a second table under the first starts within a run of lines `first` to `end` (else `end`): two unruled tables
 * set one under the other (under one heading), parted by a wider step than any other between split lines, each of two rows
 * or more in columns of its own (not as many, or not starting where the other's do), the second opening with a header
 * row in bold: signature blocks side by side under a table are no table of their own. A header row apart from its rows
 * is bold, no table of its own. */
static guint second_table(const GArray *lines, guint first, guint end)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    guint l = end, last = end; /* the line under the widest step, a step wider than any other above the lines */
    while (last > first && !L[last - 1].split) /* in one column at its end (a paragraph under it: text_under) */
        last--;
    int widest = 0, next = 0;
    for (guint i = first + 1; i < last; i++) {
        int step = line_step(L, i);
        next = MAX(next, MIN(step, widest));
        if (step > widest)
            widest = step, l = i;
    }
    if (l == end || widest <= next + type_height(&L[l]) / 4 || !L[l].split || body_rows(L, first, l) < ALIGNED_ROWS ||
        body_rows(L, l, end) < ALIGNED_ROWS || bold_words(&L[l]) != (int)L[l].words->len)
        return end;
    GArray *a = aligned_columns(lines, first, l, NULL), *b = aligned_columns(lines, l, end, NULL);
    bool other = a->len >= ALIGNED_COLS && b->len >= ALIGNED_COLS && (a->len != b->len || !edges_within(a, b, L[l].box.h));
    g_array_free(a, TRUE);
    g_array_free(b, TRUE);
    return other ? l : end;
}

/* How many of the gutters between columns `cols` have their middle within `from` to `to`. */
static int gutters_within(const GArray *cols, int from, int to)
{
    int n = 0;
    for (guint c = 1; c < cols->len; c++) {
        int middle = (g_array_index(cols, int, 2 * c - 1) + g_array_index(cols, int, 2 * c)) / 2;
        n += from <= middle && middle <= to;
    }
    return n;
}

/* Is OCR'd line `l` a paragraph's over the run of a table under it, though split: tesseract reads a
 * word of a line over a table's column in a block of its own (the column's), a word space then parts
 * two of its lines. A part of it (words no wide gutter parts) of PROSE_WORDS words or more runs over
 * two of the run's gutters or more; a header row's parts are its cells', a word or three each. */
static bool prose_over_run(const page_tables *pt, const GArray *lines, guint l)
{
    enum { PROSE_WORDS = 5 };
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    if (!pt->ocred || l + 1 >= lines->len || !L[l + 1].split)
        return false;
    GArray *cols = aligned_columns(lines, l + 1, run_end(pt, lines, l + 1), NULL);
    const layer_word *first = NULL, *last = NULL;
    int words = 0;
    bool prose = false, ocred = true;
    for (guint i = 0; i <= L[l].words->len && !prose; i++) {
        const layer_word *w = i < L[l].words->len ? L[l].words->pdata[i] : NULL;
        if (w && speck(&L[l], w))
            continue;
        int gap = w && last ? gutter_gap(last, w) : -1;
        if (!w || (gap >= 0 && wide_gutter(last, w, gap, &ocred))) { /* a part ends */
            prose = words >= PROSE_WORDS && gutters_within(cols, first->box.x, last->box.x + last->box.w) >= 2;
            first = NULL, words = 0;
        }
        first = first ? first : w;
        last = w;
        words++;
    }
    g_array_free(cols, TRUE);
    return prose;
}

/* The top of a page's two columns of prose whose lines side by side start at line `first`, parted at `gutter`: the
 * lines close above it on either side of the gutter (a column's heading, its first lines beside none in the other)
 * up to one across the gutter (the title over both). */
static int columns_top(const visual_line *L, guint first, int gutter)
{
    guint l = first;
    bool across = false;
    while (l > 0 && !across && L[l].box.y - (L[l - 1].box.y + L[l - 1].box.h) <= 2 * L[l].box.h) {
        for (guint i = 0; i < L[l - 1].words->len && !across; i++) {
            const layer_word *w = L[l - 1].words->pdata[i];
            across = w->box.x < gutter && w->box.x + w->box.w > gutter;
        }
        l -= !across;
    }
    return L[l].box.y;
}

/* Tables without rules: runs of lines whose text stands in two columns or more, with gutters
 * few words cross (run_end, bridged); none in a letterhead read in halves (above `halves_end`). Headings
 * in a margin go to `runs` (NULL: they are text as they stand). A column of prose beside a box of labels
 * and values (a scan's, or a born page's labels beside their values) is text, and the columns right of it
 * are looked at on their own (prose_beside). */
static void find_aligned(const GArray *words, page_tables *pt, int head_end, int halves_end, GArray *runs)
{
    GArray *lines = visual_lines(words, pt);
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    guint done = 0; /* the end of the last run looked at */
    for (guint first = 0, end; first < lines->len; first = MAX(end, first + 1)) {
        end = first;
        if (!L[first].split || L[first].box.y < halves_end || prose_over_run(pt, lines, first))
            continue;
        end = run_end(pt, lines, first);
        while (bridged(pt, lines, first, &end))
            ;
        end = text_under(L, first, second_table(lines, first, end));
        guint split_first = first;
        first = header_top(L, first, end, halves_end);
        int split = 0;
        for (guint l = first; l < end; l++)
            split += L[l].split;
        GArray *gutters = aligned_columns(lines, first, end, NULL);
        GArray *cols = split >= ALIGNED_ROWS ? aligned_columns(lines, first, end, gutters) : NULL;
        if (cols && cols->len > ALIGNED_COLS && first == split_first)
            first = cell_lines_above(L, done, first, end, cols);
        if (cols && cols->len > ALIGNED_COLS && first == split_first)
            first = row_at_page_top(pt, L, done, first, end, cols, head_end);
        const int *span = cols ? (const int *)(const void *)cols->data : NULL;
        int gutter;
        if (runs && cols && cols->len == 2 && margin_headings(L, first, &end, span[2])) {
            column_run run = { L[first].box.y, L[end - 1].box.y + L[end - 1].box.h, (span[1] + span[2]) / 2, true,
                               section_gap(L, first, end), false, false, false };
            g_array_append_val(runs, run);
        } else if (runs && cols && cols->len == 2 && side_notes(L, first, end, span[2])) {
            column_run run = { L[first].box.y, L[end - 1].box.y + L[end - 1].box.h, (span[1] + span[2]) / 2, false, 0, true,
                               false, false };
            g_array_append_val(runs, run);
        } else if (runs && cols && !pt->ocred && cols->len == 2 && prose_beside(L, first, end, cols) &&
                   box_right_of(L, first, end, span[2])) {
            /* a text layer's box beside prose: the prose beside it read first, to the end of the sentence beside
             * the box's last line, then the box; the lines under it (a heading) go on after it */
            guint last = end - 1;
            while (last > first && !text_in_column(L, last, cols, 1))
                last--;
            while (last + 1 < end && lower_case(L[last + 1].words->pdata[0]))
                last++;
            column_run run = { L[first].box.y, L[last].box.y + L[last].box.h, (span[1] + span[2]) / 2, false, 0,
                               false, true, false };
            g_array_append_val(runs, run);
        } else if (runs && cols && !pt->ocred && cols->len == 2 && title_beside(L, first, end, span[2]) &&
                   box_right_of(L, first, end, span[2])) {
            /* a title wrapped beside a box: the title, then the box, then the lines under them */
            guint last = end - 1;
            while (last > first && !text_in_column(L, last, cols, 1))
                last--;
            column_run run = { L[first].box.y, L[last].box.y + L[last].box.h, (span[1] + span[2]) / 2, false, 0,
                               false, false, false };
            g_array_append_val(runs, run);
        } else if (runs && cols && (gutter = justified_text(L, first, end, cols)) > 0) {
            /* a page set in two columns: poppler may read the line under them (a place and date) between them */
            column_run run = { columns_top(L, first, gutter), columns_bottom(L, first, end, gutter), gutter, false, 0,
                               false, false, true };
            g_array_append_val(runs, run);
            while (end > first + 1 && L[end - 1].box.y >= run.bottom) /* signature blocks under them: looked at anew */
                end--;
        } else if (cols && cols->len >= 3 && prose_beside(L, first, end, cols)) {
            GArray *box = words_right_of(L, first, end, span[2]);
            find_aligned(box, pt, head_end, halves_end, runs);
            g_array_free(box, TRUE);
        } else if (cols && cols->len >= ALIGNED_COLS && !two_column_text(pt, lines, first, end, cols, head_end)) {
            join_header_columns(L, first, end, cols);
            add_aligned(pt, lines, first, end, cols);
        }
        if (cols)
            g_array_free(cols, TRUE);
        g_array_free(gutters, TRUE);
        done = end;
    }
    visual_lines_free(lines);
}

/* ---- a letterhead in two halves ---- */

/* Does x `gutter` fall between two words of a name set in spaced capitals (`ÅSELE KOMMUN`) on one of lines
 * 0 to `end`: capitals of one font on one of poppler's lines, less than their height apart? Letter-spacing
 * widens the space between them to a column's gutter. */
static bool cuts_name(const visual_line *L, guint end, int gutter)
{
    for (guint l = 0; l < end; l++)
        for (guint i = 1; i < L[l].words->len; i++) {
            const layer_word *a = L[l].words->pdata[i - 1], *b = L[l].words->pdata[i];
            if (a->box.x + a->box.w <= gutter && b->box.x >= gutter && a->line == b->line && a->style == b->style &&
                capitals_up_to(a, G_MAXLONG) && capitals_up_to(b, G_MAXLONG) && space_between(a, b) < a->box.h)
                return true;
        }
    return false;
}

/* The end of the lines of a letterhead in halves of several lines (the organisation left; the kind of
 * document, the date, labels and their values right) at the top of `lines`, or 0: its halves start
 * side by side on its first or second line, in the top `head_end` of the page, and no line of it
 * crosses the gutter between them (`*gutter`: its middle). A letterhead of a line a half is none. */
static guint letterhead_end(const page_tables *none, const GArray *lines, int head_end, int *gutter)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    guint split = 0;
    while (split < MIN(lines->len, 2u) && !L[split].split)
        split++;
    if (split == MIN(lines->len, 2u) || L[split].box.y >= head_end)
        return 0;
    guint end = run_end(none, lines, 0);
    GArray *cols = aligned_columns(lines, 0, end, NULL);
    const int *span = (const int *)(const void *)cols->data;
    *gutter = cols->len >= 2 ? (span[1] + span[2]) / 2 : 0;
    /* OCR's word gaps part a bold name set large ("Norrby kommun") into columns a text layer keeps whole:
     * there the halves part at the widest gutter */
    for (guint c = 2, widest = 1; none->ocred && c < cols->len; c++)
        if (span[2 * c] - span[2 * c - 1] > span[2 * widest] - span[2 * widest - 1]) {
            widest = c;
            *gutter = (span[2 * c - 1] + span[2 * c]) / 2;
        }
    for (guint c = 2; c < cols->len && cuts_name(L, end, *gutter); c++)
        *gutter = (span[2 * c - 1] + span[2 * c]) / 2;
    for (guint l = 1; l < end; l++) /* a line across the middle of the gutter (the title) is the body's */
        if (!L[l].split && L[l].box.x < *gutter && L[l].box.x + L[l].box.w > *gutter)
            end = l;
    bool halves = end > 1 && split < end && cols->len >= 2 && (L[0].split || !crosses_gutter(&L[0], cols)) &&
                  !label_column(lines, 0, end, cols);
    g_array_free(cols, TRUE);
    return halves ? end : 0;
}

/* The first page's letterhead in halves (letterhead_end) into `*run`, if it has one. */
static bool letterhead_run(const GArray *words, int page_no, int head_end, bool ocred, column_run *run)
{
    page_tables none = { .k = 1.0, .ocred = ocred };
    GArray *lines = visual_lines(words, &none);
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    guint end = page_no == 1 ? letterhead_end(&none, lines, head_end, &run->gutter) : 0;
    if (end)
        *run = (column_run){ L[0].box.y, L[end - 1].box.y + L[end - 1].box.h, run->gutter, false, 0, false, false,
                             false };
    visual_lines_free(lines);
    return end > 0;
}

/* Does row `r` of `rows` go on the sentence of the row above, close above it ("Natur- och trafiknämnden
 * beslutade enligt" / "förslaget 2025-05-20, § 74"; not an e-mail address under a phone number)? */
static bool goes_on_above(const visual_line *rows, guint r)
{
    const layer_word *first = rows[r].words->pdata[0], *last = rows[r - 1].words->pdata[rows[r - 1].words->len - 1];
    return lower_case(first) && !strchr(first->text, '@') && !strchr(".:;", last->text[strlen(last->text) - 1]) &&
           !gap_above(rows, r, 1);
}

static bool broken_word(const char *a, size_t alen, const char *b, size_t blen);

/* Does row `r` of `rows` start with the second half of a word the row above broke at its end? The rows
 * stay lines, and the word is joined as any other (at_doc_join_hyphenated, a recorded change). */
static bool word_broken_above(const visual_line *rows, guint r)
{
    const char *last = ((const layer_word *)rows[r - 1].words->pdata[rows[r - 1].words->len - 1])->text;
    const char *first = ((const layer_word *)rows[r].words->pdata[0])->text;
    return broken_word(last, strlen(last), first, strlen(first));
}

/* Append to `out` the words of lines `from` to `to` of `lines` on the `right` or left of `gutter`
 * (marked in `moved` by their index in `words`), line by line, as lines of their own numbered on from
 * `*n_lines`: lines of the column alone, as a line across the page may hold two of one column beside a
 * taller word. Lines are joined as exports write them (`join`): a letterhead's sentence wrapped over
 * lines, a heading in a margin wrapped in its column. */
typedef enum { JOIN_NONE, JOIN_SENTENCES, JOIN_ALL, JOIN_LABELS } column_join;

/* Is row `r` of `rows` a value under its label, a line all bold over one in no bold ("Diarienummer" over
 * "KS 2025/214")? */
static bool value_under_label(const visual_line *rows, guint r)
{
    return bold_words(&rows[r - 1]) == (int)rows[r - 1].words->len && bold_words(&rows[r]) == 0;
}

static void append_column(GArray *out, const GArray *words, const GArray *lines, guint from, guint to, int gutter,
                          bool right, column_join join, int *n_lines, bool *moved)
{
    GArray *column = g_array_new(FALSE, FALSE, sizeof(layer_word));
    for (guint l = from; l < to; l++) {
        const GPtrArray *lw = g_array_index(lines, visual_line, l).words;
        for (guint i = 0; i < lw->len; i++) {
            const layer_word *w = lw->pdata[i];
            bool *done = &moved[w - &g_array_index(words, layer_word, 0)];
            if ((w->box.x + w->box.w / 2 >= gutter) != right || *done) /* a line's words are taken once */
                continue;
            g_array_append_val(column, *w);
            *done = true;
        }
    }
    page_tables none = { .k = 1.0 };
    GArray *rows = visual_lines(column, &none);
    for (guint r = 0; r < rows->len; r++) {
        const GPtrArray *rw = g_array_index(rows, visual_line, r).words;
        const visual_line *R = (const visual_line *)(const void *)rows->data;
        *n_lines += !(r > 0 && ((join == JOIN_ALL && !word_broken_above(R, r)) ||
                                (join == JOIN_SENTENCES && goes_on_above(R, r)) ||
                                (join == JOIN_LABELS && value_under_label(R, r))));
        for (guint i = 0; i < rw->len; i++) {
            layer_word w = *(const layer_word *)rw->pdata[i];
            w.line = *n_lines;
            g_array_append_val(out, w);
        }
    }
    visual_lines_free(rows);
    g_array_free(column, TRUE);
}

/* Append to `out` the words of `run`, read column by column (column_run). */
static void append_run(GArray *out, const GArray *words, const GArray *lines, const column_run *run, int *n_lines,
                       bool *moved)
{
    const visual_line *L = (const visual_line *)(const void *)lines->data;
    guint from = 0;
    while (from < lines->len && L[from].box.y < run->top)
        from++;
    while (from < lines->len && L[from].box.y < run->bottom) {
        guint to = from + 1;
        while (to < lines->len && L[to].box.y < run->bottom &&
               !(run->sections && starts_section(L, to, from, run->gutter, run->section_gap)) &&
               !(run->notes && starts_note(L, from, to, run->gutter)))
            to++;
        column_join left = run->sections ? JOIN_ALL : run->prose ? JOIN_NONE : JOIN_SENTENCES;
        append_column(out, words, lines, from, to, run->gutter, false, left, n_lines, moved);
        column_join right = run->sections || run->prose ? JOIN_NONE
                            : run->notes  ? JOIN_ALL /* a part's one note */
                            : run->box    ? JOIN_LABELS
                                          : JOIN_SENTENCES;
        append_column(out, words, lines, from, to, run->gutter, true, right, n_lines, moved);
        from = to;
    }
}

/* The words of `runs` are read column by column, each run where its first word stands in poppler's
 * order; the lines of all words renumbered to stay ascending. */
static void read_by_columns(GArray *words, const GArray *runs)
{
    page_tables none = { .k = 1.0 };
    GArray *lines = visual_lines(words, &none);
    int *run_of = g_new(int, (gsize)words->len + 1); /* per word: the run it is in, or -1 */
    for (guint i = 0; i < words->len; i++)
        run_of[i] = -1;
    for (guint l = 0; l < lines->len; l++) {
        const visual_line *line = &g_array_index(lines, visual_line, l);
        for (guint r = 0; r < runs->len; r++) {
            const column_run *run = &g_array_index(runs, column_run, r);
            for (guint i = 0; line->box.y >= run->top && line->box.y < run->bottom && i < line->words->len; i++)
                run_of[(const layer_word *)line->words->pdata[i] - &g_array_index(words, layer_word, 0)] = (int)r;
        }
    }
    GArray *out = g_array_sized_new(FALSE, FALSE, sizeof(layer_word), words->len);
    bool *moved = g_new0(bool, (gsize)words->len + 1);
    int n_lines = 0, last = -1; /* the last word's line as poppler numbered it, -1 after a run */
    for (guint i = 0; i < words->len; i++) {
        layer_word w = g_array_index(words, layer_word, i);
        if (run_of[i] >= 0 && !moved[i])
            append_run(out, words, lines, &g_array_index(runs, column_run, run_of[i]), &n_lines, moved);
        /* every word once: a word its run's walk took is out already; one it missed (a tall word's line starts
         * above the line before it, out of the run's order by top) stays in poppler's order, marked moved so
         * that a later run's walk over its line does not take it again (two words would own one text) */
        if (moved[i]) {
            last = -1;
            continue;
        }
        moved[i] = true;
        n_lines += w.line != last;
        last = w.line;
        w.line = n_lines;
        g_array_append_val(out, w);
    }
    g_array_set_size(words, 0); /* the texts are `out`'s words' now */
    g_array_append_vals(words, out->data, out->len);
    g_array_free(out, TRUE);
    g_free(moved);
    g_free(run_of);
    visual_lines_free(lines);
}

/* Does `left`, the last word of a line, end level with `right`, the first word of another, a space or so
 * before it: one line of text, not two columns (a gutter parts those)? */
static bool runs_into(const layer_word *left, const layer_word *right)
{
    int gap = right->box.x - (left->box.x + left->box.w), mid = right->box.y + right->box.h / 2;
    return mid >= left->box.y && mid <= left->box.y + left->box.h && gap >= 0 && gap <= GUTTER * right->box.h;
}

/* The index in `words` of the first word after the last gutter in words `first` .. `end` - 1 of a line,
 * or `first`: a label's column ends at the gutter, the line's text starts after it. */
static guint after_label(const GArray *words, guint first, guint end)
{
    guint text = first;
    for (guint i = first + 1; i < end; i++)
        if (gutter_gap(&g_array_index(words, layer_word, i - 1), &g_array_index(words, layer_word, i)) >= 0)
            text = i;
    return text;
}

/* One line of text that poppler gives as two, its start after its end: a change of font at its start (a
 * large badge letter or number in a narrow column before it, a bold first word) makes poppler give the
 * start's words a line of their own, after the rest. The start goes back before the rest, on its line;
 * a label a gutter parts from the text keeps a line of its own before it, as exports write it. */
static void lead_ins_first(GArray *words)
{
    GArray *part = g_array_new(FALSE, FALSE, sizeof(layer_word));
    for (guint first = 0; first < words->len;) {
        guint end = line_end(words, first), after = end < words->len ? line_end(words, end) : end;
        if (after == end || !runs_into(&g_array_index(words, layer_word, after - 1), &g_array_index(words, layer_word, first))) {
            first = end;
            continue;
        }
        int rest = g_array_index(words, layer_word, end).line, label = g_array_index(words, layer_word, first).line;
        guint text = after_label(words, end, after) - end;
        g_array_set_size(part, 0);
        g_array_append_vals(part, &g_array_index(words, layer_word, end), after - end);
        g_array_append_vals(part, &g_array_index(words, layer_word, first), end - first);
        for (guint i = 0; i < part->len; i++)
            g_array_index(part, layer_word, i).line = text && i < text ? label : rest;
        memcpy(&g_array_index(words, layer_word, first), part->data, part->len * sizeof(layer_word));
        first += text;
    }
    g_array_free(part, TRUE);
}

/* The tables of the right half of a letterhead read in halves (`head`) when its left half is a
 * sidebar down the page beside the body: a table in the body there, of BESIDE_HALF_COLS columns or more,
 * the more narrow ones a letterhead's labels and values. The page's pass skipped these lines. */
static void tables_beside_half(const GArray *words, page_tables *pt, int head_end, const column_run *head)
{
    GArray *right = g_array_new(FALSE, FALSE, sizeof(layer_word)); /* the texts are the page's */
    for (guint i = 0; i < words->len; i++) {
        const layer_word *w = &g_array_index(words, layer_word, i);
        if (w->box.x >= head->gutter && w->box.y < head->bottom)
            g_array_append_val(right, *w);
    }
    int before = pt->n;
    find_aligned(right, pt, head_end, 0, NULL);
    g_array_free(right, TRUE);
    for (int t = pt->n - 1; t >= before; t--) {
        if (pt->grids[t].n_cols >= BESIDE_HALF_COLS)
            continue;
        g_free(pt->grids[t].row_edges);
        g_free(pt->grids[t].col_edges);
        memmove(&pt->grids[t], &pt->grids[t + 1], (size_t)(pt->n - t - 1) * sizeof *pt->grids);
        g_ptr_array_remove_index(pt->marks, (guint)t);
        pt->n--;
    }
}

/* The page's tables: ruled ones found on a rendering (made into `*binary`) where text stands side
 * by side in poppler's order (prose pages are not rendered), then ones without rules among the other
 * words (poppler may read blocks side by side one after the other), none in a letterhead read in
 * halves (above `halves_end`); headings in a margin go to `runs`. Returns how many are ruled. */
static int find_tables(PopplerPage *page, const GArray *words, int dpi, int head_end, int halves_end, GArray *runs,
                       page_tables *pt, PIX **binary)
{
    *pt = (page_tables){ NULL, 0, (double)dpi / RULES_DPI, false, NULL, NULL, g_ptr_array_new_with_free_func(row_marks_free), NULL };
    if (side_by_side(words)) {
        fill_light_words(rendering(page, words, pt->k, binary), words, pt->k);
        find_ruled(*binary, pt);
        bool *open = g_new0(bool, (gsize)pt->n + 1);
        for (int t = 0; t < pt->n; t++)
            open[t] = close_sides(&pt->grids[t], *binary);
        join_parted(pt, open, words, *binary);
        g_free(open);
        for (int t = 0; t < pt->n; t++)
            add_unruled_header(pt, t, words, *binary);
    }
    int ruled = pt->n;
    /* rules under rows, and signing lines, of tables without grids */
    GArray *rules = *binary ? at_rules_across(*binary, RULES_DPI, pt->grids, pt->n) : NULL;
    pt->rules = rules;
    find_aligned(words, pt, head_end, halves_end, runs);
    if (halves_end)
        tables_beside_half(words, pt, head_end, &g_array_index(runs, column_run, 0));
    pt->rules = NULL;
    if (rules)
        g_array_free(rules, TRUE);
    pt->slots = g_new0(region **, (gsize)pt->n + 1);
    pt->cells = g_new0(GPtrArray *, (gsize)pt->n + 1);
    for (int t = 0; t < pt->n; t++)
        cut_cells(pt, t, t < ruled ? *binary : NULL);
    return ruled;
}

/* ---- text run on into the next cell of a ruled table ---- */

/* Where the text of a cell starts in each column of the `ruled` first tables of `pt` (the grids'
 * pixels): the leftmost start of a word in it. Per table, n_cols values. */
static int **text_starts(const GArray *words, const page_tables *pt, int ruled)
{
    int **starts = g_new0(int *, (gsize)ruled + 1);
    for (int t = 0; t < ruled; t++) {
        const at_table_grid *g = &pt->grids[t];
        starts[t] = g_new(int, (gsize)g->n_cols);
        for (int c = 0; c < g->n_cols; c++)
            starts[t][c] = INT_MAX;
        for (guint i = 0; i < words->len; i++) {
            const at_box *b = &g_array_index(words, layer_word, i).box;
            int r = interval(g->row_edges, g->n_rows, (b->y + b->h / 2.0) / pt->k), c = interval(g->col_edges, g->n_cols, b->x / pt->k);
            if (r >= 0 && c >= 0)
                starts[t][c] = MIN(starts[t][c], b->x);
        }
    }
    return starts;
}

/* Where word `w` runs on into the next cell of a ruled table (`starts` from text_starts): the number
 * of its characters before one that starts where that column's text starts, past a rule, or 0.
 * `rects` are the characters' boxes in points, `k` points to word pixels. A cell's text run over the
 * rule, as a word too long for its column, starts elsewhere; a cell merged across the columns
 * ("Delmål: …" over a table's rows) has no rule there to run over. */
static glong run_on(const layer_word *w, const PopplerRectangle *rects, double k, const page_tables *pt, int ruled,
                    int *const *starts)
{
    glong n = w->chars == G_MAXUINT ? 0 : g_utf8_strlen(w->text, -1);
    double cy = (w->box.y + w->box.h / 2.0) / pt->k;
    for (int t = 0; t < ruled && n > 1; t++) {
        const at_table_grid *g = &pt->grids[t];
        int r = interval(g->row_edges, g->n_rows, cy), first = interval(g->col_edges, g->n_cols, w->box.x / pt->k);
        if (r < 0)
            continue;
        region *const *row = pt->slots[t] + r * g->n_cols;
        for (glong j = 1; j < n; j++) {
            double x = rects[w->chars + (guint)j].x1 * k;
            int c = interval(g->col_edges, g->n_cols, x / pt->k);
            if (c > 0 && fabs(x - starts[t][c]) <= 1.5 && x / pt->k > g->col_edges[c] && w->box.x / pt->k < g->col_edges[c] &&
                (first < 0 || row[c] != row[first]))
                return j;
        }
    }
    return 0;
}

/* Words of the text layer run on into the next cell of a ruled table are cut there: a cell's text
 * run up to the next one comes without a space between them. */
static void cut_run_on(GArray *words, const PopplerRectangle *rects, double k, const page_tables *pt, int ruled)
{
    int **starts = text_starts(words, pt, ruled);
    for (guint i = 0; i < words->len; i++) {
        layer_word *w = &g_array_index(words, layer_word, i);
        glong cut = run_on(w, rects, k, pt, ruled, starts);
        if (!cut)
            continue;
        int x = (int)(rects[w->chars + (guint)cut].x1 * k), end = w->box.x + w->box.w;
        char *at = g_utf8_offset_to_pointer(w->text, cut);
        layer_word rest = { g_strdup(at), { x, w->box.y, MAX(1, end - x), w->box.h }, w->line, w->style,
                            w->chars + (guint)cut, w->faint, w->tracking };
        *at = '\0'; /* the text's first part stays the word's */
        w->box.w = MAX(1, (int)(rects[w->chars + (guint)cut - 1].x2 * k) - w->box.x);
        g_array_insert_val(words, i + 1, rest);
    }
    for (int t = 0; t < ruled; t++)
        g_free(starts[t]);
    g_free(starts);
}

/* ---- list bullets drawn as shapes ---- */

/* Is the first word of a line at `w` indented by a line's height or more from the text's left edge?
 * Only such lines can follow a bullet. */
static bool indented(const layer_word *w, int text_left)
{
    return w->box.x - text_left >= w->box.h;
}

/* Is a blot of a window `height` high a rule: ink from the window's top to its bottom? */
static bool rule_blot(int y, int h, int height)
{
    return y == 0 && y + h >= height;
}

/* The one blot of `blots` (in a window `height` high) right of any rule: a rule is a border (a table
 * cell's, left of a list in the cell), never a bullet, and what lies left of it is another cell's. */
static bool lone_blot(BOXA *blots, int height, int *x, int *y, int *w, int *h)
{
    int found = 0, n = blots ? boxaGetCount(blots) : 0, border = -1, bx, by, bw, bh;
    for (int i = 0; i < n; i++)
        if (boxaGetBoxGeometry(blots, i, &bx, &by, &bw, &bh) == 0 && rule_blot(by, bh, height))
            border = MAX(border, bx + bw);
    for (int i = 0; i < n; i++) {
        if (boxaGetBoxGeometry(blots, i, &bx, &by, &bw, &bh) != 0 || rule_blot(by, bh, height) || bx < border)
            continue;
        *x = bx, *y = by, *w = bw, *h = bh;
        found++;
    }
    return found == 1;
}

/* Where the nearest word left of `w` on its line (its middle within `w`'s height: glyph boxes of lines
 * set close overlap) ends, in word pixels (0: none): a bullet lies right of it, and that word's ink is no
 * bullet (the cell left of a bulleted cell, its text close to the column's edge). */
static int text_left_of(const GArray *words, const layer_word *w)
{
    int end = 0;
    for (guint i = 0; i < words->len; i++) {
        const layer_word *b = &g_array_index(words, layer_word, i);
        if (b->box.x + b->box.w <= w->box.x && middle(b) > w->box.y && middle(b) < w->box.y + w->box.h)
            end = MAX(end, b->box.x + b->box.w);
    }
    return end;
}

/* The box (word pixels) of a bullet drawn left of the line starting with `w`: one small, squarish
 * blot of ink at the middle of its height, within two and a half line heights, that no word of the
 * text layer covers. */
static bool drawn_bullet(PIX *binary, double k, const GArray *words, const layer_word *w, at_box *out)
{
    int h = w->box.h, left = text_left_of(words, w) + (int)k + 1; /* a rendered pixel clear of that word's ink */
    int x0 = (int)(MAX(w->box.x - 5 * h / 2, left) / k), x1 = (int)((w->box.x - h / 8) / k);
    int y0 = (int)(w->box.y / k), y1 = (int)((w->box.y + h) / k);
    x0 = MAX(x0, 0);
    if (x1 - x0 < 2 || y1 - y0 < 2)
        return false;
    BOX *window = boxCreate(x0, y0, x1 - x0, y1 - y0);
    PIX *clip = pixClipRectangle(binary, window, NULL);
    boxDestroy(&window);
    BOXA *blots = clip ? pixConnComp(clip, NULL, 8) : NULL;
    pixDestroy(&clip);
    int bx = 0, by = 0, bw = 0, bh = 0;
    bool found = lone_blot(blots, y1 - y0, &bx, &by, &bw, &bh);
    boxaDestroy(&blots);
    double side = h / k, mid = by + bh / 2.0;
    if (!found || bw < side / 8 || bh < side / 8 || bw > side * 3 / 5 || bh > side * 3 / 5 || bw > 2 * bh ||
        bh > 2 * bw || mid < (y1 - y0) * 0.3 || mid > (y1 - y0) * 0.75)
        return false;
    *out = (at_box){ (int)((x0 + bx) * k), (int)((y0 + by) * k), (int)(bw * k) + 1, (int)(bh * k) + 1 };
    bool covered = false;
    for (guint i = 0; i < words->len; i++) {
        const at_box *b = &g_array_index(words, layer_word, i).box;
        covered = covered || (b->x < out->x + out->w && out->x < b->x + b->w && b->y < out->y + out->h && out->y < b->y + b->h);
    }
    out->y = w->box.y; /* the bullet's word spans its line's height, as a glyph's box does */
    out->h = h;
    return !covered;
}

/* Does word `i` of `words` start a line a bullet may lead: the first of its text-layer line, or one after a
 * gap of its line's height or more (a table row's cell, which the text layer often joins to the cell left
 * of it when that cell's text runs close to the column's edge)? */
static bool starts_list_line(const GArray *words, guint i)
{
    if (i == 0)
        return true;
    const layer_word *before = &g_array_index(words, layer_word, i - 1), *w = &g_array_index(words, layer_word, i);
    return w->line != before->line || w->box.x - (before->box.x + before->box.w) >= w->box.h;
}

/* A list's bullets are often drawn, not set as text: a reader sees them, so they become words ("•")
 * at the start of their lines, as the text of the list has them. */
static void add_bullets(PopplerPage *page, GArray *words, const page_tables *pt, PIX **binary)
{
    int text_left = INT_MAX;
    bool any = false;
    for (guint i = 0; i < words->len; i++)
        text_left = MIN(text_left, g_array_index(words, layer_word, i).box.x);
    for (guint i = 0; i < words->len && !any; i++) {
        const layer_word *w = &g_array_index(words, layer_word, i);
        any = starts_list_line(words, i) && indented(w, text_left);
    }
    if (!any || !rendering(page, words, pt->k, binary))
        return;
    for (guint i = 0; i < words->len; i++) {
        layer_word *w = &g_array_index(words, layer_word, i);
        at_box box;
        if (!starts_list_line(words, i) || !indented(w, text_left) || !drawn_bullet(*binary, pt->k, words, w, &box))
            continue;
        layer_word bullet = { g_strdup("\u2022"), box, w->line, w->style, G_MAXUINT, false, 0 };
        g_array_insert_val(words, i, bullet);
        i++;
    }
}

/* ---- regions ---- */

static void add_word(region *r, region_line *line, const layer_word *w)
{
    region_word rw = { g_strdup(w->text), w->box, 1.0f };
    g_array_append_val(line->words, rw);
    line->box = box_union(line->box, w->box);
    if (r->kind == AT_BLOCK_TEXT)
        r->box = box_union(r->box, w->box);
}

/* A word into a cell: on the cell's line level with it, in its place from the left, else on a new
 * line in its place from the top. Poppler may give a cell's words out of order (a wrapped line's
 * words before the first line's last word). */
static void place_in_cell(region *cell, region_word rw)
{
    int mid = rw.box.y + rw.box.h / 2;
    guint at = cell->lines->len; /* the first line below the word */
    for (guint l = 0; l < cell->lines->len; l++) {
        region_line *line = g_ptr_array_index(cell->lines, l);
        if (mid >= line->box.y && mid <= line->box.y + line->box.h) {
            guint i = line->words->len;
            while (i > 0 && g_array_index(line->words, region_word, i - 1).box.x > rw.box.x)
                i--;
            g_array_insert_val(line->words, i, rw);
            line->box = box_union(line->box, rw.box);
            return;
        }
        if (at == cell->lines->len && line->box.y > mid)
            at = l;
    }
    region_line *line = at_region_add_line(cell, (at_box){ -1, -1, -1, -1 });
    g_ptr_array_remove_index(cell->lines, cell->lines->len - 1); /* does not free: the array has no free func */
    g_ptr_array_insert(cell->lines, (gint)at, line);
    g_array_append_val(line->words, rw);
    line->box = rw.box;
}

static void add_to_cell(region *cell, const layer_word *w)
{
    place_in_cell(cell, (region_word){ g_strdup(w->text), w->box, 1.0f });
}

/* Is the text-layer line of words `first` to `end` (past the last) a number alone ("4", "4.", "§ 4")? */
static bool number_alone(const GArray *words, guint first, guint end)
{
    enum { NUMBER_WORDS = 2 };
    if (end - first > NUMBER_WORDS)
        return false;
    for (guint i = first; i < end; i++)
        if (!heading_number(&g_array_index(words, layer_word, i)))
            return false;
    return strpbrk(g_array_index(words, layer_word, end - 1).text, "0123456789") != NULL;
}

/* A heading's number set in a column of its own (a clause's in a hanging indent, a grid or table column without
 * rules, a CSS counter a fixed width wide) is a line of its own in the text layer, its heading another level with
 * it a gutter or more to its right. A reader reads them as one line, "4 Avgifter", as exports write it: the
 * heading's line (a capital first) joins the number's. */
static void numbers_to_headings(GArray *words)
{
    enum { NUMBER_GAP = 8 }; /* the widest gap, in the number's heights, from a number to its heading */
    for (guint first = 0; first < words->len;) {
        guint end = line_end(words, first);
        if (end == words->len || !number_alone(words, first, end)) {
            first = end;
            continue;
        }
        const layer_word *n = &g_array_index(words, layer_word, end - 1), *h = &g_array_index(words, layer_word, end);
        int gap = h->box.x - (n->box.x + n->box.w), mid = h->box.y + h->box.h / 2;
        if (mid >= n->box.y && mid <= n->box.y + n->box.h && gap > 0 && gap <= NUMBER_GAP * n->box.h &&
            g_unichar_isupper(g_utf8_get_char(h->text)))
            for (guint i = end, stop = line_end(words, end); i < stop; i++)
                g_array_index(words, layer_word, i).line = n->line;
        first = line_end(words, first);
    }
}

/* Does a line at `box` start a new text block after the block's last line `prev`? */
static bool starts_block(at_box prev, at_box box)
{
    int gap = box.y - (prev.y + prev.h);
    return gap > prev.h * 2 / 5 || box.y + box.h / 2 < prev.y; /* a gap, or back up the page (a new column) */
}

static int line_box_mid(const region_line *line)
{
    return line ? line->box.y + line->box.h / 2 : 0;
}

/* Text blocks from the words outside tables, in poppler's order, a new one at a gap or a change of
 * font (a heading); cells into their tables. */
static GPtrArray *text_blocks(const GArray *words, const page_tables *pt)
{
    int *styles = line_styles(words);
    int left = G_MAXINT, right = 0; /* the text's edges on the page */
    for (guint i = 0; i < words->len; i++) {
        const at_box *b = &g_array_index(words, layer_word, i).box;
        left = MIN(left, b->x);
        right = MAX(right, b->x + b->w);
    }
    GPtrArray *blocks = g_ptr_array_new_with_free_func(at_region_free);
    region *block = NULL;
    region_line *line = NULL;
    int line_no = -1;
    for (guint i = 0; i < words->len; i++) {
        const layer_word *w = &g_array_index(words, layer_word, i);
        region *cell = cell_at(pt, w->box);
        if (cell) {
            add_to_cell(cell, w);
            continue;
        }
        if (!line || w->line != line_no) {
            /* a line below the last, or beside it (the text beside a heading in a margin, read after it) */
            bool apart = w->box.y >= line_box_mid(line) || w->box.x > line->box.x + line->box.w;
            /* a font's run going on into the line ("2. Ingen ung person … än tre" over "månader. Unga …", the
             * first sentence bold) is one paragraph with it, not a heading over it: the line above ran on
             * to the text's right edge (a heading stops short of it) */
            bool full = line && line->box.x + line->box.w > right - (right - left) / 5;
            bool font_goes_on = full && !style_changes(styles[line_no], w->style);
            if (!block || starts_block(line->box, w->box) ||
                (apart && !font_goes_on && style_changes(styles[line_no], styles[w->line]))) {
                block = at_region_new(AT_BLOCK_TEXT, -1, -1, -1, (at_box){ -1, -1, -1, -1 });
                block->style = styles[w->line];
                g_ptr_array_add(blocks, block);
            }
            line = at_region_add_line(block, (at_box){ -1, -1, -1, -1 });
            line_no = w->line;
        }
        add_word(block, line, w);
    }
    g_free(styles);
    return blocks;
}

static gint by_row_col(gconstpointer a, gconstpointer b)
{
    const region *x = *(const region *const *)a, *y = *(const region *const *)b;
    return x->row != y->row ? x->row - y->row : x->col - y->col;
}

/* A ruled table of one row of two or three cells holding paragraphs side by side (signature blocks in
 * a box) is read as exports write it: a row per paragraph, the n-th paragraphs of its cells side by
 * side. A table's row of more cells, or of a paragraph or two a cell, stays one row. */
static void rows_of_paragraphs(page_tables *pt, int ruled)
{
    for (int t = 0; t < ruled; t++) {
        GPtrArray *cells = pt->cells[t], *split = g_ptr_array_new_with_free_func(at_region_free);
        int most = 0; /* paragraphs in a cell, at most */
        for (guint c = 0; c < cells->len; c++) {
            region *cell = cells->pdata[c], *part = NULL;
            for (guint l = 0; l < cell->lines->len; l++) {
                region_line *line = cell->lines->pdata[l];
                if (!part || starts_block(((region_line *)part->lines->pdata[part->lines->len - 1])->box, line->box)) {
                    part = at_region_new(AT_BLOCK_CELL, t, part ? part->row + 1 : 0, cell->col, line->box);
                    g_ptr_array_add(split, part);
                }
                g_ptr_array_add(part->lines, line);
                part->box = box_union(part->box, line->box);
            }
            most = MAX(most, part ? part->row + 1 : 0);
        }
        g_ptr_array_sort(split, by_row_col);
        bool paragraphs = pt->grids[t].n_rows == 1 && pt->grids[t].n_cols <= 3 && cells->len >= 2 && most >= 3;
        for (guint c = 0; paragraphs && c < cells->len; c++)
            g_ptr_array_set_size(((region *)cells->pdata[c])->lines, 0); /* the lines are `split`'s now */
        for (guint c = 0; !paragraphs && c < split->len; c++)
            g_ptr_array_set_size(((region *)split->pdata[c])->lines, 0); /* the lines stay the cells' */
        pt->cells[t] = paragraphs ? split : cells;
        g_ptr_array_free(paragraphs ? cells : split, TRUE);
    }
}

/* Where a block lies: -1 wholly in the top zone of the page (a letterhead, a running header), 1 wholly
 * in the bottom zone (a footer), else 0. */
static int zone_of(const region *block, int page_height)
{
    if (block->box.y + block->box.h < page_height * RUNNING_ZONE)
        return -1;
    return block->box.y > page_height * (1 - RUNNING_ZONE) ? 1 : 0;
}

/* The line of `block` before line `end` level with `line` and left of it, or NULL. */
static region_line *level_line(const region *block, guint end, const region_line *line)
{
    int mid = line->box.y + line->box.h / 2;
    for (guint l = 0; l < end; l++) {
        region_line *other = block->lines->pdata[l];
        if (mid >= other->box.y && mid <= other->box.y + other->box.h && other->box.x < line->box.x)
            return other;
    }
    return NULL;
}

/* Move the words of `line` onto the end of `target`. */
static void move_words(region_line *target, region_line *line)
{
    g_array_append_vals(target->words, line->words->data, line->words->len);
    g_array_set_size(line->words, 0); /* the texts are the target's now */
    target->box = box_union(target->box, line->box);
}

static void line_free(region_line *line)
{
    for (guint i = 0; i < line->words->len; i++)
        g_free(g_array_index(line->words, region_word, i).text);
    g_array_free(line->words, TRUE);
    g_free(line);
}

/* Move `from`'s lines onto the lines of `to` level with them, if every one has such a line. */
static bool merge_level(region *to, region *from)
{
    for (guint l = 0; l < from->lines->len; l++)
        if (!level_line(to, to->lines->len, from->lines->pdata[l]))
            return false;
    for (guint l = 0; l < from->lines->len; l++)
        move_words(level_line(to, to->lines->len, from->lines->pdata[l]), from->lines->pdata[l]);
    to->box = box_union(to->box, from->box);
    return true;
}

/* A letterhead's halves are read across, line by line, as one reads it (and as exports write it):
 * the top zone's lines level with one before them join it, in a block or across blocks. */
static void join_letterhead(GPtrArray *blocks, int page_height)
{
    for (guint b = 0; b < blocks->len; b++) {
        region *block = blocks->pdata[b];
        if (zone_of(block, page_height) != -1)
            continue;
        for (guint l = 1; l < block->lines->len;) {
            region_line *line = block->lines->pdata[l], *target = level_line(block, l, line);
            if (!target) {
                l++;
                continue;
            }
            move_words(target, line);
            line_free(line);
            g_ptr_array_remove_index(block->lines, l);
        }
        bool merged = false;
        for (guint t = 0; t < b && !merged; t++)
            merged = zone_of(blocks->pdata[t], page_height) == -1 && merge_level(blocks->pdata[t], block);
        if (merged)
            g_ptr_array_remove_index(blocks, b--); /* frees it */
    }
}

/* Does `line` have a gutter's gap between two of its words (a letterhead's halves read across)? */
static bool gapped(const region_line *line)
{
    for (guint i = 1; i < line->words->len; i++) {
        const at_box *a = &g_array_index(line->words, region_word, i - 1).box, *b = &g_array_index(line->words, region_word, i).box;
        if (b->x - (a->x + a->w) > GUTTER * a->h)
            return true;
    }
    return false;
}

/* Is `line` rows joined into one, a word below the one before it (a box's label and the value under it)?
 * It is no wrapped heading's line. */
static bool stacked_rows(const region_line *line)
{
    for (guint i = 1; i < line->words->len; i++) {
        const at_box *a = &g_array_index(line->words, region_word, i - 1).box, *b = &g_array_index(line->words, region_word, i).box;
        if (b->y >= a->y + a->h)
            return true;
    }
    return false;
}

/* ---- words hyphenated at line ends ---- */

/* "gång- och cykelvägar": before a conjunction the hyphen is kept and the line goes on. */
static bool is_conjunction(const char *s, size_t len)
{
    static const char *const words[] = { "och", "eller", "samt", "respektive", "resp", "till", "and", "or" };
    while (len && g_ascii_ispunct(s[len - 1]))
        len--;
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (len == strlen(words[i]) && memcmp(s, words[i], len) == 0)
            return true;
    return false;
}

/* Does `w` end in a soft hyphen: a syllable's break, whatever the case of its letters ("NATUR\u00ad")? */
static bool soft_hyphen_end(const char *w, size_t len)
{
    return len > strlen("\u00ad") && memcmp(w + len - strlen("\u00ad"), "\u00ad", strlen("\u00ad")) == 0;
}

/* The length of `w` without its hyphen when it ends in a lower-case letter and a hyphen, or in a letter
 * and a soft hyphen, else 0. */
static size_t hyphenated_stem(const char *w, size_t len)
{
    static const char *const hyphens[] = { "-", "\u00ad", "\u2010" };
    for (size_t i = 0; i < G_N_ELEMENTS(hyphens); i++) {
        size_t h = strlen(hyphens[i]);
        if (len > h + 1 && memcmp(w + len - h, hyphens[i], h) == 0) {
            gunichar last = g_utf8_get_char(g_utf8_find_prev_char(w, w + len - h));
            return g_unichar_islower(last) || (soft_hyphen_end(w, len) && g_unichar_isalpha(last)) ? len - h : 0;
        }
    }
    return 0;
}

/* Does `a` end a compound the line broke at its hyphen or dash ("Knivsta–" / "Alsike", "2024–" / "2026",
 * "januari–" / "mars", "IT-" / "pedagogerna": after a capital the hyphen is an abbreviation's, never a
 * syllable break)? The dash is the compound's own, so the halves join with it kept. */
static bool broken_at_dash(const char *a, size_t alen, const char *b, size_t blen)
{
    static const char *const dashes[] = { "-", "\u2010", "\u2011", "\u2013" };
    gunichar next = g_utf8_get_char_validated(b, (gssize)blen);
    if (!blen || !g_unichar_isalnum(next))
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(dashes); i++) {
        size_t h = strlen(dashes[i]);
        if (alen > h && memcmp(a + alen - h, dashes[i], h) == 0) {
            gunichar last = g_utf8_get_char(g_utf8_find_prev_char(a, a + alen - h));
            /* an en dash breaks no syllable: "Januari–" / "mars" is a range; nor does a hyphen after a
             * digit or a lone letter ("F-6-" / "skolor", "e-" / "tjänst"): the compound's own */
            bool range = strcmp(dashes[i], "\u2013") == 0 && g_unichar_isalnum(last);
            bool own = g_unichar_isdigit(last) || (g_unichar_isalpha(last) && g_utf8_strlen(a, (gssize)(alen - h)) == 1);
            return g_unichar_isupper(next) || g_unichar_isdigit(next)
                       ? g_unichar_isalnum(last)
                       : (g_unichar_isupper(last) || range || own) && !is_conjunction(b, blen);
        }
    }
    return false;
}

/* Is the `len` bytes at `s` a unit a rate's per-part follows ("kr/" "månad", "km/" "h", "st/" "år"), lengths'
 * among them, or the "och" of "och/eller"? */
static bool rate_unit(const char *s, size_t len)
{
    static const char *const units[] = { "kr", "tkr", "mnkr", "kkr", "sek", "st", "h", "tim", "timme", "timmar", "dag",
                                         "dagar", "kg", "ton", "l", "liter", "kwh", "mwh", "och" };
    char *w = g_strndup(s, len);
    bool unit = length_unit(w);
    for (size_t k = 0; k < G_N_ELEMENTS(units) && !unit; k++)
        unit = g_ascii_strcasecmp(w, units[k]) == 0;
    g_free(w);
    return unit;
}

/* Does `a` end in a slash the line broke after, a rate's unit or a number going on on the next line ("kr/" /
 * "år", "och/" / "eller", "2027/" / "28")? The halves join with the slash kept. After another word the break
 * may stand for a space ("Rektor/" / "fritidschef": two who answer), kept apart. */
static bool broken_at_slash(const char *a, size_t alen, const char *b, size_t blen)
{
    if (!blen || alen < 2 || a[alen - 1] != '/')
        return false;
    gunichar next = g_utf8_get_char_validated(b, (gssize)blen);
    size_t w = alen - 1;
    while (w > 0 && g_ascii_isalpha(a[w - 1]))
        w--;
    if (w < alen - 1 && !(w > 0 && (a[w - 1] & 0x80))) /* a unit of ASCII letters, after digits or alone */
        return rate_unit(a + w, alen - 1 - w) && (g_unichar_islower(next) || g_unichar_isdigit(next));
    return g_ascii_isdigit(a[alen - 2]) && g_unichar_isdigit(next);
}

/* Do words `a` and `b`, the last of a line and the first of the next, make one word the line broke at
 * its hyphen, dash or slash? */
static bool broken_word(const char *a, size_t alen, const char *b, size_t blen)
{
    gunichar next = g_utf8_get_char_validated(b, (gssize)blen);
    return broken_at_dash(a, alen, b, blen) || broken_at_slash(a, alen, b, blen) ||
           (hyphenated_stem(a, alen) && (g_unichar_islower(next) || (soft_hyphen_end(a, alen) && g_unichar_isalpha(next))) &&
            !is_conjunction(b, blen));
}

/* A heading (a block set larger or bolder than the body, `body`) wrapped over lines is read as one
 * line, as exports write it: each line whose first word would not have fitted after the line above,
 * within the text's right edge `right`, goes on that line (not a word's second half: at_doc_join_hyphenated
 * joins the word, a recorded change). Not a letterhead's or a footer's lines (in
 * the top or bottom zone of the page); paragraphs are unwrapped by the normalizer. */
static void join_wrapped_headings(GPtrArray *blocks, int body, int right, int page_height)
{
    for (guint b = 0; b < blocks->len; b++) {
        region *block = blocks->pdata[b];
        int style = block->style;
        if (block->kind != AT_BLOCK_TEXT || zone_of(block, page_height) || !style_changes(body, style) ||
            (style > 0 && abs(style) < abs(body)))
            continue;
        for (guint l = 1; l < block->lines->len;) {
            region_line *above = block->lines->pdata[l - 1], *line = block->lines->pdata[l];
            const region_word *first = &g_array_index(line->words, region_word, 0);
            const char *last = g_array_index(above->words, region_word, above->words->len - 1).text;
            if (above->box.x + above->box.w + first->box.h / 4 + first->box.w <= right || gapped(above) ||
                stacked_rows(above) || stacked_rows(line) || broken_word(last, strlen(last), first->text, strlen(first->text))) {
                l++;
                continue;
            }
            move_words(above, line);
            line_free(line);
            g_ptr_array_remove_index(block->lines, l);
        }
    }
}

/* Does `line` start with a list's bullet? */
static bool bulleted(const region_line *line)
{
    static const char *const bullets[] = { "\u2022", "\u25aa", "\u25e6", "\u2023", "\u2013", "-", "*" };
    const char *first = line->words->len ? g_array_index(line->words, region_word, 0).text : "";
    for (size_t i = 0; i < G_N_ELEMENTS(bullets); i++)
        if (strcmp(first, bullets[i]) == 0)
            return true;
    return false;
}

/* Does `line` open with an item's code before its text: a short word with a digit (`M1`, `2.3`, `A4`)
 * or a letter's `a)`, half a line's height at least (wider than a space) before the next word? */
static bool coded(const region_line *line)
{
    enum { CODE_CHARS = 4 };
    if (line->words->len < 2)
        return false;
    const region_word *code = &g_array_index(line->words, region_word, 0), *next = code + 1;
    glong n = g_utf8_strlen(code->text, -1);
    bool digit = strpbrk(code->text, "0123456789") != NULL;
    bool letter = n == 2 && g_unichar_isalpha(g_utf8_get_char(code->text)) && code->text[strlen(code->text) - 1] == ')';
    return n <= CODE_CHARS && (digit || letter) && next->box.x - (code->box.x + code->box.w) >= code->box.h / 2;
}

/* A list item wrapped over lines is one line, as exports write it: a line under a bulleted or coded
 * one (`M1 Alla barn …`), set in from the bullet or code where the item's text starts (a hanging
 * indent), goes on the item's line (not a word's second half: at_doc_join_hyphenated joins the word, a
 * recorded change). */
static void join_list_items(GPtrArray *blocks)
{
    for (guint b = 0; b < blocks->len; b++) {
        region *block = blocks->pdata[b];
        region_line *item = NULL;
        for (guint l = 0; l < block->lines->len;) {
            region_line *line = block->lines->pdata[l];
            const region_word *first = &g_array_index(line->words, region_word, 0);
            const char *last = item ? g_array_index(item->words, region_word, item->words->len - 1).text : NULL;
            /* where the item's text starts after its bullet; a bullet alone has none to line up with */
            bool has_text = item && item->words->len > 1;
            int text_x = has_text ? g_array_index(item->words, region_word, 1).box.x : 0;
            bool opens_item = bulleted(line) || coded(line);
            if (opens_item || !has_text || abs(first->box.x - text_x) > first->box.h / 2 ||
                broken_word(last, strlen(last), first->text, strlen(first->text))) {
                item = opens_item ? line : NULL;
                l++;
                continue;
            }
            move_words(item, line);
            line_free(line);
            g_ptr_array_remove_index(block->lines, l);
        }
    }
}

/* Headers first and footers last, whatever order the PDF has them in: poppler reads a letterhead's
 * right half after the page's body. A letterhead read in halves (above `halves_end`) comes first as it
 * is; another is read across. */
static void furniture_in_place(GPtrArray *blocks, int page_height, int halves_end)
{
    if (!halves_end)
        join_letterhead(blocks, page_height);
    GPtrArray *sorted = g_ptr_array_sized_new(blocks->len);
    for (int zone = -1; zone <= 1; zone++)
        for (guint b = 0; b < blocks->len; b++) {
            const region *block = blocks->pdata[b];
            if ((block->box.y < halves_end ? -1 : zone_of(block, page_height)) == zone)
                g_ptr_array_add(sorted, blocks->pdata[b]);
        }
    if (blocks->len) /* an empty array has no storage to copy to */
        memcpy(blocks->pdata, sorted->pdata, sizeof(gpointer) * blocks->len);
    g_ptr_array_free(sorted, TRUE);
}

/* Does `block` come before table `t` of `pt` as one reads: it starts above the table's top, or beside
 * the table on its left (a letterhead's half beside a table of its date and diarienummer)? */
static bool before_table(const region *block, const page_tables *pt, int t)
{
    const at_table_grid *g = &pt->grids[t];
    return g->y * pt->k > block->box.y ||
           (block->box.x + block->box.w <= g->x * pt->k && block->box.y < (g->y + g->h) * pt->k);
}

/* Reading order: the text blocks in poppler's order, each table before the first block that does not
 * come before it (before_table). */
static GPtrArray *reading_order(GPtrArray *blocks, page_tables *pt)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(at_region_free);
    bool *placed = g_new0(bool, (gsize)pt->n + 1);
    for (guint b = 0; b <= blocks->len; b++) {
        const region *block = b < blocks->len ? blocks->pdata[b] : NULL;
        for (int t = 0; t < pt->n; t++) {
            if (placed[t] || (block && before_table(block, pt, t)))
                continue;
            placed[t] = true;
            for (guint c = 0; c < pt->cells[t]->len; c++)
                g_ptr_array_add(out, pt->cells[t]->pdata[c]);
            g_ptr_array_set_free_func(pt->cells[t], NULL); /* the cells are `out`'s now */
        }
        if (block)
            g_ptr_array_add(out, blocks->pdata[b]);
    }
    g_ptr_array_set_free_func(blocks, NULL);
    g_ptr_array_free(blocks, TRUE);
    g_free(placed);
    return out;
}

at_page_layout *at_pdf_page_read(void *pdf_page, int page_no, int dpi, const char **why)
{
    PopplerPage *page = pdf_page;
    *why = NULL;
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint n_rects = 0;
    GArray *words = NULL;
    if (text && poppler_page_get_text_layout(page, &rects, &n_rects)) {
        bool *faint;
        int *styles = char_styles(page, n_rects, &faint);
        words = layer_words(text, rects, n_rects, styles, faint, dpi / 72.0);
        drop_watermarks(words);
        join_tracked_capitals(words);
        g_free(styles);
        g_free(faint);
    }
    g_free(text);
    if (words && words->len)
        *why = garbage_reason(words);
    if (!words || !words->len || *why) {
        if (words)
            layer_words_free(words);
        g_free(rects);
        return NULL;
    }
    page_tables pt;
    PIX *binary = NULL;
    double wpt, hpt;
    poppler_page_get_size(page, &wpt, &hpt);
    int head_end = (int)(hpt * dpi / 72.0 * LETTERHEAD_ZONE);
    GArray *runs = g_array_new(FALSE, FALSE, sizeof(column_run));
    column_run head;
    if (letterhead_run(words, page_no, head_end, false, &head))
        g_array_append_val(runs, head);
    int halves_end = runs->len ? head.bottom : 0;
    int ruled = find_tables(page, words, dpi, head_end, halves_end, runs, &pt, &binary);
    cut_run_on(words, rects, dpi / 72.0, &pt, ruled);
    g_free(rects);
    add_bullets(page, words, &pt, &binary);
    pixDestroy(&binary);
    if (runs->len)
        read_by_columns(words, runs);
    g_array_free(runs, TRUE);
    lead_ins_first(words);
    numbers_to_headings(words);
    at_page_layout *p = g_new0(at_page_layout, 1);
    p->info = (at_page_view){ (int)(wpt * dpi / 72.0), (int)(hpt * dpi / 72.0), dpi, page_no, 0, 0, "",
                              TEXT_LAYER, 1 };
    GPtrArray *blocks = text_blocks(words, &pt);
    rows_of_paragraphs(&pt, ruled);
    furniture_in_place(blocks, p->info.height, halves_end);
    p->body_style = body_style(words);
    join_wrapped_headings(blocks, p->body_style, text_right(words), p->info.height);
    join_list_items(blocks);
    p->regions = reading_order(blocks, &pt);
    page_tables_clear(&pt);
    layer_words_free(words);
    return p;
}

/* An OCR'd page has no fonts: a text block's size is its first line's height in pixels, and the
 * body's the median line height, so a later page's small header is told from its text as a text
 * layer's is (drop_later_heads). */
static void ocred_styles(at_page_layout *p)
{
    GArray *heights = g_array_new(FALSE, FALSE, sizeof(int));
    for (guint b = 0; b < p->regions->len; b++) {
        region *r = p->regions->pdata[b];
        if (r->kind != AT_BLOCK_TEXT || !r->lines->len)
            continue;
        r->style = MAX(1, ((region_line *)r->lines->pdata[0])->box.h);
        for (guint l = 0; l < r->lines->len; l++)
            g_array_append_val(heights, ((region_line *)r->lines->pdata[l])->box.h);
    }
    g_array_sort(heights, by_int);
    p->body_style = heights->len ? MAX(1, g_array_index(heights, int, heights->len / 2)) : 0;
    g_array_free(heights, TRUE);
}

/* The words of an OCR'd page's text blocks (texts borrowed), one line number per line; the number of
 * tables its cells belong to in `*n_tables`. */
static GArray *ocred_words(const GPtrArray *regions, int *n_tables)
{
    GArray *words = g_array_new(FALSE, TRUE, sizeof(layer_word));
    int line_no = 0;
    *n_tables = 0;
    for (guint b = 0; b < regions->len; b++) {
        const region *r = regions->pdata[b];
        if (r->kind == AT_BLOCK_CELL)
            *n_tables = MAX(*n_tables, r->table + 1);
        for (guint l = 0; r->kind == AT_BLOCK_TEXT && l < r->lines->len; l++, line_no++) {
            const region_line *line = r->lines->pdata[l];
            for (guint i = 0; i < line->words->len; i++) {
                const region_word *w = &g_array_index(line->words, region_word, i);
                /* as high as its line, as a text layer's words are as high as their font: the gap
                 * between two words is measured against that, not against their letters' height */
                layer_word word = { w->text, { w->box.x, line->box.y, w->box.w, line->box.h }, line_no, 0, G_MAXUINT, false, 0 };
                g_array_append_val(words, word);
            }
        }
    }
    return words;
}

/* Move the words of the text blocks that lie in a cell of `pt` into it; drop the lines and blocks
 * left empty. */
static void move_into_cells(GPtrArray *regions, const page_tables *pt)
{
    for (guint b = 0; b < regions->len; b++) {
        region *r = regions->pdata[b];
        if (r->kind != AT_BLOCK_TEXT)
            continue;
        r->box = (at_box){ -1, -1, -1, -1 };
        for (guint l = 0; l < r->lines->len;) {
            region_line *line = r->lines->pdata[l];
            line->box = (at_box){ -1, -1, -1, -1 };
            for (guint i = 0; i < line->words->len;) {
                region_word w = g_array_index(line->words, region_word, i);
                region *cell = cell_at(pt, w.box);
                if (cell) {
                    place_in_cell(cell, w); /* the text is the cell's now */
                    g_array_remove_index(line->words, i);
                    continue;
                }
                line->box = box_union(line->box, w.box);
                i++;
            }
            if (line->words->len) {
                r->box = box_union(r->box, line->box);
                l++;
            } else {
                line_free(line);
                g_ptr_array_remove_index(r->lines, l);
            }
        }
        if (!r->lines->len)
            g_ptr_array_remove_index(regions, b--); /* frees it */
    }
}

/* Does every column of grid `g` hold words in at least half its rows? A memo's head laid out in
 * columns (the organisation left, labels and values right) does not; a table does. A quarter of a
 * wide table's columns may be short: tesseract drops lone short words (row numbers, costs) on a page
 * without rules. */
static bool columns_filled(const at_table_grid *g, const GArray *words)
{
    bool *hit = g_new0(bool, (gsize)g->n_rows * (gsize)g->n_cols);
    for (guint i = 0; i < words->len; i++) {
        const at_box *b = &g_array_index(words, layer_word, i).box;
        int r = interval(g->row_edges, g->n_rows, b->y + b->h / 2.0), c = interval(g->col_edges, g->n_cols, b->x + b->w / 2.0);
        if (r >= 0 && c >= 0)
            hit[r * g->n_cols + c] = true;
    }
    int short_cols = 0;
    for (int c = 0; c < g->n_cols; c++) {
        int rows = 0;
        for (int r = 0; r < g->n_rows; r++)
            rows += hit[r * g->n_cols + c];
        short_cols += rows * 2 < g->n_rows;
    }
    g_free(hit);
    return short_cols == 0 || (g->n_cols >= WIDE_TABLE_COLS && short_cols <= g->n_cols / 4);
}

/* Keep only the grids of `pt` whose columns are filled. */
static void keep_filled(page_tables *pt, const GArray *words)
{
    int kept = 0;
    for (int t = 0; t < pt->n; t++) {
        if (columns_filled(&pt->grids[t], words)) {
            pt->marks->pdata[kept] = pt->marks->pdata[t];
            pt->grids[kept++] = pt->grids[t];
        } else {
            g_free(pt->grids[t].row_edges);
            g_free(pt->grids[t].col_edges);
            row_marks_free(pt->marks->pdata[t]);
        }
    }
    for (guint t = (guint)kept; t < pt->marks->len; t++)
        pt->marks->pdata[t] = NULL; /* moved or freed above */
    g_ptr_array_set_size(pt->marks, kept);
    pt->n = kept;
}

/* The last row of grid `g` holds words in its first column only? */
static bool first_column_row(const at_table_grid *g, const GArray *words)
{
    bool first = false, other = false;
    for (guint i = 0; i < words->len; i++) {
        const at_box *b = &g_array_index(words, layer_word, i).box;
        int c = interval(g->col_edges, g->n_cols, b->x + b->w / 2.0);
        if (c >= 0 && interval(g->row_edges, g->n_rows, b->y + b->h / 2.0) == g->n_rows - 1) {
            first = first || c == 0;
            other = other || c > 0;
        }
    }
    return first && !other;
}

/* A letterhead's columns (the organisation left, labels and values right) found as a table at the page's
 * head (its top above `head`) end where its labels do: lines under them in its left column only are the
 * document's title and first heading, set below the letterhead, no rows of it. */
static void cut_head_lines(page_tables *pt, const GArray *words, int head)
{
    for (int t = 0; t < pt->n; t++) {
        at_table_grid *g = &pt->grids[t];
        while (g->y < head && g->n_rows > 2 && first_column_row(g, words)) {
            g->n_rows--;
            g->h = g->row_edges[g->n_rows] - g->y;
        }
    }
}

/* Tables without rules on an OCR'd page, found as on a text layer (find_aligned) among the words of
 * its text blocks: a table ruled only across, framed only, or not at all, zebra-striped. */
static void ocred_aligned(GPtrArray *regions, int page_no, int page_height, const GArray *rules)
{
    int n_ruled;
    GArray *words = ocred_words(regions, &n_ruled);
    page_tables pt = { NULL, 0, 1.0, true, NULL, NULL, g_ptr_array_new_with_free_func(row_marks_free), rules };
    /* a letterhead in halves is no table, as on a text layer; tesseract's blocks keep its halves apart */
    column_run head;
    int halves_end = letterhead_run(words, page_no, (int)(page_height * LETTERHEAD_ZONE), true, &head) ? head.bottom : 0;
    find_aligned(words, &pt, (int)(page_height * LETTERHEAD_ZONE), halves_end, NULL); /* tesseract's blocks may be columns: not side_by_side */
    cut_head_lines(&pt, words, (int)(page_height * LETTERHEAD_ZONE));
    keep_filled(&pt, words);
    g_array_free(words, TRUE); /* the texts are the blocks' */
    if (!pt.n) {
        g_free(pt.grids);
        g_ptr_array_free(pt.marks, TRUE);
        return;
    }
    pt.slots = g_new0(region **, (gsize)pt.n);
    pt.cells = g_new0(GPtrArray *, (gsize)pt.n);
    for (int t = 0; t < pt.n; t++)
        cut_cells(&pt, t, NULL);
    move_into_cells(regions, &pt);
    for (int t = 0; t < pt.n; t++) {
        for (guint c = 0; c < pt.cells[t]->len; c++) {
            region *cell = pt.cells[t]->pdata[c];
            cell->table += n_ruled;
            g_ptr_array_add(regions, cell);
        }
        g_ptr_array_set_free_func(pt.cells[t], NULL); /* the cells are `regions`' now */
    }
    g_ptr_array_sort(regions, at_region_by_top);
    page_tables_clear(&pt);
}

at_page_layout *at_page_layout_ocred(at_doc *page_doc, const at_page_view *info, GPtrArray *regions, bool tables,
                                     const GArray *rules)
{
    if (tables)
        ocred_aligned(regions, info->source_page, info->height, rules);
    at_page_layout *p = g_new0(at_page_layout, 1);
    p->info = *info;
    p->info.steps = p->info.engine = ""; /* the page's own are `page_doc`'s */
    p->regions = regions;
    p->ocred = page_doc;
    ocred_styles(p);
    return p;
}

void at_page_layout_free(at_page_layout *p)
{
    if (!p)
        return;
    g_ptr_array_free(p->regions, TRUE);
    at_doc_free(p->ocred);
    g_free(p);
}

/* ---- running headers and footers ---- */

/* Where a line would be a running header ('t') or footer ('b'), or 0 when it lies between. */
static char running_zone(const at_page_layout *p, const region_line *line)
{
    if (line->box.y + line->box.h < p->info.height * RUNNING_ZONE)
        return 't';
    return line->box.y > p->info.height * (1 - RUNNING_ZONE) ? 'b' : 0;
}

/* A running line's key: its zone and its letters and digits, every run of digits as '#' (page
 * numbers), without case or diacritics: OCR reads the same footer "Samhällsbyggnadsförvaltningen" on
 * one page and "Samhallsbyggnadsforvaltningen" on the next, and its spaces and strokes ('|') as it will. */
static char *running_key(char zone, const region_line *line)
{
    GString *text = g_string_new(NULL);
    for (guint i = 0; i < line->words->len; i++)
        g_string_append(text, g_array_index(line->words, region_word, i).text);
    char *plain = g_str_to_ascii(text->str, "C");
    g_string_free(text, TRUE);
    GString *key = g_string_new(NULL);
    g_string_append_c(key, zone);
    for (const char *s = plain; *s; s++)
        if (g_ascii_isalpha(*s))
            g_string_append_c(key, g_ascii_tolower(*s));
        else if (g_ascii_isdigit(*s) && key->str[key->len - 1] != '#')
            g_string_append_c(key, '#');
    g_free(plain);
    return g_string_free(key, FALSE);
}

typedef struct {
    int pages;   /* pages it is on at the height it was first seen */
    int first_page, last_page;
    double top;  /* share of the page height */
} running_line;

/* Call `fn` on every line of the text blocks that lie in a running zone, last line first. */
static void each_zone_line(at_page_layout *const *pages, size_t n,
                           void (*fn)(at_page_layout *p, region *r, guint l, char zone, void *data), void *data)
{
    for (size_t i = 0; i < n; i++) {
        for (guint b = 0; b < pages[i]->regions->len; b++) {
            region *r = pages[i]->regions->pdata[b];
            /* A block reaching out of the zone is the body's: its first lines are no header. */
            char zone = r->kind == AT_BLOCK_TEXT && r->lines->len ? running_zone(pages[i], r->lines->pdata[0]) : 0;
            for (guint l = 0; l < r->lines->len && zone; l++)
                if (running_zone(pages[i], r->lines->pdata[l]) != zone)
                    zone = 0;
            for (guint l = zone ? r->lines->len : 0; l-- > 0;)
                fn(pages[i], r, l, zone, data);
        }
    }
}

static void count_line(at_page_layout *p, region *r, guint l, char zone, void *data)
{
    const region_line *line = r->lines->pdata[l];
    char *key = running_key(zone, line);
    running_line *seen = g_hash_table_lookup(data, key);
    double top = (double)line->box.y / p->info.height;
    if (!seen) {
        seen = g_new0(running_line, 1);
        *seen = (running_line){ 0, p->info.source_page, -1, top };
        g_hash_table_insert(data, g_strdup(key), seen);
    }
    if (seen->last_page != p->info.source_page && fabs(top - seen->top) <= RUNNING_SLACK) {
        seen->pages++;
        seen->last_page = p->info.source_page;
    }
    g_free(key);
}

typedef struct {
    GHashTable *seen;
    int min_pages;
} drop_rule;

static void drop_line(at_page_layout *p, region *r, guint l, char zone, void *data)
{
    const drop_rule *rule = data;
    region_line *line = r->lines->pdata[l];
    char *key = running_key(zone, line);
    const running_line *seen = g_hash_table_lookup(rule->seen, key);
    g_free(key);
    if (!seen || seen->pages < rule->min_pages || fabs((double)line->box.y / p->info.height - seen->top) > RUNNING_SLACK)
        return;
    /* A letterhead is read once, where it first stands: it names the document (organisation, dnr). */
    if (zone == 't' && p->info.source_page == seen->first_page)
        return;
    line_free(line);
    g_ptr_array_remove_index(r->lines, l);
}

static void drop_empty_blocks(at_page_layout *const *pages, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        GPtrArray *regions = pages[i]->regions;
        for (guint b = regions->len; b-- > 0;) {
            const region *r = regions->pdata[b];
            if (r->kind == AT_BLOCK_TEXT && r->lines->len == 0)
                g_ptr_array_remove_index(regions, b);
        }
    }
}

/* The key of the last line of page `p`'s text when the page ends with text, else NULL. */
static char *last_line_key(const at_page_layout *p)
{
    const region *r = p->regions->len ? p->regions->pdata[p->regions->len - 1] : NULL;
    if (!r || r->kind != AT_BLOCK_TEXT || !r->lines->len)
        return NULL;
    return running_key('e', r->lines->pdata[r->lines->len - 1]);
}

/* Does the line name page number `page` as a word of its own ("Sida 2 av 5", "- 2 -")? */
static bool names_page(const region_line *line, int page)
{
    char number[16];
    snprintf(number, sizeof number, "%d", page);
    for (guint w = 0; w < line->words->len; w++) {
        const char *text = g_array_index(line->words, region_word, w).text;
        size_t start = strcspn(text, "0123456789"), len = strspn(text + start, "0123456789");
        if (len == strlen(number) && memcmp(text + start, number, len) == 0 && !text[start + len + strcspn(text + start + len, "0123456789")])
            return true;
    }
    return false;
}

/* Does `key` (running_key) say a page's number and nothing else ("Sida 1 av 2", "- 3 -", "Page 2 of 5")? */
static bool page_number_only(const char *key)
{
    static const char *const words[] = { "sida", "page", "av", "of", "s", "#" };
    bool number = false;
    for (const char *k = key + 1; *k;) {
        size_t i = 0;
        while (i < G_N_ELEMENTS(words) && strncmp(k, words[i], strlen(words[i])) != 0)
            i++;
        if (i == G_N_ELEMENTS(words))
            return false;
        number = number || *k == '#';
        k += strlen(words[i]);
    }
    return number;
}

/* A footer set in the text's flow ends each page wherever the text ends, not at one height: the
 * line that ends pages alike (digits aside: "Sida 1 av 2", "Sida 2 av 2"), or says only a page's
 * number, and names its page is the page's furniture; a line alike but for its amounts ("Totalt
 * 12 000 kr") is text. */
static void drop_page_ends(at_page_layout *const *pages, size_t n, int min_pages)
{
    GHashTable *count = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < n; i++) {
        char *key = last_line_key(pages[i]);
        if (key)
            g_hash_table_insert(count, key, GINT_TO_POINTER(GPOINTER_TO_INT(g_hash_table_lookup(count, key)) + 1));
    }
    for (size_t i = 0; i < n; i++) {
        char *key = last_line_key(pages[i]);
        region *r = key ? pages[i]->regions->pdata[pages[i]->regions->len - 1] : NULL;
        const region_line *last = r ? r->lines->pdata[r->lines->len - 1] : NULL;
        if (key && (GPOINTER_TO_INT(g_hash_table_lookup(count, key)) >= min_pages || page_number_only(key)) &&
            (names_page(last, pages[i]->info.source_page) || names_page(last, (int)i + 1))) {
            line_free(r->lines->pdata[r->lines->len - 1]);
            g_ptr_array_remove_index(r->lines, r->lines->len - 1);
        }
        g_free(key);
    }
    g_hash_table_destroy(count);
}

/* A word as it is compared with words read before: case folded, punctuation around it dropped. */
static char *bare_word(const char *text)
{
    const char *start = text, *end = text + strlen(text);
    while (*start && !g_unichar_isalnum(g_utf8_get_char(start)))
        start = g_utf8_next_char(start);
    while (end > start && !g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(end))))
        end = g_utf8_prev_char(end);
    return g_utf8_casefold(start, end - start);
}

/* A whole line as it is compared with lines read before: "\n" and its words bare, so that no word is one. */
static char *bare_line(const region_line *line)
{
    GString *key = g_string_new("\n");
    for (guint w = 0; w < line->words->len; w++) {
        char *word = bare_word(g_array_index(line->words, region_word, w).text);
        g_string_append_printf(key, " %s", word);
        g_free(word);
    }
    return g_string_free(key, FALSE);
}

static void add_words_read(GHashTable *read, const region *r)
{
    for (guint l = 0; l < r->lines->len; l++) {
        const region_line *line = r->lines->pdata[l];
        for (guint w = 0; w < line->words->len; w++)
            g_hash_table_add(read, bare_word(g_array_index(line->words, region_word, w).text));
        g_hash_table_add(read, bare_line(line));
    }
}

/* "MÅL 3 AV 3": a line that counts items as a word, a number, "av" and a number, no page's count ("Sida 2 av 3"). */
static bool counts_items(const region_line *line)
{
    if (line->words->len != 4)
        return false;
    const char *label = g_array_index(line->words, region_word, 0).text,
               *of = g_array_index(line->words, region_word, 2).text;
    return g_unichar_isalpha(g_utf8_get_char(label)) && g_ascii_strcasecmp(label, "Sida") != 0 &&
           g_ascii_strcasecmp(label, "Page") != 0 && g_ascii_strcasecmp(of, "av") == 0 &&
           g_ascii_isdigit(g_array_index(line->words, region_word, 1).text[0]) &&
           g_ascii_isdigit(g_array_index(line->words, region_word, 3).text[0]);
}

/* Was bare word `folded` read before, whole or its parts on either side of a dash ("2031–2034" where the title's
 * line held "2031–" and "2034")? */
static bool parts_read(GHashTable *read, const char *folded)
{
    if (g_hash_table_contains(read, folded))
        return true;
    const char *dash = strstr(folded, "–");
    size_t len = dash ? strlen("–") : 1;
    dash = dash ? dash : strchr(folded, '-');
    if (!dash || dash == folded || !dash[len])
        return false;
    char *left = g_strndup(folded, (size_t)(dash - folded));
    bool both = g_hash_table_contains(read, left) && g_hash_table_contains(read, dash + len);
    g_free(left);
    return both;
}

/* Does word `w` of `line` stand where a page's number or count does: after "Sida" or "Page", at the line's end, or
 * before its count in brackets ("2 (3)")? Elsewhere a number names something ("Bilaga 2 Uppföljning" on page 2). */
static bool page_number_place(const region_line *line, guint w)
{
    if (w + 1 == line->words->len || g_array_index(line->words, region_word, w + 1).text[0] == '(')
        return true;
    const char *label = w ? g_array_index(line->words, region_word, w - 1).text : "";
    return g_ascii_strcasecmp(label, "Sida") == 0 || g_ascii_strcasecmp(label, "Page") == 0;
}

/* Is word `w` of `line`, bare `folded`, the number of page `page` or the count of `n_pages` ("2 (3)", "Sida 2 av 3"
 * in a header): a later page's own, never read before, yet no news. */
static bool page_count_word(const region_line *line, guint w, const char *folded, int page, size_t n_pages)
{
    char *end;
    unsigned long v = strtoul(folded, &end, 10);
    return g_ascii_isdigit(*folded) && !*end && (v == (unsigned long)page || v == n_pages) &&
           page_number_place(line, w);
}

/* Is `r` a page header of a later page: in the top zone, in a smaller type than the page's text,
 * saying nothing that was not read before ("SÖDERTÄLJE KOMMUN 2025-01-20 · BUN 2025/37") but the page's
 * number of `n_pages` ("Aneby kommun | Strategi | 2 (2)")? A count of items ("MÅL 3 AV 3" under "MÅL 1 AV 3"
 * and "MÅL 2 AV 3") says something new unless the same line was read. */
static bool repeats_head(const at_page_layout *p, size_t n_pages, const region *r, GHashTable *read)
{
    if (r->kind != AT_BLOCK_TEXT || zone_of(r, p->info.height) != -1 || !r->style || !p->body_style ||
        abs(r->style) * 20 > abs(p->body_style) * 19)
        return false;
    guint words = 0, numbers = 0;
    for (guint l = 0; l < r->lines->len; l++) {
        const region_line *line = r->lines->pdata[l];
        char *whole = counts_items(line) ? bare_line(line) : NULL;
        bool counted = whole && !g_hash_table_contains(read, whole);
        g_free(whole);
        if (counted)
            return false;
        for (guint w = 0; w < line->words->len; w++) {
            const char *text = g_array_index(line->words, region_word, w).text;
            char *folded = bare_word(text);
            bool known = !*folded || parts_read(read, folded) ||
                         page_count_word(line, w, folded, p->info.source_page, n_pages);
            g_free(folded);
            if (!known)
                return false;
            words++;
            numbers += g_ascii_isdigit(text[0]);
        }
    }
    /* one word is no header, nor a word and a number: a caption ("Tabell 2", "Figur 3", "Bilaga 1") */
    return words >= 3 || (words == 2 && numbers == 0);
}

/* A header only the later pages have (the first has a letterhead instead) repeats what the first
 * page said, in small type: it is furniture too. */
static void drop_later_heads(at_page_layout *const *pages, size_t n)
{
    GHashTable *read = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < n; i++) {
        GPtrArray *regions = pages[i]->regions;
        for (guint b = 0; i > 0 && b < regions->len;) {
            if (repeats_head(pages[i], n, regions->pdata[b], read))
                g_ptr_array_remove_index(regions, b); /* frees it */
            else
                b++;
        }
        for (guint b = 0; b < regions->len; b++)
            add_words_read(read, regions->pdata[b]);
    }
    g_hash_table_destroy(read);
}

/* Are words `i` and `i + 1` of `words` a date and the time of day ("2026-10-05 14:32", "2031-03-12 09:15:40")? */
static bool date_and_time(const GArray *words, guint i)
{
    if (i + 1 >= words->len)
        return false;
    const char *date = g_array_index(words, region_word, i).text, *time = g_array_index(words, region_word, i + 1).text;
    size_t hours = strspn(time, "0123456789");
    return strlen(date) == 10 && strspn(date, "0123456789-") == 10 && date[4] == '-' && date[7] == '-' && hours >= 1 &&
           hours <= 2 && time[hours] == ':' && strspn(time + hours + 1, "0123456789") == 2 &&
           (!time[hours + 3] || time[hours + 3] == ':');
}

/* Are words `from` to `end` of `words` a print-out's name ("E-tjänst – utskrift", "Utskrift"): four at most, the
 * last "utskrift"? */
static bool print_out_name(const GArray *words, guint from, guint end)
{
    return end > from && end - from <= 4 && g_ascii_strcasecmp(g_array_index(words, region_word, end - 1).text, "utskrift") == 0;
}

/* The words of a stamp a browser or an e-service prints in a page's margin: the date and time it printed, the
 * print-out's name, or both side by side (read as one line). A browser writes the page's own name after the date
 * and time ("2027-05-03 10:47 Ansökan om tillstånd – Mina sidor"): opening the line, they are evidence enough. */
static bool print_stamp_words(const GArray *words)
{
    guint n = words->len;
    return date_and_time(words, 0) || print_out_name(words, 0, n) ||
           (n > 2 && date_and_time(words, n - 2) && print_out_name(words, 0, n - 2));
}

/* Is `r` a print stamp: a line of its own in the top zone (zone_of), in a smaller type than the page's text, of a
 * print stamp's words (print_stamp_words)? Read, it was the document's title, its date and an event (the time as
 * the event's place). */
static bool print_stamp(const at_page_layout *p, const region *r)
{
    return r->kind == AT_BLOCK_TEXT && r->lines->len == 1 && zone_of(r, p->info.height) == -1 && r->style &&
           p->body_style && abs(r->style) * 20 <= abs(p->body_style) * 19 &&
           print_stamp_words(((const region_line *)r->lines->pdata[0])->words);
}

/* Drop the print stamps of every page (print_stamp). */
static void drop_print_stamps(at_page_layout *const *pages, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (guint b = 0; b < pages[i]->regions->len;) {
            if (print_stamp(pages[i], pages[i]->regions->pdata[b]))
                g_ptr_array_remove_index(pages[i]->regions, b); /* frees it */
            else
                b++;
        }
}

void at_pages_drop_running(at_page_layout *const *pages, size_t n)
{
    drop_later_heads(pages, n);
    drop_print_stamps(pages, n);
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    each_zone_line(pages, n, count_line, seen);
    /* On two pages at least, and on a third of them: a title page or a chapter's first page may lack it. */
    drop_rule rule = { seen, MAX(2, (int)(n + 2) / 3) };
    each_zone_line(pages, n, drop_line, &rule);
    g_hash_table_destroy(seen);
    drop_empty_blocks(pages, n);
    drop_page_ends(pages, n, rule.min_pages);
    drop_empty_blocks(pages, n);
}

/* ---- tables over page breaks ---- */

/* The cells of the table that opens page `p` (its first region a cell), or of the one that closes
 * it (`last`), as [first, end) indices of its regions; false if there is none. */
static bool edge_table(const at_page_layout *p, bool last, guint *first, guint *end)
{
    GPtrArray *r = p->regions;
    if (!r->len)
        return false;
    guint i = last ? r->len - 1 : 0;
    const region *edge = r->pdata[i];
    if (edge->kind != AT_BLOCK_CELL)
        return false;
    *first = *end = i;
    while (*first > 0 && ((region *)r->pdata[*first - 1])->kind == AT_BLOCK_CELL &&
           ((region *)r->pdata[*first - 1])->table == edge->table)
        (*first)--;
    while (*end < r->len && ((region *)r->pdata[*end])->kind == AT_BLOCK_CELL &&
           ((region *)r->pdata[*end])->table == edge->table)
        (*end)++;
    return true;
}

/* The texts of the cells of row 0 among regions [first, end), column by column, tab-separated. */
static char *first_row_text(const GPtrArray *regions, guint first, guint end)
{
    GString *s = g_string_new(NULL);
    for (guint k = first; k < end; k++) {
        const region *cell = regions->pdata[k];
        if (cell->row != 0)
            continue;
        g_string_append_printf(s, "%d\t", cell->col);
        for (guint l = 0; l < cell->lines->len; l++) {
            const region_line *line = cell->lines->pdata[l];
            for (guint w = 0; w < line->words->len; w++)
                g_string_append_printf(s, "%s ", g_array_index(line->words, region_word, w).text);
        }
    }
    return g_string_free(s, FALSE);
}

/* A table printed over pages repeats its header row on each: the repeat, the same texts in the same
 * columns as the table's first row where it began (`head`), is furniture, and the rows go on after it. */
static void drop_repeated_header(const char *head, at_page_layout *page, guint b0, guint *b1)
{
    char *repeat = first_row_text(page->regions, b0, *b1);
    bool same = *head && strcmp(head, repeat) == 0;
    g_free(repeat);
    for (guint k = *b1; same && k-- > b0;) {
        region *cell = page->regions->pdata[k];
        if (cell->row == 0) {
            g_ptr_array_remove_index(page->regions, k); /* frees it */
            (*b1)--;
        } else {
            cell->row--;
        }
    }
}

/* "Tabell 3 forts.", "(forts.)", "Fortsättning": a caption saying the table above goes on, and nothing
 * else ("Fortsatt arbete" is a heading). */
static bool continuation_caption(const region *r)
{
    static const char *const says[] = { "forts", "fortsättning", "continued" };
    if (r->kind != AT_BLOCK_TEXT || r->lines->len != 1)
        return false;
    const region_line *line = r->lines->pdata[0];
    bool saying = false, other = false;
    for (guint w = 0; w < line->words->len; w++) {
        char *word = bare_word(g_array_index(line->words, region_word, w).text);
        bool is_says = false;
        for (size_t k = 0; k < G_N_ELEMENTS(says); k++)
            is_says = is_says || strcmp(word, says[k]) == 0;
        saying = saying || is_says;
        other = other || !(is_says || strcmp(word, "tabell") == 0 || strcmp(word, "table") == 0 ||
                           (*word && strspn(word, "0123456789.") == strlen(word)));
        g_free(word);
    }
    return saying && !other;
}

/* The narrowest cell of the table in regions [a0, a1) of `above` over the middle of `b`, or NULL: a
 * column's own cell (not one merged across) tells its edges. */
static const region *cell_over(const GPtrArray *above, guint a0, guint a1, at_box b)
{
    const region *narrowest = NULL;
    for (guint k = a0; k < a1; k++) {
        const region *cell = above->pdata[k];
        int mid = b.x + b.w / 2;
        if (mid >= cell->box.x && mid < cell->box.x + cell->box.w && (!narrowest || cell->box.w < narrowest->box.w))
            narrowest = cell;
    }
    return narrowest;
}

/* The column of the table in regions [a0, a1) of `above` that holds the word at `b` whole, or -1. */
static int column_holding(const GPtrArray *above, guint a0, guint a1, at_box b)
{
    const region *cell = cell_over(above, a0, a1, b);
    return cell && b.x >= cell->box.x - CELL_INSET && b.x + b.w <= cell->box.x + cell->box.w + CELL_INSET ? cell->col
                                                                                                           : -1;
}

/* A table's last row alone on a born PDF's next page, ruled under it at most: no grid and no column of
 * a single line. When the page opens with one line whose words each lie whole in a column of the table
 * closing the page above (`a0`, `a1`), in two columns at least, that line is the table's row: a table of
 * its own at the page's top, the page's other tables numbered after it. */
static void lone_row(const at_page_layout *above, guint a0, guint a1, at_page_layout *page)
{
    region *first = page->regions->len ? page->regions->pdata[0] : NULL;
    if (!first || first->kind != AT_BLOCK_TEXT || first->lines->len != 1 || strcmp(page->info.engine, TEXT_LAYER))
        return;
    const region_line *line = first->lines->pdata[0];
    int *cols = g_new(int, line->words->len), n_cols = 0, last = -1;
    for (guint w = 0; w < line->words->len && n_cols >= 0; w++) {
        cols[w] = column_holding(above->regions, a0, a1, g_array_index(line->words, region_word, w).box);
        n_cols = cols[w] < last ? -1 : n_cols + (cols[w] > last);
        last = cols[w];
    }
    if (n_cols >= 2 && cols[0] >= 0) {
        GPtrArray *cells = g_ptr_array_new();
        for (guint w = 0; w < line->words->len; w++) {
            region_word *rw = &g_array_index(line->words, region_word, w);
            if (w == 0 || cols[w] != cols[w - 1])
                g_ptr_array_add(cells, at_region_new(AT_BLOCK_CELL, 0, 0, cols[w], rw->box));
            region *cell = cells->pdata[cells->len - 1];
            cell->box = box_union(cell->box, rw->box);
            place_in_cell(cell, *rw);
            rw->text = NULL; /* the cell's now */
        }
        for (guint k = 1; k < page->regions->len; k++)
            if (((region *)page->regions->pdata[k])->kind == AT_BLOCK_CELL)
                ((region *)page->regions->pdata[k])->table++;
        g_ptr_array_remove_index(page->regions, 0); /* frees it */
        for (guint k = 0; k < cells->len; k++)
            g_ptr_array_insert(page->regions, (gint)k, cells->pdata[k]);
        g_ptr_array_free(cells, TRUE);
    }
    g_free(cols);
}

/* The cell of regions [first, end) in column `col` that holds row `row`: the one starting there, or a cell
 * merged down from above it (`exact` false); NULL if none. */
static region *cell_holding(const GPtrArray *regions, guint first, guint end, int row, int col, bool exact)
{
    region *found = NULL;
    for (guint k = first; k < end; k++) {
        region *cell = regions->pdata[k];
        if (cell->col == col && (exact ? cell->row == row : cell->row <= row) && (!found || cell->row > found->row))
            found = cell;
    }
    return found;
}

/* The first character of `cell`'s text, or 0 when it has none. */
static gunichar cell_first_char(const region *cell)
{
    for (guint l = 0; cell && l < cell->lines->len; l++) {
        const region_line *line = cell->lines->pdata[l];
        for (guint w = 0; w < line->words->len; w++) {
            const char *text = g_array_index(line->words, region_word, w).text;
            if (text && *text)
                return g_utf8_get_char(text);
        }
    }
    return 0;
}

/* Is row 0 of the table in regions [b0, b1) of `below` the rest of row `last` of the one in [a0, a1) of
 * `above`, the row broken over the page break: each of its cells with text under a cell with text and
 * going on as a line does (a small letter or a digit first), one of them a small letter first (a new row may
 * open with a number: "140 nya hyresrätter …"), and a column with text above left empty (a row of its own
 * fills its columns, its first cell a capital)? */
static bool row_goes_on(const GPtrArray *above, guint a0, guint a1, int last, const GPtrArray *below, guint b0, guint b1)
{
    int n_cols = 0, texts = 0, short_of = 0, lower = 0;
    for (guint k = a0; k < a1; k++)
        n_cols = MAX(n_cols, ((const region *)above->pdata[k])->col + 1);
    for (int c = 0; c < n_cols; c++) {
        gunichar up = cell_first_char(cell_holding(above, a0, a1, last, c, false));
        gunichar down = cell_first_char(cell_holding(below, b0, b1, 0, c, true));
        if (down && (!up || !(g_unichar_islower(down) || g_unichar_isdigit(down))))
            return false;
        texts += down != 0;
        lower += g_unichar_islower(down);
        short_of += up && !down;
    }
    return texts > 0 && lower > 0 && short_of > 0;
}

/* The lines of `from` moved to the end of `to`, set under its last line (they were on the next page). */
static void move_lines_under(region *to, region *from)
{
    int below = to->box.y + to->box.h;
    for (guint l = 0; l < to->lines->len; l++) {
        const at_box *b = &((const region_line *)to->lines->pdata[l])->box;
        below = MAX(below, b->y + b->h);
    }
    int shift = from->lines->len ? below - ((region_line *)from->lines->pdata[0])->box.y : 0;
    for (guint l = 0; l < from->lines->len; l++) {
        region_line *line = from->lines->pdata[l];
        line->box.y += shift;
        for (guint w = 0; w < line->words->len; w++)
            g_array_index(line->words, region_word, w).box.y += shift;
        to->box = box_union(to->box, line->box);
        g_ptr_array_add(to->lines, line);
    }
    g_ptr_array_set_size(from->lines, 0); /* the lines are `to`'s now */
}

/* A row broken over a page break (row_goes_on) made one: the lines of its part on `page`, the first row
 * of the table in regions [b0, *b1), go on the cells above them in the table in [a0, a1) of `above`. */
static void join_broken_row(at_page_layout *above, guint a0, guint a1, at_page_layout *page, guint b0, guint *b1)
{
    int last = 0;
    for (guint k = a0; k < a1; k++)
        last = MAX(last, ((region *)above->regions->pdata[k])->row);
    if (!row_goes_on(above->regions, a0, a1, last, page->regions, b0, *b1))
        return;
    for (guint k = *b1; k-- > b0;) {
        region *cell = page->regions->pdata[k];
        if (cell->row != 0) {
            cell->row--;
            continue;
        }
        region *up = cell_holding(above->regions, a0, a1, last, cell->col, false);
        if (up)
            move_lines_under(up, cell);
        g_ptr_array_remove_index(page->regions, k); /* frees it */
        (*b1)--;
    }
}

/* A line that opens `page` alone, over a table, its words in one column of the table closing the page above
 * (regions [a0, a1) of `above`) and going on as a line does (a small letter first), under a cell with
 * text in its last row: the rest of that cell, its row broken over the page break with only it running
 * on ("egen hand" of "… till skolan på" / "egen hand"), moved to that cell. */
static void join_broken_cell(at_page_layout *above, guint a0, guint a1, at_page_layout *page)
{
    region *first = page->regions->len > 1 ? page->regions->pdata[0] : NULL;
    if (!first || first->kind != AT_BLOCK_TEXT || first->lines->len != 1 ||
        ((region *)page->regions->pdata[1])->kind != AT_BLOCK_CELL || !g_unichar_islower(cell_first_char(first)))
        return;
    const region_line *line = first->lines->pdata[0];
    int col = -1, last = 0;
    for (guint w = 0; w < line->words->len; w++) {
        int c = column_holding(above->regions, a0, a1, g_array_index(line->words, region_word, w).box);
        if (c < 0 || (col >= 0 && c != col))
            return;
        col = c;
    }
    for (guint k = a0; k < a1; k++)
        last = MAX(last, ((region *)above->regions->pdata[k])->row);
    region *up = cell_holding(above->regions, a0, a1, last, col, false);
    if (!up || !cell_first_char(up))
        return;
    move_lines_under(up, first);
    g_ptr_array_remove_index(page->regions, 0); /* frees it */
}

/* A table that runs on over a page break: a caption saying so and a repeat of its header row are dropped; a table without
 * rules may have no text in some column on the new page, so fewer columns: its cells take the
 * numbers of the columns above them. */
void at_pages_align_runs(at_page_layout *const *pages, size_t n)
{
    char *head = NULL; /* the header row of the table running over the pages, where it began */
    for (size_t i = 1; i < n; i++) {
        guint a0, a1, b0, b1;
        GPtrArray *r = pages[i]->regions;
        if (r->len > 1 && continuation_caption(r->pdata[0]) && ((region *)r->pdata[1])->kind == AT_BLOCK_CELL &&
            edge_table(pages[i - 1], true, &a0, &a1))
            g_ptr_array_remove_index(r, 0); /* frees it */
        if (edge_table(pages[i - 1], true, &a0, &a1))
            join_broken_cell(pages[i - 1], a0, a1, pages[i]);
        if (edge_table(pages[i - 1], true, &a0, &a1))
            lone_row(pages[i - 1], a0, a1, pages[i]);
        if (!edge_table(pages[i - 1], true, &a0, &a1) || !edge_table(pages[i], false, &b0, &b1)) {
            g_clear_pointer(&head, g_free);
            continue;
        }
        if (!head || a0 != 0) { /* a table that began on the page above, not one running through it */
            g_free(head);
            head = first_row_text(pages[i - 1]->regions, a0, a1);
        }
        drop_repeated_header(head, pages[i], b0, &b1);
        join_broken_row(pages[i - 1], a0, a1, pages[i], b0, &b1);
        int cols_above = 0, cols = 0;
        for (guint k = a0; k < a1; k++)
            cols_above = MAX(cols_above, ((region *)pages[i - 1]->regions->pdata[k])->col + 1);
        for (guint k = b0; k < b1; k++)
            cols = MAX(cols, ((region *)pages[i]->regions->pdata[k])->col + 1);
        if (cols >= cols_above)
            continue;
        for (guint k = b0; k < b1; k++) {
            region *cell = pages[i]->regions->pdata[k];
            int mid = cell->box.x + cell->box.w / 2;
            for (guint m = a0; m < a1; m++) {
                const region *above = pages[i - 1]->regions->pdata[m];
                if (mid >= above->box.x && mid < above->box.x + above->box.w) {
                    cell->col = above->col;
                    break;
                }
            }
        }
    }
    g_free(head);
}

/* Join "befolknings-" / "tillväxt" within a block as the normalizer does (and "Knivsta–" / "Alsike"
 * with its dash): the first word becomes the whole, the second is emptied, each a recorded change. */
void at_doc_join_hyphenated(at_doc *doc, const char *rule)
{
    at_line_view this, next;
    for (size_t l = 0; l + 1 < at_doc_n_lines(doc); l++) {
        at_doc_line(doc, l, &this);
        at_doc_line(doc, l + 1, &next);
        if (this.n_words == 0 || next.n_words == 0 || this.block != next.block)
            continue;
        size_t ai = this.first_word + this.n_words - 1, bi = next.first_word, alen, blen;
        const char *a = at_doc_word_text(doc, ai, &alen), *b = at_doc_word_text(doc, bi, &blen);
        if (!broken_word(a, alen, b, blen))
            continue;
        size_t stem = broken_at_dash(a, alen, b, blen) || broken_at_slash(a, alen, b, blen) ? alen : hyphenated_stem(a, alen);
        char *joined = g_strdup_printf("%.*s%.*s", (int)stem, a, (int)blen, b);
        at_doc_set_text(doc, ai, joined, strlen(joined), rule, 1);
        at_doc_set_text(doc, bi, "", 0, rule, 1);
        if (next.n_words > 1) /* the next word takes the emptied one's place at the line start */
            at_doc_set_gap(doc, bi + 1, "", rule);
        g_free(joined);
    }
}

at_doc *at_page_layout_doc(at_page_layout *p)
{
    if (!p->ocred) {
        at_doc *doc = at_regions_doc(&p->info, p->regions);
        at_doc_join_hyphenated(doc, "pdf.dehyphen");
        return doc;
    }
    at_doc *doc = g_steal_pointer(&p->ocred);
    at_regions_add(doc, p->regions);
    at_doc_join_hyphenated(doc, "ocr.dehyphen"); /* as a text layer's lines are (a table cell's too) */
    at_doc_mark_bullets(doc);
    return doc;
}
