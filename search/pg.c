/* The PostgreSQL backend: one index in a database, shared by every machine that reaches it.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layout (schema version 2), tables in the database the location names:
 *   arkivtext_index_meta(key, value)
 *   arkivtext_index_docs(id, package, document, title, location, pages, line_pages, line_numbers, body,
 *       length, terms)   terms: a tsvector of the document's terms (GIN-indexed), each with one position per
 *       occurrence (up to PostgreSQL's 256), so a term's count in the document can be read back
 *   arkivtext_index_fields(field, token, doc, page, first_line, last_line)
 *   arkivtext_index_vocab(term, fold, stem), arkivtext_index_parts(part, term)
 * Words, terms, folding, stems and compound parts are the analyzer's (search_private.h), as in the SQLite
 * backend; PostgreSQL's full-text search holds and matches the terms: a query word becomes an OR of its
 * terms in a tsquery, matched against the GIN index, and user text never reaches SQL or tsquery syntax
 * (a term is letters, digits and marks, quoted as a lexeme). Ranking is the SQLite backend's, computed
 * here from the same figures (words matched and how, then Okapi BM25 with k1 1.2 and b 0.75 over every
 * document), so both backends give the same hits in the same order. PostgreSQL's own `swedish` stemmer
 * and `unaccent` are not used: they know no compounds and stem without the dictionary, and would find
 * other documents than the SQLite index does.
 */
#include "search/search_private.h"

#include <libpq-fe.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SCHEMA_VERSION "2" /* 2: stems to a fixed point (analyze.c) */
#define MAX_EXPANSION 200     /* terms a query word may stand for (as the SQLite backend) */
#define KNOWN_TERMS 2000000   /* terms remembered as already in the vocabulary */
#define TIER 1e6              /* tiers (words matched and how) above any BM25 score */
#define MAX_POSITIONS 256     /* PostgreSQL keeps this many positions of a lexeme */
#define MAX_TSVECTOR 900000   /* bytes of tsvector text before positions are left out (the limit is 1 MB) */
#define LOCK_CLASS_SQL "1634888564" /* arkivtext's advisory locks ("arkt"), as the journal's */

typedef struct {
    PGconn *conn;
    at_analyzer *a;
    char *display;     /* the location without a password */
    GHashTable *known; /* terms this handle put into the vocabulary */
    bool in_txn;       /* between at_index_begin() and at_index_commit() */
} pq;

static char *pq_one_line(const char *message)
{
    char *out = g_strdup(message ? message : "");
    g_strstrip(out);
    for (char *c = out; *c; c++)
        if (*c == '\n' || *c == '\t')
            *c = ' ';
    return out;
}

static int pq_fail(pq *s, const char *what, const PGresult *r, at_error *err)
{
    char *msg = pq_one_line(r && *PQresultErrorMessage(r) ? PQresultErrorMessage(r) : PQerrorMessage(s->conn));
    int rc = at_error_set(err, AT_EIO, AT_STAGE_SEARCH, s->display, "index: %s: %s", what, msg);
    g_free(msg);
    return rc;
}

/* Run `sql` with text parameters; NULL (err set) unless the result has status `want`. Caller PQclear()s. */
static PGresult *run(pq *s, const char *sql, int n, const char *const *params, ExecStatusType want, const char *what,
                     at_error *err)
{
    PGresult *r = PQexecParams(s->conn, sql, n, NULL, params, NULL, NULL, 0);
    if (PQresultStatus(r) == want)
        return r;
    pq_fail(s, what, r, err);
    PQclear(r);
    return NULL;
}

static int command(pq *s, const char *sql, int n, const char *const *params, const char *what, at_error *err)
{
    PGresult *r = run(s, sql, n, params, PGRES_COMMAND_OK, what, err);
    PQclear(r);
    return r ? 0 : err->code;
}

/* postgresql://user@host:port/dbname, for messages: no password, no other settings. */
static char *display_of(const char *location)
{
    PQconninfoOption *opts = PQconninfoParse(location, NULL);
    const char *user = NULL, *host = NULL, *port = NULL, *db = NULL;
    for (PQconninfoOption *o = opts; o && o->keyword; o++) {
        const char **slot = !strcmp(o->keyword, "user") ? &user : !strcmp(o->keyword, "host") ? &host
                            : !strcmp(o->keyword, "port") ? &port : !strcmp(o->keyword, "dbname") ? &db : NULL;
        if (slot && o->val)
            *slot = o->val;
    }
    char *out = g_strdup_printf("postgresql://%s%s%s%s%s/%s", user ? user : "", user ? "@" : "", host ? host : "",
                                port ? ":" : "", port ? port : "", db ? db : "");
    PQconninfoFree(opts);
    return out;
}

/* ---- open and close ---- */

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS arkivtext_index_meta(key text PRIMARY KEY, value text NOT NULL);"
    "CREATE TABLE IF NOT EXISTS arkivtext_index_docs(id bigserial PRIMARY KEY, package text NOT NULL UNIQUE,"
    " document text NOT NULL, title text NOT NULL, location text NOT NULL, pages integer NOT NULL,"
    " line_pages integer[] NOT NULL, line_numbers integer[] NOT NULL, body text NOT NULL,"
    " length integer NOT NULL, terms tsvector NOT NULL);"
    "CREATE INDEX IF NOT EXISTS arkivtext_index_terms ON arkivtext_index_docs USING gin(terms);"
    "CREATE TABLE IF NOT EXISTS arkivtext_index_fields(field integer NOT NULL, token text COLLATE \"C\" NOT NULL,"
    " doc bigint NOT NULL REFERENCES arkivtext_index_docs ON DELETE CASCADE, page integer NOT NULL,"
    " first_line integer NOT NULL, last_line integer NOT NULL, PRIMARY KEY(field, token, doc, page, first_line));"
    "CREATE INDEX IF NOT EXISTS arkivtext_index_fields_doc ON arkivtext_index_fields(doc);"
    "CREATE TABLE IF NOT EXISTS arkivtext_index_vocab(term text COLLATE \"C\" PRIMARY KEY,"
    " fold text COLLATE \"C\" NOT NULL, stem text COLLATE \"C\" NOT NULL);"
    "CREATE INDEX IF NOT EXISTS arkivtext_index_vocab_fold ON arkivtext_index_vocab(fold);"
    "CREATE INDEX IF NOT EXISTS arkivtext_index_vocab_stem ON arkivtext_index_vocab(stem);"
    "CREATE TABLE IF NOT EXISTS arkivtext_index_parts(part text COLLATE \"C\" NOT NULL,"
    " term text COLLATE \"C\" NOT NULL, PRIMARY KEY(part, term));"
    "INSERT INTO arkivtext_index_meta VALUES('schema', '" SCHEMA_VERSION "') ON CONFLICT DO NOTHING;";

/* Create the tables (if asked and needed, serialised by a lock), then check the schema's version. */
static int set_up(pq *s, bool create, at_error *err)
{
    if (create) {
        PGresult *r = PQexec(s->conn, "BEGIN");
        PQclear(r);
        r = PQexec(s->conn, "SELECT pg_advisory_xact_lock(" LOCK_CLASS_SQL ", 1)");
        PQclear(r);
        r = PQexec(s->conn, schema);
        bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        int rc = ok ? 0 : pq_fail(s, "cannot set up", r, err);
        PQclear(r);
        r = PQexec(s->conn, ok ? "COMMIT" : "ROLLBACK");
        PQclear(r);
        if (rc < 0)
            return rc;
    }
    PGresult *r = PQexec(s->conn, "SELECT to_regclass('arkivtext_index_meta') IS NOT NULL");
    bool exists = PQresultStatus(r) == PGRES_TUPLES_OK && PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    if (!exists)
        return at_error_set(err, AT_EIO, AT_STAGE_SEARCH, s->display,
                            "no index here (make one with arkivtext index DIR --index LOCATION)");
    r = PQexec(s->conn, "SELECT value FROM arkivtext_index_meta WHERE key = 'schema'");
    bool same = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 &&
                strcmp(PQgetvalue(r, 0, 0), SCHEMA_VERSION) == 0;
    PQclear(r);
    return same ? 0
                : at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, s->display,
                               "index made by another version of arkivtext; rebuild it with arkivtext index");
}

static void pq_close(void *self)
{
    pq *s = self;
    if (!s)
        return;
    PQfinish(s->conn);
    g_hash_table_destroy(s->known);
    g_free(s->display);
    g_free(s);
}

static void quiet(void *arg, const char *message)
{
    (void)arg, (void)message; /* "relation already exists, skipping" and the like */
}

static int pq_open(void **out, const char *location, at_analyzer *a, bool create, at_error *err)
{
    pq *s = g_new0(pq, 1);
    s->a = a;
    s->display = display_of(location);
    s->known = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    s->conn = PQconnectdb(location);
    int rc = PQstatus(s->conn) == CONNECTION_OK ? 0 : pq_fail(s, "cannot connect", NULL, err);
    if (rc == 0) {
        PQsetNoticeProcessor(s->conn, quiet, NULL);
        rc = set_up(s, create, err);
    }
    if (rc < 0) {
        pq_close(s);
        return rc;
    }
    *out = s;
    return 0;
}

static int pq_begin(void *self, at_error *err)
{
    pq *s = self;
    int rc = command(s, "BEGIN", 0, NULL, "cannot begin", err);
    s->in_txn = rc == 0;
    return rc;
}

static int pq_commit(void *self, at_error *err)
{
    pq *s = self;
    s->in_txn = false;
    return command(s, "COMMIT", 0, NULL, "cannot commit", err);
}

/* ---- writing ---- */

/* A term as a tsvector or tsquery lexeme: quoted, quotes doubled and backslashes escaped. */
static void append_lexeme(GString *out, const char *term)
{
    g_string_append_c(out, '\'');
    for (const char *c = term; *c; c++) {
        if (*c == '\'' || *c == '\\')
            g_string_append_c(out, *c == '\'' ? '\'' : '\\');
        g_string_append_c(out, *c);
    }
    g_string_append_c(out, '\'');
}

typedef struct {
    GHashTable *counts; /* term -> occurrences */
    GPtrArray *order;   /* terms, first seen first */
    GPtrArray *words;   /* each term's first occurrence as written (its case can change its analysis) */
    int length;         /* terms in the document, as the SQLite tokenizer counts them */
} term_counts;

static int count_word(const char *text, size_t start, size_t end, void *data)
{
    term_counts *t = data;
    char term[AT_WORD_MAX];
    if (!at_term(text + start, end - start, term))
        return 0;
    t->length++;
    gpointer n = g_hash_table_lookup(t->counts, term);
    if (!n) {
        char *copy = g_strdup(term);
        g_hash_table_insert(t->counts, copy, GINT_TO_POINTER(1));
        g_ptr_array_add(t->order, copy);
        g_ptr_array_add(t->words, g_strndup(text + start, end - start));
    } else {
        g_hash_table_insert(t->counts, g_strdup(term), GINT_TO_POINTER(GPOINTER_TO_INT(n) + 1));
    }
    return 0;
}

/* The tsvector of a document's terms, each with positions 1..its count (so the count can be read back). */
static char *tsvector_of(const term_counts *t, bool positions)
{
    GString *v = g_string_new(NULL);
    for (guint i = 0; i < t->order->len; i++) {
        const char *term = g_ptr_array_index(t->order, i);
        if (v->len)
            g_string_append_c(v, ' ');
        append_lexeme(v, term);
        int n = MIN(GPOINTER_TO_INT(g_hash_table_lookup(t->counts, term)), MAX_POSITIONS);
        for (int p = 1; positions && p <= n; p++)
            g_string_append_printf(v, "%c%d", p == 1 ? ':' : ',', p);
    }
    return g_string_free(v, FALSE);
}

/* A PostgreSQL array literal of strings (quoted, escaped) or, with `number`, of integers; array_end() closes it. */
static void array_add(GString *a, const char *s, bool number)
{
    g_string_append_c(a, a->len ? ',' : '{');
    if (number) {
        g_string_append(a, s);
        return;
    }
    g_string_append_c(a, '"');
    for (const char *c = s; *c; c++) {
        if (*c == '"' || *c == '\\')
            g_string_append_c(a, '\\');
        g_string_append_c(a, *c);
    }
    g_string_append_c(a, '"');
}

static char *array_end(GString *a)
{
    g_string_append(a, a->len ? "}" : "{}");
    return g_string_free(a, FALSE);
}

/* The document's text (pages joined) and each line's page and number, as arrays. */
static void join_pages(const at_index_doc *d, GString *text, char **pages, char **numbers)
{
    GString *p = g_string_new(NULL), *n = g_string_new(NULL);
    for (guint i = 0; i < d->pages->len; i++) {
        const at_index_page *pg = &g_array_index(d->pages, at_index_page, i);
        g_string_append_len(text, pg->text, (gssize)pg->len);
        if (pg->len && pg->text[pg->len - 1] != '\n')
            g_string_append_c(text, '\n');
        for (size_t l = 0; l < pg->n_lines; l++) {
            char num[16];
            g_snprintf(num, sizeof num, "%d", pg->page);
            array_add(p, num, true);
            g_snprintf(num, sizeof num, "%u", pg->numbers[l]);
            array_add(n, num, true);
        }
    }
    *pages = array_end(p);
    *numbers = array_end(n);
}

static int put_fields(pq *s, const char *doc, const at_index_doc *d, at_error *err)
{
    int rc = 0;
    for (guint i = 0; rc == 0 && i < d->fields->len; i++) {
        const at_index_field *f = &g_array_index(d->fields, at_index_field, i);
        GPtrArray *tokens = g_ptr_array_new_with_free_func(g_free);
        at_field_tokens(f->field, f->value, true, tokens);
        char field[16], page[16], first[16], last[16];
        g_snprintf(field, sizeof field, "%d", (int)f->field);
        g_snprintf(page, sizeof page, "%d", f->page);
        g_snprintf(first, sizeof first, "%d", f->first_line);
        g_snprintf(last, sizeof last, "%d", f->last_line);
        for (guint t = 0; rc == 0 && t < tokens->len; t++) {
            const char *params[] = { field, g_ptr_array_index(tokens, t), doc, page, first, last };
            rc = command(s, "INSERT INTO arkivtext_index_fields VALUES($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                         6, params, "cannot add a field", err);
        }
        g_ptr_array_free(tokens, TRUE);
    }
    return rc;
}

/* Terms with a digit are found only as they are: the vocabulary need not hold them (as in SQLite). */
static bool has_digit(const char *term)
{
    return strpbrk(term, "0123456789") != NULL;
}

/* The document's terms the vocabulary may lack, filed under their folded form, stem and parts, each as its
 * first occurrence is analyzed (the first document to bring a term decides, as in the SQLite backend). */
static int put_vocab(pq *s, const term_counts *t, at_error *err)
{
    GString *terms = g_string_new(NULL), *folds = g_string_new(NULL), *stems = g_string_new(NULL);
    GString *parts = g_string_new(NULL), *part_terms = g_string_new(NULL);
    for (guint i = 0; i < t->order->len; i++) {
        const char *term = g_ptr_array_index(t->order, i), *word = g_ptr_array_index(t->words, i);
        at_word_forms f;
        if (has_digit(term) || g_hash_table_contains(s->known, term) || !at_analyze_word(s->a, word, strlen(word), &f))
            continue;
        array_add(terms, f.lower, false);
        array_add(folds, f.fold, false);
        array_add(stems, f.stem, false);
        for (guint p = 0; p < f.parts->len; p++) {
            array_add(parts, g_ptr_array_index(f.parts, p), false);
            array_add(part_terms, f.lower, false);
        }
        at_word_forms_clear(&f);
        if (g_hash_table_size(s->known) >= KNOWN_TERMS)
            g_hash_table_remove_all(s->known);
        g_hash_table_add(s->known, g_strdup(term));
    }
    char *a[] = { array_end(terms), array_end(folds), array_end(stems), array_end(parts), array_end(part_terms) };
    const char *vocab[] = { a[0], a[1], a[2] }, *part[] = { a[3], a[4] };
    int rc = command(s,
                     "INSERT INTO arkivtext_index_vocab SELECT * FROM unnest($1::text[], $2::text[], $3::text[])"
                     " ON CONFLICT DO NOTHING",
                     3, vocab, "cannot add to the vocabulary", err);
    if (rc == 0)
        rc = command(s,
                     "INSERT INTO arkivtext_index_parts SELECT * FROM unnest($1::text[], $2::text[])"
                     " ON CONFLICT DO NOTHING",
                     2, part, "cannot add to the vocabulary", err);
    for (size_t i = 0; i < G_N_ELEMENTS(a); i++)
        g_free(a[i]);
    return rc;
}

static int put_doc(pq *s, const at_index_doc *d, at_error *err)
{
    GString *text = g_string_new(NULL);
    char *pages_of_lines, *numbers;
    join_pages(d, text, &pages_of_lines, &numbers);
    term_counts t = { g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL), g_ptr_array_new(),
                      g_ptr_array_new_with_free_func(g_free), 0 };
    at_analyze_words(text->str, text->len, count_word, &t);
    char *terms = tsvector_of(&t, true);
    if (strlen(terms) > MAX_TSVECTOR) { /* a very long document: found, but ranked as if each term came once */
        g_free(terms);
        terms = tsvector_of(&t, false);
    }
    char pages[16], length[16];
    g_snprintf(pages, sizeof pages, "%u", d->pages->len);
    g_snprintf(length, sizeof length, "%d", t.length);
    const char *params[] = { d->package, d->document, d->title, d->location, pages, pages_of_lines, numbers,
                             text->str, length, terms };
    PGresult *r = run(s,
                      "INSERT INTO arkivtext_index_docs(package, document, title, location, pages, line_pages,"
                      " line_numbers, body, length, terms) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::tsvector)"
                      " RETURNING id",
                      10, params, PGRES_TUPLES_OK, "cannot add a document", err);
    int rc = r ? 0 : err->code;
    if (rc == 0)
        rc = put_fields(s, PQgetvalue(r, 0, 0), d, err);
    if (rc == 0)
        rc = put_vocab(s, &t, err);
    PQclear(r);
    g_free(terms);
    g_hash_table_destroy(t.counts);
    g_ptr_array_free(t.order, TRUE);
    g_ptr_array_free(t.words, TRUE);
    g_free(pages_of_lines);
    g_free(numbers);
    g_string_free(text, TRUE);
    return rc;
}

static int pq_remove(void *self, const char *package, at_error *err)
{
    const char *params[] = { package };
    return command(self, "DELETE FROM arkivtext_index_docs WHERE package = $1", 1, params, "cannot remove", err);
}

/* Replace the package's document, all or nothing (a savepoint inside the caller's transaction). */
static int pq_put(void *self, const at_index_doc *d, at_error *err)
{
    pq *s = self;
    int rc = command(s, s->in_txn ? "SAVEPOINT put" : "BEGIN", 0, NULL, "cannot begin", err);
    if (rc == 0)
        rc = pq_remove(s, d->package, err);
    if (rc == 0)
        rc = put_doc(s, d, err);
    if (rc < 0) {
        PQclear(PQexec(s->conn, s->in_txn ? "ROLLBACK TO put" : "ROLLBACK"));
        g_hash_table_remove_all(s->known); /* the vocabulary rows went too */
        return rc;
    }
    return command(s, s->in_txn ? "RELEASE put" : "COMMIT", 0, NULL, "cannot commit", err);
}

static int pq_count(void *self, size_t *documents, size_t *pages, at_error *err)
{
    pq *s = self;
    PGresult *r = run(s, "SELECT count(*), coalesce(sum(pages), 0) FROM arkivtext_index_docs", 0, NULL,
                      PGRES_TUPLES_OK, "cannot count", err);
    if (!r)
        return err->code;
    *documents = (size_t)g_ascii_strtoull(PQgetvalue(r, 0, 0), NULL, 10);
    *pages = (size_t)g_ascii_strtoull(PQgetvalue(r, 0, 1), NULL, 10);
    PQclear(r);
    return 0;
}

/* ---- searching: the query words' terms ---- */

static void add_terms(pq *s, const char *sql, const char *key, GPtrArray *terms, GHashTable *seen)
{
    const char *params[] = { key };
    PGresult *r = PQexecParams(s->conn, sql, 1, NULL, params, NULL, NULL, 0);
    for (int i = 0; PQresultStatus(r) == PGRES_TUPLES_OK && i < PQntuples(r) && terms->len < MAX_EXPANSION; i++) {
        const char *t = PQgetvalue(r, i, 0);
        if (!g_hash_table_contains(seen, t)) {
            char *copy = g_strdup(t);
            g_ptr_array_add(terms, copy);
            g_hash_table_add(seen, copy);
        }
    }
    PQclear(r);
}

/* The terms the vocabulary files under a lower-case word's forms (as the SQLite backend, in the same order). */
static void lookup(pq *s, const char *lower, bool own, GPtrArray *terms, GHashTable *seen)
{
    char fold[AT_WORD_MAX], st[AT_WORD_MAX];
    if (at_fold(lower, strlen(lower), fold, sizeof fold) < 0)
        return;
    at_analyze_stem(s->a, lower, st);
    /* in term order, bytewise, as SQLite's indexes give them: the first MAX_EXPANSION are the same */
    static const char by_term[] = "SELECT term FROM arkivtext_index_vocab WHERE term = $1";
    static const char by_fold[] = "SELECT term FROM arkivtext_index_vocab WHERE fold = $1 ORDER BY term";
    static const char by_stem[] = "SELECT term FROM arkivtext_index_vocab WHERE stem = $1 ORDER BY term";
    static const char by_part[] = "SELECT term FROM arkivtext_index_parts WHERE part = $1 ORDER BY term";
    if (own)
        add_terms(s, by_term, lower, terms, seen);
    add_terms(s, by_fold, fold, terms, seen);
    add_terms(s, by_stem, st, terms, seen);
    add_terms(s, by_stem, fold, terms, seen);
    add_terms(s, by_part, st, terms, seen);
    add_terms(s, by_part, fold, terms, seen);
}

static void expand_word(pq *s, at_query_word *w)
{
    if (has_digit(w->forms.lower)) {
        g_ptr_array_add(w->terms, g_strdup(w->forms.lower));
        return;
    }
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    lookup(s, w->forms.lower, true, w->terms, seen);
    for (guint h = 0; h < w->forms.heads->len; h++)
        lookup(s, g_ptr_array_index(w->forms.heads, h), false, w->terms, seen);
    g_hash_table_destroy(seen);
    for (guint p = 0; w->forms.pieces->len >= 2 && p < w->forms.pieces->len; p++) {
        GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
        seen = g_hash_table_new(g_str_hash, g_str_equal);
        lookup(s, g_ptr_array_index(w->forms.pieces, p), true, terms, seen);
        g_hash_table_destroy(seen);
        g_ptr_array_add(w->pieces, terms);
        if (terms->len == 0) {
            g_ptr_array_set_size(w->pieces, 0);
            break;
        }
    }
}

/* ---- searching: matching and ranking ---- */

/* One term of the query as a phrase of the SQLite backend's FTS5 expression: its word and how it matches. */
typedef struct {
    const char *term;
    int word;
    int piece;  /* which piece of a compound query word it stands for, or -1 */
    int pieces; /* how many pieces its word has */
    int level;  /* 3 the spelling typed, 2 another form, 1 a piece of a compound */
    double idf;
} phrase;

static void add_phrases(GArray *phrases, GString *expr, const GPtrArray *terms, const at_query_word *w, int word,
                        int piece)
{
    for (guint t = 0; t < terms->len; t++) {
        const char *term = g_ptr_array_index(terms, t);
        if (t)
            g_string_append(expr, " | ");
        append_lexeme(expr, term);
        phrase p = { term, word, piece, (int)w->pieces->len, piece >= 0 ? 1 : strcmp(term, w->forms.lower) == 0 ? 3 : 2,
                     0 };
        g_array_append_val(phrases, p);
    }
}

/* The tsquery: per word an OR of its terms (or all its pieces); words joined by & or |. With `own`, every word's
 * terms once more after an &, not as phrases: only documents with every word in a form of its own, scored as
 * the whole expression scores them (as the SQLite backend does). */
static void match_expr(const at_query *q, bool all, bool own, GString *expr, GArray *phrases)
{
    bool any = false;
    for (guint i = 0; i < q->words->len; i++) {
        const at_query_word *w = &g_array_index(q->words, at_query_word, i);
        if (w->terms->len == 0 && w->pieces->len == 0)
            continue;
        if (any)
            g_string_append(expr, all ? " & " : " | ");
        any = true;
        g_string_append_c(expr, '(');
        add_phrases(phrases, expr, w->terms, w, (int)i, -1);
        for (guint p = 0; p < w->pieces->len; p++) {
            g_string_append(expr, p == 0 ? (w->terms->len ? " | ((" : "((") : ") & (");
            add_phrases(phrases, expr, g_ptr_array_index(w->pieces, p), w, (int)i, (int)p);
        }
        g_string_append(expr, w->pieces->len ? ")))" : ")");
    }
    for (guint i = 0; own && i < q->words->len; i++) {
        const at_query_word *w = &g_array_index(q->words, at_query_word, i);
        g_string_append(expr, " & (");
        for (guint t = 0; t < w->terms->len; t++) {
            if (t)
                g_string_append(expr, " | ");
            append_lexeme(expr, g_ptr_array_index(w->terms, t));
        }
        g_string_append_c(expr, ')');
    }
}

/* Filters as "id IN (…)" intersections; parameters from `param` on, their values into `values`. */
static void filter_sql(const at_query *q, int param, GString *sql, GPtrArray *values)
{
    for (guint i = 0; i < q->filters->len; i++) {
        const at_query_filter *f = &g_array_index(q->filters, at_query_filter, i);
        for (guint t = 0; t < f->tokens->len; t++) {
            const char *token = g_ptr_array_index(f->tokens, t);
            if (sql->len)
                g_string_append(sql, " INTERSECT ");
            g_string_append_printf(sql, "SELECT doc FROM arkivtext_index_fields WHERE field = %d AND ", (int)f->field);
            if (f->field == AT_FIELD_DNR) { /* a prefix: every token from it up to it + U+10FFFF (bytewise) */
                g_string_append_printf(sql, "token >= $%d AND token < $%d", param, param + 1);
                g_ptr_array_add(values, g_strdup(token));
                g_ptr_array_add(values, g_strconcat(token, "\xF4\x8F\xBF\xBF", NULL));
                param += 2;
            } else {
                g_string_append_printf(sql, "token = $%d", param++);
                g_ptr_array_add(values, g_strdup(token));
            }
        }
    }
}

/* Every document's count and mean length, and each phrase's inverse document frequency (as FTS5's bm25()). */
static int phrase_stats(pq *s, GArray *phrases, double *avgdl, at_error *err)
{
    PGresult *r = run(s, "SELECT count(*), coalesce(sum(length), 0) FROM arkivtext_index_docs", 0, NULL,
                      PGRES_TUPLES_OK, "search failed", err);
    if (!r)
        return err->code;
    double rows = g_ascii_strtod(PQgetvalue(r, 0, 0), NULL), tokens = g_ascii_strtod(PQgetvalue(r, 0, 1), NULL);
    PQclear(r);
    *avgdl = rows > 0 ? tokens / rows : 1;
    GString *lexeme = g_string_new(NULL);
    for (guint i = 0; i < phrases->len; i++) {
        phrase *p = &g_array_index(phrases, phrase, i);
        g_string_truncate(lexeme, 0);
        append_lexeme(lexeme, p->term);
        const char *params[] = { lexeme->str };
        if (!(r = run(s, "SELECT count(*) FROM arkivtext_index_docs WHERE terms @@ $1::tsquery", 1, params,
                      PGRES_TUPLES_OK, "search failed", err)))
            break;
        double hits = g_ascii_strtod(PQgetvalue(r, 0, 0), NULL);
        PQclear(r);
        double idf = log(rows - hits + 0.5) - log(hits + 0.5);
        p->idf = idf > 1e-6 ? idf : 1e-6;
    }
    g_string_free(lexeme, TRUE);
    return r ? 0 : err->code;
}

/* Which query words have every piece of their compound in the document (bit per word). FTS5 counts a piece's
 * occurrences only then: the instances under an AND that does not hold are not reported. */
static guint64 whole_compounds(const GArray *phrases, GHashTable *tf)
{
    guint64 present[64] = { 0 }, whole = 0;
    for (guint i = 0; i < phrases->len; i++) {
        const phrase *ph = &g_array_index(phrases, phrase, i);
        if (ph->piece >= 0 && g_hash_table_lookup(tf, ph->term))
            present[ph->word & 63] |= G_GUINT64_CONSTANT(1) << (ph->piece & 63);
    }
    for (guint i = 0; i < phrases->len; i++) {
        const phrase *ph = &g_array_index(phrases, phrase, i);
        if (ph->piece >= 0 && present[ph->word & 63] == (G_GUINT64_CONSTANT(1) << ph->pieces) - 1)
            whole |= G_GUINT64_CONSTANT(1) << (ph->word & 63);
    }
    return whole;
}

/* A document's score from its length and "term count term count …" of the query's terms it holds. */
static double score_of(const GArray *phrases, const char *counts, double length, double avgdl)
{
    GHashTable *tf = g_hash_table_new(g_str_hash, g_str_equal);
    char **parts = g_strsplit(counts, " ", -1);
    for (char **p = parts; p[0] && p[1]; p += 2)
        g_hash_table_insert(tf, p[0], GINT_TO_POINTER(atoi(p[1])));
    guint64 whole = whole_compounds(phrases, tf);
    const double k1 = 1.2, b = 0.75;
    double bm25 = 0;
    int level[64] = { 0 };
    for (guint i = 0; i < phrases->len; i++) {
        const phrase *ph = &g_array_index(phrases, phrase, i);
        double freq = GPOINTER_TO_INT(g_hash_table_lookup(tf, ph->term));
        if (freq == 0 || (ph->piece >= 0 && !(whole & (G_GUINT64_CONSTANT(1) << (ph->word & 63)))))
            continue;
        bm25 += ph->idf * freq * (k1 + 1) / (freq + k1 * (1 - b + b * length / avgdl));
        level[ph->word & 63] = MAX(level[ph->word & 63], ph->level);
    }
    int tier = 0, matched = 0;
    for (int w = 0; w < 64; w++)
        tier += level[w], matched += level[w] > 0;
    tier += matched * 256;
    g_strfreev(parts);
    g_hash_table_destroy(tf);
    return tier * TIER + MIN(bm25, TIER - 1);
}

static gint by_score(gconstpointer a, gconstpointer b)
{
    const at_candidate *x = a, *y = b;
    return x->score > y->score ? -1 : x->score < y->score ? 1 : x->doc < y->doc ? -1 : x->doc > y->doc;
}

/* Every document matching the terms (and the filters), scored; the best after those in `out` already. */
static int run_match(void *self, const at_query *q, bool all, bool own, size_t limit, GArray *out, at_error *err)
{
    pq *s = self;
    GString *expr = g_string_new(NULL), *filter = g_string_new(NULL), *lexemes = g_string_new(NULL);
    GArray *phrases = g_array_new(FALSE, FALSE, sizeof(phrase));
    GPtrArray *values = g_ptr_array_new_with_free_func(g_free);
    match_expr(q, all, own, expr, phrases);
    filter_sql(q, 3, filter, values);
    double avgdl = 1;
    int rc = expr->len ? phrase_stats(s, phrases, &avgdl, err) : 0;
    for (guint i = 0; i < phrases->len; i++)
        array_add(lexemes, g_array_index(phrases, phrase, i).term, false);
    char *terms = array_end(lexemes);
    char *sql = g_strdup_printf(
        "SELECT d.id, d.length, (SELECT coalesce(string_agg(u.lexeme || ' ' ||"
        " coalesce(array_length(u.positions, 1), 1), ' '), '') FROM unnest(d.terms) u WHERE u.lexeme = ANY($2::text[]))"
        " FROM arkivtext_index_docs d WHERE d.terms @@ $1::tsquery%s%s%s",
        filter->len ? " AND d.id IN (" : "", filter->str, filter->len ? ")" : "");
    g_ptr_array_insert(values, 0, g_strdup(terms));
    g_ptr_array_insert(values, 0, g_strdup(expr->str));
    PGresult *r = rc == 0 && expr->len ? run(s, sql, (int)values->len, (const char *const *)values->pdata,
                                             PGRES_TUPLES_OK, "search failed", err)
                                       : NULL;
    rc = rc < 0 || !expr->len || r ? rc : err->code;
    GArray *found = g_array_new(FALSE, FALSE, sizeof(at_candidate));
    for (int i = 0; r && i < PQntuples(r); i++) {
        at_candidate c = { g_ascii_strtoll(PQgetvalue(r, i, 0), NULL, 10), 0, 0, 0, 0 };
        c.score = score_of(phrases, PQgetvalue(r, i, 2), g_ascii_strtod(PQgetvalue(r, i, 1), NULL), avgdl);
        g_array_append_val(found, c);
    }
    g_array_sort(found, by_score);
    GHashTable *seen = g_hash_table_new(g_int64_hash, g_int64_equal);
    for (guint i = 0; i < out->len; i++)
        g_hash_table_add(seen, &g_array_index(out, at_candidate, i).doc);
    for (guint i = 0; i < found->len && out->len < limit; i++)
        if (!g_hash_table_contains(seen, &g_array_index(found, at_candidate, i).doc))
            g_array_append_val(out, g_array_index(found, at_candidate, i));
    g_hash_table_destroy(seen);
    g_array_free(found, TRUE);
    PQclear(r);
    g_free(sql);
    g_free(terms);
    g_ptr_array_free(values, TRUE);
    g_array_free(phrases, TRUE);
    g_string_free(expr, TRUE);
    g_string_free(filter, TRUE);
    return rc;
}

/* Field filters alone: documents in index order, each where its first filter's first value stands. */
static int run_fields(void *self, const at_query *q, size_t limit, GArray *out, at_error *err)
{
    pq *s = self;
    const at_query_filter *first = &g_array_index(q->filters, at_query_filter, 0);
    GPtrArray *one = g_ptr_array_new();
    g_ptr_array_add(one, g_ptr_array_index(first->tokens, 0));
    at_query_filter only_filter = { first->field, one };
    GArray *filters = g_array_new(FALSE, FALSE, sizeof(at_query_filter));
    g_array_append_val(filters, only_filter);
    at_query only = { NULL, filters };
    GString *head = g_string_new(NULL), *filter = g_string_new(NULL);
    GPtrArray *values = g_ptr_array_new_with_free_func(g_free);
    filter_sql(&only, 1, head, values);
    filter_sql(q, (int)values->len + 1, filter, values);
    /* the head's "SELECT doc FROM … WHERE …" becomes the row source, with where the value stands */
    char *sql = g_strdup_printf("SELECT doc, page, first_line, last_line%s AND doc IN (%s)"
                                " ORDER BY doc, page, first_line",
                                strstr(head->str, " FROM "), filter->str);
    PGresult *r = run(s, sql, (int)values->len, (const char *const *)values->pdata, PGRES_TUPLES_OK, "search failed",
                      err);
    gint64 last = -1;
    for (int i = 0; r && i < PQntuples(r) && out->len < limit; i++) {
        at_candidate c = { g_ascii_strtoll(PQgetvalue(r, i, 0), NULL, 10), 0, atoi(PQgetvalue(r, i, 1)),
                        atoi(PQgetvalue(r, i, 2)), atoi(PQgetvalue(r, i, 3)) };
        if (c.doc != last)
            g_array_append_val(out, c);
        last = c.doc;
    }
    int rc = r ? 0 : err->code;
    PQclear(r);
    g_free(sql);
    g_ptr_array_free(values, TRUE);
    g_string_free(head, TRUE);
    g_string_free(filter, TRUE);
    g_array_free(filters, TRUE);
    g_ptr_array_free(one, TRUE);
    return rc;
}

/* "{1,2,3}" to numbers. */
static uint32_t *int_array(const char *text, size_t *n)
{
    char **parts = g_strsplit_set(text, "{},", -1);
    GArray *out = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    for (char **p = parts; *p; p++)
        if (**p) {
            uint32_t v = (uint32_t)g_ascii_strtoull(*p, NULL, 10);
            g_array_append_val(out, v);
        }
    g_strfreev(parts);
    *n = out->len;
    return (uint32_t *)(void *)g_array_free(out, FALSE);
}

static int fetch(void *self, const at_candidate *c, at_backend_hit *h, at_error *err)
{
    pq *s = self;
    char id[32];
    g_snprintf(id, sizeof id, "%" G_GINT64_FORMAT, c->doc);
    const char *params[] = { id };
    PGresult *r = run(s,
                      "SELECT package, document, title, location, line_pages, line_numbers, body"
                      " FROM arkivtext_index_docs WHERE id = $1",
                      1, params, PGRES_TUPLES_OK, "cannot read a hit", err);
    if (!r)
        return err->code;
    int rc = 0;
    if (PQntuples(r) != 1) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_SEARCH, s->display, "a hit has no document (removed meanwhile?)");
    } else {
        h->package = g_strdup(PQgetvalue(r, 0, 0));
        h->document = g_strdup(PQgetvalue(r, 0, 1));
        h->title = g_strdup(PQgetvalue(r, 0, 2));
        h->location = g_strdup(PQgetvalue(r, 0, 3));
        h->score = fmod(c->score, TIER);
        h->field_page = c->page;
        h->field_first = c->first_line;
        h->field_last = c->last_line;
        size_t n_numbers = 0;
        h->text.pages = int_array(PQgetvalue(r, 0, 4), &h->text.n_lines);
        h->text.numbers = int_array(PQgetvalue(r, 0, 5), &n_numbers);
        h->text.text = g_strdup(PQgetvalue(r, 0, 6));
        h->text.len = strlen(h->text.text);
        if (n_numbers != h->text.n_lines)
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, s->display, "index damaged (a document's lines)");
    }
    PQclear(r);
    return rc;
}

static int pq_expand(void *self, at_query *q, at_error *err)
{
    (void)err;
    for (guint i = 0; i < q->words->len; i++)
        expand_word(self, &g_array_index(q->words, at_query_word, i));
    return 0;
}

static const at_index_backend pg_backend = {
    "postgresql", pq_open, pq_close, pq_begin, pq_commit, pq_put, pq_remove, pq_count, pq_expand, run_match,
    run_fields, fetch,
};

/* The module's entry point (search_private.h): the index front in libarkivtext calls it once. */
AT_EXPORT const at_index_backend *at_index_pg_module(int abi)
{
    return abi == AT_INDEX_PG_ABI ? &pg_backend : NULL;
}
