/* arkivtext dict: learn user lexicons, look words up, measure coverage.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static int learn(int argc, char **argv)
{
    char *output = NULL;
    char **files = NULL;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Lexicon to write (required)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "-o LEXICON FILE..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- learn a user lexicon from clean documents");
    g_option_context_set_summary(ctx,
        "Counts the words and word pairs of clean, born-digital documents of the same\n"
        "organisation. Give the result to 'arkivtext normalize --lexicon FILE'.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_lexicon *lex = at_lexicon_new();
    if (!at_cli_parse(ctx, &argc, &argv, "dict learn")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!output || !files) {
        fprintf(stderr, "arkivtext dict learn: need -o LEXICON and at least one FILE\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    guint failed = 0, n = g_strv_length(files);
    for (char **f = files; *f; f++) {
        at_error err = AT_ERROR_INIT;
        char *text = NULL;
        size_t len;
        if (at_cli_check_input(*f, AT_CLI_READS_TEXT, &err) < 0 || at_read_file(*f, &text, &len, AT_STAGE_CLI, &err) < 0 ||
            at_lexicon_add_text(lex, text, len, *f, &err) < 0) {
            at_cli_report("dict learn", &err);
            failed++;
        }
        g_free(text);
    }
    at_error err = AT_ERROR_INIT;
    if (failed == n) {
        fprintf(stderr, "arkivtext dict learn: no file could be read; %s not written\n", output);
        status = AT_EXIT_SOME_FAILED;
    } else if (at_lexicon_write(lex, output, &err) < 0) {
        at_cli_report("dict learn", &err);
        status = AT_EXIT_SETUP;
    } else {
        size_t words = at_lexicon_words(lex), pairs = at_lexicon_pairs(lex);
        fprintf(stderr, "arkivtext dict learn: %zu %s, %zu %s from %u %s -> %s\n", words,
                at_cli_plural(words, "word", "words"), pairs, at_cli_plural(pairs, "word pair", "word pairs"), n - failed,
                at_cli_plural(n - failed, "file", "files"), output);
        status = failed ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
    }
out:
    at_lexicon_free(lex);
    g_option_context_free(ctx);
    g_free(output);
    g_strfreev(files);
    return status;
}

static int lookup(int argc, char **argv)
{
    char *dict_path = NULL;
    char **lexicons = NULL, **words = NULL;
    GOptionEntry entries[] = {
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary", "FILE" },
        { "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "Add a user lexicon (repeatable)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &words, NULL, "WORD..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- every spelling filed under a word's folded form");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "dict lookup") || !words) {
        if (!words)
            fprintf(stderr, "arkivtext dict lookup: give at least one WORD\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!(dict = at_cli_open_dict("dict lookup", dict_path, lexicons))) {
        status = AT_EXIT_SETUP;
        goto out;
    }
    for (char **w = words; *w; w++) {
        char *folded = g_utf8_casefold(*w, -1), *nfd = g_utf8_normalize(folded, -1, G_NORMALIZE_NFD);
        GString *key = g_string_new(NULL);
        for (const char *p = nfd; *p; p = g_utf8_next_char(p))
            if (!g_unichar_ismark(g_utf8_get_char(p)))
                g_string_append_unichar(key, g_utf8_get_char(p));
        at_dict_entry e[32];
        size_t n = at_dict_lookup(dict, key->str, key->len, e, G_N_ELEMENTS(e));
        char *lower = g_utf8_strdown(*w, -1);
        int parts = at_dict_recognise(dict, lower, strlen(lower));
        printf("%s (key %s): %s\n", *w, key->str,
               parts == 1 ? "known" : parts > 1 ? "compound of known words" : "unknown");
        for (size_t i = 0; i < n && i < G_N_ELEMENTS(e); i++)
            printf("  %-30.*s %12.0f per billion%s%s%s%s\n", (int)e[i].len, e[i].word, e[i].prior * 1e9,
                   e[i].flags & AT_WORD_HUNSPELL ? "  hunspell" : "", e[i].flags & AT_WORD_FREQLIST ? "  freq" : "",
                   e[i].flags & AT_WORD_DOMAIN ? "  domain" : "", e[i].flags & AT_WORD_USER ? "  user" : "");
        g_free(lower);
        g_string_free(key, TRUE);
        g_free(nfd);
        g_free(folded);
    }
out:
    at_dict_free(dict);
    g_option_context_free(ctx);
    g_free(dict_path);
    g_strfreev(lexicons);
    g_strfreev(words);
    return status;
}

typedef struct {
    size_t tokens, known, compound, unknown;
    GHashTable *unknown_words;
} coverage_count;

static void count_words(const at_dict *dict, const char *text, coverage_count *c)
{
    for (const char *p = text; *p;) {
        if (!g_unichar_isalpha(g_utf8_get_char(p))) {
            p = g_utf8_next_char(p);
            continue;
        }
        const char *start = p;
        while (*p && g_unichar_isalpha(g_utf8_get_char(p)))
            p = g_utf8_next_char(p);
        char *lower = g_utf8_strdown(start, p - start);
        int parts = at_dict_recognise(dict, lower, strlen(lower));
        c->tokens++;
        if (parts == 1) {
            c->known++;
        } else if (parts > 1) {
            c->compound++;
        } else {
            c->unknown++;
            guint n = GPOINTER_TO_UINT(g_hash_table_lookup(c->unknown_words, lower));
            g_hash_table_insert(c->unknown_words, g_strdup(lower), GUINT_TO_POINTER(n + 1));
        }
        g_free(lower);
    }
}

static gint by_count(gconstpointer a, gconstpointer b, gpointer table)
{
    guint x = GPOINTER_TO_UINT(g_hash_table_lookup(table, a));
    guint y = GPOINTER_TO_UINT(g_hash_table_lookup(table, b));
    return x != y ? (x > y ? -1 : 1) : strcmp(a, b);
}

static int coverage(int argc, char **argv)
{
    char *dict_path = NULL;
    char **lexicons = NULL, **files = NULL;
    int show = 20;
    GOptionEntry entries[] = {
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary", "FILE" },
        { "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "Add a user lexicon (repeatable)", "FILE" },
        { "show", 0, 0, G_OPTION_ARG_INT, &show, "List the N most frequent unknown words (default 20)", "N" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- how many words of clean text the dictionary knows");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    coverage_count c = { 0, 0, 0, 0, g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL) };
    if (!at_cli_parse(ctx, &argc, &argv, "dict coverage") || !files) {
        if (!files)
            fprintf(stderr, "arkivtext dict coverage: give at least one FILE\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!(dict = at_cli_open_dict("dict coverage", dict_path, lexicons))) {
        status = AT_EXIT_SETUP;
        goto out;
    }
    for (char **f = files; *f; f++) {
        at_error err = AT_ERROR_INIT;
        char *text = NULL;
        size_t len;
        if (at_cli_check_input(*f, AT_CLI_READS_TEXT, &err) < 0 || at_read_file(*f, &text, &len, AT_STAGE_CLI, &err) < 0) {
            at_cli_report("dict coverage", &err);
            status = AT_EXIT_SOME_FAILED;
            continue;
        }
        if (!g_utf8_validate_len(text, len, NULL)) {
            fprintf(stderr, "arkivtext dict coverage: %s: invalid UTF-8\n", *f);
            status = AT_EXIT_SOME_FAILED;
        } else {
            char *nfc = g_utf8_normalize(text, (gssize)len, G_NORMALIZE_NFC);
            count_words(dict, nfc, &c);
            g_free(nfc);
        }
        g_free(text);
    }
    double t = c.tokens ? (double)c.tokens : 1;
    printf("words %zu: known %zu (%.2f %%), compounds of known words %zu (%.2f %%), unknown %zu (%.2f %%)\n",
           c.tokens, c.known, 100 * c.known / t, c.compound, 100 * c.compound / t, c.unknown, 100 * c.unknown / t);
    printf("coverage %.2f %%\n", 100 * (c.known + c.compound) / t);
    GList *keys = g_list_sort_with_data(g_hash_table_get_keys(c.unknown_words), by_count, c.unknown_words);
    int shown = 0;
    for (GList *k = keys; k && shown < show; k = k->next, shown++)
        printf("  unknown %5u  %s\n", GPOINTER_TO_UINT(g_hash_table_lookup(c.unknown_words, k->data)),
               (char *)k->data);
    g_list_free(keys);
out:
    g_hash_table_destroy(c.unknown_words);
    at_dict_free(dict);
    g_option_context_free(ctx);
    g_free(dict_path);
    g_strfreev(lexicons);
    g_strfreev(files);
    return status;
}

static int info(int argc, char **argv)
{
    char *dict_path = NULL;
    char **extra = NULL;
    GOptionEntry entries[] = {
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &extra, NULL, NULL },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- where the dictionary is and what it holds");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "dict info") || extra) {
        if (extra)
            fprintf(stderr, "arkivtext dict info: takes no FILE or WORD ('%s'; see arkivtext dict info --help)\n", extra[0]);
        status = AT_EXIT_USAGE;
    } else if (!(dict = at_cli_open_dict("dict info", dict_path, NULL))) {
        status = AT_EXIT_SETUP;
    } else {
        char buf[512];
        printf("%s\n%s\n", dict_path ? dict_path : at_dict_default_path(), at_dict_describe(dict, buf, sizeof buf));
    }
    at_dict_free(dict);
    g_option_context_free(ctx);
    g_free(dict_path);
    g_strfreev(extra);
    return status;
}

int at_cmd_dict(int argc, char **argv)
{
    static const struct {
        const char *name;
        int (*run)(int, char **);
    } subs[] = { { "learn", learn }, { "lookup", lookup }, { "coverage", coverage }, { "info", info } };
    if (argc >= 2)
        for (size_t i = 0; i < G_N_ELEMENTS(subs); i++)
            if (strcmp(argv[1], subs[i].name) == 0)
            {
                char *name = g_strdup_printf("arkivtext dict %s", subs[i].name); /* --help: "Usage: arkivtext dict learn" */
                g_set_prgname(name);
                g_free(name);
                return subs[i].run(argc - 1, argv + 1);
            }
    FILE *out = argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) ? stdout : stderr;
    fprintf(out, "Usage: arkivtext dict learn [OPTION…] -o LEXICON FILE...\n"
                 "       arkivtext dict lookup [OPTION…] WORD...\n"
                 "       arkivtext dict coverage [OPTION…] FILE...\n"
                 "       arkivtext dict info [OPTION…]\n");
    return out == stdout ? AT_EXIT_OK : AT_EXIT_USAGE;
}
