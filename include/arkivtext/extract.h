/* arkivtext — structured records from documents: metadata, goals, activities, agreements, budgets.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * at_extract() reads a document (text, tab-separated table, OCR output;
 * normalized or not) and builds a record: a tree of named elements with
 * text, attributes and provenance, shaped exactly as the published schema
 * schemas/arkivtext-record-1.xsd (namespace AT_RECORD_NS) describes. The
 * XML and JSON writers print that tree; library users walk it with the
 * at_rnode_* functions.
 */
#ifndef ARKIVTEXT_EXTRACT_H
#define ARKIVTEXT_EXTRACT_H

#include "arkivtext/doc.h"
#include "arkivtext/error.h"

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AT_RECORD_NS "urn:arkivtext:record:1"
#define AT_RECORD_SCHEMA "arkivtext-record-1.xsd"

/** A record extracted from one document. */
typedef struct at_record at_record;
/** One element of a record. */
typedef struct at_rnode at_rnode;

/** Where an element came from. */
typedef struct at_provenance {
    int page;             /**< 1-based page, 0 when unknown */
    int first_line;       /**< 1-based: source text line, or line on the page for OCR; 0 when unknown */
    int last_line;
    const char *alto_first; /**< ALTO TextLine ID of the first and last line (OCR documents), or NULL */
    const char *alto_last;
    double confidence;    /**< 0..1 where the element was inferred, < 0 otherwise */
} at_provenance;

typedef struct at_extract_options {
    int version;          /**< AT_EXTRACT_OPTIONS_VERSION */
    const char *source;   /**< name recorded as the record's source (default: the document's name) */
    unsigned match_limit; /**< (version 2) PCRE2 match limit of each pattern match; 0 for 1 000 000 */
    unsigned depth_limit; /**< (version 2) PCRE2 depth limit of each pattern match; 0 for 100 000. Set, it
                               makes the patterns run in PCRE2's interpreter (the JIT has no depth limit) */
} at_extract_options;

#define AT_EXTRACT_OPTIONS_VERSION 2
#define AT_EXTRACT_OPTIONS_INIT { AT_EXTRACT_OPTIONS_VERSION, NULL, 0, 0 }

/** The extractor: its patterns, compiled once; one extractor may serve many threads at once. */
typedef struct at_extractor at_extractor;

/** Compile the extractor's patterns. Caller frees with at_extractor_free(). */
AT_EXPORT int at_extractor_new(at_extractor **out, at_error *err);

/** Free. NULL is a no-op. */
AT_EXPORT void at_extractor_free(at_extractor *ex);

/**
 * Extract a record from `doc` with `ex`, using the words' current readings.
 * Never fails on odd input (an unknown kind gives a generic record of
 * sections; what could not be understood becomes warnings in the record,
 * and so does a pattern match stopped by its limits: the record then says
 * what may be missing); fails only on bad arguments or memory. Caller
 * frees with at_record_free().
 */
AT_EXPORT int at_extractor_run(const at_extractor *ex, const at_doc *doc, const at_extract_options *opts,
                               at_record **out, at_error *err);

/** at_extractor_run() with an extractor made for this one document: compiling it costs a few
 * milliseconds, so a caller with many documents makes one extractor and runs it on each. */
AT_EXPORT int at_extract(const at_doc *doc, const at_extract_options *opts, at_record **out, at_error *err);

AT_EXPORT void at_record_free(at_record *rec);

/** A deep copy of `rec` (NULL for NULL); caller frees with at_record_free(). */
AT_EXPORT at_record *at_record_copy(const at_record *rec);
/** Add `message` to the record's warnings: what a reader of the record should know was not found. */
AT_EXPORT void at_record_add_warning(at_record *rec, const char *message);
/**
 * Set what the archivist knows of the document (a manifest) in the record's metadata, ahead of what
 * extraction found: `name` is "title", "diarienummer" or "series" (the element's text is replaced, its
 * provenance dropped), or "date" (a YYYY-MM-DD document date, put first among the dates). Fails
 * (AT_EINVAL) on another name or a date that is not a day of the calendar.
 */
AT_EXPORT int at_record_set_metadata(at_record *rec, const char *name, const char *value, at_error *err);

/** The document kind found: "action-plan", "plan", "agreement", "decision-memo" or "generic". */
AT_EXPORT const char *at_record_kind(const at_record *rec);
/** How sure the kind is, 0..1. */
AT_EXPORT double at_record_kind_confidence(const at_record *rec);

/** The root element, <record>. */
AT_EXPORT const at_rnode *at_record_root(const at_record *rec);
/** Number of elements with this local name anywhere in the record. */
AT_EXPORT size_t at_record_count(const at_record *rec, const char *name);

AT_EXPORT const char *at_rnode_name(const at_rnode *node);
/** Text content, or NULL for elements that only hold other elements. */
AT_EXPORT const char *at_rnode_text(const at_rnode *node);
/** An attribute's value, or NULL. */
AT_EXPORT const char *at_rnode_attr(const at_rnode *node, const char *name);
AT_EXPORT size_t at_rnode_n_children(const at_rnode *node);
AT_EXPORT const at_rnode *at_rnode_child(const at_rnode *node, size_t index);
/** The first child with this name, or NULL. */
AT_EXPORT const at_rnode *at_rnode_find(const at_rnode *node, const char *name);
AT_EXPORT void at_rnode_provenance(const at_rnode *node, at_provenance *out);

typedef enum {
    AT_RECORD_XML = 0,
    AT_RECORD_JSON,
} at_record_format;

/** Write the record as XML (valid against the schema) or JSON, through libxml2 / json-glib. */
AT_EXPORT int at_record_write(const at_record *rec, FILE *out, at_record_format format, at_error *err);


#ifdef __cplusplus
}
#endif
#endif
