/* The recurring shapes of Swedish municipal documents, as PCRE2 patterns:
 * dates, amounts, durations, diarienummer, § clauses, attachments, section numbers, list bullets.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "extract/extract_private.h"

#include <stdlib.h>
#include <string.h>

#define MONTHS "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
#define MONTHS_SHORT "jan|feb|mar|apr|maj|jun|jul|aug|sep|sept|okt|nov|dec"
/* the participles a stamp opens with: "Antagen av …", "Fastställd: 2026-02-19 …" */
#define STAMP_VERBS "(?:beslutad|beslutat|antagen|antaget|fastställd|fastställt|godkänd|godkänt)"
/* "Styrelsen", "Direktionen" alone: a company's or kommunalförbund's board opening the sentence of its decision on
 * the document itself (PAT_ADOPTED_ITSELF; a stamp's looser sentence would take "Styrelsen beslutade att avtalet upphör
 * den …"); "Nämnden" alone: the nämnd the document names itself by (extract.c own_namnd); the whole word:
 * "Styrelsens ordförande" is no board */
#define ALONE_BOARD "(?:Styrelsen|Direktionen|Nämnden)(?!\\p{L})"
/* the day of a decision, in every way find_date reads a full one: "2027-02-25", "25 februari 2027", "25/2 2027",
 * "25.2.2027" */
#define DECIDED_DAY "(?:19|20)\\d{2}-\\d{2}-\\d{2}|[0-3]?\\d\\s+\\p{L}+\\s+(?:19|20)\\d{2}|" \
                    "[0-3]?\\d/(?:1[0-2]|0?[1-9])\\s*(?:19|20)\\d{2}|[0-3]?\\d\\.(?:1[0-2]|0?[1-9])\\.(?:19|20)\\d{2}"

/* a paragraph's sign before its number, as OCR also reads it: "§ 57", "§57", "8 57", "S 57", "$ 57", "857" */
#define SECTION_SIGN "(?:§\\s*|[358S$&]\\s+|8(?=\\d{1,3}(?!\\d)))"

/* Bounds for every match: a long OCR line must not make a pattern run away. */
enum { MATCH_LIMIT = 1000000, DEPTH_LIMIT = 100000, JIT_STACK_MAX = 4 * 1024 * 1024 };

static const struct {
    const char *source;
    uint32_t flags;
} patterns[PAT_COUNT] = {
    [PAT_ISO_DATE] = { "(?<![\\d-])((?:19|20)\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?!\\d)", 0 },
    [PAT_LONG_DATE] = { "(?<![\\d/])([0-3]?\\d)(?:\\s*[-–]\\s*([0-3]?\\d))?\\.?\\s+(" MONTHS ")(?:\\s+((?:19|20)\\d{2}))?(?!\\w)",
                        PCRE2_CASELESS },
    [PAT_SHORT_DATE] = { "(?<![\\d/])([0-3]?\\d)[-\\s](" MONTHS_SHORT ")\\.?(?:\\s+((?:19|20)\\d{2}))?(?!\\w)",
                         PCRE2_CASELESS },
    [PAT_SLASH_DATE] = { "(?<![\\d/])([0-3]?\\d)/(1[0-2]|0?[1-9])\\s*((?:19|20)\\d{2})(?!\\d)", 0 },
    /* day.month.year, not inside a longer dotted number ("1.2.2026.3") nor a decimal */
    [PAT_DOT_DATE] = { "(?<![\\d.,])([0-3]?\\d)\\.(1[0-2]|0?[1-9])\\.((?:19|20)\\d{2})(?!\\.?\\d)", 0 },
    /* not inside a number or a diarienummer ("KS-2022/960"); "2023-2026" is two years */
    [PAT_YEAR] = { "(?<![\\d.]|\\p{L}-)((?:19|20)\\d{2})(?!\\d)", 0 },
    [PAT_AMOUNT] = { "(?<![\\w,.])(?:(?:ca|cirka|c:a)\\.?\\s*)?(\\d{1,4}(?:[ \\x{a0}]\\d{3})+|\\d+)(?:,(\\d+))?\\s*"
                     "(miljoner|miljon|milj\\.?|mnkr|mkr|tkr|kkr|kr|kronor|:-)?(?!\\w)",
                     PCRE2_CASELESS },
    [PAT_DIARIENUMMER] = { "(?<![\\w/])(\\p{Lu}{1,6}(?:[ -]?\\p{Lu}{1,4})?[ .-]?(?:19|20)\\d{2}[/:.-]\\d{1,6}"
                           "(?:[.:/-]\\d{1,6})*)(?![\\w/])", 0 },
    [PAT_DNR_YEAR_LAST] = { "(?<![\\w/])(\\p{Lu}{1,6}(?:[ -]?\\p{Lu}{1,4})?[ /-]?\\d{1,6}[/-](?:19|20)\\d{2})"
                            "(?![\\w/])", 0 },
    /* a slash after the year: "2027-03-14" is a date */
    [PAT_DNR_BARE] = { "(?<![\\w/])((?:19|20)\\d{2}/\\d{1,6}(?:[.:/-]\\d{1,6})*)(?![\\w/])", 0 },
    /* OCR reads å as a or i: "12 minader" */
    /* in digits, words or both ("sex (6) månader") */
    [PAT_DURATION] = { "(?<!\\w)(\\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|arton|tjugo|tjugofyra|trettiosex)"
                       "(?:\\s*\\((\\d+)\\))?\\s+(?:kalender)?"
                       /* the genitive too: "tre månaders uppsägningstid" */
                       "(m[åai]naders|m[åai]nader|m[åai]nads|m[åai]nad|halvårs|halvår|kvartals|kvartal|års|år|veckors|veckor|"
                       "vecka|dagars|dagar|dag)(?!\\w)",
                       PCRE2_CASELESS },
    /* "§ 4 Avgifter", "§ 4 – Avgifter"; "§ 4.1 Fakturering" is a sub-clause */
    [PAT_CLAUSE] = { "^§\\s*(\\d{1,3})(?![.,]\\d)\\s*(?:[.:]|[–—-](?=\\s))?\\s*(.*)$", 0 },
    /* "$1" or "£9" over its heading, "3 2 Avgifter", "$&2 Bakgrund" (a § read as two marks) */
    [PAT_CLAUSE_OCR] = { "^(?:[38$S&£]\\s+|[$&£]{1,2}\\s*)(\\d{1,2})\\s*[.:]?(?:\\s+(\\p{Lu}.{0,80}))?$", 0 },
    /* "1 §" read as "18", "15", "2 &", "958", "10 8 Tvist": the number, then a misread § */
    [PAT_CLAUSE_OCR_AFTER] = { "^(\\d{1,2}?)\\s*(?:58|[58$&S£])(?:\\s+(\\p{Lu}.{0,80}))?$", 0 },
    /* "3 Avgifter", "3. Avgifter", "3 § Avgifter", "3 – Avgifter", "3: Avgifter", "(3) Avgifter", "3) Avgifter", and
     * "1 §" or "1." over its heading ("3.5 miljoner" is none) */
    [PAT_CLAUSE_NUMBERED] = { "^(?|\\((\\d{1,2})\\)|(\\d{1,2})"
                              "(?:\\)|\\.|\\s*§|\\s*[–—-](?=\\s)|:|(?=\\s+\\p{Lu})))"
                              "(?:\\s+(?:§\\s+)?(\\p{Lu}.{0,80}))?$", 0 },
    /* "IV. Ersättning", "IV: Ersättning", "IV – Ersättning", and "IV." over its heading: a numeral's stop or dash keeps
     * the pronoun "I" of a sentence out; OCR's "Il." for "III." too, and "ll.", "lV." (read only as the run's next) */
    [PAT_CLAUSE_ROMAN] = { "^([IVXLCl][IVXLCl]{0,6})(?:[.:]|\\s+[–—-](?=\\s))(?:\\s+(\\p{Lu}.{0,80}))?$", 0 },
    /* "Punkt 3 Avgifter", "Artikel 3: Avgifter", "ARTIKEL 3" over its heading */
    [PAT_CLAUSE_WORD] = { "^(?:punkt|artikel|art\\.|paragraf|moment|avsnitt)\\s+(\\d{1,3})"
                          "\\s*(?:[.:]|[–—-](?=\\s))?\\s*(\\p{Lu}.{0,80})?$",
                          PCRE2_CASELESS },
    /* "2.1 Ersättning", "2.1. Ersättning": the first heading of part 2, numbered by its parts and their items */
    [PAT_CLAUSE_DECIMAL] = { "^(\\d{1,2})\\.1\\.?\\s+(\\p{Lu}.{0,80})$", 0 },
    [PAT_ATTACHMENT] = { "^Bilaga\\s+(\\d{1,2})\\s*[.:]?\\s*(.*)$", PCRE2_CASELESS },
    [PAT_SECTION] = { "^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(\\p{Lu}.{1,100})$", 0 },
    /* OCR reads a bullet as "e", "o", ".", ",", "«" or ".«" before the item's capital */
    [PAT_BULLET] = { "^(?:[-–—•·*=»■▪]\\s*|(?:[eo.,«]|[.,]«)\\s+(?=\\p{Lu}))", 0 },
    [PAT_SIGNATURE] = { "(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)\\s+den\\s+([^\\s]{1,8}(?:\\s+[^\\s]{1,10}){0,2}?\\s*(?:19|20)\\d{2})",
                        0 },
    /* "mellan X och Y har …", "Mellan undertecknade parter, X och Y, …", "mellan X och Y träffas härmed …" */
    [PAT_PARTIES] = { "mellan\\s+(?:kommunerna\\s+|parterna\\s+|undertecknade(?:\\s+parter)?,?\\s+)?(.+?)(?:\\.\\s|\\.$|,?\\s+(?:enligt|om|avseende|som(?!\\s+(?:företräds|representeras))|för|i\\s+syfte|under|kring|initierats|har|nedan|träffas|ingås|sluts|tecknas)\\b|$)",
                      PCRE2_CASELESS },
    [PAT_VALID_FROM] = { "(?:fr\\.?\\s*o\\.?\\s*m\\.?|från\\s+och\\s+med|från)\\s+(?:den\\s+)?(.{1,40})", PCRE2_CASELESS },
    [PAT_VALID_TO] = { "(?:t\\.?\\s*o\\.?\\s*m\\.?|till\\s+och\\s+med|till)\\s+(?:den\\s+)?(.{1,40})", PCRE2_CASELESS },
    [PAT_ORGANISED] = { "organiseras\\s+(?:via|genom|i|med)\\s+(.+?)(?:\\.|$)", PCRE2_CASELESS },
    [PAT_WORKING_GROUP] = { "^Arbetsgrupp(?:en)?\\s*[-–:]\\s*(.+?)\\s*:?$", 0 },
    [PAT_HOST_YEAR] = { "^((?:19|20)\\d{2})\\s+(\\p{Lu}.{1,80})$", 0 },
    /* who adopted the document, when, and under which § of the minutes ("Fastställd: Barn- och
     * utbildningsnämnden, 2026-02-11 § 9": the body after a colon, its first word cut by a hyphen) */
    /* OCR reads § as 8, 3, 5, S, $ or &, "§ 41" as "841" after the date; "(KF § 41)"; "Beslutad: KF 2025-10-27": the
     * standard initialisms of the council and its board for the body; "Beslutad av: Kommunstyrelsen 2027-02-09, § 19"
     * and "Antagen av: KF …": the stamp's words as a label, all of it on one line; "Godkänd Styrelsen 2027-04-20,
     * § 31": the stamp's word as a label without its colon, the body's capital after it; "av förbundets direktion":
     * a joint body's board; "av styrelsen för Ekbyhem AB": a company's board; "Beslut: Kommunfullmäktige, 2028-11-27,
     * § 131": a fact box's label, the noun with its colon, alone ("Förslag till beslut:", "Tidigare beslut:",
     * "Ersätter beslut:" name a decision to come or one superseded; "Beslut:" with its capital starts its label even
     * after the box's heading in one run, "Fakta om strategin Beslut: …") */
    [PAT_ADOPTED] = { "(?<!\\w)(?:(?:(?<!\\w )beslut|(?-i:Beslut))(?=\\s*:)|beslutad|beslutat|beslutades|antagen|antaget|antogs|antagits|fastställd|fastställt|fastställdes|"
                      "fastställts|godkänd|godkänt|godkändes|godkänts)"
                      "(?:\\s+av\\s*:?|\\s+i|\\s*:|(?=\\s+(?-i:\\p{Lu})))"
                      "\\s+((?:\\p{L}+-?\\s+){0,2}?\\p{L}*(?:fullmäktige|styrelsen|styrelse|nämnden|nämnd|"
                      "utskott|utskottet|direktionen|direktion)"
                      /* "nämnden för teknik och fritid": a nämnd named by its fields, in lower case */
                      "(?-i:(?<=nämnden)\\s+för\\s+\\p{Ll}+(?:(?:,|\\s+och)\\s+\\p{Ll}+){0,3})?|(?-i:KF|KS))"
                      "(?-i:\\s+i\\s+\\p{Lu}\\p{L}+(?:\\s+(?:kommun|stad))?|"
                      "\\s+för\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?"
                      /* "… vid sammanträdet den 14 februari 2028 (§ 9)", "… vid sitt sammanträde den …" */
                      "(?:\\s+vid\\s+(?:sitt\\s+)?(?:sammanträdet|sammanträde))?"
                      "(?:\\s+den)?\\s*,?\\s+(" DECIDED_DAY ")"
                      "(?:\\s*,?\\s*\\(?(?:\\p{Lu}{2,3}\\s+)?" SECTION_SIGN "(\\d{1,4}))?", PCRE2_CASELESS },
    /* a line that opens a stamp ("Antagen av …", "Fastställd: …"), which may wrap onto the next line */
    [PAT_OPENS_STAMP] = { "^" STAMP_VERBS "(?:\\s|:)", PCRE2_CASELESS },
    /* the date first: "Fastställd: 2026-02-19 av miljönämnden (§ 15)", "Godkänd den 3 maj 2027 i kommunstyrelsen, § 8" */
    [PAT_ADOPTED_DATE_FIRST] = { "(?<!\\w)" STAMP_VERBS
                                 "(?::|\\s+den)?\\s+(" DECIDED_DAY "),?\\s+"
                                 "(?:av|i)\\s+((?:\\p{L}+\\s+){0,2}?\\p{L}*(?:fullmäktige|styrelsen|styrelse|nämnden|nämnd|"
                                 "utskott|utskottet|direktionen|direktion))(?:\\s*,?\\s*\\(?(?:\\p{Lu}{2,3}\\s+)?" SECTION_SIGN "(\\d{1,4}))?",
                                 PCRE2_CASELESS },
    [PAT_PERIOD] = { "(?<![\\d/-])((?:19|20)\\d{2})\\s*[–—-]\\s*((?:19|20)\\d{2})(?![\\d/])", 0 },
    /* a school or financial year across two calendar years, the second whole or by its last two digits, after
     * its year word ("läsåret", "budgetår", "säsongen"): without one "KS 2026/27" is a case number */
    [PAT_SPLIT_YEAR] = { "(?:året|år|säsongen|säsong)\\s+\\K((?:19|20)\\d{2})/(\\d{4}|\\d{2})(?![\\d/])",
                         PCRE2_CASELESS },
    /* a decision stamp: the body first, then what it did, the date and the § */
    [PAT_ADOPTED_STAMP] = { "^(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s*(?:fullmäktige|styrelsen|nämnden|utskottet|direktionen))\\s+"
                            "(?:beslutade|antog|fastställde)\\b.{0,40}?\\s(" DECIDED_DAY ")(?:\\s*,?\\s*" SECTION_SIGN "(\\d{1,4}))?\\s*[.)]?\\s*$", 0 }, /* the line's end: "… § 88 att anta X" is a sentence */
    /* a body's decision on the document itself: "Socialnämnden godkände överenskommelsen (vid sitt sammanträde)
     * den 19 november 2026, § 132" (not "godkände avtalet med Region Skåne …", another one); a kommunalförbund's
     * board is its direktion ("Förbundsdirektionen antog programmet …"); OCR reads § as 8, S … */
    [PAT_ADOPTED_ITSELF] = { "^(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s*"
                             "(?:fullmäktige|styrelsen|nämnden|utskottet|direktionen)|" ALONE_BOARD ")\\s+"
                             "(?:beslutade\\s+om|beslutade|antog|fastställde|godkände)\\s+"
                             "(?:avtalet|överenskommelsen|planen|handlingsplanen|"
                             "åtgärdsplanen|programmet|strategin|policyn|riktlinjerna)\\s+(?:vid\\s+sitt\\s+sammanträde\\s+)?"
                             "(?:den\\s+)?(" DECIDED_DAY ")"
                             "(?:\\s*,?\\s*\\(?" SECTION_SIGN "(\\d{1,4}))?", 0 },
    /* a body's decision that gives the document itself, told in a sentence of its own: "Samhällsbyggnadsnämnden
     * beslutade den 2 december 2026, § 87, att lämna detta yttrande", "… beslutade 2027-03-15 § 22 att anta denna
     * plan", "Kommunstyrelsens arbetsutskott beslutade …" (a board's committee after its genitive, the noun bare; the
     * object a demonstrative: this document, not another one). Only a verb that gives the document counts:
     * one that sends it on ("skicka", "överlämna"), or a proposal sent for others to decide on or to consult about ("… på
     * remiss", "… till fullmäktige för antagande"), is no adoption. */
    [PAT_DECIDED_THIS] = { "(?:^|(?<=[.!?]\\s))(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s*(?:fullmäktige|styrelsen|nämnden|"
                           "utskottet|utskott))\\s+(?:beslutade|har\\s+beslutat)\\s+(?:vid\\s+sitt\\s+sammanträde\\s+)?(?:den\\s+)?"
                           "(" DECIDED_DAY ")(?:\\s*,?\\s*" SECTION_SIGN "(\\d{1,4}))?\\s*,?\\s+att\\s+"
                           "(?:lämna|anta|avge|fastställa|godkänna)\\s+(?:detta|denna|dessa|föreliggande)\\s+\\p{L}"
                           "(?![^.!?]*?\\s(?:på\\s+(?:remiss|samråd)|"
                           "för\\s+(?:antagande|beslut|godkännande|fastställande|fastställelse|yttrande|synpunkter)))", 0 },
    /* the closing line of a letter that answers for the municipality: "Beslut i detta ärende har fattats av
     * kommunstyrelsen den 9 mars 2027, § 27", "Beslutet i ärendet har fattats av KS 2027-03-09 § 27", "Beslut om
     * detta yttrande har fattats av …" (the reply named, not the case), "Beslutet
     * fattades av socialnämnden den …": always the decision that gave the letter itself; so is a reply's own ("Yttrandet
     * har beslutats av regionstyrelsens arbetsutskott den …", "Detta remissvar antogs av …"); OCR reads § as 8, S … */
    [PAT_DECISION_TAKEN] = { "(?:^|(?<=[.!?]\\s))(?:beslut(?:et)?"
                             "(?:\\s+i\\s+(?:detta\\s+ärende|det\\s+här\\s+ärendet|ärendet|frågan)|"
                             "\\s+om\\s+(?:detta\\s+yttrande|yttrandet|detta\\s+remissvar|remissvaret|"
                             "denna\\s+skrivelse))?"
                             "\\s+(?:har\\s+(?:fattats|tagits)|fattades|togs)|(?:detta\\s+yttrande|yttrandet|detta\\s+remissvar|"
                             "remissvaret)\\s+(?:har\\s+(?:beslutats|antagits|fastställts)|beslutades|antogs|fastställdes))"
                             "\\s+av\\s+((?:\\p{L}+-?\\s+){0,2}?\\p{L}*(?:fullmäktige|styrelsen|styrelse|nämnden|nämnd|utskott|"
                             "utskottet)|(?-i:KF|KS))(?:\\s+den)?\\s*,?\\s+(" DECIDED_DAY ")"
                             "(?:\\s*,?\\s*\\(?" SECTION_SIGN "(\\d{1,4}))?", PCRE2_CASELESS },
    /* a body's decision on a day, whatever it decided ("… beslutade vid sitt sammanträde den 16 februari 2027, § 14,
     * att bevilja …", "… har den 4 mars 2027, § 22, beslutat att avslå …"): the document's own only where it states
     * the decision the document exists to tell (read under a decision heading) */
    [PAT_DECIDED_TO] = { "^(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,3}?\\s*(?:fullmäktige|styrelsen|nämnden|utskottet))\\s+"
                         "(?:beslutade|har(?:\\s+beslutat)?)\\s+(?:vid\\s+sitt\\s+sammanträde\\s+)?(?:den\\s+)?(" DECIDED_DAY ")"
                         "(?:\\s*,?\\s*" SECTION_SIGN "(\\d{1,4}))?\\s*,?\\s+(?:beslutat\\s+)?att\\s", 0 },
};

int patterns_compile(at_extractor *ex, at_error *err)
{
    for (int i = 0; i < PAT_COUNT; i++) {
        int code;
        PCRE2_SIZE at;
        ex->pat[i] = pcre2_compile((PCRE2_SPTR)patterns[i].source, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | patterns[i].flags, &code, &at, NULL);
        if (!ex->pat[i]) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(code, msg, sizeof msg);
            return at_error_set(err, AT_EDEPEND, AT_STAGE_EXTRACT, NULL, "pattern %d: %s at %zu", i, (char *)msg,
                                (size_t)at);
        }
        /* Machine code where PCRE2 has a JIT (matching was half of extraction's time); pcre2_match
         * interprets a pattern the JIT did not take, with the same result. */
        pcre2_jit_compile(ex->pat[i], PCRE2_JIT_COMPLETE);
    }
    return 0;
}

void patterns_free(at_extractor *ex)
{
    for (int i = 0; i < PAT_COUNT; i++)
        pcre2_code_free(ex->pat[i]);
}

int patterns_attach(xctx *x, const at_extractor *ex, uint32_t match_limit, uint32_t depth_limit, at_error *err)
{
    x->pat = ex->pat;
    x->md = pcre2_match_data_create(16, NULL);
    x->limits = pcre2_match_context_create(NULL);
    /* JIT code recurses on its own stack, not the depth limit's: 32 kB would end long matches early. */
    x->jit_stack = pcre2_jit_stack_create(32 * 1024, JIT_STACK_MAX, NULL);
    if (!x->md || !x->limits || !x->jit_stack)
        return at_error_set(err, AT_ENOMEM, AT_STAGE_EXTRACT, NULL, "out of memory for pattern matching");
    pcre2_jit_stack_assign(x->limits, NULL, x->jit_stack);
    pcre2_set_match_limit(x->limits, match_limit ? match_limit : MATCH_LIMIT);
    pcre2_set_depth_limit(x->limits, depth_limit ? depth_limit : DEPTH_LIMIT);
    x->match_options = PCRE2_NO_UTF_CHECK | (depth_limit ? PCRE2_NO_JIT : 0); /* a depth limit binds the interpreter only */
    return 0;
}

void patterns_detach(xctx *x)
{
    pcre2_match_data_free(x->md);
    pcre2_match_context_free(x->limits);
    pcre2_jit_stack_free(x->jit_stack);
    x->md = NULL;
    x->limits = NULL;
    x->jit_stack = NULL;
}

/* The first failure is described (pattern, error, where), the others counted. */
static void note_match_error(xctx *x, pattern_id id, int rc, const char *s)
{
    if (x->match_errors++)
        return;
    PCRE2_UCHAR msg[128];
    pcre2_get_error_message(rc, msg, sizeof msg);
    char *head = g_utf8_substring(s, 0, MIN(g_utf8_strlen(s, -1), 40));
    snprintf(x->first_match_error, sizeof x->first_match_error, "pattern %d on \"%s…\": %s", (int)id, head,
             (char *)msg);
    g_free(head);
}

bool pat_match(xctx *x, pattern_id id, const char *s, size_t start)
{
    /* Text reaches us as valid UTF-8 (the document model guarantees it), so skip the check. */
    int rc = pcre2_match(x->pat[id], (PCRE2_SPTR)s, strlen(s), start, x->match_options, x->md, x->limits);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
        note_match_error(x, id, rc, s);
    return rc >= 0;
}

bool pat_span(xctx *x, int group, size_t *start, size_t *end)
{
    if ((uint32_t)group >= pcre2_get_ovector_count(x->md))
        return false;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(x->md);
    if (ov[2 * group] == PCRE2_UNSET)
        return false;
    *start = ov[2 * group];
    *end = ov[2 * group + 1];
    return true;
}

char *pat_group(xctx *x, const char *s, int group)
{
    size_t a, b;
    return pat_span(x, group, &a, &b) ? g_strndup(s + a, b - a) : NULL;
}

int month_number(const char *name)
{
    static const char *const months[] = { "jan", "feb", "mar", "apr", "maj", "jun",
                                          "jul", "aug", "sep", "okt", "nov", "dec" };
    char *lower = g_utf8_strdown(name, -1);
    int found = 0;
    for (int i = 0; i < 12 && !found; i++)
        if (g_str_has_prefix(lower, months[i]))
            found = i + 1;
    g_free(lower);
    return found;
}

static int group_int(xctx *x, const char *s, int group)
{
    size_t a, b;
    return pat_span(x, group, &a, &b) ? atoi(s + a) : 0;
}

bool find_date(xctx *x, const char *s, int year, xdate *out)
{
    static const pattern_id kinds[] = { PAT_ISO_DATE, PAT_LONG_DATE, PAT_SHORT_DATE, PAT_SLASH_DATE, PAT_DOT_DATE };
    bool found = false;
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        if (!pat_match(x, kinds[k], s, 0))
            continue;
        size_t a = 0, b = 0;
        pat_span(x, 0, &a, &b);
        if (found && a >= out->start)
            continue;
        int y = 0, m = 0, d = 0, end_day = 0;
        switch (kinds[k]) {
        case PAT_ISO_DATE:
            y = group_int(x, s, 1), m = group_int(x, s, 2), d = group_int(x, s, 3);
            break;
        case PAT_LONG_DATE:
        case PAT_SHORT_DATE: {
            int month_group = kinds[k] == PAT_LONG_DATE ? 3 : 2;
            char *month = pat_group(x, s, month_group);
            m = month_number(month);
            g_free(month);
            d = group_int(x, s, 1);
            y = group_int(x, s, month_group + 1); /* "15 jan. 2027", "7 april 2022": the year after the month */
            end_day = kinds[k] == PAT_LONG_DATE ? group_int(x, s, 2) : 0;
            break;
        }
        default:
            d = group_int(x, s, 1), m = group_int(x, s, 2), y = group_int(x, s, 3);
            break;
        }
        if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)(y ? y : 2000)))
            continue;
        if (!y)
            y = year;
        if (y)
            snprintf(out->iso, sizeof out->iso, "%04d-%02d-%02d", y, m, d);
        else
            snprintf(out->iso, sizeof out->iso, "--%02d-%02d", m, d);
        out->end_iso[0] = '\0';
        if (end_day > d && g_date_valid_dmy((GDateDay)end_day, (GDateMonth)m, (GDateYear)(y ? y : 2000))) {
            if (y)
                snprintf(out->end_iso, sizeof out->end_iso, "%04d-%02d-%02d", y, m, end_day);
            else
                snprintf(out->end_iso, sizeof out->end_iso, "--%02d-%02d", m, end_day);
        }
        out->start = a;
        out->end = b;
        found = true;
    }
    return found;
}

bool find_amount(xctx *x, const char *s, bool last, long long *amount, size_t *start, size_t *end)
{
    bool found = false;
    size_t from = 0, len = strlen(s);
    while (from <= len && pat_match(x, PAT_AMOUNT, s, from)) {
        size_t a = 0, b = 0;
        pat_span(x, 0, &a, &b);
        char *digits = pat_group(x, s, 1), *decimals = pat_group(x, s, 2), *unit = pat_group(x, s, 3);
        GString *whole = g_string_new(NULL);
        for (const char *p = digits; *p; p++)
            if (g_ascii_isdigit(*p))
                g_string_append_c(whole, *p);
        double value = g_ascii_strtod(whole->str, NULL);
        if (decimals) {
            char *frac = g_strconcat("0.", decimals, NULL);
            value += g_ascii_strtod(frac, NULL);
            g_free(frac);
        }
        char *u = unit ? g_utf8_strdown(unit, -1) : NULL;
        if (u && g_str_has_prefix(u, "milj"))
            value *= 1e6;
        else if (u && (strcmp(u, "mnkr") == 0 || strcmp(u, "mkr") == 0))
            value *= 1e6;
        else if (u && (strcmp(u, "tkr") == 0 || strcmp(u, "kkr") == 0))
            value *= 1e3;
        /* A bare year-like number with no unit is no amount ("Löpande 2019"); "1 950" grouped is no year. */
        bool year_like = !u && !decimals && whole->len == 4 && strlen(digits) == 4 &&
                         (g_str_has_prefix(whole->str, "19") || g_str_has_prefix(whole->str, "20"));
        if (!year_like && value < 1e13) {
            *amount = (long long)(value + 0.5);
            *start = a;
            *end = b;
            found = true;
        }
        g_free(u);
        g_free(digits);
        g_free(decimals);
        g_free(unit);
        g_string_free(whole, TRUE);
        if (found && !last)
            break;
        from = b > a ? b : a + 1;
    }
    return found;
}

static int number_word(const char *w)
{
    static const char *const words[] = { "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
                                         "tio", "elva", "tolv" };
    static const int values[] = { 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
    char *lower = g_utf8_strdown(w, -1);
    int n = g_ascii_isdigit(*lower) ? atoi(lower) : !strcmp(lower, "arton") ? 18 : !strcmp(lower, "tjugo") ? 20
          : !strcmp(lower, "tjugofyra") ? 24 : !strcmp(lower, "trettiosex") ? 36 : 0;
    for (size_t i = 0; i < G_N_ELEMENTS(words) && !n; i++)
        if (!strcmp(lower, words[i]))
            n = values[i];
    g_free(lower);
    return n;
}

bool find_duration(xctx *x, const char *s, size_t from, char out[16])
{
    if (!pat_match(x, PAT_DURATION, s, from))
        return false;
    /* "sex (6) månader": the digits decide */
    char *digits = pat_group(x, s, 2), *word = pat_group(x, s, 1);
    int n = digits && *digits ? atoi(digits) : number_word(word);
    g_free(digits);
    g_free(word);
    char *unit = pat_group(x, s, 3);
    char *u = g_utf8_strdown(unit, -1);
    char designator = u[0] == 'm' ? 'M' : g_str_has_prefix(u, "år") ? 'Y' : u[0] == 'v' ? 'W' : 'D';
    /* "ett halvår", "två kvartal": in months */
    int months = g_str_has_prefix(u, "halv") ? 6 : g_str_has_prefix(u, "kvartal") ? 3 : 0;
    designator = months ? 'M' : designator;
    n *= months ? months : 1;
    g_free(u);
    g_free(unit);
    if (n <= 0 || n > 1000)
        return false;
    snprintf(out, 16, "P%d%c", n, designator);
    return true;
}
