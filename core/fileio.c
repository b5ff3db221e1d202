/* Whole-file reads and atomic (temp file + rename) writes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

struct at_atomic_file {
    char *path;
    char *tmp_path;
    FILE *stream;
};

at_atomic_file *at_atomic_open(const char *path, at_error *err)
{
    GStatBuf st;
    if (g_lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path,
                     "not a regular file (a symbolic link, pipe or device is never replaced)");
        return NULL;
    }
    at_atomic_file *f = g_new0(at_atomic_file, 1);
    f->path = g_strdup(path);
    /* Same directory as the target, so rename() stays atomic on one file system. */
    f->tmp_path = g_strdup_printf("%s.tmp-XXXXXX", path);
    int fd = g_mkstemp_full(f->tmp_path, O_WRONLY, 0644);
    if (fd < 0) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot create: %s", g_strerror(errno));
        g_free(f->tmp_path);
        g_free(f->path);
        g_free(f);
        return NULL;
    }
    f->stream = fdopen(fd, "w");
    return f;
}

FILE *at_atomic_stream(at_atomic_file *f)
{
    return f->stream;
}

const char *at_atomic_temp_path(const at_atomic_file *f)
{
    return f->tmp_path;
}

static void atomic_free(at_atomic_file *f)
{
    g_free(f->tmp_path);
    g_free(f->path);
    g_free(f);
}

int at_atomic_commit(at_atomic_file *f, at_error *err)
{
    int rc = 0;
    bool write_failed = fflush(f->stream) != 0 || ferror(f->stream) || fsync(fileno(f->stream)) != 0;
    int saved = errno;
    if (fclose(f->stream) != 0 && !write_failed) {
        write_failed = true;
        saved = errno;
    }
    if (write_failed) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_CORE, f->path, "write failed: %s", g_strerror(saved));
        g_unlink(f->tmp_path);
    } else if (g_rename(f->tmp_path, f->path) != 0) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_CORE, f->path, "cannot rename into place: %s",
                          g_strerror(errno));
        g_unlink(f->tmp_path);
    }
    atomic_free(f);
    return rc;
}

void at_atomic_abort(at_atomic_file *f)
{
    if (!f)
        return;
    fclose(f->stream);
    g_unlink(f->tmp_path);
    atomic_free(f);
}

int at_read_file(const char *path, char **data, size_t *len, at_stage stage, at_error *err)
{
    GError *gerr = NULL;
    gsize n = 0;
    if (!g_file_get_contents(path, data, &n, &gerr)) {
        int rc = at_error_set(err, AT_EIO, stage, path, "cannot read: %s", gerr->message);
        g_error_free(gerr);
        return rc;
    }
    *len = n;
    return 0;
}

int at_file_sha256(const char *path, char hex[65], long long *size, at_error *err)
{
    FILE *f = g_fopen(path, "rb");
    if (!f)
        return at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot open: %s", g_strerror(errno));
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    guchar buf[1 << 16];
    long long total = 0;
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        g_checksum_update(sum, buf, (gssize)n);
        total += (long long)n;
    }
    int rc = ferror(f) ? at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "read failed: %s", g_strerror(errno)) : 0;
    fclose(f);
    if (rc == 0) {
        g_strlcpy(hex, g_checksum_get_string(sum), 65);
        *size = total;
    }
    g_checksum_free(sum);
    return rc;
}

void at_remove_tree(const char *path)
{
    GStatBuf st;
    if (g_lstat(path, &st) != 0)
        return;
    if (!S_ISDIR(st.st_mode)) {
        g_unlink(path);
        return;
    }
    GDir *dir = g_dir_open(path, 0, NULL);
    for (const char *n; dir && (n = g_dir_read_name(dir));) {
        char *child = g_build_filename(path, n, NULL);
        at_remove_tree(child); /* lstat: a symbolic link is removed, never followed */
        g_free(child);
    }
    if (dir)
        g_dir_close(dir);
    g_rmdir(path);
}
