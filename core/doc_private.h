/* The document model's internals: only core/ sees them; the stages use arkivtext/doc.h.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_DOC_PRIVATE_H
#define ARKIVTEXT_DOC_PRIVATE_H

#include "arkivtext/doc.h"
#include "core/private.h"

/* A word is kept small: a megabyte of text holds some 150 000 of them, and every page of new
 * memory costs a page fault. What few words have lives beside them: a box and confidence
 * (words from images: doc->places), a flag or a changed gap (doc->more). */
typedef struct at_word {
    const char *raw;       /* into doc->source (offset raw - source) or doc->strings */
    const char *text;      /* current reading; NULL = raw */
    const char *rule;      /* interned in doc->strings */
    double score;
    uint32_t raw_len;
    uint32_t text_len;
    uint32_t line;
    uint32_t more;         /* index + 1 of its at_word_more, 0 = none */
} at_word;

/* Where a word from an image stands, and how sure the OCR was of it. */
typedef struct at_word_place {
    at_box box;
    float confidence;
} at_word_place;

/* What a stage rarely adds to a word. */
typedef struct at_word_more {
    const char *suggestion; /* a reading a stage was not sure enough of to make (flagged); NULL = none */
    uint32_t suggestion_len;
    double suggestion_score;
    const char *gap;       /* replacement for the white space before this word; NULL = as in the source */
    const char *gap_rule;
} at_word_more;

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

/* Pages are kept as their views; steps and engine point into doc->strings. */
typedef at_page_view at_page;

struct at_doc {
    char *name;
    char *source;          /* the source text as read, or NULL for documents from images */
    size_t source_len;
    GArray *words;         /* at_word */
    GArray *places;        /* at_word_place by word index once a word has a box or confidence; else NULL */
    GArray *more;          /* at_word_more, see at_word.more */
    GArray *lines;         /* at_line */
    GArray *blocks;        /* at_block */
    GArray *pages;         /* at_page */
    GStringChunk *strings; /* readings and ids the stages add; freed with the doc */
    const char *last_rule; /* the rule at_doc_set_text() interned last, in strings */
    GPtrArray *warnings;   /* char*, NULL-terminated on request */
    GArray *images;        /* at_doc_image by page index, as far as any page has one; else NULL */
};

/** A page's encoded image (see at_doc_page_image). */
typedef struct at_doc_image {
    GBytes *data;          /* NULL: the page has none */
    at_image_encoding encoding;
    int components;
    int width, height, dpi; /* the image's own: a page read upsampled keeps its image at the scan's */
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

#endif
