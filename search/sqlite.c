/* The SQLite FTS5 backend: one file; every document one row of a contentless FTS5 table.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layout (schema version 2):
 *   docs(id, package, document, title, location, lines, body)
 *       body: the document's text, one line a line, deflated; lines: each
 *       line's page and number as the record counts it (varints)
 *   fields(field, token, doc, page, first_line, last_line)   the record's fields as tokens
 *   vocab(term, fold, stem), parts(part, term)   every term with its folded form and stem, and the
 *       stems of a compound's parts (search_private.h)
 *   terms: FTS5 over the bodies (rowid = docs.id), contentless, detail=full, tokenizer "arkivtext"
 * The text is kept once, compressed, and each word is one term: that keeps
 * the file near the text's size. Removing a document hands FTS5 its text
 * again (a contentless table needs it), decompressed from `docs`.
 *
 * Queries never pass user text to FTS5: each query word becomes an OR of
 * quoted terms from the vocabulary, and a quoted term is one token as it
 * stands (the tokenizer passes query text through). Ranking: at_score(),
 * Okapi BM25 as FTS5's bm25() computes it (k1 1.2, b 0.75), behind the
 * number of query words matched and matched in their exact spelling.
 */
#include "search/search_private.h"

#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <zlib.h>

#define SCHEMA_VERSION "2" /* 2: stems to a fixed point (analyze.c) */
#define MAX_EXPANSION 200      /* terms a query word may stand for (a common part: "plan", "kommun") */
#define KNOWN_TERMS 2000000    /* terms remembered as already in the vocabulary */
#define TIER 1e6               /* at_score: tiers (words matched and how) above any BM25 score */
#define NOT_SCORED '-'         /* at_score: a phrase that only narrows the rows (match_expr) */

typedef struct {
    sqlite3 *db;
    at_analyzer *a;
    char *path;
    fts5_tokenizer tokenizer;
    GHashTable *known; /* terms this handle put into the vocabulary */
} sq;

static int db_fail(sq *s, const char *what, at_error *err)
{
    return at_error_set(err, AT_EIO, AT_STAGE_SEARCH, s->path, "index: %s: %s", what, sqlite3_errmsg(s->db));
}

static sqlite3_stmt *prepare(sq *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return NULL;
    }
    return st;
}

static int step_done(sq *s, sqlite3_stmt *st, const char *what, at_error *err)
{
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : db_fail(s, what, err);
    sqlite3_finalize(st);
    return rc;
}

static int exec(sq *s, const char *sql, at_error *err)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : db_fail(s, sql, err);
}

/* ---- the tokenizer: a document's words as terms; a query's quoted term as it stands ---- */

typedef struct {
    void *ctx;
    int (*token)(void *, int, const char *, int, int, int);
} tok_state;

static int emit_word(const char *text, size_t start, size_t end, void *data)
{
    tok_state *t = data;
    char term[AT_WORD_MAX];
    if (!at_term(text + start, end - start, term))
        return SQLITE_OK;
    return t->token(t->ctx, 0, term, (int)strlen(term), (int)start, (int)end);
}

static int tok_create(void *ctx, const char **args, int n_args, Fts5Tokenizer **out)
{
    (void)args, (void)n_args;
    *out = ctx;
    return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *t)
{
    (void)t;
}

static int tok_tokenize(Fts5Tokenizer *self, void *ctx, int flags, const char *text, int len,
                        int (*token)(void *, int, const char *, int, int, int))
{
    (void)self;
    if (flags & FTS5_TOKENIZE_QUERY)
        return len > 0 ? token(ctx, 0, text, len, 0, len) : SQLITE_OK;
    tok_state t = { ctx, token };
    return at_analyze_words(text, (size_t)len, emit_word, &t);
}

/* ---- at_score(terms, words, exact): tiers, then BM25 ---- */

typedef struct {
    int phrases;
    double *idf;
    double avgdl;
} score_stats;

static void stats_free(void *p)
{
    score_stats *st = p;
    g_free(st->idf);
    g_free(st);
}

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *data)
{
    (void)api, (void)fts;
    (*(sqlite3_int64 *)data)++;
    return SQLITE_OK;
}

/* Per query: each phrase's inverse document frequency and the mean document length, as FTS5's bm25(). */
static score_stats *query_stats(const Fts5ExtensionApi *api, Fts5Context *fts, const char *words)
{
    score_stats *st = api->xGetAuxdata(fts, 0);
    if (st)
        return st;
    sqlite3_int64 rows = 0, tokens = 0;
    if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK)
        return NULL;
    st = g_new0(score_stats, 1);
    st->phrases = api->xPhraseCount(fts);
    st->idf = g_new0(double, st->phrases ? st->phrases : 1);
    st->avgdl = rows ? (double)tokens / (double)rows : 1;
    for (int i = 0; i < st->phrases && words[i] != NOT_SCORED; i++) {
        sqlite3_int64 hits = 0;
        api->xQueryPhrase(fts, i, &hits, count_row);
        double idf = log((double)(rows - hits) + 0.5) - log((double)hits + 0.5);
        st->idf[i] = idf > 1e-6 ? idf : 1e-6;
    }
    if (api->xSetAuxdata(fts, st, stats_free) != SQLITE_OK)
        return NULL; /* freed by FTS5 */
    return st;
}

/* How often phrase `i` occurs in the row. Phrase by phrase: xInstCount() sorts every instance of every phrase
 * into one list, which costs each row its instances times the phrases (common words have many forms). */
static int phrase_count(const Fts5ExtensionApi *api, Fts5Context *fts, int i)
{
    Fts5PhraseIter it;
    int col = -1, off, n = 0;
    if (api->xPhraseFirst(fts, i, &it, &col, &off) != SQLITE_OK)
        return 0;
    for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off))
        n++;
    return n;
}

/*
 * A page's tier: query words matched (most first), then how well each
 * matched: 3 in the spelling typed, 2 in another form (a diacritic
 * variant, an inflection, a compound holding it), 1 only through all the
 * pieces of a compound query word.
 */
static void score_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int n, sqlite3_value **v)
{
    /* words: per phrase, its query word as a letter ('A' + index), or NOT_SCORED; exact: per phrase '1' the
     * spelling typed, '0' another form, 'p' a piece. */
    const char *words = n == 2 ? (const char *)sqlite3_value_text(v[0]) : NULL;
    const char *exact = n == 2 ? (const char *)sqlite3_value_text(v[1]) : NULL;
    int phrases = api->xPhraseCount(fts), length = 0;
    score_stats *st = words && exact && (int)strlen(words) >= phrases && (int)strlen(exact) >= phrases
                          ? query_stats(api, fts, words)
                          : NULL;
    if (!st || api->xColumnSize(fts, -1, &length) != SQLITE_OK) {
        sqlite3_result_error(ctx, "at_score: bad arguments", -1);
        return;
    }
    const double k1 = 1.2, b = 0.75;
    double bm25 = 0;
    int level[64] = { 0 };
    for (int i = 0; i < st->phrases && words[i] != NOT_SCORED; i++) {
        double freq = phrase_count(api, fts, i);
        if (freq == 0)
            continue;
        bm25 += st->idf[i] * freq * (k1 + 1) / (freq + k1 * (1 - b + b * length / st->avgdl));
        int w = (words[i] - 'A') & 63, l = exact[i] == '1' ? 3 : exact[i] == 'p' ? 1 : 2;
        level[w] = MAX(level[w], l);
    }
    int tier = 0, matched = 0;
    for (int w = 0; w < 64; w++)
        tier += level[w], matched += level[w] > 0;
    tier += matched * 256;
    sqlite3_result_double(ctx, tier * TIER + MIN(bm25, TIER - 1));
}

static fts5_api *fts5_of(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

/* ---- open and close ---- */

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS docs(id INTEGER PRIMARY KEY, package TEXT NOT NULL UNIQUE,"
    " document TEXT NOT NULL, title TEXT NOT NULL, location TEXT NOT NULL, pages INTEGER NOT NULL,"
    " lines BLOB NOT NULL, body BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS fields(field INTEGER NOT NULL, token TEXT NOT NULL, doc INTEGER NOT NULL,"
    " page INTEGER NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,"
    " PRIMARY KEY(field, token, doc, page, first_line)) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS fields_doc ON fields(doc);"
    "CREATE TABLE IF NOT EXISTS vocab(term TEXT PRIMARY KEY, fold TEXT NOT NULL, stem TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX IF NOT EXISTS vocab_fold ON vocab(fold);"
    "CREATE INDEX IF NOT EXISTS vocab_stem ON vocab(stem);"
    "CREATE TABLE IF NOT EXISTS parts(part TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY(part, term)) WITHOUT ROWID;"
    "CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(body, content='', tokenize='arkivtext', detail=full);"
    "INSERT OR IGNORE INTO meta VALUES('schema', '" SCHEMA_VERSION "');";

static int check_version(sq *s, at_error *err)
{
    sqlite3_stmt *st = prepare(s, "SELECT value FROM meta WHERE key = 'schema'");
    int rc = 0;
    if (!st)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, s->path, "not an arkivtext index");
    else if (sqlite3_step(st) != SQLITE_ROW || g_strcmp0((const char *)sqlite3_column_text(st, 0), SCHEMA_VERSION) != 0)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, s->path,
                          "index made by another version of arkivtext; rebuild it with arkivtext index");
    sqlite3_finalize(st);
    return rc;
}

static void sq_close(void *self)
{
    sq *s = self;
    if (!s)
        return;
    sqlite3_close(s->db);
    g_hash_table_destroy(s->known);
    g_free(s->path);
    g_free(s);
}

static int sq_open(void **out, const char *location, at_analyzer *a, bool create, at_error *err)
{
    sq *s = g_new0(sq, 1);
    s->a = a;
    s->path = g_strdup(location);
    s->known = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    s->tokenizer = (fts5_tokenizer){ tok_create, tok_delete, tok_tokenize };
    int rc = 0;
    if (!create && !g_file_test(location, G_FILE_TEST_EXISTS)) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_SEARCH, location, "no index here (make one with arkivtext index)");
    } else if (sqlite3_open_v2(location, &s->db, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0), NULL) !=
               SQLITE_OK) {
        rc = db_fail(s, "cannot open", err);
    } else {
        fts5_api *api = fts5_of(s->db);
        if (!api || api->xCreateTokenizer(api, "arkivtext", s, &s->tokenizer, NULL) != SQLITE_OK ||
            api->xCreateFunction(api, "at_score", NULL, score_fn, NULL) != SQLITE_OK)
            rc = at_error_set(err, AT_EDEPEND, AT_STAGE_SEARCH, location, "SQLite has no FTS5");
        else if (sqlite3_busy_timeout(s->db, 30000) != SQLITE_OK ||
                 sqlite3_exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", NULL, NULL, NULL) !=
                     SQLITE_OK)
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, location, "not an arkivtext index (%s)",
                              sqlite3_errmsg(s->db));
        else if (create && sqlite3_exec(s->db, schema, NULL, NULL, NULL) != SQLITE_OK)
            rc = db_fail(s, "cannot set up", err);
        else
            rc = check_version(s, err);
    }
    if (rc < 0) {
        sq_close(s);
        return rc;
    }
    *out = s;
    return 0;
}

static int sq_begin(void *self, at_error *err)
{
    return exec(self, "BEGIN IMMEDIATE", err);
}

static int sq_commit(void *self, at_error *err)
{
    return exec(self, "COMMIT", err);
}

/* ---- stored text: deflated, and each line's page and number as varints ---- */

static GByteArray *deflate_text(const char *text, size_t len)
{
    uLongf size = compressBound((uLong)len);
    GByteArray *out = g_byte_array_sized_new((guint)size + 4);
    g_byte_array_set_size(out, (guint)size + 4);
    for (int i = 0; i < 4; i++)
        out->data[i] = (guint8)((len >> (8 * i)) & 0xff);
    if (compress2(out->data + 4, &size, (const Bytef *)text, (uLong)len, 6) != Z_OK)
        size = 0;
    g_byte_array_set_size(out, (guint)size + 4);
    return out;
}
static char *inflate_text(const void *blob, size_t n, size_t *len)
{
    const guint8 *b = blob;
    if (n < 4)
        return NULL;
    uLongf size = (uLongf)b[0] | (uLongf)b[1] << 8 | (uLongf)b[2] << 16 | (uLongf)b[3] << 24;
    char *text = g_malloc(size + 1);
    if (uncompress((Bytef *)text, &size, b + 4, (uLong)(n - 4)) != Z_OK) {
        g_free(text);
        return NULL;
    }
    text[size] = '\0';
    *len = size;
    return text;
}

static void put_varint(GByteArray *out, uint32_t v)
{
    do {
        guint8 byte = (guint8)(v & 0x7f);
        v >>= 7;
        if (v)
            byte |= 0x80;
        g_byte_array_append(out, &byte, 1);
    } while (v);
}

static bool get_varint(const guint8 *b, size_t n, size_t *at, uint32_t *v)
{
    *v = 0;
    for (int shift = 0; *at < n && shift < 35; shift += 7) {
        guint8 byte = b[(*at)++];
        *v |= (uint32_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

/* A document's pages as one text, and the (page, number) of each line. */
static void join_pages(const at_index_doc *d, GString *text, GByteArray *lines)
{
    for (guint p = 0; p < d->pages->len; p++) {
        const at_index_page *pg = &g_array_index(d->pages, at_index_page, p);
        g_string_append_len(text, pg->text, (gssize)pg->len);
        if (pg->len && pg->text[pg->len - 1] != '\n')
            g_string_append_c(text, '\n');
        for (size_t l = 0; l < pg->n_lines; l++) {
            put_varint(lines, (uint32_t)pg->page);
            put_varint(lines, pg->numbers[l]);
        }
    }
}

static bool unpack_lines(const guint8 *b, size_t n, at_stored_text *t)
{
    GArray *pages = g_array_new(FALSE, FALSE, sizeof(uint32_t)), *numbers = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    bool ok = true;
    for (size_t at = 0; ok && at < n;) {
        uint32_t page, number;
        ok = get_varint(b, n, &at, &page) && get_varint(b, n, &at, &number);
        g_array_append_val(pages, page);
        g_array_append_val(numbers, number);
    }
    t->n_lines = pages->len;
    t->pages = (uint32_t *)(void *)g_array_free(pages, FALSE);
    t->numbers = (uint32_t *)(void *)g_array_free(numbers, FALSE);
    return ok;
}

/* ---- writing ---- */

/* Forget a document: its terms (FTS5 needs its text back), fields, row. */
static int forget(sq *s, sqlite3_int64 doc, at_error *err)
{
    sqlite3_stmt *st = prepare(s, "SELECT body FROM docs WHERE id = ?1");
    if (!st)
        return db_fail(s, "cannot prepare", err);
    sqlite3_bind_int64(st, 1, doc);
    size_t len = 0;
    char *text = sqlite3_step(st) == SQLITE_ROW
                     ? inflate_text(sqlite3_column_blob(st, 0), (size_t)sqlite3_column_bytes(st, 0), &len)
                     : NULL;
    sqlite3_finalize(st);
    if (!text)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, s->path, "index damaged (a document cannot be read)");
    st = prepare(s, "INSERT INTO terms(terms, rowid, body) VALUES('delete', ?1, ?2)");
    if (!st) {
        g_free(text);
        return db_fail(s, "cannot prepare", err);
    }
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_text(st, 2, text, (int)len, g_free);
    int rc = step_done(s, st, "cannot remove terms", err);
    static const char *const drops[] = { "DELETE FROM fields WHERE doc = ?1", "DELETE FROM docs WHERE id = ?1" };
    for (size_t i = 0; rc == 0 && i < G_N_ELEMENTS(drops); i++) {
        if (!(st = prepare(s, drops[i])))
            return db_fail(s, "cannot prepare", err);
        sqlite3_bind_int64(st, 1, doc);
        rc = step_done(s, st, "cannot remove", err);
    }
    return rc;
}

static bool doc_id(sq *s, const char *package, sqlite3_int64 *id)
{
    sqlite3_stmt *st = prepare(s, "SELECT id FROM docs WHERE package = ?1");
    bool found = false;
    if (st) {
        sqlite3_bind_text(st, 1, package, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) {
            *id = sqlite3_column_int64(st, 0);
            found = true;
        }
    }
    sqlite3_finalize(st);
    return found;
}

static int sq_remove(void *self, const char *package, at_error *err)
{
    sq *s = self;
    sqlite3_int64 id;
    return doc_id(s, package, &id) ? forget(s, id, err) : 0;
}

static int put_field(sq *s, sqlite3_stmt *st, sqlite3_int64 doc, const at_index_field *f, at_error *err)
{
    GPtrArray *tokens = g_ptr_array_new_with_free_func(g_free);
    at_field_tokens(f->field, f->value, true, tokens);
    int rc = 0;
    for (guint i = 0; rc == 0 && i < tokens->len; i++) {
        sqlite3_reset(st);
        sqlite3_bind_int(st, 1, (int)f->field);
        sqlite3_bind_text(st, 2, g_ptr_array_index(tokens, i), -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, doc);
        sqlite3_bind_int(st, 4, f->page);
        sqlite3_bind_int(st, 5, f->first_line);
        sqlite3_bind_int(st, 6, f->last_line);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = db_fail(s, "cannot add a field", err);
    }
    g_ptr_array_free(tokens, TRUE);
    return rc;
}

static int put_fields(sq *s, sqlite3_int64 doc, const at_index_doc *d, at_error *err)
{
    sqlite3_stmt *st = prepare(s, "INSERT OR IGNORE INTO fields VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    int rc = st ? 0 : db_fail(s, "cannot prepare", err);
    for (guint i = 0; rc == 0 && i < d->fields->len; i++)
        rc = put_field(s, st, doc, &g_array_index(d->fields, at_index_field, i), err);
    sqlite3_finalize(st);
    return rc;
}

typedef struct {
    sq *s;
    sqlite3_stmt *vocab, *part;
    int rc;
    at_error *err;
} vocab_state;

/* Terms with a digit ("2019", "e4", "co2") are found only as they are: the vocabulary need not hold them. */
static bool has_digit(const char *term)
{
    return strpbrk(term, "0123456789") != NULL;
}

/* A term the vocabulary may lack: filed under its folded form, stem and parts. */
static int file_word(const char *text, size_t start, size_t end, void *data)
{
    vocab_state *v = data;
    char term[AT_WORD_MAX];
    if (!at_term(text + start, end - start, term) || has_digit(term) || g_hash_table_contains(v->s->known, term))
        return 0;
    at_word_forms f;
    if (!at_analyze_word(v->s->a, text + start, end - start, &f))
        return 0;
    sqlite3_reset(v->vocab);
    sqlite3_bind_text(v->vocab, 1, f.lower, -1, SQLITE_STATIC);
    sqlite3_bind_text(v->vocab, 2, f.fold, -1, SQLITE_STATIC);
    sqlite3_bind_text(v->vocab, 3, f.stem, -1, SQLITE_STATIC);
    if (sqlite3_step(v->vocab) != SQLITE_DONE)
        v->rc = db_fail(v->s, "cannot add to the vocabulary", v->err);
    for (guint i = 0; v->rc == 0 && i < f.parts->len; i++) {
        sqlite3_reset(v->part);
        sqlite3_bind_text(v->part, 1, g_ptr_array_index(f.parts, i), -1, SQLITE_STATIC);
        sqlite3_bind_text(v->part, 2, f.lower, -1, SQLITE_STATIC);
        if (sqlite3_step(v->part) != SQLITE_DONE)
            v->rc = db_fail(v->s, "cannot add to the vocabulary", v->err);
    }
    at_word_forms_clear(&f);
    if (g_hash_table_size(v->s->known) >= KNOWN_TERMS)
        g_hash_table_remove_all(v->s->known);
    g_hash_table_add(v->s->known, g_strdup(term));
    return v->rc;
}

static int put_vocab(sq *s, const char *text, size_t len, at_error *err)
{
    vocab_state v = { s, prepare(s, "INSERT OR IGNORE INTO vocab VALUES(?1, ?2, ?3)"),
                      prepare(s, "INSERT OR IGNORE INTO parts VALUES(?1, ?2)"), 0, err };
    if (!v.vocab || !v.part)
        v.rc = db_fail(s, "cannot prepare", err);
    else
        at_analyze_words(text, len, file_word, &v);
    sqlite3_finalize(v.vocab);
    sqlite3_finalize(v.part);
    return v.rc;
}

static int put_doc(sq *s, const at_index_doc *d, at_error *err)
{
    GString *text = g_string_new(NULL);
    GByteArray *lines = g_byte_array_new();
    join_pages(d, text, lines);
    GByteArray *body = deflate_text(text->str, text->len);
    sqlite3_stmt *st = prepare(s, "INSERT INTO docs(package, document, title, location, pages, lines, body)"
                                  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    int rc = st ? 0 : db_fail(s, "cannot prepare", err);
    if (rc == 0) {
        sqlite3_bind_text(st, 1, d->package, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, d->document, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, d->title, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, d->location, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 5, (int)d->pages->len);
        sqlite3_bind_blob(st, 6, lines->data, (int)lines->len, SQLITE_STATIC);
        sqlite3_bind_blob(st, 7, body->data, (int)body->len, SQLITE_STATIC);
        rc = step_done(s, st, "cannot add a document", err);
    }
    sqlite3_int64 id = sqlite3_last_insert_rowid(s->db);
    if (rc == 0 && !(st = prepare(s, "INSERT INTO terms(rowid, body) VALUES(?1, ?2)")))
        rc = db_fail(s, "cannot prepare", err);
    if (rc == 0) {
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_text(st, 2, text->str, (int)text->len, SQLITE_STATIC);
        rc = step_done(s, st, "cannot index a document", err);
    }
    if (rc == 0)
        rc = put_fields(s, id, d, err);
    if (rc == 0)
        rc = put_vocab(s, text->str, text->len, err);
    g_byte_array_free(body, TRUE);
    g_byte_array_free(lines, TRUE);
    g_string_free(text, TRUE);
    return rc;
}

static int sq_put(void *self, const at_index_doc *d, at_error *err)
{
    sq *s = self;
    int rc = exec(s, "SAVEPOINT put", err);
    if (rc < 0)
        return rc;
    sqlite3_int64 id;
    if (doc_id(s, d->package, &id))
        rc = forget(s, id, err);
    if (rc == 0)
        rc = put_doc(s, d, err);
    if (rc < 0) {
        sqlite3_exec(s->db, "ROLLBACK TO put", NULL, NULL, NULL);
        /* the vocabulary rows went too: forget what this handle thinks it filed */
        g_hash_table_remove_all(s->known);
    }
    int released = exec(s, "RELEASE put", rc == 0 ? err : &(at_error)AT_ERROR_INIT);
    return rc < 0 ? rc : released;
}

static int sq_count(void *self, size_t *documents, size_t *pages, at_error *err)
{
    sq *s = self;
    sqlite3_stmt *st = prepare(s, "SELECT count(*), total(pages) FROM docs");
    if (!st || sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return db_fail(s, "cannot count", err);
    }
    *documents = (size_t)sqlite3_column_int64(st, 0);
    *pages = (size_t)sqlite3_column_double(st, 1);
    sqlite3_finalize(st);
    return 0;
}

/* ---- searching ---- */

static void add_terms(sqlite3_stmt *st, const char *key, GPtrArray *terms, GHashTable *seen)
{
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    while (terms->len < MAX_EXPANSION && sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        if (t && !g_hash_table_contains(seen, t)) {
            char *copy = g_strdup(t);
            g_ptr_array_add(terms, copy);
            g_hash_table_add(seen, copy);
        }
    }
}

typedef struct {
    sqlite3_stmt *by_term, *by_fold, *by_stem, *by_part;
} lookups;

/* The terms the vocabulary files under a lower-case word's forms: its folded form, its stem, and the
 * compounds it is a part of; with `own`, the word itself first. */
static void lookup(sq *s, lookups *l, const char *lower, bool own, GPtrArray *terms, GHashTable *seen)
{
    char fold[AT_WORD_MAX], st[AT_WORD_MAX];
    if (at_fold(lower, strlen(lower), fold, sizeof fold) < 0)
        return;
    at_analyze_stem(s->a, lower, st);
    if (own)
        add_terms(l->by_term, lower, terms, seen);
    add_terms(l->by_fold, fold, terms, seen);
    add_terms(l->by_stem, st, terms, seen);
    add_terms(l->by_stem, fold, terms, seen);
    add_terms(l->by_part, st, terms, seen);
    add_terms(l->by_part, fold, terms, seen);
}

/* One query word's terms: its own, and those of the compounds that end it; a compound's pieces apart. */
static void expand_word(sq *s, lookups *l, at_query_word *w)
{
    if (has_digit(w->forms.lower)) { /* numbers and codes only as they are */
        g_ptr_array_add(w->terms, g_strdup(w->forms.lower));
        return;
    }
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
    lookup(s, l, w->forms.lower, true, w->terms, seen);
    for (guint h = 0; h < w->forms.heads->len; h++)
        lookup(s, l, g_ptr_array_index(w->forms.heads, h), false, w->terms, seen);
    g_hash_table_destroy(seen);
    for (guint p = 0; w->forms.pieces->len >= 2 && p < w->forms.pieces->len; p++) {
        GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
        seen = g_hash_table_new(g_str_hash, g_str_equal);
        lookup(s, l, g_ptr_array_index(w->forms.pieces, p), true, terms, seen);
        g_hash_table_destroy(seen);
        g_ptr_array_add(w->pieces, terms);
        if (terms->len == 0) { /* a piece no document has: no document has them all */
            g_ptr_array_set_size(w->pieces, 0);
            break;
        }
    }
}

/* Each query word's terms from the vocabulary. */
static int expand(void *self, at_query *q, at_error *err)
{
    sq *s = self;
    lookups l = { prepare(s, "SELECT term FROM vocab WHERE term = ?1"), prepare(s, "SELECT term FROM vocab WHERE fold = ?1"),
                  prepare(s, "SELECT term FROM vocab WHERE stem = ?1"), prepare(s, "SELECT term FROM parts WHERE part = ?1") };
    int rc = l.by_term && l.by_fold && l.by_stem && l.by_part ? 0 : db_fail(s, "cannot prepare", err);
    for (guint i = 0; rc == 0 && i < q->words->len; i++)
        expand_word(s, &l, &g_array_index(q->words, at_query_word, i));
    sqlite3_finalize(l.by_term);
    sqlite3_finalize(l.by_fold);
    sqlite3_finalize(l.by_stem);
    sqlite3_finalize(l.by_part);
    return rc;
}

/* "doc IN (...)" for the filters: every filter's tokens, intersected; parameters numbered from `param`. */
static void filter_sql(const at_query *q, int param, GString *sql)
{
    for (guint i = 0; i < q->filters->len; i++) {
        const at_query_filter *f = &g_array_index(q->filters, at_query_filter, i);
        for (guint t = 0; t < f->tokens->len; t++) {
            if (sql->len)
                g_string_append(sql, " INTERSECT ");
            g_string_append_printf(sql, "SELECT doc FROM fields WHERE field = %d AND ", (int)f->field);
            if (f->field == AT_FIELD_DNR) {
                g_string_append_printf(sql, "token >= ?%d AND token < ?%d", param, param + 1);
                param += 2;
            } else {
                g_string_append_printf(sql, "token = ?%d", param++);
            }
        }
    }
}

/* Binds the filters' tokens from parameter `param` on; returns the next parameter. */
static int bind_filters(sqlite3_stmt *st, const at_query *q, int param)
{
    for (guint i = 0; i < q->filters->len; i++) {
        const at_query_filter *f = &g_array_index(q->filters, at_query_filter, i);
        for (guint t = 0; t < f->tokens->len; t++) {
            const char *token = g_ptr_array_index(f->tokens, t);
            sqlite3_bind_text(st, param++, token, -1, SQLITE_TRANSIENT);
            if (f->field == AT_FIELD_DNR) /* a prefix: every token from it up to it + U+10FFFF */
                sqlite3_bind_text(st, param++, g_strconcat(token, "\xF4\x8F\xBF\xBF", NULL), -1, g_free);
        }
    }
    return param;
}

/* An OR of quoted terms; each phrase noted for at_score (its word's mark, whether it is the exact spelling). */
static void or_terms(GString *expr, const GPtrArray *terms, char mark, const char *exact_term, GString *words,
                     GString *exact)
{
    for (guint t = 0; t < terms->len; t++) {
        /* A term is a lower-case word: letters, digits and marks, nothing FTS5 reads as syntax. */
        const char *term = g_ptr_array_index(terms, t);
        g_string_append_printf(expr, "%s\"%s\"", t ? " OR " : "", term);
        g_string_append_c(words, mark);
        g_string_append_c(exact, !exact_term ? 'p' : strcmp(term, exact_term) == 0 ? '1' : '0');
    }
}

/*
 * The FTS5 expression: per word an OR of its terms (and of its pieces all together); words joined by AND or
 * OR. With `own`, every word's terms once more after an AND: only documents with every word in a form of its
 * own, scored as the whole expression scores them (the copies are marked NOT_SCORED).
 */
static void match_expr(const at_query *q, bool all, bool own, GString *expr, GString *words, GString *exact)
{
    for (guint i = 0; i < q->words->len; i++) {
        const at_query_word *w = &g_array_index(q->words, at_query_word, i);
        if (w->terms->len == 0 && w->pieces->len == 0)
            continue;
        if (expr->len)
            g_string_append(expr, all ? " AND " : " OR ");
        g_string_append_c(expr, '(');
        or_terms(expr, w->terms, (char)('A' + i), w->forms.lower, words, exact);
        for (guint p = 0; p < w->pieces->len; p++) {
            g_string_append(expr, p == 0 ? (w->terms->len ? " OR ((" : "((") : ") AND (");
            or_terms(expr, g_ptr_array_index(w->pieces, p), (char)('A' + i), NULL, words, exact);
        }
        g_string_append(expr, w->pieces->len ? ")))" : ")");
    }
    for (guint i = 0; own && i < q->words->len; i++) {
        const at_query_word *w = &g_array_index(q->words, at_query_word, i);
        g_string_append(expr, " AND (");
        or_terms(expr, w->terms, NOT_SCORED, w->forms.lower, words, exact);
        g_string_append_c(expr, ')');
    }
}

/* The best documents for one match expression, after those in `out` already. */
static int run_match(void *self, const at_query *q, bool all, bool own, size_t limit, GArray *out, at_error *err)
{
    sq *s = self;
    GString *expr = g_string_new(NULL), *words = g_string_new(NULL), *exact = g_string_new(NULL);
    GString *filter = g_string_new(NULL);
    match_expr(q, all, own, expr, words, exact);
    filter_sql(q, 5, filter);
    /* "+rowid": the filter is read once and checked row by row; as a rowid constraint SQLite would run the
     * whole MATCH again for every document it lists (seconds for common words). */
    char *sql = g_strdup_printf("SELECT rowid, at_score(terms, ?1, ?2) AS score FROM terms WHERE terms MATCH ?3%s%s%s"
                                " ORDER BY score DESC, rowid LIMIT ?4",
                                filter->len ? " AND +rowid IN (" : "", filter->str, filter->len ? ")" : "");
    sqlite3_stmt *st = expr->len ? prepare(s, sql) : NULL;
    int rc = st || !expr->len ? 0 : db_fail(s, "cannot prepare the search", err);
    if (st) {
        GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal);
        for (guint i = 0; i < out->len; i++)
            g_hash_table_add(seen, GSIZE_TO_POINTER((gsize)g_array_index(out, at_candidate, i).doc));
        sqlite3_bind_text(st, 1, words->str, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, exact->str, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, expr->str, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, (sqlite3_int64)(limit + out->len));
        bind_filters(st, q, 5);
        int step = SQLITE_DONE; /* the loop may not run: no row wanted */
        while (out->len < limit && (step = sqlite3_step(st)) == SQLITE_ROW) {
            at_candidate c = { sqlite3_column_int64(st, 0), sqlite3_column_double(st, 1), 0, 0, 0 };
            if (!g_hash_table_contains(seen, GSIZE_TO_POINTER((gsize)c.doc)))
                g_array_append_val(out, c);
        }
        if (out->len < limit && step != SQLITE_DONE)
            rc = db_fail(s, "search failed", err);
        g_hash_table_destroy(seen);
    }
    sqlite3_finalize(st);
    g_free(sql);
    g_string_free(expr, TRUE);
    g_string_free(words, TRUE);
    g_string_free(exact, TRUE);
    g_string_free(filter, TRUE);
    return rc;
}

/* Field filters alone: documents in index order, each where its first filter's value stands. */
static int run_fields(void *self, const at_query *q, size_t limit, GArray *out, at_error *err)
{
    sq *s = self;
    GString *filter = g_string_new(NULL);
    const at_query_filter *first = &g_array_index(q->filters, at_query_filter, 0);
    filter_sql(q, first->field == AT_FIELD_DNR ? 3 : 2, filter);
    char *sql = g_strdup_printf("SELECT doc, page, first_line, last_line FROM fields WHERE field = %d AND %s"
                                " AND doc IN (%s) ORDER BY doc, page, first_line",
                                (int)first->field,
                                first->field == AT_FIELD_DNR ? "token >= ?1 AND token < ?2" : "token = ?1", filter->str);
    sqlite3_stmt *st = prepare(s, sql);
    int rc = st ? 0 : db_fail(s, "cannot prepare the search", err);
    if (rc == 0) {
        /* the first filter's first token, then every filter */
        GPtrArray *one = g_ptr_array_new();
        g_ptr_array_add(one, g_ptr_array_index(first->tokens, 0));
        at_query_filter only_filter = { first->field, one };
        GArray *filters = g_array_new(FALSE, FALSE, sizeof(at_query_filter));
        g_array_append_val(filters, only_filter);
        at_query only = { NULL, filters };
        bind_filters(st, q, bind_filters(st, &only, 1));
        g_array_free(filters, TRUE);
        g_ptr_array_free(one, TRUE);
        sqlite3_int64 last = -1;
        int step = SQLITE_DONE; /* the loop may not run: no row wanted */
        while (out->len < limit && (step = sqlite3_step(st)) == SQLITE_ROW) {
            at_candidate c = { sqlite3_column_int64(st, 0), 0, sqlite3_column_int(st, 1), sqlite3_column_int(st, 2),
                            sqlite3_column_int(st, 3) };
            if (c.doc != last)
                g_array_append_val(out, c);
            last = c.doc;
        }
        if (out->len < limit && step != SQLITE_DONE)
            rc = db_fail(s, "search failed", err);
    }
    sqlite3_finalize(st);
    g_free(sql);
    g_string_free(filter, TRUE);
    return rc;
}

static char *column_dup(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return g_strdup(t ? (const char *)t : "");
}

/* A candidate's document, as a hit. */
static int fetch(void *self, const at_candidate *c, at_backend_hit *h, at_error *err)
{
    sq *s = self;
    sqlite3_stmt *st = prepare(s, "SELECT package, document, title, location, lines, body FROM docs WHERE id = ?1");
    if (!st)
        return db_fail(s, "cannot prepare", err);
    sqlite3_bind_int64(st, 1, c->doc);
    int rc = 0;
    if (sqlite3_step(st) != SQLITE_ROW) {
        rc = db_fail(s, "a hit has no document", err);
    } else {
        h->package = column_dup(st, 0);
        h->document = column_dup(st, 1);
        h->title = column_dup(st, 2);
        h->location = column_dup(st, 3);
        h->score = fmod(c->score, TIER);
        h->field_page = c->page;
        h->field_first = c->first_line;
        h->field_last = c->last_line;
        h->text.text = inflate_text(sqlite3_column_blob(st, 5), (size_t)sqlite3_column_bytes(st, 5), &h->text.len);
        if (!unpack_lines(sqlite3_column_blob(st, 4), (size_t)sqlite3_column_bytes(st, 4), &h->text) || !h->text.text)
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, s->path, "index damaged (a document cannot be read)");
    }
    sqlite3_finalize(st);
    return rc;
}

static const at_index_backend sqlite_backend = {
    "sqlite", sq_open, sq_close, sq_begin, sq_commit, sq_put, sq_remove, sq_count, expand, run_match, run_fields,
    fetch,
};

/* The module's entry point (search_private.h): the index front in libarkivtext calls it once. */
AT_EXPORT const at_index_backend *at_index_sqlite_module(int abi)
{
    return abi == AT_INDEX_SQLITE_ABI ? &sqlite_backend : NULL;
}
