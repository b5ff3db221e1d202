/* A box of inputs as documents: folders walked recursively, every file either part of a document
 * or skipped with its reason, page images of one document grouped in page order, or a manifest
 * saying which file belongs to which document.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "pipeline/pipeline_private.h"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct {
    at_pipeline_document pub;
    GPtrArray *files; /* char*, NULL-terminated once built */
    size_t order;     /* where its first file was found, for the box's order */
} box_doc;

struct at_pipeline_box {
    GPtrArray *docs;    /* box_doc* */
    GPtrArray *skipped; /* at_pipeline_skip* */
    GHashTable *seen;   /* files already taken (a file named twice is one input) */
    GHashTable *dirs;   /* "dev:ino" of folders entered, against link loops */
    GPtrArray *roots;   /* char*, the absolute folders of the inputs, NULL-terminated once built */
    const at_pipeline_box_options *opts;
    GStatBuf exclude;
    bool has_exclude;
    size_t found;       /* files found so far, for the order */
};

/* ---- natural order ---- */

int at_pipeline_natural_compare(const char *a, const char *b)
{
    while (*a && *b) {
        if (g_ascii_isdigit(*a) && g_ascii_isdigit(*b)) {
            /* Compare the numbers by value: skip leading zeros, then the longer run is larger. */
            const char *za = a, *zb = b;
            while (*za == '0')
                za++;
            while (*zb == '0')
                zb++;
            const char *ea = za, *eb = zb;
            while (g_ascii_isdigit(*ea))
                ea++;
            while (g_ascii_isdigit(*eb))
                eb++;
            if (ea - za != eb - zb)
                return ea - za < eb - zb ? -1 : 1;
            int c = strncmp(za, zb, (size_t)(ea - za));
            if (c)
                return c < 0 ? -1 : 1;
            if ((ea - a) != (eb - b)) /* 01 before 1: more leading zeros first, so the order is total */
                return (ea - a) > (eb - b) ? -1 : 1;
            a = ea, b = eb;
            continue;
        }
        int ca = g_ascii_tolower(*a), cb = g_ascii_tolower(*b);
        if (ca != cb)
            return ca < cb ? -1 : 1;
        a++, b++;
    }
    if (*a || *b)
        return *a ? 1 : -1;
    return 0;
}

static gint natural_entries(gconstpointer a, gconstpointer b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    int c = at_pipeline_natural_compare(x, y);
    return c ? c : strcmp(x, y);
}

/* ---- page numbers in names ---- */

bool at_pipeline_page_key(const char *name, char **prefix, long *number)
{
    char *stem = g_strdup(name);
    char *dot = strrchr(stem, '.');
    if (dot && dot != stem)
        *dot = '\0';
    size_t len = strlen(stem), end = len;
    while (end > 0 && g_ascii_isdigit(stem[end - 1]))
        end--;
    bool numbered = end < len && len - end <= 9;
    if (numbered) {
        *number = strtol(stem + end, NULL, 10);
        /* "sida_01", "sida-1", "sida 1" and "Sida1" are one series. */
        while (end > 0 && (stem[end - 1] == '_' || stem[end - 1] == '-' || stem[end - 1] == ' ' || stem[end - 1] == '.'))
            end--;
        stem[end] = '\0';
        *prefix = g_ascii_strdown(stem, -1);
    }
    g_free(stem);
    return numbered;
}

/* ---- building the box ---- */

typedef struct {
    char *path, *reason;
} skipped_file;

/* A file skipped once (an empty file the manifest names) is not skipped again by the walk. */
static void skip(at_pipeline_box *box, const char *path, const char *reason)
{
    if (!g_hash_table_add(box->seen, g_canonicalize_filename(path, NULL)))
        return;
    skipped_file *s = g_new0(skipped_file, 1);
    s->path = g_strdup(path);
    s->reason = g_strdup(reason);
    g_ptr_array_add(box->skipped, s);
}

static box_doc *doc_new(at_pipeline_box *box, const char *name)
{
    box_doc *d = g_new0(box_doc, 1);
    d->files = g_ptr_array_new_with_free_func(g_free);
    d->pub.name = g_strdup(name);
    d->order = box->found;
    g_ptr_array_add(box->docs, d);
    return d;
}

static void doc_add(at_pipeline_box *box, box_doc *d, const char *path)
{
    g_ptr_array_add(d->files, g_strdup(path));
    g_hash_table_add(box->seen, g_canonicalize_filename(path, NULL));
    box->found++;
}

/* Is the file part of a document already (named twice, or listed in the manifest)? */
static bool seen(const at_pipeline_box *box, const char *path)
{
    char *key = g_canonicalize_filename(path, NULL);
    bool found = g_hash_table_contains(box->seen, key);
    g_free(key);
    return found;
}

static char *stem_of(const char *path)
{
    char *base = g_path_get_basename(path);
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
    return base;
}

static void single(at_pipeline_box *box, const char *path)
{
    char *stem = stem_of(path);
    doc_add(box, doc_new(box, stem), path);
    g_free(stem);
}

/* One file of a folder walk, or named on the command line: what it holds decides. */
typedef struct {
    char *path;
    at_input_kind kind;
} found_file;

static void found_free(gpointer p)
{
    found_file *f = p;
    g_free(f->path);
    g_free(f);
}

/* Is the file something to read? If not, it is listed as skipped with what it is. */
static bool readable(at_pipeline_box *box, const char *path, at_input_kind *kind)
{
    const char *what = NULL;
    at_error err = AT_ERROR_INIT;
    if (at_pipeline_sniff(path, kind, &what, &err) < 0) {
        skip(box, path, err.message);
        return false;
    }
    if (*kind == AT_INPUT_EMPTY) {
        skip(box, path, "empty file (0 bytes): nothing to archive");
        return false;
    }
    if (*kind == AT_INPUT_UNSUPPORTED) {
        char *reason = g_strdup_printf("%s: not supported (arkivtext reads scans as TIFF, PNG, JPEG, PNM, WebP "
                                       "or PDF, texts, tab-separated and CSV tables, and ALTO)", what);
        skip(box, path, reason);
        g_free(reason);
        return false;
    }
    return true;
}

/* Page images of one folder, grouped by the name before their page number ("sida1.png" … "sida12.png",
 * "0001.tif" …): a series of two or more is one document in natural order; the rest stay single. */
static void group_pages(at_pipeline_box *box, const char *folder, GPtrArray *files)
{
    GHashTable *series = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL); /* prefix -> count */
    for (guint i = 0; !box->opts->pages_per_file && i < files->len; i++) {
        found_file *f = files->pdata[i];
        char *prefix = NULL, *base = g_path_get_basename(f->path);
        long number;
        if (f->kind == AT_INPUT_IMAGE && at_pipeline_page_key(base, &prefix, &number))
            g_hash_table_insert(series, prefix,
                                GINT_TO_POINTER(GPOINTER_TO_INT(g_hash_table_lookup(series, prefix)) + 1));
        g_free(base);
    }
    unsigned groups = 0;
    GHashTableIter it;
    gpointer count;
    g_hash_table_iter_init(&it, series);
    while (g_hash_table_iter_next(&it, NULL, &count))
        groups += GPOINTER_TO_INT(count) >= 2;
    GHashTable *open = g_hash_table_new(g_str_hash, g_str_equal); /* prefix -> box_doc */
    char *folder_name = g_path_get_basename(folder);
    for (guint i = 0; i < files->len; i++) {
        found_file *f = files->pdata[i];
        char *prefix = NULL, *base = g_path_get_basename(f->path);
        long number;
        bool paged = f->kind == AT_INPUT_IMAGE && at_pipeline_page_key(base, &prefix, &number) &&
                     GPOINTER_TO_INT(g_hash_table_lookup(series, prefix)) >= 2;
        if (paged) {
            box_doc *d = g_hash_table_lookup(open, prefix);
            if (!d) {
                /* One series in the folder: the folder names the document; several: their own names. */
                d = doc_new(box, groups == 1 || !*prefix ? folder_name : prefix);
                g_hash_table_insert(open, prefix, d);
                prefix = NULL; /* owned by `open` now */
            }
            doc_add(box, d, f->path);
        } else {
            single(box, f->path);
        }
        g_free(prefix);
        g_free(base);
    }
    GList *keys = g_hash_table_get_keys(open);
    g_list_free_full(keys, g_free);
    g_hash_table_destroy(open);
    g_hash_table_destroy(series);
    g_free(folder_name);
}

static bool enter_once(at_pipeline_box *box, const GStatBuf *st)
{
    char *key = g_strdup_printf("%llu:%llu", (unsigned long long)st->st_dev, (unsigned long long)st->st_ino);
    if (g_hash_table_contains(box->dirs, key)) {
        g_free(key);
        return false;
    }
    g_hash_table_add(box->dirs, key);
    return true;
}

static bool is_excluded(const at_pipeline_box *box, const GStatBuf *st)
{
    return box->has_exclude && st->st_dev == box->exclude.st_dev && st->st_ino == box->exclude.st_ino;
}

static void walk(at_pipeline_box *box, const char *folder);

/* One entry of a folder: a file to read, a folder to enter, or something skipped. */
static void visit(at_pipeline_box *box, const char *path, const char *name, GPtrArray *files, GPtrArray *folders)
{
    GStatBuf st;
    if (name[0] == '.') {
        skip(box, path, "hidden file or folder: not read");
    } else if (g_stat(path, &st) != 0) {
        char *reason = g_strdup_printf("cannot read: %s", g_strerror(errno));
        skip(box, path, reason);
        g_free(reason);
    } else if (S_ISDIR(st.st_mode)) {
        g_ptr_array_add(folders, g_strdup(path));
    } else if (!S_ISREG(st.st_mode)) {
        skip(box, path, "not a regular file (a pipe, device or socket): not read");
    } else if (seen(box, path)) {
        /* named twice, or in the manifest: one input */
    } else if (box->opts->manifest) {
        skip(box, path, "not in the manifest: not read");
    } else {
        at_input_kind kind;
        if (readable(box, path, &kind)) {
            found_file *f = g_new0(found_file, 1);
            f->path = g_strdup(path);
            f->kind = kind;
            g_ptr_array_add(files, f);
        }
    }
}

static void walk(at_pipeline_box *box, const char *folder)
{
    GStatBuf st;
    if (g_stat(folder, &st) != 0 || !enter_once(box, &st))
        return; /* a link back to a folder already read */
    if (is_excluded(box, &st)) {
        skip(box, folder, "the output folder: not read");
        return;
    }
    GError *gerr = NULL;
    GDir *dir = g_dir_open(folder, 0, &gerr);
    if (!dir) {
        skip(box, folder, gerr->message);
        g_error_free(gerr);
        return;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; (n = g_dir_read_name(dir));)
        g_ptr_array_add(names, g_strdup(n));
    g_dir_close(dir);
    g_ptr_array_sort(names, natural_entries);
    GPtrArray *files = g_ptr_array_new_with_free_func(found_free);
    GPtrArray *folders = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < names->len; i++) {
        char *path = g_build_filename(folder, names->pdata[i], NULL);
        visit(box, path, names->pdata[i], files, folders);
        g_free(path);
    }
    group_pages(box, folder, files);
    for (guint i = 0; i < folders->len; i++)
        walk(box, folders->pdata[i]);
    g_ptr_array_free(folders, TRUE);
    g_ptr_array_free(files, TRUE);
    g_ptr_array_free(names, TRUE);
}

/* An input named on the command line: a folder is walked, a file is one document (or skipped). */
static void add_input(at_pipeline_box *box, const char *path)
{
    GStatBuf st;
    at_input_kind kind;
    if (g_stat(path, &st) != 0) {
        char *reason = g_strdup_printf("cannot read: %s", g_strerror(errno));
        skip(box, path, reason);
        g_free(reason);
    } else if (S_ISDIR(st.st_mode)) {
        walk(box, path);
    } else if (seen(box, path)) {
        /* named twice, or in the manifest: one input */
    } else if (box->opts->manifest) {
        skip(box, path, "not in the manifest: not read");
    } else if (readable(box, path, &kind)) {
        single(box, path);
    }
}

static void add_listed(at_pipeline_box *box, FILE *list)
{
    char line[4096];
    while (list && fgets(line, sizeof line, list)) {
        g_strchomp(line);
        if (*line)
            add_input(box, line);
    }
}

/* Copy a manifest value the document does not have yet (the first row naming it wins). */
static void take(const char **slot, char **value)
{
    if (!*slot && *value) {
        *slot = *value;
        *value = NULL;
    }
}

/* The manifest's documents, in its order; its files are taken, so a walk of the inputs skips them. */
static int manifest(at_pipeline_box *box, const char *path, at_error *err)
{
    GPtrArray *rows = NULL;
    int rc = at_manifest_read(path, &rows, err);
    if (rc < 0)
        return rc;
    GHashTable *docs = g_hash_table_new(g_str_hash, g_str_equal); /* document id -> box_doc */
    for (guint i = 0; i < rows->len; i++) {
        at_manifest_row *r = rows->pdata[i];
        at_input_kind kind;
        if (!readable(box, r->file, &kind))
            continue;
        box_doc *d = g_hash_table_lookup(docs, r->document);
        if (!d) {
            d = doc_new(box, r->document);
            g_hash_table_insert(docs, (char *)d->pub.name, d);
        }
        doc_add(box, d, r->file);
        take(&d->pub.title, &r->title);
        take(&d->pub.date, &r->date);
        take(&d->pub.reference, &r->reference);
        take(&d->pub.series, &r->series);
    }
    g_hash_table_destroy(docs);
    g_ptr_array_free(rows, TRUE);
    return 0;
}

static void doc_free(gpointer p)
{
    box_doc *d = p;
    g_ptr_array_free(d->files, TRUE);
    g_free((char *)d->pub.id);
    g_free((char *)d->pub.name);
    g_free((char *)d->pub.title);
    g_free((char *)d->pub.date);
    g_free((char *)d->pub.reference);
    g_free((char *)d->pub.series);
    g_free(d);
}

static void skip_free(gpointer p)
{
    skipped_file *s = p;
    g_free(s->path);
    g_free(s->reason);
    g_free(s);
}

static gint by_order(gconstpointer a, gconstpointer b)
{
    const box_doc *x = *(box_doc *const *)a, *y = *(box_doc *const *)b;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Fix each document's file list and its id: the file itself, or the folder's files joined. */
static void finish(at_pipeline_box *box)
{
    g_ptr_array_sort(box->docs, by_order);
    for (guint i = 0; i < box->docs->len; i++) {
        box_doc *d = box->docs->pdata[i];
        d->pub.n_files = d->files->len;
        g_ptr_array_add(d->files, NULL);
        d->pub.files = (const char *const *)d->files->pdata;
        d->pub.id = d->pub.n_files == 1 ? g_strdup(d->pub.files[0]) : g_strjoinv("\n", (char **)d->files->pdata);
    }
}

static at_pipeline_box *box_new(const at_pipeline_box_options *opts)
{
    at_pipeline_box *box = g_new0(at_pipeline_box, 1);
    box->docs = g_ptr_array_new_with_free_func(doc_free);
    box->skipped = g_ptr_array_new_with_free_func(skip_free);
    box->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    box->dirs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    box->roots = g_ptr_array_new_with_free_func(g_free);
    box->opts = opts;
    box->has_exclude = opts->exclude && g_stat(opts->exclude, &box->exclude) == 0;
    return box;
}

/* The folder an input stands for: itself, or a file's folder ("-": the current one). */
static void add_root(at_pipeline_box *box, const char *input)
{
    char *path = g_canonicalize_filename(strcmp(input, "-") == 0 ? "." : input, NULL);
    if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
        char *dir = g_path_get_dirname(path);
        g_free(path);
        path = dir;
    }
    for (guint i = 0; i < box->roots->len; i++)
        if (strcmp(box->roots->pdata[i], path) == 0) {
            g_free(path);
            return;
        }
    g_ptr_array_add(box->roots, path);
}

int at_pipeline_box_open(at_pipeline_box **out, const char *const *inputs, const at_pipeline_box_options *opts,
                         at_error *err)
{
    static const at_pipeline_box_options defaults = AT_PIPELINE_BOX_OPTIONS_INIT;
    if (!out)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no box to fill");
    *out = NULL;
    if (!opts)
        opts = &defaults;
    if (opts->version != AT_PIPELINE_BOX_OPTIONS_VERSION)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "unsupported box options version %d",
                            opts->version);
    at_pipeline_box *box = box_new(opts);
    int rc = opts->manifest ? manifest(box, opts->manifest, err) : 0;
    if (opts->manifest) /* its paths are relative to its folder: so are the packages' */
        add_root(box, opts->manifest);
    for (const char *const *in = inputs; rc == 0 && in && *in; in++) {
        if (!opts->manifest)
            add_root(box, *in);
        if (strcmp(*in, "-") == 0)
            add_listed(box, opts->list);
        else
            add_input(box, *in);
    }
    if (rc < 0) {
        at_pipeline_box_free(box);
        return rc;
    }
    finish(box);
    g_ptr_array_add(box->roots, NULL);
    *out = box;
    return 0;
}

void at_pipeline_box_free(at_pipeline_box *box)
{
    if (!box)
        return;
    g_ptr_array_free(box->docs, TRUE);
    g_ptr_array_free(box->skipped, TRUE);
    g_hash_table_destroy(box->seen);
    g_hash_table_destroy(box->dirs);
    g_ptr_array_free(box->roots, TRUE);
    g_free(box);
}

size_t at_pipeline_box_n_documents(const at_pipeline_box *box)
{
    return box ? box->docs->len : 0;
}

const at_pipeline_document *at_pipeline_box_document(const at_pipeline_box *box, size_t index)
{
    return box && index < box->docs->len ? &((box_doc *)box->docs->pdata[index])->pub : NULL;
}

at_pipeline_box *at_pipeline_box_of_skipped(JsonObject *skipped)
{
    static const at_pipeline_box_options defaults = AT_PIPELINE_BOX_OPTIONS_INIT;
    at_pipeline_box *box = box_new(&defaults);
    GList *paths = json_object_get_members(skipped);
    for (GList *l = paths; l; l = l->next)
        skip(box, l->data, json_object_get_string_member(skipped, l->data));
    g_list_free(paths);
    g_ptr_array_add(box->roots, NULL);
    return box;
}

const char *const *at_pipeline_box_roots(const at_pipeline_box *box)
{
    return box ? (const char *const *)box->roots->pdata : NULL;
}

size_t at_pipeline_box_n_skipped(const at_pipeline_box *box)
{
    return box ? box->skipped->len : 0;
}

const char *at_pipeline_box_skipped(const at_pipeline_box *box, size_t index, const char **reason)
{
    if (!box || index >= box->skipped->len)
        return NULL;
    const skipped_file *s = box->skipped->pdata[index];
    if (reason)
        *reason = s->reason;
    return s->path;
}
