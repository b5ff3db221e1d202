/* The review stage's internals.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_REVIEW_PRIVATE_H
#define ARKIVTEXT_REVIEW_PRIVATE_H

#include "arkivtext/review.h"
#include "core/private.h"

#include <glib.h>
#include <stdio.h>

/* The page assets, embedded from review/assets by pdfa/embed.py. */
extern const unsigned char at_review_css[];
extern const size_t at_review_css_len;
extern const unsigned char at_review_js[];
extern const size_t at_review_js_len;

/** One document as the overview lists it. */
typedef struct at_review_row {
    char *objid, *document, *kind, *title;
    size_t pages, words, changed, low, warnings;
    double confidence; /* mean word confidence, -1 when unknown */
} at_review_row;

void at_review_row_clear(at_review_row *row);

/** Options with their defaults filled in. */
typedef struct review_settings {
    int dpi, quality;
    double low_confidence;
    const at_dict *dict; /* or NULL */
} review_settings;

/**
 * Write the review page of the package folder `package` into `out` (OUT/OBJID.html and its images in
 * OUT/OBJID/) and fill `row`; adds to `summary`.
 */
int at_review_document(const char *package, const char *out, const review_settings *s, at_review_row *row,
                       at_review_summary *summary, at_error *err);

/** Write the overview of `rows` (riskiest first) as OUT/index.html. */
int at_review_overview(GPtrArray *rows, const char *out, size_t failed, at_error *err);

/** Append to `rows` (at_review_row*, the caller frees them) the rows of OUT/index.html as written by
 * at_review_overview(), and set `failed` to the packages it could not read. */
int at_review_overview_read(const char *out, GPtrArray *rows, size_t *failed, at_error *err);

/** Append `s` (`len` bytes, -1 for NUL-terminated) escaped for HTML text or a quoted attribute. */
void at_html_escape(GString *out, const char *s, gssize len);

/** Append the head of a page: doctype, title, the embedded style. */
void at_html_head(GString *out, const char *title);

/** Write `html` to `path` atomically. */
int at_html_save(const char *path, const GString *html, at_error *err);

#endif
