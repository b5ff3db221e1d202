/* arkivtext index and arkivtext search: the full-text index beside the packages, and queries on it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <json-glib/json-glib.h>

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define INDEX_NAME "index.sqlite"

static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The package folders in `dir` (sub-folders holding a METS.xml), sorted by name. */
static GPtrArray *package_folders(const char *dir)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    GDir *d = g_dir_open(dir, 0, NULL);
    for (const char *n; d && (n = g_dir_read_name(d));) {
        if (n[0] == '.')
            continue;
        char *path = g_build_filename(dir, n, NULL), *mets = g_build_filename(path, "METS.xml", NULL);
        if (g_file_test(mets, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add(out, g_steal_pointer(&path));
        g_free(path);
        g_free(mets);
    }
    if (d)
        g_dir_close(d);
    g_ptr_array_sort(out, by_name);
    return out;
}

static void drop_sqlite_files(const char *path)
{
    static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
    for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++) {
        char *p = g_strconcat(path, suffixes[i], NULL);
        g_unlink(p);
        g_free(p);
    }
}

/*
 * Where the index file really is: a symbolic link is followed, so the file it
 * names is replaced and the link stays; anything but a regular file (or
 * nothing) there is refused. NULL after reporting it.
 */
static char *index_target(const char *dir)
{
    char *path = g_build_filename(dir, INDEX_NAME, NULL);
    char *real = realpath(path, NULL);
    GStatBuf st;
    if (real && g_stat(real, &st) == 0 && !S_ISREG(st.st_mode)) {
        fprintf(stderr, "arkivtext index: %s: not a regular file; not replaced\n", path);
        free(real);
        g_free(path);
        return NULL;
    }
    if (!real && g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
        fprintf(stderr, "arkivtext index: %s: a symbolic link to nothing; not replaced\n", path);
        g_free(path);
        return NULL;
    }
    char *out = g_strdup(real ? real : path);
    free(real);
    g_free(path);
    return out;
}

/* Index every package of `folders` into the open index; one line per package that cannot be read. */
static size_t index_all(at_index *ix, GPtrArray *folders)
{
    size_t failed = 0;
    for (guint i = 0; i < folders->len; i++) {
        at_error err = AT_ERROR_INIT;
        if (at_index_put_package(ix, g_ptr_array_index(folders, i), &err) < 0) {
            at_cli_report("index", &err);
            failed++;
        }
    }
    return failed;
}

/* Open (creating) the index at `location` and put every package of `folders` into it in one transaction;
 * then count what it holds. */
static int fill_index(const char *location, const at_dict *dict, GPtrArray *folders, size_t *failed, size_t *docs,
                      size_t *pages, at_error *err)
{
    at_index_options opts = AT_INDEX_OPTIONS_INIT;
    opts.dict = dict;
    opts.create = true;
    at_index *ix = NULL;
    int rc = at_index_open(&ix, location, &opts, err);
    if (rc == 0)
        rc = at_index_begin(ix, err);
    if (rc == 0) {
        *failed = index_all(ix, folders);
        rc = at_index_commit(ix, err);
    }
    if (rc == 0)
        rc = at_index_count(ix, docs, pages, err);
    at_index_close(ix);
    return rc;
}

/* A shared index (PostgreSQL): the folder's packages put into it in one transaction, replacing their earlier
 * documents; the index keeps the other folders' packages. */
static int index_shared(const char *location, const at_dict *dict, GPtrArray *folders)
{
    at_error err = AT_ERROR_INIT;
    gint64 t0 = g_get_monotonic_time();
    size_t failed = 0, docs = 0, pages = 0;
    if (fill_index(location, dict, folders, &failed, &docs, &pages, &err) < 0) {
        at_cli_report("index", &err);
        return AT_EXIT_SETUP;
    }
    guint indexed = folders->len - (guint)failed;
    fprintf(stderr, "arkivtext index: %u %s indexed in %.1f s; the index holds %zu %s, %zu %s", indexed,
            at_cli_plural(indexed, "package", "packages"), (double)(g_get_monotonic_time() - t0) / 1e6, docs,
            at_cli_plural(docs, "document", "documents"), pages, at_cli_plural(pages, "page", "pages"));
    if (failed)
        fprintf(stderr, "; %zu package%s could not be read", failed, failed == 1 ? "" : "s");
    fputc('\n', stderr);
    return failed ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
}

int at_cmd_index(int argc, char **argv)
{
    char **dirs = NULL, *dict_path = NULL, *location = NULL;
    GOptionEntry entries[] = {
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary (splits compounds)", "FILE" },
        { "index", 0, 0, G_OPTION_ARG_STRING, &location,
          "A shared index instead of DIR/" INDEX_NAME ": a PostgreSQL database (postgresql://…)", "LOCATION" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dirs, NULL, "DIR" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- rebuild the search index of a folder of packages");
    g_option_context_set_summary(ctx,
        "Reads every package folder in DIR (as written by arkivtext run) and writes DIR/" INDEX_NAME ",\n"
        "replacing the old index only when the new one is complete. arkivtext run and arkivtext\n"
        "correct keep the index current; rebuild it after moving or deleting packages by hand.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    GPtrArray *folders = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "index")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!dirs || !dirs[0] || dirs[1]) {
        fprintf(stderr, "arkivtext index: give one folder of packages (see arkivtext index --help)\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!g_file_test(dirs[0], G_FILE_TEST_IS_DIR)) {
        fprintf(stderr, "arkivtext index: %s: no such folder\n", dirs[0]);
        status = AT_EXIT_SETUP;
        goto out;
    }
    if (!(dict = at_cli_open_dict("index", dict_path, NULL))) {
        status = AT_EXIT_SETUP;
        goto out;
    }
    if (location) {
        folders = package_folders(dirs[0]);
        status = index_shared(location, dict, folders);
        goto out;
    }
    char *final = index_target(dirs[0]);
    if (!final) {
        status = AT_EXIT_SETUP;
        goto out;
    }
    folders = package_folders(dirs[0]);
    char *tmp = g_strdup_printf("%s.tmp-%d", final, (int)getpid());
    drop_sqlite_files(tmp);
    at_error err = AT_ERROR_INIT;
    gint64 t0 = g_get_monotonic_time();
    size_t failed = 0, docs = 0, pages = 0;
    int rc = fill_index(tmp, dict, folders, &failed, &docs, &pages, &err);
    if (rc == 0 && g_rename(tmp, final) != 0)
        rc = at_error_set(&err, AT_EIO, AT_STAGE_CLI, final, "cannot rename the new index into place");
    if (rc < 0) {
        at_cli_report("index", &err);
        drop_sqlite_files(tmp);
        status = AT_EXIT_SETUP;
    } else {
        drop_sqlite_files(tmp); /* the -wal and -shm of the temporary name, if any are left */
        fprintf(stderr, "arkivtext index: %s: %zu %s, %zu %s indexed in %.1f s", final, docs,
                at_cli_plural(docs, "document", "documents"), pages, at_cli_plural(pages, "page", "pages"),
                (double)(g_get_monotonic_time() - t0) / 1e6);
        if (failed)
            fprintf(stderr, "; %zu package%s could not be read", failed, failed == 1 ? "" : "s");
        fputc('\n', stderr);
        status = failed ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
    }
    g_free(tmp);
    g_free(final);
out:
    if (folders)
        g_ptr_array_free(folders, TRUE);
    at_dict_free(dict);
    g_option_context_free(ctx);
    g_strfreev(dirs);
    g_free(dict_path);
    g_free(location);
    return status;
}

static void print_lines(FILE *out, const at_search_hit *h, bool json)
{
    for (size_t i = 0; i < h->n_lines; i++)
        fprintf(out, "%s%u", i ? (json ? "," : ", ") : "", h->lines[i]);
}

/* A hit as text or as JSON; a JSON hit names its `query` when that is not NULL (one of a list of queries). */
static void print_hit(size_t rank, const at_search_hit *h, bool json, const char *query)
{
    if (json) {
        JsonBuilder *b = json_builder_new();
        json_builder_begin_object(b);
        if (query)
            at_cli_json_string(b, "query", query);
        at_cli_json_string(b, "package", h->package);
        at_cli_json_string(b, "document", h->document);
        at_cli_json_string(b, "title", h->title);
        at_cli_json_string(b, "location", h->location);
        json_builder_set_member_name(b, "page");
        json_builder_add_int_value(b, h->page);
        json_builder_set_member_name(b, "lines");
        json_builder_begin_array(b);
        for (size_t i = 0; i < h->n_lines; i++)
            json_builder_add_int_value(b, h->lines[i]);
        json_builder_end_array(b);
        json_builder_set_member_name(b, "score");
        json_builder_add_double_value(b, h->score);
        at_cli_json_string(b, "snippet", h->snippet);
        json_builder_end_object(b);
        char *text = at_cli_json_text(b, false);
        fputs(text, stdout);
        g_free(text);
        g_object_unref(b);
        return;
    }
    printf("%zu. %s  %s  page %d, line%s ", rank, h->package, h->document, h->page, h->n_lines == 1 ? "" : "s");
    print_lines(stdout, h, false);
    char score[G_ASCII_DTOSTR_BUF_SIZE];
    printf("  (bm25 %s)\n", g_ascii_formatd(score, sizeof score, "%.2f", h->score));
    if (*h->title)
        printf("   %s\n", h->title);
    printf("   %s\n", h->snippet);
}

/* One query's hits printed; a query of bad syntax gets one line. `label`, when not NULL, names the query (a
 * list of queries): a member "query" of each JSON hit, a line "query: Q" before its text hits. */
static int search_one(at_index *ix, const char *query, size_t limit, bool json, bool label)
{
    at_error err = AT_ERROR_INIT;
    at_search_options sopts = AT_SEARCH_OPTIONS_INIT;
    sopts.limit = limit;
    at_search_results *r = NULL;
    if (at_index_search(ix, query, &sopts, &r, &err) < 0) {
        if (err.code == AT_ESYNTAX)
            fprintf(stderr, "arkivtext search: query%s%s: %s\n", label ? " " : "", label ? query : "", err.message);
        else
            at_cli_report("search", &err);
        return err.code == AT_ESYNTAX ? AT_EXIT_USAGE : AT_EXIT_SETUP;
    }
    if (label && !json)
        printf("query: %s\n", query);
    for (size_t i = 0; i < at_search_results_count(r); i++)
        print_hit(i + 1, at_search_results_hit(r, i), json, label ? query : NULL);
    if (at_search_results_count(r) == 0 && !json)
        fprintf(stderr, "arkivtext search: nothing found%s%s\n", label ? " for " : "", label ? query : "");
    at_search_results_free(r);
    return AT_EXIT_OK;
}

/* Every query of `file` (one a line, blank lines skipped) searched in turn on one open index: the exit status
 * of the worst. */
static int search_list(at_index *ix, const char *file, size_t limit, bool json)
{
    char *text = NULL;
    GError *gerr = NULL;
    if (!g_file_get_contents(file, &text, NULL, &gerr)) {
        fprintf(stderr, "arkivtext search: %s\n", gerr->message);
        g_error_free(gerr);
        return AT_EXIT_SETUP;
    }
    int status = AT_EXIT_OK;
    char **lines = g_strsplit(text, "\n", -1);
    for (char **q = lines; *q; q++) {
        g_strchomp(*q);
        if (**q) {
            int rc = search_one(ix, *q, limit, json, true);
            status = rc > status ? rc : status;
        }
    }
    g_strfreev(lines);
    g_free(text);
    return status;
}

int at_cmd_search(int argc, char **argv)
{
    char *dir = NULL, *dict_path = NULL, *location = NULL, *queries = NULL;
    char **words = NULL;
    gboolean json = FALSE;
    int limit = 10;
    GOptionEntry entries[] = {
        { "dir", 'd', 0, G_OPTION_ARG_FILENAME, &dir, "Folder of packages with its " INDEX_NAME " (default: .)", "DIR" },
        { "index", 0, 0, G_OPTION_ARG_STRING, &location,
          "A shared index instead of DIR/" INDEX_NAME ": a PostgreSQL database (postgresql://…)", "LOCATION" },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, "One JSON object a hit (JSON Lines)", NULL },
        { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, "Most hits shown (default 10)", "N" },
        { "queries", 0, 0, G_OPTION_ARG_FILENAME, &queries,
          "Search each line of FILE as a query, on the index opened once (JSON: each hit names its \"query\")", "FILE" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary (splits compound query words)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &words, NULL, "[-d DIR | --index LOCATION] QUERY..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- find documents in the packages of a folder");
    g_option_context_set_summary(ctx,
        "QUERY is words and field filters; every word must match (documents with most of them follow\n"
        "when too few have all). Words match regardless of diacritics (Sodertorn finds Södertörn), in\n"
        "any inflection (cykelbana finds cykelbanorna) and as parts of compounds (hållplats finds\n"
        "busshållplatserna); exact spellings rank first, then by bm25. Filters: kind:agreement\n"
        "(action-plan, plan, decision-memo, generic), party:Haninge, dnr:KS-2022/960.103 (a prefix\n"
        "is enough), year:2019, org:Nacka; a value in \"double quotes\" may hold blanks.\n"
        "Punctuation only separates words.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    at_index *ix = NULL;
    char *query = NULL, *path = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "search")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    bool has_query = words && words[0];
    if (has_query == (queries != NULL) || limit < 1) {
        fprintf(stderr, "arkivtext search: %s (see arkivtext search --help)\n", limit < 1 ? "--limit must be 1 or more"
                : queries ? "a query and --queries: give one of them" : "no query");
        status = AT_EXIT_USAGE;
        goto out;
    }
    query = words ? g_strjoinv(" ", words) : NULL;
    path = location ? g_strdup(location) : g_build_filename(dir ? dir : ".", INDEX_NAME, NULL);
    if (!(dict = at_cli_open_dict("search", dict_path, NULL))) {
        status = AT_EXIT_SETUP;
        goto out;
    }
    at_error err = AT_ERROR_INIT;
    at_index_options opts = AT_INDEX_OPTIONS_INIT;
    opts.dict = dict;
    if (at_index_open(&ix, path, &opts, &err) < 0) {
        at_cli_report("search", &err);
        status = AT_EXIT_SETUP;
        goto out;
    }
    status = queries ? search_list(ix, queries, (size_t)limit, json) : search_one(ix, query, (size_t)limit, json, false);
out:
    at_index_close(ix);
    at_dict_free(dict);
    g_free(query);
    g_free(path);
    g_option_context_free(ctx);
    g_strfreev(words);
    g_free(dir);
    g_free(dict_path);
    g_free(location);
    g_free(queries);
    return status;
}
