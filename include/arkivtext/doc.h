/* arkivtext — the document model every stage reads and enriches.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pages -> blocks (text blocks or table cells) -> lines -> words. Each word
 * keeps its raw reading (what the source or the OCR engine said) and its
 * current reading (after normalization), its box and confidence when it came
 * from an image, and its byte span when it came from text. Readers (text,
 * tab-separated tables, OCR) build documents; stages enrich them; writers
 * only read them.
 */
#ifndef ARKIVTEXT_DOC_H
#define ARKIVTEXT_DOC_H

#include "arkivtext/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct at_doc at_doc;

typedef enum {
    AT_BLOCK_TEXT = 0,  /**< a paragraph or other run of lines */
    AT_BLOCK_CELL,      /**< one cell of a table; see at_block_view.row/col */
} at_block_kind;

/** A box on the page in pixels; all -1 when the word did not come from an image. */
typedef struct at_box {
    int x, y, w, h;
} at_box;

/** A read-only view of one word. Pointers stay valid until the document changes or is freed. */
typedef struct at_word_view {
    const char *raw;      /**< the raw reading, not NUL-terminated */
    size_t raw_len;
    const char *text;     /**< the current reading (== raw unless a stage changed it) */
    size_t text_len;
    uint32_t line;        /**< index of its line */
    long long offset;     /**< byte offset of the raw reading in the source text, or -1 */
    at_box box;
    float confidence;     /**< 0..1, or -1 when unknown */
    const char *rule;     /**< id of the rule that changed it, or NULL */
    double score;         /**< the changing rule's score */
    bool deleted;         /**< merged into another word (e.g. the second half of a hyphenated word) */
    bool changed;         /**< a stage set the current reading (at_doc_set_text) */
    bool gap_changed;     /**< a stage replaced the white space before it (at_doc_set_gap) */
    const char *suggestion; /**< a reading a stage was not sure enough of to make (at_doc_flag_word), or NULL */
    size_t suggestion_len;
    double suggestion_score; /**< its score, below the stage's threshold */
} at_word_view;

typedef struct at_line_view {
    uint32_t block;
    uint32_t first_word;
    uint32_t n_words;
    at_box box;           /**< all -1 when not from an image */
} at_line_view;

typedef struct at_block_view {
    at_block_kind kind;
    uint32_t page;
    uint32_t first_line;
    uint32_t n_lines;
    int row, col;        /**< table position for cells, -1 otherwise */
    int table;           /**< index of the table on its page for cells, -1 otherwise */
    at_box box;          /**< all -1 when not from an image */
} at_block_view;

/** What is known of a page: its size and how it was read. */
typedef struct at_page_view {
    int width, height;    /**< pixels of the image OCR read, 0 for text */
    int dpi;              /**< resolution OCR read at, 0 for text */
    int source_page;      /**< 1-based page number in the source file */
    double skew;          /**< measured skew in degrees before deskewing (0 if not measured) */
    int rotation;         /**< degrees the page was turned to stand upright: 0, 90, 180, 270 */
    const char *steps;    /**< preprocessing applied, comma-separated ("gray,deskew,sauvola"), or "" */
    const char *engine;   /**< what read the text ("tesseract 5.3.0 swe", "pdf text layer", "text") */
    float confidence;     /**< mean word confidence 0..1, or -1 */
} at_page_view;

/** How a page image is encoded: as a PDF filter would take it. */
typedef enum {
    AT_IMAGE_NONE = 0,  /**< no image (text input, a PDF page with its own text, ALTO) */
    AT_IMAGE_G4,        /**< bitonal, CCITT Group 4 (K -1), 1 = black (min-is-white), no byte alignment */
    AT_IMAGE_JPEG,      /**< a JPEG (JFIF) file, gray or YCbCr */
    AT_IMAGE_FLATE,     /**< 8-bit samples (gray, or RGB interleaved), rows top down, each led by its PNG filter
                             type byte (a PNG's IDAT data; PDF /Predictor 15), zlib-compressed */
} at_image_encoding;

/**
 * The image of a page as OCR read it: upright and deskewed, covering the
 * area the word boxes refer to. It keeps the scan's resolution, so its
 * pixels need not be the page's: a page upsampled for OCR has a smaller
 * image than the page's width and height (both span the same paper).
 */
typedef struct at_page_image {
    at_image_encoding encoding;
    int width, height;    /**< pixels */
    int dpi;
    int components;       /**< 1 (gray or bitonal) or 3 (RGB) */
    const unsigned char *data; /**< the encoded bytes, owned by the document */
    size_t len;
} at_page_image;

/** Options for reading text. */
typedef struct at_text_options {
    int version;          /**< AT_TEXT_OPTIONS_VERSION */
    bool lenient;         /**< replace invalid UTF-8 with U+FFFD (recorded as changes) instead of failing */
    bool tables;          /**< tab-separated: every TAB-separated field becomes a table cell */
} at_text_options;

#define AT_TEXT_OPTIONS_VERSION 1
#define AT_TEXT_OPTIONS_INIT { AT_TEXT_OPTIONS_VERSION, false, false }

/**
 * Read UTF-8 text into a new document (one page; blocks are paragraphs
 * separated by blank lines, or table cells with `tables`). The text is copied.
 * Fails with AT_EFORMAT on binary data ("not a text file") and, unless
 * lenient, on invalid UTF-8 (err->offset is the bad byte's offset).
 * `name` names the source in errors. Caller frees `*out` with at_doc_free().
 */
AT_EXPORT int at_doc_from_text(at_doc **out, const char *name, const char *text, size_t len,
                               const at_text_options *opts, at_error *err);

/**
 * Does the text look like a tab-separated table (most non-blank lines hold
 * two or more TABs)? Exports named .txt often are.
 */
AT_EXPORT bool at_text_is_tabular(const char *text, size_t len);

/**
 * The separator (';' or ',') when a file named `name` (NULL: no name) holding `text` is read as a CSV
 * table, else '\0': not tab-separated, every line holds the same number of separators outside quotes
 * over at least two lines, and it is named .csv, or its separator is ';' and it is not named .txt.
 */
AT_EXPORT char at_csv_separator(const char *name, const char *text, size_t len);

/**
 * The CSV row (RFC 4180: quoted fields, "" for a quote, line breaks inside quotes) at `*pos`, its fields
 * separated by `sep`; advances `*pos`. A NULL-terminated array (free with g_strfreev()), or NULL at `end`.
 */
AT_EXPORT char **at_csv_row(const char **pos, const char *end, char sep);

/**
 * CSV as TAB-separated rows, one a line (a TAB or line break inside a cell becomes a space), to be read
 * with `tables`. Free with g_free().
 */
AT_EXPORT char *at_csv_to_tsv(const char *text, size_t len, char sep, size_t *out_len);

/** Free a document. NULL is a no-op. */
AT_EXPORT void at_doc_free(at_doc *doc);

/** The source's name as given when the document was made. */
AT_EXPORT const char *at_doc_name(const at_doc *doc);

AT_EXPORT size_t at_doc_n_pages(const at_doc *doc);
AT_EXPORT size_t at_doc_n_blocks(const at_doc *doc);
AT_EXPORT size_t at_doc_n_lines(const at_doc *doc);
AT_EXPORT size_t at_doc_n_words(const at_doc *doc);
/** How many words a stage changed and did not delete (at_word_view: changed and not deleted). */
AT_EXPORT size_t at_doc_n_changed(const at_doc *doc);

/** Views of the parts; index must be in range. */
AT_EXPORT void at_doc_word(const at_doc *doc, size_t index, at_word_view *out);
AT_EXPORT void at_doc_line(const at_doc *doc, size_t index, at_line_view *out);
AT_EXPORT void at_doc_block(const at_doc *doc, size_t index, at_block_view *out);
AT_EXPORT void at_doc_page(const at_doc *doc, size_t index, at_page_view *out);

/**
 * The image kept for page `index` (see at_ocr_options.page_images). Returns
 * false, and fills `out` with AT_IMAGE_NONE, when the page has none.
 */
AT_EXPORT bool at_doc_page_image(const at_doc *doc, size_t index, at_page_image *out);

/** Warnings recorded while reading or enriching (e.g. replaced invalid UTF-8); NULL-terminated, owned by the doc. */
AT_EXPORT const char *const *at_doc_warnings(const at_doc *doc);

/** Record a warning, "NAME: message", about the document (a stage could not do all it should); see at_doc_warnings(). */
AT_EXPORT void at_doc_add_warning(at_doc *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/** The current reading of word `index` (index in range), `*len` bytes, not NUL-terminated. */
AT_EXPORT const char *at_doc_word_text(const at_doc *doc, size_t index, size_t *len);

/**
 * The source text the document was read from and its length, or NULL (and
 * `*len` 0) for documents built from images or ALTO.
 */
AT_EXPORT const char *at_doc_source(const at_doc *doc, size_t *len);

/* ---- building documents (readers: OCR, PDF text layers) ----
 * Parts are added in reading order: a page, then its blocks, each block's
 * lines, each line's words. Strings are copied into the document. */

/** A new, empty document named `name` (NULL: "-"). Caller frees with at_doc_free(). */
AT_EXPORT at_doc *at_doc_new(const char *name);
/** Add a page (its `steps` and `engine` copied; NULL for ""). Returns its index. */
AT_EXPORT size_t at_doc_add_page(at_doc *doc, const at_page_view *page);
/**
 * Give page `page` its image: `image->encoding`, `components`, its width,
 * height and dpi, and the `len` bytes at `data` (copied). When width,
 * height or dpi is 0 the image has the page's.
 */
AT_EXPORT void at_doc_set_page_image(at_doc *doc, size_t page, const at_page_image *image);
/** Add a block to the last page; `table`, `row`, `col` are -1 for text blocks. Returns its index. */
AT_EXPORT size_t at_doc_add_block(at_doc *doc, at_block_kind kind, int table, int row, int col, at_box box);
/** Add a line to the last block (there must be one). Returns its index. */
AT_EXPORT size_t at_doc_add_line(at_doc *doc, at_box box);
/** Add a word of `len` bytes to the last line (there must be one); confidence 0..1 or -1. Returns its index. */
AT_EXPORT size_t at_doc_add_word(at_doc *doc, const char *text, size_t len, at_box box, float confidence);
/**
 * Append the pages of `part`, a document without source text (one read page
 * by page), to `doc`; its warnings become `doc`'s, prefixed with `doc`'s name.
 */
AT_EXPORT void at_doc_append(at_doc *doc, const at_doc *part);

/* ---- enriching documents (normalizer) ---- */

/**
 * Set word `index`'s current reading to `len` bytes of `text` (empty: the
 * word was merged into another), changed by `rule` with `score`. Text and
 * rule id are copied; the raw reading stays.
 */
AT_EXPORT void at_doc_set_text(at_doc *doc, size_t index, const char *text, size_t len, const char *rule, double score);

/** Replace the white space before word `index` with `gap` (copied), by `rule` (copied). */
AT_EXPORT void at_doc_set_gap(at_doc *doc, size_t index, const char *gap, const char *rule);

/** Leave word `index` as it is but flag it for review with `suggestion` (copied) and its `score`. */
AT_EXPORT void at_doc_flag_word(at_doc *doc, size_t index, const char *suggestion, size_t len, double score);

/**
 * The source's white space before word `index`, `*len` bytes: as in the
 * source text, or for documents from images " " within a line, "\n"
 * between lines and "\n\n" between blocks ("" before the first word).
 */
AT_EXPORT const char *at_doc_source_gap(const at_doc *doc, size_t index, size_t *len);

/** One change between the raw and the current reading, in source byte offsets. */
typedef struct at_change {
    long long in_offset;   /**< where `before` starts in the source */
    long long out_offset;  /**< where `after` starts in the written text */
    const char *before;    /**< raw bytes (may be invalid UTF-8 for replaced bytes) */
    size_t before_len;
    const char *after;
    size_t after_len;
    const char *rule;      /**< AT_RULE_FLAGGED for a flag: nothing changed; before is the source bytes, after the word as written (they differ when a rule changed the word too) */
    double score;
    const char *suggestion; /**< for a flag, the reading that was not made; otherwise NULL */
    size_t suggestion_len;
} at_change;

/** The rule id of a flagged word: left as it was, with a suggestion for a reviewer. */
#define AT_RULE_FLAGGED "flagged"

typedef int (*at_change_fn)(const at_change *change, void *data);

/**
 * Write the current reading as plain text to `out`, calling `on_change` (if
 * not NULL) for every difference from the source, in order. Applying the
 * changes' `before` at `out_offset` in reverse order restores the source.
 */
AT_EXPORT int at_doc_write_text(const at_doc *doc, FILE *out, at_change_fn on_change, void *data,
                                at_error *err);

/** Number of tables (runs of cells with the same page and table index), in document order. */
AT_EXPORT size_t at_doc_n_tables(const at_doc *doc);

/**
 * Write table `index` as tab-separated rows, one line per row; a cell's
 * text is its words' current readings joined by spaces (tabs and line
 * breaks inside become spaces).
 */
AT_EXPORT int at_doc_write_table(const at_doc *doc, size_t index, FILE *out, at_error *err);

#ifdef __cplusplus
}
#endif
#endif
