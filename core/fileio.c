/* Whole-file reads and safe writes: atomic (temp file + rename) for files, through for pipes and devices.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* How an output reaches its target (see at_atomic_open() in io.h). */
typedef enum {
    OUT_REPLACE, /* temporary file beside the target, synced, renamed over it */
    OUT_THROUGH, /* opened and written in place: a pipe, a device, an inherited descriptor */
    OUT_STDOUT,  /* the process's own standard output, flushed but never closed */
} out_kind;

struct at_atomic_file {
    char *path;     /* as the caller named it, for messages */
    char *target;   /* OUT_REPLACE: where the rename lands (a symbolic link resolved) */
    char *tmp_path; /* OUT_REPLACE only */
    FILE *stream;
    out_kind kind;
};

static at_atomic_file *out_new(const char *path, out_kind kind, FILE *stream)
{
    at_atomic_file *f = g_new0(at_atomic_file, 1);
    f->path = g_strdup(path);
    f->kind = kind;
    f->stream = stream;
    return f;
}

static void out_free(at_atomic_file *f)
{
    g_free(f->tmp_path);
    g_free(f->target);
    g_free(f->path);
    g_free(f);
}

/* The descriptor a path names without naming a file: /dev/stdout, /dev/fd/N, /proc/self/fd/N.
 * Opening those again would start a new file description at offset 0 (or, for a regular file
 * behind them, invite a rename that cuts the shell's redirection off), so they are written through. */
static int named_descriptor(const char *path)
{
    if (strcmp(path, "/dev/stdout") == 0)
        return STDOUT_FILENO;
    if (strcmp(path, "/dev/stderr") == 0)
        return STDERR_FILENO;
    const char *n = g_str_has_prefix(path, "/dev/fd/") ? path + 8
                    : g_str_has_prefix(path, "/proc/self/fd/") ? path + 14
                                                               : NULL;
    guint64 fd;
    if (n && g_ascii_string_to_unsigned(n, 10, 0, G_MAXINT, &fd, NULL))
        return (int)fd;
    return -1;
}

static at_atomic_file *open_descriptor(const char *path, int fd, at_error *err)
{
    if (fd == STDOUT_FILENO)
        return out_new(path, OUT_STDOUT, stdout);
    if (fd == STDERR_FILENO)
        fflush(stderr);
    int copy = dup(fd);
    FILE *stream = copy >= 0 ? fdopen(copy, "w") : NULL;
    if (!stream) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot write: %s", g_strerror(errno));
        if (copy >= 0)
            close(copy);
        return NULL;
    }
    return out_new(path, OUT_THROUGH, stream);
}

/* A pipe or device: written where it is, never replaced by a file. */
static at_atomic_file *open_through(const char *path, at_error *err)
{
    int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    FILE *stream = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!stream) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot open for writing: %s", g_strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    return out_new(path, OUT_THROUGH, stream);
}

/* A regular file or a new one: a temporary file in the target's folder (so rename() is atomic),
 * with the permissions of the file it replaces. */
static at_atomic_file *open_replace(const char *path, const char *target, const GStatBuf *old, at_error *err)
{
    char *tmp = g_strdup_printf("%s.tmp-XXXXXX", target);
    int fd = g_mkstemp_full(tmp, O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot create: %s", g_strerror(errno));
        g_free(tmp);
        return NULL;
    }
    if (old)
        (void)fchmod(fd, old->st_mode & 07777); /* best effort: the content matters more than the mode */
    at_atomic_file *f = out_new(path, OUT_REPLACE, fdopen(fd, "w"));
    f->target = g_strdup(target);
    f->tmp_path = tmp;
    return f;
}

static const char *kind_name(mode_t mode)
{
    return S_ISDIR(mode) ? "a folder" : S_ISBLK(mode) ? "a block device" : S_ISSOCK(mode) ? "a socket" : "no file";
}

/* Where a symbolic link leads decides: a file is replaced (the link stays), a pipe or device is written through. */
static at_atomic_file *open_link(const char *path, at_error *err)
{
    GStatBuf st;
    if (g_stat(path, &st) != 0) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "a symbolic link to nothing (%s); nothing written",
                     g_strerror(errno));
        return NULL;
    }
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
        return open_through(path, err);
    if (!S_ISREG(st.st_mode)) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "a symbolic link to %s; nothing written", kind_name(st.st_mode));
        return NULL;
    }
    char *target = realpath(path, NULL);
    if (!target) {
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot resolve the symbolic link: %s", g_strerror(errno));
        return NULL;
    }
    at_atomic_file *f = open_replace(path, target, &st, err);
    free(target);
    return f;
}

at_atomic_file *at_atomic_open(const char *path, at_error *err)
{
    if (strcmp(path, "-") == 0)
        return out_new("<stdout>", OUT_STDOUT, stdout);
    int fd = named_descriptor(path);
    if (fd >= 0)
        return open_descriptor(path, fd, err);
    GStatBuf st;
    if (g_lstat(path, &st) != 0) {
        if (errno == ENOENT)
            return open_replace(path, path, NULL, err);
        at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot write: %s", g_strerror(errno));
        return NULL;
    }
    if (S_ISREG(st.st_mode))
        return open_replace(path, path, &st, err);
    if (S_ISLNK(st.st_mode))
        return open_link(path, err);
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))
        return open_through(path, err);
    at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "is %s; nothing written", kind_name(st.st_mode));
    return NULL;
}

FILE *at_atomic_stream(at_atomic_file *f)
{
    return f->stream;
}

static void sync_parent(const char *path)
{
    char *dir = g_path_get_dirname(path);
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd); /* the rename itself survives a crash */
        close(fd);
    }
    g_free(dir);
}

int at_atomic_commit(at_atomic_file *f, at_error *err)
{
    bool failed = fflush(f->stream) != 0 || ferror(f->stream);
    int saved = errno;
    if (!failed && f->kind == OUT_REPLACE && fsync(fileno(f->stream)) != 0)
        failed = true, saved = errno;
    if (f->kind != OUT_STDOUT && fclose(f->stream) != 0 && !failed)
        failed = true, saved = errno;
    int rc = 0;
    if (failed) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_CORE, f->path, "write failed: %s", g_strerror(saved));
    } else if (f->kind == OUT_REPLACE && g_rename(f->tmp_path, f->target) != 0) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_CORE, f->path, "cannot rename into place: %s", g_strerror(errno));
    } else if (f->kind == OUT_REPLACE) {
        sync_parent(f->target);
    }
    if (rc < 0 && f->kind == OUT_REPLACE)
        g_unlink(f->tmp_path);
    out_free(f);
    return rc;
}

void at_atomic_abort(at_atomic_file *f)
{
    if (!f)
        return;
    if (f->kind == OUT_STDOUT)
        fflush(f->stream);
    else
        fclose(f->stream);
    if (f->kind == OUT_REPLACE)
        g_unlink(f->tmp_path);
    out_free(f);
}

int at_atomic_write(const char *path, const void *data, size_t len, at_stage stage, at_error *err)
{
    at_atomic_file *af = at_atomic_open(path, err);
    if (!af)
        return err->code;
    if (fwrite(data, 1, len, at_atomic_stream(af)) != len) {
        int saved = errno;
        at_atomic_abort(af);
        return at_error_set(err, AT_EIO, stage, path, "write failed: %s", g_strerror(saved));
    }
    return at_atomic_commit(af, err);
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
