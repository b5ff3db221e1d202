/* Runs the normalization spec (tests/spec/normalize.txt) through the library and the CLI.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test_spec SPEC ARKIVTEXT_BINARY */
#include "arkivtext/arkivtext.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    char *name;
    bool keep_lines;
    double strip_rate;
    GString *input;
    GString *expected;
} spec_case;

static GPtrArray *parse_spec(const char *path)
{
    char *data;
    if (!g_file_get_contents(path, &data, NULL, NULL)) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(1);
    }
    GPtrArray *cases = g_ptr_array_new();
    spec_case *c = NULL;
    bool in_expected = false;
    char **lines = g_strsplit(data, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (g_str_has_prefix(*l, "== ")) {
            c = g_new0(spec_case, 1);
            c->input = g_string_new(NULL);
            c->expected = g_string_new(NULL);
            c->strip_rate = -1;
            char *opts = strchr(*l, '[');
            c->name = g_strndup(*l + 3, opts ? (size_t)(opts - *l - 4) : strlen(*l + 3));
            c->keep_lines = opts && strstr(opts, "keep-lines");
            char *rate = opts ? strstr(opts, "strip-rate=") : NULL;
            if (rate)
                c->strip_rate = g_ascii_strtod(rate + strlen("strip-rate="), NULL);
            g_ptr_array_add(cases, c);
            in_expected = false;
        } else if (c && strcmp(*l, "--") == 0) {
            in_expected = true;
        } else if (c && !in_expected) {
            g_string_append_printf(c->input, "%s\n", *l);
        } else if (c && in_expected && !(**l == '\0' && (l[1] == NULL || g_str_has_prefix(l[1], "== ")))) {
            /* The blank line before the next case separates cases; it is not output. */
            g_string_append_printf(c->expected, "%s\n", *l);
        }
    }
    g_strfreev(lines);
    g_free(data);
    return cases;
}

static char *run_library(const at_normalizer *n, const spec_case *c)
{
    at_error err = AT_ERROR_INIT;
    at_doc *doc = NULL;
    char *out = NULL;
    size_t len = 0;
    if (at_doc_from_text(&doc, c->name, c->input->str, c->input->len, NULL, &err) < 0 ||
        at_normalize_doc(n, doc, NULL, &err) < 0) {
        char msg[600];
        fprintf(stderr, "library error: %s\n", at_error_format(&err, msg, sizeof msg));
        at_doc_free(doc);
        return g_strdup("<error>");
    }
    FILE *f = open_memstream(&out, &len);
    at_doc_write_text(doc, f, NULL, NULL, &err);
    fclose(f);
    at_doc_free(doc);
    return out;
}

static char *run_cli(const char *binary, const spec_case *c)
{
    char *in_path = NULL;
    int fd = g_file_open_tmp("spec-XXXXXX.txt", &in_path, NULL);
    if (fd < 0 || !g_file_set_contents(in_path, c->input->str, (gssize)c->input->len, NULL))
        return g_strdup("<cannot write input>");
    close(fd);
    char rate[32];
    g_ascii_dtostr(rate, sizeof rate, c->strip_rate);
    const char *argv[8] = { binary, "normalize", in_path };
    int argc = 3;
    if (c->keep_lines)
        argv[argc++] = "--keep-lines";
    if (c->strip_rate >= 0) {
        argv[argc++] = "--strip-rate";
        argv[argc++] = rate;
    }
    char *out = NULL;
    int status = 0;
    GError *gerr = NULL;
    if (!g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &gerr)) {
        out = g_strdup_printf("<spawn failed: %s>", gerr->message);
        g_error_free(gerr);
    } else if (!g_spawn_check_wait_status(status, NULL)) {
        g_free(out);
        out = g_strdup("<exit status not 0>");
    }
    g_unlink(in_path);
    g_free(in_path);
    return out;
}

/* TAP diagnostics: every line behind '# '. */
static void diagnose(const char *who, const char *got, const char *expected)
{
    const char *labels[2] = { "gave", "expected" }, *texts[2] = { got, expected };
    for (int i = 0; i < 2; i++) {
        printf("# %s %s:\n", who, labels[i]);
        char **lines = g_strsplit(texts[i], "\n", -1);
        for (char **l = lines; *l; l++)
            if (**l || l[1])
                printf("#   |%s\n", *l);
        g_strfreev(lines);
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_spec SPEC ARKIVTEXT\n");
        return 2;
    }
    at_error err = AT_ERROR_INIT;
    at_dict *dict = NULL;
    at_rules *rules = NULL;
    if (at_dict_open(&dict, at_dict_default_path(), &err) < 0 ||
        at_rules_load(&rules, at_rules_default_path(), &err) < 0) {
        char msg[600];
        fprintf(stderr, "setup: %s\n", at_error_format(&err, msg, sizeof msg));
        return 1;
    }
    GPtrArray *cases = parse_spec(argv[1]);
    int failed = 0;
    for (guint i = 0; i < cases->len; i++) {
        spec_case *c = cases->pdata[i];
        at_normalize_options opts = AT_NORMALIZE_OPTIONS_INIT;
        opts.keep_lines = c->keep_lines;
        opts.strip_rate = c->strip_rate;
        at_normalizer *n = NULL;
        at_normalizer_new(&n, dict, rules, &opts, &err);
        char *lib = run_library(n, c), *cli = run_cli(argv[2], c);
        bool ok_lib = strcmp(lib, c->expected->str) == 0, ok_cli = strcmp(cli, c->expected->str) == 0;
        printf("%s %u - %s\n", ok_lib && ok_cli ? "ok" : "not ok", i + 1, c->name);
        if (!ok_lib)
            diagnose("library", lib, c->expected->str);
        if (!ok_cli)
            diagnose("CLI", cli, c->expected->str);
        failed += !(ok_lib && ok_cli);
        g_free(lib);
        g_free(cli);
        at_normalizer_free(n);
        g_free(c->name);
        g_string_free(c->input, TRUE);
        g_string_free(c->expected, TRUE);
        g_free(c);
    }
    printf("1..%u\n", cases->len);
    g_ptr_array_free(cases, TRUE);
    at_rules_free(rules);
    at_dict_free(dict);
    return failed ? 1 : 0;
}
