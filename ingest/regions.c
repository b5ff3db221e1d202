/* A page's words gathered into regions (text blocks and table cells), and the page's document made from them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <string.h>

region *at_region_new(at_block_kind kind, int table, int row, int col, at_box box)
{
    region *r = g_new0(region, 1);
    *r = (region){ kind, table, row, col, box, g_ptr_array_new(), 0 };
    return r;
}

region_line *at_region_add_line(region *r, at_box box)
{
    region_line *line = g_new0(region_line, 1);
    line->box = box;
    line->words = g_array_new(FALSE, FALSE, sizeof(region_word));
    g_ptr_array_add(r->lines, line);
    return line;
}

void at_region_free(gpointer p)
{
    region *r = p;
    for (guint i = 0; i < r->lines->len; i++) {
        region_line *l = r->lines->pdata[i];
        for (guint j = 0; j < l->words->len; j++)
            g_free(g_array_index(l->words, region_word, j).text);
        g_array_free(l->words, TRUE);
        g_free(l);
    }
    g_ptr_array_free(r->lines, TRUE);
    g_free(r);
}

gint at_region_by_top(gconstpointer a, gconstpointer b)
{
    const region *x = *(region *const *)a, *y = *(region *const *)b;
    if (x->box.y != y->box.y)
        return x->box.y < y->box.y ? -1 : 1;
    return x->box.x < y->box.x ? -1 : x->box.x > y->box.x;
}

at_doc *at_regions_doc(const at_page_view *info, const GPtrArray *regions)
{
    char *name = g_strdup_printf("page %d", info->source_page);
    at_doc *doc = at_doc_new(name); /* its warnings read "page N: ..." in the document's */
    g_free(name);
    at_doc_add_page(doc, info);
    for (guint i = 0; i < regions->len; i++) {
        const region *r = regions->pdata[i];
        at_doc_add_block(doc, r->kind, r->table, r->row, r->col, r->box);
        for (guint l = 0; l < r->lines->len; l++) {
            const region_line *line = r->lines->pdata[l];
            at_doc_add_line(doc, line->box);
            for (guint k = 0; k < line->words->len; k++) {
                const region_word *wd = &g_array_index(line->words, region_word, k);
                at_doc_add_word(doc, wd->text, strlen(wd->text), wd->box, wd->confidence);
            }
        }
    }
    return doc;
}
