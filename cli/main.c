/* arkivtext: the command-line tool over libarkivtext.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"
#include "cli/commands.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    { "run", at_cmd_run, "scans and texts to E-ARK / FGS archive packages, resumably (the main job)" },
    { "status", at_cmd_status, "how far a run or a shared batch is: done, running, failed, pages per minute, ETA" },
    { "slurm", at_cmd_slurm, "a Slurm array job of workers for a shared batch (printed, or --submit)" },
    { "validate", at_cmd_validate, "check archive packages: schemas, checksums, references, CSIP/SIP requirements" },
    { "review", at_cmd_review, "review pages of a batch: page images, changes and doubtful words marked, the record" },
    { "correct", at_cmd_correct, "apply the decisions exported from a review page to the packages (undoable)" },
    { "search", at_cmd_search, "find documents: words (any inflection, with or without diacritics) and fields" },
    { "index", at_cmd_index, "rebuild the search index of a folder of packages" },
    { "ocr", at_cmd_ocr, "OCR scanned pages (images, PDF) into ALTO 4.4, text and tables" },
    { "normalize", at_cmd_normalize, "repair broken Swedish in OCR text, recording every change" },
    { "extract", at_cmd_extract, "structured records (goals, activities, agreements, budgets) as XML or JSON" },
    { "dict", at_cmd_dict, "learn a user lexicon; look words up; measure dictionary coverage" },
    { "eval", at_cmd_eval, "character and word error rates against a gold text" },
    { "damage", at_cmd_damage, "make damaged copies of clean text for evaluation" },
};

void at_cli_report(const char *cmd, const at_error *err)
{
    char msg[1024];
    fprintf(stderr, "arkivtext %s: %s\n", cmd, at_error_format(err, msg, sizeof msg));
}

bool at_cli_parse(GOptionContext *ctx, int *argc, char ***argv, const char *cmd)
{
    GError *gerr = NULL;
    if (g_option_context_parse(ctx, argc, argv, &gerr))
        return true;
    fprintf(stderr, "arkivtext %s: %s (see arkivtext %s --help)\n", cmd, gerr->message, cmd);
    g_error_free(gerr);
    return false;
}

at_dict *at_cli_open_dict(const char *cmd, const char *path, char **lexicons)
{
    at_error err = AT_ERROR_INIT;
    at_dict *dict = NULL;
    if (at_dict_open(&dict, path ? path : at_dict_default_path(), &err) < 0) {
        at_cli_report(cmd, &err);
        return NULL;
    }
    for (char **l = lexicons; l && *l; l++) {
        if (at_dict_add_lexicon(dict, *l, &err) < 0) {
            at_cli_report(cmd, &err);
            at_dict_free(dict);
            return NULL;
        }
    }
    return dict;
}

bool at_cli_repair_open(at_cli_repair *r, const char *cmd, const char *dict_path, const char *rules_path,
                        char **lexicons, const at_normalize_options *opts)
{
    at_error err = AT_ERROR_INIT;
    if (!(r->dict = at_cli_open_dict(cmd, dict_path, lexicons)))
        return false;
    if (at_rules_load(&r->rules, rules_path ? rules_path : at_rules_default_path(), &err) < 0 ||
        at_normalizer_new(&r->normalizer, r->dict, r->rules, opts, &err) < 0) {
        at_cli_report(cmd, &err);
        return false;
    }
    return true;
}

void at_cli_repair_close(at_cli_repair *r)
{
    at_normalizer_free(r->normalizer);
    at_rules_free(r->rules);
    at_dict_free(r->dict);
    *r = (at_cli_repair){ NULL, NULL, NULL };
}

void at_cli_json_string(JsonBuilder *b, const char *name, const char *s)
{
    char *valid = g_utf8_make_valid(s ? s : "", -1);
    json_builder_set_member_name(b, name);
    json_builder_add_string_value(b, valid);
    g_free(valid);
}

char *at_cli_json_text(JsonBuilder *b, bool pretty)
{
    JsonGenerator *gen = json_generator_new();
    JsonNode *root = json_builder_get_root(b);
    json_generator_set_root(gen, root);
    json_generator_set_pretty(gen, pretty);
    char *json = json_generator_to_data(gen, NULL);
    char *text = g_strconcat(json, "\n", NULL);
    g_free(json);
    json_node_unref(root);
    g_object_unref(gen);
    return text;
}

static void usage(FILE *out)
{
    fprintf(out, "Usage: arkivtext COMMAND [OPTIONS] [FILE...]\n\n"
                 "Turn scanned and badly OCR'd Swedish municipal documents into clean text,\n"
                 "structured records and archive packages.\n\n"
                 "Commands:\n");
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\nRun 'arkivtext COMMAND --help' for a command's options.\n"
                 "Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 setup or I/O error,\n"
                 "130 interrupted (run: Ctrl-C or SIGTERM; the same command resumes).\n");
}

int main(int argc, char **argv)
{
    /* One tesseract engine per worker thread: OpenMP inside each only oversubscribes the cores
     * (a 2-page scan took 15 s instead of 5 s). OpenMP reads its limit when it is loaded, which is
     * when the OCR module is opened (ingest/module.h), long after this: no thread exists yet here. */
    g_setenv("OMP_THREAD_LIMIT", "1", FALSE);
    setlocale(LC_ALL, "");
    if (argc < 2) {
        usage(stderr);
        return AT_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return AT_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("arkivtext %s\n", at_version());
        return AT_EXIT_OK;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        if (strcmp(argv[1], commands[i].name) == 0) {
            /* --help shows "Usage: arkivtext normalize ..." */
            char *name = g_strdup_printf("arkivtext %s", commands[i].name);
            g_set_prgname(name);
            g_free(name);
            return commands[i].run(argc - 1, argv + 1);
        }
    }
    fprintf(stderr, "arkivtext: unknown command '%s' (see arkivtext --help)\n", argv[1]);
    return AT_EXIT_USAGE;
}
