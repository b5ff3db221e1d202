/* Checking E-ARK information packages against the CSIP and SIP profiles: the report, the walk, the folders.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything in a package is treated as hostile: XML is parsed without
 * network access and without loading or expanding entities (a DOCTYPE is
 * refused outright), hrefs are resolved only against the list of plain
 * files found by walking the package (symbolic links are never followed),
 * and archives are unpacked by package/archive.c into a private temporary
 * folder that is removed afterwards. The METS checks are in validate_mets.c,
 * schemas and fixity in validate_xml.c, the requirement tables in
 * requirements.c.
 *
 * at_package_validate fails (negative) only when there is nothing to check:
 * no such path, or neither a folder nor an archive. A folder without
 * METS.xml (CSIPSTR4) or an archive that does not unpack safely (ARCHIVE)
 * are problems in the report: a batch then lists them as invalid packages
 * beside the others.
 */
#include "package/validate_private.h"
#include "core/private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

enum { MAX_PROBLEMS = 1000 };

/* Checks of our own, beside the profiles' requirements. */
static const char *const own_checks[] = { "XSD", "SCHEMATRON", "FIXITY", "FILE", "REF", "ARCHIVE", NULL };

/* ---- the report ---- */

struct at_package_report {
    GArray *problems; /* at_package_problem; strings live in `text` */
    GArray *checks;   /* at_package_check */
    GStringChunk *text;
    GHashTable *counts; /* requirement -> number of problems (GPOINTER) */
    size_t more;        /* problems found past MAX_PROBLEMS */
    bool invalid;       /* an error-level problem was found */
    const char *profile;
};

static at_package_report *report_new(void)
{
    at_package_report *r = g_new0(at_package_report, 1);
    r->problems = g_array_new(FALSE, TRUE, sizeof(at_package_problem));
    r->checks = g_array_new(FALSE, TRUE, sizeof(at_package_check));
    r->text = g_string_chunk_new(4096);
    r->counts = g_hash_table_new(g_str_hash, g_str_equal);
    r->profile = "";
    return r;
}

bool at_package_report_valid(const at_package_report *report)
{
    return report && !report->invalid;
}

const char *at_package_report_profile(const at_package_report *report)
{
    return report ? report->profile : "";
}

size_t at_package_report_count(const at_package_report *report)
{
    return report ? report->problems->len : 0;
}

const at_package_problem *at_package_report_problem(const at_package_report *report, size_t index)
{
    if (!report || index >= report->problems->len)
        return NULL;
    return &g_array_index(report->problems, at_package_problem, index);
}

size_t at_package_report_checks(const at_package_report *report)
{
    return report ? report->checks->len : 0;
}

const at_package_check *at_package_report_check(const at_package_report *report, size_t index)
{
    if (!report || index >= report->checks->len)
        return NULL;
    return &g_array_index(report->checks, at_package_check, index);
}

void at_package_report_free(at_package_report *report)
{
    if (!report)
        return;
    g_array_free(report->problems, TRUE);
    g_array_free(report->checks, TRUE);
    g_hash_table_destroy(report->counts);
    g_string_chunk_free(report->text);
    g_free(report);
}

static void report_add(at_package_report *r, at_package_level level, const char *req, const char *file, long line,
                       const char *message)
{
    const char *key = g_string_chunk_insert_const(r->text, req ? req : "");
    g_hash_table_insert(r->counts, (gpointer)key, GSIZE_TO_POINTER(GPOINTER_TO_SIZE(g_hash_table_lookup(r->counts, key)) + 1));
    r->invalid |= level == AT_LEVEL_ERROR;
    if (r->problems->len >= MAX_PROBLEMS) {
        r->more++;
        return;
    }
    /* One line per problem: libxml2 messages end in (or hold) newlines. */
    char *msg = g_strdup(message);
    for (char *p = msg; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    g_strstrip(msg);
    at_package_problem p = { key, level, g_string_chunk_insert_const(r->text, file ? file : ""),
                             line > 0 ? (int)MIN(line, G_MAXINT) : 0, g_string_chunk_insert(r->text, msg) };
    g_free(msg);
    g_array_append_val(r->problems, p);
}

static void add_check(at_package_report *r, const char *spec, const char *id, const char *level)
{
    size_t n = GPOINTER_TO_SIZE(g_hash_table_lookup(r->counts, id));
    at_package_check k = { g_string_chunk_insert_const(r->text, id), spec, level, n == 0, n };
    g_array_append_val(r->checks, k);
}

static void add_requirement(void *data, const char *spec, const char *id, at_req_level level)
{
    static const char *const names[] = { "MUST", "SHOULD", "MAY" };
    add_check(data, spec, id, names[level]);
}

/* The list of every requirement checked, and a last line for problems past the limit. */
static void report_finish(at_package_report *r, at_profile profile, bool checked)
{
    if (checked) {
        r->profile = at_profile_name(profile);
        at_requirements_each(profile, add_requirement, r);
    }
    for (size_t i = 0; own_checks[i]; i++)
        add_check(r, "arkivtext", own_checks[i], "MUST");
    if (r->more) {
        char msg[96];
        snprintf(msg, sizeof msg, "and %zu more problems not listed", r->more);
        r->more = 0;
        at_package_problem p = { "", AT_LEVEL_WARNING, "", 0, g_string_chunk_insert(r->text, msg) };
        g_array_append_val(r->problems, p);
    }
}

/* ---- problems ---- */

static void vproblem(checker *c, at_package_level level, const char *req, const char *file, long line, const char *fmt,
                     va_list ap)
{
    char *msg = g_strdup_vprintf(fmt, ap);
    report_add(c->r, level, req, file, line, msg);
    g_free(msg);
}

void at_v_problem(checker *c, const char *req, const char *file, long line, const char *fmt, ...)
{
    static const at_package_level by_level[] = { AT_LEVEL_ERROR, AT_LEVEL_WARNING, AT_LEVEL_INFO };
    at_req_level rl;
    at_package_level level = at_requirement_level(c->profile, req, &rl) ? by_level[rl] : AT_LEVEL_ERROR;
    va_list ap;
    va_start(ap, fmt);
    vproblem(c, level, req, file, line, fmt, ap);
    va_end(ap);
}

void at_v_problem_at(checker *c, at_package_level level, const char *req, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vproblem(c, level, req, file, line, fmt, ap);
    va_end(ap);
}

bool at_v_has(const char *s)
{
    for (; s && *s; s++)
        if (!g_ascii_isspace(*s))
            return true;
    return false;
}

bool at_v_on_disk(checker *c, const char *rel)
{
    return g_hash_table_contains(c->disk, rel);
}

char *at_v_other_case(checker *c, const char *rel)
{
    GHashTableIter it;
    gpointer key;
    const char *found = NULL;
    guint n = 0;
    g_hash_table_iter_init(&it, c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL))
        if (g_ascii_strcasecmp(key, rel) == 0) {
            found = key;
            n++;
        }
    return n == 1 ? g_strdup(found) : NULL;
}

/* g_ptr_array_sort passes pointers to the elements. */
gint at_v_cmp_str(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* ---- the walk ---- */

/* Plain files and folders only; links and devices are problems, never followed. */
static void walk(checker *c, const char *dir, const char *rel)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    if (!d) {
        at_v_problem(c, "FILE", rel, 0, "folder cannot be read");
        return;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; (n = g_dir_read_name(d));)
        g_ptr_array_add(names, g_strdup(n));
    g_dir_close(d);
    g_ptr_array_sort(names, at_v_cmp_str);
    for (guint i = 0; i < names->len; i++) {
        const char *n = g_ptr_array_index(names, i);
        char *path = g_build_filename(dir, n, NULL);
        char *child = *rel ? g_strconcat(rel, "/", n, NULL) : g_strdup(n);
        GStatBuf st;
        if (g_lstat(path, &st) != 0)
            at_v_problem(c, "FILE", child, 0, "cannot be read: %s", g_strerror(errno));
        else if (S_ISLNK(st.st_mode))
            at_v_problem(c, "FILE", child, 0, "is a symbolic link; a package holds plain files and folders only");
        else if (S_ISDIR(st.st_mode)) {
            g_hash_table_add(c->folders, g_strdup(child));
            walk(c, path, child);
        } else if (S_ISREG(st.st_mode))
            g_hash_table_insert(c->disk, g_strdup(child), g_memdup2(&(gint64){ (gint64)st.st_size }, sizeof(gint64)));
        else
            at_v_problem(c, "FILE", child, 0, "is not a plain file or folder");
        g_free(child);
        g_free(path);
    }
    g_ptr_array_free(names, TRUE);
}

static bool is_folder(checker *c, const char *rel)
{
    return g_hash_table_contains(c->folders, rel);
}

/* CSIPSTR5, 9-13: the folders the CSIP recommends. A representation is what the package METS declares (a
 * Representations fileGrp); where it declares none, as when its METS cannot be read, nothing asks for a
 * representations folder or for what a representation folder holds (any other folder is allowed, CSIPSTR14). */
static void check_folders(checker *c)
{
    if (!is_folder(c, "metadata"))
        at_v_problem(c, "CSIPSTR5", "", 0, "the package has no folder \"metadata\"");
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        const char *rel = key;
        if (g_str_has_prefix(rel, "representations/") && !strchr(rel + strlen("representations/"), '/'))
            at_v_problem(c, "CSIPSTR10", rel, 0, "a file directly in representations/; each representation is a folder");
    }
    if (g_hash_table_size(c->declared_reps) && !is_folder(c, "representations"))
        at_v_problem(c, "CSIPSTR9", "", 0, "METS.xml declares representations but the package has no folder \"representations\"");
    GPtrArray *reps = g_ptr_array_new();
    g_hash_table_iter_init(&it, c->declared_reps);
    while (g_hash_table_iter_next(&it, &key, NULL))
        if (is_folder(c, key))
            g_ptr_array_add(reps, key);
    g_ptr_array_sort(reps, at_v_cmp_str);
    static const struct {
        const char *name, *req, *what;
        bool file;
    } parts[] = { { "data", "CSIPSTR11", "folder \"data\"", false },
                  { "METS.xml", "CSIPSTR12", "METS.xml", true },
                  { "metadata", "CSIPSTR13", "folder \"metadata\"", false } };
    for (guint i = 0; i < reps->len; i++) {
        const char *rep = g_ptr_array_index(reps, i);
        for (size_t k = 0; k < G_N_ELEMENTS(parts); k++) {
            char *p = g_strconcat(rep, "/", parts[k].name, NULL);
            if (parts[k].file ? !at_v_on_disk(c, p) : !is_folder(c, p))
                at_v_problem(c, parts[k].req, rep, 0, "the representation has no %s", parts[k].what);
            g_free(p);
        }
    }
    g_ptr_array_free(reps, TRUE);
}

static bool under_unreadable(checker *c, const char *rel)
{
    for (guint i = 0; i < c->unreadable->len; i++)
        if (g_str_has_prefix(rel, g_ptr_array_index(c->unreadable, i)))
            return true;
    return false;
}

/* Representation METS: those the package METS points to, then any other on disk. */
static void check_representations(checker *c)
{
    GPtrArray *found = g_ptr_array_new_with_free_func(g_free);
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        char **parts = g_strsplit(key, "/", -1);
        if (g_strv_length(parts) == 3 && strcmp(parts[0], "representations") == 0 && strcmp(parts[2], "METS.xml") == 0)
            g_ptr_array_add(found, g_strdup(key));
        g_strfreev(parts);
    }
    g_ptr_array_sort(found, at_v_cmp_str);
    GHashTable *done = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < c->rep_mets->len; i++)
        g_hash_table_add(done, g_ptr_array_index(c->rep_mets, i));
    for (guint i = 0; i < found->len; i++)
        if (!g_hash_table_contains(done, g_ptr_array_index(found, i)))
            g_ptr_array_add(c->rep_mets, g_strdup(g_ptr_array_index(found, i)));
    g_hash_table_remove_all(done);
    for (guint i = 0; i < c->rep_mets->len; i++) {
        const char *rel = g_ptr_array_index(c->rep_mets, i);
        if (!g_hash_table_add(done, (gpointer)rel))
            continue;
        char *dir = g_path_get_dirname(rel);
        char *name = g_path_get_basename(dir);
        if (!at_v_check_mets(c, rel, false, name))
            g_ptr_array_add(c->unreadable, g_strconcat(dir, "/", NULL));
        g_free(name);
        g_free(dir);
    }
    g_hash_table_destroy(done);
    g_ptr_array_free(found, TRUE);
}

/* Files no METS lists: their fixity is unknown. */
static void check_unreferenced(checker *c, GPtrArray *files)
{
    for (guint i = 0; i < files->len; i++) {
        const char *rel = g_ptr_array_index(files, i);
        if (g_hash_table_contains(c->referenced, rel) || under_unreadable(c, rel))
            continue;
        bool rep = g_str_has_prefix(rel, "representations/") && g_str_has_suffix(rel, "/METS.xml") &&
                   strchr(rel + strlen("representations/"), '/') == strrchr(rel, '/');
        if (rep)
            at_v_problem(c, "CSIP114", rel, 0, "representation METS not referenced from a Representations fileGrp of METS.xml");
        else
            at_v_problem_at(c, AT_LEVEL_WARNING, "FILE", rel, 0, "not referenced by any METS file, so its fixity is unknown");
    }
}

static void check_package(checker *c, const char *root_name)
{
    walk(c, c->root, "");
    if (!at_v_on_disk(c, "METS.xml")) {
        bool other_case = false;
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, c->disk);
        while (g_hash_table_iter_next(&it, &key, NULL))
            other_case |= g_ascii_strcasecmp(key, "METS.xml") == 0;
        at_v_problem(c, "CSIPSTR4", "", 0, "no METS.xml in the package root folder%s",
                     other_case ? " (the name is case-sensitive: METS.xml)" : "");
        return;
    }
    c->profile = at_v_read_profile(c);
    at_v_index_package_schemas(c);
    g_hash_table_add(c->referenced, g_strdup("METS.xml"));
    if (!at_v_check_mets(c, "METS.xml", true, root_name))
        g_ptr_array_add(c->unreadable, g_strdup(""));
    check_folders(c);
    check_representations(c);
    /* Metadata is XML, but for JSON (arkivtext's corrections log, MDTYPE OTHER): its fixity is checked, not its form. */
    for (guint i = 0; i < c->metadata->len; i++)
        if (!g_str_has_suffix(g_ptr_array_index(c->metadata, i), ".json"))
            at_v_validate_file(c, g_ptr_array_index(c->metadata, i));
    /* XML content: validated where arkivtext ships the schema of its namespace (ALTO, ERMS, our record). */
    GPtrArray *files = g_ptr_array_new();
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL))
        g_ptr_array_add(files, key);
    g_ptr_array_sort(files, at_v_cmp_str);
    for (guint i = 0; i < files->len; i++) {
        const char *rel = g_ptr_array_index(files, i);
        if (g_str_has_suffix(rel, ".xml") && g_hash_table_contains(c->referenced, rel))
            at_v_validate_content(c, rel);
    }
    check_unreferenced(c, files);
    g_ptr_array_free(files, TRUE);
}

/* ---- archives ---- */

/* Unpack into `tmp`; the package root is its single folder. Problems go to the report. */
static void open_archive(checker *c, const char *path, const char *tmp, const at_package_validate_options *opts,
                         char **root_name)
{
    at_error terr = AT_ERROR_INIT;
    char *name = g_path_get_basename(path);
    if (at_archive_extract(path, tmp, opts, &terr) < 0) {
        at_v_problem(c, "ARCHIVE", "", 0, "%s: %s", name, terr.message);
        g_free(name);
        return;
    }
    GDir *d = g_dir_open(tmp, 0, NULL);
    GPtrArray *entries = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; d && (n = g_dir_read_name(d));)
        g_ptr_array_add(entries, g_strdup(n));
    if (d)
        g_dir_close(d);
    char *folder = NULL;
    if (entries->len == 1) {
        char *p = g_build_filename(tmp, g_ptr_array_index(entries, 0), NULL);
        if (g_file_test(p, G_FILE_TEST_IS_DIR) && !g_file_test(p, G_FILE_TEST_IS_SYMLINK))
            folder = g_strdup(g_ptr_array_index(entries, 0));
        g_free(p);
    }
    if (!folder)
        at_v_problem(c, "CSIPSTR1", "", 0, "%s holds %u entries at its top; a package unpacks to a single root folder", name,
                     entries->len);
    else {
        c->root = g_build_filename(tmp, folder, NULL);
        *root_name = folder;
    }
    g_ptr_array_free(entries, TRUE);
    g_free(name);
}

static void free_schema(gpointer p)
{
    if (p)
        xmlSchemaFree(p);
}

/* The media type list (schemas/media-types.txt: one lower-case name a line); NULL when it cannot be read. */
static GHashTable *load_media_types(void)
{
    char *path = at_schema_path(AT_MEDIA_TYPES_LIST), *text = NULL;
    GHashTable *names = NULL;
    if (g_file_get_contents(path, &text, NULL, NULL)) {
        names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        char **lines = g_strsplit(text, "\n", -1);
        for (char **l = lines; *l; l++)
            if (**l && **l != '#')
                g_hash_table_add(names, g_ascii_strdown(g_strstrip(*l), -1));
        g_strfreev(lines);
    }
    g_free(text);
    g_free(path);
    return names;
}

static void checker_init(checker *c)
{
    memset(c, 0, sizeof *c);
    c->r = report_new();
    c->profile = at_profile_of(NULL);
    c->disk = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    c->folders = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    c->referenced = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    c->schema_cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, free_schema);
    c->schema_docs = g_ptr_array_new_with_free_func((GDestroyNotify)xmlFreeDoc);
    c->package_ns = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    c->checked = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    c->rep_mets = g_ptr_array_new_with_free_func(g_free);
    c->metadata = g_ptr_array_new_with_free_func(g_free);
    c->unreadable = g_ptr_array_new_with_free_func(g_free);
    c->media_types = load_media_types();
    c->declared_reps = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

static void checker_clear(checker *c)
{
    g_free(c->root);
    g_hash_table_destroy(c->disk);
    g_hash_table_destroy(c->folders);
    g_hash_table_destroy(c->referenced);
    g_hash_table_destroy(c->schema_cache);
    g_ptr_array_free(c->schema_docs, TRUE);
    g_hash_table_destroy(c->package_ns);
    g_hash_table_destroy(c->checked);
    g_ptr_array_free(c->rep_mets, TRUE);
    g_ptr_array_free(c->metadata, TRUE);
    g_ptr_array_free(c->unreadable, TRUE);
    if (c->media_types)
        g_hash_table_destroy(c->media_types);
    g_hash_table_destroy(c->declared_reps);
}

int at_package_validate(const char *path, const at_package_validate_options *opts, at_package_report **report,
                        at_error *err)
{
    static const at_package_validate_options defaults = AT_PACKAGE_VALIDATE_OPTIONS_INIT;
    if (!path || !report)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PACKAGE, NULL, "no package to check");
    *report = NULL;
    GStatBuf st;
    if (g_stat(path, &st) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot open: %s", g_strerror(errno));
    bool dir = S_ISDIR(st.st_mode);
    if (!dir && at_archive_ready(path, err) < 0)
        return AT_EDEPEND;
    if (!dir && !(S_ISREG(st.st_mode) && at_archive_sniff(path)))
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, path,
                            "not a package (a folder, or a .zip, .tar or .tar.gz archive)");
    xmlInitParser();
    checker c;
    checker_init(&c);
    char *tmp = NULL, *root_name = NULL;
    int rc = 0;
    if (dir) {
        c.root = g_strdup(path);
        char *full = g_canonicalize_filename(path, NULL); /* "." and "pkg/" name the folder too */
        root_name = g_path_get_basename(full);
        g_free(full);
    } else {
        GError *gerr = NULL;
        tmp = g_dir_make_tmp("arkivtext-validate-XXXXXX", &gerr); /* mode 0700: private */
        if (!tmp) {
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot make a temporary folder: %s", gerr->message);
            g_error_free(gerr);
        } else {
            open_archive(&c, path, tmp, opts ? opts : &defaults, &root_name);
        }
    }
    if (rc == 0 && c.root)
        check_package(&c, root_name);
    if (tmp)
        at_remove_tree(tmp);
    g_free(tmp);
    g_free(root_name);
    at_profile profile = c.profile;
    bool checked = c.root != NULL;
    at_package_report *r = c.r;
    checker_clear(&c);
    if (rc < 0) {
        at_package_report_free(r);
        return rc;
    }
    report_finish(r, profile, checked);
    *report = r;
    return 0;
}
