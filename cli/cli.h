/* Shared pieces of the command-line tool.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_CLI_H
#define ARKIVTEXT_CLI_H

#include "arkivtext/arkivtext.h"

#include <glib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

/* Exit codes, the same for every subcommand. */
enum {
    AT_EXIT_OK = 0,
    AT_EXIT_SOME_FAILED = 1, /* some inputs failed; the others were processed */
    AT_EXIT_USAGE = 2,
    AT_EXIT_SETUP = 3,       /* I/O, missing data files, bad rules */
    AT_EXIT_INTERRUPTED = 130, /* stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report it) */
};

/** Print `arkivtext CMD: message` for an error on stderr. */
void at_cli_report(const char *cmd, const at_error *err);

/** Parse options; on failure print the error and return false. `--help` goes to stdout. */
bool at_cli_parse(GOptionContext *ctx, int *argc, char ***argv, const char *cmd);

/** Open the dictionary (--dict or the default) and add user lexicons. NULL on failure (reported). */
at_dict *at_cli_open_dict(const char *cmd, const char *path, char **lexicons);

/** What repairing text needs: the dictionary, the rules and a normalizer over them. */
typedef struct at_cli_repair {
    at_dict *dict;
    at_rules *rules;
    at_normalizer *normalizer;
} at_cli_repair;

/** Open all three (`opts` may be NULL for the defaults); on failure report it and return false. */
bool at_cli_repair_open(at_cli_repair *r, const char *cmd, const char *dict_path, const char *rules_path,
                        char **lexicons, const at_normalize_options *opts);
/** Free what at_cli_repair_open() opened; safe on a zeroed or half-opened struct. */
void at_cli_repair_close(at_cli_repair *r);

/** Add a member `name` holding `s` as a JSON string, made valid UTF-8 first (file names need not be). */
void at_cli_json_string(JsonBuilder *b, const char *name, const char *s);

/** The builder's JSON (pretty: indented) and a line break, written by json-glib (numbers locale-independent). g_free() it. */
char *at_cli_json_text(JsonBuilder *b, bool pretty);

/**
 * Refuse a batch in which two inputs would be written to the same output path:
 * prints one line naming both and returns false, before anything is written.
 */
bool at_cli_distinct_outputs(const char *cmd, char *const *inputs, char *const *outputs, size_t n);

/** `one` for a count of 1, else `many`: "1 page", "2 pages", "0 pages". */
static inline const char *at_cli_plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

/** What a command reads. */
typedef enum { AT_CLI_READS_TEXT, AT_CLI_READS_SCANS } at_cli_reads;

/**
 * Fail with one line naming what the input is when it is not what the command reads
 * ("scan.txt: a PNG image, not a text file"), or "cannot open" when it is missing. A regular
 * file is looked at by its content; standard input ("-"), pipes and devices are left to the reader.
 */
int at_cli_check_input(const char *path, at_cli_reads reads, at_error *err);

/**
 * The exit status for a failure processing `input`: AT_EXIT_SOME_FAILED when `err` names the input (it
 * could not be read, or is not what the command reads), AT_EXIT_SETUP when it names anything else
 * (an output that could not be written).
 */
int at_cli_failure_status(const at_error *err, const char *input);

/** Do two output paths name one regular file (or one new file), so that one would overwrite the other? */
bool at_cli_same_file(const char *a, const char *b);

int at_cmd_normalize(int argc, char **argv);
int at_cmd_dict(int argc, char **argv);
int at_cmd_ocr(int argc, char **argv);
int at_cmd_extract(int argc, char **argv);
int at_cmd_run(int argc, char **argv);
int at_cmd_validate(int argc, char **argv);
int at_cmd_index(int argc, char **argv);
int at_cmd_search(int argc, char **argv);
int at_cmd_review(int argc, char **argv);
int at_cmd_correct(int argc, char **argv);
int at_cmd_status(int argc, char **argv);
int at_cmd_slurm(int argc, char **argv);

#endif
