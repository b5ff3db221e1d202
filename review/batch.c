/* The review folder of a batch: every package's page, the overview, written aside and renamed into place.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "review/review_private.h"
#include "review/correct_private.h"

#include "arkivtext/io.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#define REVIEW_FOLDER "review"

static review_settings settings(const at_review_options *o)
{
    review_settings s = { 150, 60, 0.8, o && o->version >= 2 ? o->dict : NULL };
    if (o && o->dpi > 0)
        s.dpi = o->dpi;
    if (o && o->quality > 0 && o->quality <= 100)
        s.quality = o->quality;
    if (o && o->low_confidence > 0)
        s.low_confidence = o->low_confidence;
    return s;
}

/* The package folders of `dir`: those holding a METS.xml. */
static int package_folders(const char *dir, GPtrArray *out, at_error *err)
{
    GError *gerr = NULL;
    GDir *d = g_dir_open(dir, 0, &gerr);
    if (!d) {
        int rc = at_error_set(err, AT_EIO, AT_STAGE_REVIEW, dir, "cannot read folder: %s", gerr->message);
        g_error_free(gerr);
        return rc;
    }
    for (const char *name; (name = g_dir_read_name(d));) {
        char *path = g_build_filename(dir, name, NULL);
        char *mets = g_build_filename(path, "METS.xml", NULL);
        if (name[0] != '.' && strcmp(name, REVIEW_FOLDER) != 0 && g_file_test(mets, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add(out, path);
        else
            g_free(path);
        g_free(mets);
    }
    g_dir_close(d);
    return 0;
}

static int by_path(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Only a folder (or nothing) may stand where the review folder goes: never a link, file or device. */
static int check_target(const char *final, at_error *err)
{
    struct stat st;
    if (lstat(final, &st) != 0)
        return errno == ENOENT ? 0 : at_error_set(err, AT_EIO, AT_STAGE_REVIEW, final, "%s", g_strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return at_error_set(err, AT_EIO, AT_STAGE_REVIEW, final, "exists and is not a folder; not replaced");
    return 0;
}

int at_review_move_into_place(const char *built, const char *final, at_error *err)
{
    char *old = g_strdup_printf("%s.old-XXXXXX", final);
    bool had_old = g_mkdtemp(old) && g_rename(final, old) == 0;
    if (!had_old)
        g_rmdir(old);
    int rc = 0;
    if (g_rename(built, final) != 0) {
        rc = at_error_set(err, AT_EIO, AT_STAGE_REVIEW, final, "cannot rename into place: %s", g_strerror(errno));
        if (had_old)
            g_rename(old, final);
    } else if (had_old) {
        at_remove_tree(old);
    }
    g_free(old);
    return rc;
}

static void row_free(gpointer p)
{
    at_review_row_clear(p);
    g_free(p);
}

/* The overview in `out` with the row of `row`'s document as it now is (added when it had none). */
static int update_overview(const char *out, at_review_row *row, at_error *err)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func(row_free);
    size_t failed = 0;
    int rc = at_review_overview_read(out, rows, &failed, err);
    guint i = 0;
    while (i < rows->len && strcmp(((at_review_row *)g_ptr_array_index(rows, i))->objid, row->objid) != 0)
        i++;
    if (i == rows->len)
        g_ptr_array_add(rows, g_new0(at_review_row, 1));
    at_review_row *old = g_ptr_array_index(rows, i);
    at_review_row_clear(old);
    *old = *row; /* the row is the overview's now */
    *row = (at_review_row){ 0 };
    if (rc == 0)
        rc = at_review_overview(rows, out, failed, err);
    g_ptr_array_free(rows, TRUE);
    return rc;
}

int at_review_update_document(const char *package, at_error *err)
{
    char *dir = g_path_get_dirname(package);
    char *final = g_build_filename(dir, REVIEW_FOLDER, NULL);
    int rc = 0;
    if (g_file_test(final, G_FILE_TEST_EXISTS) && (rc = check_target(final, err)) == 0) {
        review_settings s = settings(NULL);
        at_review_row row = { 0 };
        at_review_summary summary = { 0 };
        rc = at_review_document(package, final, &s, &row, &summary, err);
        if (rc == 0)
            rc = update_overview(final, &row, err);
        at_review_row_clear(&row);
    }
    g_free(final);
    g_free(dir);
    return rc;
}

static void write_documents(GPtrArray *folders, const char *built, const at_review_options *opts,
                            const review_settings *s, GPtrArray *rows, at_review_summary *summary)
{
    for (guint i = 0; i < folders->len; i++) {
        const char *folder = g_ptr_array_index(folders, i);
        at_review_row *row = g_new0(at_review_row, 1);
        at_error err = AT_ERROR_INIT;
        if (at_review_document(folder, built, s, row, summary, &err) < 0) {
            summary->failed++;
            if (opts && opts->on_failure)
                opts->on_failure(folder, &err, opts->data);
            row_free(row);
            continue;
        }
        summary->documents++;
        g_ptr_array_add(rows, row);
    }
}

/* Writers of one folder's review pages (the workers that find a batch complete) take turns: the folder itself
 * is locked while one builds and renames. -1 when it cannot be opened (the listing then reports it). */
static int lock_folder(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    while (fd >= 0 && flock(fd, LOCK_EX) != 0 && errno == EINTR)
        ;
    return fd;
}

int at_review_write(const char *dir, const at_review_options *opts, at_review_summary *summary, at_error *err)
{
    at_review_summary local = { 0 };
    summary = summary ? summary : &local;
    *summary = (at_review_summary){ 0 };
    review_settings s = settings(opts);
    GPtrArray *folders = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *rows = g_ptr_array_new_with_free_func(row_free);
    char *final = g_build_filename(dir, REVIEW_FOLDER, NULL);
    char *built = g_build_filename(dir, "." REVIEW_FOLDER ".tmp-XXXXXX", NULL);
    int lock = lock_folder(dir);
    int rc = package_folders(dir, folders, err);
    if (rc == 0)
        rc = check_target(final, err);
    bool made = rc == 0 && g_mkdtemp(built);
    if (rc == 0 && !made)
        rc = at_error_set(err, AT_EIO, AT_STAGE_REVIEW, dir, "cannot create a temporary folder: %s", g_strerror(errno));
    if (rc == 0) {
        g_chmod(built, 0755);
        g_ptr_array_sort(folders, by_path);
        write_documents(folders, built, opts, &s, rows, summary);
        rc = at_review_overview(rows, built, summary->failed, err);
    }
    if (rc == 0)
        rc = at_review_move_into_place(built, final, err);
    if (made && rc < 0)
        at_remove_tree(built);
    if (lock >= 0)
        close(lock); /* and with it the lock */
    g_free(built);
    g_free(final);
    g_ptr_array_free(rows, TRUE);
    g_ptr_array_free(folders, TRUE);
    return rc;
}
