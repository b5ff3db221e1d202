/* The decisions file a review page exports, and the log of corrections a package keeps.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "review/correct_private.h"

#include "arkivtext/io.h"

#include <string.h>

void at_decisions_clear(at_decisions *d)
{
    if (d->parser)
        g_object_unref(d->parser);
    g_free(d->items);
    *d = (at_decisions){ 0 };
}

static const char *member_string(JsonObject *o, const char *name)
{
    JsonNode *n = o ? json_object_get_member(o, name) : NULL;
    return n && JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING ? json_node_get_string(n)
                                                                                          : NULL;
}

/* A reading a word may take: valid UTF-8, not empty, no blank inside (one word stays one word). */
static bool one_word(const char *s)
{
    if (!s || !*s || !g_utf8_validate(s, -1, NULL))
        return false;
    for (const char *p = s; *p; p = g_utf8_next_char(p))
        if (g_unichar_isspace(g_utf8_get_char(p)))
            return false;
    return true;
}

static int check_decision(JsonNode *node, size_t i, const char *path, at_decision *out, at_error *err)
{
    JsonObject *o = JSON_NODE_HOLDS_OBJECT(node) ? json_node_get_object(node) : NULL;
    const char *action = member_string(o, "action");
    out->word = member_string(o, "word");
    out->from = member_string(o, "from");
    out->to = member_string(o, "to");
    out->reject = g_strcmp0(action, "reject") == 0;
    if (!out->word || !out->from || !one_word(out->to) || (!out->reject && g_strcmp0(action, "correct") != 0))
        return at_error_set(err, AT_EFORMAT, AT_STAGE_REVIEW, path,
                            "decision %zu: needs word, from, to (one word) and action reject or correct", i + 1);
    return 0;
}

int at_decisions_read(const char *path, at_decisions *out, at_error *err)
{
    *out = (at_decisions){ 0 };
    out->parser = json_parser_new();
    GError *gerr = NULL;
    if (!json_parser_load_from_file(out->parser, path, &gerr)) {
        int rc = at_error_set(err, AT_EFORMAT, AT_STAGE_REVIEW, path, "not a decisions file: %s", gerr->message);
        g_error_free(gerr);
        return rc;
    }
    JsonNode *root = json_parser_get_root(out->parser);
    JsonObject *o = root && JSON_NODE_HOLDS_OBJECT(root) ? json_node_get_object(root) : NULL;
    JsonNode *list = o ? json_object_get_member(o, "decisions") : NULL;
    out->package = member_string(o, "package");
    out->reviewer = member_string(o, "reviewer");
    if (g_strcmp0(member_string(o, "format"), "arkivtext-decisions") != 0 || !out->package || !list ||
        !JSON_NODE_HOLDS_ARRAY(list) || json_object_get_int_member_with_default(o, "version", 0) != 1)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_REVIEW, path,
                            "not a decisions file (format arkivtext-decisions, version 1, package, decisions)");
    JsonArray *a = json_node_get_array(list);
    out->n = json_array_get_length(a);
    out->items = g_new0(at_decision, out->n ? out->n : 1);
    for (size_t i = 0; i < out->n; i++)
        if (check_decision(json_array_get_element(a, (guint)i), i, path, &out->items[i], err) < 0)
            return err->code;
    return 0;
}

/* ---- the log ---- */

JsonNode *at_corrections_read(const char *package, const char *objid, at_error *err)
{
    char *path = g_build_filename(package, AT_PACKAGE_CORRECTIONS_FILE, NULL);
    JsonNode *log = NULL;
    if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
        JsonBuilder *b = json_builder_new();
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "format");
        json_builder_add_string_value(b, "arkivtext-corrections");
        json_builder_set_member_name(b, "version");
        json_builder_add_int_value(b, 1);
        json_builder_set_member_name(b, "package");
        json_builder_add_string_value(b, objid);
        json_builder_set_member_name(b, "sessions");
        json_builder_begin_array(b);
        json_builder_end_array(b);
        json_builder_end_object(b);
        log = json_builder_get_root(b);
        g_object_unref(b);
    } else {
        JsonParser *parser = json_parser_new();
        GError *gerr = NULL;
        if (json_parser_load_from_file(parser, path, &gerr)) {
            JsonNode *root = json_parser_get_root(parser);
            JsonObject *o = root && JSON_NODE_HOLDS_OBJECT(root) ? json_node_get_object(root) : NULL;
            JsonNode *s = o ? json_object_get_member(o, "sessions") : NULL;
            if (s && JSON_NODE_HOLDS_ARRAY(s))
                log = json_node_copy(root);
        }
        if (!log)
            at_error_set(err, AT_EFORMAT, AT_STAGE_REVIEW, path, "not a corrections log%s%s", gerr ? ": " : "",
                         gerr ? gerr->message : "");
        g_clear_error(&gerr);
        g_object_unref(parser);
    }
    g_free(path);
    return log;
}

JsonArray *at_corrections_sessions(JsonNode *log)
{
    return json_object_get_array_member(json_node_get_object(log), "sessions");
}

char *at_corrections_text(JsonNode *log)
{
    JsonGenerator *gen = json_generator_new();
    json_generator_set_root(gen, log);
    json_generator_set_pretty(gen, TRUE);
    char *json = json_generator_to_data(gen, NULL);
    char *text = g_strconcat(json, "\n", NULL);
    g_free(json);
    g_object_unref(gen);
    return text;
}

/* One session as a PREMIS event: who, when, why, how many words. */
static void session_event(JsonObject *s, at_package_event *ev, GPtrArray *strings)
{
    JsonArray *changes = json_object_get_array_member(s, "changes");
    size_t n = changes ? json_array_get_length(changes) : 0, rejected = 0;
    for (size_t i = 0; i < n; i++)
        rejected += g_strcmp0(json_object_get_string_member_with_default(
                                  json_array_get_object_element(changes, (guint)i), "action", ""), "reject") == 0;
    gint64 undoes = json_object_get_int_member_with_default(s, "undoes", 0);
    char *detail = undoes ? g_strdup_printf("manual correction %lld undone: %zu word%s restored", (long long)undoes, n,
                                           n == 1 ? "" : "s")
                          : g_strdup_printf("manual correction after review: %zu word%s (%zu %s rejected, %zu "
                                            "corrected); each change is logged in " AT_PACKAGE_CORRECTIONS_FILE
                                            " and can be undone", n, n == 1 ? "" : "s", rejected,
                                            rejected == 1 ? "change" : "changes", n - rejected);
    g_ptr_array_add(strings, detail);
    *ev = (at_package_event){ "modification", json_object_get_string_member_with_default(s, "date", ""), detail,
                              json_object_get_string_member_with_default(s, "reason", NULL),
                              json_object_get_string_member_with_default(s, "person", "") };
}

at_package_event *at_corrections_events(JsonNode *log, size_t *n, GPtrArray *strings)
{
    JsonArray *sessions = at_corrections_sessions(log);
    *n = json_array_get_length(sessions);
    at_package_event *events = g_new0(at_package_event, *n ? *n : 1);
    for (size_t i = 0; i < *n; i++)
        session_event(json_array_get_object_element(sessions, (guint)i), &events[i], strings);
    return events;
}
