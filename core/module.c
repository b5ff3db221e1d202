/* Parts of arkivtext built as shared modules of their own (OCR, PostgreSQL, PDF/A), opened on first use
 * so that a command loads only the libraries it needs.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"

#include <dlfcn.h>
#include <string.h>
#include <gmodule.h>

/* Any object of this file: its address tells dladdr() which file this code was loaded from. */
static const char anchor;

/* The folder of the library (or program) this code is linked into: libarkivtext's libdir once installed. */
static char *own_folder(void)
{
    Dl_info info;
    if (!dladdr(&anchor, &info) || !info.dli_fname || !g_path_is_absolute(info.dli_fname))
        return NULL;
    return g_path_get_dirname(info.dli_fname);
}

/* $env, else arkivtext/NAME beside the library (the installed layout, also under a DESTDIR), else this build's. */
static char *module_path(const char *env, const char *built)
{
    const char *set = g_getenv(env);
    if (set && *set)
        return g_strdup(set);
    char *folder = own_folder();
    char *beside = folder ? g_build_filename(folder, "arkivtext", strrchr(built, '/') + 1, NULL) : NULL;
    g_free(folder);
    if (beside && g_file_test(beside, G_FILE_TEST_EXISTS))
        return beside;
    g_free(beside);
    return g_strdup(built);
}

static void *module_entry(const char *what, const char *env, const char *built, const char *entry, char **why)
{
    *why = NULL;
    char *path = module_path(env, built);
    /* Never closed: a module's libraries may keep threads and caches for the life of the process. */
    GModule *mod = g_module_open(path, G_MODULE_BIND_LOCAL);
    gpointer symbol = NULL;
    if (!mod)
        *why = g_strdup_printf("cannot load the %s module %s: %s", what, path, g_module_error());
    else if (!g_module_symbol(mod, entry, &symbol) || !symbol)
        *why = g_strdup_printf("%s is not an arkivtext %s module", path, what);
    else
        g_module_make_resident(mod);
    g_free(path);
    return *why ? NULL : symbol;
}

typedef const void *(*module_entry_fn)(int abi);

static gpointer open_module(gpointer data)
{
    const at_module_spec *spec = data;
    at_module_table *m = g_new0(at_module_table, 1);
    void *entry = module_entry(spec->what, spec->env, spec->built, spec->entry, &m->error);
    if (entry) {
        module_entry_fn get; /* ISO C has no cast from an object to a function pointer; POSIX copies it */
        memcpy(&get, &entry, sizeof get);
        if (!(m->table = get(spec->abi)))
            m->error = g_strdup_printf("the %s module is of another arkivtext version", spec->what);
    }
    return m;
}

const at_module_table *at_module_load(GOnce *once, const at_module_spec *spec)
{
    return g_once(once, open_module, (gpointer)spec);
}
