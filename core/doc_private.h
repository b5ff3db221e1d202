/* The document model's internals, shared by the stages that enrich it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_DOC_PRIVATE_H
#define ARKIVTEXT_DOC_PRIVATE_H

#include "arkivtext/doc.h"
#include "core/private.h"

typedef struct at_word {
    const char *raw;       /* into doc->source or doc->strings */
    uint32_t raw_len;
    uint32_t line;
    long long offset;      /* in doc->source, or -1 */
    const char *text;      /* current reading; NULL = raw */
    uint32_t text_len;
    const char *rule;      /* static rule id or one interned in doc->strings */
    double score;
    const char *gap;       /* replacement for the white space before this word; NULL = as in the source */
    const char *gap_rule;
    at_box box;
    float confidence;
} at_word;

typedef struct at_line {
    uint32_t block;
    uint32_t first_word;
    uint32_t n_words;
    at_box box;
} at_line;

typedef struct at_block {
    at_block_kind kind;
    uint32_t page;
    uint32_t first_line;
    uint32_t n_lines;
    int row, col;
    int table;
    at_box box;
} at_block;

typedef struct at_page {
    int width, height, dpi, source_page;
    double skew;
    int rotation;
    const char *steps;   /* in doc->strings */
    const char *engine;  /* in doc->strings */
    float confidence;
} at_page;

struct at_doc {
    char *name;
    char *source;          /* the source text as read, or NULL for documents from images */
    size_t source_len;
    GArray *words;         /* at_word */
    GArray *lines;         /* at_line */
    GArray *blocks;        /* at_block */
    GArray *pages;         /* at_page */
    GStringChunk *strings; /* readings and ids the stages add; freed with the doc */
    GPtrArray *warnings;   /* char*, NULL-terminated on request */
    GArray *images;        /* at_doc_image by page index, as far as any page has one; else NULL */
};

/** A page's encoded image (see at_doc_page_image). */
typedef struct at_doc_image {
    GBytes *data;          /* NULL: the page has none */
    at_image_encoding encoding;
    int components;
} at_doc_image;

static inline at_word *at_doc_words(at_doc *doc)
{
    return (at_word *)(void *)doc->words->data;
}

/** The current reading of a word. */
static inline const char *at_word_text(const at_word *w, size_t *len)
{
    *len = w->text ? w->text_len : w->raw_len;
    return w->text ? w->text : w->raw;
}

/* ---- building documents from images (ingest) ---- */

/** A new, empty document. */
at_doc *at_doc_new(const char *name);
/** Add a page; strings are copied. Returns its index. */
uint32_t at_doc_add_page(at_doc *doc, const at_page *page);
/** Add a block to the last page. Returns its index. */
uint32_t at_doc_add_block(at_doc *doc, at_block_kind kind, int table, int row, int col, at_box box);
/** Add a line to the last block. Returns its index. */
uint32_t at_doc_add_line(at_doc *doc, at_box box);
/** Add a word (text copied) to the last line. Returns its index. */
uint32_t at_doc_add_word(at_doc *doc, const char *text, size_t len, at_box box, float confidence);

/** Give page `page` its image (`data` is referenced, not copied). */
void at_doc_set_page_image(at_doc *doc, uint32_t page, GBytes *data, at_image_encoding encoding, int components);

/** Append the pages of `part` (a document without source text) to `doc`. */
void at_doc_append(at_doc *doc, const at_doc *part);

/** Set a word's current reading (copied into the document). */
void at_doc_set_text(at_doc *doc, size_t index, const char *text, size_t len, const char *rule,
                     double score);

/** Replace the white space before word `index` (copied). */
void at_doc_set_gap(at_doc *doc, size_t index, const char *gap, const char *rule);

/** The source white space before word `index` (empty for image documents' first words). */
const char *at_doc_source_gap(const at_doc *doc, size_t index, size_t *len);

#endif
