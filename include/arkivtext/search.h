/* arkivtext — finding documents again: a full-text index over the packages, with field filters.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index holds every page of every package (its text, line by line, as
 * the record counts lines) and the record's fields (kind, parties,
 * diarienummer, years, organisations). Words are found regardless of
 * diacritics (`Sodertorn` finds `Södertörn` and the other way round), by
 * their Swedish stem (Snowball: `cykelbana` finds `cykelbanorna`) and, where
 * the dictionary splits a compound, by its parts (`hållplats` finds
 * `busshållplatserna`); documents with the exact spelling rank first, then
 * by bm25.
 *
 * The index is used through this interface only, whatever stores it:
 * SQLite FTS5 in one file (`DIR/index.sqlite`), or PostgreSQL full-text
 * search in a database many machines share (`postgresql://…`); both give
 * the same hits in the same order. A location that names another backend
 * is refused with a clear error.
 * Query text is never handed to a backend's own query language: it is
 * parsed here into words and field filters, so no character a user types
 * can make a backend fail.
 *
 * An index handle may be shared by threads: its calls are serialised.
 */
#ifndef ARKIVTEXT_SEARCH_H
#define ARKIVTEXT_SEARCH_H

#include "arkivtext/common.h"
#include "arkivtext/dict.h"
#include "arkivtext/error.h"
#include "arkivtext/package.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- what gets indexed ---- */

/** One document as the index sees it: pages of lines, and fields. */
typedef struct at_index_doc at_index_doc;

/**
 * A new document for package `package` (its ID), made from the original
 * file `document` (its name as shown in hits), titled `title` (may be NULL).
 * `location` is where the package is (a folder path), or NULL. Strings are
 * copied. Free with at_index_doc_free().
 */
AT_EXPORT at_index_doc *at_index_doc_new(const char *package, const char *document, const char *title, const char *location);

/**
 * Add page `page` (1-based): `n_lines` lines of text, each ending in '\n',
 * and each line's number as the record counts it (`numbers`, n_lines
 * entries; NULL numbers them 1, 2, ...). Copied.
 */
AT_EXPORT void at_index_doc_add_page(at_index_doc *d, int page, const char *text, size_t len, const uint32_t *numbers,
                           size_t n_lines);

/**
 * Add a field: `name` is one of "kind", "party", "dnr", "year", "org";
 * `value` as the record states it; where it stands (page, lines; 0 when
 * unknown). Copied.
 */
AT_EXPORT void at_index_doc_add_field(at_index_doc *d, const char *name, const char *value, int page, int first_line,
                            int last_line);

/** A document from a package: its pages from the ALTO, its fields from the record and the METS. */
AT_EXPORT int at_index_doc_from_package(const at_package *p, at_index_doc **out, at_error *err);

/** Free. NULL is a no-op. */
AT_EXPORT void at_index_doc_free(at_index_doc *d);

/* ---- the index ---- */

typedef struct at_index at_index;

typedef struct at_index_options {
    int version;           /**< AT_INDEX_OPTIONS_VERSION */
    const at_dict *dict;   /**< splits compounds into their parts, those put into the index and those in
                                queries (NULL: compounds are found whole only) */
    bool create;           /**< create the index when it does not exist (else that is an error) */
} at_index_options;

#define AT_INDEX_OPTIONS_VERSION 1
#define AT_INDEX_OPTIONS_INIT { AT_INDEX_OPTIONS_VERSION, NULL, false }

/**
 * Open the index at `location`: a file path (SQLite), or a PostgreSQL
 * connection string `postgresql://…` (libpq's environment and ~/.pgpass
 * apply; the tables are made in that database). `opts` may be NULL
 * (open an existing index, no dictionary); `opts->dict`, if set, must
 * outlive the index. Caller frees with at_index_close().
 */
AT_EXPORT int at_index_open(at_index **out, const char *location, const at_index_options *opts, at_error *err);

/** Close. NULL is a no-op. */
AT_EXPORT void at_index_close(at_index *ix);

/** Group the following changes into one transaction (much faster for many documents). */
AT_EXPORT int at_index_begin(at_index *ix, at_error *err);
/** Make the changes since at_index_begin() durable. */
AT_EXPORT int at_index_commit(at_index *ix, at_error *err);

/** Add a document, replacing whatever the index held for its package. */
AT_EXPORT int at_index_put(at_index *ix, const at_index_doc *doc, at_error *err);

/** Read the package folder at `path` (at_index_doc_from_package()) and put it. */
AT_EXPORT int at_index_put_package(at_index *ix, const char *path, at_error *err);

/** Remove a package's document; removing one that is not there is no error. */
AT_EXPORT int at_index_remove(at_index *ix, const char *package, at_error *err);

/** Number of documents and pages indexed. */
AT_EXPORT int at_index_count(at_index *ix, size_t *documents, size_t *pages, at_error *err);

/* ---- searching ---- */

typedef struct at_search_options {
    int version;   /**< AT_SEARCH_OPTIONS_VERSION */
    size_t limit;  /**< most hits returned (0: 10) */
} at_search_options;

#define AT_SEARCH_OPTIONS_VERSION 1
#define AT_SEARCH_OPTIONS_INIT { AT_SEARCH_OPTIONS_VERSION, 10 }

/** One hit: the best page of one document. Strings belong to the results. */
typedef struct at_search_hit {
    const char *package;   /**< package ID */
    const char *document;  /**< the original file's name */
    const char *title;     /**< the record's title, or "" */
    const char *location;  /**< where the package was when indexed, or "" */
    int page;              /**< 1-based */
    const uint32_t *lines; /**< lines of the page where the query matched, ascending */
    size_t n_lines;
    double score;          /**< relevance, higher is better: bm25 of the page (or 0 for field-only queries) */
    const char *snippet;   /**< text around the best match, matched words in «guillemets» */
} at_search_hit;

typedef struct at_search_results at_search_results;

/**
 * Search. `query` is words and field filters (`kind:agreement`,
 * `party:Haninge`, `dnr:KS-2022/960.103`, `year:2019`, `org:Nacka`, a value
 * in "double quotes" may hold blanks). Every word must match unless no
 * document has them all; then documents with most of them follow.
 * Punctuation in the query separates words and has no other meaning. Fails
 * with AT_ESYNTAX and a one-line message for an empty query, an unknown
 * field or a value the field cannot hold. Caller frees `*out` with
 * at_search_results_free().
 */
AT_EXPORT int at_index_search(at_index *ix, const char *query, const at_search_options *opts, at_search_results **out,
                    at_error *err);

AT_EXPORT size_t at_search_results_count(const at_search_results *r);
AT_EXPORT const at_search_hit *at_search_results_hit(const at_search_results *r, size_t index);
AT_EXPORT void at_search_results_free(at_search_results *r);

#ifdef __cplusplus
}
#endif
#endif
