/* User lexicons: words and word pairs learned from an organisation's clean documents.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * File format (UTF-8 text, one record a line):
 *   # arkivtext lexicon 1
 *   w<TAB>spelling<TAB>count
 *   p<TAB>first second<TAB>count
 */
#include "dict/dict_private.h"

#include <stdlib.h>
#include <string.h>

#define LEXICON_HEADER "# arkivtext lexicon 1"

struct at_lexicon {
    GHashTable *words; /* lower-case spelling -> count */
    GHashTable *pairs; /* "first second" -> count */
};

at_lexicon *at_lexicon_new(void)
{
    at_lexicon *lex = g_new0(at_lexicon, 1);
    lex->words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    lex->pairs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return lex;
}

void at_lexicon_free(at_lexicon *lex)
{
    if (!lex)
        return;
    g_hash_table_destroy(lex->words);
    g_hash_table_destroy(lex->pairs);
    g_free(lex);
}

size_t at_lexicon_words(const at_lexicon *lex)
{
    return g_hash_table_size(lex->words);
}

size_t at_lexicon_pairs(const at_lexicon *lex)
{
    return g_hash_table_size(lex->pairs);
}

static void bump(GHashTable *table, const char *key)
{
    gpointer old_key, count;
    if (g_hash_table_lookup_extended(table, key, &old_key, &count))
        g_hash_table_insert(table, g_strdup(key), GUINT_TO_POINTER(GPOINTER_TO_UINT(count) + 1));
    else
        g_hash_table_insert(table, g_strdup(key), GUINT_TO_POINTER(1));
}

/* Sentence punctuation and blank lines end a pair, as in the built-in pair counts. */
static bool ends_context(gunichar c)
{
    return c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == '(' || c == ')' ||
           c == '[' || c == ']' || c == '"' || c == 0x00A7 || c == '\t';
}

int at_lexicon_add_text(at_lexicon *lex, const char *text, size_t len, const char *name,
                        at_error *err)
{
    size_t bad;
    if (!at_utf8_validate(text, len, &bad)) {
        at_error_set(err, AT_EFORMAT, AT_STAGE_DICT, name, "invalid UTF-8");
        err->offset = (long long)bad;
        return AT_EFORMAT;
    }
    if (at_looks_binary(text, len))
        return at_error_set(err, AT_EFORMAT, AT_STAGE_DICT, name, "not a text file");
    char *nfc = g_utf8_normalize(text, (gssize)len, G_NORMALIZE_NFC);
    char prev[AT_WORD_MAX] = "";
    int newlines = 0;
    for (const char *p = nfc; *p;) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_isalpha(c)) {
            if (c == '\n' && ++newlines >= 2)
                prev[0] = '\0';
            else if (ends_context(c) || g_unichar_isdigit(c))
                prev[0] = '\0';
            else if (!g_unichar_isspace(c) && c != ',' && c != '-')
                prev[0] = '\0';
            p = g_utf8_next_char(p);
            continue;
        }
        const char *start = p;
        /* A word: letters, with inner hyphens ("E4-ans" is not one: digits end words). */
        while (*p) {
            c = g_utf8_get_char(p);
            if (g_unichar_isalpha(c)) {
                p = g_utf8_next_char(p);
            } else if (c == '-' && g_unichar_isalpha(g_utf8_get_char(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        newlines = 0;
        char word[AT_WORD_MAX];
        if ((size_t)(p - start) >= sizeof word || at_lower(start, (size_t)(p - start), word, sizeof word) < 0) {
            prev[0] = '\0';
            continue;
        }
        bump(lex->words, word);
        if (prev[0]) {
            char *pair = g_strconcat(prev, " ", word, NULL);
            bump(lex->pairs, pair);
            g_free(pair);
        }
        g_strlcpy(prev, word, sizeof prev);
    }
    g_free(nfc);
    return 0;
}

/* The keys of a string table as a GPtrArray (GLib 2.74 lacks g_hash_table_get_keys_as_ptr_array). */
static GPtrArray *keys_of(GHashTable *table)
{
    GPtrArray *keys = g_ptr_array_sized_new(g_hash_table_size(table));
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, table);
    while (g_hash_table_iter_next(&it, &key, NULL))
        g_ptr_array_add(keys, key);
    return keys;
}

static gint compare_keys(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void write_table(FILE *fp, GHashTable *table, char tag)
{
    /* Sorted, so that learning the same texts twice gives the same file. */
    GPtrArray *keys = keys_of(table);
    g_ptr_array_sort(keys, compare_keys);
    for (guint i = 0; i < keys->len; i++)
        fprintf(fp, "%c\t%s\t%u\n", tag, (char *)keys->pdata[i],
                GPOINTER_TO_UINT(g_hash_table_lookup(table, keys->pdata[i])));
    g_ptr_array_free(keys, TRUE);
}

int at_lexicon_write(const at_lexicon *lex, const char *path, at_error *err)
{
    at_atomic_file *f = at_atomic_open(path, err);
    if (!f)
        return err ? err->code : AT_EIO;
    FILE *fp = at_atomic_stream(f);
    fprintf(fp, "%s\n", LEXICON_HEADER);
    write_table(fp, lex->words, 'w');
    write_table(fp, lex->pairs, 'p');
    return at_atomic_commit(f, err);
}

/* The id of `spelling`, adding it as a user word if the dictionary lacks it. */
static uint32_t user_id(at_dict *d, const char *spelling)
{
    at_dict_entry e;
    if (at_dict_find(d, spelling, strlen(spelling), &e))
        return e.id;
    at_user_word *u = g_new0(at_user_word, 1);
    u->spelling = g_strdup(spelling);
    g_ptr_array_add(d->user_words, u);
    uint32_t id = d->header->n_words + d->user_words->len - 1;
    g_hash_table_insert(d->user_by_spelling, u->spelling, GUINT_TO_POINTER(id + 1));
    char key[AT_WORD_MAX];
    at_fold(spelling, strlen(spelling), key, sizeof key);
    GArray *ids = g_hash_table_lookup(d->user_by_key, key);
    if (!ids) {
        ids = g_array_new(FALSE, FALSE, sizeof(uint32_t));
        g_hash_table_insert(d->user_by_key, g_strdup(key), ids);
    }
    g_array_append_val(ids, id);
    return id;
}

static void free_user_word(gpointer p)
{
    at_user_word *u = p;
    g_free(u->spelling);
    g_free(u);
}

int at_dict_add_lexicon(at_dict *d, const char *path, at_error *err)
{
    char *data;
    size_t len;
    int rc = at_read_file(path, &data, &len, AT_STAGE_DICT, err);
    if (rc < 0)
        return rc;
    g_ptr_array_set_free_func(d->user_words, free_user_word);
    if (!at_utf8_validate(data, len, NULL) || strncmp(data, LEXICON_HEADER, strlen(LEXICON_HEADER)) != 0) {
        g_free(data);
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_DICT, path,
                          "not an arkivtext lexicon (expected '%s' on the first line)", LEXICON_HEADER);
        err->line = 1;
        return rc;
    }
    unsigned lineno = 0;
    for (char *line = data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char **f = g_strsplit(line, "\t", 3);
        bool ok = g_strv_length(f) == 3 && (f[0][0] == 'w' || f[0][0] == 'p') && f[0][1] == '\0';
        char *end = NULL;
        unsigned long count = ok ? strtoul(f[2], &end, 10) : 0;
        ok = ok && end && *end == '\0' && count > 0 && count < G_MAXUINT32;
        char **pair = ok && f[0][0] == 'p' ? g_strsplit(f[1], " ", 2) : NULL;
        if (pair && g_strv_length(pair) != 2)
            ok = false;
        if (!ok) {
            g_strfreev(pair);
            g_strfreev(f);
            g_free(data);
            rc = at_error_set(err, AT_ESYNTAX, AT_STAGE_DICT, path,
                              "expected 'w<TAB>word<TAB>count' or 'p<TAB>word word<TAB>count'");
            err->line = lineno;
            err->col = 1;
            return rc;
        }
        if (pair) {
            uint64_t k64 = (uint64_t)user_id(d, pair[0]) << 32 | user_id(d, pair[1]);
            gint64 *key = g_new(gint64, 1);
            *key = (gint64)k64;
            uint32_t old = GPOINTER_TO_UINT(g_hash_table_lookup(d->user_pairs, key));
            g_hash_table_insert(d->user_pairs, key, GUINT_TO_POINTER(old + (uint32_t)count));
        } else {
            gpointer id = GUINT_TO_POINTER(user_id(d, f[1]) + 1);
            uint32_t old = GPOINTER_TO_UINT(g_hash_table_lookup(d->user_counts, id));
            g_hash_table_insert(d->user_counts, id, GUINT_TO_POINTER(old + (uint32_t)count));
            d->user_total += count;
        }
        g_strfreev(pair);
        g_strfreev(f);
    }
    g_free(data);
    return 0;
}
