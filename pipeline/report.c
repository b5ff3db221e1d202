/* The run's reports: OUTDIR/report.json and OUTDIR/report.csv (for the diarium): what became of every
 * document and every skipped file, and the totals.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/io.h"
#include "pipeline/pipeline_private.h"

#include <errno.h>
#include <string.h>

/* One row of either report: a document or a skipped file, with what is known of it. */
typedef struct {
    const char *source, *status, *message;
    char **files;          /* the source's files, or NULL */
    const at_pipeline_doc *doc;
    const char *duplicate_of;
    char *stale; /* the name of an earlier run's package in the folder that is no document's now */
} row;

static void add_string(JsonBuilder *b, const char *name, const char *value)
{
    if (!value)
        return;
    json_builder_set_member_name(b, name);
    json_builder_add_string_value(b, value);
}

static void add_int(JsonBuilder *b, const char *name, long long value)
{
    json_builder_set_member_name(b, name);
    json_builder_add_int_value(b, value);
}

static void add_double(JsonBuilder *b, const char *name, double value)
{
    json_builder_set_member_name(b, name);
    json_builder_add_double_value(b, value);
}

static void add_strings(JsonBuilder *b, const char *name, const char *const *values, size_t n)
{
    json_builder_set_member_name(b, name);
    json_builder_begin_array(b);
    for (size_t i = 0; i < n; i++)
        json_builder_add_string_value(b, values[i]);
    json_builder_end_array(b);
}

/* A document as the archivist gave it (a worker's source is absolute), as its reports name it. */
static const char *given_name(const at_pipeline_doc *d)
{
    return d->meta && d->meta->id ? d->meta->id : d->source;
}

/* A fact of the document: the manifest's value first (the archivist knows best), then its package's. */
static const char *fact(const at_pipeline_doc *d, const char *name)
{
    const at_pipeline_document *m = d->same_as ? d->same_as->meta : d->meta;
    const char *given = !m                                     ? NULL
                        : strcmp(name, "title") == 0           ? m->title
                        : strcmp(name, "diarienummer") == 0    ? m->reference
                        : strcmp(name, "series") == 0          ? m->series
                                                               : NULL;
    if (given)
        return given;
    JsonObject *f = d->same_as ? d->same_as->facts : d->facts;
    return f && json_object_has_member(f, name) ? json_object_get_string_member(f, name) : NULL;
}

static JsonObject *facts_of(const at_pipeline_doc *d)
{
    return d->same_as ? d->same_as->facts : d->facts;
}

static JsonArray *fact_list(const at_pipeline_doc *d, const char *name)
{
    JsonObject *f = facts_of(d);
    return f && json_object_has_member(f, name) ? json_object_get_array_member(f, name) : NULL;
}

/* The dates: the manifest's date, then the package's ("decided 2020-12-10"). */
static GPtrArray *dates_of(const at_pipeline_doc *d)
{
    GPtrArray *dates = g_ptr_array_new();
    const at_pipeline_document *m = d->same_as ? d->same_as->meta : d->meta;
    if (m && m->date)
        g_ptr_array_add(dates, (char *)m->date);
    JsonArray *a = fact_list(d, "dates");
    for (guint i = 0; a && i < json_array_get_length(a); i++)
        g_ptr_array_add(dates, (char *)json_array_get_string_element(a, i));
    return dates;
}

static GPtrArray *warnings_of(const at_pipeline_doc *d)
{
    GPtrArray *w = g_ptr_array_new();
    JsonArray *a = fact_list(d, "warnings");
    for (guint i = 0; a && i < json_array_get_length(a); i++)
        g_ptr_array_add(w, (char *)json_array_get_string_element(a, i));
    return w;
}

static void package_names(const at_pipeline_doc *d, char **id, char **folder)
{
    *id = *folder = NULL;
    if (d->entry.state != AT_JOURNAL_DONE || !d->entry.package)
        return;
    *folder = g_path_get_basename(d->entry.package);
    const char *uuid = strstr(*folder, "uuid-");
    *id = g_strdup(uuid ? uuid : *folder);
    char *dot = strrchr(*id, '.');
    if (dot)
        *dot = '\0';
}

static void add_figures(JsonBuilder *b, JsonObject *f)
{
    static const char *const ints[] = { "pages", "words", "words_changed", "lowest_confidence_page" };
    static const char *const doubles[] = { "mean_confidence", "lowest_confidence" };
    for (size_t i = 0; f && i < G_N_ELEMENTS(ints); i++)
        if (json_object_has_member(f, ints[i]))
            add_int(b, ints[i], json_object_get_int_member(f, ints[i]));
    for (size_t i = 0; f && i < G_N_ELEMENTS(doubles); i++)
        if (json_object_has_member(f, doubles[i]))
            add_double(b, doubles[i], json_object_get_double_member(f, doubles[i]));
}

static void add_document(JsonBuilder *b, const row *r)
{
    json_builder_begin_object(b);
    add_string(b, "source", r->source);
    if (r->files && r->files[0] && r->files[1])
        add_strings(b, "files", (const char *const *)r->files, g_strv_length(r->files));
    add_string(b, "status", r->status);
    const at_pipeline_doc *d = r->doc;
    if (r->stale)
        add_string(b, "package_folder", r->stale);
    if (d) {
        add_string(b, "sha256", d->sha256[0] ? d->sha256 : NULL);
        char *id, *folder;
        package_names(d, &id, &folder);
        add_string(b, "package", id);
        add_string(b, "package_folder", folder);
        g_free(id);
        g_free(folder);
        add_string(b, "duplicate_of", r->duplicate_of);
        if (d->duplicates)
            add_strings(b, "duplicates", (const char *const *)d->duplicates->pdata, d->duplicates->len);
        static const char *const texts[] = { "title", "kind", "organisation", "diarienummer", "series" };
        for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
            add_string(b, texts[i], fact(d, texts[i]));
        GPtrArray *dates = dates_of(d), *warnings = warnings_of(d);
        add_strings(b, "dates", (const char *const *)dates->pdata, dates->len);
        add_figures(b, facts_of(d));
        add_strings(b, "warnings", (const char *const *)warnings->pdata, warnings->len);
        g_ptr_array_free(dates, TRUE);
        g_ptr_array_free(warnings, TRUE);
    }
    add_string(b, r->doc ? "error" : "reason", r->message);
    json_builder_end_object(b);
}

static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_package_name(const char *name)
{
    return name[0] != '.' && strstr(name, "uuid-") != NULL;
}

/* The packages in the output folder that no document of the run (or batch) is in: left by an earlier run from
 * documents since gone from the box or grouped otherwise. Kept (the user deletes what he wants deleted) but
 * reported, so that nobody submits them unknowingly. None when the run was stopped before its end. */
static void add_stale(GArray *rows, const char *outdir, const at_pipeline_doc *docs, size_t n)
{
    GHashTable *made = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < n; i++) {
        if (docs[i].not_started) {
            g_hash_table_destroy(made);
            return;
        }
        if (docs[i].entry.package)
            g_hash_table_add(made, g_path_get_basename(docs[i].entry.package));
    }
    GDir *dir = g_dir_open(outdir, 0, NULL);
    GPtrArray *stale = g_ptr_array_new();
    for (const char *name; dir && (name = g_dir_read_name(dir));)
        if (is_package_name(name) && !g_hash_table_contains(made, name))
            g_ptr_array_add(stale, g_strdup(name));
    g_ptr_array_sort(stale, by_name);
    for (guint i = 0; i < stale->len; i++) {
        row r = { .source = "", .status = "stale", .stale = stale->pdata[i],
                  .message = "no longer in the box: an earlier run's package, kept; leave it out of the "
                             "submission or delete it" };
        g_array_append_val(rows, r);
    }
    g_ptr_array_free(stale, TRUE);
    if (dir)
        g_dir_close(dir);
    g_hash_table_destroy(made);
}

/* Every row of the reports: the documents in the box's order, then the skipped files and stale packages. */
static GArray *rows_of(const char *outdir, const at_pipeline_doc *docs, size_t n, const at_pipeline_box *box)
{
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(row));
    for (size_t i = 0; i < n; i++) {
        const at_pipeline_doc *d = &docs[i];
        bool failed = !d->not_started && d->entry.state != AT_JOURNAL_DONE;
        row r = { given_name(d), at_pipeline_status_name(d), failed ? d->entry.error : NULL,
                  at_pipeline_source_files(given_name(d)), d, d->same_as ? given_name(d->same_as) : NULL, NULL };
        g_array_append_val(rows, r);
    }
    for (size_t i = 0; i < at_pipeline_box_n_skipped(box); i++) {
        row r = { 0 };
        r.source = at_pipeline_box_skipped(box, i, &r.message);
        r.status = "skipped";
        g_array_append_val(rows, r);
    }
    add_stale(rows, outdir, docs, n);
    return rows;
}

static void rows_free(GArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        g_strfreev(g_array_index(rows, row, i).files);
        g_free(g_array_index(rows, row, i).stale);
    }
    g_array_free(rows, TRUE);
}

typedef struct {
    long long pages, changed;
    double confidence;
    long long with_confidence; /* pages */
} totals;

static void add_totals(JsonBuilder *b, const at_pipeline_doc *docs, size_t n, size_t skipped)
{
    static const char *const counted[] = { "ok", "ok with warnings", "already done", "duplicate", "failed",
                                           "not started" };
    size_t counts[G_N_ELEMENTS(counted)] = { 0 };
    totals t = { 0 };
    for (size_t i = 0; i < n; i++) {
        const at_pipeline_doc *d = &docs[i];
        for (size_t k = 0; k < G_N_ELEMENTS(counted); k++)
            counts[k] += strcmp(at_pipeline_status_name(d), counted[k]) == 0;
        if (d->entry.state != AT_JOURNAL_DONE || d->same_as || d->not_started)
            continue;
        t.pages += d->entry.pages;
        t.changed += d->entry.words_changed;
        if (d->entry.confidence >= 0) {
            t.confidence += d->entry.confidence * d->entry.pages;
            t.with_confidence += d->entry.pages;
        }
    }
    json_builder_set_member_name(b, "totals");
    json_builder_begin_object(b);
    add_int(b, "documents", (long long)n);
    for (size_t k = 0; k < G_N_ELEMENTS(counted); k++) {
        char *key = g_strdelimit(g_strdup(counted[k]), " ", '_');
        add_int(b, key, (long long)counts[k]);
        g_free(key);
    }
    add_int(b, "skipped", (long long)skipped);
    add_int(b, "pages", t.pages);
    add_int(b, "words_changed", t.changed);
    if (t.with_confidence)
        add_double(b, "mean_ocr_confidence", t.confidence / (double)t.with_confidence);
    json_builder_end_object(b);
}

static char *report_json(const at_pipeline_options *opts, const at_pipeline_doc *docs, size_t n, GArray *rows,
                         size_t skipped, size_t *len)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    add_string(b, "generator", "arkivtext");
    add_string(b, "version", at_version());
    add_string(b, "organisation", opts->package->organisation);
    add_string(b, "submission_agreement", opts->package->submission_agreement);
    add_string(b, "format", opts->package->tar ? "tar" : opts->package->zip ? "zip" : "folder");
    json_builder_set_member_name(b, "documents");
    json_builder_begin_array(b);
    for (guint i = 0; i < rows->len; i++)
        add_document(b, &g_array_index(rows, row, i));
    json_builder_end_array(b);
    add_totals(b, docs, n, skipped);
    json_builder_end_object(b);
    JsonNode *root = json_builder_get_root(b);
    JsonGenerator *gen = json_generator_new();
    json_generator_set_pretty(gen, TRUE);
    json_generator_set_root(gen, root);
    gsize glen;
    char *text = json_generator_to_data(gen, &glen);
    char *out = g_strconcat(text, "\n", NULL);
    *len = glen + 1;
    g_free(text);
    json_node_unref(root);
    g_object_unref(gen);
    g_object_unref(b);
    return out;
}

/* ---- report.csv ---- */

static void csv_field(GString *out, const char *value, bool last)
{
    value = value ? value : "";
    if (strpbrk(value, ",\"\r\n")) {
        g_string_append_c(out, '"');
        for (const char *c = value; *c; c++) {
            if (*c == '"')
                g_string_append_c(out, '"');
            g_string_append_c(out, *c);
        }
        g_string_append_c(out, '"');
    } else {
        g_string_append(out, value);
    }
    g_string_append(out, last ? "\r\n" : ",");
}

static const char *const csv_columns[] = { "source", "status", "package", "package_folder", "title", "kind",
                                           "organisation", "dates", "diarienummer", "series", "pages",
                                           "words_changed", "mean_confidence", "lowest_confidence",
                                           "lowest_confidence_page", "warnings", "message" };

/* A figure of the facts as text, locale-independent; "" when there is none. */
static char *figure(JsonObject *f, const char *name, bool real)
{
    if (!f || !json_object_has_member(f, name))
        return g_strdup("");
    if (!real)
        return g_strdup_printf("%" G_GINT64_FORMAT, json_object_get_int_member(f, name));
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    return g_strdup(g_ascii_formatd(buf, sizeof buf, "%.3f", json_object_get_double_member(f, name)));
}

static void csv_row(GString *out, const row *r)
{
    const at_pipeline_doc *d = r->doc;
    char *id = NULL, *folder = NULL, *dates = NULL, *warnings = NULL;
    char *figures[5] = { NULL };
    static const char *const figure_names[] = { "pages", "words_changed", "mean_confidence", "lowest_confidence",
                                                "lowest_confidence_page" };
    static const bool real[] = { false, false, true, true, false };
    if (r->stale)
        folder = g_strdup(r->stale);
    if (d) {
        package_names(d, &id, &folder);
        GPtrArray *dl = dates_of(d), *wl = warnings_of(d);
        g_ptr_array_add(dl, NULL);
        g_ptr_array_add(wl, NULL);
        dates = g_strjoinv("; ", (char **)dl->pdata);
        warnings = g_strjoinv("; ", (char **)wl->pdata);
        g_ptr_array_free(dl, TRUE);
        g_ptr_array_free(wl, TRUE);
        for (size_t i = 0; i < G_N_ELEMENTS(figures); i++)
            figures[i] = figure(facts_of(d), figure_names[i], real[i]);
    }
    char *message = r->duplicate_of ? g_strconcat("the same content as ", r->duplicate_of, NULL)
                                    : g_strdup(r->message);
    const char *values[] = { r->source, r->status, id, folder, d ? fact(d, "title") : NULL,
                             d ? fact(d, "kind") : NULL, d ? fact(d, "organisation") : NULL, dates,
                             d ? fact(d, "diarienummer") : NULL, d ? fact(d, "series") : NULL, figures[0],
                             figures[1], figures[2], figures[3], figures[4], warnings, message };
    G_STATIC_ASSERT(G_N_ELEMENTS(values) == G_N_ELEMENTS(csv_columns));
    for (size_t i = 0; i < G_N_ELEMENTS(values); i++)
        csv_field(out, values[i], i + 1 == G_N_ELEMENTS(values));
    for (size_t i = 0; i < G_N_ELEMENTS(figures); i++)
        g_free(figures[i]);
    g_free(message);
    g_free(id);
    g_free(folder);
    g_free(dates);
    g_free(warnings);
}

static char *report_csv(GArray *rows, size_t *len)
{
    GString *out = g_string_new(NULL);
    for (size_t i = 0; i < G_N_ELEMENTS(csv_columns); i++)
        csv_field(out, csv_columns[i], i + 1 == G_N_ELEMENTS(csv_columns));
    for (guint i = 0; i < rows->len; i++)
        csv_row(out, &g_array_index(rows, row, i));
    *len = out->len;
    return g_string_free(out, FALSE);
}

static int write_text(const char *outdir, const char *name, const char *text, size_t len, at_error *err)
{
    char *path = g_build_filename(outdir, name, NULL);
    int rc = at_atomic_write(path, text, len, AT_STAGE_PIPELINE, err);
    g_free(path);
    return rc;
}

int at_pipeline_write_reports(const at_pipeline *p, const at_pipeline_doc *docs, size_t n,
                              const at_pipeline_box *box, size_t *stale, at_error *err)
{
    GArray *rows = rows_of(p->opts.outdir, docs, n, box);
    *stale = 0;
    for (guint i = 0; i < rows->len; i++)
        *stale += g_array_index(rows, row, i).stale != NULL;
    size_t json_len, csv_len;
    char *json = report_json(&p->opts, docs, n, rows, at_pipeline_box_n_skipped(box), &json_len);
    char *csv = report_csv(rows, &csv_len);
    int rc = write_text(p->opts.outdir, "report.json", json, json_len, err);
    if (rc == 0)
        rc = write_text(p->opts.outdir, "report.csv", csv, csv_len, err);
    g_free(json);
    g_free(csv);
    rows_free(rows);
    return rc;
}
