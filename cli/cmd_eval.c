/* arkivtext eval and damage: measure output against gold text; make damaged test copies.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"
#include "cli/commands.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Read a whole text file; bad UTF-8 is caught here, where the file's name is known. */
static int read_text(const char *path, char **data, size_t *len, at_error *err)
{
    int rc = at_cli_check_input(path, AT_CLI_READS_TEXT, err);
    if (rc == 0)
        rc = at_read_file(path, data, len, AT_STAGE_CLI, err);
    if (rc < 0)
        return rc;
    const char *bad = NULL;
    if (g_utf8_validate_len(*data, *len, &bad))
        return 0;
    bool first = err->code == AT_OK;
    rc = at_error_set(err, AT_EFORMAT, AT_STAGE_CLI, path, "not valid UTF-8 text");
    if (first)
        err->offset = bad - *data;
    return rc;
}

/* ---- eval ---- */

static void add_count(JsonBuilder *b, const char *key, size_t n)
{
    json_builder_set_member_name(b, key);
    json_builder_add_int_value(b, (gint64)n);
}

/* A rate as a JSON number, or null when it is not a number (a share of nothing). */
static void add_rate(JsonBuilder *b, const char *key, double rate)
{
    json_builder_set_member_name(b, key);
    if (isfinite(rate))
        json_builder_add_double_value(b, rate);
    else
        json_builder_add_null_value(b);
}

/* ---- per word: changed words classified, error lists, confusion sets ---- */

typedef struct {
    size_t words, before, after; /* gold words of the set; right in the OCR text; right in HYP */
} confusion_set;

typedef struct {
    const at_dict *dict;  /* tells a real word (wrong but plausible) from a broken one; NULL: not told */
    GHashTable *sets;     /* folded key -> confusion_set, with --confusions */
    GString *errors;      /* with --errors */
    size_t changed, changed_right, plausible, other_wrong, left_broken;
} word_stats;

/* Lower case without diacritics, as the dictionary files its keys: "År" -> "ar". */
static char *fold_word(const char *word)
{
    char *lower = g_utf8_strdown(word, -1);
    char *nfd = g_utf8_normalize(lower, -1, G_NORMALIZE_NFD);
    GString *out = g_string_new(NULL);
    for (const char *p = nfd; p && *p; p = g_utf8_next_char(p))
        if (g_unichar_combining_class(g_utf8_get_char(p)) == 0)
            g_string_append_unichar(out, g_utf8_get_char(p));
    g_free(lower);
    g_free(nfd);
    return g_string_free(out, FALSE);
}

static bool is_real_word(const at_dict *dict, const char *word)
{
    char *lower = g_utf8_strdown(word, -1);
    bool real = at_dict_recognise(dict, lower, strlen(lower)) > 0;
    g_free(lower);
    return real;
}

static bool same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static void on_word(const char *gold, const char *ocr, const char *hyp, void *data)
{
    word_stats *w = data;
    bool right = same(hyp, gold), changed = hyp && !same(hyp, ocr);
    bool plausible = !right && hyp && w->dict && is_real_word(w->dict, hyp);
    if (changed) {
        w->changed++;
        w->changed_right += right;
        w->plausible += changed && plausible;
        w->other_wrong += !right && !plausible;
    }
    bool broken = !right && !same(ocr, gold) && same(hyp, ocr);
    w->left_broken += broken;
    if (w->errors && !right)
        g_string_append_printf(w->errors, "%s\t%s\t%s\t%s\n",
                               same(ocr, gold) ? "harmed" : broken ? "broken" : plausible ? "plausible" : "wrong",
                               gold, ocr ? ocr : "", hyp ? hyp : "");
    if (w->sets) {
        char *key = fold_word(gold);
        confusion_set *set = g_hash_table_lookup(w->sets, key);
        if (set) {
            set->words++;
            set->before += same(ocr, gold);
            set->after += right;
        }
        g_free(key);
    }
}

/* The sets of a confusables list: "folded<TAB>word:...<TAB>word:..." lines; '#' starts a comment. */
static int read_confusions(const char *path, GHashTable **out, at_error *err)
{
    char *data;
    size_t len;
    int rc = read_text(path, &data, &len, err);
    if (rc < 0)
        return rc;
    *out = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    char **lines = g_strsplit(data, "\n", -1);
    for (char **l = lines; *l; l++) {
        char *tab = strchr(*l, '\t');
        if (**l == '#' || !tab)
            continue;
        *tab = '\0';
        char *key = fold_word(*l);
        g_hash_table_insert(*out, key, g_new0(confusion_set, 1));
    }
    g_strfreev(lines);
    g_free(data);
    return 0;
}

/* The sets with words, most words first (then by name, so the order is stable). */
static gint by_words(gconstpointer a, gconstpointer b, gpointer sets)
{
    const confusion_set *x = g_hash_table_lookup(sets, *(char *const *)a), *y = g_hash_table_lookup(sets, *(char *const *)b);
    if (x->words != y->words)
        return x->words > y->words ? -1 : 1;
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static GPtrArray *used_sets(GHashTable *sets)
{
    GPtrArray *keys = g_ptr_array_new();
    GHashTableIter it;
    gpointer key, value;
    g_hash_table_iter_init(&it, sets);
    while (g_hash_table_iter_next(&it, &key, &value))
        if (((confusion_set *)value)->words)
            g_ptr_array_add(keys, key);
    g_ptr_array_sort_with_data(keys, by_words, sets);
    return keys;
}

static char *json_report(const at_eval_result *r, const word_stats *w, const char *gold, const char *ocr,
                         const char *hyp)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    at_cli_json_string(b, "gold", gold);
    if (ocr)
        at_cli_json_string(b, "ocr", ocr);
    at_cli_json_string(b, "hyp", hyp);
    add_count(b, "gold_chars", r->gold_chars);
    add_count(b, "char_edits", r->char_edits);
    add_rate(b, "cer", r->cer);
    add_count(b, "gold_words", r->gold_words);
    add_count(b, "word_edits", r->word_edits);
    add_rate(b, "wer", r->wer);
    if (ocr) {
        add_count(b, "damaged", r->damaged);
        add_count(b, "fixed", r->fixed);
        add_rate(b, "fixed_rate", r->damaged ? (double)r->fixed / (double)r->damaged : NAN);
        add_count(b, "intact", r->intact);
        add_count(b, "harmed", r->harmed);
        add_rate(b, "harmed_rate", r->intact ? (double)r->harmed / (double)r->intact : NAN);
        add_count(b, "changed", w->changed);
        add_count(b, "changed_right", w->changed_right);
        add_count(b, "left_broken", w->left_broken);
        if (w->dict) {
            add_count(b, "wrong_plausible", w->plausible);
            add_rate(b, "wrong_plausible_rate", w->changed ? (double)w->plausible / (double)w->changed : NAN);
            add_count(b, "wrong_other", w->other_wrong);
        }
    }
    if (w->sets) {
        GPtrArray *keys = used_sets(w->sets);
        json_builder_set_member_name(b, "confusions");
        json_builder_begin_array(b);
        for (guint i = 0; i < keys->len; i++) {
            const confusion_set *set = g_hash_table_lookup(w->sets, keys->pdata[i]);
            json_builder_begin_object(b);
            at_cli_json_string(b, "set", keys->pdata[i]);
            add_count(b, "words", set->words);
            add_count(b, "before", set->before);
            add_count(b, "after", set->after);
            json_builder_end_object(b);
        }
        json_builder_end_array(b);
        g_ptr_array_free(keys, TRUE);
    }
    json_builder_end_object(b);
    char *text = at_cli_json_text(b, false);
    g_object_unref(b);
    return text;
}

/* "12.34 %", or "n/a" for a share of nothing (NAN); always a decimal point, whatever the locale. */
static const char *percent(char *buf, size_t size, double share)
{
    if (isnan(share))
        return "n/a";
    g_ascii_formatd(buf, size - 2, "%.2f", 100.0 * share);
    g_strlcat(buf, " %", size);
    return buf;
}

static char *text_report(const at_eval_result *r, const word_stats *w, bool with_ocr)
{
    char a[G_ASCII_DTOSTR_BUF_SIZE + 2], b[G_ASCII_DTOSTR_BUF_SIZE + 2];
    GString *out = g_string_new(NULL);
    g_string_append_printf(out, "CER %s (%zu/%zu graphemes)\n", percent(a, sizeof a, r->cer), r->char_edits,
                           r->gold_chars);
    g_string_append_printf(out, "WER %s (%zu/%zu words)\n", percent(a, sizeof a, r->wer), r->word_edits,
                           r->gold_words);
    if (with_ocr)
        g_string_append_printf(out, "damaged %zu %s, fixed %zu (%s); intact %zu %s, harmed %zu (%s)\n",
                               r->damaged, at_cli_plural(r->damaged, "word", "words"), r->fixed,
                               percent(a, sizeof a, r->damaged ? (double)r->fixed / (double)r->damaged : NAN),
                               r->intact, at_cli_plural(r->intact, "word", "words"), r->harmed,
                               percent(b, sizeof b, r->intact ? (double)r->harmed / (double)r->intact : NAN));
    if (with_ocr && w->dict)
        g_string_append_printf(out, "changed %zu %s: %zu right, %zu wrong but plausible (%s of changed), "
                                    "%zu wrong otherwise; %zu damaged words left as they were\n",
                               w->changed, at_cli_plural(w->changed, "word", "words"), w->changed_right, w->plausible,
                               percent(a, sizeof a, w->changed ? (double)w->plausible / (double)w->changed : NAN),
                               w->other_wrong, w->left_broken);
    if (w->sets) {
        GPtrArray *keys = used_sets(w->sets);
        g_string_append(out, "| set | words | right before | right after |\n|---|---|---|---|\n");
        for (guint i = 0; i < keys->len; i++) {
            const confusion_set *set = g_hash_table_lookup(w->sets, keys->pdata[i]);
            g_string_append_printf(out, "| %s | %zu | %s |", (char *)keys->pdata[i], set->words,
                                   percent(a, sizeof a, (double)set->before / (double)set->words));
            g_string_append_printf(out, " %s |\n", percent(a, sizeof a, (double)set->after / (double)set->words));
        }
        g_ptr_array_free(keys, TRUE);
    }
    if (w->errors)
        g_string_append(out, w->errors->str);
    return g_string_free(out, FALSE);
}

static int write_stdout(const char *data, size_t len, at_error *err)
{
    if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_CLI, "<stdout>", "write failed: %s", g_strerror(errno));
    return 0;
}

int at_cmd_eval(int argc, char **argv)
{
    char *gold_path = NULL, *ocr_path = NULL, *dict_path = NULL, *confusions = NULL;
    char **files = NULL;
    gboolean json = FALSE, errors = FALSE;
    GOptionEntry entries[] = {
        { "gold", 0, 0, G_OPTION_ARG_FILENAME, &gold_path, "The correct text (required)", "GOLD" },
        { "ocr", 0, 0, G_OPTION_ARG_FILENAME, &ocr_path,
          "The OCR text HYP was made from: also count damaged words fixed and intact words harmed", "OCR" },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print one JSON object", NULL },
        { "errors", 0, 0, G_OPTION_ARG_NONE, &errors,
          "With --ocr: list every gold word HYP got wrong (harmed, broken, plausible, wrong)", NULL },
        { "confusions", 0, 0, G_OPTION_ARG_FILENAME, &confusions,
          "With --ocr: accuracy before and after for each set of FILE (folded<TAB>word:...)", "FILE" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path,
          "Dictionary that tells a wrong but real word from a broken one (default: the installed one)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "--gold GOLD [--ocr OCR] HYP" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- character and word error rates against a gold text");
    g_option_context_set_summary(ctx,
        "Compares HYP with GOLD after NFC normalization, with every run of white space\n"
        "taken as one space: CER over grapheme clusters, WER over words (Unicode word\n"
        "boundaries). With --ocr, gold words are aligned with both texts to count the\n"
        "damaged words HYP fixed and the intact words it harmed, and the changed words\n"
        "that are wrong but real words (found in the dictionary) apart from the others.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    char *text[3] = { NULL, NULL, NULL };
    size_t len[3] = { 0, 0, 0 };
    if (!at_cli_parse(ctx, &argc, &argv, "eval")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!gold_path || !files || g_strv_length(files) != 1) {
        fprintf(stderr, "arkivtext eval: need --gold GOLD and one HYP file (see arkivtext eval --help)\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    const char *paths[3] = { gold_path, files[0], ocr_path };
    if ((errors || confusions) && !ocr_path) {
        fprintf(stderr, "arkivtext eval: --errors and --confusions need --ocr OCR\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    at_error err = AT_ERROR_INIT;
    at_eval_result r;
    word_stats w = { 0 };
    int rc = 0;
    if (ocr_path && !(dict = at_cli_open_dict("eval", dict_path, NULL))) {
        status = AT_EXIT_SETUP;
        goto out;
    }
    w.dict = dict;
    w.errors = errors ? g_string_new(NULL) : NULL;
    if (confusions)
        rc = read_confusions(confusions, &w.sets, &err);
    bool input_failed = false;
    for (int i = 0; i < 3 && rc == 0; i++)
        if (paths[i] && (rc = read_text(paths[i], &text[i], &len[i], &err)) < 0)
            input_failed = true;
    if (rc == 0)
        rc = at_eval_words(text[0], len[0], text[1], len[1], text[2], len[2], &r, on_word, &w, &err);
    if (rc == 0) {
        char *report = json ? json_report(&r, &w, gold_path, ocr_path, files[0]) : text_report(&r, &w, ocr_path != NULL);
        rc = write_stdout(report, strlen(report), &err);
        g_free(report);
    }
    if (rc < 0) {
        at_cli_report("eval", &err);
        status = input_failed ? AT_EXIT_SOME_FAILED : AT_EXIT_SETUP;
    }
    if (w.errors)
        g_string_free(w.errors, TRUE);
    if (w.sets)
        g_hash_table_destroy(w.sets);
out:
    at_dict_free(dict);
    g_free(dict_path);
    g_free(confusions);
    for (int i = 0; i < 3; i++)
        g_free(text[i]);
    g_option_context_free(ctx);
    g_free(gold_path);
    g_free(ocr_path);
    g_strfreev(files);
    return status;
}

/* ---- damage ---- */

int at_cmd_damage(int argc, char **argv)
{
    char *mode_name = NULL, *seed_text = NULL, *out_path = NULL;
    char **files = NULL;
    GOptionEntry entries[] = {
        { "mode", 0, 0, G_OPTION_ARG_STRING, &mode_name,
          "strip: remove every diacritic; ocr: imitate old OCR of Swedish (required)", "strip|ocr" },
        { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, "Random seed, 0 to 4294967295 (default 0)", "N" },
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Write here, replaced atomically (default stdout)",
          "OUT" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "--mode strip|ocr FILE" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- a damaged copy of a clean text, for evaluation");
    g_option_context_set_summary(ctx,
        "Only the damaged letters and signs change; every other byte and every line\n"
        "break is kept. The same seed gives the same damage.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    char *text = NULL, *damaged = NULL;
    at_damage_mode mode = AT_DAMAGE_STRIP;
    guint64 seed = 0;
    GError *gerr = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "damage")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!mode_name || !files || g_strv_length(files) != 1) {
        fprintf(stderr, "arkivtext damage: need --mode strip|ocr and one FILE (see arkivtext damage --help)\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (strcmp(mode_name, "ocr") == 0) {
        mode = AT_DAMAGE_OCR;
    } else if (strcmp(mode_name, "strip") != 0) {
        fprintf(stderr, "arkivtext damage: unknown --mode '%s' (strip or ocr)\n", mode_name);
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (seed_text && !g_ascii_string_to_unsigned(seed_text, 10, 0, G_MAXUINT32, &seed, &gerr)) {
        fprintf(stderr, "arkivtext damage: --seed: %s\n", gerr->message);
        g_error_free(gerr);
        status = AT_EXIT_USAGE;
        goto out;
    }
    at_error err = AT_ERROR_INIT;
    size_t len = 0, out_len = 0;
    int rc = read_text(files[0], &text, &len, &err);
    bool input_failed = rc < 0;
    if (rc == 0 && !(damaged = at_damage_text(text, len, mode, (uint32_t)seed, &out_len, &err)))
        rc = err.code;
    if (rc == 0 && out_path) {
        at_atomic_file *af = at_atomic_open(out_path, &err);
        if (!af) {
            rc = err.code;
        } else if (fwrite(damaged, 1, out_len, at_atomic_stream(af)) == out_len) {
            rc = at_atomic_commit(af, &err); /* also reports write errors that stdio deferred */
        } else {
            rc = at_error_set(&err, AT_EIO, AT_STAGE_CLI, out_path, "write failed: %s", g_strerror(errno));
            at_atomic_abort(af);
        }
    } else if (rc == 0) {
        rc = write_stdout(damaged, out_len, &err);
    }
    if (rc < 0) {
        at_cli_report("damage", &err);
        status = input_failed ? AT_EXIT_SOME_FAILED : AT_EXIT_SETUP;
    }
out:
    g_free(text);
    g_free(damaged);
    g_option_context_free(ctx);
    g_free(mode_name);
    g_free(seed_text);
    g_free(out_path);
    g_strfreev(files);
    return status;
}
