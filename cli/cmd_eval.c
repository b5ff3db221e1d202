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
    int rc = at_read_file(path, data, len, AT_STAGE_CLI, err);
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

static char *json_report(const at_eval_result *r, const char *gold, const char *ocr, const char *hyp)
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

static char *text_report(const at_eval_result *r, bool with_ocr)
{
    char a[G_ASCII_DTOSTR_BUF_SIZE + 2], b[G_ASCII_DTOSTR_BUF_SIZE + 2];
    GString *out = g_string_new(NULL);
    g_string_append_printf(out, "CER %s (%zu/%zu graphemes)\n", percent(a, sizeof a, r->cer), r->char_edits,
                           r->gold_chars);
    g_string_append_printf(out, "WER %s (%zu/%zu words)\n", percent(a, sizeof a, r->wer), r->word_edits,
                           r->gold_words);
    if (with_ocr)
        g_string_append_printf(out, "damaged %zu words, fixed %zu (%s); intact %zu words, harmed %zu (%s)\n",
                               r->damaged, r->fixed,
                               percent(a, sizeof a, r->damaged ? (double)r->fixed / (double)r->damaged : NAN),
                               r->intact, r->harmed,
                               percent(b, sizeof b, r->intact ? (double)r->harmed / (double)r->intact : NAN));
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
    char *gold_path = NULL, *ocr_path = NULL;
    char **files = NULL;
    gboolean json = FALSE;
    GOptionEntry entries[] = {
        { "gold", 0, 0, G_OPTION_ARG_FILENAME, &gold_path, "The correct text (required)", "GOLD" },
        { "ocr", 0, 0, G_OPTION_ARG_FILENAME, &ocr_path,
          "The OCR text HYP was made from: also count damaged words fixed and intact words harmed", "OCR" },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print one JSON object", NULL },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "HYP" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- character and word error rates against a gold text");
    g_option_context_set_summary(ctx,
        "Compares HYP with GOLD after NFC normalization, with every run of white space\n"
        "taken as one space: CER over grapheme clusters, WER over words (Unicode word\n"
        "boundaries). With --ocr, gold words are aligned with both texts to count the\n"
        "damaged words HYP fixed and the intact words it harmed.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
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
    at_error err = AT_ERROR_INIT;
    at_eval_result r;
    int rc = 0;
    for (int i = 0; i < 3 && rc == 0; i++)
        if (paths[i])
            rc = read_text(paths[i], &text[i], &len[i], &err);
    if (rc == 0)
        rc = at_eval_texts(text[0], len[0], text[1], len[1], text[2], len[2], &r, &err);
    if (rc == 0) {
        char *report = json ? json_report(&r, gold_path, ocr_path, files[0]) : text_report(&r, ocr_path != NULL);
        rc = write_stdout(report, strlen(report), &err);
        g_free(report);
    }
    if (rc < 0) {
        at_cli_report("eval", &err);
        status = AT_EXIT_SETUP;
    }
out:
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
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
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
        status = AT_EXIT_SETUP;
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
