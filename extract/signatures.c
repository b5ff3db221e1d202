/* Signature blocks: "För X kommun", a place and date, a line to sign on, the name and title, laid out
 * as columns of a table or as lines, one block after another.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "extract/extract_private.h"

#include <string.h>

/* Items after a block's marker (place and date, "För X", a signing line) that may still hold its names. */
enum { BLOCK_REACH = 6, BLOCK_CELL_LINES = 3 };

/* One cell of a signature column, or one line. */
typedef struct {
    const char *text;
    const at_provenance *prov;
    bool continues;        /* a line that carries on the line above (a wrapped title) */
    guint after_table;     /* how far past a block's marker the table right above it ended (BLOCK_REACH + 1: none) */
} sig_item;

/* "_____", "……………", "..........": the line to sign on. */
static bool is_signing_line(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p; p = g_utf8_next_char(p), n++) {
        gunichar c = g_utf8_get_char(p);
        if (c != '_' && c != '.' && c != 0x2026 && c != '-' && c != ' ')
            return false;
    }
    return n >= 5;
}

/* "För Botkyrka kommun", "För Region Uppsala": whom the block signs for. */
bool is_for_party(const char *s)
{
    return g_str_has_prefix(s, "För ") && g_unichar_isupper(g_utf8_get_char(s + strlen("För "))) && word_count(s) <= 8 &&
           !strchr(".:;", last_char(s));
}

/* "Ägare till Bo 2:4", "Fastighetsägare": whom a block signs for when the owner of a property signs as himself. */
static bool is_owner_line(const char *s)
{
    return (folded_starts(s, "Ägare till ") || folded_equal(s, "Fastighetsägare")) && word_count(s) <= 6 &&
           !strchr(".:;", last_char(s));
}

/* "Underskrift och namnförtydligande", "Namnförtydligande": a table column's header over the signatories. */
static bool signatory_header(const char *s)
{
    return word_count(s) <= 4 && (folded_starts(s, "underskrift") || folded_starts(s, "namnfortydligande"));
}

/* "Tumba 2024-11-04", "Uppsala den 28 november 2023": a place and the day of signing, nothing else; a word of
 * revision or validity ("Gäller från 1 januari 2027") is no place. */
bool place_date(xctx *x, const char *s, char **place, char *iso)
{
    static const char *const not_places[] = { "Reviderad", "Uppdaterad", "Upprättad", "Senast", "Gäller", "Version",
                                              "Giltig", "Utskriven", "Beslutsdatum" };
    const char *ignored;
    xdate d;
    if (word_count(s) > 7 || !g_unichar_isupper(g_utf8_get_char(s)) || !find_date(x, s, 0, &d) || d.iso[0] == '-' ||
        strlen(s + d.end) > 1)
        return false;
    char *p = g_strndup(s, d.start);
    g_strstrip(p);
    if (g_str_has_suffix(p, " den"))
        p[strlen(p) - 4] = '\0';
    size_t n = strlen(p);
    if (n && p[n - 1] == ',')
        p[n - 1] = '\0';
    /* "Revideras senast 2029-12-31", "Giltig till …": a bound of time, no place */
    bool ok = *p && word_count(p) <= 2 && find_label(p, &ignored) < 0 && !date_as_of(s, d.start);
    for (const char *q = p; *q && ok; q = g_utf8_next_char(q))
        ok = g_unichar_isalpha(g_utf8_get_char(q)) || *q == ' ' || *q == '-';
    char *first = g_strndup(p, strcspn(p, " "));
    for (size_t i = 0; i < G_N_ELEMENTS(not_places) && ok; i++)
        ok = !folded_equal(first, not_places[i]);
    g_free(first);
    if (!ok) {
        g_free(p);
        return false;
    }
    *place = p;
    g_strlcpy(iso, d.iso, 32);
    return true;
}

/* The labels of a block's lines, as a form prints them. */
static const char *const block_labels[] = { "Ort och datum", "Ort, datum", "Ort/datum", "Datum och ort", "Datum/ort",
                                            "Namnförtydligande", "Namn", "Titel", "Befattning", "Underskrift" };

/* "Namnförtydligande: Petra Sjöberg", "Ort och datum: Vaxholm 2026-12-01": a labelled block's value ("" when
 * the label stands alone, with or without its colon); other lines as they are. Compared folded: OCR drops the
 * diacritics of a form's printed labels ("Namnfortydligande"). */
static const char *sig_value(const char *s)
{
    for (size_t i = 0; i < G_N_ELEMENTS(block_labels); i++) {
        const char *end = folded_prefix_end(s, block_labels[i]);
        if (end && (*end == ':' || *end == '\0')) /* "Ort och datum" alone */
            return end + (*end == ':') + strspn(end + (*end == ':'), " ");
    }
    return s;
}

/* "Underskrift", "Namnförtydligande" alone: a caption under or over the place to sign or the name. */
static bool bare_caption(const char *s)
{
    return signatory_header(s) && !*sig_value(s);
}

/* A line's text as a signature item: its value, but a bare caption as it is, for it marks a block. */
static const char *item_text(const char *s)
{
    return bare_caption(s) ? s : sig_value(s);
}

/* A line to sign on, or a place, a day or a signature asked for by its label ("Ort och datum:", "Underskrift"). */
static bool asks_for_signing(const char *s)
{
    const char *v = sig_value(s);
    return (v != s && (folded_starts(s, "ort") || folded_starts(s, "datum") || folded_starts(s, "underskrift"))) ||
           is_signing_line(v);
}

bool signing_marker(xctx *x, const char *s)
{
    char *place = NULL;
    char iso[32];
    bool marker = asks_for_signing(s) || place_date(x, sig_value(s), &place, iso);
    g_free(place);
    return marker;
}

static at_rnode *last_agreement(xctx *x)
{
    guint n = x->agreements->children->len;
    return n ? g_ptr_array_index(x->agreements->children, n - 1) : NULL;
}

static void add_place_date(xctx *x, const char *text, const char *place, const char *iso, const at_provenance *prov)
{
    at_rnode *agreement = last_agreement(x);
    if (!agreement)
        return;
    for (guint i = 0; i < agreement->children->len; i++) {
        const at_rnode *c = g_ptr_array_index(agreement->children, i);
        if (strcmp(c->name, "signature") == 0 && g_strcmp0(at_rnode_attr(c, "place"), place) == 0 &&
            g_strcmp0(at_rnode_attr(c, "date"), iso) == 0)
            return;
    }
    at_rnode *s = rn_add(agreement, "signature");
    if (place) /* an electronic signature has a time, no place */
        rn_attr_set(s, "place", "%s", place);
    rn_attr_set(s, "date", "%s", iso);
    rn_set_text(s, text);
    rn_set_prov(s, prov);
}

static void add_signatory(xctx *x, const char *name, const char *role, const at_provenance *prov)
{
    at_rnode *signatories = (at_rnode *)at_rnode_find(x->metadata, "signatories");
    for (guint i = 0; i < signatories->children->len; i++)
        if (strcmp(at_rnode_find(g_ptr_array_index(signatories->children, i), "name")->text, name) == 0)
            return;
    at_rnode *s = rn_add(signatories, "signatory");
    rn_set_prov(s, prov);
    rn_add_text(s, "name", name, prov);
    if (role && *role)
        rn_add_text(s, "role", role, prov);
}

/* "Kommundirektör", "Verkställande direktör", "Kommunstyrelsens ordförande", "Socialnämndens ordförande": a title
 * set capitalised, its first word a title's (role_like) or a body's genitive before one. */
static bool capital_title(const char *s)
{
    if (!g_unichar_isupper(g_utf8_get_char(s)) || !role_like(s))
        return false;
    char **words = g_strsplit(s, " ", 3);
    bool title = role_like(words[0]) || (words[1] && g_str_has_suffix(words[0], "s") && role_like(words[1]));
    g_strfreev(words);
    return title;
}

/* "Anders Qvist, kommunstyrelsens ordförande", "Jonas Bäckström kommunstyrelsens ordförande", "Karin Lund
 * Kommunstyrelsens ordförande": a name and the title after its comma, or a title right after it — in lower case, or
 * capitalised after two words of the name at least (two columns of blocks set on one line set it so). */
static bool name_and_title(const char *s, char **name, char **title)
{
    const char *cut = strstr(s, ", "), *t = cut ? cut + 2 : NULL, *first = strchr(s, ' ');
    for (const char *p = first; !cut && p; p = strchr(p + 1, ' '))
        if ((g_unichar_islower(g_utf8_get_char(p + 1)) && role_like(p + 1)) || (p > first && capital_title(p + 1)))
            cut = p, t = p + 1;
    if (!cut)
        return false;
    char *n = g_strndup(s, (size_t)(cut - s));
    if (!name_like(n) || !*t || !(g_unichar_islower(g_utf8_get_char(t)) || role_like(t))) {
        g_free(n);
        return false;
    }
    *name = n;
    *title = g_strdup(t);
    return true;
}

/* "Gunilla Berg, ordförande": a signer's own name and title, no title of the line above it (a party's name, "Ekby
 * Ryttarsällskap", reads like a name). */
static bool signer_line(const char *s)
{
    char *name = NULL, *title = NULL;
    bool found = name_and_title(s, &name, &title);
    g_free(name);
    g_free(title);
    return found;
}

/* A title on the line under a name: a role word, or a short capitalised line that is no name. */
static bool title_like(xctx *x, const char *s)
{
    char *place = NULL;
    char iso[32];
    if (is_signing_line(s) || is_for_party(s))
        return false;
    if (place_date(x, s, &place, iso)) {
        g_free(place);
        return false;
    }
    return role_like(s);
}

/* "Uppsala den 28 november 2023 Tierp den 5 december 2023": a line of nothing but places and days of
 * signing (blocks side by side, read across by OCR); "Onsdagen den 3 maj" is no place. */
bool places_and_dates(xctx *x, const char *s)
{
    size_t pos = 0, a, b, n = strlen(s);
    int found = 0;
    while (pos < n && pat_match(x, PAT_SIGNATURE, s, pos) && pat_span(x, 0, &a, &b) && a == pos) {
        char *place = pat_group(x, s, 1);
        bool weekday = folded_contains(place, "dag");
        g_free(place);
        if (weekday)
            return false;
        found++;
        pos = b + strspn(s + b, " ");
    }
    return found > 0 && pos >= n;
}

/* The one place to cut `s` before a capitalised word so that both halves pass `test`. Names and titles are
 * short (name_like takes up to 4 words, role_like up to 7): a longer line is no pair, and is not cut at every
 * capital (each cut copies and tests the line: quadratic in its length). */
static bool split_pair(const char *s, bool (*test)(const char *), char **left, char **right)
{
    enum { PAIR_MAX_WORDS = 14 };
    if (word_count(s) > PAIR_MAX_WORDS)
        return false;
    int found = 0;
    for (const char *p = strchr(s, ' '); p; p = strchr(p + 1, ' ')) {
        if (!g_unichar_isupper(g_utf8_get_char(p + 1)))
            continue;
        char *l = g_strndup(s, (size_t)(p - s));
        if (test(l) && test(p + 1) && ++found == 1) {
            *left = l;
            *right = g_strdup(p + 1);
        } else {
            g_free(l);
        }
    }
    if (found != 1 && found > 0) {
        g_clear_pointer(left, g_free);
        g_clear_pointer(right, g_free);
    }
    return found == 1;
}

/* Does title `t` end in the noun of a role ("verkställande direktör", "ordförande"), so that it is whole? Not when it
 * ends before one: a genitive ("kommunstyrelsens"), "verkställande", "tf.", "vice", a word broken at a hyphen. */
static bool whole_title(const char *t)
{
    static const char *const before_role[] = { "verkställande", "tf.", "vice", "t.f." };
    const char *space = strrchr(t, ' '), *last = space ? space + 1 : t;
    bool before = g_str_has_suffix(last, "s") || g_str_has_suffix(last, "-");
    for (size_t k = 0; k < G_N_ELEMENTS(before_role) && !before; k++)
        before = folded_equal(last, before_role[k]);
    return !before && role_like(last);
}

/* Title `first`, read from items[i], and the lines after it that go on it ("kommunstyrelsens" over "ordförande",
 * "barn- och utbildnings-" over "nämndens ordförande": a title wrapped in its cell or over two rows); `*last` is its
 * last item. A whole title over another ("verkställande direktör" over "vice ordförande") is two titles. */
static char *wrapped_title(const sig_item *items, guint n, const char *first, guint i, guint *last)
{
    GString *full = g_string_new(first);
    for (; i + 1 < n && items[i + 1].continues && word_count(items[i + 1].text) <= 3 &&
           !(whole_title(full->str) && whole_title(items[i + 1].text));
         i++) {
        if (g_str_has_suffix(full->str, "-") && full->len > 1 && full->str[full->len - 2] != ' ')
            g_string_truncate(full, full->len - 1); /* a word broken at the line's end */
        else
            g_string_append_c(full, ' ');
        g_string_append(full, items[i + 1].text);
    }
    *last = i;
    return g_string_free(full, FALSE);
}

/* The value of `s` when it is labelled `label` ("Ort: Tumba"), or NULL. */
static const char *value_of(const char *s, const char *label)
{
    char *l;
    const char *value;
    if (!labelled(s, &l, &value))
        return NULL;
    bool hit = folded_equal(l, label);
    g_free(l);
    return hit ? value : NULL;
}

/* "Ort: Tumba" over "Datum: 2024-11-04", or the other way round: the place and day of signing as one line
 * ("Tumba 2024-11-04"), or NULL. */
static char *place_over_date(const char *a, const char *b)
{
    const char *place = value_of(a, "ort"), *date = value_of(b, "datum");
    if (!place || !date) {
        place = value_of(b, "ort");
        date = value_of(a, "datum");
    }
    return place && date && *place && *date ? g_strconcat(place, " ", date, NULL) : NULL;
}

/* "Datum: 2027-01-18" under a block's party: the day of signing alone, no place; `iso` (32 bytes) gets it. */
static bool labelled_day(xctx *x, const char *s, char *iso)
{
    const char *day = value_of(s, "datum");
    xdate d;
    if (!day || !find_date(x, day, 0, &d) || d.start != 0 || d.end != strlen(day) || d.iso[0] == '-')
        return false;
    g_strlcpy(iso, d.iso, 32);
    return true;
}

/* Do the blocks read title over name ("Sekreterare" over "Per Holm", "Ordförande" over "Anna Berg")? Decided once for
 * the blocks' items, as their first name or title is a title and their last a name: in a column of such blocks, each
 * name has the next block's title under it, and item by item it would pair with that. */
static bool titles_over_names(xctx *x, const sig_item *items, guint n)
{
    int first = -1, last = -1;
    for (guint i = 0; i < n; i++)
        if (name_like(items[i].text) || title_like(x, items[i].text)) {
            first = first < 0 ? (int)i : first;
            last = (int)i;
        }
    return first >= 0 && first < last && !name_like(items[first].text) && name_like(items[last].text) &&
           !title_like(x, items[last].text);
}

/* Does items[i] mark a block: a place and day (labelled over two items or not), a line to sign on, "För X", a
 * caption? */
static bool marks_block(xctx *x, const sig_item *items, guint n, guint i)
{
    const char *t = items[i].text;
    char *labels = i + 1 < n ? place_over_date(t, items[i + 1].text) : NULL, *place = NULL;
    char iso[32];
    bool marker = labels || place_date(x, t, &place, iso) || is_signing_line(t) || is_for_party(t) ||
                  places_and_dates(x, t) || signatory_header(t);
    g_free(labels);
    g_free(place);
    return marker;
}

/* Where the blocks that items[from] goes on end: at the first item twice a block's reach past any marker (one step of
 * read_items may take a title and a name). A document read as one run has running text, headers ("Handläggare") and
 * names of parties around its blocks; only its blocks' items say how they read. */
static guint blocks_end(xctx *x, const sig_item *items, guint n, guint from)
{
    guint end = from;
    for (guint quiet = 0; end < n && quiet < 2 * BLOCK_REACH; end++)
        quiet = marks_block(x, items, n, end) ? 0 : quiet + 1;
    return end;
}

/* What follows an e-signing's opener ("Digitalt signerad av "), or NULL. */
static const char *e_signing_rest(const char *s)
{
    static const char *const openers[] = { "Digitalt signerad av ", "Elektroniskt signerad av ",
                                           "Signerad digitalt av " };
    for (size_t i = 0; i < G_N_ELEMENTS(openers); i++)
        if (g_str_has_prefix(s, openers[i]))
            return s + strlen(openers[i]);
    return NULL;
}

/* "Digitalt signerad av Anna Berg, ordförande, för Ekby kommun 2027-05-12 14:03", "Digitalt signerad av Anna Berg
 * 2027-05-12": one line of an e-signing, its signatory, title and day (no place); the title stops at the date. */
static bool e_signed(xctx *x, const sig_item *item)
{
    const char *rest = e_signing_rest(item->text);
    xdate d;
    if (!rest || !find_date(x, rest, 0, &d))
        return false;
    char *signer = g_strndup(rest, d.start);
    g_strchomp(signer);
    if (g_str_has_suffix(signer, ","))
        signer[strlen(signer) - 1] = '\0';
    char **parts = g_strsplit(signer, ", ", 3);
    bool found = parts[0] && name_like(parts[0]);
    if (found) {
        const char *after = parts[1] ? parts[1] : "";
        char *title = g_strndup(after, strcspn(after, ",")); /* "ordförande, för X" or "ordförande för X" */
        char *for_party = strstr(title, " för ");
        if (for_party)
            *for_party = '\0';
        add_signatory(x, parts[0], title, item->prov);
        add_place_date(x, item->text, NULL, d.iso, item->prov);
        g_free(title);
    }
    g_strfreev(parts);
    g_free(signer);
    return found;
}

/* "Gävle 2027-04-12 Gävle 2027-04-19": two or more blocks side by side, each a place and a day, that a text export
 * set on one line; each is added. False, adding nothing, unless the line is nothing else. (With "den" the agreement's
 * own signature lines read it.) */
static bool place_dates_across(xctx *x, const char *s, const at_provenance *prov)
{
    if (strstr(s, " den "))
        return false;
    GPtrArray *pieces = g_ptr_array_new_with_free_func(g_free);
    size_t pos = 0, n = strlen(s);
    xdate d;
    bool ok = true;
    while (ok && pos < n && find_date(x, s + pos, 0, &d)) {
        char *piece = g_strndup(s + pos, d.end), *place = NULL, iso[32];
        ok = place_date(x, piece, &place, iso);
        g_free(place);
        g_ptr_array_add(pieces, piece);
        pos += d.end + strspn(s + pos + d.end, " ");
    }
    ok = ok && pos >= n && pieces->len >= 2;
    for (guint i = 0; ok && i < pieces->len; i++) {
        char *place = NULL, iso[32];
        place_date(x, g_ptr_array_index(pieces, i), &place, iso);
        add_place_date(x, g_ptr_array_index(pieces, i), place, iso, prov);
        g_free(place);
    }
    g_ptr_array_unref(pieces);
    return ok;
}

/* Does items[i], the owner's line, stand over the owner's name (past a line to sign on) with no title under it: a
 * private person signing as himself? `*name` is then the name's index. */
static bool owner_signs(xctx *x, const sig_item *items, guint n, guint i, guint *name)
{
    *name = i + 1;
    while (*name < n && is_signing_line(items[*name].text))
        (*name)++;
    return is_owner_line(items[i].text) && *name < n && name_like(items[*name].text) &&
           (*name + 1 >= n || !title_like(x, items[*name + 1].text));
}

/* Read signature items in order: names and titles count only close after a block's marker. `*since` says
 * how far the items before them were past one, and is left saying it for the items after them. */
static void read_items(xctx *x, const sig_item *items, guint n, guint *since)
{
    guint since_marker = *since, blocks_to = since_marker <= BLOCK_REACH ? blocks_end(x, items, n, 0) : 0;
    bool titles_first = titles_over_names(x, items, blocks_to);
    for (guint i = 0; i < n; i++) {
        if (i >= blocks_to && marks_block(x, items, n, i)) {
            blocks_to = blocks_end(x, items, n, i);
            titles_first = titles_over_names(x, items + i, blocks_to - i);
        }
        const char *t = items[i].text;
        char *place = NULL, *name = NULL, *title = NULL;
        char iso[32];
        since_marker = MIN(since_marker + 1, items[i].after_table + 1);
        char *n1 = NULL, *n2 = NULL, *r1 = NULL, *r2 = NULL;
        guint owner;
        char *labels = i + 1 < n ? place_over_date(t, items[i + 1].text) : NULL;
        if (labels && place_date(x, labels, &place, iso)) {
            add_place_date(x, labels, place, iso, items[i].prov);
            since_marker = 0;
            i++;
        } else if (place_date(x, t, &place, iso)) {
            add_place_date(x, t, place, iso, items[i].prov);
            since_marker = 0;
        } else if (place_dates_across(x, t, items[i].prov)) {
            since_marker = 0;
        } else if (since_marker <= BLOCK_REACH && labelled_day(x, t, iso)) {
            add_place_date(x, t, NULL, iso, items[i].prov);
            since_marker = 0;
        } else if (e_signed(x, &items[i])) {
            since_marker = BLOCK_REACH + 1; /* no block follows: the line is all of it */
        } else if (owner_signs(x, items, n, i, &owner)) {
            add_signatory(x, items[owner].text, NULL, items[owner].prov);
            since_marker = 0;
            i = owner;
        } else if (is_signing_line(t) || is_for_party(t) || is_owner_line(t) || places_and_dates(x, t) ||
                   signatory_header(t)) {
            since_marker = 0;
        } else if (since_marker <= BLOCK_REACH && i + 1 < n && split_pair(t, name_like, &n1, &n2) &&
                   split_pair(items[i + 1].text, role_like, &r1, &r2)) {
            /* two blocks side by side, read across by OCR: "Lena Wikström Mats Nordin" over their titles */
            add_signatory(x, n1, r1, items[i].prov);
            add_signatory(x, n2, r2, items[i].prov);
            i++;
        } else if (since_marker > BLOCK_REACH) {
            /* not in a block */
        } else if (name_and_title(t, &name, &title)) {
            char *full = wrapped_title(items, n, title, i, &i);
            add_signatory(x, name, full, items[i].prov);
            g_free(full);
        } else if (name_like(t) && i + 1 < n && !titles_first) {
            guint next = i + 1, last;
            while (next + 1 < n && bare_caption(items[next].text))
                next++; /* "Namnförtydligande" under the name, the title under it */
            char *full = wrapped_title(items, n, items[next].text, next, &last);
            if (title_like(x, full) && !signer_line(items[next].text)) {
                add_signatory(x, t, full, items[i].prov);
                i = last;
            }
            g_free(full);
        } else if (title_like(x, t) && !name_like(t) && i + 1 < n) {
            guint last;
            char *full = wrapped_title(items, n, t, i, &last);
            /* the title over the name: the name ends its block (a scan's name over a title OCR misread would take
             * the title over it, its own block's or another's), unless the blocks read so */
            if (last + 1 < n && name_like(items[last + 1].text) &&
                (titles_first || last + 2 >= n || marks_block(x, items, n, last + 2))) {
                add_signatory(x, items[last + 1].text, full, items[i].prov);
                i = last + 1;
            }
            g_free(full);
        }
        g_free(labels);
        g_free(place);
        g_free(name);
        g_free(title);
        g_free(n1);
        g_free(n2);
        g_free(r1);
        g_free(r2);
    }
    *since = since_marker;
}

/* Does a line of `parts` open a block or name its day ("För X", "Tumba 2024-11-04", "Ort: Tumba" over "Datum: …",
 * a line to sign on)? */
static bool holds_marker(xctx *x, char **parts)
{
    bool found = false;
    for (char **p = parts; *p && !found; p++) {
        char *labels = p[1] ? place_over_date(p[0], p[1]) : NULL;
        found = labels || is_for_party(*p) || signing_marker(x, *p);
        g_free(labels);
    }
    return found;
}

/* The length of the block's label that opens `s` ("Ort och datum Årjäng …", "Namnförtydligande: Anna Berg"), 0 when
 * none does. */
static size_t label_at(const char *s)
{
    for (size_t i = 0; i < G_N_ELEMENTS(block_labels); i++) {
        const char *end = folded_prefix_end(s, block_labels[i]);
        if (end && (*end == ' ' || *end == ':' || *end == '\0'))
            return (size_t)(end - s);
    }
    return 0;
}

/* Does a piece of a block run together start at `s`: a label, or "För" before a capital? */
static bool opens_block_piece(const char *s)
{
    return label_at(s) || (g_str_has_prefix(s, "För ") && g_unichar_isupper(g_utf8_get_char(s + strlen("För "))));
}

/* Words [from, to) of a NULL-terminated array, joined by spaces. */
static char *words_text(char **words, guint from, guint to)
{
    char *kept = words[to];
    words[to] = NULL;
    char *text = g_strjoinv(" ", words + from);
    words[to] = kept;
    return text;
}

/* Adds to `out` "För PARTY" (with `party`), the name words[name, name + len) and the title words[title, title_end);
 * true when the name reads as one and the words before [from, first) name the party, or none come before it. */
static bool add_block(GPtrArray *out, char **words, guint from, guint first, bool party, guint name, guint len,
                      guint title, guint title_end)
{
    char *who = words_text(words, name, name + len), *for_party = words_text(words, from, first);
    bool ok = name_like(who) && (party ? first > from && names_legal_person(for_party) : first == from);
    if (ok) {
        if (party)
            g_ptr_array_add(out, g_strconcat("För ", for_party, NULL));
        g_ptr_array_add(out, g_steal_pointer(&who));
        if (title < title_end)
            g_ptr_array_add(out, words_text(words, title, title_end));
    }
    g_free(who);
    g_free(for_party);
    return ok;
}

/* How often `name` stands as whole words in the document's lines. */
static guint times_named(xctx *x, const char *name)
{
    guint n = 0;
    for (guint i = 0; i < x->lines->len; i++) {
        const char *text = ((const xline *)g_ptr_array_index(x->lines, i))->text;
        for (const char *p = strstr(text, name); p; p = strstr(p + 1, name)) {
            const char *end = p + strlen(name);
            n += (p == text || !g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(p)))) &&
                 !g_unichar_isalnum(g_utf8_get_char(end));
        }
    }
    return n;
}

/* Does the party words[from, cut) end before words[cut], as the document names it elsewhere ("Norrby kommun" in its
 * parties' clause: "Per" of "För Norrby kommun Per Olof Holm" is the signer's), not run on ("Region Kronoberg")? */
static bool party_ends_at(xctx *x, char **words, guint from, guint cut)
{
    char *shorter = words_text(words, from, cut), *longer = words_text(words, from, cut + 1);
    bool ends = times_named(x, shorter) > times_named(x, longer);
    g_free(shorter);
    g_free(longer);
    return ends;
}

/* Adds to `out` the name and title that words[from..] hold: the name before the first word of a role ("Margareta Lund
 * Ordförande, vård- och omsorgsnämnden"), three words when the party the document names ends before them ("För
 * Norrby kommun Per Olof Holm"), else two; or the name after the role when the block ends in it ("Ordförande Stina
 * Åkesson"). With `party` (then `x` is the document), the words before name and title name the party the block signs
 * for ("För Årjängs kommun …"), added first; without, none come before them. False when the words do not read
 * so: the name is left unread rather than cut. */
static bool add_name_and_title(xctx *x, GPtrArray *out, char **words, guint from, bool party)
{
    guint role = from, n = g_strv_length(words);
    while (words[role] && !role_like(words[role]))
        role++;
    for (guint len = 3; len >= 2; len--) {
        bool fits = role >= from + len + party;
        bool whole = fits && (len == 2 || !party || party_ends_at(x, words, from, role - len));
        if (whole && add_block(out, words, from, role - len, party, role - len, len, role, n))
            return true;
        if (role < n && n >= role + 1 + len && !role_like(words[n - len]) &&
            add_block(out, words, from, role, party, n - len, len, role, n - len))
            return true;
    }
    return false;
}

/* Adds to `out` the name and title that `rest` holds, or `rest` as it is. */
static void add_rest(GPtrArray *out, const char *rest)
{
    char **words = g_strsplit(rest, " ", -1);
    if (*rest && !add_name_and_title(NULL, out, words, 0, false))
        g_ptr_array_add(out, g_strdup(rest));
    g_strfreev(words);
}

/* Adds to `out` the lines of one piece of a block run together, from one label or "För" to the next: "För PARTY" and
 * the name and title after it; a label and its value ("Ort och datum: Årjäng 2026-12-14"), a place and day ending at
 * the day, a name at its title; else the piece as it is. */
static void add_piece_lines(xctx *x, GPtrArray *out, const char *piece)
{
    char **words = g_strsplit(piece, " ", -1);
    bool party = g_str_has_prefix(piece, "För ") && add_name_and_title(x, out, words, 1, true);
    g_strfreev(words);
    if (party)
        return;
    size_t label = label_at(piece);
    const char *value = piece + label + strspn(piece + label, ": ");
    char *day = NULL, *place = NULL;
    char iso[32];
    xdate d;
    if (find_date(x, value, 0, &d) && (day = g_strndup(value, d.end)) && place_date(x, day, &place, iso)) {
        g_ptr_array_add(out, label ? g_strdup_printf("%.*s: %s", (int)label, piece, day) : g_strdup(day));
        add_rest(out, value + d.end + strspn(value + d.end, " "));
    } else if (label && *value) {
        GPtrArray *named = g_ptr_array_new_with_free_func(g_free);
        add_rest(named, value); /* "Namnförtydligande Anna Berg Ordförande": the name, then the title */
        if (named->len > 1) {
            g_ptr_array_extend_and_steal(out, named);
        } else {
            g_ptr_array_add(out, g_strdup(piece));
            g_ptr_array_unref(named);
        }
    } else {
        g_ptr_array_add(out, g_strdup(piece));
    }
    g_free(day);
    g_free(place);
}

/* "Ort och datum Årjäng 2026-12-14", "För Årjängs kommun Margareta Lund Ordförande, vård- och omsorgsnämnden": a text
 * export's field holding a signature block's lines run together, cut into its lines at its labels and "För PARTY"
 * (in any order), the name and title after them apart, a label's value after its colon; NULL when the field holds
 * no such block or reads as it is. */
static char **block_lines(xctx *x, const char *cell)
{
    enum { BLOCK_MAX_WORDS = 40 };
    if (word_count(cell) > BLOCK_MAX_WORDS)
        return NULL;
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    bool opened = opens_block_piece(cell);
    const char *from = cell;
    for (const char *p = strchr(cell, ' ');; p = strchr(p + 1, ' ')) {
        if (p && !opens_block_piece(p + 1))
            continue;
        char *piece = g_strndup(from, p ? (size_t)(p - from) : strlen(from));
        add_piece_lines(x, out, piece);
        g_free(piece);
        if (!p)
            break;
        opened = true;
        from = p + 1;
    }
    if (!opened || (out->len == 1 && strcmp(g_ptr_array_index(out, 0), cell) == 0)) {
        g_ptr_array_unref(out);
        return NULL;
    }
    g_ptr_array_set_free_func(out, NULL);
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

/* Cell c of row r as signature items: the cell, or each of its lines when it holds a block of three lines or more
 * (OCR's table finder put a party, place and date, name and title in one cell) or two of which one is a block's
 * marker ("För Ekby kommun" over "Ekby, 2 mars 2031"; not "Ekby den 2" over "mars 2031", one line wrapped), or the
 * lines of a block run together in the cell (block_lines); the lines are kept in `lines`. */
static void add_cell_items(xctx *x, GArray *items, const xrow *r, int c, GPtrArray *lines, const char *label)
{
    if (label) { /* "Ort | Orsa | Älvdalen": each block's cell reads as the labelled line "Ort: Orsa", in a block */
        char **labelled = g_new0(char *, 2);
        labelled[0] = g_strconcat(label, ": ", r->cells[c], NULL);
        g_ptr_array_add(lines, labelled);
        sig_item it = { sig_value(labelled[0]), &r->prov, false, 0 };
        g_array_append_val(items, it);
        return;
    }
    const char *block = r->cell_lines ? r->cell_lines[c] : NULL;
    char **parts = block ? g_strsplit(block, "\n", -1) : NULL;
    guint n = parts ? g_strv_length(parts) : 0;
    if (parts && n < BLOCK_CELL_LINES && (n < 2 || signing_marker(x, r->cells[c]) || !holds_marker(x, parts)))
        g_clear_pointer(&parts, g_strfreev);
    if (!parts)
        parts = block_lines(x, r->cells[c]);
    for (guint k = 0; parts ? parts[k] != NULL : k == 0; k++) {
        const char *text = parts ? parts[k] : r->cells[c];
        /* a lower-case line or cell goes on the one above it (a row of a column may hold a title's last word) */
        sig_item it = { item_text(text), &r->prov, g_unichar_islower(g_utf8_get_char(text)), BLOCK_REACH + 1 };
        if (*it.text)
            g_array_append_val(items, it);
    }
    if (parts)
        g_ptr_array_add(lines, parts);
}

/* Does the table's first column label its rows ("Ort", "Datum", "Underskrift", "Namnförtydligande", "Befattning")
 * with the blocks side by side in the columns right of it? */
static bool labels_rows(GPtrArray *table)
{
    int labels = 0, others = 0;
    for (guint i = 0; i < table->len; i++) {
        const xrow *r = g_ptr_array_index(table, i);
        const char *first = r->n_cells ? r->cells[0] : NULL;
        if (first && (folded_equal(first, "Ort") || folded_equal(first, "Datum") || !*sig_value(first)))
            labels++;
        else if (first)
            others++;
    }
    return labels >= 2 && others == 0;
}

/* Each column of one table, top to bottom, each column going on from its state in `since`. The columns are
 * gathered in one pass over the rows: a table with one wide row and many narrow ones costs its cells, not its
 * width times its height. */
static void read_table(xctx *x, GPtrArray *table, GArray *since)
{
    GPtrArray *columns = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    GPtrArray *lines = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
    bool labelled = labels_rows(table);
    for (guint i = 0; i < table->len; i++) {
        const xrow *r = g_ptr_array_index(table, i);
        for (int c = labelled; c < r->n_cells; c++) {
            if (!r->cells[c])
                continue;
            while (columns->len <= (guint)c)
                g_ptr_array_add(columns, g_array_new(FALSE, FALSE, sizeof(sig_item)));
            add_cell_items(x, g_ptr_array_index(columns, c), r, c, lines, labelled ? r->cells[0] : NULL);
        }
    }
    for (guint c = 0; c < columns->len; c++) {
        GArray *items = g_ptr_array_index(columns, c);
        if (since->len <= c)
            g_array_append_val(since, (guint){ BLOCK_REACH + 1 });
        read_items(x, (sig_item *)(void *)items->data, items->len, &g_array_index(since, guint, c));
    }
    g_ptr_array_unref(columns);
    g_ptr_array_unref(lines);
}

int column_named(const xrow *head, const char *const *names, size_t n)
{
    for (int c = 0; c < head->n_cells; c++)
        for (size_t k = 0; head->cells[c] && k < n; k++)
            if (folded_equal(head->cells[c], names[k]))
                return c;
    return -1;
}

/* Does row `head` open the log an e-signing service appends ("Namn | Befattning | För | Signerat"): who signed and
 * when? Its name and time columns, and its title column (-1: none). */
static bool signing_log_columns(const xrow *head, int *name, int *role, int *when)
{
    static const char *const names[] = { "Namn", "Namnförtydligande", "Undertecknare", "Undertecknad av",
                                         "Signerad av", "Signerat av", "Signatär" };
    static const char *const roles[] = { "Befattning", "Titel", "Roll", "Funktion" };
    static const char *const whens[] = { "Signerat", "Signerad", "Undertecknat", "Undertecknad", "Signeringsdatum",
                                         "Signeringstid", "Tidpunkt", "Datum för signering", "Datum för underskrift" };
    *name = column_named(head, names, G_N_ELEMENTS(names));
    *role = column_named(head, roles, G_N_ELEMENTS(roles));
    *when = column_named(head, whens, G_N_ELEMENTS(whens));
    return *name >= 0 && *when >= 0;
}

bool opens_signing_log(xctx *x, const xline *l)
{
    int name, role, when;
    const xrow *row = fields_of(x, l);
    return row && signing_log_columns(row, &name, &role, &when);
}

/* A signing log's rows: each a signatory with its title, and its day as the agreement's signature (the time of day
 * after it is the service's, no place). Whether `table` is one. */
static bool read_signing_log(xctx *x, GPtrArray *table)
{
    int name, role, when;
    if (!signing_log_columns(g_ptr_array_index(table, 0), &name, &role, &when))
        return false;
    for (guint i = 1; i < table->len; i++) {
        const xrow *r = g_ptr_array_index(table, i);
        const char *who = name < r->n_cells ? r->cells[name] : NULL, *day = when < r->n_cells ? r->cells[when] : NULL;
        xdate d;
        if (!who || !day || !find_date(x, day, 0, &d) || d.iso[0] == '-')
            continue;
        add_signatory(x, who, role >= 0 && role < r->n_cells ? r->cells[role] : NULL, &r->prov);
        char *date = g_strndup(day + d.start, d.end - d.start);
        add_place_date(x, date, NULL, d.iso, &r->prov);
        g_free(date);
    }
    return true;
}

static int n_columns(GPtrArray *table)
{
    int n = 0;
    for (guint i = 0; i < table->len; i++)
        n = MAX(n, ((const xrow *)g_ptr_array_index(table, i))->n_cells);
    return n;
}

/* How far above table `first` the nearest running line marking a block stands, counted as read_items counts items
 * past a marker (0: right above): "För X | För Y" over a table of names and titles, a page's lines read before its
 * tables. BLOCK_REACH + 1 when none is that near. */
static guint marker_above(xctx *x, const xrow *first)
{
    int filled = 0, names = 0, titles = 0;
    for (int c = 0; c < first->n_cells; c++) {
        filled += first->cells[c] != NULL;
        names += first->cells[c] && name_like(first->cells[c]);
        titles += first->cells[c] && role_like(first->cells[c]) && !name_like(first->cells[c]);
    }
    /* only names (or titles over them) side by side, as blocks read across put them */
    if (filled < 2 || (names < filled && titles < filled))
        return BLOCK_REACH + 1;
    guint n = lines_before(x, &first->prov);
    for (guint k = 1; k <= BLOCK_REACH && k <= n; k++) {
        const char *s = ((const xline *)g_ptr_array_index(x->lines, n - k))->text;
        if (is_for_party(s) || signing_marker(x, s) || places_and_dates(x, s))
            return k - 1;
    }
    return BLOCK_REACH + 1;
}

/* Is there no running line between row `above` and row `below` of the next table? A text export's rows are lines
 * too, their fields set apart by blank lines ("För X <tab> För Y", "Ort/datum <tab> Ort/datum", the names …), and
 * are no running text. */
static bool no_running_line_between(xctx *x, const xrow *above, const xrow *below)
{
    guint from = lines_before(x, &above->prov), to = lines_before(x, &below->prov);
    while (from < to && ((const xline *)g_ptr_array_index(x->lines, from))->fields)
        from++;
    return from >= to;
}

/* Where the running lines after a signature table start, and how far its blocks had got. */
typedef struct {
    guint line, since;
} table_end;

/* Puts the children of `node` from `from` on in reading order (page, then line; a stable sort, so that blocks
 * side by side on one line keep their columns' order). */
static void in_reading_order(at_rnode *node, guint from)
{
    GPtrArray *c = node ? node->children : NULL;
    for (guint i = from + 1; c && i < c->len; i++) {
        at_rnode *n = g_ptr_array_index(c, i);
        guint j = i;
        for (; j > from && prov_before(&n->prov, &((const at_rnode *)g_ptr_array_index(c, j - 1))->prov); j--)
            g_ptr_array_index(c, j) = g_ptr_array_index(c, j - 1);
        g_ptr_array_index(c, j) = n;
    }
}

/* Reads the rows of `group` (tables that continue one another) as one table, each column top to bottom, then puts
 * its signatories and signatures in reading order (rows of blocks: the first row's, then the next's), and notes
 * where its running lines after it start; `group` is left empty. */
static void read_group(xctx *x, GPtrArray *group, GArray *since, GArray *ends)
{
    if (!group->len)
        return;
    at_rnode *signatories = (at_rnode *)at_rnode_find(x->metadata, "signatories"), *agreement = last_agreement(x);
    guint signed_before = signatories->children->len, signatures_before = agreement ? agreement->children->len : 0;
    read_table(x, group, since);
    in_reading_order(signatories, signed_before);
    in_reading_order(agreement, signatures_before);
    table_end end = { lines_before(x, &((const xrow *)g_ptr_array_index(group, group->len - 1))->prov), BLOCK_REACH + 1 };
    for (guint c = 0; c < since->len; c++)
        end.since = MIN(end.since, g_array_index(since, guint, c));
    g_array_append_val(ends, end);
    g_ptr_array_set_size(group, 0);
}

/* The tables, a table that continues the one before (as many columns, no running line between: on a scan the lines
 * to sign on cut a table of blocks into several, an export sets its rows apart by blank lines) read with it as one,
 * so that a name in one and its title in the next are one block's. Returns where each table's running lines after
 * it start, for read_lines. */
static GArray *read_tables(xctx *x)
{
    GPtrArray *tables = view_tables(x), *group = g_ptr_array_new();
    GArray *since = g_array_new(FALSE, FALSE, sizeof(guint)), *ends = g_array_new(FALSE, FALSE, sizeof(table_end));
    for (guint t = 0; t < tables->len; t++) {
        GPtrArray *table = g_ptr_array_index(tables, t);
        const xrow *first = g_ptr_array_index(table, 0);
        const xrow *prev_last = group->len ? g_ptr_array_index(group, group->len - 1) : NULL;
        int name, role, when;
        bool log = signing_log_columns(first, &name, &role, &when);
        bool continues = prev_last && !log && n_columns(table) == n_columns(group) &&
                         first->prov.page == prev_last->prov.page && no_running_line_between(x, prev_last, first);
        if (!continues) {
            read_group(x, group, since, ends);
            g_array_set_size(since, 0);
            guint above = marker_above(x, first);
            for (int c = 0; above <= BLOCK_REACH && c < n_columns(table); c++)
                g_array_append_val(since, above);
        }
        if (log) {
            read_signing_log(x, table);
            g_array_set_size(since, 0);
            continue;
        }
        for (guint r = 0; r < table->len; r++)
            g_ptr_array_add(group, g_ptr_array_index(table, r));
    }
    read_group(x, group, since, ends);
    g_ptr_array_unref(group);
    g_array_unref(since);
    g_ptr_array_unref(tables);
    return ends;
}

/* "Ort och datum: Tibro 2027-01-18 Ort och datum: Skövde 2027-01-25": two blocks' labelled lines side by side, read
 * across as one, each a place and day; where the second label starts, or NULL. */
static const char *second_label(xctx *x, const char *s)
{
    const char *value = sig_value(s);
    size_t label = strcspn(s, ":") + 1;
    if (value == s || s + label > value)
        return NULL;
    char *again = g_strndup(s, label);
    const char *at = strstr(value, again);
    g_free(again);
    if (!at || at == value || at[-1] != ' ')
        return NULL;
    char *first = g_strndup(value, (size_t)(at - 1 - value)), *place = NULL, *second_place = NULL;
    char iso[32];
    bool both = place_date(x, first, &place, iso) && place_date(x, sig_value(at), &second_place, iso);
    g_free(first);
    g_free(place);
    g_free(second_place);
    return both ? at : NULL;
}

/* Running lines outside tables (a tab-separated line's fields were read as a table); the lines right after a
 * table of blocks go on from it ("Skellefteå 2026-06-15 | Skellefteå kommun" over the names as lines). */
static void read_lines(xctx *x, GArray *table_ends)
{
    GArray *items = g_array_new(FALSE, FALSE, sizeof(sig_item));
    GPtrArray *halves = g_ptr_array_new_with_free_func(g_free); /* the first halves of lines read across */
    guint e = 0, after_table = BLOCK_REACH + 1; /* carried over skipped lines: an export's table is field lines */
    for (guint i = 0; i < x->lines->len; i++) {
        const xline *l = g_ptr_array_index(x->lines, i);
        for (; e < table_ends->len && g_array_index(table_ends, table_end, e).line <= i; e++)
            after_table = MIN(after_table, g_array_index(table_ends, table_end, e).since);
        const char *again = l->fields ? NULL : second_label(x, l->text), *text = l->text;
        if (again)
            g_ptr_array_add(halves, (char *)(text = g_strndup(l->text, (size_t)(again - 1 - l->text))));
        sig_item it = { item_text(text), &l->prov, !l->para_start && g_unichar_islower(g_utf8_get_char(text)),
                        after_table };
        if (l->fields || !*it.text)
            continue;
        g_array_append_val(items, it);
        if (again) {
            sig_item next = { sig_value(again), &l->prov, false, after_table };
            g_array_append_val(items, next);
        }
        after_table = BLOCK_REACH + 1;
    }
    guint since = BLOCK_REACH + 1;
    read_items(x, (sig_item *)(void *)items->data, items->len, &since);
    g_array_free(items, TRUE);
    g_ptr_array_unref(halves);
}

/* Is `s` set out for signing: a line to sign on, "För X", a caption or label asking for a signature, place or day,
 * an e-signing? A place and day alone is not: a memo's head dates it so ("Filipstad 9 november 2026"). */
static bool set_out_for_signing(const char *s)
{
    return asks_for_signing(s) || is_for_party(s) || signatory_header(s) || e_signing_rest(s);
}

/* "För Storumans kommun" over the names closing a letter (a yttrande, a remissvar): the sender answering for it, one
 * party, signing nothing; an agreement gives a "För" line to each of its parties. */
static bool letter_for_sender(xctx *x)
{
    guint parties = 0;
    for (guint i = 0; i < x->lines->len; i++)
        parties += is_for_party(((const xline *)g_ptr_array_index(x->lines, i))->text);
    return parties == 1 && letter_document(x);
}

bool row_of_blocks(const xrow *r)
{
    int filled = 0;
    for (int c = 0; c < r->n_cells; c++) {
        if (r->cells[c] && *r->cells[c] && !set_out_for_signing(r->cells[c]))
            return false;
        filled += r->cells[c] && *r->cells[c];
    }
    return filled >= 2;
}

bool row_set_out_for_signing(const xrow *r)
{
    int name, role, when;
    bool found = signing_log_columns(r, &name, &role, &when);
    for (int c = 0; c < r->n_cells && !found; c++)
        found = r->cells[c] && set_out_for_signing(r->cells[c]);
    return found;
}

/* "Norrby den 14 mars 2032" over "Norrby kommun Norrby hembygdsförening" over the names: a day of signing right over
 * the parties the blocks under it sign for (on a scan the line to sign on is no text). A memo's head dates it over
 * its handläggare, its number or whom it is to ("Till kommunstyrelsen"), and no party stands over its sign-off. */
static bool dated_parties_over(xctx *x, const at_rnode *signatory)
{
    guint i = lines_before(x, &at_rnode_find(signatory, "name")->prov);
    const char *party = i >= 2 ? line_at(x, i - 1)->text : NULL;
    return party && !folded_starts(party, "till ") && names_legal_person(party) &&
           signing_marker(x, line_at(x, i - 2)->text);
}

/* Does the document sign anything: an agreement (its clauses or its title say so), blocks under a day of signing
 * and their parties, or blocks set out for signing in its lines or its tables (an export's too)? A memo or a decision
 * closes with a sign-off instead: the chef and the handläggare (its author) by name and title, which read like a
 * block's signers and sign nothing. */
static bool signs_something(xctx *x)
{
    const char *title = at_rnode_find(x->metadata, "title")->text;
    bool found = x->agreements->children->len || (title && names_agreement_kind(title));
    const GPtrArray *signatories = at_rnode_find(x->metadata, "signatories")->children;
    for (guint i = 0; i < signatories->len && !found; i++)
        found = dated_parties_over(x, g_ptr_array_index(signatories, i));
    bool for_sender = !found && letter_for_sender(x);
    for (guint i = 0; i < x->lines->len && !found; i++) {
        const char *s = ((const xline *)g_ptr_array_index(x->lines, i))->text;
        found = set_out_for_signing(s) && !(for_sender && is_for_party(s));
    }
    for (guint i = 0; i < x->rows->len && !found; i++)
        found = row_set_out_for_signing(g_ptr_array_index(x->rows, i));
    for (guint i = 0; i < x->text_rows->len && !found; i++)
        found = row_set_out_for_signing(g_ptr_array_index(x->text_rows, i));
    return found;
}

void extract_signature_blocks(xctx *x)
{
    GArray *table_ends = read_tables(x);
    read_lines(x, table_ends);
    g_array_unref(table_ends);
    if (!signs_something(x))
        g_ptr_array_set_size(((at_rnode *)at_rnode_find(x->metadata, "signatories"))->children, 0);
}
