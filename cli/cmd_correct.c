/* arkivtext correct: an archivist's decisions from a review page applied to the packages.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <stdio.h>

#define INDEX_NAME "index.sqlite"

/* The search index to keep current: the one given (a shared PostgreSQL index), else the folder's when it has one;
 * false on failure (reported). */
static bool open_index(const char *dir, const char *location, const char *dict_path, at_dict **dict, at_index **index)
{
    char *path = location ? g_strdup(location) : g_build_filename(dir, INDEX_NAME, NULL);
    bool ok = true;
    if (location || g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
        at_error err = AT_ERROR_INIT;
        at_index_options o = AT_INDEX_OPTIONS_INIT;
        ok = (*dict = at_cli_open_dict("correct", dict_path, NULL)) != NULL;
        o.dict = *dict;
        if (ok && at_index_open(index, path, &o, &err) < 0) {
            at_cli_report("correct", &err);
            ok = false;
        }
    }
    g_free(path);
    return ok;
}

static int apply(char **args, bool undo, at_correct_options *o, const char *index, const char *dict_path)
{
    at_dict *dict = NULL;
    at_error err = AT_ERROR_INIT;
    at_correct_result r;
    char *dir = undo ? g_path_get_dirname(args[1]) : g_strdup(args[0]);
    int status = AT_EXIT_OK;
    if (!open_index(dir, index, dict_path, &dict, &o->index)) {
        status = AT_EXIT_SETUP;
    } else if ((undo ? at_correct_undo(args[1], o, &r, &err) : at_correct_apply(args[0], args[1], o, &r, &err)) < 0) {
        at_cli_report("correct", &err);
        status = err.code == AT_EIO ? AT_EXIT_SETUP : AT_EXIT_SOME_FAILED;
    } else if (!r.applied) {
        printf("arkivtext correct: %s: nothing to %s (%zu %s already made)\n", r.package, undo ? "undo" : "change",
               r.already, at_cli_plural(r.already, "decision", "decisions"));
    } else {
        printf("arkivtext correct: %s: %zu %s %s, %zu already so; package written again and valid%s\n", r.package,
               r.applied, at_cli_plural(r.applied, "word", "words"), undo ? "restored" : "changed", r.already, o->index ? ", index updated" : "");
    }
    at_index_close(o->index);
    at_dict_free(dict);
    g_free(dir);
    return status;
}

int at_cmd_correct(int argc, char **argv)
{
    char **args = NULL, *person = NULL, *reason = NULL, *dict_path = NULL, *index = NULL, *journal = NULL;
    gboolean undo = FALSE;
    GOptionEntry entries[] = {
        { "person", 0, 0, G_OPTION_ARG_STRING, &person, "Who decided (default: the reviewer the file names)", "NAME" },
        { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, "Why, recorded with the changes", "TEXT" },
        { "undo", 0, 0, G_OPTION_ARG_NONE, &undo, "Undo the latest correction of PACKAGE not undone yet", NULL },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary (for the search index)", "FILE" },
        { "index", 0, 0, G_OPTION_ARG_STRING, &index,
          "The shared index the batch uses instead of DIR/" INDEX_NAME ": a PostgreSQL database (postgresql://…)",
          "LOCATION" },
        { "journal", 0, 0, G_OPTION_ARG_STRING, &journal,
          "The batch's journal (default: the one DIR's batch names, else DIR/journal.sqlite)", "LOCATION" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, "DIR DECISIONS.json" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("DIR DECISIONS.json | --undo DIR PACKAGE - apply review decisions");
    g_option_context_set_summary(ctx,
        "Applies the decisions exported from a review page (arkivtext review) to their package in DIR:\n"
        "the words set as decided (the original reading kept in the ALTO), the record extracted again,\n"
        "every change logged (before, after, who, why) in metadata/preservation/corrections.json and\n"
        "as a PREMIS event, the package written again, validated and put in place; DIR/" INDEX_NAME "\n"
        "(or the --index given), the journal and the document's review page are updated when there\n"
        "are some. Applying the same file twice changes nothing.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status;
    if (!at_cli_parse(ctx, &argc, &argv, "correct")) {
        status = AT_EXIT_USAGE;
    } else if (!args || !args[0] || !args[1] || args[2]) {
        fprintf(stderr, "arkivtext correct: give DIR and DECISIONS.json, or --undo DIR PACKAGE "
                        "(see arkivtext correct --help)\n");
        status = AT_EXIT_USAGE;
    } else {
        at_correct_options o = AT_CORRECT_OPTIONS_INIT;
        o.person = person;
        o.reason = reason;
        o.journal = journal;
        char *package = undo ? g_build_filename(args[0], args[1], NULL) : NULL;
        char *undo_args[] = { args[0], package, NULL };
        status = apply(undo ? undo_args : args, undo, &o, index, dict_path);
        g_free(package);
    }
    g_strfreev(args);
    g_free(person);
    g_free(reason);
    g_free(dict_path);
    g_free(index);
    g_free(journal);
    g_option_context_free(ctx);
    return status;
}
