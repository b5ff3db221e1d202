/* Packages as archives through libarchive: zip and tar written reproducibly, zip/tar/tar.gz read back safely.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading an archive someone else made is reading hostile input: every
 * entry is checked before a byte is written (a relative name that stays
 * inside, a plain file or folder — links, devices and duplicates are
 * refused), and the unpacking stops at the limits of
 * at_package_validate_options (entries, bytes, bytes per byte of archive),
 * so a zip bomb costs at most that much of the private temporary folder.
 */
#include "package/archive_module.h"
#include "core/private.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { RATIO_FLOOR = 64 << 20 }; /* below 64 MiB unpacked, any ratio is harmless */

static struct archive *reader(void)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_gzip(a);
    archive_read_support_format_zip(a);
    archive_read_support_format_tar(a);
    return a;
}

static bool sniff_archive(const char *path)
{
    struct archive *a = reader();
    struct archive_entry *e;
    bool ok = archive_read_open_filename(a, path, 16384) == ARCHIVE_OK;
    /* An empty archive is an archive too; a text file is not. */
    int rc = ok ? archive_read_next_header(a, &e) : ARCHIVE_FATAL;
    ok = ok && (rc == ARCHIVE_OK || rc == ARCHIVE_WARN || rc == ARCHIVE_EOF || archive_format(a) != 0);
    archive_read_free(a);
    return ok;
}

/* The entry's path below `dest`, or NULL with *why: relative, no "..", no "\", no empty name. */
static char *safe_path(const char *dest, const char *name, const char **why)
{
    *why = NULL;
    if (!name || !*name)
        *why = "an entry has no name";
    else if (name[0] == '/')
        *why = "an entry has an absolute path";
    else if (strchr(name, '\\'))
        *why = "an entry name holds '\\'";
    if (*why)
        return NULL;
    char **parts = g_strsplit(name, "/", -1);
    GPtrArray *keep = g_ptr_array_new();
    for (char **p = parts; *p && !*why; p++) {
        if (strcmp(*p, "..") == 0)
            *why = "an entry would leave the package (..)";
        else if (**p && strcmp(*p, ".") != 0)
            g_ptr_array_add(keep, *p);
    }
    char *out = NULL;
    if (!*why && keep->len == 0)
        *why = "an entry has no name";
    if (!*why) {
        g_ptr_array_add(keep, NULL);
        char *rel = g_strjoinv("/", (char **)keep->pdata);
        out = g_build_filename(dest, rel, NULL);
        g_free(rel);
    }
    g_ptr_array_free(keep, TRUE);
    g_strfreev(parts);
    return out;
}

/* Create the folders leading to `path` (all ours: nothing else is ever created in `dest`). */
static bool make_parents(const char *path)
{
    char *dir = g_path_get_dirname(path);
    bool ok = g_mkdir_with_parents(dir, 0700) == 0;
    g_free(dir);
    return ok;
}

typedef struct {
    struct archive *a;
    const at_package_validate_options *opts;
    unsigned long long written, archive_size;
    const char *archive_path;
} unpack;

static int copy_data(unpack *u, const char *path, at_error *err)
{
    if (!make_parents(path))
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, u->archive_path, "an entry clashes with a folder: %s", path);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return at_error_set(err, errno == EEXIST ? AT_EFORMAT : AT_EIO, AT_STAGE_PACKAGE, u->archive_path,
                            errno == EEXIST ? "an entry appears twice, or as a file and a folder" : "cannot unpack: %s",
                            g_strerror(errno));
    int rc = 0;
    const void *buf;
    size_t size;
    la_int64_t offset;
    for (;;) {
        int r = archive_read_data_block(u->a, &buf, &size, &offset);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, u->archive_path, "truncated or corrupt archive: %s",
                              archive_error_string(u->a) ? archive_error_string(u->a) : "read error");
            break;
        }
        u->written += size;
        if (u->written > u->opts->max_bytes ||
            (u->written > RATIO_FLOOR && u->written / MAX(u->archive_size, 1) > u->opts->max_ratio)) {
            rc = at_error_set(err, AT_ELIMIT, AT_STAGE_PACKAGE, u->archive_path,
                              "refused: unpacks to over %llu bytes from %llu (a zip bomb?)", u->written, u->archive_size);
            break;
        }
        if (pwrite(fd, buf, size, (off_t)offset) != (ssize_t)size) {
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, u->archive_path, "cannot unpack: %s", g_strerror(errno));
            break;
        }
    }
    close(fd);
    return rc;
}

static int unpack_entry(unpack *u, struct archive_entry *e, const char *dest, at_error *err)
{
    const char *why = NULL;
    char *path = safe_path(dest, archive_entry_pathname(e), &why);
    if (!path)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, u->archive_path, "refused: %s: %s", why,
                            archive_entry_pathname(e) ? archive_entry_pathname(e) : "");
    int rc = 0;
    mode_t type = archive_entry_filetype(e);
    if (archive_entry_hardlink(e) || type == AE_IFLNK)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, u->archive_path, "refused: %s is a link", archive_entry_pathname(e));
    else if (archive_entry_is_encrypted(e))
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, u->archive_path, "refused: %s is encrypted",
                          archive_entry_pathname(e));
    else if (type == AE_IFDIR)
        rc = g_mkdir_with_parents(path, 0700) == 0 && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)
                 ? 0
                 : at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, u->archive_path, "an entry clashes with a file: %s",
                                archive_entry_pathname(e));
    else if (type == AE_IFREG)
        rc = copy_data(u, path, err);
    else
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, u->archive_path, "refused: %s is not a plain file or folder",
                          archive_entry_pathname(e));
    g_free(path);
    return rc;
}

static int extract_archive(const char *path, const char *dest, const at_package_validate_options *opts, at_error *err)
{
    GStatBuf st;
    if (g_stat(path, &st) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot open: %s", g_strerror(errno));
    unpack u = { reader(), opts, 0, (unsigned long long)st.st_size, path };
    int rc = 0;
    if (archive_read_open_filename(u.a, path, 1 << 16) != ARCHIVE_OK)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, path, "not an archive: %s", archive_error_string(u.a));
    unsigned long entries = 0;
    struct archive_entry *e;
    while (rc == 0) {
        int r = archive_read_next_header(u.a, &e);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, path, "truncated or corrupt archive: %s",
                              archive_error_string(u.a) ? archive_error_string(u.a) : "read error");
            break;
        }
        if (++entries > opts->max_entries) {
            rc = at_error_set(err, AT_ELIMIT, AT_STAGE_PACKAGE, path, "refused: more than %lu entries", opts->max_entries);
            break;
        }
        rc = unpack_entry(&u, e, dest, err);
    }
    archive_read_free(u.a);
    return rc;
}

/* ---- writing ---- */

static void list_tree(const char *dir, const char *rel, GPtrArray *out)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    for (const char *n; d && (n = g_dir_read_name(d));) {
        char *path = g_build_filename(dir, n, NULL), *child = g_strconcat(rel, "/", n, NULL);
        g_ptr_array_add(out, g_strdup(child));
        if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK))
            list_tree(path, child, out);
        g_free(child);
        g_free(path);
    }
    if (d)
        g_dir_close(d);
}

/* g_ptr_array_sort passes pointers to the elements. */
static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int put_entry(struct archive *a, struct archive_entry *e, const char *parent, const char *rel, time_t mtime,
                     const char *out, at_error *err)
{
    char *path = g_build_filename(parent, rel, NULL);
    GStatBuf st;
    int rc = g_lstat(path, &st) == 0 ? 0 : at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot read: %s", g_strerror(errno));
    bool dir = rc == 0 && S_ISDIR(st.st_mode);
    archive_entry_clear(e);
    archive_entry_set_pathname(e, rel);
    archive_entry_set_filetype(e, dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, dir ? 0755 : 0644);
    archive_entry_set_mtime(e, mtime, 0);
    archive_entry_set_uid(e, 0);
    archive_entry_set_gid(e, 0);
    archive_entry_set_size(e, dir ? 0 : st.st_size);
    if (rc == 0 && archive_write_header(a, e) != ARCHIVE_OK)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, out, "cannot write %s: %s", rel, archive_error_string(a));
    FILE *in = rc == 0 && !dir ? g_fopen(path, "rb") : NULL;
    if (rc == 0 && !dir && !in)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot read: %s", g_strerror(errno));
    char buf[1 << 16];
    size_t n;
    while (rc == 0 && in && (n = fread(buf, 1, sizeof buf, in)) > 0)
        if (archive_write_data(a, buf, n) != (la_ssize_t)n)
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, out, "cannot write %s: %s", rel, archive_error_string(a));
    if (in)
        fclose(in);
    g_free(path);
    return rc;
}

static int write_archive(const char *parent, const char *name, const char *out, at_archive_format format,
                         const char *when, at_error *err)
{
    GDateTime *t = g_date_time_new_from_iso8601(when, NULL);
    time_t mtime = t ? (time_t)g_date_time_to_unix(t) : 0;
    if (t)
        g_date_time_unref(t);
    at_atomic_file *af = at_atomic_open(out, err);
    if (!af)
        return err->code;
    /* Sorted by name, fixed times, owners and modes: equal packages give equal archives. */
    GPtrArray *entries = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(entries, g_strdup(name));
    char *root = g_build_filename(parent, name, NULL);
    list_tree(root, name, entries);
    g_free(root);
    g_ptr_array_sort(entries, by_name);
    struct archive *a = archive_write_new();
    struct archive_entry *e = archive_entry_new();
    int rc = 0;
    if (format == AT_ARCHIVE_ZIP)
        rc = archive_write_set_format_zip(a) == ARCHIVE_OK &&
                     archive_write_set_options(a, "zip:compression=deflate") == ARCHIVE_OK
                 ? 0
                 : -1;
    else
        rc = archive_write_set_format_pax_restricted(a) == ARCHIVE_OK ? 0 : -1;
    if (rc == 0 && archive_write_open_FILE(a, at_atomic_stream(af)) != ARCHIVE_OK)
        rc = -1;
    if (rc < 0)
        rc = at_error_set(err, AT_EDEPEND, AT_STAGE_PACKAGE, out, "libarchive: %s", archive_error_string(a));
    for (guint i = 0; rc == 0 && i < entries->len; i++)
        rc = put_entry(a, e, parent, g_ptr_array_index(entries, i), mtime, out, err);
    if (archive_write_close(a) != ARCHIVE_OK && rc == 0)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, out, "cannot write: %s", archive_error_string(a));
    archive_entry_free(e);
    archive_write_free(a);
    g_ptr_array_free(entries, TRUE);
    if (rc == 0)
        return at_atomic_commit(af, err);
    at_atomic_abort(af);
    return rc;
}

static const at_archive_module_fns fns = { write_archive, sniff_archive, extract_archive };

/* The module's entry point (archive_module.h): the front in libarkivtext calls it once. */
AT_EXPORT const at_archive_module_fns *at_archive_module_table(int abi)
{
    return abi == AT_ARCHIVE_MODULE_ABI ? &fns : NULL;
}
