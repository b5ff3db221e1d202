/* POSIX ustar archives of packages: written reproducibly, read back safely.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "package/package_private.h"
#include "core/private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

enum { BLOCK = 512 };

typedef struct {
    char name[100], mode[8], uid[8], gid[8], size[12], mtime[12], chksum[8], typeflag, linkname[100], magic[6],
        version[2], uname[32], gname[32], devmajor[8], devminor[8], prefix[155], pad[12];
} ustar_header;

G_STATIC_ASSERT(sizeof(ustar_header) == BLOCK);

static unsigned header_sum(const ustar_header *h)
{
    const unsigned char *b = (const unsigned char *)h;
    unsigned sum = 0;
    for (size_t i = 0; i < BLOCK; i++)
        sum += (i >= offsetof(ustar_header, chksum) && i < offsetof(ustar_header, chksum) + 8) ? ' ' : b[i];
    return sum;
}

/* Split a path into ustar's prefix (<= 155) and name (<= 100) at a '/'. */
static bool set_name(ustar_header *h, const char *path)
{
    size_t len = strlen(path);
    if (len <= sizeof h->name) {
        memcpy(h->name, path, len);
        return true;
    }
    for (size_t cut = len - 1; cut > 0; cut--) {
        if (path[cut] != '/' || cut > sizeof h->prefix || len - cut - 1 > sizeof h->name)
            continue;
        memcpy(h->prefix, path, cut);
        memcpy(h->name, path + cut + 1, len - cut - 1);
        return true;
    }
    return false;
}

static int put_entry(FILE *out, const char *path, const char *rel, bool dir, long long mtime, const char *tar,
                     at_error *err)
{
    ustar_header h;
    memset(&h, 0, sizeof h);
    if (!set_name(&h, rel))
        return at_error_set(err, AT_ELIMIT, AT_STAGE_PACKAGE, tar, "path too long for a tar archive: %s", rel);
    long long size = 0;
    FILE *in = NULL;
    if (!dir) {
        GStatBuf st;
        if (g_stat(path, &st) != 0 || !(in = g_fopen(path, "rb")))
            return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot read: %s", g_strerror(errno));
        size = (long long)st.st_size;
    }
    snprintf(h.mode, sizeof h.mode, "%07o", dir ? 0755 : 0644);
    snprintf(h.uid, sizeof h.uid, "%07o", 0);
    snprintf(h.gid, sizeof h.gid, "%07o", 0);
    snprintf(h.size, sizeof h.size, "%011llo", size);
    snprintf(h.mtime, sizeof h.mtime, "%011llo", mtime);
    h.typeflag = dir ? '5' : '0';
    memcpy(h.magic, "ustar", 6);
    memcpy(h.version, "00", 2);
    snprintf(h.chksum, sizeof h.chksum, "%06o", header_sum(&h));
    h.chksum[7] = ' ';
    int rc = fwrite(&h, BLOCK, 1, out) == 1 ? 0 : at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, tar, "write failed");
    char buf[1 << 16];
    size_t n;
    long long written = 0;
    while (rc == 0 && in && (n = fread(buf, 1, sizeof buf, in)) > 0) {
        if (fwrite(buf, 1, n, out) != n)
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, tar, "write failed: %s", g_strerror(errno));
        written += (long long)n;
    }
    if (in)
        fclose(in);
    if (rc == 0 && written != size)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "changed while being archived");
    static const char zeros[BLOCK];
    size_t pad = (size_t)((BLOCK - size % BLOCK) % BLOCK);
    if (rc == 0 && pad && fwrite(zeros, 1, pad, out) != pad)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, tar, "write failed");
    return rc;
}

/* g_ptr_array_sort passes pointers to the elements. */
static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int put_tree(FILE *out, const char *path, const char *rel, long long mtime, const char *tar, at_error *err)
{
    char *dir_rel = g_strconcat(rel, "/", NULL);
    int rc = put_entry(out, path, dir_rel, true, mtime, tar, err);
    g_free(dir_rel);
    GDir *dir = g_dir_open(path, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; dir && (n = g_dir_read_name(dir));)
        g_ptr_array_add(names, g_strdup(n));
    if (dir)
        g_dir_close(dir);
    g_ptr_array_sort(names, by_name);
    for (guint i = 0; i < names->len && rc == 0; i++) {
        const char *n = g_ptr_array_index(names, i);
        char *child = g_build_filename(path, n, NULL), *child_rel = g_strconcat(rel, "/", n, NULL);
        rc = g_file_test(child, G_FILE_TEST_IS_DIR) ? put_tree(out, child, child_rel, mtime, tar, err)
                                                    : put_entry(out, child, child_rel, false, mtime, tar, err);
        g_free(child);
        g_free(child_rel);
    }
    g_ptr_array_free(names, TRUE);
    return rc;
}

int at_tar_write(const char *parent, const char *name, const char *tar_path, const char *when, at_error *err)
{
    GDateTime *t = g_date_time_new_from_iso8601(when, NULL);
    long long mtime = t ? g_date_time_to_unix(t) : 0;
    if (t)
        g_date_time_unref(t);
    at_atomic_file *af = at_atomic_open(tar_path, err);
    if (!af)
        return err->code;
    char *root = g_build_filename(parent, name, NULL);
    int rc = put_tree(at_atomic_stream(af), root, name, mtime, tar_path, err);
    static const char end[2 * BLOCK];
    if (rc == 0 && fwrite(end, 1, sizeof end, at_atomic_stream(af)) != sizeof end)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, tar_path, "write failed");
    g_free(root);
    if (rc == 0)
        return at_atomic_commit(af, err);
    at_atomic_abort(af);
    return rc;
}

/* A member path that stays inside the destination: relative, no "..", no empty parts. */
static bool safe_member(const char *path)
{
    if (!*path || path[0] == '/')
        return false;
    char **parts = g_strsplit(path, "/", -1);
    bool ok = true;
    for (char **p = parts; *p && ok; p++)
        ok = strcmp(*p, "..") != 0;
    g_strfreev(parts);
    return ok;
}

int at_tar_extract(const char *tar_path, const char *dest, at_error *err)
{
    FILE *in = g_fopen(tar_path, "rb");
    if (!in)
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, tar_path, "cannot open: %s", g_strerror(errno));
    int rc = 0;
    ustar_header h;
    char *long_name = NULL; /* from a GNU 'L' entry or a pax 'path' record, for the next member */
    while (rc == 0) {
        if (fread(&h, BLOCK, 1, in) != 1) {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "truncated tar archive");
            break;
        }
        if (h.name[0] == '\0')
            break; /* the end-of-archive blocks */
        char sum_text[9] = { 0 };
        memcpy(sum_text, h.chksum, 8);
        if (strtoul(sum_text, NULL, 8) != header_sum(&h)) {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "not a tar archive (bad header checksum)");
            break;
        }
        char size_text[13] = { 0 };
        memcpy(size_text, h.size, 12);
        long long size = (long long)strtoull(size_text, NULL, 8);
        /* GNU tar's long names and pax extended headers (what `tar cf` writes for long paths). */
        if (h.typeflag == 'L' || h.typeflag == 'x' || h.typeflag == 'g') {
            if (size > (1 << 20)) {
                rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "oversized tar extension header");
                break;
            }
            long long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
            char *data = g_malloc0((gsize)padded + 1);
            if (padded && fread(data, (size_t)padded, 1, in) != 1) {
                g_free(data);
                rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "truncated tar archive");
                break;
            }
            data[size] = '\0';
            if (h.typeflag == 'L') {
                g_free(long_name);
                long_name = g_strdup(data);
            } else if (h.typeflag == 'x') {
                /* records "LEN key=value\n" */
                for (char *p = data; p < data + size && *p;) {
                    char *end;
                    long len = strtol(p, &end, 10);
                    if (len <= 0 || *end != ' ' || p + len > data + size)
                        break;
                    if (g_str_has_prefix(end + 1, "path=")) {
                        g_free(long_name);
                        long_name = g_strndup(end + 6, (gsize)(p + len - (end + 6) - 1));
                    }
                    p += len;
                }
            }
            g_free(data);
            continue;
        }
        char name[4096] = { 0 };
        if (long_name)
            g_strlcpy(name, long_name, sizeof name);
        else if (h.prefix[0])
            snprintf(name, sizeof name, "%.155s/%.100s", h.prefix, h.name);
        else
            snprintf(name, sizeof name, "%.100s", h.name);
        g_free(long_name);
        long_name = NULL;
        /* "./uuid-.../" from `tar cf x.tar ./uuid-...`: the same member */
        while (g_str_has_prefix(name, "./"))
            memmove(name, name + 2, strlen(name + 2) + 1);
        if (!*name)
            continue;
        if (!safe_member(name)) {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "member '%s' would leave the package", name);
            break;
        }
        char *path = g_build_filename(dest, name, NULL);
        if (h.typeflag == '5') {
            if (g_mkdir_with_parents(path, 0755) != 0)
                rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot create folder: %s", g_strerror(errno));
        } else if (h.typeflag == '0' || h.typeflag == '\0') {
            char *dir = g_path_get_dirname(path);
            g_mkdir_with_parents(dir, 0755);
            g_free(dir);
            FILE *out = g_fopen(path, "wb");
            char buf[BLOCK];
            for (long long left = size; rc == 0 && left > 0; left -= BLOCK) {
                if (fread(buf, BLOCK, 1, in) != 1)
                    rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "truncated tar archive");
                else if (!out || fwrite(buf, 1, (size_t)MIN(left, (long long)BLOCK), out) != (size_t)MIN(left, (long long)BLOCK))
                    rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot write: %s", g_strerror(errno));
            }
            if (out)
                fclose(out);
            size = 0;
        } else {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "member '%s' is not a file or folder", name);
        }
        g_free(path);
        /* Skip the data of entries we did not read. */
        if (rc == 0 && size > 0 && fseek(in, (long)((size + BLOCK - 1) / BLOCK * BLOCK), SEEK_CUR) != 0)
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, tar_path, "truncated tar archive");
    }
    g_free(long_name);
    fclose(in);
    return rc;
}
