/* Writing the review pages' HTML: escaping, the shared head, saving.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "review/review_private.h"

#include "arkivtext/io.h"

void at_html_escape(GString *out, const char *s, gssize len)
{
    /* File names and readings need not be valid UTF-8; the page must be. */
    char *valid = g_utf8_make_valid(s ? s : "", len);
    char *escaped = g_markup_escape_text(valid, -1);
    g_string_append(out, escaped);
    g_free(escaped);
    g_free(valid);
}

void at_html_head(GString *out, const char *title)
{
    g_string_append(out, "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    at_html_escape(out, title, -1);
    g_string_append(out, "</title>\n<style>\n");
    g_string_append_len(out, (const char *)at_review_css, (gssize)at_review_css_len);
    g_string_append(out, "</style>\n</head>\n");
}

int at_html_save(const char *path, const GString *html, at_error *err)
{
    return at_atomic_write(path, html->str, html->len, AT_STAGE_REVIEW, err);
}

void at_review_row_clear(at_review_row *row)
{
    g_free(row->objid);
    g_free(row->document);
    g_free(row->kind);
    g_free(row->title);
    *row = (at_review_row){ 0 };
}
