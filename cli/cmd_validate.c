/* arkivtext validate: check E-ARK information packages against the CSIP and SIP profiles.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

static const char *const level_names[] = { "error", "warning", "info" };

static void print_problem(const char *package, const at_package_problem *p)
{
    printf("%s: ", package);
    if (*p->file && p->line > 0)
        printf("%s:%d: ", p->file, p->line);
    else if (*p->file)
        printf("%s: ", p->file);
    printf("%s: ", level_names[p->level]);
    if (*p->requirement)
        printf("[%s] ", p->requirement);
    printf("%s\n", p->message);
}

static void count_levels(const at_package_report *r, size_t counts[3])
{
    counts[0] = counts[1] = counts[2] = 0;
    for (size_t i = 0; i < at_package_report_count(r); i++)
        counts[at_package_report_problem(r, i)->level]++;
}

static void json_problems(JsonBuilder *b, const at_package_report *r)
{
    json_builder_set_member_name(b, "problems");
    json_builder_begin_array(b);
    for (size_t i = 0; i < at_package_report_count(r); i++) {
        const at_package_problem *p = at_package_report_problem(r, i);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "requirement");
        json_builder_add_string_value(b, p->requirement);
        json_builder_set_member_name(b, "level");
        json_builder_add_string_value(b, level_names[p->level]);
        json_builder_set_member_name(b, "file");
        json_builder_add_string_value(b, p->file);
        json_builder_set_member_name(b, "line");
        json_builder_add_int_value(b, p->line);
        json_builder_set_member_name(b, "message");
        json_builder_add_string_value(b, p->message);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

static void json_checks(JsonBuilder *b, const at_package_report *r)
{
    json_builder_set_member_name(b, "requirements");
    json_builder_begin_array(b);
    for (size_t i = 0; i < at_package_report_checks(r); i++) {
        const at_package_check *k = at_package_report_check(r, i);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "id");
        json_builder_add_string_value(b, k->requirement);
        json_builder_set_member_name(b, "specification");
        json_builder_add_string_value(b, k->specification);
        json_builder_set_member_name(b, "level");
        json_builder_add_string_value(b, k->level);
        json_builder_set_member_name(b, "outcome");
        json_builder_add_string_value(b, k->passed ? "pass" : "fail");
        json_builder_set_member_name(b, "problems");
        json_builder_add_int_value(b, (gint64)k->problems);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

/* One line of JSON per package: its verdict, every requirement checked, every problem. */
static void json_package(const char *package, const at_package_report *r, const at_error *err)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "package");
    json_builder_add_string_value(b, package);
    json_builder_set_member_name(b, "checked");
    json_builder_add_boolean_value(b, r != NULL);
    json_builder_set_member_name(b, "valid");
    json_builder_add_boolean_value(b, at_package_report_valid(r));
    if (r) {
        size_t counts[3];
        count_levels(r, counts);
        json_builder_set_member_name(b, "profile");
        json_builder_add_string_value(b, at_package_report_profile(r));
        for (int i = 0; i < 3; i++) {
            char key[16];
            snprintf(key, sizeof key, "%ss", level_names[i]);
            json_builder_set_member_name(b, key);
            json_builder_add_int_value(b, (gint64)counts[i]);
        }
        json_checks(b, r);
        json_problems(b, r);
    } else {
        char msg[1024];
        json_builder_set_member_name(b, "error");
        json_builder_add_string_value(b, at_error_format(err, msg, sizeof msg));
    }
    json_builder_end_object(b);
    JsonGenerator *g = json_generator_new();
    JsonNode *root = json_builder_get_root(b);
    json_generator_set_root(g, root);
    char *text = json_generator_to_data(g, NULL);
    printf("%s\n", text);
    g_free(text);
    json_node_unref(root);
    g_object_unref(g);
    g_object_unref(b);
}

static void print_text(const char *package, const at_package_report *r, bool quiet, bool verbose)
{
    size_t counts[3];
    count_levels(r, counts);
    if (quiet)
        return;
    for (size_t i = 0; i < at_package_report_count(r); i++) {
        const at_package_problem *p = at_package_report_problem(r, i);
        if (p->level != AT_LEVEL_INFO || verbose)
            print_problem(package, p);
    }
    printf("%s: %s (%s; %zu error%s, %zu warning%s, %zu note%s)\n", package, at_package_report_valid(r) ? "valid" : "invalid",
           *at_package_report_profile(r) ? at_package_report_profile(r) : "no profile read", counts[0],
           counts[0] == 1 ? "" : "s", counts[1], counts[1] == 1 ? "" : "s", counts[2], counts[2] == 1 ? "" : "s");
}

typedef struct {
    guint valid, invalid, unchecked;
} tally;

static void not_checked(tally *t, const char *path, const at_error *given, bool json)
{
    t->unchecked++;
    at_error named = AT_ERROR_INIT; /* "brev.zip: a text file, not a package", where the file says what it is */
    at_input_kind kind;
    const char *what = NULL;
    at_error ignored = AT_ERROR_INIT;
    GStatBuf st;
    if (given->code == AT_EFORMAT && g_stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
        at_pipeline_sniff(path, &kind, &what, &ignored) == 0)
        at_error_set(&named, AT_EFORMAT, AT_STAGE_PACKAGE, path, "%s, not a package (a folder, or a .zip, .tar or "
                     ".tar.gz archive)", what);
    const at_error *err = named.code ? &named : given;
    if (json)
        json_package(path, NULL, err);
    at_cli_report("validate", err);
}

static void validate_one(tally *t, const char *path, const at_package_validate_options *opts, bool json, bool quiet,
                         bool verbose)
{
    at_error err = AT_ERROR_INIT;
    at_package_report *r = NULL;
    if (at_package_validate(path, opts, &r, &err) < 0) {
        not_checked(t, path, &err, json);
        return;
    }
    if (at_package_report_valid(r))
        t->valid++;
    else
        t->invalid++;
    if (json)
        json_package(path, r, NULL);
    else
        print_text(path, r, quiet, verbose);
    at_package_report_free(r);
    fflush(stdout);
}

static const char summary[] =
    "Checks E-ARK information packages — folders, or .zip, .tar and .tar.gz archives holding one — offline,\n"
    "against the profile each names in mets/@PROFILE: CSIP 2.1.0 (2.2.0), and SIP 2.1.0 (2.2.0) for SIPs.\n"
    "Every testable requirement is checked under its id (CSIP1..CSIP119, SIP1..SIP35, CSIPSTR1..16):\n"
    "a MUST not met is an error, a SHOULD a warning, an absent MAY item a note; a package is valid when\n"
    "it has no error. SIZE and CHECKSUM (MD5, SHA-1, SHA-256/384/512, CRC32, Adler-32) are checked under\n"
    "their requirement ids; paths are case-sensitive; MIMETYPE must be an IANA media type. Checks of our\n"
    "own: XSD (schema validity: METS, PREMIS 3, ALTO, CITS ERMS and our record against the schemas\n"
    "arkivtext ships; other namespaces against a schema the package carries, else not validated),\n"
    "SCHEMATRON (the CITS ERMS rules), FIXITY (PREMIS fixity), FILE (files not listed, links), REF (IDs),\n"
    "ARCHIVE (unsafe archives).\n"
    "XML with a DOCTYPE is refused: no entity is ever loaded or expanded. Archives are unpacked into a\n"
    "private temporary folder; links, entries leaving the package and bombs are refused.\n\n"
    "A folder that is no package (no METS.xml) is searched for the packages under it — folders and\n"
    "archives, as 'arkivtext run' writes them — and each is checked on its own.\n\n"
    "Prints the errors and warnings, 'PACKAGE: FILE:LINE: LEVEL: [REQUIREMENT] message', then one line\n"
    "'PACKAGE: valid|invalid (PROFILE; N errors, N warnings, N notes)' per package and a summary.\n"
    "Exit status: 0 all valid, 1 some invalid or not checked (not a package), 2 usage error.";

int at_cmd_validate(int argc, char **argv)
{
    gboolean quiet = FALSE, json = FALSE, verbose = FALSE;
    gint64 max_entries = 1000000;
    char **packages = NULL;
    GOptionEntry entries[] = {
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only the summary", NULL },
        { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print the notes (absent MAY items) too", NULL },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json,
          "One JSON object per package and line: verdict, every requirement checked (level, outcome), every problem",
          NULL },
        { "max-entries", 0, 0, G_OPTION_ARG_INT64, &max_entries, "Refuse archives with more entries (default 1000000)",
          "N" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &packages, NULL, "PACKAGE|FOLDER..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- check E-ARK information packages (CSIP, SIP)");
    g_option_context_set_summary(ctx, summary);
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    if (!at_cli_parse(ctx, &argc, &argv, "validate")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!packages || !packages[0] || max_entries < 1) {
        fprintf(stderr, "arkivtext validate: %s; see 'arkivtext validate --help'\n",
                max_entries < 1 ? "--max-entries must be at least 1" : "no package");
        status = AT_EXIT_USAGE;
        goto out;
    }
    at_package_validate_options opts = AT_PACKAGE_VALIDATE_OPTIONS_INIT;
    opts.max_entries = (unsigned long)max_entries;
    tally t = { 0 };
    gint64 start = g_get_monotonic_time();
    for (char **p = packages; *p; p++) {
        at_error err = AT_ERROR_INIT;
        char **found = NULL;
        if (at_package_find(*p, &found, &err) < 0)
            not_checked(&t, *p, &err, json);
        for (char **f = found; f && *f; f++)
            validate_one(&t, *f, &opts, json, quiet, verbose);
        g_strfreev(found);
    }
    double seconds = (double)(g_get_monotonic_time() - start) / 1e6;
    guint valid = t.valid, invalid = t.invalid, unchecked = t.unchecked, total = valid + invalid + unchecked;
    FILE *out = json ? stderr : stdout;
    fprintf(out, "%u package%s: %u valid, %u invalid", total, total == 1 ? "" : "s", valid, invalid);
    if (unchecked)
        fprintf(out, ", %u not checked", unchecked);
    fprintf(out, " (%.2f s)\n", seconds);
    status = unchecked || invalid ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
out:
    g_option_context_free(ctx);
    g_strfreev(packages);
    return status;
}
