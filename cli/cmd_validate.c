/* arkivtext validate: check archive packages (schemas, checksums, references, CSIP/SIP requirements).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static void print_problem(const char *package, const at_package_problem *p)
{
    printf("%s: ", package);
    if (*p->file && p->line > 0)
        printf("%s:%d: ", p->file, p->line);
    else if (*p->file)
        printf("%s: ", p->file);
    if (*p->requirement)
        printf("[%s] ", p->requirement);
    printf("%s\n", p->message);
}

static void add_bool(JsonBuilder *b, const char *name, bool value)
{
    json_builder_set_member_name(b, name);
    json_builder_add_boolean_value(b, value);
}

static void add_int(JsonBuilder *b, const char *name, gint64 value)
{
    json_builder_set_member_name(b, name);
    json_builder_add_int_value(b, value);
}

/* One package's entry: checked with its problems, or not checked and why (`err`). */
static void json_package(JsonBuilder *b, const char *package, const at_package_report *r, const at_error *err)
{
    json_builder_begin_object(b);
    at_cli_json_string(b, "package", package);
    add_bool(b, "checked", r != NULL);
    size_t n = r ? at_package_report_count(r) : 0;
    add_bool(b, "valid", r && n == 0);
    if (!r) {
        char msg[1024];
        at_cli_json_string(b, "error", at_error_format(err, msg, sizeof msg));
        json_builder_end_object(b);
        return;
    }
    json_builder_set_member_name(b, "problems");
    json_builder_begin_array(b);
    for (size_t i = 0; i < n; i++) {
        const at_package_problem *p = at_package_report_problem(r, i);
        json_builder_begin_object(b);
        at_cli_json_string(b, "requirement", p->requirement);
        at_cli_json_string(b, "file", p->file);
        add_int(b, "line", p->line);
        at_cli_json_string(b, "message", p->message);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
}

int at_cmd_validate(int argc, char **argv)
{
    gboolean quiet = FALSE, json = FALSE;
    char **packages = NULL;
    GOptionEntry entries[] = {
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only the summary", NULL },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Write the report as JSON on standard output", NULL },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &packages, NULL, "PACKAGE..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("PACKAGE... - check E-ARK SIP 2.1.0 archive packages");
    g_option_context_set_summary(ctx,
        "Checks packages (folders, or .tar archives holding one) as written by arkivtext, offline:\n"
        "  - every METS, PREMIS, ALTO and record file against the schemas in the package's schemas/;\n"
        "  - every file and mdRef: present, SIZE and SHA-256 CHECKSUM as stated, MIMETYPE/CREATED given;\n"
        "  - every file in the package is listed by a METS file; hrefs are relative and stay inside;\n"
        "  - IDs are unique and FILEID/DMDID/ADMID resolve;\n"
        "  - the CSIP 2.1.0 / SIP 2.1.0 requirements (OBJID, TYPE, PROFILE, metsHdr and its agents,\n"
        "    the Documentation/Schemas/Representations file groups, the CSIP structMap).\n"
        "XML with a DOCTYPE is refused: no entity is ever loaded or expanded.\n\n"
        "Prints 'PACKAGE: valid', or one line per problem: 'PACKAGE: FILE:LINE: [REQUIREMENT] message',\n"
        "where REQUIREMENT is a CSIP/SIP profile id (CSIP113, SIP15, CSIPSTR4 ...) or one of our own:\n"
        "XSD (schema), FIXITY (size or checksum), FILE (missing or unlisted file), REF (IDs).\n"
        "Exit status: 0 all valid, 1 some invalid, 3 some could not be checked (not a package).");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    if (!at_cli_parse(ctx, &argc, &argv, "validate")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!packages || !packages[0]) {
        fprintf(stderr, "arkivtext validate: no package; see 'arkivtext validate --help'\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    guint valid = 0, invalid = 0, unchecked = 0;
    size_t problems = 0;
    JsonBuilder *out = json_builder_new();
    json_builder_begin_object(out);
    json_builder_set_member_name(out, "packages");
    json_builder_begin_array(out);
    gint64 start = g_get_monotonic_time();
    for (char **p = packages; *p; p++) {
        at_error err = AT_ERROR_INIT;
        at_package_report *r = NULL;
        if (at_package_validate(*p, &r, &err) < 0) {
            unchecked++;
            if (json)
                json_package(out, *p, NULL, &err);
            else
                at_cli_report("validate", &err);
            continue;
        }
        size_t n = at_package_report_count(r);
        problems += n;
        if (n)
            invalid++;
        else
            valid++;
        if (json) {
            json_package(out, *p, r, NULL);
        } else if (!quiet) {
            if (n == 0)
                printf("%s: valid\n", *p);
            for (size_t i = 0; i < n; i++)
                print_problem(*p, at_package_report_problem(r, i));
        }
        at_package_report_free(r);
    }
    double seconds = (double)(g_get_monotonic_time() - start) / 1e6;
    if (json) {
        json_builder_end_array(out);
        add_int(out, "valid", valid);
        add_int(out, "invalid", invalid);
        add_int(out, "unchecked", unchecked);
        add_int(out, "problems", (gint64)problems);
        json_builder_set_member_name(out, "seconds");
        json_builder_add_double_value(out, seconds);
        json_builder_end_object(out);
        char *text = at_cli_json_text(out, true);
        fputs(text, stdout);
        g_free(text);
    } else {
        printf("%u package%s: %u valid, %u invalid", valid + invalid + unchecked,
               valid + invalid + unchecked == 1 ? "" : "s", valid, invalid);
        if (unchecked)
            printf(", %u not checked", unchecked);
        printf(" (%zu problem%s, %.2f s)\n", problems, problems == 1 ? "" : "s", seconds);
    }
    g_object_unref(out);
    status = unchecked ? AT_EXIT_SETUP : invalid ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
out:
    g_option_context_free(ctx);
    g_strfreev(packages);
    return status;
}
