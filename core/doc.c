/* The document model: construction from text, access, and the text writer.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/doc_private.h"

#include <stdarg.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define NO_BOX ((at_box){ -1, -1, -1, -1 })

void at_huge_pages(void *data, size_t size)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = 2u << 20;
    uintptr_t from = ((uintptr_t)data + huge - 1) & ~(huge - 1), to = ((uintptr_t)data + size) & ~(huge - 1);
    if (to > from)
        (void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#else
    (void)data;
    (void)size;
#endif
}

void at_populate(void *data, size_t size)
{
    long page_size = sysconf(_SC_PAGESIZE);
    uintptr_t page = page_size > 0 ? (uintptr_t)page_size : 4096, from = ((uintptr_t)data + page - 1) & ~(page - 1),
              to = ((uintptr_t)data + size) & ~(page - 1);
    if (to <= from + 16 * page)
        return;
    at_huge_pages(data, size);
#ifdef MADV_POPULATE_WRITE
    (void)madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#endif
}

/* A document with room for `words` words and `lines` lines: an array grown by doubling is moved,
 * and each page of it costs a fault again where it is first read after the move. */
static at_doc *doc_new_sized(const char *name, size_t words, size_t lines)
{
    at_doc *doc = g_new0(at_doc, 1);
    doc->name = g_strdup(name ? name : "-");
    doc->pages = g_array_new(FALSE, TRUE, sizeof(at_page));
    guint word_room = (guint)MIN(words, G_MAXUINT);
    doc->words = g_array_sized_new(FALSE, FALSE, sizeof(at_word), word_room); /* not cleared: written whole */
    doc->lines = g_array_sized_new(FALSE, TRUE, sizeof(at_line), (guint)MIN(lines, G_MAXUINT));
    at_populate(doc->words->data, (size_t)word_room * sizeof(at_word));
    doc->blocks = g_array_new(FALSE, TRUE, sizeof(at_block));
    doc->strings = g_string_chunk_new(4096);
    doc->warnings = g_ptr_array_new_with_free_func(g_free);
    return doc;
}

at_doc *at_doc_new(const char *name)
{
    return doc_new_sized(name, 0, 0);
}

void at_doc_free(at_doc *doc)
{
    if (!doc)
        return;
    g_free(doc->name);
    g_free(doc->source);
    g_array_free(doc->words, TRUE);
    if (doc->places)
        g_array_free(doc->places, TRUE);
    if (doc->more)
        g_array_free(doc->more, TRUE);
    g_array_free(doc->lines, TRUE);
    g_array_free(doc->blocks, TRUE);
    g_array_free(doc->pages, TRUE);
    g_string_chunk_free(doc->strings);
    g_ptr_array_free(doc->warnings, TRUE);
    for (guint i = 0; doc->images && i < doc->images->len; i++)
        if (g_array_index(doc->images, at_doc_image, i).data)
            g_bytes_unref(g_array_index(doc->images, at_doc_image, i).data);
    if (doc->images)
        g_array_free(doc->images, TRUE);
    g_free(doc);
}

/* Width in bytes of the white space at `p` (0 if none). Works on invalid UTF-8. */
static size_t space_width(const unsigned char *p, const unsigned char *end, bool tab_is_space)
{
    if (*p > ' ' && *p < 0xC2) /* most bytes: printable ASCII, or inside a multi-byte letter */
        return 0;
    if (*p == ' ' || *p == '\r' || *p == '\f' || *p == '\v' || (*p == '\t' && tab_is_space))
        return 1;
    if (p + 1 < end && p[0] == 0xC2 && p[1] == 0xA0) /* no-break space, common in amounts */
        return 2;
    if (p + 2 < end && p[0] == 0xE2 && p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF))
        return 3; /* U+2000..U+200A, U+202F */
    if (p + 2 < end && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3; /* ideographic space */
    return 0;
}

/* Where a word from text stands: nowhere on an image. */
static const at_word_place NO_PLACE = { { -1, -1, -1, -1 }, -1 };

static at_word_place word_place(const at_doc *doc, size_t index)
{
    return doc->places ? g_array_index(doc->places, at_word_place, index) : NO_PLACE;
}

/* A flag or changed gap, or all NULL. */
static const at_word_more *word_more(const at_doc *doc, const at_word *w)
{
    static const at_word_more none = { NULL, 0, 0, NULL, NULL };
    return w->more ? &g_array_index(doc->more, at_word_more, w->more - 1) : &none;
}

/* The word's at_word_more, made on first use. */
static at_word_more *edit_more(at_doc *doc, size_t index)
{
    at_word *w = &at_doc_words(doc)[index];
    if (!w->more) {
        if (!doc->more)
            doc->more = g_array_new(FALSE, TRUE, sizeof(at_word_more));
        g_array_set_size(doc->more, doc->more->len + 1);
        w->more = doc->more->len;
    }
    return &g_array_index(doc->more, at_word_more, w->more - 1);
}

/* Byte offset of a word's raw reading in the source text, or -1 when it has its own copy. */
static long long word_offset(const at_doc *doc, const at_word *w)
{
    uintptr_t raw = (uintptr_t)w->raw, source = (uintptr_t)doc->source;
    return doc->source && raw >= source && raw < source + doc->source_len ? (long long)(raw - source) : -1;
}

/* Append `w` to its line; words with a box or confidence start doc->places. */
static void push_word(at_doc *doc, const at_word *w, const at_word_place *place)
{
    bool placed = place->box.x != -1 || place->box.y != -1 || place->box.w != -1 || place->box.h != -1 ||
                  place->confidence != -1;
    if (placed && !doc->places) {
        doc->places = g_array_sized_new(FALSE, FALSE, sizeof(at_word_place), doc->words->len + 1);
        for (guint i = 0; i < doc->words->len; i++)
            g_array_append_val(doc->places, NO_PLACE);
    }
    if (doc->places)
        g_array_append_val(doc->places, *place);
    g_array_append_val(doc->words, *w);
    g_array_index(doc->lines, at_line, doc->lines->len - 1).n_words++;
}

size_t at_doc_add_page(at_doc *doc, const at_page_view *page)
{
    at_page p = *page;
    p.steps = g_string_chunk_insert_const(doc->strings, page->steps ? page->steps : "");
    p.engine = g_string_chunk_insert_const(doc->strings, page->engine ? page->engine : "");
    g_array_append_val(doc->pages, p);
    return doc->pages->len - 1;
}

size_t at_doc_add_block(at_doc *doc, at_block_kind kind, int table, int row, int col, at_box box)
{
    at_block b = { kind, doc->pages->len ? doc->pages->len - 1 : 0, doc->lines->len, 0, row, col, table, box };
    g_array_append_val(doc->blocks, b);
    return doc->blocks->len - 1;
}

size_t at_doc_add_line(at_doc *doc, at_box box)
{
    at_line l = { doc->blocks->len - 1, doc->words->len, 0, box };
    g_array_append_val(doc->lines, l);
    g_array_index(doc->blocks, at_block, doc->blocks->len - 1).n_lines++;
    return doc->lines->len - 1;
}

size_t at_doc_add_word(at_doc *doc, const char *text, size_t len, at_box box, float confidence)
{
    at_word w = { 0 };
    w.raw = g_string_chunk_insert_len(doc->strings, text, (gssize)len);
    w.raw_len = (uint32_t)len;
    w.line = doc->lines->len - 1;
    at_word_place place = { box, confidence };
    push_word(doc, &w, &place);
    return doc->words->len - 1;
}

/* Page `page`'s image is `data` (referenced: a document appended shares its pages' images). */
static void put_image(at_doc *doc, size_t page, GBytes *data, const at_doc_image *format)
{
    if (!doc->images)
        doc->images = g_array_new(FALSE, TRUE, sizeof(at_doc_image));
    if (doc->images->len <= page)
        g_array_set_size(doc->images, (guint)page + 1);
    at_doc_image *img = &g_array_index(doc->images, at_doc_image, page);
    if (img->data)
        g_bytes_unref(img->data);
    *img = *format;
    img->data = g_bytes_ref(data);
}

void at_doc_set_page_image(at_doc *doc, size_t page, const at_page_image *image)
{
    const at_page *p = &g_array_index(doc->pages, at_page, page);
    bool own_size = image->width > 0 && image->height > 0 && image->dpi > 0;
    at_doc_image format = { NULL, image->encoding, image->components, own_size ? image->width : p->width,
                            own_size ? image->height : p->height, own_size ? image->dpi : p->dpi };
    GBytes *data = g_bytes_new(image->data, image->len);
    put_image(doc, page, data, &format);
    g_bytes_unref(data);
}

static const at_doc_image *page_image(const at_doc *doc, size_t page)
{
    if (!doc->images || page >= doc->images->len)
        return NULL;
    const at_doc_image *img = &g_array_index(doc->images, at_doc_image, page);
    return img->data ? img : NULL;
}

void at_doc_append(at_doc *doc, const at_doc *part)
{
    for (guint i = 0; i < part->warnings->len; i++)
        g_ptr_array_add(doc->warnings, g_strconcat(doc->name, ": ", part->warnings->pdata[i], NULL));
    const at_line *lines = (const at_line *)(const void *)part->lines->data;
    const at_block *blocks = (const at_block *)(const void *)part->blocks->data;
    const at_word *words = (const at_word *)(const void *)part->words->data;
    uint32_t block = 0, line = 0;
    for (uint32_t p = 0; p < part->pages->len; p++) {
        size_t page = at_doc_add_page(doc, &g_array_index(part->pages, at_page, p));
        const at_doc_image *img = page_image(part, p);
        if (img)
            put_image(doc, page, img->data, img);
        for (; block < part->blocks->len && blocks[block].page == p; block++) {
            const at_block *b = &blocks[block];
            at_doc_add_block(doc, b->kind, b->table, b->row, b->col, b->box);
            for (uint32_t l = b->first_line; l < b->first_line + b->n_lines; l++, line++) {
                at_doc_add_line(doc, lines[l].box);
                for (uint32_t w = lines[l].first_word; w < lines[l].first_word + lines[l].n_words; w++) {
                    size_t len;
                    const char *text = at_word_text(&words[w], &len);
                    at_word_place place = word_place(part, w);
                    const at_word_more *more = word_more(part, &words[w]);
                    size_t i = at_doc_add_word(doc, words[w].raw, words[w].raw_len, place.box, place.confidence);
                    if (words[w].text)
                        at_doc_set_text(doc, i, text, len, words[w].rule, words[w].score);
                    if (more->gap)
                        at_doc_set_gap(doc, i, more->gap, more->gap_rule);
                }
            }
        }
    }
}

static void open_block(at_doc *doc, at_block_kind kind, int row, int col)
{
    at_doc_add_block(doc, kind, kind == AT_BLOCK_CELL ? 0 : -1, row, col, NO_BOX);
}

/* A text being read into a document whose word array count_words() sized: words are written in
 * place, not appended one by one. */
typedef struct {
    at_doc *doc;
    size_t n_words; /* read so far */
    bool lenient;
} text_reader;

static void open_line(text_reader *r)
{
    at_doc *doc = r->doc;
    at_line l = { doc->blocks->len - 1, (uint32_t)r->n_words, 0, NO_BOX };
    g_array_append_val(doc->lines, l);
    g_array_index(doc->blocks, at_block, doc->blocks->len - 1).n_lines++;
}

static void add_word(text_reader *r, const char *start, size_t len)
{
    at_doc *doc = r->doc;
    if (r->n_words == doc->words->len) /* more words than counted: a bug in count_words(), not a write past the end */
        g_array_set_size(doc->words, doc->words->len + 1);
    at_doc_words(doc)[r->n_words++] = (at_word){ .raw = start, .raw_len = (uint32_t)len, .line = doc->lines->len - 1 };
    g_array_index(doc->lines, at_line, doc->lines->len - 1).n_words++;
    const char *bad;
    if (r->lenient && !g_utf8_validate_len(start, len, &bad)) {
        char *valid = g_utf8_make_valid(start, (gssize)len);
        at_doc_set_text(doc, r->n_words - 1, valid, strlen(valid), "unicode.invalid", 0);
        g_ptr_array_add(doc->warnings, g_strdup_printf("%s: invalid UTF-8 at byte %lld replaced by U+FFFD",
                                                       doc->name, (long long)(bad - doc->source)));
        g_free(valid);
    }
}

/* Whether the byte at `p` is part of a word (a line feed ends one, as white space does). */
static inline bool in_word(const unsigned char *p, const unsigned char *end)
{
    return (*p > ' ' && *p < 0xC2) || /* most bytes, at a glance */
           (*p != '\n' && !space_width(p, end, true));
}

/* Where bytes of `x` (read little-endian) may end a word: white space and controls (< 0x21) or a
 * byte >= 0xC2 that may open a wide space. A borrow can flag bytes after the first true one, never
 * before it, and the second test has no carry (high bits masked): the lowest flag is exact. */
static inline uint64_t maybe_word_end8(uint64_t x)
{
    uint64_t low = (x - AT_ONES * 0x21) & ~x & AT_HIGHS;
    uint64_t high = ((x & ~AT_HIGHS) + AT_ONES * (0x80 - (0xC2 & 0x7F))) & x & AT_HIGHS;
    return low | high;
}

/* The end of the word that starts at `q`: most bytes are surely inside one (0x21..0xC1), 8 of
 * them tested at a time; in_word() decides the others. */
static inline const unsigned char *word_end(const unsigned char *q, const unsigned char *stop)
{
    do {
        q++;
        for (uint64_t m; stop - q >= 8; q += 8)
            if ((m = maybe_word_end8(GUINT64_FROM_LE(at_load8((const char *)q)))) != 0) {
                q += __builtin_ctzll(m) >> 3;
                break;
            }
        while (q < stop && *q > ' ' && *q < 0xC2)
            q++;
    } while (q < stop && in_word(q, stop));
    return q;
}

/* One source line of plain text: words separated by white space. */
static void read_text_line(text_reader *r, const char *p, const char *end, bool *in_block)
{
    const unsigned char *q = (const unsigned char *)p, *stop = (const unsigned char *)end;
    bool any = false;
    while (q < stop) {
        if (*q == ' ') { /* the space between words, at once */
            q++;
            continue;
        }
        if (!in_word(q, stop)) {
            q += space_width(q, stop, true);
            continue;
        }
        const unsigned char *start = q;
        q = word_end(q, stop);
        if (!any) {
            if (!*in_block)
                open_block(r->doc, AT_BLOCK_TEXT, -1, -1);
            *in_block = true;
            open_line(r);
            any = true;
        }
        add_word(r, (const char *)start, (size_t)(q - start));
    }
    if (!any)
        *in_block = false; /* a blank line ends the paragraph */
}

/* One row of a tab-separated table: each field a cell block of one line. */
static void read_table_row(text_reader *r, const char *p, const char *end, int row)
{
    int col = 0;
    for (;;) {
        const char *field_end = memchr(p, '\t', (size_t)(end - p));
        if (!field_end)
            field_end = end;
        open_block(r->doc, AT_BLOCK_CELL, row, col);
        bool in_block = true;
        read_text_line(r, p, field_end, &in_block);
        if (field_end == end)
            break;
        p = field_end + 1;
        col++;
    }
}

/* The words read_text_line() will find in `text` (tabs count as spaces: table fields are cut at
 * them), and at most how many lines hold them: the sizes of the document's arrays. */
static size_t count_words(const char *text, size_t len, bool tables, size_t *lines)
{
    const unsigned char *p = (const unsigned char *)text, *end = p + len;
    size_t words = 0;
    *lines = 1;
    while (p < end) {
        if (*p == ' ') { /* as in read_text_line() */
            p++;
            continue;
        }
        if (in_word(p, end)) {
            words++;
            p = word_end(p, end);
            continue;
        }
        *lines += *p == '\n' || (tables && *p == '\t');
        p += *p == '\n' ? 1 : space_width(p, end, true);
    }
    return words;
}

int at_doc_from_text(at_doc **out, const char *name, const char *text, size_t len,
                     const at_text_options *opts, at_error *err)
{
    at_text_options defaults = AT_TEXT_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    *out = NULL;
    if (at_looks_binary(text, len))
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, name, "not a text file");
    size_t bad;
    if (!opts->lenient && !at_utf8_validate(text, len, &bad)) {
        at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, name, "invalid UTF-8");
        if (err)
            err->offset = (long long)bad;
        return AT_EFORMAT;
    }
    size_t lines;
    size_t words = count_words(text, len, opts->tables, &lines);
    at_doc *doc = doc_new_sized(name, words, lines);
    g_array_set_size(doc->words, (guint)MIN(words, G_MAXUINT));
    doc->source = g_malloc(len + 1);
    at_populate(doc->source, len + 1);
    memcpy(doc->source, text, len);
    doc->source[len] = '\0';
    doc->source_len = len;
    at_page page = { 0, 0, 0, 1, 0, 0, "", "text", -1 };
    at_doc_add_page(doc, &page);
    const char *p = doc->source, *end = doc->source + len;
    /* A UTF-8 byte-order mark is not text. */
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    text_reader r = { doc, 0, opts->lenient };
    bool in_block = false;
    int row = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *line_end = nl ? nl : end;
        if (opts->tables) {
            bool blank = true;
            for (const char *q = p; q < line_end && blank; q++)
                blank = *q == ' ' || *q == '\r';
            if (!blank)
                read_table_row(&r, p, line_end, row++);
        } else {
            read_text_line(&r, p, line_end, &in_block);
        }
        p = nl ? nl + 1 : end;
    }
    g_array_set_size(doc->words, (guint)r.n_words);
    *out = doc;
    return 0;
}

bool at_text_is_tabular(const char *text, size_t len)
{
    size_t lines = 0, tabular = 0;
    const char *p = text, *end = text + len;
    while (p < end && lines < 1000) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *line_end = nl ? nl : end;
        int tabs = 0;
        bool blank = true;
        for (const char *q = p; q < line_end; q++) {
            tabs += *q == '\t';
            blank = blank && (*q == ' ' || *q == '\t' || *q == '\r');
        }
        if (!blank) {
            lines++;
            tabular += tabs >= 2;
        }
        p = nl ? nl + 1 : end;
    }
    return lines > 0 && tabular * 2 > lines;
}

const char *at_doc_name(const at_doc *doc)
{
    return doc->name;
}

size_t at_doc_n_pages(const at_doc *doc)
{
    return doc->pages->len;
}

size_t at_doc_n_blocks(const at_doc *doc)
{
    return doc->blocks->len;
}

size_t at_doc_n_lines(const at_doc *doc)
{
    return doc->lines->len;
}

size_t at_doc_n_words(const at_doc *doc)
{
    return doc->words->len;
}

size_t at_doc_n_changed(const at_doc *doc)
{
    const at_word *words = (const at_word *)(const void *)doc->words->data;
    size_t n = 0;
    for (size_t i = 0; i < doc->words->len; i++)
        n += words[i].text && words[i].text_len;
    return n;
}

void at_doc_word(const at_doc *doc, size_t index, at_word_view *out)
{
    const at_word *w = &g_array_index(doc->words, at_word, index);
    size_t len;
    out->raw = w->raw;
    out->raw_len = w->raw_len;
    out->text = at_word_text(w, &len);
    out->text_len = len;
    out->line = w->line;
    out->offset = word_offset(doc, w);
    at_word_place place = word_place(doc, index);
    out->box = place.box;
    out->confidence = place.confidence;
    out->rule = w->rule;
    out->score = w->score;
    out->deleted = w->text && w->text_len == 0;
    out->changed = w->text != NULL;
    const at_word_more *more = word_more(doc, w);
    out->gap_changed = more->gap != NULL;
    out->suggestion = more->suggestion;
    out->suggestion_len = more->suggestion_len;
    out->suggestion_score = more->suggestion_score;
}

void at_doc_add_warning(at_doc *doc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_ptr_array_add(doc->warnings, g_strconcat(doc->name, ": ", msg, NULL));
    g_free(msg);
}

const char *at_doc_word_text(const at_doc *doc, size_t index, size_t *len)
{
    return at_word_text(&g_array_index(doc->words, at_word, index), len);
}

const char *at_doc_source(const at_doc *doc, size_t *len)
{
    *len = doc->source ? doc->source_len : 0;
    return doc->source;
}

void at_doc_line(const at_doc *doc, size_t index, at_line_view *out)
{
    const at_line *l = &g_array_index(doc->lines, at_line, index);
    *out = (at_line_view){ l->block, l->first_word, l->n_words, l->box };
}

void at_doc_block(const at_doc *doc, size_t index, at_block_view *out)
{
    const at_block *b = &g_array_index(doc->blocks, at_block, index);
    *out = (at_block_view){ b->kind, b->page, b->first_line, b->n_lines, b->row, b->col, b->table, b->box };
}

void at_doc_page(const at_doc *doc, size_t index, at_page_view *out)
{
    *out = g_array_index(doc->pages, at_page, index);
}

bool at_doc_page_image(const at_doc *doc, size_t index, at_page_image *out)
{
    const at_doc_image *img = page_image(doc, index);
    if (!img) {
        *out = (at_page_image){ AT_IMAGE_NONE, 0, 0, 0, 0, NULL, 0 };
        return false;
    }
    gsize len = 0;
    const unsigned char *data = g_bytes_get_data(img->data, &len);
    *out = (at_page_image){ img->encoding, img->width, img->height, img->dpi, img->components, data, len };
    return true;
}

const char *const *at_doc_warnings(const at_doc *doc)
{
    GPtrArray *w = doc->warnings;
    /* Keep a NULL terminator after the last element without counting it. */
    g_ptr_array_add(w, NULL);
    g_ptr_array_set_size(w, w->len - 1);
    return (const char *const *)w->pdata;
}

/* `rule` interned in doc->strings. A stage changes word after word by the same rule: comparing it
 * with the last one costs a fraction of hashing it again. */
static const char *intern_rule(at_doc *doc, const char *rule)
{
    if (!doc->last_rule || strcmp(doc->last_rule, rule) != 0)
        doc->last_rule = g_string_chunk_insert_const(doc->strings, rule);
    return doc->last_rule;
}

void at_doc_set_text(at_doc *doc, size_t index, const char *text, size_t len, const char *rule,
                     double score)
{
    at_word *w = &at_doc_words(doc)[index];
    w->text = g_string_chunk_insert_len(doc->strings, text, (gssize)len);
    w->text_len = (uint32_t)len;
    w->rule = rule ? intern_rule(doc, rule) : NULL;
    w->score = score;
}

void at_doc_flag_word(at_doc *doc, size_t index, const char *suggestion, size_t len, double score)
{
    at_word_more *more = edit_more(doc, index);
    more->suggestion = g_string_chunk_insert_len(doc->strings, suggestion, (gssize)len);
    more->suggestion_len = (uint32_t)len;
    more->suggestion_score = score;
}

void at_doc_set_gap(at_doc *doc, size_t index, const char *gap, const char *rule)
{
    at_word_more *more = edit_more(doc, index);
    more->gap = g_string_chunk_insert(doc->strings, gap);
    more->gap_rule = rule ? g_string_chunk_insert_const(doc->strings, rule) : NULL;
}

const char *at_doc_source_gap(const at_doc *doc, size_t index, size_t *len)
{
    const at_word *words = (const at_word *)(void *)doc->words->data;
    if (doc->source) {
        const char *start = index ? words[index - 1].raw + words[index - 1].raw_len : doc->source;
        *len = (size_t)(words[index].raw - start);
        return start;
    }
    if (index == 0) {
        *len = 0;
        return "";
    }
    const at_line *lines = (const at_line *)(void *)doc->lines->data;
    if (words[index].line == words[index - 1].line) {
        *len = 1;
        return " ";
    }
    bool new_block = lines[words[index].line].block != lines[words[index - 1].line].block;
    *len = new_block ? 2 : 1;
    return "\n\n";
}

typedef struct {
    FILE *out;
    long long written;
    at_change_fn on_change;
    void *data;
    int rc;
    const char *pending; /* emitted, not yet written: one run of bytes that lie one after another */
    size_t pending_len;
    char *buf; /* runs gathered for one fwrite: a call per run cost more than the copy */
    size_t buf_len;
} writer;

enum { WRITE_BUF = 64 * 1024 };

static void write_bytes(writer *wr, const char *bytes, size_t len)
{
    if (len && !wr->rc && fwrite(bytes, 1, len, wr->out) != len)
        wr->rc = AT_EIO;
}

static void flush_buf(writer *wr)
{
    write_bytes(wr, wr->buf, wr->buf_len);
    wr->buf_len = 0;
}

static void write_pending(writer *wr)
{
    if (wr->buf_len + wr->pending_len > WRITE_BUF)
        flush_buf(wr);
    if (wr->pending_len >= WRITE_BUF) {
        write_bytes(wr, wr->pending, wr->pending_len);
    } else if (wr->pending_len) {
        memcpy(wr->buf + wr->buf_len, wr->pending, wr->pending_len);
        wr->buf_len += wr->pending_len;
    }
    wr->pending_len = 0;
}

static void emit(writer *wr, long long in_offset, const char *before, size_t before_len,
                 const char *after, size_t after_len, const char *rule, double score)
{
    if (wr->rc)
        return;
    if (wr->on_change && rule && (before_len != after_len || memcmp(before, after, after_len) != 0)) {
        at_change c = { in_offset, wr->written, before, before_len, after, after_len, rule, score, NULL, 0 };
        wr->rc = wr->on_change(&c, wr->data);
    }
    /* Unchanged words and gaps follow each other in the source: written a run at a time, not piece by piece. */
    if (after_len && wr->pending_len && after != wr->pending + wr->pending_len)
        write_pending(wr);
    if (after_len && !wr->pending_len)
        wr->pending = after;
    wr->pending_len += after_len;
    wr->written += (long long)after_len;
}

/* The end of the words from `i` on that no stage touched (no reading, gap or flag of their own) in a
 * document read from text; `i` itself if word `i` was touched or the document has no source text. */
static size_t plain_words(const at_doc *doc, size_t i)
{
    const at_word *words = (const at_word *)(const void *)doc->words->data;
    while (doc->source && i < doc->words->len && !words[i].text && !words[i].more)
        i++;
    return i;
}

int at_doc_write_text(const at_doc *doc, FILE *out, at_change_fn on_change, void *data,
                      at_error *err)
{
    writer wr = { out, 0, on_change, data, 0, NULL, 0, g_malloc(WRITE_BUF), 0 };
    const at_word *words = (const at_word *)(void *)doc->words->data;
    for (size_t i = 0; i < doc->words->len && !wr.rc; i++) {
        size_t plain = plain_words(doc, i);
        if (plain > i) {
            /* Their gaps and readings are the source's bytes from the end of the word before: one piece. */
            const char *from = i ? words[i - 1].raw + words[i - 1].raw_len : doc->source;
            size_t run_len = (size_t)(words[plain - 1].raw + words[plain - 1].raw_len - from);
            emit(&wr, (long long)(from - doc->source), from, run_len, from, run_len, NULL, 0);
            i = plain - 1;
            continue;
        }
        const at_word *w = &words[i];
        size_t gap_len, len;
        const char *gap = at_doc_source_gap(doc, i, &gap_len);
        long long gap_offset = doc->source ? (long long)(gap - doc->source) : -1;
        const at_word_more *more = word_more(doc, w);
        if (more->gap)
            emit(&wr, gap_offset, gap, gap_len, more->gap, strlen(more->gap), more->gap_rule, 0);
        else
            emit(&wr, gap_offset, gap, gap_len, gap, gap_len, NULL, 0);
        const char *text = at_word_text(w, &len);
        long long offset = word_offset(doc, w);
        emit(&wr, offset, w->raw, w->raw_len, text, len, w->text ? w->rule : NULL, w->score);
        if (more->suggestion && wr.on_change && !wr.rc) {
            /* A flag changes nothing (undo skips it); like a change, it names the source bytes the word was
             * read from, and the word as written (the two differ when a rule changed the word too). */
            at_change c = { offset, wr.written - (long long)len, w->raw, w->raw_len, text, len, AT_RULE_FLAGGED,
                            more->suggestion_score, more->suggestion, more->suggestion_len };
            wr.rc = wr.on_change(&c, wr.data);
        }
    }
    if (doc->source) {
        const char *tail = doc->words->len ? words[doc->words->len - 1].raw + words[doc->words->len - 1].raw_len
                                           : doc->source;
        size_t tail_len = (size_t)(doc->source + doc->source_len - tail);
        emit(&wr, (long long)(tail - doc->source), tail, tail_len, tail, tail_len, NULL, 0);
    } else if (doc->words->len) {
        emit(&wr, -1, "", 0, "\n", 1, NULL, 0);
    }
    write_pending(&wr);
    flush_buf(&wr);
    g_free(wr.buf);
    if (wr.rc == AT_EIO || (wr.rc == 0 && ferror(out)))
        return at_error_set(err, AT_EIO, AT_STAGE_CORE, doc->name, "write failed");
    return wr.rc;
}

/* The first block of each table: a cell whose page or table index differs from the block before. */
static bool starts_table(const at_doc *doc, size_t b)
{
    const at_block *blocks = (const at_block *)(const void *)doc->blocks->data;
    if (blocks[b].kind != AT_BLOCK_CELL)
        return false;
    return b == 0 || blocks[b - 1].kind != AT_BLOCK_CELL || blocks[b - 1].page != blocks[b].page ||
           blocks[b - 1].table != blocks[b].table;
}

size_t at_doc_n_tables(const at_doc *doc)
{
    size_t n = 0;
    for (size_t b = 0; b < doc->blocks->len; b++)
        n += starts_table(doc, b);
    return n;
}

int at_doc_write_table(const at_doc *doc, size_t index, FILE *out, at_error *err)
{
    const at_block *blocks = (const at_block *)(const void *)doc->blocks->data;
    const at_line *lines = (const at_line *)(const void *)doc->lines->data;
    const at_word *words = (const at_word *)(const void *)doc->words->data;
    size_t first = 0, seen = 0;
    for (; first < doc->blocks->len; first++)
        if (starts_table(doc, first) && seen++ == index)
            break;
    if (first == doc->blocks->len)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, doc->name, "no table %zu", index + 1);
    GString *row = g_string_new(NULL);
    int current_row = blocks[first].row, col = 0;
    for (size_t b = first; b < doc->blocks->len && (b == first || !starts_table(doc, b)) &&
                           blocks[b].kind == AT_BLOCK_CELL;
         b++) {
        if (blocks[b].row != current_row) {
            fprintf(out, "%s\n", row->str);
            g_string_truncate(row, 0);
            current_row = blocks[b].row;
            col = 0;
        }
        for (; col < blocks[b].col; col++) /* cells are filled left to right; a gap is an empty cell */
            g_string_append_c(row, '\t');
        bool first_word = true;
        for (uint32_t l = blocks[b].first_line; l < blocks[b].first_line + blocks[b].n_lines; l++)
            for (uint32_t w = lines[l].first_word; w < lines[l].first_word + lines[l].n_words; w++) {
                size_t len;
                const char *text = at_word_text(&words[w], &len);
                if (len == 0)
                    continue;
                if (!first_word)
                    g_string_append_c(row, ' ');
                for (size_t i = 0; i < len; i++)
                    g_string_append_c(row, text[i] == '\t' || text[i] == '\n' || text[i] == '\r' ? ' ' : text[i]);
                first_word = false;
            }
    }
    fprintf(out, "%s\n", row->str);
    g_string_free(row, TRUE);
    return ferror(out) ? at_error_set(err, AT_EIO, AT_STAGE_CORE, doc->name, "write failed") : 0;
}
