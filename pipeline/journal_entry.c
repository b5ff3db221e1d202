/* The journal's states and entries, shared by the front and both backends (the PostgreSQL module too).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "pipeline/journal.h"

#include <glib.h>
#include <string.h>

static const char *const state_names[] = { [AT_JOURNAL_RUNNING] = "running", [AT_JOURNAL_DONE] = "done",
                                           [AT_JOURNAL_FAILED] = "failed", [AT_JOURNAL_QUEUED] = "queued" };

const char *at_journal_state_name(at_journal_state state)
{
    return state_names[state];
}

at_journal_state at_journal_state_from_name(const char *name)
{
    for (size_t i = 0; i < G_N_ELEMENTS(state_names); i++)
        if (g_strcmp0(name, state_names[i]) == 0)
            return (at_journal_state)i;
    return AT_JOURNAL_RUNNING;
}

void at_journal_entry_clear(at_journal_entry *e)
{
    g_free(e->package);
    g_free(e->kind);
    g_free(e->error);
    memset(e, 0, sizeof *e);
    e->confidence = -1;
}

void at_journal_claim_clear(at_journal_claim *c)
{
    g_free(c->source);
    memset(c, 0, sizeof *c);
}
