/* The run's report, OUTDIR/report.json: what became of every document, and the totals.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/io.h"
#include "pipeline/pipeline_private.h"

#include <json-glib/json-glib.h>

static void add_string(JsonBuilder *b, const char *name, const char *value)
{
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

typedef struct {
    long long pages, changed, ok, failed;
    double confidence;
    long long with_confidence; /* pages */
} totals;

static void add_document(JsonBuilder *b, const at_pipeline_doc *d, totals *t)
{
    const at_journal_entry *e = &d->entry;
    json_builder_begin_object(b);
    add_string(b, "source", d->source);
    add_string(b, "sha256", e->sha256);
    add_string(b, "status", e->state == AT_JOURNAL_DONE ? "ok" : "failed");
    if (e->state == AT_JOURNAL_DONE) {
        char *base = g_path_get_basename(e->package);
        add_string(b, "package", base);
        g_free(base);
        add_string(b, "kind", e->kind ? e->kind : "");
        add_int(b, "pages", e->pages);
        add_int(b, "words", e->words);
        add_int(b, "words_changed", e->words_changed);
        if (e->confidence >= 0) {
            add_double(b, "ocr_confidence", e->confidence);
            t->confidence += e->confidence * e->pages;
            t->with_confidence += e->pages;
        }
        t->pages += e->pages;
        t->changed += e->words_changed;
        t->ok++;
    } else {
        add_string(b, "error", e->error ? e->error : "");
        t->failed++;
    }
    json_builder_end_object(b);
}

static JsonNode *build_report(const at_pipeline_doc *docs, size_t n)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    add_string(b, "generator", "arkivtext");
    add_string(b, "version", at_version());
    json_builder_set_member_name(b, "documents");
    json_builder_begin_array(b);
    totals t = { 0 };
    for (size_t i = 0; i < n; i++)
        add_document(b, &docs[i], &t);
    json_builder_end_array(b);
    json_builder_set_member_name(b, "totals");
    json_builder_begin_object(b);
    add_int(b, "documents", (long long)n);
    add_int(b, "ok", t.ok);
    add_int(b, "failed", t.failed);
    add_int(b, "pages", t.pages);
    add_int(b, "words_changed", t.changed);
    if (t.with_confidence)
        add_double(b, "mean_ocr_confidence", t.confidence / (double)t.with_confidence);
    json_builder_end_object(b);
    json_builder_end_object(b);
    JsonNode *root = json_builder_get_root(b);
    g_object_unref(b);
    return root;
}

int at_pipeline_write_report(const char *outdir, const at_pipeline_doc *docs, size_t n, at_error *err)
{
    JsonNode *root = build_report(docs, n);
    JsonGenerator *gen = json_generator_new();
    json_generator_set_pretty(gen, TRUE);
    json_generator_set_root(gen, root);
    gsize len;
    char *text = json_generator_to_data(gen, &len);
    char *path = g_build_filename(outdir, "report.json", NULL);
    at_atomic_file *af = at_atomic_open(path, err);
    int rc = af ? 0 : err->code;
    if (af && (fwrite(text, 1, len, at_atomic_stream(af)) != len || fputc('\n', at_atomic_stream(af)) == EOF)) {
        at_atomic_abort(af);
        rc = at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, path, "write failed");
    } else if (af) {
        rc = at_atomic_commit(af, err);
    }
    g_free(path);
    g_free(text);
    json_node_unref(root);
    g_object_unref(gen);
    return rc;
}
