/* The search index through its public API: diacritics both ways with exact spellings first, stems,
 * compound parts, field filters, pages and lines of hits, snippets, replacing and removing documents,
 * and query text FTS5 would read as syntax.
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Usage: test_search [LOCATION] (default: a new SQLite file; LOCATION an empty PostgreSQL database, postgresql://…;
 * ARKIVTEXT_DICT names the dictionary) */
#include "arkivtext/arkivtext.h"
#include "tests/tap.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

static at_index_doc *doc(const char *package, const char *page1, const char *page2)
{
    char name[64];
    snprintf(name, sizeof name, "%s.txt", package);
    at_index_doc *d = at_index_doc_new(package, name, package, NULL);
    /* numbered as a text file's lines: blank lines skipped */
    static const uint32_t numbers[] = { 3, 4, 7, 8, 9 };
    at_index_doc_add_page(d, 1, page1, strlen(page1), numbers, 3);
    if (page2)
        at_index_doc_add_page(d, 2, page2, strlen(page2), NULL, 5);
    return d;
}

static at_search_results *search(at_index *ix, const char *q, at_error *err)
{
    at_search_results *r = NULL;
    at_error_clear(err);
    at_index_search(ix, q, NULL, &r, err);
    return r;
}

/* The packages hit, in order, comma-separated ("" for none, "ERROR" on an error). */
static char *packages(at_index *ix, const char *q)
{
    at_error err = AT_ERROR_INIT;
    at_search_results *r = search(ix, q, &err);
    if (!r)
        return g_strdup("ERROR");
    GString *s = g_string_new(NULL);
    for (size_t i = 0; i < at_search_results_count(r); i++)
        g_string_append_printf(s, "%s%s", i ? "," : "", at_search_results_hit(r, i)->package);
    at_search_results_free(r);
    return g_string_free(s, FALSE);
}

static void expect(at_index *ix, const char *q, const char *want)
{
    char *got = packages(ix, q);
    ok(strcmp(got, want) == 0, "%s -> %s (got %s)", q, want, got);
    g_free(got);
}

/* Every form of a word reaches one stem: Snowball, run a fixed number of times, leaves "hållplats" at
 * "hallpl" and "hållplatser" at "hallplat"; a document with the inflection is then found only by the
 * query word's pieces ("håll", "plats"), in the lowest tier with documents that merely hold both. */
static void inflections_meet(at_index *ix, at_error *err)
{
    at_index_doc *f = doc("f", "två hållplatser vid vägen\n", NULL), *g = doc("g", "håll avstånd\nvarje plats\n", NULL);
    ok(at_index_put(ix, f, err) == 0 && at_index_put(ix, g, err) == 0, "put f and g");
    at_index_doc_free(f);
    at_index_doc_free(g);
    expect(ix, "hållplats", "f,c,g");
    expect(ix, "busshållplatsen", "c,f");
    ok(at_index_remove(ix, "f", err) == 0 && at_index_remove(ix, "g", err) == 0, "remove f and g");
}

static void fill(at_index *ix, at_error *err)
{
    static const char *const docs[][3] = {
        { "a", "Södertörn är en del av länet\nvi bygger cykelbanorna\nslut\n", NULL },
        { "b", "Sodertorn ar en del av lanet\nbussar och tåg\nslut\n", NULL },
        { "c", "inledning\nom trafiken\nslut\n", "rad ett\nrad två\nnya busshållplatserna byggs\nrad fyra\nrad fem\n" },
        { "d", "avtal med Haninge kommun\nom samverkan\nslut\n", NULL },
        { "e", "avtal med Nacka kommun\nom samverkan med Värmdö\nslut\n", NULL },
    };
    at_index_begin(ix, err);
    for (size_t i = 0; i < G_N_ELEMENTS(docs); i++) {
        at_index_doc *d = doc(docs[i][0], docs[i][1], docs[i][2]);
        if (strcmp(docs[i][0], "d") == 0) {
            at_index_doc_add_field(d, "kind", "agreement", 0, 0, 0);
            at_index_doc_add_field(d, "party", "Haninge kommun", 1, 3, 3);
            at_index_doc_add_field(d, "dnr", "KS-2022/960.103", 1, 4, 4);
            at_index_doc_add_field(d, "year", "2019-05-02", 1, 4, 4);
        } else if (strcmp(docs[i][0], "e") == 0) {
            at_index_doc_add_field(d, "kind", "agreement", 0, 0, 0);
            at_index_doc_add_field(d, "party", "Nacka kommun", 1, 3, 3);
            at_index_doc_add_field(d, "org", "Nacka kommun", 0, 0, 0);
            at_index_doc_add_field(d, "year", "Plan 2020–2022", 1, 3, 3);
        }
        ok(at_index_put(ix, d, err) == 0, "put %s", docs[i][0]);
        at_index_doc_free(d);
    }
    at_index_commit(ix, err);
}

static void hits(at_index *ix)
{
    at_error err = AT_ERROR_INIT;
    at_search_results *r = search(ix, "hållplats", &err);
    const at_search_hit *h = r ? at_search_results_hit(r, 0) : NULL;
    ok(h && h->page == 2 && h->n_lines == 1 && h->lines[0] == 3, "a hit on page 2, line 3 (got page %d, %zu lines)",
       h ? h->page : 0, h ? h->n_lines : 0);
    ok(h && strcmp(h->snippet, "nya «busshållplatserna» byggs") == 0, "snippet marks the hit: %s", h ? h->snippet : "");
    ok(h && strcmp(h->document, "c.txt") == 0 && h->score > 0, "the hit names its document and a score");
    at_search_results_free(r);
    r = search(ix, "cykelbana", &err);
    h = r ? at_search_results_hit(r, 0) : NULL;
    ok(h && h->page == 1 && h->n_lines == 1 && h->lines[0] == 4, "line numbers as given (text lines 3, 4, 7)");
    at_search_results_free(r);
    r = search(ix, "party:Haninge", &err);
    h = r ? at_search_results_hit(r, 0) : NULL;
    ok(h && h->page == 1 && h->n_lines == 1 && h->lines[0] == 3 && strstr(h->snippet, "Haninge"),
       "a field hit points at the field's line: %s", h ? h->snippet : "");
    at_search_results_free(r);
}

static void bad_queries(at_index *ix)
{
    static const char *const syntax[] = { "\"", "*", "NEAR(", "(", ")", "\"avtal", "avtal*", "NEAR(avtal samverkan)",
                                          "avtal OR", "AND avtal", "avtal NOT samverkan", "avtal^", "{body}: avtal",
                                          "-avtal", "avtal:", "x' OR '1'='1" };
    for (size_t i = 0; i < G_N_ELEMENTS(syntax); i++) {
        at_error err = AT_ERROR_INIT;
        at_search_results *r = search(ix, syntax[i], &err);
        ok(r || err.code == AT_ESYNTAX, "FTS5 syntax is text or one clear message: [%s] %s", syntax[i],
           r ? "searched" : err.message);
        at_search_results_free(r);
    }
    expect(ix, "\"avtal", "d,e");
    expect(ix, "NEAR(avtal Haninge)", "d,e");
    at_error err = AT_ERROR_INIT;
    ok(!search(ix, "parti:Haninge", &err) && err.code == AT_ESYNTAX && strstr(err.message, "unknown field"),
       "unknown field: %s", err.message);
    ok(!search(ix, "year:nittonhundra", &err) && err.code == AT_ESYNTAX, "year:nittonhundra: %s", err.message);
    ok(!search(ix, "kind:roman", &err) && err.code == AT_ESYNTAX, "kind:roman: %s", err.message);
    ok(!search(ix, "  ", &err) && err.code == AT_ESYNTAX, "empty query: %s", err.message);
}

int main(int argc, char **argv)
{
    char *dir = g_dir_make_tmp("test-search-XXXXXX", NULL);
    char *path = g_build_filename(dir, "index.sqlite", NULL);
    const char *location = argc > 1 ? argv[1] : path;
    at_error err = AT_ERROR_INIT;
    at_dict *dict = NULL;
    ok(at_dict_open(&dict, at_dict_default_path(), &err) == 0, "dictionary");
    at_index_options opts = AT_INDEX_OPTIONS_INIT;
    opts.dict = dict;
    at_index *ix = NULL;
    ok(at_index_open(&ix, location, &opts, &err) < 0 && err.code == AT_EIO, "no index, no create: %s", err.message);
    opts.create = true;
    at_error_clear(&err);
    ok(at_index_open(&ix, "mysql://archive/db", &opts, &err) < 0, "an unknown backend: %s", err.message);
    at_error_clear(&err);
    if (!ok(at_index_open(&ix, location, &opts, &err) == 0, "create %s", err.message))
        return tap_done();
    fill(ix, &err);

    expect(ix, "Sodertorn", "b,a");
    expect(ix, "Södertörn", "a,b");
    expect(ix, "SÖDERTÖRN", "a,b");
    expect(ix, "cykelbana", "a");
    expect(ix, "hållplats", "c");
    expect(ix, "hallplats", "c");
    expect(ix, "buss", "b,c");
    expect(ix, "kind:agreement", "d,e");
    expect(ix, "party:Haninge", "d");
    expect(ix, "party:\"haninge kommun\"", "d");
    expect(ix, "dnr:KS-2022/960.103", "d");
    expect(ix, "dnr:\"ks 2022\"", "d");
    expect(ix, "dnr:KS-2023", "");
    expect(ix, "year:2019", "d");
    expect(ix, "year:2019 kind:agreement", "d");
    expect(ix, "year:2019 avtal", "d");
    expect(ix, "year:2020", "e");
    expect(ix, "org:nacka", "e");
    expect(ix, "avtal Haninge", "d,e");
    expect(ix, "avtal party:Nacka", "e");
    expect(ix, "nosuchword", "");
    hits(ix);
    bad_queries(ix);

    size_t documents = 0, pages = 0;
    ok(at_index_count(ix, &documents, &pages, &err) == 0 && documents == 5 && pages == 6, "5 documents, 6 pages");
    at_index_doc *d = doc("a", "Nu står det Flemingsberg här\n", NULL);
    ok(at_index_put(ix, d, &err) == 0, "put a again");
    at_index_doc_free(d);
    expect(ix, "Flemingsberg", "a");
    expect(ix, "Södertörn", "b");
    ok(at_index_remove(ix, "b", &err) == 0 && at_index_remove(ix, "nosuch", &err) == 0, "remove b, and one never put");
    expect(ix, "Södertörn", "");
    ok(at_index_count(ix, &documents, &pages, &err) == 0 && documents == 4, "4 documents left");
    inflections_meet(ix, &err);
    at_index_close(ix);
    at_dict_free(dict);
    char *cmd = g_strdup_printf("rm -rf '%s'", dir);
    ok(system(cmd) == 0, "clean up");
    g_free(cmd);
    g_free(path);
    g_free(dir);
    return tap_done();
}
