/* The PDF/A writer's internals.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_PDFA_PRIVATE_H
#define ARKIVTEXT_PDFA_PRIVATE_H

#include "arkivtext/pdfa.h"
#include "core/private.h"

/* PDF/A-1 inherits PDF 1.4's implementation limits (ISO 19005-1, 6.1.12). */
#define PDFA_MAX_PAGES 8191      /* entries of an array: a flat page tree */
#define PDFA_MAX_CIDS 65535      /* CIDs of a CIDFont */
#define PDFA_MAX_PAGE_PT 14400.0 /* page side, in points */
#define PDFA_MIN_PAGE_PT 3.0

/* Files compiled in from pdfa/data (see pdfa/data/README.md). */
extern const unsigned char at_pdfa_srgb_icc[];
extern const size_t at_pdfa_srgb_icc_len;
extern const unsigned char at_pdfa_glyphless_ttf[];
extern const size_t at_pdfa_glyphless_ttf_len;
/* The glyph-less font's one glyph is 1024 of 2048 units wide: 500 in text space. */
#define PDFA_GLYPH_WIDTH 500
/* Its ascent (FontDescriptor, text space), where text extraction puts a word's top. Below 1000 so
 * that a line's font size relates to the line pitch as in a real text face: poppler keeps lines
 * whose baselines lie within 1.5 font sizes in one block, and reads a table's cells across
 * rows when each line is a block of its own. */
#define PDFA_FONT_ASCENT 667

/* ---- the text layer (pdfa/text.c) ---- */

/** The characters a document shows, each numbered as a CID (1, 2, ... in order of first use). */
typedef struct pdfa_chars pdfa_chars;

pdfa_chars *pdfa_chars_new(void);
void pdfa_chars_free(pdfa_chars *chars);
/** Number of CIDs given out. */
size_t pdfa_chars_count(const pdfa_chars *chars);
/** The ToUnicode CMap of every CID given out. */
GString *pdfa_chars_to_unicode(const pdfa_chars *chars);

/**
 * Append to `content` the invisible text of page `page` of `doc`: every
 * line's words at their boxes in render mode 3, font /F0, `scale` points
 * per pixel, `height` the page height in points. The page's lines start at
 * `*line_cursor`, which is moved past them (pages come in order). Sets
 * `*any` when a word was shown. Fails with AT_ELIMIT past PDFA_MAX_CIDS
 * distinct characters.
 */
int pdfa_page_text(GString *content, const at_doc *doc, size_t page, size_t *line_cursor, double scale,
                   double height, pdfa_chars *chars, bool *any, at_error *err);

/** Append `v` with at most two decimals, in any locale. */
void pdfa_put_number(GString *s, double v);

/* ---- metadata (pdfa/xmp.c) ---- */

typedef struct pdfa_meta {
    const char *title;
    const char *organisation;  /* or NULL */
    const char *date;          /* the document's own date, or NULL */
    const char *created;       /* xs:dateTime, UTC ("...Z") */
    const char *language;
    const char *document_id;   /* "uuid:..." */
    const char *creator_tool;  /* "arkivtext 0.1.0" */
    const char *producer;
} pdfa_meta;

/** The XMP packet (PDF/A-1b identification, Dublin Core, XMP basic, PDF and media management schemas). */
GString *pdfa_xmp(const pdfa_meta *meta);

#endif
