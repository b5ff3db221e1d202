/* The pipeline stage's internals, shared by the batch runner and the report.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_PIPELINE_PRIVATE_H
#define ARKIVTEXT_PIPELINE_PRIVATE_H

#include "arkivtext/pipeline.h"
#include "pipeline/journal.h"

/** One document of a run and how it ended. */
typedef struct {
    const char *source;
    at_journal_entry entry;
    bool skipped;            /* done by an earlier run, same content */
    double seconds;
} at_pipeline_doc;

/** Write OUTDIR/report.json: per document in the given order, and in total, without times (re-runs compare equal). */
int at_pipeline_write_report(const char *outdir, const at_pipeline_doc *docs, size_t n, at_error *err);

#endif
