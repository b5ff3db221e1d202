/* Action plans that list their activities instead of tabling them: "1. Title" over "Ansvar: X", "Tid: Y",
 * "Kostnad: Z" lines. The list is the table in another layout, so it becomes rows of one and the table reader
 * does the rest (responsible bodies, costs, times, goal codes).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "extract/extract_private.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { MIN_ITEMS = 2, MIN_LABELS = 2, MAX_LABELS = 8, TITLE_LINES = 8 /* the head lines that may title the document */ };

/* One item: its title and, per label of the list's header, its value (NULL when the item has none). */
typedef struct {
    GString *title;
    GString *values[MAX_LABELS];
    GString *last; /* the text a wrapped line runs on */
    at_provenance prov;
} list_item;

/* "3. Ny skötselplan för vägkanter": the item's number, or 0; `*title` its text. */
static int item_number(const char *s, const char **title)
{
    char *end;
    long n = strtol(s, &end, 10);
    if (end == s || n < 1 || n > 99 || !strchr(".)", *end) || end[1] != ' ')
        return 0;
    *title = end + 2;
    return g_unichar_isupper(g_utf8_get_char(*title)) ? (int)n : 0;
}

/* The column of field label `label` in `labels` (added when new), or -1 when it names no field. */
static int label_column(const char *label, GPtrArray *labels)
{
    int column = -1;
    for (guint i = 0; i < labels->len && column < 0; i++)
        if (folded_equal(label, g_ptr_array_index(labels, i)))
            column = (int)i;
    if (column < 0 && labels->len < MAX_LABELS && (names_plan_field(label) || names_goal_field(label))) {
        g_ptr_array_add(labels, g_strdup(label));
        column = (int)labels->len - 1;
    }
    return column;
}

/* "Ansvar: Gatuenheten": the label's column in `labels` (added when new), `*value` the text after it; -1 when
 * the line is no field label's. */
static int field_label(const char *s, GPtrArray *labels, const char **value)
{
    const char *colon = strstr(s, ": ");
    if (!colon || colon == s || colon - s > 24)
        return -1;
    char *label = g_strndup(s, (gsize)(colon - s));
    int column = label_column(label, labels);
    g_free(label);
    *value = colon + 2;
    return column;
}

/* Does line `s` label a field ("Ansvar: X") the list has or would take; `*column` its column, -1 when new. */
static bool labels_field(const char *s, GPtrArray *labels, int *column)
{
    const char *colon = strstr(s, ": ");
    if (!colon || colon == s || colon - s > 24) /* ": X" labels nothing */
        return false;
    char *label = g_strndup(s, (gsize)(colon - s));
    *column = -1;
    for (guint k = 0; k < labels->len && *column < 0; k++)
        if (folded_equal(label, g_ptr_array_index(labels, k)))
            *column = (int)k;
    bool field = *column >= 0 || names_plan_field(label) || names_goal_field(label);
    g_free(label);
    return field;
}

enum { MAX_TITLE_LINES = 3 };

/* Does line `l` run on a card's title wrapped above it ("Nya skyltar och kartor längs" over "vandringslederna i
 * naturreservatet"): in the same paragraph, starting in lower case, no field's label. */
static bool wraps_title(const xline *l, GPtrArray *labels)
{
    int column;
    return !l->used && !l->para_start && g_unichar_islower(g_utf8_get_char(l->text)) &&
           !labels_field(l->text, labels, &column);
}

/* "Cykelleder längs älven" right over "Ansvar: X", or over the lines it wraps to: an unnumbered card's title (a
 * heading each card of a plan's grid prints over its fields). It opens a new card when the current one has the field
 * below it already; a line over a field the current card lacks runs on that card's last value. */
static bool titles_card(xctx *x, guint i, const list_item *cur, GPtrArray *labels)
{
    int column, own;
    const xline *l = line_at(x, i), *below = line_at(x, i + 1);
    if (!below || labels_field(l->text, labels, &own))
        return false;
    for (guint wrapped = 1; wrapped < MAX_TITLE_LINES && below && wraps_title(below, labels); wrapped++)
        below = line_at(x, i + 1 + wrapped);
    if (!below || below->used || !labels_field(below->text, labels, &column))
        return false;
    return !cur || (column >= 0 && cur->values[column]);
}

static void item_free(gpointer p)
{
    list_item *it = p;
    if (it->title)
        g_string_free(it->title, TRUE);
    for (int k = 0; k < MAX_LABELS; k++)
        if (it->values[k])
            g_string_free(it->values[k], TRUE);
    g_free(it);
}

/* "1 ArtDatabanken, Rödlistade arter 2020.": a footnote a page break set between two items. */
static bool footnote(const char *s)
{
    size_t digits = strspn(s, "0123456789");
    return digits && digits <= 2 && s[digits] == ' ' && g_unichar_isupper(g_utf8_get_char(s + digits + 1));
}

/* Reads the list whose first item is line `first` into `items`, its lines' indices into `taken`; returns the line
 * after it. A line that is neither an item nor a label runs on the text above it unless it starts a paragraph; a
 * footnote between items is no part of the list, and any other line ends it. */
static guint read_list(xctx *x, guint first, GPtrArray *items, GPtrArray *labels, GArray *taken)
{
    const char *title;
    int expect = 0;
    bool numbered = item_number(line_at(x, first)->text, &title) != 0;
    guint i = first, end = first;
    for (; i < x->lines->len; i++) {
        xline *l = line_at(x, i);
        const char *value;
        int n = item_number(l->text, &title), k;
        list_item *cur = items->len ? g_ptr_array_index(items, items->len - 1) : NULL;
        if (!numbered) { /* a numbered line in a list of cards is text */
            n = titles_card(x, i, cur, labels) ? expect + 1 : 0;
            title = l->text;
        }
        if (n && (n == expect + 1 || !cur)) {
            cur = g_new0(list_item, 1);
            cur->title = g_string_new(title);
            cur->last = cur->title;
            cur->prov = l->prov;
            g_ptr_array_add(items, cur);
            expect = n;
        } else if (cur && (k = field_label(l->text, labels, &value)) >= 0 && !cur->values[k]) {
            cur->values[k] = g_string_new(value);
            cur->last = cur->values[k];
        } else if (cur && !l->para_start && !n && i == end) {
            g_string_append_printf(cur->last, " %s", l->text);
        } else if (footnote(l->text)) {
            continue;
        } else {
            break; /* a heading or a paragraph: the list has ended */
        }
        cur->prov.last_line = l->prov.last_line;
        g_array_append_val(taken, i);
        end = i + 1;
    }
    return end;
}

/* How many labels of `labels` item `it` has. */
static int n_values(const list_item *it, guint n_labels)
{
    int n = 0;
    for (guint k = 0; k < n_labels; k++)
        n += it->values[k] != NULL;
    return n;
}

static xrow *new_row(int n_cells, const at_provenance *prov)
{
    xrow *r = g_new0(xrow, 1);
    r->n_cells = n_cells;
    r->cells = g_new0(char *, (gsize)n_cells);
    r->prov = *prov;
    r->prov.alto_first = g_strdup(prov->alto_first);
    r->prov.alto_last = g_strdup(prov->alto_last);
    return r;
}

/* The list as a table: a header ("Aktivitet" and the labels), then a row per item. */
static GPtrArray *list_rows(GPtrArray *items, GPtrArray *labels)
{
    GPtrArray *rows = g_ptr_array_new();
    int n_cells = (int)labels->len + 1;
    xrow *header = new_row(n_cells, &((list_item *)g_ptr_array_index(items, 0))->prov);
    header->cells[0] = g_strdup("Aktivitet");
    for (guint k = 0; k < labels->len; k++)
        header->cells[k + 1] = g_strdup(g_ptr_array_index(labels, k));
    g_ptr_array_add(rows, header);
    for (guint i = 0; i < items->len; i++) {
        const list_item *it = g_ptr_array_index(items, i);
        xrow *r = new_row(n_cells, &it->prov);
        r->row = (int)i + 1;
        r->cells[0] = g_strdup(it->title->str);
        for (guint k = 0; k < labels->len; k++)
            r->cells[k + 1] = it->values[k] ? g_strdup(it->values[k]->str) : NULL;
        g_ptr_array_add(rows, r);
    }
    return rows;
}

/* Where rows read from lines go among the document's rows: before the first row that does not stand before them. */
static guint rows_place(xctx *x, GPtrArray *rows)
{
    const xrow *first = g_ptr_array_index(rows, 0);
    guint at = 0;
    while (at < x->rows->len && prov_before(&((const xrow *)g_ptr_array_index(x->rows, at))->prov, &first->prov))
        at++;
    return at;
}

/* Puts `rows` into the document's rows at `at`, and numbers the tables again in order. */
static void insert_rows(xctx *x, GPtrArray *rows, guint at)
{
    for (guint i = 0; i < rows->len; i++) {
        ((xrow *)g_ptr_array_index(rows, i))->table = -1; /* a number no table has: the list is a table of its own */
        g_ptr_array_insert(x->rows, (gint)(at + i), g_ptr_array_index(rows, i));
    }
    int table = -1, last = INT_MIN;
    for (guint i = 0; i < x->rows->len; i++) {
        xrow *r = g_ptr_array_index(x->rows, i);
        if (r->table != last) /* the list's rows are numbered -1, which no other table is */
            table++;
        last = r->table;
        r->table = table;
    }
}

/* Do the items state goals: one of their labels a goal's ("1. Friska sjöar" over "Mål:" and "Delmål:", "1. X" over
 * "Effektmål:" and "Ansvar:") with a goal's words after it, not a code linking an activity to one ("Delmål: a"), or a
 * measure's ("Målvärde: 0 procent")? Items given a time ("Tid: Våren 2027") are activities, their measure
 * ("Indikator: Antal vandringar") the activity's own. What a title says ("ska") decides nothing: activities are worded
 * so too. */
static bool states_goals(GPtrArray *items, GPtrArray *labels)
{
    bool timed = false;
    for (guint k = 0; k < labels->len && !timed; k++)
        timed = names_time_field(g_ptr_array_index(labels, k));
    for (guint k = 0; k < labels->len; k++) {
        bool measure = names_measure(g_ptr_array_index(labels, k));
        if (!names_goal_field(g_ptr_array_index(labels, k)) || (measure && timed))
            continue;
        for (guint i = 0; i < items->len; i++) {
            const GString *value = ((const list_item *)g_ptr_array_index(items, i))->values[k];
            if (value && (measure || word_count(value->str) >= 3))
                return true;
        }
    }
    return false;
}

/* Does a label of `labels` name who is responsible ("Ansvar"): unnumbered cards need one, lest a block of other
 * labelled lines under a heading ("Datum:", "Kostnad:") read as activities. */
static bool names_someone(GPtrArray *labels)
{
    bool someone = false;
    for (guint k = 0; k < labels->len && !someone; k++)
        someone = names_responsible_field(g_ptr_array_index(labels, k));
    return someone;
}

/* "18.00–18.05", "kl. 9:30": a clock time, an hour of one or two digits, a point or colon, two digits. */
static bool clock_time(const char *s)
{
    for (const char *p = s; *p; p++) {
        size_t hour = strspn(p, "0123456789");
        if (hour >= 1 && hour <= 2 && (p == s || !g_ascii_isdigit(p[-1])) && p[hour] && strchr(".:", p[hour]) &&
            strspn(p + hour + 1, "0123456789") == 2)
            return true;
    }
    return false;
}

/* Does every item time itself by a clock time ("Tid: 18.00–18.05") or a date ("Datum: 2028-04-03"): the items of an
 * agenda or the decisions of a delegation report, not activities, which a plan gives a period or a deadline. */
static bool timed_as_events(GPtrArray *items, GPtrArray *labels)
{
    bool events = false;
    for (guint k = 0; k < labels->len && !events; k++) {
        const char *label = g_ptr_array_index(labels, k);
        if (!names_time_field(label))
            continue;
        events = true;
        for (guint i = 0; i < items->len && events; i++) {
            const GString *value = ((const list_item *)g_ptr_array_index(items, i))->values[k];
            events = value && (folded_equal(label, "datum") || clock_time(value->str));
        }
    }
    return events;
}

void list_items_to_rows(xctx *x)
{
    for (guint i = 0; i < x->lines->len; i++) {
        const char *title;
        GPtrArray *items = g_ptr_array_new_with_free_func(item_free), *labels = g_ptr_array_new_with_free_func(g_free);
        bool numbered = item_number(line_at(x, i)->text, &title) == 1;
        if (line_at(x, i)->used || (!numbered && !titles_card(x, i, NULL, labels))) {
            g_ptr_array_free(items, TRUE);
            g_ptr_array_free(labels, TRUE);
            continue;
        }
        GArray *taken = g_array_new(FALSE, FALSE, sizeof(guint));
        guint end = read_list(x, i, items, labels, taken);
        bool fielded = items->len >= MIN_ITEMS;
        for (guint k = 0; k < items->len && fielded; k++)
            fielded = n_values(g_ptr_array_index(items, k), labels->len) >= MIN_LABELS;
        fielded = fielded && !states_goals(items, labels) && (numbered || (names_someone(labels) && !timed_as_events(items, labels)));
        if (fielded) {
            GPtrArray *rows = list_rows(items, labels);
            insert_rows(x, rows, rows_place(x, rows));
            g_ptr_array_free(rows, TRUE);
            for (guint k = 0; k < taken->len; k++)
                line_at(x, g_array_index(taken, guint, k))->used = true;
            i = end - 1;
        }
        g_array_free(taken, TRUE);
        g_ptr_array_free(items, TRUE);
        g_ptr_array_free(labels, TRUE);
    }
}

/* ---- activities as bullets under a lead-in ---- */

/* "2028", "våren 2028", "2028–2029": a time of a few words naming a year, no reference ("bilaga 2028") or clause. */
static bool reads_as_time(xctx *x, const char *s)
{
    return word_count(s) <= 4 && !strpbrk(s, "§():") && pat_match(x, PAT_YEAR, s, 0) && !folded_contains(s, "bilaga");
}

/* Item `s`'s tail naming who does it and when, "(Tekniska förvaltningen, våren 2028)" or " – Parkenheten, 2029" at
 * its end: its title before the tail into `it`, the tail's parts as its values 0 and 1. False when the tail is none,
 * or its parts do not read as a body or role and a time (an abbreviation "(NKI)", a reference "(se bilaga 2)"). */
static bool bullet_tail(xctx *x, const char *s, list_item *it)
{
    char *item = g_strstrip(g_strdup(s));
    size_t n = strlen(item);
    while (n && strchr(".;", item[n - 1]))
        item[--n] = '\0';
    char *open = n && item[n - 1] == ')' ? g_strrstr(item, " (") : NULL, *tail = NULL;
    if (open) {
        item[n - 1] = '\0';
        tail = open + strlen(" (");
    } else if ((open = g_strrstr(item, " – ")) || (open = g_strrstr(item, " - "))) {
        tail = open + (open[1] == '-' ? strlen(" - ") : strlen(" – "));
    }
    char *comma = tail ? g_strrstr(tail, ", ") : NULL;
    bool read = false;
    if (comma && open > item) {
        *open = *comma = '\0';
        read = names_responsible_body(tail) && reads_as_time(x, comma + 2);
    }
    if (read) {
        it->title = g_string_new(item);
        it->values[0] = g_string_new(tail);
        it->values[1] = g_string_new(comma + 2);
    }
    g_free(item);
    return read;
}

/* Reads the bullets right under lead-in line `lead` into `items` (a wrapped item's next line runs on it), their
 * lines' indices into `taken`; false when an item has no tail naming who and when, or there are fewer than two. */
static bool read_bullets(xctx *x, guint lead, GPtrArray *items, GArray *taken)
{
    GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
    GArray *firsts = g_array_new(FALSE, FALSE, sizeof(guint));
    for (guint i = lead + 1; i < x->lines->len && !line_at(x, i)->used; i++) {
        bool bullet;
        const char *text = strip_bullet(x, line_at(x, i)->text, &bullet);
        if (bullet) {
            g_ptr_array_add(texts, g_strdup(text));
            g_array_append_val(firsts, i);
        } else if (texts->len && !line_at(x, i)->para_start) {
            char **last = (char **)&g_ptr_array_index(texts, texts->len - 1);
            char *joined = g_strdup_printf("%s %s", *last, text);
            g_free(*last);
            *last = joined;
        } else {
            break;
        }
        g_array_append_val(taken, i);
    }
    bool read = texts->len >= MIN_ITEMS;
    for (guint k = 0; k < texts->len && read; k++) {
        list_item *it = g_new0(list_item, 1);
        g_ptr_array_add(items, it);
        it->prov = line_at(x, g_array_index(firsts, guint, k))->prov;
        guint last = k + 1 < firsts->len ? g_array_index(firsts, guint, k + 1) - 1 /* the line over the next item */
                                         : g_array_index(taken, guint, taken->len - 1);
        it->prov.last_line = line_at(x, last)->prov.last_line;
        read = bullet_tail(x, g_ptr_array_index(texts, k), it);
    }
    g_ptr_array_free(texts, TRUE);
    g_array_free(firsts, TRUE);
    return read;
}

/* Does the document table its activities already (a row heading an activity's title, who or when)? */
static bool tables_activities(const xctx *x)
{
    bool tabled = false;
    for (guint i = 0; i < x->rows->len && !tabled; i++)
        tabled = plan_header_row(g_ptr_array_index(x->rows, i));
    return tabled;
}

/* Does a line of the head ("Handlingsplan för trygghet 2028", "Plan för friluftslivet", "Åtgärdsplan") title the
 * document a plan? A memo or a letter is none, whatever plan it tells of: its bullets are what it reports. */
static bool titled_plan(xctx *x)
{
    bool plan = false;
    for (guint i = 0; i < x->lines->len && i < TITLE_LINES && !plan; i++) {
        const char *s = line_at(x, i)->text;
        if (word_count(s) > 14 || strchr(".:;,", last_char(s)))
            continue;
        char *f = folded_copy(s);
        char **words = g_strsplit_set(f, " -/", -1);
        for (char **w = words; *w && !plan; w++)
            plan = g_str_has_suffix(*w, "plan") || g_str_has_suffix(*w, "planen");
        g_strfreev(words);
        g_free(f);
    }
    return plan && !letter_document(x);
}

void bullet_items_to_rows(xctx *x)
{
    if (tables_activities(x) || !titled_plan(x))
        return;
    for (guint i = 0; i < x->lines->len; i++) {
        const char *lead = line_at(x, i)->text;
        if (line_at(x, i)->used || !actions_lead(lead) || tells_work_done(lead))
            continue;
        GPtrArray *items = g_ptr_array_new_with_free_func(item_free), *labels = g_ptr_array_new_with_free_func(g_free);
        GArray *taken = g_array_new(FALSE, FALSE, sizeof(guint));
        g_ptr_array_add(labels, g_strdup("Ansvarig"));
        g_ptr_array_add(labels, g_strdup("Tid"));
        if (read_bullets(x, i, items, taken)) {
            GPtrArray *rows = list_rows(items, labels);
            insert_rows(x, rows, rows_place(x, rows));
            g_ptr_array_free(rows, TRUE);
            for (guint k = 0; k < taken->len; k++)
                line_at(x, g_array_index(taken, guint, k))->used = true;
        }
        g_array_free(taken, TRUE);
        g_ptr_array_free(items, TRUE);
        g_ptr_array_free(labels, TRUE);
    }
}

/* "Aktivitet 3", "Åtgärd 3: Vindskydd vid Storsjön" alone in its row: the head of an activity's card; `*title` the
 * title the head gives, NULL when it gives none. */
static bool heads_card(const xrow *r, const char **title)
{
    const char *head = r->n_cells ? r->cells[0] : NULL, *space = head ? strchr(head, ' ') : NULL;
    size_t digits = space ? strspn(space + 1, "0123456789") : 0;
    if (!digits)
        return false;
    const char *after = space + 1 + digits;
    *title = g_str_has_prefix(after, ": ") ? after + 2 : g_str_has_prefix(after, " – ") ? after + 5 : NULL;
    if (*after && strcmp(after, ":") && (!*title || !**title))
        return false;
    for (int c = 1; c < r->n_cells; c++)
        if (r->cells[c])
            return false;
    char *word = g_strndup(head, (gsize)(space - head));
    bool is_title = names_title_field(word);
    g_free(word);
    return is_title;
}

static list_item *open_card(GPtrArray *items, const char *title, const at_provenance *prov)
{
    list_item *it = g_new0(list_item, 1);
    it->title = title ? g_string_new(title) : NULL;
    it->prov = *prov;
    g_ptr_array_add(items, it);
    return it;
}

/* A card its head opened untitled and no title's field named ("Aktivitet 1" over "Beskrivning | X"): its first
 * field, when it describes the activity, is its title. False when the card stays untitled. */
static bool title_card(list_item *cur, int first_field, GPtrArray *labels)
{
    if (!cur || cur->title)
        return true;
    if (first_field < 0 || !names_description_field(g_ptr_array_index(labels, first_field)))
        return false;
    cur->title = cur->values[first_field];
    cur->values[first_field] = NULL;
    return true;
}

/* The cards of table rows [first, end) into `items`: a card opens at its head ("Aktivitet 2", "Aktivitet 2: X") or
 * at its title's row ("Aktivitet | X") and takes the rows of labels under it ("Ansvar | Y"). False when a row is no
 * card's (a cell right of the value, a label naming no field or named twice in a card) or a card has no title. */
static bool read_cards(xctx *x, guint first, guint end, GPtrArray *items, GPtrArray *labels)
{
    list_item *cur = NULL;
    int first_field = -1; /* the column of the current card's first field */
    for (guint i = first; i < end; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        const char *title;
        if (heads_card(r, &title)) {
            if (!title_card(cur, first_field, labels))
                return false;
            cur = open_card(items, title, &r->prov);
            first_field = -1;
            continue;
        }
        /* a field of the card OCR found empty (it drops a lone dash) says nothing; the card goes on */
        if (cur && r->read_by_ocr && r->n_cells >= 2 && r->cells[0] && !r->cells[1] && label_column(r->cells[0], labels) >= 0)
            continue;
        if (r->n_cells < 2 || !r->cells[0] || !r->cells[1])
            return false;
        for (int c = 2; c < r->n_cells; c++)
            if (r->cells[c])
                return false;
        if (names_title_field(r->cells[0])) {
            if (cur && !cur->title) { /* the title of the card its head opened */
                cur->title = g_string_new(r->cells[1]);
            } else {
                if (!title_card(cur, first_field, labels))
                    return false;
                cur = open_card(items, r->cells[1], &r->prov);
                first_field = -1;
            }
            cur->prov.last_line = r->prov.last_line;
            continue;
        }
        int k = label_column(r->cells[0], labels);
        if (!cur || k < 0 || cur->values[k])
            return false;
        cur->values[k] = g_string_new(r->cells[1]);
        cur->prov.last_line = r->prov.last_line;
        if (first_field < 0)
            first_field = k;
    }
    return title_card(cur, first_field, labels) && items->len >= MIN_ITEMS;
}

/* The end of the rows of the table that row `i` starts. */
static guint table_end(const xctx *x, guint i)
{
    int table = ((const xrow *)g_ptr_array_index(x->rows, i))->table;
    guint end = i + 1;
    while (end < x->rows->len && ((const xrow *)g_ptr_array_index(x->rows, end))->table == table)
        end++;
    return end;
}

/* The document's rows [from, to) replaced by `rows` (taken over); the index after them. */
static guint replace_rows(xctx *x, guint from, guint to, GPtrArray *rows)
{
    g_ptr_array_remove_range(x->rows, from, to - from);
    insert_rows(x, rows, from);
    guint after = from + rows->len;
    g_ptr_array_free(rows, TRUE);
    return after;
}

void card_tables_to_rows(xctx *x)
{
    for (guint i = 0, end; i < x->rows->len; i = end) {
        end = table_end(x, i);
        /* cards printed apart, a table each (their frames found one by one on a page), are one run of cards */
        const char *title;
        while (end < x->rows->len && heads_card(g_ptr_array_index(x->rows, i), &title) &&
               heads_card(g_ptr_array_index(x->rows, end), &title))
            end = table_end(x, end);
        GPtrArray *items = g_ptr_array_new_with_free_func(item_free), *labels = g_ptr_array_new_with_free_func(g_free);
        bool cards = read_cards(x, i, end, items, labels);
        for (guint k = 0; k < items->len && cards; k++)
            cards = n_values(g_ptr_array_index(items, k), labels->len) >= MIN_LABELS;
        if (cards) /* in place of the cards' tables: a card's head carried over a page break reads as a plan's */
            end = replace_rows(x, i, end, list_rows(items, labels));
        g_ptr_array_free(items, TRUE);
        g_ptr_array_free(labels, TRUE);
    }
}

/* ---- activities laid out one per column ---- */

enum { MAX_ACROSS = 12 }; /* activities one table's columns hold */

/* "1a", "2.3", "B", "M2": a short code over an activity's column, one word of at most six characters. */
static bool column_code(const char *s)
{
    return !strchr(s, ' ') && strlen(s) <= 6 && g_unichar_isalnum(g_utf8_get_char(s));
}

/* "Mål 1 | 1a | 1b | 1c", " | 1 | 2 | 3": a head over activities laid out one per column, a code over each filled
 * column, its first cell empty or a goal's ("Mål 1"), never another field's label. */
static bool heads_columns(const xrow *r)
{
    const char *first = r->cells[0];
    if (r->n_cells < 3 || (first && (names_title_field(first) || (names_plan_field(first) && !names_goal_field(first)))))
        return false;
    int codes = 0;
    for (int c = 1; c < r->n_cells; c++) {
        if (r->cells[c] && !column_code(r->cells[c]))
            return false;
        codes += r->cells[c] != NULL;
    }
    return codes >= 1;
}

/* "2027", "Q3", "Kv2", "VT", "HT28": a year, or a part of one, over an activity's column says when it is done, not
 * which goal it serves. */
static bool period_code(xctx *x, const char *code)
{
    static const char *const parts[] = { "kv", "q", "vt", "ht" }; /* quarters, terms */
    if (pat_match(x, PAT_YEAR, code, 0))
        return true;
    for (size_t k = 0; k < G_N_ELEMENTS(parts); k++) {
        size_t n = strlen(parts[k]);
        if (g_ascii_strncasecmp(code, parts[k], n) == 0 && strspn(code + n, "0123456789") == strlen(code + n))
            return true;
    }
    return false;
}

/* The goal the head `head` gives column c's activity: the goal its first cell states ("Delmål 2: X") or codes ("Mål
 * 1": the code, which the goals' list states), else the number a column's code starts with ("1a", "1.2" serve goal
 * 1) unless it is a year; NULL for none. */
static char *head_goal(xctx *x, const xrow *head, int c)
{
    const char *first = head ? head->cells[0] : NULL, *code = head && c < head->n_cells ? head->cells[c] : NULL;
    const char *space = first ? strchr(first, ' ') : NULL;
    if (space && word_count(first) == 2 && names_goal_field(first) && column_code(space + 1))
        return g_strdup(space + 1);
    if (space && names_goal_field(first))
        return g_strdup(first);
    size_t digits = code ? strspn(code, "0123456789") : 0;
    if (!digits || period_code(x, code) || (code[digits] && code[digits] != '.' && !g_ascii_isalpha(code[digits])))
        return NULL;
    return g_strndup(code, digits);
}

/* Runs `more`, a cell's text wrapped onto a row of its own, on `value`: a dash breaking a span ("7–" over "9")
 * joins without a space. */
static void run_on(GString *value, const char *more)
{
    bool span = value->len && (g_str_has_suffix(value->str, "–") || g_str_has_suffix(value->str, "-")) &&
                g_ascii_isdigit(more[0]);
    g_string_append_printf(value, span ? "%s" : " %s", more);
}

/* One table of activities laid out one per column being read: its head and each column's activity. */
typedef struct {
    const xrow *head;
    list_item *across[MAX_ACROSS];
    int label; /* the label of the row above: its column in the labels, -1 the title, -2 none yet */
} across_table;

/* Sets item `it`'s field `label` to `value` unless a row of its own gave it one. */
static void give_field(list_item *it, const char *label, const char *value, GPtrArray *labels)
{
    int k = value ? label_column(label, labels) : -1;
    if (k >= 0 && !it->values[k])
        it->values[k] = g_string_new(value);
}

/* The goal head `head` gives item `it` in column c: a goal it states, or a bare code ("1") only when the document
 * states a goal by that code; otherwise the goals stay as the prose gives them. */
static char *column_goal(xctx *x, const xrow *head, int c, const list_item *it)
{
    char *goal = head_goal(x, head, c);
    if (goal && !strchr(goal, ' ') && !goal_code_stated(x, goal, &it->prov)) {
        g_free(goal);
        return NULL;
    }
    return goal;
}

/* Closes table `t`: its activities, each titled, go to `items` in column order, each given the goal its head names
 * and the year or period it sets over the column, unless a row of its own named one. False (the activities freed)
 * when one has no title. */
static bool close_across(xctx *x, across_table *t, GPtrArray *items, GPtrArray *labels)
{
    bool titled = true;
    for (int c = 0; c < MAX_ACROSS; c++)
        titled &= !t->across[c] || t->across[c]->title;
    const char *when = "Tid"; /* the table's own label for when, if it has one ("När") */
    for (guint k = 0; k < labels->len; k++)
        when = names_time_field(g_ptr_array_index(labels, k)) ? g_ptr_array_index(labels, k) : when;
    for (int c = 0; c < MAX_ACROSS; c++) {
        list_item *it = t->across[c];
        const char *code = t->head && c + 1 < t->head->n_cells ? t->head->cells[c + 1] : NULL;
        if (it && titled) {
            char *goal = column_goal(x, t->head, c + 1, it);
            give_field(it, "Mål", goal, labels);
            give_field(it, when, code && period_code(x, code) ? code : NULL, labels);
            g_free(goal);
            g_ptr_array_add(items, it);
        } else if (it)
            item_free(it);
    }
    *t = (across_table){ .label = -2 };
    return titled;
}

/* Adds row `r`'s cells under label `k` (-1 the title) to the table's activities, a row with no label running on the
 * row above. False when the row names a label its activities have already. */
static bool add_across(across_table *t, const xrow *r, int k)
{
    for (int c = 1; c < r->n_cells; c++) {
        if (!r->cells[c])
            continue;
        list_item **it = &t->across[c - 1];
        if (!*it) {
            *it = g_new0(list_item, 1);
            (*it)->prov = r->prov;
        }
        GString **value = k < 0 ? &(*it)->title : &(*it)->values[k];
        if (*value && r->cells[0])
            return false;
        if (*value)
            run_on(*value, r->cells[c]);
        else
            *value = g_string_new(r->cells[c]);
        (*it)->prov.last_line = r->prov.last_line;
    }
    return true;
}

/* The label of row `r` in table `t`: its column in `labels`, -1 the title's, the label above for a row with no label
 * (a cell wrapped onto a row of its own), -2 when its first cell labels no field or no row is above. */
static int row_label(const xrow *r, const across_table *t, GPtrArray *labels)
{
    if (!r->cells[0])
        return t->label;
    if (names_title_field(r->cells[0]))
        return -1;
    int k = label_column(r->cells[0], labels);
    return k >= 0 ? k : -2;
}

/* Reads rows [first, end), tables of activities laid out one per column, into `items`: an optional head (codes over
 * the columns) over rows whose first cell labels a field ("Aktivitet | X | Y", "Ansvar | A | B"); a row with no label
 * runs on the row above (a cell wrapped over a page break). False when a row is none of these, a column's activity
 * has no title or fewer than two fields, or no row holds two activities (a card). */
static bool read_across(xctx *x, guint first, guint end, GPtrArray *items, GPtrArray *labels)
{
    across_table t = { .label = -2 };
    bool read = true, wide = false;
    for (guint i = first; i < end && read; i++) {
        const xrow *r = g_ptr_array_index(x->rows, i);
        if (heads_columns(r)) {
            read = close_across(x, &t, items, labels);
            t.head = r;
            continue;
        }
        int k = row_label(r, &t, labels);
        read = k > -2 && r->n_cells - 1 <= MAX_ACROSS;
        int values = 0;
        for (int c = 1; c < r->n_cells; c++)
            values += r->cells[c] != NULL;
        wide |= read && r->cells[0] && values >= 2;
        read = read && add_across(&t, r, k);
        t.label = k;
    }
    read = close_across(x, &t, items, labels) && read && wide && items->len >= MIN_ITEMS;
    for (guint k = 0; k < items->len && read; k++) /* a header row alone ("Åtgärd | Ansvarig | Klart") holds none */
        read = n_values(g_ptr_array_index(items, k), labels->len) >= MIN_LABELS;
    return read;
}

/* " | 2027 | 2028": a head with a year over each filled column. */
static bool heads_years(xctx *x, const xrow *r)
{
    bool years = heads_columns(r);
    for (int c = 1; c < r->n_cells && years; c++)
        years = !r->cells[c] || (strlen(r->cells[c]) == 4 && pat_match(x, PAT_YEAR, r->cells[c], 0));
    return years;
}

/* Does row `r`, a table's first, go on a table of activities laid out one per column above it: a head, a field's
 * label or a row of the cells wrapped over a page break? */
static bool runs_across(const xrow *r)
{
    const char *label = r->cells[0];
    return heads_columns(r) || !label || names_title_field(label) || names_plan_field(label) || names_goal_field(label);
}

void across_tables_to_rows(xctx *x)
{
    for (guint i = 0, end; i < x->rows->len; i = end) {
        end = table_end(x, i);
        /* a table over a page break, or a table per goal, may be found as several: read them as one run first */
        guint run = end;
        while (run < x->rows->len && runs_across(g_ptr_array_index(x->rows, run)))
            run = table_end(x, run);
        GPtrArray *items = g_ptr_array_new_with_free_func(item_free), *labels = g_ptr_array_new_with_free_func(g_free);
        bool across = read_across(x, i, run, items, labels);
        if (!across && run > end) {
            g_ptr_array_set_size(items, 0);
            g_ptr_array_set_size(labels, 0);
            across = read_across(x, i, run = end, items, labels);
        }
        if (across) {
            /* a table with the years across is also a budget by year (extract_budget_tables): it stays, the
             * activities follow it */
            guint at = heads_years(x, g_ptr_array_index(x->rows, i)) ? run : i;
            end = replace_rows(x, at, run, list_rows(items, labels));
        }
        g_ptr_array_free(items, TRUE);
        g_ptr_array_free(labels, TRUE);
    }
}
