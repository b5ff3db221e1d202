/* Finding the packages in a folder: a run's output, a shelf of packages, a delivery.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "package/package_private.h"
#include "core/private.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

/* Deeper than any shelf of packages; stops a pathological tree, not a real one. */
enum { MAX_DEPTH = 32 };

static int cmp_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static char **sorted_names(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new();
    for (const char *n; d && (n = g_dir_read_name(d));)
        g_ptr_array_add(names, g_strdup(n));
    if (d)
        g_dir_close(d);
    g_ptr_array_sort(names, cmp_names);
    g_ptr_array_add(names, NULL);
    return (char **)g_ptr_array_free(names, FALSE);
}

/* A package root has its METS.xml (in whatever case: the validator says what is wrong with it) or
 * a representations folder (a package that lost its METS.xml is still one, and invalid). */
static bool is_package_folder(const char *dir)
{
    char **names = sorted_names(dir);
    bool found = false;
    for (char **n = names; *n && !found; n++)
        found = g_ascii_strcasecmp(*n, "METS.xml") == 0 || strcmp(*n, "representations") == 0;
    g_strfreev(names);
    return found;
}

/* Package folders and archives under `dir`, in name order; a package is not entered, links are not followed. */
static void find_under(const char *dir, int depth, GPtrArray *found)
{
    char **names = sorted_names(dir);
    for (char **n = names; *n; n++) {
        char *path = g_build_filename(dir, *n, NULL);
        GStatBuf st;
        if (g_lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (is_package_folder(path))
                g_ptr_array_add(found, g_steal_pointer(&path));
            else if (depth < MAX_DEPTH)
                find_under(path, depth + 1, found);
        } else if (g_lstat(path, &st) == 0 && S_ISREG(st.st_mode) && at_archive_sniff(path)) {
            g_ptr_array_add(found, g_steal_pointer(&path));
        }
        g_free(path);
    }
    g_strfreev(names);
}

int at_package_find(const char *path, char ***packages, at_error *err)
{
    *packages = NULL;
    GStatBuf st;
    if (g_stat(path, &st) != 0 || !S_ISDIR(st.st_mode) || is_package_folder(path)) {
        *packages = g_new0(char *, 2);
        (*packages)[0] = g_strdup(path);
        return 0;
    }
    GPtrArray *found = g_ptr_array_new();
    find_under(path, 1, found);
    if (found->len == 0) {
        g_ptr_array_free(found, TRUE);
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, path,
                            "no package here: no METS.xml, and no package folder or .zip/.tar archive under it");
    }
    g_ptr_array_add(found, NULL);
    *packages = (char **)g_ptr_array_free(found, FALSE);
    return 0;
}
