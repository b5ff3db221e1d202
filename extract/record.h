/* Building records: the element tree behind at_record.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_EXTRACT_RECORD_H
#define ARKIVTEXT_EXTRACT_RECORD_H

#include "arkivtext/extract.h"

#include <glib.h>

typedef struct {
    const char *name;  /* static */
    char *value;
} rn_attr;

struct at_rnode {
    const char *name;      /* static: the schema's element names */
    char *text;            /* NULL for elements that only hold elements */
    GArray *attrs;         /* rn_attr, in writing order */
    GPtrArray *children;   /* at_rnode*, owned */
    at_provenance prov;    /* alto ids owned */
};

struct at_record {
    at_rnode *root;
    char *kind;
    double kind_confidence;
};

at_rnode *rn_new(const char *name);
void rn_free(at_rnode *n);
/** Append a new child element and return it. */
at_rnode *rn_add(at_rnode *parent, const char *name);
/** Append a child holding text (cleaned: white space collapsed, characters XML forbids replaced). */
at_rnode *rn_add_text(at_rnode *parent, const char *name, const char *text, const at_provenance *prov);
/** Set the text (cleaned as above). */
void rn_set_text(at_rnode *n, const char *text);
/** Set an attribute (printf-style value), replacing an earlier one of the same name. */
void rn_attr_set(at_rnode *n, const char *name, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/** Remove the attribute `name`, if set. */
void rn_attr_unset(at_rnode *n, const char *name);
void rn_set_prov(at_rnode *n, const at_provenance *prov);
/** Widen n's provenance to cover `prov` too. */
void rn_extend_prov(at_rnode *n, const at_provenance *prov);
/** Move `child` to be the last child of `parent` (it must not be in another tree). */
void rn_append(at_rnode *parent, at_rnode *child);
/** Remove and free children that hold neither text nor children. */
void rn_prune_empty(at_rnode *n);

/** A cleaned copy of `text`: white space runs become one space, ends trimmed, XML-forbidden characters replaced. */
char *rn_clean(const char *text, size_t len);

#endif
