/* arkivtext normalize: repair broken Swedish, streaming in bounded memory.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Text is normalized in pieces of about this size, cut at paragraph breaks
 * where possible, so a 50 MB single line needs no more memory than this. */
enum { CHUNK = 1 << 20, CUT_SEARCH = 256 << 10 };

typedef struct {
    const at_normalizer *normalizer;
    bool lenient;
    bool tables;
    at_changes_writer *changes;
    long long in_base, out_base;   /* offsets of the current piece in the whole input and output */
    at_normalize_stats total;
    bool quiet;
} job;

/* Changes are reported per piece; shift them to whole-input offsets. */
static int shifted_change(const at_change *c, void *data)
{
    job *j = data;
    at_change s = *c;
    s.in_offset += j->in_base;
    s.out_offset += j->out_base;
    return at_changes_add(&s, j->changes);
}

/* Where to cut `buf` so that no paragraph, line, word or character is split if it can be helped. */
static size_t cut_point(const char *buf, size_t len)
{
    size_t floor = len > CUT_SEARCH ? len - CUT_SEARCH : 0;
    for (size_t i = len; i > floor + 1; i--)
        if (buf[i - 1] == '\n' && buf[i - 2] == '\n')
            return i;
    for (size_t i = len; i > floor; i--)
        if (buf[i - 1] == '\n')
            return i;
    for (size_t i = len; i > floor; i--)
        if (buf[i - 1] == ' ' || buf[i - 1] == '\t')
            return i;
    size_t i = len;
    while (i > 0 && ((unsigned char)buf[i - 1] & 0xC0) == 0x80)
        i--;
    return i > 0 ? i - 1 : len;
}

static int normalize_piece(job *j, const char *name, const char *buf, size_t len, FILE *out, at_error *err)
{
    at_text_options topts = AT_TEXT_OPTIONS_INIT;
    topts.lenient = j->lenient;
    topts.tables = j->tables;
    at_doc *doc = NULL;
    int rc = at_doc_from_text(&doc, name, buf, len, &topts, err);
    if (rc < 0) {
        if (err->offset >= 0)
            err->offset += j->in_base;
        return rc;
    }
    at_normalize_stats st = { 0 };
    rc = at_normalize_doc(j->normalizer, doc, &st, err);
    /* Warnings of the reader (replaced bytes) and of the normalizer (rule matches it gave up on). */
    if (!j->quiet)
        for (const char *const *w = at_doc_warnings(doc); *w; w++)
            fprintf(stderr, "arkivtext normalize: warning: %s\n", *w);
    if (rc == 0)
        rc = at_doc_write_text(doc, out, j->changes ? shifted_change : NULL, j, err);
    j->total.words += st.words;
    j->total.changed += st.changed;
    j->total.protected_ += st.protected_;
    j->total.unknown += st.unknown;
    j->total.flagged += st.flagged;
    j->total.corrected += st.corrected;
    j->total.strip_rate = st.strip_rate;
    at_doc_free(doc);
    return rc;
}

/* Map the pages of a new buffer at once where `size` bytes will be written to it: faulting them in
 * one by one costs far more where page faults are dear (virtual machines). */
static void map_at_once(void *data, size_t size)
{
#ifdef MADV_POPULATE_WRITE
    long page_size = sysconf(_SC_PAGESIZE);
    if (page_size <= 0) /* unknown: an advice only, so none */
        return;
    uintptr_t page = (uintptr_t)page_size, from = ((uintptr_t)data + page - 1) & ~(page - 1),
              to = ((uintptr_t)data + size) & ~(page - 1);
    if (to > from + 16 * page)
        (void)madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
    (void)data;
    (void)size;
#endif
}

/* How many bytes are left to read from `in`, as far as a regular file tells. */
static size_t bytes_left(FILE *in)
{
    struct stat st;
    long at = ftell(in);
    return fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode) && at >= 0 && st.st_size > at ? (size_t)(st.st_size - at) : 0;
}

/* A FILE that appends to a GString (fopencookie's write function). */
static ssize_t append_to_string(void *string, const char *data, size_t size)
{
    g_string_append_len(string, data, (gssize)size);
    return (ssize_t)size;
}

static int normalize_stream(job *j, const char *name, FILE *in, FILE *out, at_error *err)
{
    GByteArray *buf = g_byte_array_sized_new(CHUNK + 4096);
    map_at_once(buf->data, MIN(bytes_left(in), CHUNK));
    int rc = 0;
    bool eof = false;
    j->in_base = j->out_base = 0;
    while (rc == 0 && !(eof && buf->len == 0)) {
        while (!eof && buf->len < CHUNK) {
            guint had = buf->len;
            g_byte_array_set_size(buf, CHUNK); /* read in place: every page of new memory costs a fault */
            size_t n = fread(buf->data + had, 1, CHUNK - had, in);
            g_byte_array_set_size(buf, had + (guint)n);
            if (n == 0) {
                if (ferror(in))
                    rc = at_error_set(err, AT_EIO, AT_STAGE_CLI, name, "read failed: %s", g_strerror(errno));
                eof = true;
            }
        }
        if (rc)
            break;
        size_t cut = eof ? buf->len : cut_point((const char *)buf->data, buf->len);
        /* The piece is written to memory first: its length places the next piece's changes,
         * and a pipe cannot tell how much was written to it. The string is sized for it up front
         * (open_memstream doubles and zeroes its buffer as it grows, a fault per new page). */
        GString *piece = g_string_sized_new(cut + cut / 8 + 64);
        map_at_once(piece->str, cut);
        FILE *mem = fopencookie(piece, "w", (cookie_io_functions_t){ NULL, append_to_string, NULL, NULL });
        rc = mem ? normalize_piece(j, name, (const char *)buf->data, cut, mem, err)
                 : at_error_set(err, AT_ENOMEM, AT_STAGE_CLI, name, "out of memory");
        if (mem && fclose(mem) != 0 && rc == 0)
            rc = at_error_set(err, AT_ENOMEM, AT_STAGE_CLI, name, "out of memory");
        if (rc == 0 && fwrite(piece->str, 1, piece->len, out) != piece->len)
            rc = at_error_set(err, AT_EIO, AT_STAGE_CLI, name, "write failed: %s", g_strerror(errno));
        j->in_base += (long long)cut;
        j->out_base += (long long)piece->len;
        g_string_free(piece, TRUE);
        g_byte_array_remove_range(buf, 0, (guint)cut);
    }
    g_byte_array_free(buf, TRUE);
    return rc;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && g_ascii_strcasecmp(s + a - b, suffix) == 0;
}

/* One input to one output (stdout when out_path is NULL); files are replaced atomically. */
static int normalize_file(job *j, const char *in_path, const char *out_path, const char *changes_path,
                          at_changes_format changes_format, at_error *err)
{
    if (at_cli_check_input(in_path, AT_CLI_READS_TEXT, err) < 0)
        return err->code;
    FILE *in = strcmp(in_path, "-") == 0 ? stdin : fopen(in_path, "rb");
    if (!in)
        return at_error_set(err, AT_EIO, AT_STAGE_CLI, in_path, "cannot open: %s", g_strerror(errno));
    const char *name = in == stdin ? "<stdin>" : in_path;
    j->tables = ends_with(in_path, ".tsv") || ends_with(in_path, ".tab");
    at_atomic_file *af = NULL;
    int rc = 0;
    if (out_path && !(af = at_atomic_open(out_path, err)))
        rc = err->code;
    if (rc == 0 && changes_path)
        rc = at_changes_open(&j->changes, changes_path, changes_format, name, err);
    if (rc == 0)
        rc = normalize_stream(j, name, in, af ? at_atomic_stream(af) : stdout, err);
    if (in != stdin)
        fclose(in);
    if (rc == 0 && j->changes)
        rc = at_changes_commit(j->changes, err);
    else
        at_changes_abort(j->changes);
    j->changes = NULL;
    if (af) {
        if (rc == 0)
            rc = at_atomic_commit(af, err);
        else
            at_atomic_abort(af);
    } else if (fflush(stdout) != 0 && rc == 0) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_CLI, "<stdout>", "write failed: %s", g_strerror(errno));
    }
    return rc;
}

/* Where each input's text goes: NULL for standard output; with several inputs, -o names a folder. */
static char **output_paths(const char *output, char **inputs)
{
    if (!output)
        return NULL;
    guint n = g_strv_length(inputs);
    char **paths = g_new0(char *, n + 1);
    for (guint i = 0; i < n; i++) {
        char *base = g_path_get_basename(inputs[i]);
        paths[i] = n > 1 ? g_build_filename(output, base, NULL) : g_strdup(output);
        g_free(base);
    }
    return paths;
}

static int undo(const char *changes_path, char **files, const char *out_path)
{
    at_error err = AT_ERROR_INIT;
    const char *in = files && files[0] ? files[0] : "-";
    char *text = NULL;
    size_t len = 0;
    int rc;
    if (strcmp(in, "-") == 0) {
        GIOChannel *ch = g_io_channel_unix_new(STDIN_FILENO);
        g_io_channel_set_encoding(ch, NULL, NULL);
        gsize n = 0;
        rc = g_io_channel_read_to_end(ch, &text, &n, NULL) == G_IO_STATUS_NORMAL ? 0 : AT_EIO;
        len = n;
        g_io_channel_unref(ch);
        if (rc)
            at_error_set(&err, AT_EIO, AT_STAGE_CLI, "<stdin>", "read failed");
    } else {
        GError *gerr = NULL;
        gsize n = 0;
        rc = g_file_get_contents(in, &text, &n, &gerr) ? 0 : AT_EIO;
        len = n;
        if (gerr) {
            at_error_set(&err, AT_EIO, AT_STAGE_CLI, in, "%s", gerr->message);
            g_error_free(gerr);
        }
    }
    char *original = NULL;
    size_t olen = 0;
    if (rc == 0)
        rc = at_changes_undo(changes_path, text ? text : "", len, &original, &olen, &err);
    if (rc == 0) {
        at_atomic_file *af = at_atomic_open(out_path ? out_path : "-", &err);
        if (!af) {
            rc = err.code;
        } else if (fwrite(original, 1, olen, at_atomic_stream(af)) != olen) {
            at_atomic_abort(af);
            rc = at_error_set(&err, AT_EIO, AT_STAGE_CLI, out_path, "write failed");
        } else {
            rc = at_atomic_commit(af, &err);
        }
    }
    if (rc)
        at_cli_report("normalize", &err);
    g_free(text);
    g_free(original);
    if (rc == 0)
        return AT_EXIT_OK;
    return strcmp(err.file, changes_path) == 0 ? AT_EXIT_SOME_FAILED : at_cli_failure_status(&err, in);
}

/* --explain WORD...: each word on its own, or as it was decided in FILE (its strip rate, its neighbours). */
static int explain_words(const at_normalizer *normalizer, char **words, char **files, bool lenient)
{
    at_error err = AT_ERROR_INIT;
    if (files && files[0] && files[1]) {
        fprintf(stderr, "arkivtext normalize: --explain takes one FILE at most\n");
        return AT_EXIT_USAGE;
    }
    for (char **w = words; *w; w++) {
        at_doc *doc = NULL;
        int rc = files && files[0] ? at_pipeline_read_document(files[0], NULL, lenient, NULL, NULL, &doc, &err) : 0;
        if (rc == 0)
            rc = doc ? at_normalizer_explain_doc(normalizer, doc, *w, stdout, &err)
                     : at_normalizer_explain(normalizer, *w, stdout, &err);
        at_doc_free(doc);
        if (rc < 0) {
            at_cli_report("normalize", &err);
            return err.code == AT_EFORMAT && !err.file[0] ? AT_EXIT_USAGE : AT_EXIT_SOME_FAILED;
        }
    }
    return AT_EXIT_OK;
}

int at_cmd_normalize(int argc, char **argv)
{
    char *output = NULL, *changes = NULL, *changes_format = NULL, *rules_path = NULL, *dict_path = NULL,
         *undo_path = NULL;
    char **lexicons = NULL, **explain = NULL, **files = NULL;
    gboolean keep_lines = FALSE, lenient = FALSE, stats = FALSE;
    double strip_rate = -1, context_weight = 1, min_score = AT_NORMALIZE_MIN_SCORE;
    char *corrections = NULL;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
          "Write the repaired text to FILE (atomically); with several inputs, FILE is a folder", "FILE" },
        { "changes", 0, 0, G_OPTION_ARG_FILENAME, &changes,
          "Record every change (offset, before, after, rule, score) in FILE", "FILE" },
        { "changes-format", 0, 0, G_OPTION_ARG_STRING, &changes_format,
          "jsonl (default) or xml; a FILE ending in .xml implies xml", "FORMAT" },
        { "keep-lines", 0, 0, G_OPTION_ARG_NONE, &keep_lines,
          "Keep the input's line breaks so results map back to OCR lines", NULL },
        { "lenient", 0, 0, G_OPTION_ARG_NONE, &lenient,
          "Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing", NULL },
        { "explain", 0, 0, G_OPTION_ARG_STRING_ARRAY, &explain,
          "Show the candidates for WORD and their scores, then exit (repeatable); with a FILE, how WORD "
          "was decided there: the document's strip rate, each occurrence with its neighbours", "WORD" },
        { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_path, "Rules file (default: the installed sv.rules)", "FILE" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary", "FILE" },
        { "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons,
          "Add a user lexicon made by 'arkivtext dict learn' (repeatable)", "FILE" },
        { "strip-rate", 0, 0, G_OPTION_ARG_DOUBLE, &strip_rate,
          "Share of diacritics the OCR lost, 0..1 (default: estimated per document)", "R" },
        { "context-weight", 0, 0, G_OPTION_ARG_DOUBLE, &context_weight,
          "Weight of word-pair context against word frequency (default 1)", "W" },
        { "undo", 0, 0, G_OPTION_ARG_FILENAME, &undo_path,
          "Restore the original from normalized text (FILE or stdin) and its change log", "CHANGES" },
        { "min-score", 0, 0, G_OPTION_ARG_DOUBLE, &min_score,
          "Make a repair only if its score is at least S (0..1, default 0.5); below, flag the word", "S" },
        { "corrections", 0, 0, G_OPTION_ARG_FILENAME, &corrections,
          "Apply your corrections first: wrong<TAB>right a line, whole words, case kept", "FILE" },
        { "stats", 0, 0, G_OPTION_ARG_NONE, &stats, "Print a summary of what changed on stderr", NULL },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[FILE...]" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- repair broken Swedish in OCR text");
    g_option_context_set_summary(ctx,
        "Repairs lost diacritics (Sodertorn -> Södertörn), OCR look-alikes (6ver -> över, &r -> är),\n"
        "words split at line ends, bullets and § markers. Reads the FILEs, or standard input,\n"
        "and writes the repaired text to standard output unless -o is given.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    at_rules *rules = NULL;
    at_normalizer *normalizer = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "normalize")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (undo_path) {
        status = undo(undo_path, files, output);
        goto out;
    }
    guint n_files = files ? g_strv_length(files) : 0;
    if (changes && n_files > 1) {
        fprintf(stderr, "arkivtext normalize: --changes takes one input file\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (output && strcmp(output, "-") == 0)
        g_clear_pointer(&output, g_free); /* standard output, as without -o */
    if (changes && strcmp(changes, "-") == 0 && !output) {
        fprintf(stderr, "arkivtext normalize: --changes - writes the change log to standard output, where the text "
                        "goes too: give the text -o FILE\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (output && changes && strcmp(changes, "-") != 0 && at_cli_same_file(output, changes)) {
        fprintf(stderr, "arkivtext normalize: -o and --changes both name %s: one would overwrite the other; "
                        "nothing written\n", changes);
        status = AT_EXIT_USAGE;
        goto out;
    }
    at_changes_format format = AT_CHANGES_JSONL;
    if ((changes_format && strcmp(changes_format, "xml") == 0) ||
        (!changes_format && changes && ends_with(changes, ".xml")))
        format = AT_CHANGES_XML;
    else if (changes_format && strcmp(changes_format, "jsonl") != 0) {
        fprintf(stderr, "arkivtext normalize: --changes-format must be jsonl or xml\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    at_error err = AT_ERROR_INIT;
    if (!(dict = at_cli_open_dict("normalize", dict_path, lexicons))) {
        status = AT_EXIT_SETUP;
        goto out;
    }
    if (at_rules_load(&rules, rules_path ? rules_path : at_rules_default_path(), &err) < 0) {
        at_cli_report("normalize", &err);
        status = AT_EXIT_SETUP;
        goto out;
    }
    at_normalize_options opts = AT_NORMALIZE_OPTIONS_INIT;
    opts.keep_lines = keep_lines;
    opts.strip_rate = strip_rate;
    opts.context_weight = context_weight;
    opts.min_score = min_score;
    if (min_score < 0 || min_score > 1) {
        fprintf(stderr, "arkivtext normalize: --min-score must be between 0 and 1\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (at_normalizer_new(&normalizer, dict, rules, &opts, &err) < 0 ||
        (corrections && at_normalizer_add_corrections(normalizer, corrections, &err) < 0)) {
        at_cli_report("normalize", &err);
        status = AT_EXIT_SETUP;
        goto out;
    }
    if (explain) {
        status = explain_words(normalizer, explain, files, lenient);
        goto out;
    }
    static char *stdin_only[] = { "-", NULL };
    char **inputs = n_files ? files : stdin_only;
    char **out_paths = output_paths(output, inputs);
    if (out_paths && n_files > 1 && !at_cli_distinct_outputs("normalize", inputs, out_paths, n_files)) {
        g_strfreev(out_paths);
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (n_files > 1 && out_paths && g_mkdir_with_parents(output, 0755) != 0) {
        fprintf(stderr, "arkivtext normalize: %s: cannot create folder: %s\n", output, g_strerror(errno));
        g_strfreev(out_paths);
        status = AT_EXIT_SETUP;
        goto out;
    }
    job j = { .normalizer = normalizer, .lenient = lenient };
    bool progress = n_files > 1 && isatty(STDERR_FILENO);
    guint failed = 0;
    int failure = AT_EXIT_SOME_FAILED;
    for (guint i = 0; inputs[i]; i++) {
        if (progress)
            fprintf(stderr, "\r[%u/%u] %s\033[K", i + 1, n_files, inputs[i]);
        at_error_clear(&err);
        if (normalize_file(&j, inputs[i], out_paths ? out_paths[i] : NULL, changes, format, &err) < 0) {
            if (progress)
                fputc('\n', stderr);
            at_cli_report("normalize", &err);
            failure = MAX(failure, at_cli_failure_status(&err, inputs[i]));
            failed++;
        }
    }
    g_strfreev(out_paths);
    if (progress)
        fputc('\n', stderr);
    if (stats)
        fprintf(stderr, "arkivtext normalize: %zu %s, %zu changed (%.2f %%), %zu protected, %zu unknown; strip rate %.2f\n",
                j.total.words, at_cli_plural(j.total.words, "word", "words"), j.total.changed, j.total.words ? 100.0 * j.total.changed / j.total.words : 0.0,
                j.total.protected_, j.total.unknown, j.total.strip_rate);
    if (stats && (j.total.flagged || j.total.corrected))
    {
        char bar[G_ASCII_DTOSTR_BUF_SIZE];
        fprintf(stderr, "arkivtext normalize: %zu flagged (repairs scored below %s, left as they were), %zu corrected by you\n",
                j.total.flagged, g_ascii_formatd(bar, sizeof bar, "%.2f", min_score), j.total.corrected);
    }
    if (failed)
        status = failure;
out:
    at_normalizer_free(normalizer);
    at_rules_free(rules);
    at_dict_free(dict);
    g_option_context_free(ctx);
    g_free(output);
    g_free(changes);
    g_free(changes_format);
    g_free(rules_path);
    g_free(dict_path);
    g_free(undo_path);
    g_free(corrections);
    g_strfreev(lexicons);
    g_strfreev(explain);
    g_strfreev(files);
    return status;
}
