/* The search stage's internals: word analysis, queries, and the backend table.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_SEARCH_PRIVATE_H
#define ARKIVTEXT_SEARCH_PRIVATE_H

#include "arkivtext/search.h"
#include "core/private.h"

#include <glib.h>

/* ---- analysis ---- */

/*
 * The index holds every word once, as its lower-case spelling (the term).
 * A vocabulary beside it files each term under its folded form, its folded
 * Snowball stem and, for compounds the dictionary splits, its parts'
 * stems. A query word becomes the terms the vocabulary files under its
 * folded form or stem, or that have it as a part: "Sodertorn" finds
 * "södertörn" and "sodertorn", "cykelbana" finds "cykelbanorna", "hållplats"
 * finds "busshållplatserna". The term spelled as typed is the exact one.
 */
typedef struct at_analyzer at_analyzer;

/** A new analyzer (Snowball Swedish stemmer; compounds split with `dict`, which may be NULL). Not thread-safe. */
at_analyzer *at_analyzer_new(const at_dict *dict);
void at_analyzer_free(at_analyzer *a);

/** One word in a text: its byte span. */
typedef int (*at_word_fn)(const char *text, size_t start, size_t end, void *data);

/** Call `fn` for every word of `text` (runs of letters, digits and marks). Stops when `fn` returns non-zero. */
int at_analyze_words(const char *text, size_t len, at_word_fn fn, void *data);

/** Longest word indexed, in bytes: longer runs (garbage, base64) are left out. */
#define AT_TERM_MAX 120

/** What the vocabulary files a term under. */
typedef struct at_word_forms {
    char lower[AT_WORD_MAX]; /* the term */
    char fold[AT_WORD_MAX];
    char stem[AT_WORD_MAX];  /* folded */
    GPtrArray *pieces;       /* char*: a compound's finest parts, lower case ("buss", "håll", "platserna") */
    GPtrArray *heads;        /* char*: the compounds that end it ("hållplatserna") */
    GPtrArray *parts;        /* char*: folded stems of the pieces and the heads; all empty for other words */
} at_word_forms;

/** The forms of one word; false for words too long to index. Free the arrays with at_word_forms_clear(). */
bool at_analyze_word(at_analyzer *a, const char *word, size_t len, at_word_forms *out);
void at_word_forms_clear(at_word_forms *f);

/** The folded stem of a lower-case word into `out` (AT_WORD_MAX bytes). */
void at_analyze_stem(at_analyzer *a, const char *lower, char *out);

/** The term of a word (its lower-case spelling) into `out` (AT_WORD_MAX bytes); false when too long. */
bool at_term(const char *word, size_t len, char *out);

/**
 * A query word and, once expanded by a backend, the terms it matches: the
 * word's own forms and those of the compounds ending it (a "reningsverk" is
 * what an "avloppsreningsverk" is); or, for a compound, a document with
 * every one of its pieces (`förskoleplatser`: "platser i förskolan").
 */
typedef struct at_query_word {
    char *text;          /* as typed */
    at_word_forms forms;
    GPtrArray *terms;    /* char*: the terms it matches, from the vocabulary */
    GPtrArray *pieces;   /* GPtrArray* of char*: per piece of a compound, the terms it matches */
} at_query_word;

/** Analyze a query word (terms still empty); false for a word too long. Clear with at_query_word_clear(). */
bool at_query_word_init(at_analyzer *a, const char *word, size_t len, at_query_word *w);
void at_query_word_clear(at_query_word *w);

/* ---- queries ---- */

typedef enum { AT_FIELD_KIND, AT_FIELD_PARTY, AT_FIELD_DNR, AT_FIELD_YEAR, AT_FIELD_ORG, AT_N_FIELDS } at_field;

/** The field's name in queries and in at_index_doc_add_field(). */
const char *at_field_name(at_field f);
/** The field named `name`, or -1. */
int at_field_from_name(const char *name, size_t len);

/** A field filter: every token must be among the document's tokens of that field (dnr: a prefix). */
typedef struct at_query_filter {
    at_field field;
    GPtrArray *tokens; /* char* */
} at_query_filter;

typedef struct at_query {
    GArray *words;   /* at_query_word */
    GArray *filters; /* at_query_filter */
} at_query;

/** Parse a query; AT_ESYNTAX with one line for what cannot be searched for. */
int at_query_parse(at_analyzer *a, const char *text, at_query **out, at_error *err);
void at_query_free(at_query *q);

/**
 * The tokens a field value is stored and matched as: folded words (party,
 * org), the kind's name (Swedish names too), the diarienummer's upper-case
 * form without blanks, years (a range "2023–2026" gives every year in it).
 * `stored`: the tokens a document's value is kept as (an action plan is
 * kept as a plan too); else those a query's value asks for. Returns false
 * when the value gives none.
 */
bool at_field_tokens(at_field f, const char *value, bool stored, GPtrArray *out);

/* ---- documents to index ---- */

typedef struct at_index_page {
    int page;
    char *text;         /* lines, each ending in '\n' */
    size_t len;
    uint32_t *numbers;  /* n_lines */
    size_t n_lines;
} at_index_page;

typedef struct at_index_field {
    at_field field;
    char *value;
    int page, first_line, last_line;
} at_index_field;

struct at_index_doc {
    char *package, *document, *title, *location;
    GArray *pages;  /* at_index_page */
    GArray *fields; /* at_index_field */
};

/* ---- hits: matched lines and snippets ---- */

/** A document's text as stored: lines, each with its page and its number as the record counts it. */
typedef struct at_stored_text {
    char *text;        /* lines, each ending in '\n' */
    size_t len;
    uint32_t *pages;   /* n_lines */
    uint32_t *numbers; /* n_lines */
    size_t n_lines;
} at_stored_text;

void at_stored_text_clear(at_stored_text *t);

/**
 * Where in a document the query's words match: the page of the line with
 * most of them, that page's matched lines, and a snippet of the best line
 * with the matched words in «». With no word matching (field-only queries),
 * the lines `first`..`last` of page `page` (or the first line).
 */
void at_snippet_make(const at_query *q, const at_stored_text *t, int page, int first, int last, int *hit_page,
                     GArray *lines, GString *snippet);

/* ---- backends ---- */

/** One hit as a backend finds it, before lines and snippet are made. */
typedef struct at_backend_hit {
    char *package, *document, *title, *location;
    double score;
    at_stored_text text;
    int field_page;      /* field-only queries: where the first filter's value stands */
    int field_first, field_last;
} at_backend_hit;

void at_backend_hit_clear(at_backend_hit *h);

/** What a backend does; every call is made under the index's lock. */
/* A document a query selected, before it is read. */
typedef struct {
    int64_t doc;
    double score; /* tier * TIER + BM25; 0 for field-only hits */
    int page, first_line, last_line;
} at_candidate;

/* Queries longer than this are refused: each word multiplies the match expression. */
#define AT_MAX_QUERY_WORDS 32

typedef struct at_index_backend {
    const char *name;
    int (*open)(void **self, const char *location, at_analyzer *a, bool create, at_error *err);
    void (*close)(void *self);
    int (*begin)(void *self, at_error *err);
    int (*commit)(void *self, at_error *err);
    int (*put)(void *self, const at_index_doc *doc, at_error *err);
    int (*remove)(void *self, const char *package, at_error *err);
    int (*count)(void *self, size_t *documents, size_t *pages, at_error *err);
    /* Fills each query word's `terms` (and `pieces`) from the vocabulary. */
    int (*expand)(void *self, at_query *q, at_error *err);
    /*
     * Appends to `found` (at_candidate), best first, up to `limit` documents
     * matching every query word (`all`) or any, that `found` does not hold yet;
     * with `own` (and `all`), only those with every word in a form of its own,
     * not just in a compound's pieces, scored as without `own`.
     */
    int (*match)(void *self, const at_query *q, bool all, bool own, size_t limit, GArray *found, at_error *err);
    /* Appends the documents that only the query's field filters select. */
    int (*fields)(void *self, const at_query *q, size_t limit, GArray *found, at_error *err);
    /* A candidate's document, as a hit. */
    int (*fetch)(void *self, const at_candidate *c, at_backend_hit *h, at_error *err);
} at_index_backend;

/*
 * The SQLite backend (sqlite.c) is built into the SQLite module,
 * libarkivtext-sqlite.so, opened the first time an SQLite index is used.
 * Its entry gives the table when built for the caller's AT_INDEX_SQLITE_ABI.
 */
#define AT_INDEX_SQLITE_ENTRY "at_index_sqlite_module"
#define AT_INDEX_SQLITE_ABI 1
AT_EXPORT const at_index_backend *at_index_sqlite_module(int abi);

/*
 * The PostgreSQL backend (pg.c, libpq) is built into the PostgreSQL module,
 * libarkivtext-pg.so, opened the first time a postgresql:// index is used.
 * Its entry gives the table when built for the caller's AT_INDEX_PG_ABI.
 */
#define AT_INDEX_PG_ENTRY "at_index_pg_module"
#define AT_INDEX_PG_ABI 1
AT_EXPORT const at_index_backend *at_index_pg_module(int abi);

#endif
