/* Budgets outside income/cost lists: tables with the years across, and amounts set aside in sentences;
 * and the meetings a text names by date.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "extract/extract_private.h"

#include <limits.h>
#include <string.h>

/* "2025": a cell that is a year and nothing else. */
static int cell_year(const char *s)
{
    if (!s || strlen(s) != 4 || !(g_str_has_prefix(s, "19") || g_str_has_prefix(s, "20")))
        return 0;
    for (const char *p = s; *p; p++)
        if (!g_ascii_isdigit(*p))
            return 0;
    return atoi(s);
}

/* A header row with the years across: its first cell names the rows, the others are years (two or more); a
 * first cell that is a year too names none ("2027 | 2028 | 2029" over a row of amounts). */
static bool year_header(const xrow *r)
{
    int years = 0;
    for (int c = r->n_cells && cell_year(r->cells[0]) ? 0 : 1; c < r->n_cells; c++) {
        if (!r->cells[c])
            continue;
        if (!cell_year(r->cells[c]))
            return false;
        years++;
    }
    return years >= 2;
}

/* "Kostnad (tkr)", "Belopp, mnkr": the unit of a table's bare numbers. */
static long long table_scale(const char *header)
{
    if (!header)
        return 1;
    if (folded_contains(header, "tkr") || folded_contains(header, "tusental") || folded_contains(header, "tusen kr"))
        return 1000;
    if (folded_contains(header, "mnkr") || folded_contains(header, "mkr") || folded_contains(header, "miljoner"))
        return 1000000;
    return 1;
}

/* "Belopp i tusen kronor", "Beloppen anges i tkr", "… fördelad per år (mnkr):": the unit a line names for a
 * table's numbers, or 1; a unit in brackets only where it closes the line, as a lead-in's. */
static long long stated_unit(const char *s)
{
    const char *open = strrchr(s, '(');
    const char *close = open ? strchr(open, ')') : NULL;
    long long scale = 1;
    if (close && close - open <= 12 && (!strcmp(close, ")") || !strcmp(close, "):")))
        scale = table_scale(open);
    for (const char *p = s; scale == 1 && (p = strstr(p, "elopp")) != NULL; p++) {
        const char *unit = p + strlen("elopp");
        if (g_str_has_prefix(unit, "en"))
            unit += strlen("en");
        if (g_str_has_prefix(unit, " anges"))
            unit += strlen(" anges");
        if (g_str_has_prefix(unit, " i "))
            scale = table_scale(unit + strlen(" i "));
    }
    return scale;
}

/* The unit a table's lead-in names for its bare numbers: the paragraph just before the table says
 * "(belopp i tusen kronor)". A unit elsewhere in the paragraph is an amount's. */
static long long lead_in_scale(xctx *x, const xrow *first)
{
    guint lo = lines_before(x, &first->prov);
    long long scale = 1;
    for (guint i = lo; scale == 1 && i-- > 0;) {
        const xline *l = g_ptr_array_index(x->lines, i);
        if (l->fields)
            continue;
        scale = stated_unit(l->text);
        if (l->para_start)
            break;
    }
    return scale;
}

/* A header's own unit, or else the lead-in's. */
static long long column_scale(const char *header, long long lead_in)
{
    long long scale = table_scale(header);
    return scale != 1 ? scale : lead_in;
}

/* The one year a header names among its words ("Belopp 2026"), or 0. */
static int header_year(xctx *x, const char *s)
{
    int year = 0;
    for (size_t from = 0; s && pat_match(x, PAT_YEAR, s, from);) {
        size_t a, b;
        pat_span(x, 1, &a, &b);
        from = b;
        if (year)
            return 0;
        year = atoi(s + a);
    }
    return year;
}

/* "2,1" in a table of millions is 2 100 000: a bare decimal number scaled exactly (up to as many decimals as
 * the unit has zeros). */
static bool scaled_decimal(const char *cell, long long scale, long long *amount)
{
    long long whole = 0, frac = 0, unit = scale;
    const char *p = cell;
    for (; g_ascii_isdigit(*p) || (*p == ' ' && g_ascii_isdigit(p[1])); p++)
        if (*p != ' ' && whole < LLONG_MAX / 100 / scale)
            whole = whole * 10 + (*p - '0');
    if (p == cell || *p != ',' || !g_ascii_isdigit(p[1]))
        return false;
    for (p++; g_ascii_isdigit(*p) && unit % 10 == 0; p++) {
        unit /= 10;
        frac += (*p - '0') * unit;
    }
    if (*p || whole >= LLONG_MAX / 100 / scale)
        return false;
    *amount = whole * scale + frac;
    return true;
}

/* The first amount in `cell` (its span in *a, *b); a bare number ("300", not "300 kr") counts in `scale`. */
static bool amount_in_unit(xctx *x, const char *cell, long long scale, long long *amount, size_t *a, size_t *b)
{
    if (!cell || !find_amount(x, cell, false, amount, a, b))
        return false;
    if (g_ascii_isdigit(cell[*b - 1])) { /* a bare number is in the table's unit */
        if (*amount > LLONG_MAX / scale || *amount < LLONG_MIN / scale)
            return false;
        *amount *= scale;
    }
    return true;
}

/* A cell that is one amount and nothing else ("1 800 000", "0", "850 000 kr"); "–" and text are none. */
static bool cell_amount(xctx *x, const char *cell, long long scale, long long *amount)
{
    size_t a, b;
    if (cell && scale > 1 && scaled_decimal(cell, scale, amount))
        return true;
    return amount_in_unit(x, cell, scale, amount, &a, &b) && a == 0 && b == strlen(cell);
}

/* Is the number at [a, b) of `cell` all the cell says, but for "ca" before it and "per år" after ("ca 300 per
 * år"; not "Se bilaga 3", "1 tjänst", "2027: 150, 2028: 200")? */
static bool only_number(const char *cell, size_t a, size_t b)
{
    static const char *const before[] = { "", "ca ", "ca. ", "cirka " }, *const after[] = { "", " per år", "/år" };
    bool lead = false, tail = false;
    for (size_t i = 0; i < G_N_ELEMENTS(before) && !lead; i++)
        lead = strlen(before[i]) == a && g_ascii_strncasecmp(cell, before[i], a) == 0;
    for (size_t i = 0; i < G_N_ELEMENTS(after) && !tail; i++)
        tail = strcmp(cell + b, after[i]) == 0;
    return lead && tail;
}

/* "kr 60 000", "SEK 60 000": the currency written before the amount, as in a price list or an offer. A currency
 * that closes a number of its own ("800 kr 1 juli", "5 000 kr 4 gånger") opens none. */
static bool currency_before(const char *s, size_t start)
{
    static const char *const units[] = { "kr ", "SEK " };
    for (size_t i = 0; i < G_N_ELEMENTS(units); i++) {
        size_t n = strlen(units[i]);
        if (start >= n && strncmp(s + start - n, units[i], n) == 0 &&
            (start == n || (s[start - n - 1] == ' ' && (start == n + 1 || !g_ascii_isdigit(s[start - n - 2])))))
            return true;
    }
    return false;
}

/* The amount a cell under `header` names: "300" under "Kostnad (tkr)" is 300 000, "1,5" under "Belopp, mnkr"
 * 1 500 000, "ca 300 per år" 300 000 a year; "300 kr" and "kr 300" as written; a number among words ("Se bilaga 3")
 * none. */
bool column_amount(xctx *x, const char *cell, const char *header, long long *amount)
{
    long long scale = table_scale(header);
    size_t a, b;
    if (scale > 1 && scaled_decimal(cell, scale, amount))
        return true;
    if (!find_amount(x, cell, false, amount, &a, &b))
        return false;
    char *span = g_strndup(cell + a, b - a);
    bool own_unit = (!g_ascii_isdigit(cell[b - 1]) && (strstr(span, "kr") || strstr(span, "miljon"))) || /* not "50 %" */
                    currency_before(cell, a);
    g_free(span);
    return own_unit || (only_number(cell, a, b) && amount_in_unit(x, cell, scale, amount, &a, &b));
}

bool is_total_label(const char *s)
{
    static const char *const sums[] = { "summa", "totalt", "total", "sammanlagt" };
    if (!s)
        return false;
    /* the first word whole: "Totalrenovering av skolan" is an activity */
    char *first = folded_copy(s);
    first[strcspn(first, " :,")] = '\0';
    bool sum = false;
    for (size_t i = 0; i < G_N_ELEMENTS(sums) && !sum; i++)
        sum = g_ascii_strcasecmp(first, sums[i]) == 0;
    g_free(first);
    return sum;
}

/* A table row whose first filled cell is such a label ("| Summa | | 8 250"). */
static bool total_row(const xrow *r)
{
    int c = 0;
    while (c < r->n_cells && !r->cells[c])
        c++;
    return c < r->n_cells && is_total_label(r->cells[c]) && word_count(r->cells[c]) <= 3;
}

/* A budget of `year` (0: none) with one section of `type` ("cost", "income") placed at row `r`; returns the
 * section. */
static at_rnode *new_budget_section(xctx *x, int year, const char *type, const xrow *r, at_rnode **budget_out)
{
    at_rnode *budget = *budget_out = rn_add(x->budgets, "budget");
    if (year)
        rn_attr_set(budget, "year", "%d", year);
    rn_set_prov(budget, &r->prov);
    at_rnode *section = rn_add(budget, "section");
    rn_attr_set(section, "type", "%s", type);
    rn_set_prov(section, &r->prov);
    return section;
}

/* A line (or the total) of `amount` read from `cell` of row `r`, labelled `label`: a sum row ("Summa | 1 600") is
 * the schema's total, checked against the lines above it. */
static void add_budget_line(at_rnode *budget, at_rnode *section, long long amount, const char *cell, const char *label,
                            const xrow *r)
{
    bool total = is_total_label(label);
    at_rnode *line = rn_add(section, total ? "total" : "line");
    rn_attr_set(line, "amount", "%lld", amount);
    rn_attr_set(line, "original", "%s", cell);
    rn_set_prov(line, &r->prov);
    if (!total && label)
        rn_add_text(line, "label", label, &r->prov);
    rn_extend_prov(section, &r->prov);
    rn_extend_prov(budget, &r->prov);
}

/* One budget per year column, each a section of lines labelled by the rows' first cells (a row's label may name
 * its unit: "Kostnad, tkr"). */
static void budget_table(xctx *x, GPtrArray *table, guint header)
{
    const xrow *h = g_ptr_array_index(table, header);
    long long scale = column_scale(h->cells[0], lead_in_scale(x, g_ptr_array_index(table, 0)));
    const char *type = h->cells[0] && folded_contains(h->cells[0], "intakt") ? "income" : "cost";
    int first = cell_year(h->cells[0]) ? 0 : 1; /* 0: no column names the rows */
    for (int c = first; c < h->n_cells; c++) {
        if (!h->cells[c])
            continue;
        at_rnode *budget = NULL, *section = NULL;
        long long sum = 0;
        int n_lines = 0;
        for (guint i = header + 1; i < table->len; i++) {
            const xrow *r = g_ptr_array_index(table, i);
            long long amount;
            if (year_header(r))
                break;
            const char *label = first ? r->cells[0] : NULL;
            if (c >= r->n_cells || (first && !label) ||
                !cell_amount(x, r->cells[c], column_scale(label, scale), &amount))
                continue;
            if (!section)
                section = new_budget_section(x, cell_year(h->cells[c]), type, h, &budget);
            add_budget_line(budget, section, amount, r->cells[c], label, r);
            if (is_total_label(label)) {
                close_budget_section(x, section, sum, n_lines);
                break; /* the schema's total closes its section */
            }
            sum += amount;
            n_lines++;
        }
    }
}

/* How many rows below the header start with a year and nothing else ("År | Investering | Drift" over
 * "2025 | 3 200 000 | 0"): a table with the years down its first column when two or more do. */
static guint years_down(GPtrArray *table)
{
    guint years = 0;
    for (guint i = 1; i < table->len; i++) {
        const xrow *r = g_ptr_array_index(table, i);
        years += r->n_cells > 1 && r->cells[0] && cell_year(r->cells[0]);
    }
    const xrow *h = g_ptr_array_index(table, 0);
    return h->n_cells > 1 && !(h->cells[0] && cell_year(h->cells[0])) ? years : 0;
}

/* Does a column header count or classify rather than price ("Antal", "Andel", "Avgiftsklass",
 * "Kostnadsställe", "Bidragsberättigade medlemmar")? */
static bool count_header(const char *s)
{
    static const char *const words[] = { "antal", "andel", "procent", "%", "klass", "stalle", "nummer", "medlem",
                                         "invanare", "berattigade" };
    for (size_t i = 0; s && i < G_N_ELEMENTS(words); i++)
        if (folded_contains(s, words[i]))
            return true;
    return false;
}

/* The sum row under a years-down table ("Summa | 650 000"): each column's stated total, in a budget without a year,
 * checked against that column's lines above (`sums`, `counts`). */
static void years_down_totals(xctx *x, const xrow *r, const xrow *h, long long lead_in, const long long *sums,
                              const int *counts)
{
    at_rnode *budget = NULL;
    for (int c = 1; c < r->n_cells && c < h->n_cells; c++) {
        long long amount;
        if (!h->cells[c] || count_header(h->cells[c]) ||
            !cell_amount(x, r->cells[c], column_scale(h->cells[c], lead_in), &amount))
            continue;
        at_rnode *section = budget ? rn_add(budget, "section") : new_budget_section(x, 0, "cost", r, &budget);
        rn_attr_set(section, "type", "cost");
        rn_set_prov(section, &r->prov);
        add_budget_line(budget, section, amount, r->cells[c], r->cells[0], r);
        close_budget_section(x, section, sums[c], counts[c]);
    }
}

/* One budget per year row, its lines labelled by the header's column names; the sum row under them is the total. */
static void budget_years_down(xctx *x, GPtrArray *table)
{
    const xrow *h = g_ptr_array_index(table, 0);
    long long lead_in = lead_in_scale(x, h);
    long long *sums = g_new0(long long, (gsize)h->n_cells);
    int *counts = g_new0(int, (gsize)h->n_cells);
    for (guint i = 1; i < table->len; i++) {
        const xrow *r = g_ptr_array_index(table, i);
        int year = r->cells[0] ? cell_year(r->cells[0]) : 0;
        if (!year && total_row(r) && r->cells[0])
            years_down_totals(x, r, h, lead_in, sums, counts);
        at_rnode *budget = NULL, *section = NULL;
        for (int c = 1; year && c < r->n_cells && c < h->n_cells; c++) {
            long long amount;
            if (!h->cells[c] || count_header(h->cells[c]) ||
                !cell_amount(x, r->cells[c], column_scale(h->cells[c], lead_in), &amount))
                continue;
            if (!section)
                section = new_budget_section(x, year, "cost", r, &budget);
            add_budget_line(budget, section, amount, r->cells[c], h->cells[c], r);
            sums[c] += amount;
            counts[c]++;
        }
    }
    g_free(sums);
    g_free(counts);
}

/* Does a column header name an amount of money ("Avgift per år (kr)", "Ersättning, tkr", "Belopp")? */
static bool money_header(const char *s)
{
    static const char *const words[] = { "(kr)", "kronor", "tkr", "mnkr", "belopp", "avgift", "ersattning",
                                         "kostnad", "bidrag" };
    for (size_t i = 0; s && i < G_N_ELEMENTS(words) && !count_header(s); i++)
        if (folded_contains(s, words[i]))
            return true;
    return false;
}

/* Did a row of the table become an activity (an action plan's table, whose costs are the activities')? */
static bool holds_activities(const xctx *x, GPtrArray *table)
{
    for (guint i = 0; i < x->activities->children->len; i++) {
        const at_provenance *a = &((const at_rnode *)g_ptr_array_index(x->activities->children, i))->prov;
        for (guint k = 0; k < table->len; k++) {
            const at_provenance *r = &((const xrow *)g_ptr_array_index(table, k))->prov;
            if (a->page == r->page && a->first_line <= r->last_line && r->first_line <= a->last_line)
                return true;
        }
    }
    return false;
}

static int burdened_year(xctx *x);

/* A table of items and their amounts with no year ("Kommun | Ersättning per år (kr)", one party a row):
 * one budget without a year (or of the one year the text says the sums burden), a line per row and money column. An
 * action plan's table is none. */
static void budget_amount_list(xctx *x, GPtrArray *table)
{
    const xrow *h = g_ptr_array_index(table, 0);
    if (plan_header_row(h))
        return;
    at_rnode *budget = NULL, *section = NULL;
    long long lead_in = lead_in_scale(x, h);
    int section_year = 0;
    for (int c = 1; c < h->n_cells; c++) {
        if (!money_header(h->cells[c]))
            continue;
        int year = header_year(x, h->cells[c]); /* "Belopp 2026" */
        year = year ? year : burdened_year(x);
        for (guint i = 1; i < table->len; i++) {
            const xrow *r = g_ptr_array_index(table, i);
            long long amount;
            if (c >= r->n_cells || !r->cells[0] || !cell_amount(x, r->cells[c], column_scale(h->cells[c], lead_in), &amount))
                continue;
            if (!section || year != section_year)
                section = new_budget_section(x, section_year = year, "cost", h, &budget);
            add_budget_line(budget, section, amount, r->cells[c], r->cells[0], r);
        }
    }
}

/* An action plan's totals row ("Summa | | 8 250" under "Kostnad, tkr"): what the activities cost together, a
 * budget line without a year. */
static void activity_table_total(xctx *x, GPtrArray *table)
{
    const xrow *h = g_ptr_array_index(table, 0);
    long long lead_in = lead_in_scale(x, h);
    for (guint i = 1; i < table->len; i++) {
        const xrow *r = g_ptr_array_index(table, i);
        for (int c = 1; c < r->n_cells && c < h->n_cells && total_row(r); c++) {
            long long amount;
            if (!money_header(h->cells[c]) || !cell_amount(x, r->cells[c], column_scale(h->cells[c], lead_in), &amount))
                continue;
            at_rnode *budget, *section = new_budget_section(x, 0, "cost", r, &budget);
            at_rnode *line = rn_add(section, "line");
            rn_attr_set(line, "amount", "%lld", amount);
            rn_attr_set(line, "original", "%s", r->cells[c]);
            rn_set_prov(line, &r->prov);
            rn_add_text(line, "label", h->cells[c], &r->prov);
            return;
        }
    }
}

void extract_budget_tables(xctx *x)
{
    GPtrArray *tables = view_tables(x);
    for (guint t = 0; t < tables->len; t++) {
        GPtrArray *table = g_ptr_array_index(tables, t);
        bool across = false;
        for (guint i = 0; i < table->len; i++)
            if (year_header(g_ptr_array_index(table, i))) {
                budget_table(x, table, i);
                across = true;
            }
        if (!across && holds_activities(x, table))
            activity_table_total(x, table);
        if (across || holds_activities(x, table))
            continue;
        if (years_down(table) >= 2)
            budget_years_down(x, table);
        else
            budget_amount_list(x, table);
    }
    g_ptr_array_unref(tables);
}

static int sentence_year(xctx *x, const char *s);

/* Is the folded word `word` among the words of `folded`? */
static bool folded_has_word(const char *folded, const char *word)
{
    size_t len = strlen(word);
    for (const char *at = folded; (at = strstr(at, word)); at++)
        if ((at == folded || !g_ascii_isalpha(at[-1])) && !g_ascii_isalpha(at[len]))
            return true;
    return false;
}

/* In sentence `t`, the clause after a present "belasta"/"belastar"/"belastas" that names a result or a budget and
 * is not denied ("belastar inte 2029 års budget", "ska ej belasta"); caller frees; NULL when none. The past
 * ("belastade resultatet för 2027") tells what was, and "belastar hyresgästerna från 2031" burdens no account. */
static char *burden_clause(const char *t)
{
    const char *verb = strstr(t, "belasta");
    if (!verb || (verb > t && g_ascii_isalpha(verb[-1])))
        return NULL;
    size_t stem = strlen("belasta"), tail = verb[stem] == 'r' || verb[stem] == 's' ? 1 : 0;
    if (g_ascii_isalpha(verb[stem + tail]))
        return NULL;
    const char *from = verb;
    while (from > t && from[-1] != ',' && from[-1] != ';')
        from--;
    size_t len = strcspn(verb, ",;");
    char *whole = g_strndup(from, (size_t)(verb - from) + len), *folded = folded_copy(whole);
    char *clause = g_strndup(verb, len), *object = folded_copy(clause);
    bool burdens = (strstr(object, "resultat") || strstr(object, "budget")) && !folded_has_word(folded, "inte") &&
                   !folded_has_word(folded, "ej");
    g_free(whole);
    g_free(folded);
    g_free(object);
    if (!burdens)
        g_clear_pointer(&clause, g_free);
    return clause;
}

/* "Avskrivningen belastar resultatet för 2028", "Kostnaden ska belasta 2027 års budget": the one year whose result
 * or budget the text says its sums burden, named in the clause after the verb; 0 when none, or sentences disagree. */
static int burdened_year(xctx *x)
{
    GPtrArray *sentences = prose_sentences(x);
    int year = 0;
    bool agree = true;
    for (guint i = 0; i < sentences->len && agree; i++) {
        char *clause = burden_clause(((const xsentence *)g_ptr_array_index(sentences, i))->text);
        int y = clause ? sentence_year(x, clause) : 0;
        agree = !y || !year || y == year;
        year = y ? y : year;
        g_free(clause);
    }
    g_ptr_array_unref(sentences);
    return agree ? year : 0;
}

bool money_at(xctx *x, const char *s, size_t from, long long *amount, size_t *start, size_t *end)
{
    while (find_amount(x, s + from, false, amount, start, end)) {
        *start += from;
        *end += from;
        /* the match ends in its unit when it has one; "miljoner" needs its "kronor" after it */
        const char *unit = s + *end;
        while (unit > s + *start && g_ascii_isalpha(unit[-1]))
            unit--;
        bool has_unit = unit < s + *end || s[*end - 1] == '-' || currency_before(s, *start);
        bool milj = folded_starts(unit, "milj");
        if (has_unit && (!milj || folded_starts(s + *end, " kr") || folded_starts(s + *end, " kronor")))
            return true;
        from = *end > from ? *end : from + 1;
    }
    return false;
}

/* Is byte `at` of `s` inside a date ("per den 31 mars 2023")? */
static bool in_date(xctx *x, const char *s, size_t at)
{
    xdate d;
    for (size_t from = 0; find_date(x, s + from, 0, &d); from += d.end)
        if (from + d.start <= at && at < from + d.end)
            return true;
    return false;
}

/* The one year a sentence names apart from its amounts and dates ("faktureras 2025", "i 2024 års
 * prisnivå"), else 0. */
static int sentence_year(xctx *x, const char *s)
{
    int year = 0;
    for (size_t from = 0; pat_match(x, PAT_YEAR, s, from);) {
        size_t a, b;
        pat_span(x, 1, &a, &b);
        from = b;
        if (in_date(x, s, a))
            continue;
        int y = atoi(s + a);
        if (year && y != year)
            return 0;
        year = y;
    }
    return year;
}

/* After "5 miljoner", the currency word the amount's match left ("kronor under 2026" -> "under 2026"). */
static const char *past_currency(const char *p)
{
    return g_str_has_prefix(p, "kronor ") || g_str_has_prefix(p, "kr ") ? strchr(p, ' ') + 1 : p;
}

/* "För 2031 finns dessutom 2 miljoner kronor för …", "Finns det 2 mnkr för …": money there is for a purpose, set
 * aside without a budget word. The sum is what "finns", at most two words after it ("det", "dessutom"): in "finns det
 * hushåll som lägger 3 000 kronor för el" others spend it. What is left ("finns … kvar") is a balance. */
static bool money_for_purpose(xctx *x, const char *s)
{
    if (strstr(s, " kvar"))
        return false;
    for (const char *p = s; (p = strstr(p, "inns ")) != NULL; p++) {
        const char *word = p - 1; /* the f of "finns", "Finns" */
        if (p == s || g_ascii_tolower(*word) != 'f' || (word > s && word[-1] != ' '))
            continue;
        long long amount;
        size_t a, b;
        size_t after_verb = (size_t)(p - s) + strlen("inns ");
        if (!money_at(x, s, after_verb, &amount, &a, &b))
            return false;
        char *between = g_strndup(s + after_verb, a - after_verb);
        bool its_own = word_count(between) <= 2;
        g_free(between);
        const char *after = s + b;
        while (*after == ' ')
            after++;
        if (its_own && g_str_has_prefix(past_currency(after), "för "))
            return true;
    }
    return false;
}

/* "Intäkterna … beräknas till 2,4 mnkr per år": a sentence that counts on an income. One that tells what an income
 * was or how it changed ("Intäkterna uppgick 2027 till …", "… 0,4 mnkr lägre", "Intäkterna minskade med …") is an
 * outcome, not a budget. */
static bool income_sentence(const char *s)
{
    static const char *const outcomes[] = { "uppgick", "minskade", "minskat", "okade", "okat", "sjonk", "lagre",
                                            "hogre" };
    if (!folded_contains(s, "intakt"))
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(outcomes); i++)
        if (folded_contains(s, outcomes[i]))
            return false;
    return true;
}

/* "Förbundets ram för året är 14 200 000 kronor", "Nämndens ram är …", "Årets ram": the word "ram" as the frame of
 * what an organisation or a year may spend, owned (a genitive before it) or of a year ("ram för året", "ram för
 * 2028"). "inom en ram om 38 miljoner kronor" is a procurement's cap repeating its cost, "inom ramen för projektet"
 * a scope, "Inom ram" a column's mark that no money is added ("program" holds the letters). */
static bool frame_sentence(const char *s)
{
    char **words = g_strsplit_set(s, " ,.", -1);
    bool frame = false;
    for (char **w = words; *w && !frame; w++) {
        if (strcmp(*w, "ram") != 0)
            continue;
        bool owned = w > words && strlen(w[-1]) > 3 && g_str_has_suffix(w[-1], "s");
        bool yearly = w[1] && strcmp(w[1], "för") == 0 && w[2] &&
                      (strcmp(w[2], "året") == 0 || (strlen(w[2]) == 4 && strspn(w[2], "0123456789") == 4));
        frame = owned || yearly;
    }
    g_strfreev(words);
    return frame;
}

/* Does the sentence set aside, charge or budget money, or count on an income (not a balance, a forecast or what was
 * spent, nor what is refused)? */
/* "Planen omfattar sammanlagt 5,2 miljoner kronor", "Åtgärderna omfattar totalt …": the sum a plan or its actions
 * come to, the plan (or its actions) the subject of "omfattar". */
static bool plan_comprises(const char *s)
{
    static const char *const subjects[] = { "planen", "programmet", "atgarderna", "insatserna" };
    char *folded = folded_copy(s);
    size_t first = strcspn(folded, " "); /* the subject is the sentence's first word, the verb its second */
    bool hit = false;
    for (size_t i = 0; g_str_has_prefix(folded + first, " omfattar ") && i < G_N_ELEMENTS(subjects) && !hit; i++) {
        size_t n = strlen(subjects[i]);
        hit = first >= n && strncmp(folded + first - n, subjects[i], n) == 0;
    }
    g_free(folded);
    return hit;
}

static bool budget_sentence(xctx *x, const char *s)
{
    static const char *const words[] = { "avsatt", "avsatts", "avsatter", "budget", "anslag", "kostnad",
                                         "ersattning", "ersatter", "avgift", "bidrag", "bidrar", "betala", "faktur", "kosta",
                                         "finansier", "investering", "medel", "medlen", "hyra", "tillkommer", "tillfors",
                                         "satsas", "anvisa", "koper in", "kops in", "inkop",
                                         /* a party's own share of the money ("Kommunens egen insats är …"); an
                                          * "insats" alone is an activity */
                                         "egen insats", "egna insats", "egeninsats", "s insats ar " };
    if (word_count(s) > 50)
        return false; /* a list run together, not a sentence */
    if (income_sentence(s) || frame_sentence(s) || plan_comprises(s))
        return true;
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (folded_contains(s, words[i]))
            return true;
    return money_for_purpose(x, s);
}

/* "och barn" after "300 kronor per säsong": the sum is each one's, a fee or a grant per head ("per år och
 * deltagare"), or "per år per elev"; "per år och avser …" goes on with the sentence. */
static const char *const heads[] = { "barn",  "deltagare", "elev",    "person",    "invånare", "medlem",
                                     "familj", "hushåll",  "brukare", "besökare", "plats",    "lag" };

static bool per_head(const char *rest)
{
    if (g_str_has_prefix(rest, " per ") || *rest == '/')
        return true;
    if (!g_str_has_prefix(rest, " och "))
        return false;
    rest += strlen(" och ");
    for (size_t i = 0; i < G_N_ELEMENTS(heads); i++)
        if (g_str_has_prefix(rest, heads[i]))
            return true;
    return false;
}

/* "4 kronor per invånare", "350 kr per timme": a rate, not an amount set aside; "per år" (or "per helår", a whole
 * year's) is a sum a year, "per sommar", "per säsong" one a season, unless per head too ("per säsong och barn"). */
static bool is_rate(const char *after)
{
    static const char *const periods[] = { "år",     "året",  "helår",  "månad",  "kvartal", "termin",
                                           "halvår", "läsår", "sommar", "säsong", "vinter" };
    while (*after == ' ')
        after++;
    if (!g_str_has_prefix(after, "per ") && !g_str_has_prefix(after, "/"))
        return false;
    after += *after == '/' ? 1 : 4;
    for (size_t i = 0; i < G_N_ELEMENTS(periods); i++) {
        const char *rest = after + strlen(periods[i]);
        if (g_str_has_prefix(after, periods[i]) && !g_unichar_isalpha(g_utf8_get_char(rest)))
            return per_head(rest);
    }
    /* a season's compound ("per vintersäsong", "per badsäsong") is a season too */
    size_t len = strcspn(after, " ,.;:)/");
    char *word = g_strndup(after, len), *folded = folded_copy(word);
    bool season = word_headed_by(folded, "sasong");
    g_free(word);
    g_free(folded);
    return season ? per_head(after + len) : true;
}

/* The word opening `s` has a people's noun as its compound's head ("kommuninvånare", "skolelever"). */
static bool word_names_people(const char *s)
{
    static const char *const people[] = { "invanare", "elev",    "deltagare", "medlem", "brukare",
                                          "besokare", "barn",    "person",    "hushall", "familj" };
    char *word = g_strndup(s, strcspn(s, " ,.;:)")), *folded = folded_copy(word);
    bool found = false;
    for (size_t i = 0; i < G_N_ELEMENTS(people) && !found; i++)
        found = word_headed_by(folded, people[i]);
    g_free(word);
    g_free(folded);
    return found;
}

/* "per invånare", "/elev" after a sum: a rate per head, each one's share of a fee, no price of a unit bought. */
static bool rate_per_head(const char *after)
{
    after += strspn(after, " ");
    after += g_str_has_prefix(after, "per ") ? strlen("per ") : *after == '/';
    for (size_t i = 0; i < G_N_ELEMENTS(heads); i++)
        if (g_str_has_prefix(after, heads[i]))
            return true;
    return word_names_people(after);
}

/* "ett vite om 1 500 kronor per missat besök", "avdrag med 200 kr per timme": a penalty or a deduction the seller
 * pays or loses, no price the buyer pays for a unit. */
static bool names_penalty(const char *sentence)
{
    static const char *const penalties[] = { "vite", "avdrag", "sanktion", "skadestand", "straffavgift", "boter",
                                             "forseningsavgift" };
    char *folded = folded_copy(sentence);
    char **words = g_strsplit_set(folded, " ,.;:()", -1);
    bool found = false;
    for (guint k = 0; words[k] && !found; k++)
        for (size_t i = 0; i < G_N_ELEMENTS(penalties) && !found; i++)
            found = word_headed_by(words[k], penalties[i]) || g_str_has_prefix(words[k], "vites");
    g_strfreev(words);
    g_free(folded);
    return found;
}

/* Does the sentence at `prov` stand in an agreement's own clauses (from its first clause on), not in a memo about one?
 * There a rate ("395 kronor per genomfört hembesök", "650 kr/påbörjad timme") is the price one party pays the other
 * for each unit of what it buys: what the agreement costs, a budget line (a fee per head is no price: rate_per_head). */
static bool in_agreement_clauses(xctx *x, const at_provenance *prov)
{
    for (guint i = 0; i < x->agreements->children->len; i++) {
        const at_rnode *first = at_rnode_find(g_ptr_array_index(x->agreements->children, i), "clause");
        if (first && !prov_before(prov, &first->prov))
            return true;
    }
    return false;
}

/* "höjs från 150 kronor till 175 kronor per enkelresa": a sum changed to another is what the other is, a rate when
 * that one is; where the text after the sum ending at `b` of `s` tells what it is (after the other sum, if any). */
static const char *past_changed_to(xctx *x, const char *s, size_t b)
{
    long long amount;
    size_t a2, b2;
    if (g_str_has_prefix(s + b, " till ") && money_at(x, s, b, &amount, &a2, &b2) && a2 == b + strlen(" till "))
        return s + b2;
    return s + b;
}

/* Does sentence `s` name a sum that is no rate beside the one at `a` ("en fast ersättning om 48 000 kronor per år
 * … samt 395 kronor per genomfört hembesök")? */
static bool fixed_sum_beside(xctx *x, const char *s, size_t a)
{
    long long amount;
    size_t a2, b2;
    for (size_t from = 0; money_at(x, s, from, &amount, &a2, &b2); from = b2)
        if (a2 != a && !is_rate(past_changed_to(x, s, b2)))
            return true;
    return false;
}

/* "enligt prislistan, för närvarande 498 kronor per MWh": a rate quoted as it stands now (a list price that changes),
 * in the sentence `s` right before the sum at `a`, no price the agreement sets. */
static bool list_price(const char *s, size_t a)
{
    static const char *const now[] = { "för närvarande ", "för tillfället ", "f.n. ", "i dag ", "idag " };
    for (size_t i = 0; i < G_N_ELEMENTS(now); i++) {
        size_t n = strlen(now[i]);
        if (a >= n && strncmp(s + a - n, now[i], n) == 0)
            return true;
    }
    return false;
}

/* Is the rate after the sum at `a` the price one party pays the other for each unit it buys (in an agreement's own
 * clauses, not per head, not a penalty), given beside a fixed sum as a part of what is paid? A price alone ("X
 * betalar 3 800 kronor per utbildningstillfälle") tells no sum the budget holds. */
static bool price_per_unit(xctx *x, const xsentence *s, size_t a, const char *after)
{
    return !rate_per_head(after) && !names_penalty(s->text) && !list_price(s->text, a) &&
           in_agreement_clauses(x, &s->prov) && fixed_sum_beside(x, s->text, a);
}

/* "ur folkhälsoanslaget för 2027", "från kommunens utvecklingsfond under 2028": past the fund the money comes from,
 * at most three words without digits or commas, to the "för"/"under" of its year; `p` when there is none. */
static const char *past_source(const char *p)
{
    static const char *const sources[] = { "ur ", "från " };
    const char *q = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(sources) && !q; i++)
        q = g_str_has_prefix(p, sources[i]) ? p + strlen(sources[i]) : NULL;
    for (int words = 0; q && words < 3; words++) {
        size_t len = strcspn(q, " ,0123456789");
        if (!len || q[len] != ' ')
            return p;
        q += len + 1;
        if (g_str_has_prefix(q, "för ") || g_str_has_prefix(q, "under "))
            return q;
    }
    return p;
}

/* "ur 2027 års investeringsbudget", "inom 2028 års driftbudget": the year of the budget a sum comes from or stays in
 * (not "i 2024 års prisnivå", the prices it is given in), or 0. */
static int budget_year_after(const char *p)
{
    static const char *const sources[] = { "ur ", "från ", "inom ", "i " };
    for (size_t i = 0; i < G_N_ELEMENTS(sources); i++) {
        const char *q = g_str_has_prefix(p, sources[i]) ? p + strlen(sources[i]) : NULL;
        if (!q || strspn(q, "0123456789") != 4 || !g_str_has_prefix(q + 4, " års "))
            continue;
        const char *word = q + strlen("2027 års ");
        size_t len = strcspn(word, " ,.;");
        char *w = g_strndup(word, len);
        bool budget = strstr(w, "budget") || strstr(w, "anslag");
        g_free(w);
        return budget && (*q == '1' || *q == '2') ? atoi(q) : 0;
    }
    return 0;
}

/* "230 000 kronor år 2025 och 240 000 kronor år 2026", "350 tkr ur anslaget för 2027": the year right after an
 * amount, or after the fund it comes from, is its own; -1 after a period ("för 2026–2029"), 0 when none follows. */
static int year_after(xctx *x, const char *after)
{
    const char *p = after;
    while (*p == ' ' || *p == ',')
        p++;
    int fund = budget_year_after(past_currency(p));
    if (fund)
        return fund;
    after = p = past_source(past_currency(p)); /* "5 miljoner kronor under 2026" */
    if (g_str_has_prefix(p, "för ") || g_str_has_prefix(p, "under "))
        p += strchr(p, ' ') - p + 1;
    if (g_str_has_prefix(p, "år "))
        p += strlen("år ");
    size_t a, b;
    if (p - after > 10 || !pat_match(x, PAT_YEAR, p, 0) || !pat_span(x, 1, &a, &b) || a != 0)
        return 0;
    /* "för 2026–2029": a period, no year of its own; "2025-05-20" is a date, no year after the amount */
    bool dash = g_str_has_prefix(p + b, "–") || g_str_has_prefix(p + b, "-") || g_str_has_prefix(p + b, " – ");
    if (dash && pat_match(x, PAT_ISO_DATE, p, 0))
        return 0;
    return dash ? -1 : atoi(p);
}

/* "För 2027 avsätts 640 000 kronor och för 2028 …": the year of a clause that opens with it, one verb before the
 * amount at byte `a` of `s`, or 0. */
static int year_before(const char *s, size_t a)
{
    static const size_t kw = sizeof "för " - 1;
    const char *verb_end = s + a - 1, *p = verb_end;
    if (a < kw + 7 || *verb_end != ' ')
        return 0;
    while (p > s && p[-1] != ' ')
        p--;
    if (p == verb_end || (size_t)(p - s) < kw + 5)
        return 0;
    char year[5];
    g_strlcpy(year, p - 5, sizeof year);
    const char *open = p - 5 - kw;
    bool opens = (strncmp(open, "för ", kw) == 0 || strncmp(open, "För ", kw) == 0) && (open == s || open[-1] == ' ');
    return opens && p[-1] == ' ' ? cell_year(year) : 0;
}

/* "Förbundets ram för året är …", "Årets anslag är …": the year the document is for, named before the amount at byte
 * `a` of `s` without its number. */
static bool this_year_before(const char *s, size_t a)
{
    char *before = g_strndup(s, a);
    bool named = strstr(before, " för året ") || g_str_has_prefix(before, "Årets ") || strstr(before, " årets ");
    g_free(before);
    return named;
}

/* "1,2 miljoner kronor per år", "250 000 kronor per år": a sum every year, of no one year the sentence names
 * (unless the year is the price level the sum is given in: "per år i 2024 års prisnivå"). */
static bool yearly(const char *s, const char *after)
{
    static const char *const words[] = { "per år", "per helår", "om året", "varje år", "årligen", "i året" };
    while (*after == ' ')
        after++;
    after = past_currency(after);
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (g_str_has_prefix(after, words[i]))
            return !strstr(s, "års prisnivå") && !strstr(s, "års priser");
    return false;
}

/* How many different years follow the amounts after "varav": two or more split the sum by year. */
static int years_of_parts(xctx *x, const char *s, const char *parts)
{
    long long amount;
    size_t a, b;
    int first = 0, years = 0;
    for (size_t from = (size_t)(parts - s); money_at(x, s, from, &amount, &a, &b); from = b) {
        int year = year_after(x, s + b);
        if (year > 0 && year != first) {
            years++;
            first = first ? first : year;
        }
    }
    return years;
}

/* "att bevilja föreningen bidrag med högst", "beviljas medfinansiering om högst": a grant of at most a sum, in one
 * clause, is the sum granted. A rule's ceiling stays one: "kan/får bevilja bidrag med högst", "bevilja bidrag, dock
 * högst". `before` is the lower-cased text before the sum, ending in its ceiling word `cap`. */
static bool granted_at_most(const char *before, const char *cap)
{
    static const char *const may[] = { "kan ", "får ", "kunna " };
    size_t n = strlen(before) - strlen(cap);
    if (!(n >= 4 && strncmp(before + n - 4, "med ", 4) == 0) && !(n >= 3 && strncmp(before + n - 3, "om ", 3) == 0))
        return false;
    const char *comma = strrchr(before, ','), *semi = strrchr(before, ';');
    const char *clause = comma && (!semi || comma > semi) ? comma : semi ? semi : before;
    const char *grant = g_strrstr(clause, "bevilja");
    if (!grant)
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(may); i++) {
        size_t len = strlen(may[i]);
        if ((size_t)(grant - before) >= len && strncmp(grant - len, may[i], len) == 0)
            return false;
    }
    return true;
}

/* "en ökning med 37 500 kronor", "vilket minskar kostnaderna med omkring 1,1 miljoner kronor": a change of an amount
 * by the sum (`before`: lower case, up to the sum), the change's word at most three words before "med" and at most
 * two between it and the sum. A rise in the verb ("intäkterna beräknas öka med …") is a forecast income: money. */
static bool change_by(const char *before)
{
    static const char *const stems[] = { "ökning", "höjning", "minsk", "sänk" };
    const char *with = g_strrstr(before, " med ");
    if (!with || word_count(with + strlen(" med ")) > 2)
        return false;
    char *head = g_strndup(before, (gsize)(with - before));
    char **words = g_strsplit(head, " ", -1);
    guint n = g_strv_length(words);
    bool hit = false;
    for (guint k = n; !hit && k-- > 0 && k + 3 >= n;)
        for (size_t i = 0; i < G_N_ELEMENTS(stems) && !hit; i++)
            hit = strstr(words[k], stems[i]) != NULL;
    g_strfreev(words);
    g_free(head);
    return hit;
}

/* "Parterna delar på kostnaden för informationsmaterial, högst 40 000 kronor per år": a ceiling set off by a comma
 * after the cost the sentence names is the most that cost is given, what is set aside for it. `before` is the
 * lower-cased text before the sum, ending in its ceiling word `cap`. */
static bool cost_at_most(const char *before, const char *cap)
{
    size_t n = strlen(before) - strlen(cap);
    if (n < 2 || strncmp(before + n - 2, ", ", 2) != 0)
        return false;
    char *folded = folded_copy(before);
    bool cost = strstr(folded, "kostnad") != NULL;
    g_free(folded);
    return cost;
}

/* A change of an amount (change_by) or a ceiling ("får inte överstiga 19 900 kronor", "Högst 5 000 kr"), not an
 * amount set aside. A ceiling's word stands right before the amount ("den högst prioriterade åtgärden får 2 miljoner
 * kronor" is money); a grant of at most a sum is the sum granted, and so is a cost's ceiling (cost_at_most). */
static bool is_change_or_cap(const char *s, size_t amount)
{
    static const char *const caps[] = { "överstiga ", "högst ", "maximalt " };
    char *before = g_utf8_strdown(s, (gssize)amount);
    bool hit = change_by(before);
    for (size_t i = 0; i < G_N_ELEMENTS(caps) && !hit; i++)
        hit = g_str_has_suffix(before, caps[i]) && !granted_at_most(before, caps[i]) && !cost_at_most(before, caps[i]);
    g_free(before);
    return hit;
}

/* "Kostnaden för sanering var 1,1 miljoner kronor", "… uppgick till drygt 2 mnkr": a sum that a past verb right
 * before it tells as what something came to, an outcome, not money set aside. After "var" or "blev" the subject must
 * name what was spent or came out ("De fyra skolorna får var 50 000 kronor": "var" is "each"). */
static bool past_outcome(const char *s, size_t amount)
{
    static const char *const verbs[] = { " uppgick till ", " var ", " blev " };
    static const char *const about[] = { "", "ca ", "cirka ", "drygt ", "knappt ", "nästan ", "omkring ",
                                         "sammanlagt ", "totalt " };
    static const char *const outcomes[] = { "kostnad", "utgift", "utfall", "underskott", "overskott", "summan" };
    char *before = g_utf8_strdown(s, (gssize)amount), *folded = folded_copy(before);
    const char *verb = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(verbs) && !verb; i++)
        for (size_t k = 0; k < G_N_ELEMENTS(about) && !verb; k++) {
            char *end = g_strconcat(verbs[i], about[k], NULL);
            verb = g_str_has_suffix(before, end) ? verbs[i] : NULL;
            g_free(end);
        }
    bool spent = false;
    for (size_t i = 0; i < G_N_ELEMENTS(outcomes); i++)
        spent = spent || strstr(folded, outcomes[i]) != NULL;
    g_free(folded);
    g_free(before);
    return verb && (verb == verbs[0] || spent);
}

/* Is the sentence within the lines of a budget already read (an income and cost list)? */
static bool in_budget(const at_rnode *budgets, guint n, const at_provenance *prov)
{
    for (guint i = 0; i < n; i++) {
        const at_rnode *b = g_ptr_array_index(budgets->children, i);
        if (b->prov.page == prov->page && b->prov.first_line <= prov->last_line && prov->first_line <= b->prov.last_line)
            return true;
    }
    return false;
}

/* "kostar 120 000 kr år 2026, varav …": the sum before "varav" names its own year. */
static bool sum_has_year(xctx *x, const char *s, const char *parts)
{
    long long amount;
    size_t a, b;
    return money_at(x, s, 0, &amount, &a, &b) && s + a < parts && year_after(x, s + b) > 0;
}

/* "Av det avser 345 000 kronor år 2026 …", "Därav …": a sentence that splits the sum of the sentence before. */
static bool splits_sum_before(const char *s)
{
    static const char *const openings[] = { "Av det ", "Av detta ", "Av dessa ", "Av summan ", "Av beloppet ", "Därav " };
    for (size_t i = 0; i < G_N_ELEMENTS(openings); i++)
        if (g_str_has_prefix(s, openings[i]))
            return true;
    return false;
}

/* "Förvaltningen beräknar dem till 265 000 kronor 2028 och …", "De uppskattas till …": an estimate of what the
 * sentence before named ("Planens merkostnader …"), by a pronoun; a budget when that sentence was one. */
static bool estimates_them(const char *s)
{
    static const char *const estimates[] = { "beraknar dem till ", "beraknar dessa till ", "uppskattar dem till ",
                                             "uppskattar dessa till ", "de beraknas till ", "dessa beraknas till ",
                                             "de uppskattas till ", "dessa uppskattas till " };
    g_autofree char *folded = folded_copy(s);
    for (size_t i = 0; i < G_N_ELEMENTS(estimates); i++) {
        const char *hit = strstr(folded, estimates[i]);
        if (hit && (hit == folded || hit[-1] == ' '))
            return true;
    }
    return false;
}

/* Does one of the first `listed` budgets (the tables') give `amount` as an action plan's total without a year, which
 * a sentence repeats ("Summa | 1 690" under "Kostnad (tkr)"; "Åtgärderna kostar sammanlagt 1 690 000 kronor")? A
 * plan's total is the line activity_table_total labels with its column's money header; a budget table's rows
 * ("Personal | 200") are amounts of their own. */
static bool table_gave(const at_rnode *budgets, guint listed, long long amount)
{
    char want[32];
    g_snprintf(want, sizeof want, "%lld", amount);
    for (guint i = 0; i < listed; i++) {
        const at_rnode *budget = g_ptr_array_index(budgets->children, i);
        for (guint k = 0; !at_rnode_attr(budget, "year") && k < budget->children->len; k++) {
            const at_rnode *section = g_ptr_array_index(budget->children, k);
            for (guint j = 0; j < section->children->len; j++) {
                const at_rnode *line = g_ptr_array_index(section->children, j), *label = at_rnode_find(line, "label");
                if (g_strcmp0(at_rnode_attr(line, "amount"), want) == 0 && label && money_header(label->text))
                    return true;
            }
        }
    }
    return false;
}

/* The finite verbs that decide on money, folded: what a clause says of the sum in it. "Får", "erhåller" and
 * "tilldelas" grant as "beviljas" does, but a plan's financing says them too (`plain`): only the others make a
 * document a decision on money. "Inte"/"ej" next to a granting verb refuses. */
typedef enum { MONEY_NONE, MONEY_ASKED, MONEY_REFUSED, MONEY_GRANTED } money_verdict;
static const struct {
    const char *word;
    money_verdict verdict;
    bool plain;
} money_verbs[] = {
    { "ansokte", MONEY_ASKED, false },      { "ansoker", MONEY_ASKED, false },      { "ansokt", MONEY_ASKED, false },
    { "sokte", MONEY_ASKED, false },        { "soker", MONEY_ASKED, false },        { "sokt", MONEY_ASKED, false },
    { "begar", MONEY_ASKED, false },        { "begarde", MONEY_ASKED, false },      { "begart", MONEY_ASKED, false },
    { "anhaller", MONEY_ASKED, false },     { "anholl", MONEY_ASKED, false },       { "avslas", MONEY_REFUSED, false },
    { "avslar", MONEY_REFUSED, false },     { "avslog", MONEY_REFUSED, false },     { "avslogs", MONEY_REFUSED, false },
    { "avslag", MONEY_REFUSED, false },     { "avsla", MONEY_REFUSED, false },      { "avslagits", MONEY_REFUSED, false },
    { "avvisas", MONEY_REFUSED, false },    { "avvisar", MONEY_REFUSED, false },    { "avvisades", MONEY_REFUSED, false },
    { "bevilja", MONEY_GRANTED, false },    { "beviljar", MONEY_GRANTED, false },   { "beviljas", MONEY_GRANTED, false },
    { "beviljade", MONEY_GRANTED, false },  { "beviljades", MONEY_GRANTED, false }, { "beviljat", MONEY_GRANTED, false },
    { "beviljats", MONEY_GRANTED, false },  { "far", MONEY_GRANTED, true },         { "tilldelas", MONEY_GRANTED, true },
    { "tilldelar", MONEY_GRANTED, true },   { "erhaller", MONEY_GRANTED, true },    { "erholl", MONEY_GRANTED, true },
    { "bifalls", MONEY_GRANTED, false },    { "bifaller", MONEY_GRANTED, false },   { "bifall", MONEY_GRANTED, false },
    { "bifalla", MONEY_GRANTED, false },
};

static money_verdict money_verb(const char *word)
{
    for (size_t i = 0; i < G_N_ELEMENTS(money_verbs); i++)
        if (strcmp(word, money_verbs[i].word) == 0)
            return money_verbs[i].verdict;
    return MONEY_NONE;
}

/* Does sentence `s` decide on money with a verb only a decision uses ("beviljas", "avslås", "bifalls")? */
static bool decides_on_money(const char *s)
{
    char *folded = folded_copy(s), **words = g_strsplit_set(folded, " .,;:!?()\"", -1);
    bool hit = false;
    for (char **w = words; *w && !hit; w++)
        for (size_t i = 0; i < G_N_ELEMENTS(money_verbs) && !hit; i++)
            hit = money_verbs[i].verdict >= MONEY_REFUSED && !money_verbs[i].plain && strcmp(*w, money_verbs[i].word) == 0;
    g_strfreev(words);
    g_free(folded);
    return hit;
}

/* What a run of folded words says of money: a grant beside "inte"/"ej" refuses; else a grant wins over asking or
 * refusing ("beviljas 10 000 kr, i övrigt avslås"), which win over nothing. */
static money_verdict words_verdict(char **words, size_t from, size_t to)
{
    money_verdict v = MONEY_NONE;
    for (size_t i = from; i < to; i++) {
        money_verdict w = money_verb(words[i]);
        bool negated = (i > from && (!strcmp(words[i - 1], "inte") || !strcmp(words[i - 1], "ej"))) ||
                       (i + 1 < to && (!strcmp(words[i + 1], "inte") || !strcmp(words[i + 1], "ej")));
        if (w == MONEY_GRANTED && negated)
            return MONEY_REFUSED;
        if (w > v)
            v = w;
    }
    return v;
}

/* Does a word end a clause, when a deciding verb follows it: "och", "men", a word before a comma or ';'? */
static bool clause_cut(const char *word)
{
    size_t n = strlen(word);
    return !strcmp(word, "och") || !strcmp(word, "men") || (n && strchr(",;", word[n - 1]));
}

/* Is the sum at `a` in `s` asked for or refused, not granted? Decided in the sum's own clause: the sentence is cut
 * at "och", "men", a comma or ';' where the words after it hold a deciding verb of their own and those before one
 * too ("ansökte om 80 000 kronor och nämnden beviljar 50 000 kronor"; "om 60 000 kronor avslås, men föreningen får
 * 10 000 kronor"; "om 80 000 och 20 000 kronor avslås" is one clause). */
static money_verdict sum_verdict(const char *s, size_t a)
{
    char *folded = folded_copy(s), **words = g_strsplit(folded, " ", -1);
    size_t n = g_strv_length(words), at = 0, start = 0, end = 0, clause_end = n;
    for (size_t i = 0; i < a && s[i]; i++)
        at += s[i] == ' '; /* the word the sum starts in: folding keeps the spaces */
    bool *cut_after = g_new0(bool, n + 1);
    for (size_t i = 0; i < n; i++) {
        cut_after[i] = clause_cut(words[i]);
        g_strstrip(g_strdelimit(words[i], ".,;:!?()\"", ' '));
    }
    for (size_t i = 0; i < n; i = end) {
        for (end = i + 1; end < n && !cut_after[end - 1]; end++)
            ;
        if (i > start && words_verdict(words, i, end) && words_verdict(words, start, i)) {
            if (i > at) { /* a deciding verb of its own: a new clause, after the sum's */
                clause_end = i;
                break;
            }
            start = i;
        }
    }
    money_verdict v = words_verdict(words, start, clause_end);
    g_free(cut_after);
    g_strfreev(words);
    g_free(folded);
    return v;
}

/* The sums the budget sentences grant ("Nämnden beviljar … 85 000 kronor"): a decision's sums, each one line. */
static GArray *granted_sums(xctx *x, const GPtrArray *sentences)
{
    GArray *sums = g_array_new(FALSE, FALSE, sizeof(long long));
    for (guint i = 0; i < sentences->len; i++) {
        const xsentence *s = g_ptr_array_index(sentences, i);
        long long amount;
        size_t a, b;
        for (size_t from = 0; budget_sentence(x, s->text) && money_at(x, s->text, from, &amount, &a, &b); from = b)
            if (sum_verdict(s->text, a) == MONEY_GRANTED)
                g_array_append_val(sums, amount);
    }
    return sums;
}

static bool holds_sum(const GArray *sums, long long amount)
{
    for (guint i = 0; i < sums->len; i++)
        if (g_array_index(sums, long long, i) == amount)
            return true;
    return false;
}

/* "… tas en avgift ut om 11 480 kronor. Avgiften faktureras 2027.": the sentence after sentence `i`, opening with
 * the sum's noun in its definite form and naming no sum of its own, gives the sum's year (its only one); else 0. */
static int year_told_after(xctx *x, const GPtrArray *sentences, guint i)
{
    static const char *const nouns[] = { "Avgiften ", "Beloppet ", "Summan ", "Bidraget ", "Kostnaden ",
                                         "Ersättningen " };
    const xsentence *s = g_ptr_array_index(sentences, i);
    const xsentence *next = i + 1 < sentences->len ? g_ptr_array_index(sentences, i + 1) : NULL;
    long long amount;
    size_t a, b;
    if (!next || next->prov.page != s->prov.page || next->prov.first_line > s->prov.last_line + 1 ||
        money_at(x, next->text, 0, &amount, &a, &b))
        return 0;
    for (size_t k = 0; k < G_N_ELEMENTS(nouns); k++)
        if (g_str_has_prefix(next->text, nouns[k]))
            return sentence_year(x, next->text);
    return 0;
}

/* "2028: 410 000 kronor": the year as the label right before the amount at byte `a` of `s`; else 0. */
static int year_label_before(const char *s, size_t a)
{
    char year[5];
    if (a < 6 || strncmp(s + a - 2, ": ", 2) != 0 || (a > 6 && g_ascii_isalnum(s[a - 7])))
        return 0;
    g_strlcpy(year, s + a - 6, sizeof year);
    return cell_year(year);
}

/* "2028: 410 000 kronor", ". 2029: 520 000 kronor": a list's item led by its year and a colon, its bullet maybe
 * read by OCR as a mark that is no bullet before a digit. */
static bool year_item(const char *s)
{
    size_t skip = strspn(s, ".,·•-–* ");
    char year[5];
    if (skip > 4 || strlen(s + skip) < 5 || s[skip + 4] != ':')
        return false;
    g_strlcpy(year, s + skip, sizeof year);
    return cell_year(year) != 0;
}

/* The year of the sum at [a, b) of sentence i: after it ("… kronor under 2026"), before it, by the year's label or
 * "i år", else the sentence's or a following sentence's year unless the sum is yearly; 0 for none. */
static int amount_year(xctx *x, const GPtrArray *sentences, guint i, size_t a, size_t b)
{
    const char *s = ((const xsentence *)g_ptr_array_index(sentences, i))->text;
    int year = year_after(x, s + b);
    if (!year)
        year = year_before(s, a);
    if (!year)
        year = year_label_before(s, a);
    if (!year && this_year_before(s, a))
        year = x->year;
    if (year < 0)
        return 0;
    if (!year && !yearly(s, s + b) && !(year = sentence_year(x, s)))
        year = year_told_after(x, sentences, i);
    return year;
}

/* The sum at [a, b) of sentence `s` as a budget of its own (of `year`, 0: none), a cost unless the sentence tells
 * an income. */
/* `type` is the list's lead-in's ("intäkter:"), NULL for a sentence of its own */
static void add_sentence_budget(xctx *x, const xsentence *s, size_t a, size_t b, long long amount, int year,
                                const char *type)
{
    at_rnode *budget = rn_add(x->budgets, "budget");
    if (year)
        rn_attr_set(budget, "year", "%d", year);
    rn_set_prov(budget, &s->prov);
    budget->prov.confidence = 0.7;
    at_rnode *section = rn_add(budget, "section");
    rn_attr_set(section, "type", "%s", type ? type : income_sentence(s->text) ? "income" : "cost");
    rn_set_prov(section, &s->prov);
    at_rnode *line = rn_add(section, "line");
    rn_attr_set(line, "amount", "%lld", amount);
    char *original = g_strndup(s->text + a, b - a);
    rn_attr_set(line, "original", "%s", original);
    g_free(original);
    rn_set_prov(line, &s->prov);
    rn_add_text(line, "label", s->text, &s->prov);
}

/* "Regionen beräknar att uppdraget skulle kosta omkring 4 miljoner kronor per år": a sum in a clause of what
 * something would cost (a proposal a reply answers), no money set aside; "skulle" of another verb ("skulle
 * tilldelas", "som skulle starta 2028 kostar") is no estimate, and one before a comma or a semicolon is another
 * clause's. */
static bool would_cost(const char *s, size_t a)
{
    static const char *const costs[] = { "kosta ", "innebära " };
    g_autofree char *before = g_strndup(s, a);
    const char *verb = g_strrstr(before, " skulle ");
    if (!verb || strpbrk(verb, ",;"))
        return false;
    verb += strlen(" skulle ");
    for (size_t i = 0; i < G_N_ELEMENTS(costs); i++)
        if (g_str_has_prefix(verb, costs[i]))
            return true;
    return false;
}

void extract_budget_sentences(xctx *x)
{
    GPtrArray *sentences = prose_sentences(x);
    g_ptr_array_extend_and_steal(sentences, form_value_sentences(x));
    guint listed = x->budgets->children->len;
    bool budget_before = false, grants = false;
    /* a sum asked for is a plan's financing, unless the document decides on the asking (a grant's letter) */
    for (guint i = 0; i < sentences->len && !grants; i++)
        grants = decides_on_money(((const xsentence *)g_ptr_array_index(sentences, i))->text);
    /* a decision's sum repeated where nothing is decided ("vilket motsvarar … 85 000 kronor") is the same sum */
    GArray *granted = grants ? granted_sums(x, sentences) : g_array_new(FALSE, FALSE, sizeof(long long));
    /* under "Nämnden räknar med följande kostnader:" ("intäkter:"), its list's items are sums of the lead-in's type */
    const char *list_type = NULL;
    for (guint i = 0; i < sentences->len; i++) {
        const xsentence *s = g_ptr_array_index(sentences, i);
        long long amount;
        size_t a, b;
        bool item;
        strip_bullet(x, s->text, &item);
        list_type = item || year_item(s->text) ? list_type : NULL;
        bool split = budget_before && splits_sum_before(s->text);
        bool budget = split || list_type || budget_sentence(x, s->text) ||
                      (budget_before && estimates_them(s->text));
        budget_before = budget;
        if (!list_type && budget && last_char(s->text) == ':')
            list_type = income_sentence(s->text) ? "income" : "cost";
        if (in_budget(x->budgets, listed, &s->prov) || !budget)
            continue;
        /* "600 000 kr, varav 400 000 kr finansieras av …": the parts of a sum are not amounts of their own,
         * unless they give it by year ("varav 610 000 kronor 2025 och …", or one year of a sum that names none:
         * "2 200 000 kronor, varav 1 200 000 kronor under 2026"); then the sum is the whole period's. A sentence
         * that splits the sum before it is all parts. */
        const char *parts = split ? s->text : strstr(s->text, "varav ");
        int part_years = parts ? years_of_parts(x, s->text, parts) : 0;
        bool by_year = part_years >= 2 || (part_years == 1 && (split || !sum_has_year(x, s->text, parts)));
        for (size_t from = 0; money_at(x, s->text, from, &amount, &a, &b); from = b) {
            bool part = parts && s->text + a > parts;
            money_verdict verdict = sum_verdict(s->text, a);
            const char *after = past_changed_to(x, s->text, b);
            if ((is_rate(after) && !price_per_unit(x, s, a, after)) || is_change_or_cap(s->text, a) ||
                past_outcome(s->text, a) || would_cost(s->text, a) || (part && !by_year) || verdict == MONEY_REFUSED ||
                (grants && verdict == MONEY_ASKED) || (verdict == MONEY_NONE && holds_sum(granted, amount)))
                continue;
            int year = (by_year && !part) ? 0 : amount_year(x, sentences, i, a, b);
            if (!year && table_gave(x->budgets, listed, amount))
                continue;
            add_sentence_budget(x, s, a, b, amount, year, list_type);
        }
    }
    g_array_free(granted, TRUE);
    g_ptr_array_unref(sentences);
}

/* ---- meetings ---- */

/* Gatherings where people meet (folded): an election, a celebration or a market is none. */
static const char *const gatherings[] = { "samrad", "avstamning", "oppet hus", "dialog", "traff", "hearing",
                                          "workshop", "seminari", "konferens", "forum" };

/* "Samråd med boende hölls den …", "Ett öppet hus för grannarna hålls den …": a gathering held on a day. */
static bool gathering_held(const char *folded)
{
    static const char *const held[] = { "holls den ", "halls den " };
    const char *verb = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(held) && !verb; i++)
        verb = strstr(folded, held[i]);
    char *subject = verb ? g_strndup(folded, (size_t)(verb - folded)) : NULL;
    bool hit = false;
    for (size_t i = 0; subject && i < G_N_ELEMENTS(gatherings) && !hit; i++)
        hit = strstr(subject, gatherings[i]) != NULL;
    g_free(subject);
    return hit;
}

/* "Taxan gäller efter samråd med … den 1 januari", "Reglerna träder i kraft efter … den": `folded` tells when a rule
 * takes effect; its day is no gathering's nor a body's meeting. */
static bool takes_effect(const char *folded)
{
    static const char *const in_effect[] = { "galler ", "galla ", "trader i kraft", "tillampas " };
    for (size_t i = 0; i < G_N_ELEMENTS(in_effect); i++)
        if (strstr(folded, in_effect[i]))
            return true;
    return false;
}

/* Does the day after " den " at `day` (folded: "9 november 2028", "2028-11-09") end its clause, the sentence or a
 * comma following it? */
static bool day_ends_clause(const char *day)
{
    const char *p = day + strlen(" den ");
    p += strspn(p, "0123456789-/");
    if (*p == ' ' && month_number(p + 1)) {
        p++;
        while (g_ascii_isalpha(*p))
            p++;
        if (p[0] == ' ' && g_ascii_isdigit(p[1]))
            p += 1 + strspn(p + 1, "0123456789");
    }
    return strchr(".,;:)", *p) != NULL; /* the NUL too */
}

/* "och de närboende den 9 november": "de" the article of a participle's noun that ends the gap (`rest`, folded) up
 * to the day (`day`), the people met, no subject of a clause; only when the day ends its clause, for "och de sökande
 * den 9 november kompletterade ansökan" is one with its verb after the day. */
static bool article_of_people(const char *opener, size_t len, const char *rest, const char *day)
{
    size_t word = strcspn(rest, " ");
    return len == 2 && strncmp(opener, "de", 2) == 0 && word >= 5 && rest[word] == '\0' &&
           (strncmp(rest + word - 4, "ende", 4) == 0 || strncmp(rest + word - 4, "ande", 4) == 0) &&
           day_ends_clause(day);
}

/* "dialog med föräldrarna under våren och det nya köket öppnade den": between the gathering's noun and its day
 * (folded), an "och" opens a clause of its own (a new subject or a clause adverb after it), whose day it is. */
static bool new_clause_between(const char *noun, const char *day)
{
    static const char *const openers[] = { "det", "den", "de", "vi", "man", "han", "hon", "detta", "dessa",
                                           "sedan", "da", "darefter", "senare", "nu" };
    char *gap = g_strndup(noun, (size_t)(day - noun));
    bool hit = false;
    for (const char *at = gap; !hit && (at = strstr(at, " och ")); at++) {
        const char *next = at + 5;
        size_t len = strcspn(next, " ");
        for (size_t i = 0; i < G_N_ELEMENTS(openers) && !hit; i++)
            hit = next[len] == ' ' && len == strlen(openers[i]) && strncmp(next, openers[i], len) == 0 &&
                  !article_of_people(next, len, next + len + 1, day);
    }
    g_free(gap);
    return hit;
}

/* Is the word opening `noun` (folded) a gathering's: one of `gatherings`, a compound ending in one ("ägarsamråd"),
 * or any compound of one after an invitation ("idrottsforum", "frukostträffen")? */
static bool gathering_noun(const char *noun, bool invited)
{
    size_t len = strcspn(noun, " ,.");
    for (size_t g = 0; g < G_N_ELEMENTS(gatherings); g++) {
        const char *at = g_strstr_len(noun, (gssize)len, gatherings[g]);
        if (at && (at == noun || invited || at + strlen(gatherings[g]) == noun + len))
            return true;
    }
    return false;
}

/* "gemensam workshop", "brett samråd": past one adjective (a word of letters alone) before a gathering's noun, after
 * its article; else `noun` itself. */
static const char *past_adjective(const char *noun, bool invited)
{
    size_t len = strcspn(noun, " ,.");
    for (const char *c = noun; c < noun + len; c = g_utf8_next_char(c))
        if (!g_unichar_isalpha(g_utf8_get_char(c)))
            return noun;
    return len && noun[len] == ' ' && gathering_noun(noun + len + 1, invited) ? noun + len + 1 : noun;
}

/* "… har tagits fram efter samråd med jaktlagen den 14 september 2026", "vid en (gemensam) hearing den …": a gathering
 * after or at which something was done, on a day, or one somebody had or held ("har haft samråd med … den", "hade en
 * dialog med … den", "höll en gemensam dialogdag den …"), or one people are invited to ("bjuds in till ett
 * idrottsforum den …"); "i samråd med" says together with: no gathering. */
static bool gathering_on_day(const char *folded)
{
    /* An invitation names its gathering, so after one a compound noun counts too ("bjuds in till frukostträff"). */
    static const struct {
        const char *words;
        bool invites;
    } preps[] = { { " efter ", false },        { " vid ", false },          { " under ", false },
                  { " haft ", false },         { " hade ", false },         { " holl ", false },
                  { " haller ", false },       { " bjuds in till ", true },
                  { " bjuds till ", true },    { " inbjuds till ", true },  { " inbjudan till ", true } };
    if (takes_effect(folded))
        return false;
    for (size_t p = 0; p < G_N_ELEMENTS(preps); p++)
        for (const char *at = folded; (at = strstr(at, preps[p].words)); at++) {
            const char *noun = at + strlen(preps[p].words), *day;
            size_t article = g_str_has_prefix(noun, "en ") ? 3 : g_str_has_prefix(noun, "ett ") ? 4 : 0;
            noun = article ? past_adjective(noun + article, preps[p].invites) : noun;
            if (gathering_noun(noun, preps[p].invites) && (day = strstr(noun, " den ")) && g_ascii_isdigit(day[5]) &&
                !new_clause_between(noun, day))
                return true;
        }
    return false;
}

/* "3 400", "drygt", "många": a word that counts people. */
static bool count_word(const char *w)
{
    static const char *const counts[] = { "manga", "hundratals", "tusentals", "drygt", "over", "cirka", "ca",
                                          "omkring", "runt", "nastan", "totalt", "sammanlagt", "fler" };
    for (size_t c = 0; c < G_N_ELEMENTS(counts); c++)
        if (strcmp(w, counts[c]) == 0)
            return true;
    return g_ascii_isdigit(w[0]);
}

static bool word_names_body(const char *word);

/* "Nämndens ledamöter och 3 tjänstepersoner", "Styrelsen samt drygt 10 medarbetare": the count at `words[count]`
 * (folded) is joined to a body named at most three words before it, so the counted are not all who came ("öppnade i
 * mars och drygt 900 besökare" joins two clauses). */
static bool joined_to_body(char **words, size_t count)
{
    static const char *const joins[] = { "och", "samt", "med", "plus" };
    while (count > 0 && count_word(words[count - 1]))
        count--; /* "drygt 3 400": the count's first word */
    bool joined = false;
    for (size_t j = 0; count > 0 && j < G_N_ELEMENTS(joins); j++)
        joined = joined || strcmp(words[count - 1], joins[j]) == 0;
    for (size_t k = count - 1; joined && k > 0 && k + 3 >= count; k--)
        if (word_names_body(words[k - 1]))
            return true;
    return false;
}

/* "3 400 personer besökte …", "drygt 900 besökte …", "Många barn har besökt …": a count of the people before the verb
 * (`words[verb]`, folded) tells how many came, no group meeting there, when the counted are the whole subject. */
static bool counted_visitors(char **words, size_t verb)
{
    size_t subject = verb > 0 && strcmp(words[verb - 1], "har") == 0 ? verb - 1 : verb;
    if (subject == 0)
        return false;
    if (g_ascii_isdigit(words[subject - 1][0]))
        return !joined_to_body(words, subject - 1);
    if (!word_names_people(words[subject - 1]))
        return false;
    for (size_t k = subject - 1; k > 0 && k + 4 > subject; k--) /* the count at most three words before the noun */
        if (count_word(words[k - 1]))
            return !joined_to_body(words, k - 1);
    return false;
}

/* "platsbesöket", "studiebesök", "vid tillsynsbesök": a visit of a kind, a compound noun (a bare "besök" may be
 * counted ones). */
static bool visit_noun(const char *word)
{
    static const char *const forms[] = { "besok", "besoket", "besoken" };
    for (size_t i = 0; i < G_N_ELEMENTS(forms); i++)
        if (g_str_has_suffix(word, forms[i]) && strlen(word) >= strlen(forms[i]) + 3)
            return true;
    return false;
}

/* "har besökt tre platser", "besökte skolan", "ett platsbesök": people visiting, the verb's active forms or a visit's
 * noun. A place visited ("Konsthallen besöktes av …", "har besökts", "besökt av …", "välbesökt") tells of its
 * visitors, no meeting, and so does a count of the people who came. */
static bool people_visit(const char *folded)
{
    char **words = g_strsplit_set(folded, " ,;:.!?", -1);
    bool hit = false;
    for (size_t i = 0; words[i] && !hit; i++)
        hit = visit_noun(words[i]) ||
              ((strcmp(words[i], "besokte") == 0 || strcmp(words[i], "besokt") == 0) &&
               g_strcmp0(words[i + 1], "av") != 0 && !counted_visitors(words, i));
    g_strfreev(words);
    return hit;
}

/* Does the sentence speak of a meeting or of a body handling a matter ("behandlas av nämnden",
 * "vid sammanträdet", "samrådsmötet hålls", "parterna träffas", a gathering held), or of people visiting a place
 * together ("besökte platserna den …", "ett platsbesök", "vid tillsynsbesöket")? */
static bool meeting_sentence(const char *s)
{
    static const char *const stems[] = { "sammantrad", "behandla", "motet", "moten",   "mote ",
                                         "traffas",    "samradet", "mots " };
    /* "träffas härmed följande avtal": an agreement made; "som träffas av beslutet": those it touches */
    static const char *const not_met[] = { "traffas av", "traffas harmed", "traffas foljande" };
    char *f = folded_copy(s);
    bool hit = gathering_held(f) || gathering_on_day(f) || people_visit(f);
    for (size_t i = 0; i < G_N_ELEMENTS(stems) && !hit; i++)
        hit = folded_contains(f, stems[i]);
    for (size_t i = 0; i < G_N_ELEMENTS(not_met) && hit; i++)
        hit = !folded_contains(f, not_met[i]);
    g_free(f);
    return hit;
}

/* The dates of the events found so far (extract_events' too), so that a date becomes one event. */
static GHashTable *event_dates(xctx *x)
{
    GHashTable *dates = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < x->events->children->len; i++) {
        const char *d = at_rnode_attr(g_ptr_array_index(x->events->children, i), "date");
        if (d)
            g_hash_table_add(dates, g_strdup(d));
    }
    return dates;
}

/* The abbreviations are read without their dots, so that each of their spellings counts ("t.o.m.", "t.o.m", "tom",
 * "fr.o.m", "from", "f.o.m.", "fom"). */
bool date_as_of(const char *s, size_t date)
{
    static const char *const words[] = { "per", "sedan", "senast", "med", "fran", "till", "fore", "tom", "from", "fom" };
    char *before = g_strndup(s, date);
    char *kept = before;
    for (const char *p = before; *p; p++)
        if (*p != '.')
            *kept++ = *p;
    *kept = '\0';
    g_strchomp(before);
    if (g_str_has_suffix(before, " den"))
        before[strlen(before) - 4] = '\0';
    g_strchomp(before);
    const char *last = strrchr(before, ' ');
    last = last ? last + 1 : before;
    bool hit = false;
    for (size_t i = 0; i < G_N_ELEMENTS(words) && !hit; i++)
        hit = folded_equal(last, words[i]);
    g_free(before);
    return hit;
}

/* "Folkhälsorådet", "pensionärsrådets", "Ungdomsråd": a council that meets, the word's last part "råd" in any form;
 * not "området" (a place), "förrådet" (a store), "samråd" (a consultation: a gathering, not who meets), the plain
 * noun "råd"/"råden" (advice: "allmänna råd") nor a person's title ending in "-råd" ("kommunalrådet", "borgarråd",
 * "landstingsrådet", "statsråd", "justitieråd"). */
static bool word_names_council(const char *word)
{
    static const char *const forms[] = { "råd", "rådet", "rådets", "råden" };
    static const char *const not_council[] = { "om", "för", "sam", "kommunal", "oppositions", "region", "landstings",
                                               "borgar", "stats", "justitie", "kansli", "departements", "regerings",
                                               "hovrätts", "kammarrätts" };
    char *lower = g_utf8_strdown(word, -1);
    size_t len = strlen(g_strchomp(lower));
    bool hit = false;
    for (size_t i = 0; i < G_N_ELEMENTS(forms) && !hit; i++)
        if (g_str_has_suffix(lower, forms[i])) {
            lower[len - strlen(forms[i])] = '\0'; /* what stands before "råd" */
            hit = *lower || (i != 0 && i != 3); /* "Rådet" alone is a council, "råd" and "råden" advice */
            for (size_t k = 0; k < G_N_ELEMENTS(not_council) && hit; k++)
                hit = !g_str_has_suffix(lower, not_council[k]);
        }
    g_free(lower);
    return hit;
}

/* "Miljönämnden", "arbetsutskott", "Samrådsgruppen", "Folkhälsorådet", a joint body's "direktionen" and its
 * "presidiet": a word naming a body that meets (a whole line naming a deciding body is extract.c's names_body). */
static bool word_names_body(const char *word)
{
    static const char *const bodies[] = { "namnd", "styrelse",  "utskott", "fullmaktige",
                                          "gruppen", "beredning", "direktion", "presidi" };
    for (size_t i = 0; i < G_N_ELEMENTS(bodies); i++)
        if (folded_contains(word, bodies[i]))
            return !folded_contains(word, "forvaltning"); /* "kommunstyrelseförvaltningen" is an office */
    return word_names_council(word);
}

/* "att", "och", "som" or a word before a comma start a new clause. */
static bool clause_break(const char *word)
{
    return strcmp(word, "att") == 0 || strcmp(word, "och") == 0 || strcmp(word, "som") == 0 ||
           last_char(word) == ',';
}

/* The first n bytes of s without clauses set off by commas that describe a word before them ("Styrgruppen, där
 * cheferna ingår, följer upp planen"): the body and its verb are then one clause. */
static char *without_inserted_clauses(const char *s, size_t n)
{
    static const char *const openers[] = { ", där ", ", som ", ", vilken ", ", vilket ", ", vilka " };
    GString *out = g_string_new_len(s, (gssize)n);
    for (size_t i = 0; i < G_N_ELEMENTS(openers); i++) {
        char *at;
        while ((at = strstr(out->str, openers[i])) != NULL) {
            const char *close = strchr(at + strlen(openers[i]), ',');
            if (!close)
                break;
            g_string_erase(out, at - out->str, close + 1 - at);
        }
    }
    return g_string_free(out, FALSE);
}

/* "redovisas för kommunstyrelsens arbetsutskott, första gången den …": which of the body's meetings, set off by a
 * comma before the day, cut from the end of `before` so that the body stands in the clause of its day. */
static void drop_occasion(char *before)
{
    static const char *const occasions[] = { ", första gången", ", andra gången", ", första gång", ", nästa gång",
                                             ", nästa gången", ", första tillfället", ", nästa tillfälle", ", därefter",
                                             ", igen", ", på nytt" };
    g_strchomp(before);
    for (size_t i = 0; i < G_N_ELEMENTS(occasions); i++)
        if (g_str_has_suffix(before, occasions[i])) {
            before[strlen(before) - strlen(occasions[i])] = '\0';
            return;
        }
}

static bool place_preposition(const char *word)
{
    return strcmp(word, "på") == 0 || strcmp(word, "i") == 0 || strcmp(word, "vid") == 0;
}

/* "har stämt av arbetet med ungdomsrådet på Lövskolan den": the body words[body] met at the place after it, named
 * as the object of the word before it and its adjectives ("med tekniska nämnden"). The signer alone or after "För"
 * ("Socialnämnden i Norrby den", "För tekniska nämnden i Vaxholm den") and an adopter after "av" ("antogs av
 * kommunfullmäktige i Norrby den") date a signature or an adoption where the place is written. */
static bool met_at_place(char **words, guint body)
{
    guint k = body;
    while (k > 0 && g_unichar_islower(g_utf8_get_char(words[k - 1])) && last_char(words[k - 1]) == 'a')
        k--;
    const char *before = k ? words[k - 1] : "";
    return g_unichar_islower(g_utf8_get_char(before)) && strcmp(before, "av") != 0 && strcmp(before, "för") != 0;
}

/* "avstämning görs vid länsgruppen för FaR den", "till rådet för Agenda 2030 den": a body named with what it is
 * for, in one or two words after its "för", right before the day, as the object of a word before it (met_at_place:
 * not the signer's "För nämnden för …" nor an adopter's "av"). */
static bool body_for_before_day(char **words, guint n)
{
    for (guint k = n >= 4 ? n - 3 : 1; k + 1 < n; k++)
        if (strcmp(words[k], "för") == 0 && word_names_body(words[k - 1]) && met_at_place(words, k - 1))
            return true;
    return false;
}

/* "lämnas till kommunstyrelsens arbetsutskott den 3 februari 2026", "Miljönämnden följer upp planen den 17
 * september 2026": a body right before "den DATE", or up to six words before it in the same clause, meets
 * then. A place before "den" dates a signature ("ordförande Vaxholm den 9 december 2024"). */
static bool body_on_day(const char *s, size_t date)
{
    if (date < 4 || g_ascii_strncasecmp(s + date - 4, "den ", 4) != 0)
        return false;
    char *before = without_inserted_clauses(s, date - 4);
    drop_occasion(before);
    char *folded = folded_copy(before);
    bool in_effect = takes_effect(folded);
    g_free(folded);
    char **words = g_strsplit(g_strstrip(before), " ", -1);
    guint n = in_effect ? 0 : g_strv_length(words);
    bool hit = n && (word_names_body(words[n - 1]) || body_for_before_day(words, n));
    /* "tjänsteutlåtande av den 14 september": a document's day, not a meeting; "med rådet på Lövskolan den": where
     * the body met, after its preposition (met_at_place) */
    bool verb = n && g_unichar_islower(g_utf8_get_char(words[n - 1])) && strcmp(words[n - 1], "av") != 0;
    bool placed = !verb && n > 2 && place_preposition(words[n - 2]);
    /* back to the clause's start: "beslutade att avtalet upphör den …" is no meeting of the board */
    for (guint k = n; (verb || placed) && !hit && k-- > 0 && k + 6 >= n && !clause_break(words[k]);)
        hit = word_names_body(words[k]) && (verb || met_at_place(words, k));
    g_strfreev(words);
    g_free(before);
    return hit;
}

/* "och lämnar en slutrapport den", "och en slutredovisning den": a report the same body gets or is given on a
 * second day, the clause going on without a subject of its own: "och", at most its verb, "en"/"sin" and the report
 * right before "den". Somebody else's report ("och konsultens rapport levereras den", "och redovisningen till
 * Boverket görs den") is no meeting of the body. */
static bool and_report_day(const char *t)
{
    static const char *const reports[] = { "rapport", "redovisning" };
    char **words = g_strsplit(t, " ", -1);
    guint n = g_strv_length(words);
    bool report = n >= 4 && n <= 5 && strcmp(words[0], "och") == 0 && strcmp(words[n - 1], "den") == 0 &&
                  (strcmp(words[n - 3], "en") == 0 || strcmp(words[n - 3], "sin") == 0);
    bool named = false;
    for (size_t i = 0; i < G_N_ELEMENTS(reports) && report; i++)
        named = named || folded_contains(words[n - 2], reports[i]);
    g_strfreev(words);
    return report && named;
}

/* " och den ", ", den ": the text between two days of one list; or a report on the second day. */
static bool and_day(const char *between, size_t len)
{
    char *t = g_strstrip(g_strndup(between, len));
    bool list = strcmp(t, "och den") == 0 || strcmp(t, ", den") == 0 || strcmp(t, "och") == 0 ||
                strcmp(t, ",") == 0 || and_report_day(t);
    g_free(t);
    return list;
}

/* Does cell `s` name a body that meets ("Kommunstyrelsens arbetsutskott", "Kommunfullmäktige")? Not with the
 * paragraph of its decision ("Nämnden § 28" in a version history: the plan's adoption). */
static bool cell_names_body(const char *s)
{
    char **words = g_strsplit(s, " ", -1);
    bool body = word_count(s) <= 5 && !strstr(s, "§");
    bool named = false;
    for (char **w = words; *w && body; w++)
        named = named || word_names_body(*w);
    g_strfreev(words);
    return body && named;
}

/* A meeting of `title` on day `iso`, once a day. */
static void add_event(xctx *x, GHashTable *seen, const char *iso, const char *title, const at_provenance *prov)
{
    g_hash_table_add(seen, g_strdup(iso));
    at_rnode *e = rn_add(x->events, "event");
    rn_attr_set(e, "date", "%s", iso);
    rn_set_prov(e, prov);
    rn_add_text(e, "title", title, prov);
}

/* A row's body and its day ("Kommunstyrelsen | 2026-10-20"), its only filled cells: a meeting. A row with more
 * ("Utvärdera planen | Kommunstyrelsen | 2028-10-15") is an activity with its owner and deadline. */
static void meeting_in_row(xctx *x, GHashTable *seen, const xrow *r)
{
    int body = -1, day = -1, filled = 0;
    xdate d = { 0 };
    for (int c = 0; c < r->n_cells; c++) {
        xdate cd;
        if (!r->cells[c] || !*r->cells[c])
            continue;
        filled++;
        if (body < 0 && cell_names_body(r->cells[c]))
            body = c;
        else if (day < 0 && find_date(x, r->cells[c], 0, &cd) && cd.start == 0 && !r->cells[c][cd.end] &&
                 cd.iso[0] != '-') {
            day = c;
            d = cd;
        }
    }
    if (filled != 2 || body < 0 || day < 0 || g_hash_table_contains(seen, d.iso))
        return;
    char *title = g_strdup_printf("%s %s", r->cells[body], r->cells[day]);
    add_event(x, seen, d.iso, title, &r->prov);
    g_free(title);
}

/* The way a matter goes through the bodies, as a table whose head names them or their meetings ("Instans | Datum",
 * "Organ | Sammanträde"): each row a body and the day it meets on. */
static void meetings_in_tables(xctx *x, GHashTable *seen)
{
    static const char *const heads[] = { "Instans", "Organ", "Beslutsinstans", "Sammanträde", "Behandlas i" };
    GPtrArray *tables = view_tables(x);
    for (guint t = 0; t < tables->len; t++) {
        GPtrArray *table = g_ptr_array_index(tables, t);
        if (!table->len || column_named(g_ptr_array_index(table, 0), heads, G_N_ELEMENTS(heads)) < 0)
            continue;
        for (guint i = 1; i < table->len; i++)
            meeting_in_row(x, seen, g_ptr_array_index(table, i));
    }
    g_ptr_array_unref(tables);
}

/* The filled cells of the table row at `prov`, joined by spaces (caller frees), or NULL when no row stands there. */
static char *row_at(xctx *x, const at_provenance *prov)
{
    GPtrArray *sources[] = { x->text_rows, x->rows };
    for (size_t s = 0; s < G_N_ELEMENTS(sources); s++)
        for (guint i = 0; i < sources[s]->len; i++) {
            const xrow *r = g_ptr_array_index(sources[s], i);
            if (r->prov.page != prov->page || r->prov.first_line != prov->first_line)
                continue;
            GString *words = g_string_new(NULL);
            for (int c = 0; c < r->n_cells; c++)
                if (r->cells[c] && *r->cells[c])
                    g_string_append_printf(words, "%s%s", words->len ? " " : "", r->cells[c]);
            return g_string_free(words, FALSE);
        }
    return NULL;
}

/* "Sammanträdesdatum 2026-11-17" in the head of minutes or an extract of them: the day their body met, a meeting
 * as much as one a sentence tells of. */
static void head_meeting(xctx *x, GHashTable *seen)
{
    const at_rnode *dates = at_rnode_find(x->metadata, "dates");
    for (guint i = 0; dates && i < dates->children->len; i++) {
        const at_rnode *d = g_ptr_array_index(dates->children, i);
        const char *iso = at_rnode_attr(d, "value");
        guint line = lines_before(x, &d->prov);
        if (strcmp(at_rnode_attr(d, "type"), "meeting") != 0 || !iso || g_hash_table_contains(seen, iso) ||
            line >= x->lines->len)
            continue;
        const xline *l = g_ptr_array_index(x->lines, line);
        /* "Anmäls till | Kulturnämnden 2027-01-20": a form's row, no line of the text */
        char *row = l->prov.page == d->prov.page && l->prov.first_line == d->prov.first_line ? NULL : row_at(x, &d->prov);
        add_event(x, seen, iso, row ? row : l->text, &d->prov);
        g_free(row);
    }
}

/* "… kallelsen till sammanträdet, som publicerades den 21 maj 2027": a day the verb right before it dates (a notice
 * sent out or published), not the meeting the sentence names. */
static bool day_sent_out(const char *s, size_t at)
{
    static const char *const verbs[] = { "publicerades", "publicerats", "skickades", "skickats", "postades",
                                         "expedierades", "kungjordes", "anslogs", "sandes" };
    char *before = g_strndup(s, at);
    g_strchomp(before);
    if (g_str_has_suffix(before, " den"))
        before[strlen(before) - strlen(" den")] = '\0';
    const char *last = strrchr(before, ' ');
    bool hit = false;
    for (size_t i = 0; i < G_N_ELEMENTS(verbs) && !hit; i++)
        hit = folded_equal(last ? last + 1 : before, verbs[i]);
    g_free(before);
    return hit;
}

/* Does `pattern` read its day (group 2) at byte `at` of `s`? */
static bool day_read_at(xctx *x, pattern_id pattern, const char *s, size_t at)
{
    for (size_t from = 0, a, b; pat_match(x, pattern, s, from) && pat_span(x, 2, &a, &b); from = b)
        if (a == at)
            return true;
    return false;
}

/* Is the date at byte `at` of sentence `s` the day a body decided to give the document itself ("… beslutade den 2
 * december 2026, § 87, att lämna detta yttrande"), or the decision a decision letter tells or its closing line names
 * ("Beslut i detta ärende har fattats av kommunstyrelsen den …"), read as its adoption (`decided`)? That is the
 * document's adoption, no meeting of its calendar. */
static bool day_giving_itself(xctx *x, const char *s, size_t at, const char *iso, const char *decided)
{
    return day_read_at(x, PAT_DECIDED_THIS, s, at) ||
           (decided && strcmp(iso, decided) == 0 &&
            (day_read_at(x, PAT_DECIDED_TO, s, at) || day_read_at(x, PAT_DECISION_TAKEN, s, at)));
}

/* The meetings sentence `text` dates: each day a meeting it speaks of is held on, or a body meets on; `decided` is
 * the document's adoption day. */
static void meetings_in_sentence(xctx *x, GHashTable *seen, const char *text, const at_provenance *prov,
                                 const char *decided)
{
    if (word_count(text) > 60)
        return; /* a list run together, not a sentence: each date would carry all of it as its title */
    bool meeting = meeting_sentence(text);
    xdate d;
    size_t body_day_end = 0; /* where the last date a body met ends: "den 3 mars och den 2 juni" are both its */
    for (size_t from = 0; find_date(x, text + from, 0, &d); from += d.end) {
        size_t at = from + d.start;
        if (body_on_day(text, at) || (body_day_end && and_day(text + body_day_end, at - body_day_end)))
            body_day_end = from + d.end;
        /* a day without its year is no dated meeting; "per den", "sedan den" date a state, not a meeting */
        if (d.iso[0] == '-' || g_hash_table_contains(seen, d.iso) || date_as_of(text, at) || day_sent_out(text, at) ||
            day_giving_itself(x, text, at, d.iso, decided) || !(meeting || body_day_end == from + d.end))
            continue;
        add_event(x, seen, d.iso, text, prov);
    }
}

/* "… Första mötet hålls den 16 februari 2027 i …": a meeting an activity's description dates, sentence by
 * sentence, as running text would. */
static void meetings_in_descriptions(xctx *x, GHashTable *seen, const char *decided)
{
    for (guint i = 0; i < x->activities->children->len; i++) {
        const at_rnode *desc = at_rnode_find(g_ptr_array_index(x->activities->children, i), "description");
        char **sentences = desc && desc->text ? text_sentences(desc->text) : NULL;
        for (char **s = sentences; s && *s; s++)
            meetings_in_sentence(x, seen, *s, &desc->prov, decided);
        g_strfreev(sentences);
    }
}

void extract_meetings(xctx *x)
{
    GPtrArray *sentences = prose_sentences(x);
    GHashTable *seen = event_dates(x);
    const at_rnode *dates = at_rnode_find(x->metadata, "dates");
    const at_rnode *adoption = dates ? date_of(dates, "decided") : NULL;
    const char *decided = adoption ? at_rnode_attr(adoption, "value") : NULL;
    head_meeting(x, seen);
    for (guint i = 0; i < sentences->len; i++) {
        const xsentence *s = g_ptr_array_index(sentences, i);
        meetings_in_sentence(x, seen, s->text, &s->prov, decided);
    }
    meetings_in_descriptions(x, seen, decided);
    meetings_in_tables(x, seen);
    g_hash_table_unref(seen);
    g_ptr_array_unref(sentences);
}
