/* The normalizer: candidates, noisy-channel scores and a Viterbi pass per sentence.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/dict.h"
#include "arkivtext/doc.h"
#include "core/private.h"
#include "normalize/normalize_private.h"
#include "normalize/rules_private.h"

#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum {
    MAX_CANDS = 8,        /* candidates kept per word part */
    MAX_LOOKUP = 12,      /* spellings read per folded key */
    MAX_GLYPH_SITES = 12, /* glyph-rule matches considered per word */
    MAX_GLYPH_EDITS = 3,  /* glyph rules applied to one word at most */
    MAX_VARIANTS = 96,    /* glyph variants tried per word */
    MAX_COMPOUND_VARIANTS = 12, /* of those, split as compounds */
    MAX_SEGMENT = 256,    /* word parts per Viterbi pass; longer runs are cut */
    MIN_COMPOUND = 6,     /* shortest folded word tried as a compound */
    MIN_SPLIT_PART = 2,
    MAX_KNOWN_DAMAGED = 5, /* bytes of the longest known word whose look-alike readings are tried ("Ddr") */   /* letters of the shorter word of two run together */
    STRIP_SAMPLE = 20000, /* words read to estimate the strip rate */
    SEEN_FIRST_SLOTS = 1024, /* a power of two: the spellings of a rate sample (struct seen_table) */
    BONUS_MEMO_BITS = 14, /* 16 384 remembered context bonuses per run, pairs and triples each */
    JOIN_MEMO_BITS = 14,  /* 16 384 remembered verdicts on joining two words */
    GENDER_MEMO_BITS = 10, /* 1 024 spellings' readings after "ett" remembered: each costs dictionary lookups */
    PREFETCH_WORDS = 10000, /* a document this long touches most of the dictionary: map it whole first */
    EDGE_LETTERS = 3,     /* letters of room a line broken inside a word leaves at most (broken_at_edge) */
};

/* Channel probabilities for diacritics, per letter (see at_normalize_options.strip_rate). */
#define P_SWAP 0.01  /* å read as ä, ä as å ... */
#define P_ADD 1e-4   /* a diacritic that was not there: OCR rarely invents one */
#define P_JOIN 1e-3  /* the OCR split a word in two, leaving a fragment that is no vouched word ("ningen") */
#define P_JOIN_WORDS 1e-5 /* ... or two words a dictionary vouches for: mostly two words meant ("normal arbetstid") */
#define P_KNOWN_GLYPH 0.02 /* a known word is read as damage only through a look-alike at least this likely */
#define P_ENDS_SENTENCE 1e-2 /* "är." ends 0.13 % of the statutes' "är", more in prose */
#define PREDICATE_ODDS 20.0 /* "är" against "år" before a word shaped like an adjective */
#define SUBJECT_ODDS 50.0 /* a finite verb against its rival next to a subject pronoun: "vi når", "sedan sa man"
                           * (20 left "sedan så man": "så man" is a frequent web pair) */
#define INVERTED_ODDS 1000.0 /* no finite verb after the subject of a verb that opens the sentence or comes second:
                             * "Ser du kor på vägen", "Nu har vi kor" */
#define SECOND_ODDS 50.0 /* a finite verb against its rival second in a sentence: "Tåget stod", "Därför är" */
#define MODAL_ODDS 20.0 /* an infinitive against its rival after a modal verb: "får bara bada", not "båda" */
#define REPORT_ODDS 50.0 /* "sa" against "så" reporting a quote: "– Vi vann, sa tränaren." */
#define NOUN_SUBJECT_ODDS 20.0 /* a finite verb against its rival after a noun that opens a clause */
#define IMPERATIVE_ODDS 20.0 /* an imperative against its rival opening a sentence: "Säg till", not "Såg till" */
#define RULED_OUT_ODDS 1000.0 /* a reading the sentence rules out against its rivals: a first part that makes no
                               * word with the head it shares ("får- eller morföräldrar"), "bör" with no
                               * infinitive in its clause ("Min bror bör ensam"), "vänligen" after a definite
                               * noun ("myndigheten vänligen tillämpar"), a finite verb ending a preposition's
                               * phrase ("grundad på låg."), "har" ending a clause after a verb ("studerar har."), "när" opening
                               * a clause with no finite verb ("och nar till sist sjön.") */
#define GENDER_ODDS 20.0 /* a noun of common gender against its rival after "ett": "ett ide", "ett annat lok" */
#define NOMINAL_ODDS 20.0 /* a noun or an adjective against a reading that is neither after a preposition or in a
                           * list of nouns: "med bagge" is no "bägge", "i tvdrled" (OCR) is "tvärled", "tecken,
                           * rader och stycken" has no "råder" */
#define PREDICATIVE_ODDS 20.0 /* an adjective against a reading that is none after "är" and its subject: "är det
                               * kallare" is no "källare", "är den flack" no "fläck" */
#define SUPINE_ODDS 1000.0 /* a supine against its rival after a finite verb that takes none: "fick fatt i" ("fick
                          * fått" and the like never occur in the counted statutes nor the web pairs) */
#define COUNTED_ODDS 20.0 /* "år" against "är" after a number word: "två år" 889 times, "två är" once */
#define OPENING_ODDS 20.0 /* "våra" against "vara", "är" against "år" opening a sentence: the infinitive
                           * rarely does, "Är" (a question, a condition) 60 times as often as "År" */
#define P_SPLIT 5e-2 /* the OCR ran two words together */
#define P_SURNAME 1e-6 /* a surname read as a word that is none: "Anna Motte" as "Mötte", "de la Motte" */
#define MIN_STRIP_RATE 0.001  /* the strip rate of clean text */
#define DAMAGED_STRIP_RATE 0.3 /* from this strip rate up, a document counts as fully damaged */
#define GLYPH_RATE_OCR 0.01    /* from this share of words showing look-alike glyphs up, a page counts as OCR'd */
#define LOG_P_OOV (-20.7)      /* an unknown word: about 1e-9, the bar a repair must clear */
#define LOG_P_COMPOUND (-17.5) /* a compound of common parts: about 2.5e-8 */
#define COMMON_PART 1e-6       /* parts rarer than this make a compound less likely */
#define PART_WEIGHT 0.3        /* per halving of a part's compounds against its rival spelling's (log) */
#define CONTEXT_MU 1000.0      /* Dirichlet prior strength of the pair model */
#define PRUNED_PAIR 2.5        /* pairs counted fewer times were pruned from the table */
#define WEB_PAIR_TOP 1e8       /* per billion: the pair at rank r of the web list is this / r as frequent */
#define WEB_PAIRS_LISTED 275000.0 /* pairs in the web list: one it lacks is rarer than the last */
#define WEB_TOKENS 7e6         /* the web corpus weighs as much as this many counted words */
#define NO_ID UINT32_MAX
#define BEAM 10.0              /* candidates this far (log) below a word's best cannot win on context */
#define TRIPLE_MU 200.0        /* Dirichlet prior strength of the triple model, which backs off to the pairs */
#define PRUNED_TRIPLE 2.5      /* triples counted fewer times were pruned from the table */

struct at_normalizer {
    const at_dict *dict;
    const at_rules *rules;
    at_normalize_options opts;
    uint32_t number_id; /* the dictionary's "<num>", standing for any number in context counts */
    uint32_t number_context;
    double web_tokens;
    GHashTable *corrections; /* the user's: lower-case wrong word -> right word */
};

enum {
    POS_SHIFT = 14,
    POS_NOUN = AT_WORD_NOUN >> POS_SHIFT,
    POS_ADJECTIVE = AT_WORD_ADJECTIVE >> POS_SHIFT,
    POS_VERB = AT_WORD_VERB >> POS_SHIFT,
};

/* A dictionary entry's parts of speech, as a reading keeps them (in a byte its padding had). */
static inline uint8_t entry_pos(uint32_t flags)
{
    return (uint8_t)((flags & (AT_WORD_NOUN | AT_WORD_ADJECTIVE | AT_WORD_VERB)) >> POS_SHIFT);
}

typedef struct {
    const char *text; /* lower-case spelling */
    uint32_t len;
    uint32_t id;      /* dictionary id, NO_ID for unknown words and compounds */
    uint32_t context; /* its context total (how often it starts a counted pair) */
    uint32_t web_freq; /* at_dict_web_freq of its web id (web_id): read with its entry, where pair_prob
                        * would read it again far from anything it reads */
    double prior;     /* log */
    double channel;   /* log */
    const char *rule;
    bool rivals;      /* a word with rival spellings: word triples around it were counted */
    bool name;        /* a name (Österåker): keeps its capital anywhere */
    bool number_word; /* a number word ("två"): `id` is "<num>" for the counted pairs, `word_id` its own */
    uint8_t pos;      /* parts of speech by the dictionary: its AT_WORD_NOUN, _ADJECTIVE, _VERB >> POS_SHIFT */
    uint32_t word_id; /* for the web pairs, which list the word itself ("två män") */
} cand;

/* The readings of one spelling, computed once per run and shared by its occurrences. */
typedef struct {
    int n;
    int identity;     /* index of the unchanged reading, -1 if it cannot win */
    uint8_t finite;   /* bit k: reading k is a finite verb (is_finite_verb), asked once per spelling */
    bool modal;       /* a reading is a modal verb (has_modal), asked once per spelling too */
    uint8_t kinds;    /* what the spelling itself is (word_kinds), likewise */
    bool number_word; /* a reading is a number word (number_word_slot), likewise */
    bool letters;     /* the spelling is letters only (no has_non_letter): best_reading's test, likewise */
    bool copula;      /* a reading is "är" (may_be_copula, which every word asks of the one before), likewise */
    uint8_t adjectives; /* bit k: reading k may be an adjective or a participle (AT_WORD_ADJECTIVE); 0 for one reading */
    uint8_t nouns;      /* bit k: reading k may be a noun (AT_WORD_NOUN); 0 for one reading */
    cand c[MAX_CANDS];
} cand_set;

/* One word part in a sentence: where it is and which reading the Viterbi pass chose. */
typedef struct {
    size_t word;      /* doc word index */
    /* Where the part starts and ends, in bytes before the end of the word's text. A segment may be
     * decided in the middle of a word, and rewriting the parts before moves these by nothing. */
    uint32_t start_back;
    uint32_t end_back;
    int choice;
    const cand_set *cs;
    bool sentence_end; /* the word is followed by ".", "?" or "!" */
    bool comma;        /* the word ends in a comma (ends_clause), told once for the slots that ask after it */
    bool before_predicate; /* the next word looks like a predicate: "ar skyldig", "ar inte" */
    bool counts_time;      /* the word counts a time next: "varje ar", "per ar" */
    bool wants_noun;       /* a determiner a noun must follow (wants_noun): "varje", "per" */
    bool subject;          /* a pronoun that a verb follows: "vi ar", "ingen ar" */
    bool after_subject;    /* the word before is such a pronoun */
    bool after_inverted;   /* ... after its verb: "Ser du kor på vägen" has its verb, "kor" is no "kör" */
    bool coordinated;      /* "och" and a past tense follow: "satt och pratade" is no "sätt" */
    bool after_number_word; /* the word before is a number word: "tva ar" is "två år" */
    bool opens_sentence;   /* the first word of a segment, capitalised: "Vara vanner" is "Våra vänner",
                            * "Ar det" is "Är det" */
    bool before_subject;   /* a subject follows, inverted: "Till slut sa han", "Förr satt man", "Har tiden gått ut" */
    bool opens_subject;    /* opening a sentence before a word and a verb: "Var granne har" is "Vår granne har" */
    bool imperative;       /* opening a sentence, no pronoun after it: "Sag till" is "Säg till" */
    bool verb_follows;     /* opening a sentence whose clause has its finite verb later: "Kor som betar ... ar" */
    uint8_t ruled_out;     /* bit k for each reading k the sentence rules out: a first part cut off by a hyphen
                            * that makes no word with the head after "och"/"eller" when another one does ("får-
                            * eller morföräldrar"), "bör" with no infinitive after it in its clause, "vänligen"
                            * after a comma or a definite noun, a finite verb ending a preposition's phrase,
                            * "har" ending a clause after a verb or an adjective, "när" with no finite verb in
                            * its clause (mark_verbless_when), a finite verb right after a verb where a written
                            * noun stands (verb_after_verb), a noun before a noun where a written modifier
                            * stands (nouns_before_noun) */
    uint8_t not_predicative; /* after "är" and its subject, when a reading is an adjective: bit k for each reading
                              * k that is none ("är det kallare" is no "källare") */
    uint8_t not_nominal;   /* after a preposition or inside a list of nouns, when a reading is a noun: bit k for
                            * each reading k that is neither a noun nor an adjective (not_nominal: "med bagge" is
                            * no "bägge", "tecken, rader och stycken" no "råder") */
    uint8_t common_nouns;  /* after "ett" (and an adjective in -t): bit k for each reading k that is a noun of
                            * common gender only, which loses there: "ett ide", "ett annat lok" */
    bool determines;       /* after a preposition or a verb, before a noun: "förbi var reception" is vår */
    bool surname;          /* capitalised after a particle ("de la Motte"): readings that are no name lose */
    bool past_surname;     /* capitalised after a first name ("Anna Motte"): past tenses lose, not "Björk" */
    bool alone;            /* opening a sentence, a word that stands alone before the verb: "Tåget", "Därför" */
    bool second;           /* second in a sentence after such a word: its verb ("Tåget stod", "Därför är") */
    bool modal;            /* a reading is a modal verb: "far" (får) */
    bool after_modal;      /* a modal verb before it, perhaps with an adverb between: "får inte bada" */
    bool after_main_verb;  /* right after a finite verb that is no "har", "hade" nor modal: "fick fatt" */
    bool reports;          /* after a comma in a quoted line, before no verb: "– Vi vann, sa tränaren." */
    bool noun_subject;     /* a definite noun after a conjunction: "innan hjälpen" */
    bool after_noun;       /* the word before is one: "innan hjälpen nar" */
    bool wh;               /* a question word: "hur", "vad", "vilka" */
    bool after_wh;         /* one came before it in the segment: "hur lång tiden ar." ends on är */
} slot;

/* Per-call scratch: nothing here outlives at_normalize_doc, so threads never share it. */
typedef struct {
    const at_normalizer *n;
    at_doc *doc;
    pcre2_match_data *md;
    GStringChunk *strings; /* candidate spellings that are not in the dictionary */
    struct spell_cache {   /* spelling -> cand_set, open addressing: one probe reads one slot */
        struct cache_slot {  /* small, as the table touches new pages as it grows */
            uint32_t hash, len;
            struct cached {
                const char *key; /* after its readings, in the same piece of `entries` */
                cand_set set;    /* only set.c[0 .. set.n) allocated */
            } *entry;            /* NULL = empty */
        } *slots;
        size_t mask, used;
        struct arena {       /* the entries, taken in order and let go all at once */
            GPtrArray *blocks; /* block_size bytes each, mapped on a boundary of that size */
            size_t block_size; /* a huge page for a long text, less for a short one */
            guint in_use;      /* blocks taken from; the last of them is being filled */
            size_t used;       /* bytes taken from that one */
        } entries;
    } cache;
    cand_set number;       /* the one reading of a number: "<num>" */
    cand_set year;         /* a year: "<num>" for the words before it ("år 2025"), nothing for those after */
    struct bonus_memo {    /* pair models already computed, direct-mapped by word pair */
        uint64_t pair;     /* first << 32 | second, plus one; 0 = empty */
        double p_pair;     /* P(second | first) */
        double p_second;   /* P(second) */
        double log_ratio;  /* log(p_pair / p_second), context_bonus's: most pairs are asked again */
        uint32_t count;    /* the pair's count in the table (at_dict_pair_find) */
    } *bonus_memo;
    struct triple_memo {   /* triple bonuses already computed, direct-mapped */
        uint32_t first, second, third;
        bool used;
        double bonus;
    } *triple_memo;
    struct gender_memo {   /* common_nouns already computed, direct-mapped by reading set (one per spelling) */
        const cand_set *cs;
        uint8_t bits;
    } *gender_memo;
    double log_strip;
    double log_damage;     /* log of how likely any other damage is, against a damaged document's: 0 there */
    double cue_weight;     /* how much the sentence-shape cues count: 1 in fully stripped text, little in text
                            * that keeps its diacritics ("Barnen far illa" is right as it stands) */
    double log_glyphs;     /* log of how likely look-alike glyphs are, against an OCR'd page's: 0 there */
    const cand_set **word_sets; /* by word index: the readings of a whole word pass_join looked up, or NULL */
    slot *segment;         /* room for MAX_SEGMENT: a GArray's growth by one cost a call into GLib a word */
    guint n_slots;         /* in use */
    GArray *steps;         /* double: the segment's context scores (step), weighed once for viterbi and posterior */
    struct lattice {       /* viterbi's, allocated once per run: a segment holds at most MAX_SEGMENT slots */
        double paths[MAX_SEGMENT * MAX_CANDS * MAX_CANDS]; /* best path scores */
        int backs[MAX_SEGMENT * MAX_CANDS * MAX_CANDS];    /* back pointers */
        double owns[MAX_SEGMENT * MAX_CANDS]; /* each reading's own_score, weighed once for viterbi and posterior */
        uint32_t step_starts[MAX_SEGMENT];    /* by slot: where its scores start in steps */
    } *lattice;
    GString *rewritten;    /* flush_segment's new text of a word: one buffer, not one per changed word */
    at_normalize_stats stats;
    GHashTable *corrected;    /* indexes + 1 of words the user's corrections set: never changed after */
    at_segment_fn on_segment; /* set when counting context (at_normalize_segments): segments are not decided */
    cand_set counted_part;    /* there, stands for the readings of every word part: none are looked up */
    void *segment_data;
    const char *first_match_error; /* the rule of the first match PCRE2 gave up on */
    GHashTable *protected;    /* spelling -> PROTECTED or UNPROTECTED: is_protected's verdicts */
} run;

enum { UNPROTECTED = 1, PROTECTED }; /* non-zero: a verdict is no NULL */

static const char *const RULE_DIACRITICS = "dict.diacritics";
static const char *const RULE_COMPOUND = "dict.compound";
static const char *const RULE_CONTEXT = "context.bigram";
static const char *const RULE_PER_YEAR = "context.per-year";
static const char *const RULE_MUNICIPALITY = "context.municipality";

int at_normalizer_new(at_normalizer **out, const at_dict *dict, const at_rules *rules,
                      const at_normalize_options *opts, at_error *err)
{
    *out = NULL;
    if (!dict || !rules)
        return at_error_set(err, AT_EINVAL, AT_STAGE_NORMALIZE, NULL, "a dictionary and rules are required");
    at_normalize_options defaults = AT_NORMALIZE_OPTIONS_INIT;
    if (opts && opts->version != AT_NORMALIZE_OPTIONS_VERSION)
        return at_error_set(err, AT_EINVAL, AT_STAGE_NORMALIZE, NULL, "unsupported options version %d",
                            opts->version);
    at_normalizer *n = g_new0(at_normalizer, 1);
    n->dict = dict;
    n->rules = rules;
    n->opts = opts ? *opts : defaults;
    at_dict_entry number;
    n->number_id = at_dict_find(dict, "<num>", 5, &number) ? number.id : NO_ID;
    n->number_context = n->number_id == NO_ID ? 0 : at_dict_context_total(dict, n->number_id);
    n->web_tokens = WEB_TOKENS;
    *out = n;
    return 0;
}

void at_normalizer_free(at_normalizer *n)
{
    if (n && n->corrections)
        g_hash_table_destroy(n->corrections);
    g_free(n);
}

int at_normalizer_add_corrections(at_normalizer *n, const char *path, at_error *err)
{
    char *data;
    size_t len;
    int rc = at_read_file(path, &data, &len, AT_STAGE_NORMALIZE, err);
    if (rc < 0)
        return rc;
    if (!g_utf8_validate_len(data, len, NULL)) {
        g_free(data);
        return at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, path, "not valid UTF-8 text");
    }
    if (!n->corrections)
        n->corrections = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    char **lines = g_strsplit(data, "\n", -1);
    for (unsigned i = 0; lines[i] && rc == 0; i++) {
        char *line = g_strchomp(lines[i]), *tab = strchr(line, '\t');
        if (!*line || *line == '#')
            continue;
        if (!tab || tab == line || !tab[1] || strchr(tab + 1, '\t') || memchr(line, ' ', (size_t)(tab - line))) {
            rc = at_error_set(err, AT_ESYNTAX, AT_STAGE_NORMALIZE, path, "expected wrong<TAB>right, one word then its correction");
            err->line = i + 1;
            break;
        }
        g_hash_table_insert(n->corrections, g_utf8_strdown(line, tab - line), g_strdup(tab + 1));
    }
    g_strfreev(lines);
    g_free(data);
    return rc;
}

/* strchr(set, c) != NULL for a constant set, which the compiler then unrolls into a few comparisons
 * instead of a call (the terminating '\0' is found, as strchr finds it). */
static inline bool in_set(const char *set, char c)
{
    for (; *set; set++)
        if (*set == c)
            return true;
    return c == '\0';
}

/* g_utf8_get_char without a call into GLib for an ASCII character, most of them. */
static inline gunichar char_at(const char *p)
{
    return (unsigned char)*p < 0x80 ? (gunichar)(unsigned char)*p : g_utf8_get_char(p);
}

/* g_unichar_isalpha with the common cases first: this runs for every character. */
static inline bool is_alpha(gunichar c)
{
    if (c < 0x80)
        return g_ascii_isalpha((char)c);
    if (c >= 0xC0 && c <= 0xFF)
        return c != 0xD7 && c != 0xF7;
    return g_unichar_isalpha(c);
}

/* g_unichar_isdigit, ASCII first: this runs for every character of a sample of the text. */
static inline bool is_digit(gunichar c)
{
    return c < 0x80 ? g_ascii_isdigit((char)c) : g_unichar_isdigit(c);
}

/* g_unichar_isupper and g_unichar_islower, ASCII first: they run for every changed word's letters. */
static inline bool is_upper(gunichar c)
{
    return c < 0x80 ? g_ascii_isupper((char)c) : g_unichar_isupper(c);
}

static inline bool is_lower(gunichar c)
{
    return c < 0x80 ? g_ascii_islower((char)c) : g_unichar_islower(c);
}

/* ---- matching ---- */

/* Past this many bytes (a line, not a word), memchr finds a rule's few start bytes faster than a loop. */
enum { LONG_SCAN = 48 };

/* The first byte from `start` on that is one of the rule's few start bytes, or `len`. */
static size_t first_of(const at_rule *rule, const char *s, size_t len, size_t start)
{
    size_t first = len;
    for (int i = 0; i < rule->n_few_starts && first > start; i++) {
        const char *q = memchr(s + start, rule->few_starts[i], first - start);
        if (q)
            first = (size_t)(q - s);
    }
    return first;
}

static bool rule_matches(run *r, const at_rule *rule, const char *s, size_t len, size_t start,
                         PCRE2_SIZE *mstart, PCRE2_SIZE *mend)
{
    /* A byte a match may start with is looked for first: this loop is faster than the JIT's scan of
     * every character, and most lines have none for a rule like "[S$&](?= \d)". */
    if (rule->anchored && rule->starts && (start >= len || !rule->starts[(unsigned char)s[start]]))
        return false; /* most lines do not start like a bullet or a § */
    if (rule->n_few_starts && len - start >= LONG_SCAN)
        start = first_of(rule, s, len, start);
    while (rule->starts && !rule->anchored && start < len && !rule->starts[(unsigned char)s[start]])
        start++;
    if (rule->starts && start >= len)
        return false; /* a pattern with a start bitmap matches nothing empty */
    /* The JIT entry skips pcre2_match's checks; patterns that did not JIT-compile use the interpreter. */
    int rc = at_rule_jit(rule) ? pcre2_jit_match(rule->code, (PCRE2_SPTR)s, len, start, 0, r->md, r->n->rules->limits)
                       : pcre2_match(rule->code, (PCRE2_SPTR)s, len, start, 0, r->md, r->n->rules->limits);
    if (rc < 0 && rc != PCRE2_ERROR_NOMATCH && !r->stats.match_errors++)
        r->first_match_error = rule->id; /* the word stays as it is; the document gets a warning */
    if (rc < 0)
        return false;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
    *mstart = ov[0];
    *mend = ov[1];
    return true;
}

static bool matches_protect_rule(run *r, const char *s, size_t len)
{
    const GPtrArray *rules = r->n->rules->by_kind[AT_RULE_PROTECT];
    PCRE2_SIZE a, b;
    for (guint i = 0; i < rules->len; i++)
        if (rule_matches(r, rules->pdata[i], s, len, 0, &a, &b))
            return true;
    return false;
}

/* Does a protect rule match `s`? Remembered per spelling: text repeats its numbers and codes ("1",
 * "2 §"), and each rule is a regular expression run. */
static bool is_protected(run *r, const char *s, size_t len)
{
    char key[AT_WORD_MAX];
    bool memo = len < sizeof key && !memchr(s, '\0', len);
    if (memo) {
        memcpy(key, s, len);
        key[len] = '\0';
        gpointer seen = g_hash_table_lookup(r->protected, key);
        if (seen)
            return GPOINTER_TO_INT(seen) == PROTECTED;
    }
    size_t errors = r->stats.match_errors;
    bool hit = matches_protect_rule(r, s, len);
    if (memo && r->stats.match_errors == errors) /* a match PCRE2 gave up on is tried again, and counted */
        g_hash_table_insert(r->protected, g_strdup(key), GINT_TO_POINTER(hit ? PROTECTED : UNPROTECTED));
    return hit;
}

/* ---- candidates ---- */

/* Log channel probability of reading `obs` when `want` was meant, both lower
 * case with the same folded form; NAN when they do not align letter by letter. */
static double diacritic_channel(const char *obs, const char *want, size_t want_len, double log_strip,
                                 double log_damage)
{
    double cost = 0;
    const char *o = obs, *w = want, *wend = want + want_len;
    while (*o && w < wend) {
        gunichar co = char_at(o), cw = char_at(w);
        if (co != cw) {
            bool od = at_unichar_has_diacritic(co), wd = at_unichar_has_diacritic(cw);
            if (!od && wd)
                cost += log_strip;
            else if (od && !wd)
                cost += log(P_ADD) + log_damage;
            else
                cost += log(P_SWAP) + log_damage;
        }
        o = g_utf8_next_char(o);
        w = g_utf8_next_char(w);
    }
    return (*o || w < wend) ? NAN : cost;
}

static double local_score(const cand *c)
{
    return c->prior + c->channel;
}

static void add_cand(cand_set *s, const cand *c)
{
    for (int i = 0; i < s->n; i++) {
        if (s->c[i].len == c->len && memcmp(s->c[i].text, c->text, c->len) == 0) {
            if (c->prior + c->channel > s->c[i].prior + s->c[i].channel)
                s->c[i] = *c;
            return;
        }
    }
    if (s->n < MAX_CANDS) {
        s->c[s->n++] = *c;
        return;
    }
    int worst = 0;
    for (int i = 1; i < s->n; i++)
        if (s->c[i].prior + s->c[i].channel < s->c[worst].prior + s->c[worst].channel)
            worst = i;
    if (c->prior + c->channel > s->c[worst].prior + s->c[worst].channel)
        s->c[worst] = *c;
}

static bool in_list(const char *const *words, size_t n, const char *s, size_t len)
{
    if (!len)
        return false;
    /* The first byte first: most words are in no list, and the loop's own steps cost as much as the
     * test, so it is unrolled. */
#pragma GCC unroll 4
    for (size_t i = 0; i < n; i++)
        if (words[i][0] == s[0] && len == strlen(words[i]) && memcmp(s, words[i], len) == 0)
            return true;
    return false;
}

/* Does `s` start with one of `words`, followed by a word that is in `rest`? */
static bool joined_of(const char *const *words, size_t n, const char *const *rest, size_t n_rest, const char *s,
                      size_t len)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(words[i]);
        if (len > k && memcmp(s, words[i], k) == 0 && in_list(rest, n_rest, s + k, len - k))
            return true;
    }
    return false;
}

/* Number words count as numbers in context, as digits do: "tre år", "högst sjuttio år", and tens
 * and units written as one word, "fyrtiosju år", "tjugufem år". */
static bool is_number_word(const char *lower, size_t len)
{
    static const char *const words[] = { "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
                                         "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
                                         "nitton", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio",
                                         "åttio", "nittio", "hundra", "tusen" };
    static const char *const tens[] = { "tjugo", "tjugu", "trettio", "fyrtio", "femtio", "sextio", "sjuttio",
                                        "åttio", "nittio" };
    static const char *const units[] = { "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio" };
    /* Every one starts with one of these letters ("\xc3" opens "å") and is short: most words are ruled out at once. */
    if (!len || len > strlen("sjuttioåtta") || !in_set("afehnst\xc3", lower[0]))
        return false;
    return in_list(words, G_N_ELEMENTS(words), lower, len) ||
           joined_of(tens, G_N_ELEMENTS(tens), units, G_N_ELEMENTS(units), lower, len);
}

/* A reading that is a number word takes the context of "<num>". */
static void number_context(run *r, cand *c)
{
    if (r->n->number_id != NO_ID && is_number_word(c->text, c->len)) {
        c->number_word = true;
        c->word_id = c->id;
        c->id = r->n->number_id;
        c->context = r->n->number_context;
        c->rivals = false;
    }
}

/* The spellings filed under the folded key of `lower`, the likeliest MAX_LOOKUP of them into `e`;
 * how many there are in all (at_dict_lookup), 0 when it cannot be folded. */
static size_t lookup_key(run *r, const char *lower, size_t len, at_dict_entry *e)
{
    char key[AT_WORD_MAX];
    int klen = at_fold(lower, len, key, sizeof key);
    return klen < 0 ? 0 : at_dict_lookup(r->n->dict, key, (size_t)klen, e, MAX_LOOKUP);
}

/* Is `lower` itself among the `n` spellings `e` (all of its key's)? Each spelling is filed once, under
 * its folded key (a user's word too: at_dict_add_lexicon adds none the dictionary has), so this is
 * at_dict_find without looking the key up again. */
static bool spelled_among(const at_dict_entry *e, size_t n, const char *lower, size_t len, at_dict_entry *out)
{
    for (size_t i = 0; i < n; i++)
        if (e[i].len == len && memcmp(e[i].word, lower, len) == 0) {
            *out = e[i];
            return true;
        }
    return false;
}

/* The readings of `lower` among the `n` spellings `e` its key files, added to `s`. */
static int add_folded(run *r, cand_set *s, const char *lower, const at_dict_entry *e, size_t n,
                      double extra_channel, const char *rule)
{
    int hits = 0;
    for (size_t i = 0; i < n && i < MAX_LOOKUP; i++) {
        double ch = diacritic_channel(lower, e[i].word, e[i].len, r->log_strip, r->log_damage);
        if (isnan(ch))
            continue;
        bool same = e[i].len == strlen(lower) && memcmp(e[i].word, lower, e[i].len) == 0;
        /* A glyph variant that is itself the word is that glyph rule's doing, not the diacritics'. */
        cand c = { e[i].word, (uint32_t)e[i].len, e[i].id, at_dict_context_total(r->n->dict, e[i].id),
                   at_dict_web_freq(r->n->dict, e[i].id), log(e[i].prior), ch + extra_channel, same ? rule : (rule ? rule : RULE_DIACRITICS),
                   (e[i].flags & AT_WORD_RIVALS) != 0, (e[i].flags & AT_WORD_NAME) != 0, false,
                   entry_pos(e[i].flags), 0 };
        number_context(r, &c);
        add_cand(s, &c);
        hits++;
    }
    return hits;
}

/* Every spelling filed under the folded form of `lower`, weighed against it. Returns hits. */
static int lookup_folded(run *r, cand_set *s, const char *lower, double extra_channel, const char *rule)
{
    at_dict_entry e[MAX_LOOKUP];
    size_t n = lookup_key(r, lower, strlen(lower), e);
    return add_folded(r, s, lower, e, n, extra_channel, rule);
}

/* The prior of a compound: a base rate, less for every extra part and every rare part. */
static double compound_prior(int parts, double part_log_prior_penalty)
{
    /* Every further part makes a chance split likelier than a real compound. */
    return LOG_P_COMPOUND - 1.5 * (parts - 2) + part_log_prior_penalty;
}

static double part_penalty(double prior, size_t bytes)
{
    /* Short parts ("mår", "am") split nonsense as easily as compounds. */
    return 0.5 * MIN(0, log(prior) - log(COMMON_PART)) - (bytes < 4 ? 1.0 : 0);
}

static unsigned productivity(const at_dict_entry *e, bool last)
{
    return (e->flags >> (last ? AT_WORD_HEADS_SHIFT : AT_WORD_MODIFIERS_SHIFT)) & AT_WORD_PARTS_MASK;
}

/* What a compound part loses against the rival spellings of its letters `e[0..n)` when hunspell's
 * compounds have it in its place (the last part for `last`, else a first one) less often than a
 * rival: "cykelvagar" is cykelvägar, since vägar ends many compounds and vågar few. */
static double rival_part_cost(const at_dict_entry *part, const at_dict_entry *e, size_t n, bool last)
{
    unsigned best = 0;
    for (size_t i = 0; i < n; i++)
        best = MAX(best, productivity(&e[i], last));
    return PART_WEIGHT * ((double)productivity(part, last) - best);
}

/* The prior of `lower` read as a compound of words spelled exactly so, or NAN. */
static double exact_compound_prior(run *r, const char *lower, size_t len)
{
    size_t cuts[8];
    int parts = at_dict_split(r->n->dict, lower, len, false, cuts, G_N_ELEMENTS(cuts));
    if (parts < 2)
        return NAN;
    double penalty = 0;
    for (int p = 0, from = 0; p < parts; from = (int)cuts[p++]) {
        at_dict_entry e;
        size_t to = cuts[p];
        if (!at_dict_find(r->n->dict, lower + from, to - (size_t)from, &e) &&
            !at_dict_find(r->n->dict, lower + from, to - (size_t)from - 1, &e)) /* linking s */
            return NAN;
        at_dict_entry rivals[MAX_LOOKUP];
        char key[AT_WORD_MAX];
        int klen = at_fold(e.word, e.len, key, sizeof key);
        size_t n = klen > 0 ? at_dict_lookup(r->n->dict, key, (size_t)klen, rivals, MAX_LOOKUP) : 0;
        penalty += part_penalty(e.prior, e.len) + rival_part_cost(&e, rivals, MIN(n, MAX_LOOKUP), p == parts - 1);
    }
    return compound_prior(parts, penalty);
}

/* The best spelling for each part of a compound, joined: "kompetens|forsorjning" -> "kompetensförsörjning". */
static bool compound_cand(run *r, const char *lower, double extra_channel, const char *rule, cand *out)
{
    char key[AT_WORD_MAX];
    int klen = at_fold(lower, strlen(lower), key, sizeof key);
    if (klen < 0 || g_utf8_strlen(key, klen) < MIN_COMPOUND)
        return false;
    size_t cuts[8];
    /* Fewest parts first, and of those the commonest parts: "vård|kontakten", not "vårdkön|takten". */
    int parts = at_dict_split_likeliest(r->n->dict, key, (size_t)klen, true, cuts, G_N_ELEMENTS(cuts));
    if (parts < 2)
        return false;
    GString *joined = g_string_sized_new((gsize)klen + 8);
    double channel = extra_channel, penalty = 0;
    size_t from = 0;
    const char *obs = lower;
    for (int p = 0; p < parts; p++) {
        size_t to = cuts[p];
        /* The observed letters of this part: folding keeps the letter count, so walk letters. */
        glong letters = g_utf8_strlen(key + from, (gssize)(to - from));
        const char *obs_end = g_utf8_offset_to_pointer(obs, letters);
        char obs_part[AT_WORD_MAX];
        g_strlcpy(obs_part, obs, MIN(sizeof obs_part, (size_t)(obs_end - obs) + 1));
        /* A linking 's' belongs to no dictionary word: look up the head without it. */
        size_t head_to = to;
        at_dict_entry e[MAX_LOOKUP];
        size_t n = at_dict_lookup(r->n->dict, key + from, to - from, e, MAX_LOOKUP);
        if (n == 0 && key[to - 1] == 's') {
            head_to = to - 1;
            n = at_dict_lookup(r->n->dict, key + from, head_to - from, e, MAX_LOOKUP);
        }
        if (head_to != to) /* compare without the linking letter */
            obs_part[strlen(obs_part) - 1] = '\0';
        double best = -INFINITY, best_channel = 0;
        const at_dict_entry *pick = NULL;
        for (size_t i = 0; i < n && i < MAX_LOOKUP; i++) {
            double ch = diacritic_channel(obs_part, e[i].word, e[i].len, r->log_strip, r->log_damage);
            double v = log(e[i].prior) + ch + rival_part_cost(&e[i], e, MIN(n, MAX_LOOKUP), p == parts - 1);
            if (!isnan(ch) && v > best) {
                best = v;
                best_channel = ch;
                pick = &e[i];
            }
        }
        if (!pick) {
            g_string_free(joined, TRUE);
            return false;
        }
        g_string_append_len(joined, pick->word, (gssize)pick->len);
        if (head_to != to)
            g_string_append_c(joined, 's');
        channel += best_channel;
        penalty += part_penalty(pick->prior, pick->len) + rival_part_cost(pick, e, MIN(n, MAX_LOOKUP), p == parts - 1);
        from = to;
        obs = obs_end;
    }
    out->text = g_string_chunk_insert_len(r->strings, joined->str, (gssize)joined->len);
    out->len = (uint32_t)joined->len;
    out->id = NO_ID;
    out->context = 0;
    out->web_freq = 0;
    out->prior = compound_prior(parts, penalty);
    out->channel = channel;
    out->rule = rule ? rule : RULE_COMPOUND;
    out->rivals = false;
    out->name = false;
    out->number_word = false;
    out->pos = 0;
    out->word_id = 0;
    g_string_free(joined, TRUE);
    return true;
}

typedef struct {
    uint32_t start, end;
    const at_rule *rule;
} glyph_site;

static int compare_sites(const void *a, const void *b)
{
    const glyph_site *x = a, *y = b;
    return x->start != y->start ? (x->start < y->start ? -1 : 1) : (x->end < y->end ? -1 : x->end > y->end);
}

typedef struct {
    char text[AT_WORD_MAX];
    double channel;
    const char *rule; /* the first glyph rule applied */
} glyph_variant;

typedef struct {
    const char *word;
    size_t len;
    glyph_site sites[MAX_GLYPH_SITES];
    int n_sites;
    glyph_variant *variants;
    int n_variants;
    double log_damage; /* added per glyph edit of a look-alike rule (run.log_damage) */
    double log_glyphs; /* added per glyph edit of any rule (run.log_glyphs) */
} glyph_search;

/* Every set of exactly `want` non-overlapping sites, applied left to right.
 * `built` holds the variant up to byte `pos` of the word. */
static void collect_variants(glyph_search *g, int want, int from, uint32_t pos, char *built, size_t built_len,
                             int edits, double channel, const char *first_rule)
{
    if (g->n_variants >= MAX_VARIANTS)
        return;
    if (edits == want) {
        if (built_len + (g->len - pos) >= AT_WORD_MAX)
            return;
        glyph_variant *v = &g->variants[g->n_variants++];
        memcpy(v->text, built, built_len);
        memcpy(v->text + built_len, g->word + pos, g->len - pos);
        v->text[built_len + (g->len - pos)] = '\0';
        v->channel = channel;
        v->rule = first_rule;
        return;
    }
    for (int i = from; i < g->n_sites; i++) {
        const glyph_site *site = &g->sites[i];
        size_t gap = site->start - pos, repl = strlen(site->rule->replacement);
        if (site->start < pos || built_len + gap + repl >= AT_WORD_MAX)
            continue;
        memcpy(built + built_len, g->word + pos, gap);
        memcpy(built + built_len + gap, site->rule->replacement, repl);
        collect_variants(g, want, i + 1, site->end, built, built_len + gap + repl, edits + 1,
                         channel + log(site->rule->weight) + g->log_glyphs + (site->rule->engine ? 0 : g->log_damage),
                         first_rule ? first_rule : site->rule->id);
    }
}

static int likelier_variant(const void *a, const void *b)
{
    double x = ((const glyph_variant *)a)->channel, y = ((const glyph_variant *)b)->channel;
    return x > y ? -1 : x < y;
}

/* Readings of a word with OCR glyph confusions undone, likeliest variants first; none whose
 * channel is below min_channel. A `known` word (a dictionary word) takes no engine rule. */
static int expand_glyphs(run *r, cand_set *s, const char *word, size_t len, bool compounds, bool known,
                         double min_channel)
{
    glyph_search g = { .word = word, .len = len, .log_damage = r->log_damage, .log_glyphs = r->log_glyphs };
    const GPtrArray *rules = r->n->rules->by_kind[AT_RULE_GLYPH];
    for (guint i = 0; i < rules->len && g.n_sites < MAX_GLYPH_SITES; i++) {
        PCRE2_SIZE a, b, start = 0;
        while (start <= len && g.n_sites < MAX_GLYPH_SITES &&
               rule_matches(r, rules->pdata[i], word, len, start, &a, &b)) {
            /* A dictionary word holding a vowel pair is spelled so ("råa", "gråa"), no engine's slip. */
            if (b > a && !(known && ((const at_rule *)rules->pdata[i])->engine))
                g.sites[g.n_sites++] = (glyph_site){ (uint32_t)a, (uint32_t)b, rules->pdata[i] };
            start = b > a ? b : a + 1;
        }
    }
    if (g.n_sites == 0)
        return 0;
    qsort(g.sites, (size_t)g.n_sites, sizeof *g.sites, compare_sites);
    g.variants = g_new(glyph_variant, MAX_VARIANTS);
    /* Fewest edits first, so a long word's many sites cannot crowd out its single confusions. */
    char built[AT_WORD_MAX];
    for (int want = 1; want <= MAX_GLYPH_EDITS; want++)
        collect_variants(&g, want, 0, 0, built, 0, 0, 0, NULL);
    qsort(g.variants, (size_t)g.n_variants, sizeof *g.variants, likelier_variant);
    int hits = 0;
    for (int i = 0; i < g.n_variants; i++) {
        char lower[AT_WORD_MAX];
        const glyph_variant *v = &g.variants[i];
        if (v->channel < min_channel)
            break; /* sorted: the rest are less likely still */
        if (at_lower(v->text, strlen(v->text), lower, sizeof lower) < 0)
            continue;
        int found = lookup_folded(r, s, lower, v->channel, v->rule);
        /* Compounds only for the likeliest few variants: splitting is the costly part. */
        cand c;
        if (!found && compounds && i < MAX_COMPOUND_VARIANTS && compound_cand(r, lower, v->channel, v->rule, &c)) {
            add_cand(s, &c);
            found++;
        }
        hits += found;
    }
    g_free(g.variants);
    return hits;
}

/* The last 0 to 7 bytes of a spelling as one number: from 4 bytes on, two loads that overlap
 * (a byte read twice changes nothing for a hash or a test of every byte). */
static inline uint64_t load_tail(const char *s, size_t len)
{
    if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, s, sizeof a);
        memcpy(&b, s + len - 4, sizeof b);
        return a | (uint64_t)b << 32;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < len; i++)
        w |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return w;
}

static bool has_non_letter(const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    while (end - p >= 8 && at_ascii8_letters(at_load8(p))) /* most words: ASCII letters, 8 at a time */
        p += 8;
    /* The last 1 to 7 bytes in one test too: the 8 that end the word (those before p are letters),
     * or in a word of 4 to 7 bytes two 4-byte pieces that may overlap. */
    size_t left = (size_t)(end - p);
    if (left && left < 8 &&
        (len >= 8 ? at_ascii8_letters(at_load8(end - 8)) : left >= 4 && at_ascii8_letters(load_tail(p, left))))
        return false;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (!g_ascii_isalpha((char)c))
                return true;
            p++;
        } else if (c == 0xC3 && p + 1 < end) { /* U+00C0..U+00FF, where å, ä and ö are: decoded here, it runs for every word */
            if (!is_alpha(0xC0 | ((unsigned char)p[1] & 0x3F)))
                return true;
            p += 2;
        } else {
            if (!is_alpha(char_at(p)))
                return true;
            p = g_utf8_next_char(p);
        }
    }
    return false;
}

/* Letters outside a-z, å, ä, ö (é, á, ó ...) are mostly OCR's reading of å, ä, ö. */
static bool has_foreign_letter(const char *s, size_t len)
{
    for (const char *p = s, *end = s + len; p < end; p = g_utf8_next_char(p)) {
        if ((unsigned char)*p < 0x80) /* ASCII stays ASCII in lower case: most letters are decoded no further */
            continue;
        gunichar c = g_unichar_tolower(char_at(p));
        if (c >= 0x80 && c != 0xE5 && c != 0xE4 && c != 0xF6)
            return true;
    }
    return false;
}

static int local_best(const cand_set *s);
static double context_bonus(run *r, const cand *a, const cand *b);
static void cancel_imperative(run *r, slot *seg, size_t len);
static void mark_bare_modals(run *r, slot *seg, size_t len);
static bool is_year(const char *s, size_t len);
static bool closes_sentence(const run *r, size_t index);
static bool is_conjunction(const char *s, size_t len);
static void mark_verbless_when(run *r, slot *seg, size_t len);
static void mark_when_before_subject(run *r, slot *seg, size_t len);
static void mark_auxiliary_have(run *r, slot *seg, size_t len);
static void mark_coordinated_have(run *r, slot *seg, size_t len);
static void mark_have_before_preposition(run *r, slot *seg, size_t len);
static void mark_here_after_infinitive(run *r, slot *seg, size_t len);
static void mark_copula_before_then(run *r, slot *seg, size_t len);
static void mark_year_after_predicative(run *r, slot *seg, size_t len);
static void mark_participle_subject(run *r, slot *seg, size_t len);
static bool may_be_noun(const slot *s);
static bool definite_at(run *r, size_t index);
static bool may_be_adjective(const slot *s);
static bool definite_by_base(const at_dict *d, const cand_set *cs);
static bool is_finite_verb(const cand *c);
static bool has_modal(const cand_set *s);
static bool is_modal(const cand *c);
static inline uint8_t readings_spelled(const cand_set *cs, const char *word);
static uint8_t word_kinds(const char *part, size_t len);

/* The best known reading of `lower` alone, into *out; false when it has none. */
static bool best_known(run *r, const char *lower, cand *out)
{
    cand_set s = { 0 };
    lookup_folded(r, &s, lower, 0, NULL);
    int k = s.n ? local_best(&s) : -1;
    if (k < 0 || s.c[k].id == NO_ID)
        return false;
    *out = s.c[k];
    return true;
}

/* Prepositions and particles begin compounds (påsyfta, avblanda, underbilaga) more often than the OCR
 * runs them into the next word. */
static bool is_particle(const char *s, size_t len)
{
    static const char *const words[] = { "av", "på", "under", "om", "in", "ut", "upp", "till", "för", "med", "över",
                                         "efter", "fram", "bort", "mot", "vid", "genom", "inom", "mellan", "ned",
                                         "ner", "hem", "an", "åter", "samman", "sam", "i", "å", "bi", "före", "åt" };
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (len == strlen(words[i]) && memcmp(s, words[i], len) == 0)
            return true;
    return false;
}

/* Two words the OCR ran together ("visamarbetar": vi samarbetar), when two known words and their
 * pair explain it better than anything else; false when no cut does. */
static bool split_cand(run *r, const char *lower, size_t len, cand *out)
{
    double best = -INFINITY;
    char a[AT_WORD_MAX], b[AT_WORD_MAX];
    cand ca, cb;
    for (const char *cut = g_utf8_next_char(g_utf8_next_char(lower)); cut < lower + len; cut = g_utf8_next_char(cut)) {
        if (g_utf8_strlen(cut, (gssize)(lower + len - cut)) < MIN_SPLIT_PART)
            break;
        g_strlcpy(a, lower, (size_t)(cut - lower) + 1);
        g_strlcpy(b, cut, (size_t)(lower + len - cut) + 1);
        if (!best_known(r, a, &ca) || !best_known(r, b, &cb) || is_particle(ca.text, ca.len))
            continue;
        double score = local_score(&ca) + local_score(&cb) + context_bonus(r, &ca, &cb) + log(P_SPLIT) + r->log_damage +
                       r->log_glyphs;
        if (score > best) {
            best = score;
            char *text = g_strdup_printf("%.*s %.*s", (int)ca.len, ca.text, (int)cb.len, cb.text);
            *out = (cand){ g_string_chunk_insert(r->strings, text), (uint32_t)strlen(text), NO_ID, 0, 0, score, 0,
                           "layout.split", false, false, false, 0, 0 };
            g_free(text);
        }
    }
    return best > -INFINITY;
}

/* All readings of one word part, the unchanged one included. */
static void gen_candidates(run *r, cand_set *s, const char *part, size_t len)
{
    s->n = 0;
    char lower[AT_WORD_MAX];
    if (len >= AT_WORD_MAX || at_lower(part, len, lower, sizeof lower) < 0) {
        cand id = { part, (uint32_t)len, NO_ID, 0, 0, LOG_P_OOV, 0, NULL, false, false, false, 0, 0 };
        s->c[s->n++] = id;
        s->identity = 0;
        return;
    }
    size_t llen = strlen(lower);
    at_dict_entry e[MAX_LOOKUP], exact;
    size_t n = lookup_key(r, lower, llen, e);
    /* Asked of the dictionary again only when the key files more spellings than were read. */
    bool known = n > MAX_LOOKUP ? at_dict_find(r->n->dict, lower, llen, &exact)
                                : spelled_among(e, n, lower, llen, &exact);
    int hits = add_folded(r, s, lower, e, n, 0, NULL);
    bool odd = has_non_letter(part, len);
    if (!known) {
        /* The unchanged reading of an unknown word: a compound of known parts, or a stranger; no
         * compound when a spelling of its letters is a word ("dricksvattentakt" is -täkt, not -takt). */
        double compound = odd || hits || g_utf8_strlen(lower, (gssize)llen) < MIN_COMPOUND
                              ? NAN
                              : exact_compound_prior(r, lower, llen);
        cand id = { g_string_chunk_insert_len(r->strings, lower, (gssize)llen), (uint32_t)llen, NO_ID, 0, 0,
                    isnan(compound) ? LOG_P_OOV : MAX(compound, LOG_P_OOV), 0, NULL, false, false, false, 0, 0 };
        add_cand(s, &id);
        /* A compound of known parts with lost diacritics, unless the whole word was found;
         * glyph variants compete with it, and try compounds themselves only when it failed. */
        cand c;
        bool compound_found = !hits && !odd && compound_cand(r, lower, 0, NULL, &c);
        if (compound_found)
            add_cand(s, &c);
        /* A word whose diacritics alone were lost is found already; glyphs matter when it was not,
         * or when it holds a character that is no Swedish letter (6ver, &r, fér). */
        if (!hits || odd || has_foreign_letter(part, len))
            expand_glyphs(r, s, part, len, !hits && !compound_found, false, -INFINITY);
        cand split;
        /* Only a word that no other reading explains: a compound of known parts (ommätning, påsyftar)
         * is far likelier than two words run together. */
        if (!hits && !odd && !compound_found && local_score(&s->c[local_best(s)]) <= LOG_P_OOV + 0.5 &&
            g_utf8_strlen(lower, (gssize)llen) >= MIN_COMPOUND && split_cand(r, lower, llen, &split))
            add_cand(s, &split);
    } else if (llen <= MAX_KNOWN_DAMAGED) {
        /* A short known word may be OCR damage itself ("dr" for år, "pd" for på): its readings
         * through a common look-alike compete, each at its glyph rule's cost (a rare one, i for ä,
         * would make "gillande" "gällande"), in clean text at the cost of any damage there. A
         * longer one is rarely damage that makes a word again, and looking costs time. */
        expand_glyphs(r, s, part, len, false, true, log(P_KNOWN_GLYPH));
    }
    s->identity = -1;
    for (int i = 0; i < s->n; i++)
        if (s->c[i].len == llen && memcmp(s->c[i].text, lower, llen) == 0)
            s->identity = i;
    if (s->identity < 0) {
        /* Crowded out by likelier readings: the unchanged one must stay on the table. */
        cand id = { g_string_chunk_insert_len(r->strings, lower, (gssize)llen), (uint32_t)llen,
                    known ? exact.id : NO_ID, known ? at_dict_context_total(r->n->dict, exact.id) : 0,
                    known ? at_dict_web_freq(r->n->dict, exact.id) : 0,
                    known ? log(exact.prior) : LOG_P_OOV, 0, NULL, known && (exact.flags & AT_WORD_RIVALS),
                    known && (exact.flags & AT_WORD_NAME), false, known ? entry_pos(exact.flags) : 0, 0 };
        number_context(r, &id);
        s->identity = s->n < MAX_CANDS ? s->n++ : MAX_CANDS - 1;
        s->c[s->identity] = id;
    }
}

/* Change a word's reading. A word changed twice (NFC, then diacritics) names both rules. */
static void set_text(run *r, size_t index, const char *text, size_t len, const char *rule, double score)
{
    at_word_view w;
    at_doc_word(r->doc, index, &w);
    char *both = NULL;
    if (w.changed && w.rule && strcmp(w.rule, rule) != 0) {
        rule = both = g_strconcat(w.rule, "+", rule, NULL);
        score = MIN(score, w.score);
    }
    at_doc_set_text(r->doc, index, text, len, rule, score);
    g_free(both);
}

/* Drop the readings that cannot win, so the context model weighs only real rivals. */
static void prune(cand_set *s)
{
    double best = -INFINITY;
    for (int i = 0; i < s->n; i++)
        best = MAX(best, local_score(&s->c[i]));
    int kept = 0, identity = -1;
    for (int i = 0; i < s->n; i++) {
        if (local_score(&s->c[i]) < best - BEAM)
            continue;
        if (i == s->identity)
            identity = kept;
        s->c[kept++] = s->c[i];
    }
    s->n = kept;
    s->identity = identity;
}

/* ---- the run's spelling cache ---- */

enum {
    ARENA_BLOCK = 2 << 20,         /* one huge page: a long text's blocks */
    SMALL_ARENA_BLOCK = 64 << 10,  /* a short text's: a huge page each run would cost more than it saves */
    HUGE_ARENA_WORDS = 16384,      /* words of a long text */
    CACHE_FIRST_SLOTS = 1024,      /* a power of two */
    CACHE_MOST_FIRST_SLOTS = 1 << 18, /* a long text's cache starts no larger (4 MB) */
};

/* A block of `size` bytes (a power of two of whole pages) on a boundary of that size, mapped on its
 * own: freed blocks of the heap would be split and trimmed run after run. */
static void *arena_block(size_t size)
{
    char *reserved = mmap(NULL, 2 * size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (reserved == MAP_FAILED)
        g_error("out of memory for a block of %zu bytes", size); /* as g_malloc() fails */
    char *block = (char *)(((uintptr_t)reserved + size - 1) & ~(uintptr_t)(size - 1));
    if (block > reserved)
        munmap(reserved, (size_t)(block - reserved));
    munmap(block + size, (size_t)(reserved + size - block));
    at_huge_pages(block, size);
    return block;
}

/* Room for `size` bytes in the arena. Its blocks are asked to be huge pages: a cache entry for every
 * new spelling touches new memory, and a fault per small page is dear. */
static void *arena_take(struct arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15; /* readings hold doubles */
    g_assert(size <= a->block_size);
    if (a->in_use == 0 || a->used + size > a->block_size) {
        if (a->in_use == a->blocks->len) {
            g_ptr_array_add(a->blocks, arena_block(a->block_size));
        }
        a->in_use++;
        a->used = 0;
    }
    char *p = (char *)a->blocks->pdata[a->in_use - 1] + a->used;
    a->used += size;
    return p;
}

/* A zeroed table of `n` entries. A text of at least as many words touches every page of it: those
 * are mapped at once (at_populate). */
static void *new_table(const run *r, size_t n, size_t size)
{
    void *table = g_malloc0_n(n, size);
    if (at_doc_n_words(r->doc) >= n)
        at_populate(table, n * size);
    return table;
}

/* A word at a time: the cache hashes every word of the text. */
static uint32_t spelling_hash(const char *s, size_t len)
{
    const uint64_t mul = UINT64_C(0x9E3779B97F4A7C15);
    uint64_t h = len * mul;
    for (; len >= 8; s += 8, len -= 8) {
        h = (h ^ at_load8(s)) * mul;
        h ^= h >> 29;
    }
    h = (h ^ load_tail(s, len)) * mul;
    return (uint32_t)(h ^ h >> 32);
}

/* The slot of `s`, or the empty slot where it belongs. */
static struct cache_slot *cache_probe(const struct spell_cache *c, uint32_t hash, const char *s, size_t len)
{
    for (size_t i = hash & c->mask;; i = (i + 1) & c->mask) {
        struct cache_slot *slot = &c->slots[i];
        if (!slot->entry || (slot->hash == hash && slot->len == len && memcmp(slot->entry->key, s, len) == 0))
            return slot;
    }
}

/* Twice the slots when three quarters are used: probes stay short and few pages are touched. */
static void cache_grow(struct spell_cache *c)
{
    struct spell_cache bigger = { g_new0(struct cache_slot, 2 * (c->mask + 1)), 2 * c->mask + 1, c->used, c->entries };
    at_populate(bigger.slots, (bigger.mask + 1) * sizeof *bigger.slots);
    for (size_t i = 0; i <= c->mask; i++)
        if (c->slots[i].entry)
            *cache_probe(&bigger, c->slots[i].hash, c->slots[i].entry->key, c->slots[i].len) = c->slots[i];
    g_free(c->slots);
    *c = bigger;
}

static void cache_clear(struct spell_cache *c)
{
    memset(c->slots, 0, (c->mask + 1) * sizeof *c->slots);
    c->used = 0;
    c->entries.in_use = 0;
    c->entries.used = 0;
}

/* The readings of a spelling when the run's cache holds them, or NULL. */
static const cand_set *cached(run *r, const char *part, size_t len)
{
    struct cache_slot *slot = cache_probe(&r->cache, spelling_hash(part, len), part, len);
    return slot->entry ? &slot->entry->set : NULL;
}

/* The readings of a spelling (shorter than AT_WORD_MAX) through the run's cache: text repeats its words. */
static const cand_set *candidates(run *r, const char *part, size_t len)
{
    uint32_t hash = spelling_hash(part, len);
    struct cache_slot *slot = cache_probe(&r->cache, hash, part, len);
    if (slot->entry)
        return &slot->entry->set;
    cand_set all;
    gen_candidates(r, &all, part, len);
    prune(&all);
    all.finite = 0;
    for (int k = 0; k < all.n; k++)
        all.finite |= (uint8_t)(is_finite_verb(&all.c[k]) << k);
    all.modal = has_modal(&all);
    all.number_word = false;
    for (int k = 0; k < all.n; k++)
        all.number_word |= all.c[k].id == r->n->number_id && all.c[k].len;
    all.kinds = word_kinds(part, len);
    all.letters = !has_non_letter(part, len);
    all.copula = readings_spelled(&all, "är") != 0;
    all.adjectives = all.nouns = 0;
    for (int k = 0; all.n > 1 && k < all.n; k++) {
        all.adjectives |= (uint8_t)(!!(all.c[k].pos & POS_ADJECTIVE) << k);
        all.nouns |= (uint8_t)(!!(all.c[k].pos & POS_NOUN) << k);
    }
    /* Kept in the room its readings take, not MAX_CANDS: most spellings have one or two, and
     * every page of new memory costs a fault. Only c[0 .. n) of a cached set is ever read. */
    size_t readings = offsetof(struct cached, set.c) + (size_t)all.n * sizeof(cand);
    struct cached *entry = arena_take(&r->cache.entries, readings + len + 1);
    char *key = (char *)entry + readings;
    memcpy(key, part, len);
    key[len] = '\0';
    entry->key = key;
    memcpy(&entry->set, &all, offsetof(cand_set, c) + (size_t)all.n * sizeof(cand));
    if (4 * (r->cache.used + 1) > 3 * (r->cache.mask + 1)) {
        cache_grow(&r->cache);
        slot = cache_probe(&r->cache, hash, part, len);
    }
    *slot = (struct cache_slot){ hash, (uint32_t)len, entry };
    r->cache.used++;
    return &entry->set;
}

/* ---- context ---- */

/* The memo slot of the pair `first second`. */
static struct bonus_memo *pair_memo(run *r, uint32_t first, uint32_t second)
{
    uint64_t pair = ((uint64_t)first << 32 | second) + 1;
    return &r->bonus_memo[(pair * 0x9E3779B97F4A7C15ull) >> (64 - BONUS_MEMO_BITS)];
}

/* How often the pair `first second` was counted: the pair model's memo has it when the step
 * before weighed that pair, as it mostly has. */
static uint32_t pair_count(run *r, uint32_t first, uint32_t second)
{
    const struct bonus_memo *memo = pair_memo(r, first, second);
    uint32_t web_rank;
    return memo->pair == ((uint64_t)first << 32 | second) + 1 ? memo->count
                                                              : at_dict_pair_find(r->n->dict, first, second, &web_rank);
}

/* The id under which the web lists a reading: a number word's own, not "<num>". */
static uint32_t web_id(const cand *c)
{
    return c->number_word ? c->word_id : c->id;
}

/* P(b | a) from word-pair counts with a Dirichlet prior, and P(b), in the pair's memo. Two corpora are pooled:
 * the statutes, counted, and web Swedish, whose pair list has ranks only: a pair at rank r is taken
 * to occur WEB_PAIR_TOP / r times per billion words (Zipf; the constant makes the listed pairs of a
 * frequent word add up to about half its frequency), in a web corpus of WEB_TOKENS words. A pair
 * missing from a table may have been pruned, so it counts as seen up to the pruning threshold. */
static const struct bonus_memo *pair_prob(run *r, const cand *a, const cand *b)
{
    /* Sentences repeat their word pairs; the table lookups are the costly part. Keyed by the web's
     * ids, which tell number words apart. */
    uint32_t web_first = web_id(a), web_second = web_id(b);
    uint64_t pair = ((uint64_t)web_first << 32 | web_second) + 1;
    struct bonus_memo *memo = pair_memo(r, web_first, web_second);
    if (memo->pair != pair) {
        const at_dict *d = r->n->dict;
        double web_scale = r->n->web_tokens / 1e9;
        double tokens = (double)at_dict_context_tokens(d) + r->n->web_tokens;
        double web_a = a->web_freq * web_scale, web_b = b->web_freq * web_scale;
        double n_a = a->context + web_a, p = (b->context + web_b + 0.5) / tokens;
        uint32_t web_rank;
        uint32_t count = at_dict_pair_find(d, a->id, b->id, &web_rank);
        if (web_first != a->id || web_second != b->id)
            at_dict_pair_find(d, web_first, web_second, &web_rank);
        double n_ab = MAX(count, MIN(PRUNED_PAIR, a->context * p));
        if (web_rank)
            n_ab += WEB_PAIR_TOP / web_rank * web_scale;
        else /* as often as chance pairs them, also when the web list lacks b: b is no rarer after a */
            n_ab += MIN(WEB_PAIR_TOP / WEB_PAIRS_LISTED * web_scale, web_a * p);
        double p_pair = (n_ab + CONTEXT_MU * p) / (n_a + CONTEXT_MU);
        *memo = (struct bonus_memo){ pair, p_pair, p, log(p_pair / p), count };
    }
    return memo;
}

/* How much likelier `b` is after `a` than on its own (log). */
static double context_bonus(run *r, const cand *a, const cand *b)
{
    if (a == r->year.c) /* "Ordförande 2021 är": a year counts nothing, unlike "5 år" */
        return 0;
    if (a->id == NO_ID || b->id == NO_ID)
        return 0;
    return r->n->opts.context_weight * pair_prob(r, a, b)->log_ratio;
}

/* How much likelier `c` is after `a b` than on its own (log): the triple counts, backed off to
 * the pair `b c` by a Dirichlet prior. Triples were counted only around words with rivals; elsewhere,
 * or without `a`, the pair decides alone. */
static double triple_bonus(run *r, const cand *a, const cand *b, const cand *c)
{
    if (b == r->year.c)
        return 0;
    if (a == r->year.c)
        a = NULL;
    if (!a || a->id == NO_ID || !(a->rivals || b->rivals || c->rivals))
        return context_bonus(r, b, c);
    if (b->id == NO_ID || c->id == NO_ID)
        return 0;
    /* Keyed by the web's ids, as pair_prob is: number words share "<num>" in the counts only. */
    uint32_t ka = web_id(a), kb = web_id(b), kc = web_id(c);
    uint64_t key = (((uint64_t)ka << 32 | kb) * 0x9E3779B97F4A7C15ull) ^ (kc * 0xC2B2AE3D27D4EB4Full);
    uint32_t h = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> (64 - BONUS_MEMO_BITS));
    struct triple_memo *memo = &r->triple_memo[h];
    if (memo->used && memo->first == ka && memo->second == kb && memo->third == kc)
        return memo->bonus;
    const at_dict *d = r->n->dict;
    const struct bonus_memo *bc = pair_prob(r, b, c);
    double p_c = bc->p_second, p_bc = bc->p_pair;
    /* The pair a b as a history; absent, it was seen at most a pruned few times. */
    double n_ab = MAX(pair_count(r, a->id, b->id), 1.0);
    double n_abc = at_dict_trigram(d, a->id, b->id, c->id);
    n_abc = MAX(n_abc, MIN(PRUNED_TRIPLE, n_ab * p_bc));
    double p = (n_abc + TRIPLE_MU * p_bc) / (n_ab + TRIPLE_MU);
    double bonus = r->n->opts.context_weight * log(p / p_c);
    *memo = (struct triple_memo){ ka, kb, kc, true, bonus };
    return bonus;
}

/* The context score of reading `k` at slot i after readings `h` (slot i - 2, or -1) and `j` (slot i - 1). */
static double step(run *r, const slot *seg, size_t i, int h, int j, int k)
{
    return triple_bonus(r, h >= 0 ? &seg[i - 2].cs->c[h] : NULL, &seg[i - 1].cs->c[j], &seg[i].cs->c[k]);
}

/* Words that never end a sentence: "påföljande ar." is år, "tills den nar." når; nor does a modal
 * verb, which wants its infinitive: "där du bor." is no "bör.". ("än" does in prose: "inte än.") */
static bool never_ends_sentence(const cand *c)
{
    static const char *const words[] = { "är", "när", "och", "att", "som", "eller", "samt", "vars", "bör" };
    return in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* Does a word part look like what follows a copula: an adjective or participle by its ending
 * ("skyldig", "tillämplig", "avslutad"; not "avsedd"), or a word that follows "är" but not "år"?
 * Pair counts miss the many rare adjectives; their endings pool them. Diacritics are folded away. */
static bool predicate_shaped(const char *part, size_t len)
{
    /* Adverbs, and articles and "att", which follow "är" at least 18 times as often as "år" in the
     * counted statutes ("årskurs 4-6 ar den som"). */
    static const char *const words[] = { "inte", "ocksa", "endast", "dock", "darfor", "alltsa", "aven",
                                         "en",   "ett",   "den",    "det",  "att" };
    static const char *const endings[] = { "ad", "at", "ade", "ig", "igt", "iga", "lig", "ligt", "liga", "isk",
                                           "iskt", "iska", "bar", "bart", "bara", "ande", "ende" };
    char folded[AT_WORD_MAX * 4];
    int n = at_fold(part, len, folded, sizeof folded);
    if (n <= 0)
        return false;
    size_t flen = (size_t)n;
    if (in_list(words, G_N_ELEMENTS(words), folded, flen))
        return true;
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++) {
        size_t k = strlen(endings[i]);
        if (flen >= k + 3 && memcmp(folded + flen - k, endings[i], k) == 0)
            return true;
    }
    return false;
}

/* Is reading `c` spelled `word` ("är", "år", "våra", "sa", "bör", "vänligen")? */
static inline bool spelled(const cand *c, const char *word)
{
    return c->len == strlen(word) && memcmp(c->text, word, c->len) == 0;
}

static bool is_said(const cand *c)
{
    return spelled(c, "sa");
}

/* The readings of `cs` spelled `word`, as bits. */
static inline uint8_t readings_spelled(const cand_set *cs, const char *word)
{
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        bits |= (uint8_t)(spelled(&cs->c[k], word) << k);
    return bits;
}

/* Finite verbs, most of them with a rival spelling that is no verb ("vi nar" is "vi når", "du kor" "du
 * kör"): what a subject pronoun calls for next to it. */
static bool is_finite_verb(const cand *c)
{
    static const char *const words[] = { "är",  "var",  "når",  "får",  "sa",    "kör",    "stör",   "går",
                                         "gör", "står", "hör",  "bör",  "bor",   "bär",    "bar",    "tar",
                                         "mår", "såg",  "lät",  "lär",  "åt",    "låg",    "satt",   "stod",
                                         "låter", "håller", "tänker", "gäller", "har", "kan", "ska", "skall",
                                         "vill", "måste", "blir", "hade", "kunde", "skulle", "ville", "ser", "vet",
                                         "tror", "tycker", "säger", "finns", "kommer", "kom", "fick", "gick", "blev",
                                         "höll", "tog", "gav", "drog", "fann" };
    /* None is longer than "gäller": most words are ruled out at once. */
    return c->len <= strlen("gäller") && in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* Supines whose rival spelling is none: what only "har" or "hade" (or a modal, loosely) comes before. */
static bool is_supine(const cand *c)
{
    static const char *const words[] = { "fått", "gått", "stått", "nått", "slått" };
    return in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* "Our" in its three forms, whose rivals (var, vart, vara) determine no noun. */
static bool is_possessive(const cand *c)
{
    static const char *const words[] = { "vår", "vårt", "våra" };
    return in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* Infinitives whose rival spelling is no infinitive ("båda", "våra", "första"); not "ändra" nor "störa",
 * whose rivals open the subject after a modal ("får inte andra än", "får inte stora ändringar"). */
static bool is_infinitive(const cand *c)
{
    static const char *const words[] = { "bada",  "vara",  "göra",  "höra",  "föra",  "gå",    "få",   "stå",
                                         "nå",    "säga",  "lägga", "sätta", "läsa",  "låsa",  "hålla", "förstå",
                                         "välja", "tänka", "känna", "höja",  "sänka", "låta",
                                         "gälla", "växa",  "öka",   "möta",  "lämna", "följa", "måla", "foga", "bära" };
    return in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* A past tense by its ending ("mötte", "följde", "pratade"). */
static bool past_shaped(const char *s, size_t len)
{
    return len > 3 && s[len - 1] == 'e' && (s[len - 2] == 't' || s[len - 2] == 'd');
}

/* No surname after a first name is a past tense. */
static bool past_tense(const cand *c)
{
    return past_shaped(c->text, c->len);
}

/* Imperatives with a rival spelling that is none ("såg", "åt", "tillsatt", "kor", "lät", "tank"). */
static bool is_imperative(const cand *c)
{
    static const char *const words[] = { "säg", "ät",   "sätt", "tillsätt", "kör",  "låt",  "tänk",
                                         "häll", "håll", "vänd", "välj",     "rör",  "sänk", "lägg",
                                         "släck", "värm", "stäng", "späd",   "skär", "hör" };
    return in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

static bool may_be_copula(const cand_set *s)
{
    return s->copula; /* digits' sets (run.number, run.year) have none: their reading is "" */
}

/* Is `stem` (`len` bytes) followed by `ending` a word? Its entry in `e`. */
static bool find_with(const at_dict *d, const char *stem, size_t len, const char *ending, at_dict_entry *e)
{
    char w[AT_WORD_MAX + 4];
    size_t k = strlen(ending);
    if (len + k > sizeof w)
        return false;
    memcpy(w, stem, len);
    memcpy(w + len, ending, k);
    return at_dict_find(d, w, len + k, e);
}

/* Is `c` followed by `ending` a word? */
static bool has_ending(const at_dict *d, const cand *c, const char *ending)
{
    at_dict_entry e;
    return find_with(d, c->text, c->len, ending, &e);
}

/* Is `stem` (`len` bytes) followed by `ending` a noun? */
static bool noun_with(const at_dict *d, const char *stem, size_t len, const char *ending)
{
    at_dict_entry e;
    return find_with(d, stem, len, ending, &e) && (e.flags & AT_WORD_NOUN);
}

/* Is reading `c` a noun in the indefinite plural: "-ar", "-er" or "-or" after a noun's stem ("kommuner" of
 * "kommun", "skolor" of "skola", "pojkar" of "pojke"; not "kommun", "sommar")? */
static bool plural_noun(const at_dict *d, const cand *c)
{
    if (!(c->pos & POS_NOUN) || c->len < 5 || c->text[c->len - 1] != 'r' || !in_set("aeo", c->text[c->len - 2]))
        return false;
    size_t stem = c->len - 2;
    return noun_with(d, c->text, stem, "") || noun_with(d, c->text, stem, "a") || noun_with(d, c->text, stem, "e");
}

/* A noun of common gender only: a definite form in -en or -n is a word, one in -et or -t none ("idén",
 * "löken"; not "lok", whose "loken" is a plural beside "loket", nor "stor": "stort"). */
static bool common_only(const at_dict *d, const cand *c)
{
    return !has_ending(d, c, "et") && !has_ending(d, c, "t") && (has_ending(d, c, "en") || has_ending(d, c, "n"));
}

/* The readings of `cs` that are nouns of common gender only, as bits; remembered per spelling, as "ett år"
 * repeats and every lookup may touch a page of the dictionary no other word does. */
static uint8_t common_nouns(run *r, const cand_set *cs)
{
    uint64_t key = (uint64_t)(uintptr_t)cs * 0x9E3779B97F4A7C15ull;
    struct gender_memo *memo = &r->gender_memo[key >> (64 - GENDER_MEMO_BITS)];
    if (memo->cs != cs) {
        uint8_t bits = 0;
        for (int k = 0; k < cs->n; k++)
            bits |= (uint8_t)(common_only(r->n->dict, &cs->c[k]) << k);
        *memo = (struct gender_memo){ cs, bits };
    }
    return memo->bits;
}

/* Does reading `c` of a first part, joined to the folded head `head`, spell a dictionary word? */
static bool joins_head(run *r, const cand *c, const char *head, size_t head_len)
{
    char key[AT_WORD_MAX];
    int f = c->len + head_len < sizeof key ? at_fold(c->text, c->len, key, sizeof key) : -1;
    if (f < 0 || (size_t)f + head_len >= sizeof key)
        return false;
    memcpy(key + f, head, head_len);
    at_dict_entry e[MAX_LOOKUP];
    size_t n = at_dict_lookup(r->n->dict, key, (size_t)f + head_len, e, MAX_LOOKUP);
    for (size_t i = 0; i < n && i < MAX_LOOKUP; i++)
        if (e[i].len > c->len && memcmp(e[i].word, c->text, c->len) == 0)
            return true;
    return false;
}

/* The readings of word `index`, a first part cut off by a hyphen (the caller saw it) before "och" or
 * "eller", that make no word with the head of the compound after it ("far- eller morföräldrar":
 * farföräldrar, no fårföräldrar; "kart- och flygbildmaterial"), when another reading does; else 0. The
 * longest head that some reading joins is the shared one. */
static uint8_t unjoined_parts(run *r, size_t index, const cand_set *cs)
{
    enum { MIN_PART_LETTERS = 3 };
    size_t len;
    if (index + 2 >= at_doc_n_words(r->doc))
        return 0;
    const char *conj = at_doc_word_text(r->doc, index + 1, &len);
    if (!((len == strlen("och") && memcmp(conj, "och", len) == 0) ||
          (len == strlen("eller") && memcmp(conj, "eller", len) == 0)))
        return 0;
    const char *next = at_doc_word_text(r->doc, index + 2, &len);
    while (len && strchr(",.;:)", next[len - 1]))
        len--;
    char key[AT_WORD_MAX];
    int f = len < AT_WORD_MAX ? at_fold(next, len, key, sizeof key) : -1;
    for (size_t from = MIN_PART_LETTERS; f > 0 && from + MIN_PART_LETTERS <= (size_t)f; from++) {
        uint8_t bits = 0;
        for (int k = 0; k < cs->n; k++)
            bits |= (uint8_t)(!joins_head(r, &cs->c[k], key + from, (size_t)f - from) << k);
        if (bits != (1u << cs->n) - 1)
            return bits;
    }
    return 0;
}

/* The cost of reading a surname (slot `s`) as `k`: a word that is no name, or after a first name a past tense. */
static double surname_cost(const slot *s, int k)
{
    const cand *c = &s->cs->c[k];
    bool wrong = (s->surname || (s->past_surname && past_tense(c))) && k != s->cs->identity && !c->name;
    return wrong ? log(P_SURNAME) : 0;
}

/* A reading's score on its own in slot `s`: its prior and channel, whether it may end a sentence
 * there, and whether the next word's shape calls for it. */
static double slot_score(const run *r, const slot *s, int k)
{
    const cand *c = &s->cs->c[k];
    bool finite = s->cs->finite >> k & 1;
    double v = local_score(c) +
               (s->sentence_end && never_ends_sentence(c) && !(s->after_wh && spelled(c, "är")) ? log(P_ENDS_SENTENCE) : 0) +
               (s->before_predicate && spelled(c, "är") ? log(PREDICATE_ODDS) : 0) +
               (s->opens_sentence && (spelled(c, "våra") || spelled(c, "är")) ? log(OPENING_ODDS) : 0) +
               (s->after_number_word && spelled(c, "år") ? log(COUNTED_ODDS) : 0);
    if (s->surname | s->past_surname)
        v += surname_cost(s, k);
    /* Most slots have no cue of the sentence's shape: one test for them all. */
    if (s->after_subject | s->after_inverted | s->before_subject | s->second | s->after_noun | s->after_modal |
        s->after_main_verb | s->reports | s->opens_subject | s->determines | s->imperative | s->verb_follows |
        s->coordinated)
        v += r->cue_weight *
             (((s->after_subject || s->before_subject || s->coordinated) && finite ? log(SUBJECT_ODDS) : 0) -
              (s->after_inverted && k != s->cs->identity && finite ? log(INVERTED_ODDS) : 0) +
              (s->second && finite ? log(SECOND_ODDS) : 0) +
              (s->after_noun && finite ? log(NOUN_SUBJECT_ODDS) : 0) +
              (s->after_modal && is_infinitive(c) ? log(MODAL_ODDS) : 0) -
              (s->after_main_verb && is_supine(c) ? log(SUPINE_ODDS) : 0) +
              (s->reports && spelled(c, "sa") ? log(REPORT_ODDS) : 0) +
              ((s->opens_subject || s->determines) && is_possessive(c) ? log(OPENING_ODDS) : 0) +
              (s->imperative && is_imperative(c) ? log(IMPERATIVE_ODDS) : 0) -
              (s->verb_follows && is_imperative(c) ? log(IMPERATIVE_ODDS) : 0));
    if (s->common_nouns >> k & 1)
        v -= r->cue_weight * log(GENDER_ODDS);
    if (s->not_predicative >> k & 1)
        v -= r->cue_weight * log(PREDICATIVE_ODDS);
    if (s->not_nominal >> k & 1)
        v -= r->cue_weight * log(NOMINAL_ODDS);
    if (s->ruled_out >> k & 1)
        v -= r->cue_weight * log(RULED_OUT_ODDS);
    return v;
}

/* slot_score where it can tell readings apart: a slot of one reading adds the same to every path. */
static double own_score(const run *r, const slot *s, int k)
{
    return s->cs->n > 1 ? slot_score(r, s, k) : 0;
}

/* Room for the context score of every reading triple of the segment: those of slot i (readings h, j, k
 * at slots i - 2, i - 1, i; h = 0 at slot 1) at steps[start(i) + (h * n(i - 1) + j) * n(i) + k]. */
static double *steps_room(run *r, const slot *seg, size_t len)
{
    uint32_t n = 0;
    for (size_t i = 1; i < len; i++) {
        r->lattice->step_starts[i] = n;
        n += (uint32_t)((i >= 2 ? seg[i - 2].cs->n : 1) * seg[i - 1].cs->n * seg[i].cs->n);
    }
    g_array_set_size(r->steps, n);
    return (double *)(void *)r->steps->data;
}

static size_t step_index(const run *r, const slot *seg, size_t i, int h, int j, int k)
{
    return r->lattice->step_starts[i] +
           ((size_t)h * (size_t)seg[i - 1].cs->n + (size_t)j) * (size_t)seg[i].cs->n + (size_t)k;
}

/* Best reading per slot over the segment: a second-order Viterbi pass (states are reading pairs). */
static void viterbi(run *r, slot *seg, size_t len)
{
    if (len == 0)
        return;
    enum { S = MAX_CANDS * MAX_CANDS };
    double *steps = steps_room(r, seg, len);
    /* score[i * S + j * MAX_CANDS + k]: best path with reading j at slot i - 1 and k at slot i;
     * back: the reading at slot i - 2 on it. Slot 0 uses j = 0. */
    double *score = r->lattice->paths;
    int *back = r->lattice->backs;
    double *owns = r->lattice->owns;
    for (size_t i = 0; i < len; i++)
        for (int k = 0; k < seg[i].cs->n; k++)
            owns[i * MAX_CANDS + k] = own_score(r, &seg[i], k);
    for (int k = 0; k < seg[0].cs->n; k++)
        score[k] = owns[k];
    for (size_t i = 1; i < len; i++) {
        int n_prev = i >= 2 ? seg[i - 2].cs->n : 1;
        const double *own = &owns[i * MAX_CANDS]; /* each reading's score on its own, whatever comes before it */
        if (seg[i].cs->n == 1 && seg[i - 1].cs->n == 1 && n_prev == 1) { /* one path: no context to weigh */
            steps[step_index(r, seg, i, 0, 0, 0)] = 0;
            score[i * S] = score[(i - 1) * S] + own[0];
            back[i * S] = 0;
            continue;
        }
        /* Slot i's steps, at step_index(r, seg, i, h, j, k): h strides over n_before * n_here of them. */
        int n_before = seg[i - 1].cs->n, n_here = seg[i].cs->n;
        double *steps_i = &steps[step_index(r, seg, i, 0, 0, 0)];
        size_t h_stride = (size_t)n_before * (size_t)n_here;
        for (int j = 0; j < n_before; j++) {
            for (int k = 0; k < n_here; k++) {
                double best = -INFINITY;
                int arg = 0;
                for (int h = 0; h < n_prev; h++) {
                    double *at = &steps_i[(size_t)h * h_stride + (size_t)j * (size_t)n_here + (size_t)k];
                    *at = step(r, seg, i, i >= 2 ? h : -1, j, k);
                    double v = score[(i - 1) * S + (i >= 2 ? h * MAX_CANDS : 0) + j] + *at;
                    if (v > best) {
                        best = v;
                        arg = h;
                    }
                }
                score[i * S + j * MAX_CANDS + k] = best + own[k];
                back[i * S + j * MAX_CANDS + k] = arg;
            }
        }
    }
    /* The best final state, then back through the pairs. */
    int j = 0, k = 0;
    size_t last = len - 1;
    double best = -INFINITY;
    for (int jj = 0; jj < (len >= 2 ? seg[last - 1].cs->n : 1); jj++)
        for (int kk = 0; kk < seg[last].cs->n; kk++)
            if (score[last * S + (len >= 2 ? jj * MAX_CANDS : 0) + kk] > best) {
                best = score[last * S + (len >= 2 ? jj * MAX_CANDS : 0) + kk];
                j = jj;
                k = kk;
            }
    seg[last].choice = k;
    for (size_t i = last; i >= 1; i--) {
        seg[i - 1].choice = j;
        int h = back[i * S + j * MAX_CANDS + k];
        k = j;
        j = h;
    }
}

/* The context around slot i's reading x, with every other slot's chosen reading. Slot i has rival
 * readings, so viterbi weighed every triple that holds it: those scores are read back, not weighed
 * again through the memos of triple_bonus, which lie far from the sentence in memory. */
static double around(const run *r, const slot *seg, size_t len, size_t i, int x)
{
#define STEP(m, h, j, k) g_array_index(r->steps, double, step_index(r, seg, m, h, j, k))
    double v = 0;
    if (i >= 1)
        v += STEP(i, i >= 2 ? seg[i - 2].choice : 0, seg[i - 1].choice, x);
    if (i + 1 < len)
        v += STEP(i + 1, i >= 1 ? seg[i - 1].choice : 0, x, seg[i + 1].choice);
    if (i + 2 < len)
        v += STEP(i + 2, x, seg[i + 1].choice, seg[i + 2].choice);
#undef STEP
    return v;
}

/* Posterior of the chosen reading given its neighbours' choices, from viterbi's scores. */
static double posterior(run *r, const slot *seg, size_t len, size_t i, int k)
{
    if (seg[i].cs->n == 1)
        return 1; /* a sole reading: nothing to weigh it against */
    double v[MAX_CANDS], max = -INFINITY, sum = 0;
    for (int j = 0; j < seg[i].cs->n; j++) {
        v[j] = r->lattice->owns[i * MAX_CANDS + (size_t)j] + around(r, seg, len, i, j);
        max = MAX(max, v[j]);
    }
    for (int j = 0; j < seg[i].cs->n; j++)
        sum += v[j] = exp(v[j] - max); /* kept: the chosen reading's is not computed twice */
    return v[k] / sum;
}

static int local_best(const cand_set *s)
{
    int k = 0;
    for (int j = 1; j < s->n; j++)
        if (local_score(&s->c[j]) > local_score(&s->c[k]))
            k = j;
    return k;
}

/* Write `cand` in the case pattern of `obs`: SÖDERTÖRN, Södertörn, södertörn. */
static void apply_case(const char *obs, size_t obs_len, const char *cand, size_t cand_len, GString *out)
{
    int upper = 0, lower = 0;
    bool first_upper = false, first = true;
    for (const char *p = obs; p < obs + obs_len; p = g_utf8_next_char(p)) {
        gunichar c = char_at(p);
        if (!is_alpha(c))
            continue;
        if (is_upper(c))
            upper++;
        else if (is_lower(c))
            lower++;
        if (first)
            first_upper = is_upper(c);
        first = false;
        if (lower) /* no word in capitals, and its first letter read: the rest tells nothing more */
            break;
    }
    bool all_upper = upper >= 2 && lower == 0;
    if (!all_upper && !first_upper) { /* most words: nothing to raise */
        g_string_append_len(out, cand, (gssize)cand_len);
        return;
    }
    bool initial = true;
    for (const char *p = cand; p < cand + cand_len; p = g_utf8_next_char(p)) {
        gunichar c = char_at(p);
        if (all_upper || (initial && first_upper && is_alpha(c)))
            c = g_unichar_toupper(c);
        if (is_alpha(c))
            initial = false;
        g_string_append_unichar(out, c);
    }
}

/* The letter at byte `at` of `out` in upper case. */
static void capitalise_at(GString *out, size_t at)
{
    const char *p = out->str + at;
    gunichar c = char_at(p), up = g_unichar_toupper(c);
    if (up == c)
        return;
    char buf[8];
    int n = g_unichar_to_utf8(up, buf);
    g_string_erase(out, (gssize)at, g_utf8_next_char(p) - p);
    g_string_insert_len(out, (gssize)at, buf, n);
}

/* The segment's parts as text ("<num>" for numbers), for at_normalize_segments. */
static void hand_over_segment(run *r, const slot *seg, size_t len)
{
    const char **parts = g_new(const char *, len + 1);
    size_t *lens = g_new(size_t, len + 1);
    for (size_t i = 0; i < len; i++) {
        size_t wlen;
        const char *text = at_doc_word_text(r->doc, seg[i].word, &wlen);
        parts[i] = text + wlen - seg[i].start_back;
        lens[i] = seg[i].start_back - seg[i].end_back;
        char lower[AT_WORD_MAX];
        if (seg[i].cs == &r->number || seg[i].cs == &r->year ||
            (lens[i] < AT_WORD_MAX && at_lower(parts[i], lens[i], lower, sizeof lower) >= 0 &&
             is_number_word(lower, strlen(lower)))) {
            parts[i] = "<num>";
            lens[i] = 5;
        }
    }
    if (len)
        r->on_segment(parts, lens, len, r->segment_data);
    g_free(parts);
    g_free(lens);
    r->n_slots = 0;
}

/* "Gver" inside a line: OCR read a small ö as a capital G. The repair writes the word in lower case
 * when its first letter was a look-alike and it is no name. */
static bool capital_was_damage(run *r, const slot *seg, size_t k, const char *obs, size_t obs_len, const cand *c)
{
    if (k == 0 || seg[k - 1].word == seg[k].word || c->name || c->len == 0 || obs_len == 0 ||
        !is_upper(char_at(obs)))
        return false;
    at_word_view before, this; /* a line may start with a capital whatever the line before ends in */
    at_doc_word(r->doc, seg[k - 1].word, &before);
    at_doc_word(r->doc, seg[k].word, &this);
    if (before.line != this.line)
        return false;
    for (const char *p = g_utf8_next_char(obs); p < obs + obs_len; p = g_utf8_next_char(p))
        if (is_upper(char_at(p)))
            return false;
    /* Only a look-alike (G for ö, 6 for ö): a lost diacritic (Ostra for Östra) keeps its capital. */
    char obs_first[8], cand_first[8];
    int a = at_fold(obs, (size_t)(g_utf8_next_char(obs) - obs), obs_first, sizeof obs_first);
    int b = at_fold(c->text, (size_t)(g_utf8_next_char(c->text) - c->text), cand_first, sizeof cand_first);
    return a > 0 && b > 0 && strcmp(obs_first, cand_first) != 0;
}

/* Decide the segment and write the chosen readings back into the words. */
static void flush_segment(run *r)
{
    slot *seg = r->segment;
    size_t len = r->n_slots;
    if (r->on_segment) {
        hand_over_segment(r, seg, len);
        return;
    }
    cancel_imperative(r, seg, len);
    mark_bare_modals(r, seg, len);
    mark_verbless_when(r, seg, len);
    mark_when_before_subject(r, seg, len);
    mark_auxiliary_have(r, seg, len);
    mark_coordinated_have(r, seg, len);
    mark_have_before_preposition(r, seg, len);
    mark_here_after_infinitive(r, seg, len);
    mark_copula_before_then(r, seg, len);
    mark_year_after_predicative(r, seg, len);
    mark_participle_subject(r, seg, len);
    viterbi(r, seg, len);
    for (size_t i = 0; i < len;) {
        /* All parts of one word are rewritten together. */
        size_t j = i;
        while (j < len && seg[j].word == seg[i].word)
            j++;
        bool any = false;
        for (size_t k = i; k < j; k++) {
            const cand *chosen = &seg[k].cs->c[seg[k].choice];
            r->stats.unknown += chosen->id == NO_ID && chosen->prior <= LOG_P_OOV && seg[k].cs != &r->number &&
                             seg[k].cs != &r->year;
            any |= seg[k].choice != seg[k].cs->identity;
        }
        if (!any) {
            i = j;
            continue;
        }
        size_t cur_len;
        const char *cur = at_doc_word_text(r->doc, seg[i].word, &cur_len);
        GString *out = g_string_truncate(r->rewritten, 0);
        const char *rule = NULL;
        double score = 1;
        size_t pos = 0;
        for (size_t k = i; k < j; k++) {
            const slot *s = &seg[k];
            size_t start = cur_len - s->start_back, end = cur_len - s->end_back;
            g_string_append_len(out, cur + pos, (gssize)(start - pos));
            pos = end;
            if (s->choice == s->cs->identity) {
                g_string_append_len(out, cur + start, (gssize)(end - start));
                continue;
            }
            const cand *c = &s->cs->c[s->choice];
            if (capital_was_damage(r, seg, k, cur + start, end - start, c)) {
                g_string_append_len(out, c->text, (gssize)c->len);
            } else {
                size_t at = out->len;
                apply_case(cur + start, end - start, c->text, c->len, out);
                /* A name whose capital the OCR read as a look-alike ("6sterakers") gets it back. */
                if (c->name && !is_alpha(char_at(cur + start)))
                    capitalise_at(out, at);
            }
            if (!rule)
                rule = local_best(s->cs) == s->choice ? c->rule : RULE_CONTEXT;
            score = MIN(score, posterior(r, seg, len, k, s->choice));
        }
        g_string_append_len(out, cur + pos, (gssize)(cur_len - pos));
        if (rule && (out->len != cur_len || memcmp(out->str, cur, cur_len) != 0)) {
            /* Not sure enough: the word stays, flagged with the reading for a reviewer. */
            if (score < r->n->opts.min_score) {
                at_doc_flag_word(r->doc, seg[i].word, out->str, out->len, score);
                r->stats.flagged++;
            } else {
                set_text(r, seg[i].word, out->str, out->len, rule, score);
            }
        }
        i = j;
    }
    r->n_slots = 0;
}

/* ---- words ---- */

typedef struct {
    uint32_t start, end;  /* the core: the word without surrounding punctuation */
    bool break_before;    /* punctuation before it ends the context */
    bool break_after;
} word_shape;

/* Characters that stand for letters in OCR output and so belong to a word's core. */
static bool core_char(gunichar c)
{
    return is_alpha(c) || is_digit(c) || c == '&' || c == '$' || c == '|' || c == 0x00A7;
}

static bool ends_sentence(gunichar c)
{
    return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ')' || c == ']' ||
           c == '"' || c == 0x201D || c == 0x00BB || c == 0x2026;
}

static void shape_word(const char *s, size_t len, word_shape *out)
{
    const char *p = s, *end = s + len;
    out->break_before = false;
    out->break_after = false;
    while (p < end && !core_char(char_at(p))) {
        gunichar c = char_at(p);
        if (c != ',')
            out->break_before = true;
        p = g_utf8_next_char(p);
    }
    const char *q = end;
    while (q > p) {
        const char *prev = g_utf8_prev_char(q);
        gunichar c = char_at(prev);
        if (core_char(c) || c == '-')
            break;
        if (ends_sentence(c) || c != ',')
            out->break_after = true;
        q = prev;
    }
    /* A trailing hyphen is punctuation here ("gång- och"); dehyphenation has run already. */
    while (q > p && q[-1] == '-') {
        q--;
        out->break_after = true;
    }
    out->start = (uint32_t)(p - s);
    out->end = (uint32_t)(q - s);
    if (p == q)
        out->break_before = out->break_after = true;
}

static bool has_letter(const char *s, size_t len)
{
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p))
        if (is_alpha(char_at(p)))
            return true;
    return false;
}

static size_t letter_count(const char *s, size_t len)
{
    size_t n = 0;
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p))
        n += is_alpha(char_at(p)) ? 1 : 0;
    return n;
}

/* Is the word of slot `s` a present participle ("innevarande", "kommande", "följande")? It qualifies the
 * noun after it. */
static bool participle(const run *r, const slot *s)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, s->word, &len);
    return len >= strlen("xxxande") &&
           (memcmp(text + len - 4, "ande", 4) == 0 || memcmp(text + len - 4, "ende", 4) == 0);
}

static void push_slot(run *r, slot *s)
{
    if (r->n_slots >= MAX_SEGMENT)
        flush_segment(r);
    const slot *before = r->n_slots ? &r->segment[r->n_slots - 1] : NULL;
    /* "hur många barn föddes förra ar." and "hur mycket finns kvar innevarande ar." still count time */
    s->after_wh = before && (before->after_wh || before->wh) && !before->counts_time && !s->after_number_word &&
                  before->cs != &r->number && !participle(r, before);
    r->segment[r->n_slots++] = *s;
}

/* May `s` fold to a word that starts with one of `firsts` (lower case)? An ASCII letter folds to its
 * lower case only: most words are ruled out before they are folded, which every word would cost. */
static bool may_fold_to(const char *s, size_t len, const char *firsts)
{
    return len && ((unsigned char)s[0] >= 0x80 || in_set(firsts, g_ascii_tolower(s[0])));
}

/* Words after which no predicate shape makes "ar" the verb: "varje år avslutad", "ett år att", "flera år klagat"
 * ("ett är" is rarer than one in 400 in the counted statutes); number words too ("två år att"). */
static bool counts_time(const char *part, size_t len)
{
    static const char *const words[] = { "varje", "per", "vartannat", "varannat", "samma", "hela", "forra",
                                         "nasta", "i", "ett", "flera" };
    char folded[AT_WORD_MAX * 4];
    if (len > strlen("vartannat") || !may_fold_to(part, len, "vpshfnie"))
        return false;
    int n = at_fold(part, len, folded, sizeof folded);
    return n > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)n);
}

/* Determiners a noun must follow, never a verb: "varje ar", "per ar" and "vartannat ar" are "år", never "är"
 * (the word triples after it chose "är" in "varje ar en verksamhetsplan", "vartannat ar av"). "Per" with a
 * capital is as often the name ("Per ar ordförande"): the context decides there. */
static bool wants_noun(const char *part, size_t len)
{
    static const char *const words[] = { "varje", "per", "vartannat", "varannat" };
    char folded[AT_WORD_MAX * 4];
    if (len > strlen("vartannat") || !may_fold_to(part, len, "vp") || (len == strlen("Per") && part[0] == 'P'))
        return false;
    int n = at_fold(part, len, folded, sizeof folded);
    return n > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)n);
}

/* Pronouns after which "ar" is the verb: "vi ar", "ingen ar." ("de" is not: "under de år som") */
static bool is_subject(const char *part, size_t len)
{
    static const char *const words[] = { "jag", "du", "han", "hon", "vi", "ni", "man", "ingen" };
    char folded[AT_WORD_MAX * 4];
    if (len > strlen("ingen") || !may_fold_to(part, len, "jdhvnmi"))
        return false;
    int n = at_fold(part, len, folded, sizeof folded);
    return n > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)n);
}

/* A question word, which may leave its clause's verb last: "ta reda på hur lång tiden är." ("var" is
 * the verb as often, "när" opens clauses that end on "år".) */
static bool is_wh(const char *part, size_t len)
{
    static const char *const words[] = { "hur", "vad", "vem", "vilken", "vilket", "vilka" };
    char folded[AT_WORD_MAX * 4];
    if (len > strlen("vilken") || !len || !in_set("hHvV", part[0]))
        return false;
    int n = at_fold(part, len, folded, sizeof folded);
    return n > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)n);
}

/* The lists a part's spelling is in: every slot asks, the cache of readings keeps the answer. */
enum { KIND_COUNTS_TIME = 1, KIND_SUBJECT = 2, KIND_WH = 4, KIND_WANTS_NOUN = 8 };
static uint8_t word_kinds(const char *part, size_t len)
{
    return (uint8_t)((counts_time(part, len) ? KIND_COUNTS_TIME : 0) | (is_subject(part, len) ? KIND_SUBJECT : 0) |
                     (is_wh(part, len) ? KIND_WH : 0) | (wants_noun(part, len) ? KIND_WANTS_NOUN : 0));
}

/* Is word `index` a conjunction that opens a clause? After one, "de" is its subject: "om de ar" is
 * "om de är" (in the counted statutes 206 of 230 "de är" follow one, no "de år" does). */
static bool opens_clause(const run *r, size_t index)
{
    static const char *const words[] = { "om", "att", "som", "nar", "dar", "da", "eftersom", "medan", "innan",
                                         "tills", "vilka", "vilken", "vilket" };
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    char folded[AT_WORD_MAX * 4];
    if (len > strlen("eftersom") || !may_fold_to(text, len, "oasndemitv"))
        return false;
    int n = at_fold(text, len, folded, sizeof folded);
    return n > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)n);
}

/* Has slot `s` a finite verb among its readings? A subject pronoun after it is inverted ("Gör du sa,"
 * "Det är sa han vill"): the verb of its clause came before it. */
static bool may_be_finite(const slot *s)
{
    return s->cs->finite != 0;
}

/* Does the segment's last slot follow one that may be a finite verb, and no conjunction ("nar de ar")? */
static bool last_follows_verb(run *r)
{
    guint n = r->n_slots;
    const slot *s = n >= 2 ? &r->segment[n - 2] : NULL;
    return s && may_be_finite(s) && !opens_clause(r, s->word);
}

/* Is folded `w` a noun in the definite form by its ending ("tåget", "orsaken", "flickan", "barnen")? */
static bool definite_shaped(const char *w, size_t len)
{
    static const char *const endings[] = { "en", "et", "an", "na" };
    static const char *const not_nouns[] = { "aven", "egen", "eget", "vilken", "vilket", "ingen", "inget",
                                             "ingenting", "nagon", "naget", "mellan", "igen", "hela", "varken",
                                             "hemma", "dina", "mina", "sina", "vara", "deras", "denna", "dessa", "innan",
                                             "utan", "ovan", "nedan" };
    if (len < 5 || memcmp(w + len - 3, "het", 3) == 0)
        return false; /* "verkställighet" is indefinite */
    /* The ending before the list: most words have none of them. */
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++)
        if (memcmp(w + len - 2, endings[i], 2) == 0)
            return !in_list(not_nouns, G_N_ELEMENTS(not_nouns), w, len);
    return false;
}

/* Is `part` "de" after a conjunction, the subject of its clause? */
static bool clause_subject(run *r, const slot *before, const char *part, size_t len)
{
    return len == strlen("de") && g_ascii_strncasecmp(part, "de", len) == 0 && before && opens_clause(r, before->word);
}

/* Is `part` a definite noun after a conjunction, the likely subject of its clause ("innan hjälpen nar fram"
 * is når)? */
static bool noun_subject(run *r, const slot *before, const char *part, size_t len)
{
    /* The ending's two letters first: most words end in none of them. */
    if (len < 5 || len >= AT_WORD_MAX || !in_set("nta", part[len - 1]) || !in_set("ean", part[len - 2]))
        return false;
    char folded[AT_WORD_MAX * 4];
    int n = before && opens_clause(r, before->word) ? at_fold(part, len, folded, sizeof folded) : 0;
    return n > 0 && definite_shaped(folded, (size_t)n);
}

/* Is `part` a name (a capital, then a small letter) right after a conjunction inside a sentence, the likely
 * subject of its clause ("att Sverige nar nettonoll" is når)? */
static bool name_subject(run *r, const slot *before, size_t index, const char *part, size_t len)
{
    const char *second = len ? g_utf8_next_char(part) : part;
    return before && before->word + 1 == index && second < part + len && is_upper(char_at(part)) &&
           is_lower(char_at(second)) && opens_clause(r, before->word);
}

/* Is the segment's last slot the subject after "är" ("är det", "är den", "är marken"), of no word before
 * word `index` and no comma between? A predicative follows it: "Högt upp är det kallare". */
static bool after_copula_subject(run *r, size_t index)
{
    static const char *const pronouns[] = { "det", "den", "de", "detta", "denna", "dessa" };
    guint n = r->n_slots;
    const slot *subject = n >= 2 ? &r->segment[n - 1] : NULL, *copula = n >= 2 ? &r->segment[n - 2] : NULL;
    if (!subject || subject->word == index || copula->word == subject->word || subject->comma || copula->comma ||
        !may_be_copula(copula->cs))
        return false;
    size_t len;
    const char *text = at_doc_word_text(r->doc, subject->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : -1;
    return f > 0 && (subject->subject || in_list(pronouns, G_N_ELEMENTS(pronouns), folded, (size_t)f) ||
                     definite_shaped(folded, (size_t)f));
}

static bool preposition(const char *w, size_t len);

/* The readings of `cs` that a preposition's noun phrase rules out: dictionary words that are neither nouns nor
 * adjectives ("bägge" of "med bagge"), never the word as written when it is one (a written "mot" stays, no
 * "möt"), but the word as written when it is none ("i tvdrled"); no compound, whose head the dictionary tags. */
static uint8_t not_nominal(const cand_set *cs)
{
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++) {
        bool written = k == cs->identity, known = cs->c[k].id != NO_ID;
        if (!(cs->c[k].pos & (POS_NOUN | POS_ADJECTIVE)) && (written ? !known : known))
            bits |= (uint8_t)(1u << k);
    }
    return bits;
}

/* Is slot `before` a preposition right before word `index`, with no comma between? */
static bool after_preposition(run *r, const slot *before, size_t index)
{
    if (!before || before->word == index || before->comma)
        return false;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    return preposition(text, len);
}

/* Is word `index`, folded (no diacritics, lower case), one of `words` (folded, under eight letters: a longer word
 * is not folded)? */
static bool word_folded_in(run *r, size_t index, const char *const *words, size_t n)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len < 16 ? at_fold(text, len, folded, sizeof folded) : 0;
    return f > 0 && in_list(words, n, folded, (size_t)f);
}

/* Is the word of slot `s` one of `words` (word_folded_in)? */
static bool folded_word_in(run *r, const slot *s, const char *const *words, size_t n)
{
    return word_folded_in(r, s->word, words, n);
}

/* Is slot `before` a reflexive possessive ("sin", "sitt", "sina") right before word `index`, with no comma between?
 * It determines a noun phrase and, unlike "min" or "hans", never stands alone as a predicative: "med sina val"
 * has no "väl". */
static bool after_reflexive(run *r, const slot *before, size_t index)
{
    static const char *const words[] = { "sin", "sitt", "sina" };
    return before && before->word + 1 == index && !before->comma && folded_word_in(r, before, words, G_N_ELEMENTS(words));
}

/* The readings of `cs` spelled "val" (the noun) right after a past form of "gå" ("Arbetet har gatt val och alla
 * ar nojda"): "gått väl", "gick väl" say how it went; an election is held or one goes to it ("gått till val"). */
static uint8_t choice_after_went(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const went[] = { "gatt", "gick" };
    uint8_t choice = readings_spelled(cs, "val");
    if (!choice || !readings_spelled(cs, "väl") || !before || before->word + 1 != index || before->comma)
        return 0;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len <= strlen("gått") ? at_fold(text, len, folded, sizeof folded) : 0;
    return f > 0 && in_list(went, G_N_ELEMENTS(went), folded, (size_t)f) ? choice : 0;
}

/* The text of word `index + 1` without the punctuation after it, its length in `len` (0 after the last word). */
static const char *next_word(run *r, size_t index, size_t *len)
{
    *len = 0;
    if (index + 1 >= at_doc_n_words(r->doc))
        return NULL;
    const char *next = at_doc_word_text(r->doc, index + 1, len);
    while (*len && strchr(",.;:)!?", next[*len - 1]))
        (*len)--;
    return next;
}

/* Does a noun follow word `index`, which ends in no punctuation? Then it is a determiner ("med bagge delarna":
 * bägge), which not_nominal leaves alone. Not a preposition ("med bagge under armen") nor, unless `finite_too`, a
 * word that may be a finite verb ("far", "var"): those end the phrase. */
static bool noun_follows(run *r, size_t index, bool finite_too)
{
    size_t len;
    const char *next = next_word(r, index, &len);
    if (len == 0 || len >= AT_WORD_MAX || has_non_letter(next, len) || preposition(next, len))
        return false;
    const cand_set *cs = candidates(r, next, len);
    bool noun = false;
    for (int k = 0; k < cs->n; k++)
        noun = noun || (cs->c[k].pos & POS_NOUN);
    return noun && (finite_too || !cs->finite);
}

/* Does `stem` (`len` bytes) end in a store or lid kept closed that the dictionary has no lock or door word for
 * ("bod", "vedbod", "förråd", "lada", "lucka": no "bodlås", "förrådsdörr"; review30 9)? */
static bool kept_closed(const char *stem, size_t len)
{
    static const char *const stores[] = { "bod", "förråd", "lada", "lucka" };
    for (size_t i = 0; i < G_N_ELEMENTS(stores); i++) {
        size_t n = strlen(stores[i]);
        if (len >= n && memcmp(stem + len - n, stores[i], n) == 0)
            return true;
    }
    return false;
}

/* Is `stem` (`len` bytes) a word of its own: one the dictionary knows ending hunspell's compounds ("rapport" in
 * "årsrapport", "transport"), read whole, not as a modifier and a head ("ra|port")? Compounds end none
 * ("ytterdörr", "garageport"). */
static bool heads_compounds(const at_dict *d, const char *stem, size_t len)
{
    at_dict_entry e;
    return at_dict_find(d, stem, len, &e) && productivity(&e, true);
}

/* Is `stem` (`len` bytes), or a head noun of four letters or more it ends in ("ytterdörr": "dörr"; not in a word
 * of its own: heads_compounds), the first part of a word the dictionary knows for a lock or a door made for it
 * ("dörrlås", "cykellås", "skåplås", "källardörr", "lägenhetsdörr")? A shorter head makes other words: "tal" +
 * "lås" is "tallås", a ridge of pines. */
static bool has_lock(const at_dict *d, const char *stem, size_t len)
{
    static const char *const made_for[] = { "lås", "dörr", "sdörr" };
    at_dict_entry e;
    bool whole = heads_compounds(d, stem, len);
    for (size_t t = 0; t + strlen("bil") <= len; t += g_utf8_skip[(unsigned char)stem[t]]) {
        if (t && (whole || g_utf8_strlen(stem + t, (gssize)(len - t)) < 4 ||
                  !(at_dict_find(d, stem + t, len - t, &e) && (e.flags & AT_WORD_NOUN))))
            continue;
        for (size_t m = 0; m < G_N_ELEMENTS(made_for); m++)
            if (find_with(d, stem + t, len - t, made_for[m], &e))
                return true;
    }
    return kept_closed(stem, len);
}

/* Is `w` (`len` bytes), a noun, definite for something one locks: its stem less the definite ending has a lock
 * or a door (has_lock: "dörren", "ytterdörrarna", "cykeln", "bilen", "skåpet", "garaget", "källaren")? */
static bool lockable_noun(const at_dict *d, const char *w, size_t len)
{
    static const char *const endings[] = { "arna", "orna", "erna", "na", "en", "et", "n", "t" };
    for (size_t i = 0; i < G_N_ELEMENTS(endings); i++) {
        size_t n = strlen(endings[i]);
        if (len > n + 2 && memcmp(w + len - n, endings[i], n) == 0 && has_lock(d, w, len - n))
            return true;
    }
    return false;
}

/* Is reading `c` a definite noun for something one locks (lockable_noun)? A compound the dictionary lacks is
 * what its last part is ("cykelboden", "skolporten", "förrådsdörren"): the head names the thing. */
static bool lockable(const at_dict *d, const cand *c)
{
    if (c->id != NO_ID)
        return (c->pos & POS_NOUN) && lockable_noun(d, c->text, c->len);
    size_t cuts[8];
    int parts = at_dict_split(d, c->text, c->len, false, cuts, G_N_ELEMENTS(cuts));
    if (parts < 2)
        return false;
    const char *head = c->text + cuts[parts - 2];
    size_t len = c->len - cuts[parts - 2];
    at_dict_entry e;
    return at_dict_find(d, head, len, &e) && (e.flags & AT_WORD_NOUN) && lockable_noun(d, head, len);
}

/* The readings of `cs` other than "lås" ("läs", the past "las"), or in an infinitive other than "låsa" ("läsa"),
 * before a definite noun for something one locks (lockable), as its head ("Las ytterdörren", "Och las grinden
 * efter dig", "Las cykeln och las kallaren", "glöm inte att lasa dörren"): a door, gate or cupboard, a room or
 * store behind one, a vehicle one leaves. Nothing in the counted pairs tells the verbs' objects apart, and "läs"
 * is twelve times as common; what one reads has neither lock nor door ("läs beslutet", "läsa texten"). */
static uint8_t read_before_lock(run *r, size_t index, const cand_set *cs)
{
    uint8_t lock = readings_spelled(cs, "lås") | readings_spelled(cs, "låsa");
    if (!lock || !(readings_spelled(cs, "läs") | readings_spelled(cs, "läsa")))
        return 0;
    uint8_t read = (uint8_t)(((1u << cs->n) - 1) & ~lock);
    size_t len;
    const char *next = next_word(r, index, &len);
    if (!len || len >= AT_WORD_MAX || has_non_letter(next, len))
        return 0;
    const cand_set *object = candidates(r, next, len);
    for (int k = 0; k < object->n; k++)
        if (lockable(r->n->dict, &object->c[k]))
            return read;
    return 0;
}

/* Is word `index` inside a list of nouns: after a noun and a comma, before "och" or "eller" and a noun
 * ("mellan bokstäver, rader och stycken": no "råder")? */
static bool in_noun_list(run *r, const slot *before, size_t index)
{
    if (!before || !before->comma || before->word + 1 != index || index + 2 >= at_doc_n_words(r->doc))
        return false;
    bool noun = false; /* a reading of it is one: "bokstaver," may be stripped */
    for (int k = 0; k < before->cs->n; k++)
        noun = noun || (before->cs->c[k].pos & POS_NOUN);
    if (!noun)
        return false;
    size_t len;
    const char *conj = at_doc_word_text(r->doc, index + 1, &len);
    if (!((len == strlen("och") && memcmp(conj, "och", len) == 0) ||
          (len == strlen("eller") && memcmp(conj, "eller", len) == 0)))
        return false;
    const char *next = at_doc_word_text(r->doc, index + 2, &len);
    while (len && strchr(",.;:)", next[len - 1]))
        len--;
    char lower[AT_WORD_MAX];
    at_dict_entry e;
    int n = len < AT_WORD_MAX ? at_lower(next, len, lower, sizeof lower) : -1;
    return n > 0 && at_dict_find(r->n->dict, lower, (size_t)n, &e) && (e.flags & AT_WORD_NOUN);
}

/* Does word `index` end in a comma? The next word starts a new clause: "minst ett ar, en månad". */
static bool ends_clause(run *r, size_t index)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    return len && text[len - 1] == ',';
}

/* Is word `index` (a clause's end stripped of ",.;:") a verb in every reading, none of them a modal? A list
 * of such verbs ("simma och leka") lists actions. */
static bool only_verbs(run *r, size_t index)
{
    if (index >= at_doc_n_words(r->doc))
        return false;
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    while (len && strchr(",.;:)", text[len - 1]))
        len--;
    if (len == 0 || len >= AT_WORD_MAX || has_non_letter(text, len))
        return false;
    const cand_set *cs = candidates(r, text, len);
    for (int k = 0; k < cs->n; k++)
        if (!(cs->c[k].pos & POS_VERB) || (cs->c[k].pos & POS_NOUN))
            return false;
    return cs->n > 0 && !cs->modal;
}

/* Is word `at` "och" or "eller"? */
static bool joins_list(run *r, size_t at)
{
    size_t len;
    const char *w = at < at_doc_n_words(r->doc) ? at_doc_word_text(r->doc, at, &len) : NULL;
    return w && ((len == strlen("och") && memcmp(w, "och", len) == 0) ||
                 (len == strlen("eller") && memcmp(w, "eller", len) == 0));
}

/* The readings of `cs` that are no verb, or a modal (which wants its infinitive after it, not a comma), or
 * rival a listed infinitive (is_infinitive), when word `index` opens a list of verbs: it ends in a comma
 * before a verb and "och"/"eller" and a verb ("kan hela familjen bada, simma och leka": no "båda"; "alla som
 * bor, arbetar eller vistas": no "bör"). 0 when every reading is one: the list decides nothing. */
static uint8_t not_listed_verb(run *r, size_t index, const cand_set *cs)
{
    if (cs->n < 2 || !ends_clause(r, index) || !only_verbs(r, index + 1) || ends_clause(r, index + 1) ||
        !joins_list(r, index + 2) || !only_verbs(r, index + 3))
        return 0;
    uint8_t bits = 0, infinitives = 0;
    for (int k = 0; k < cs->n; k++) {
        if (!(cs->c[k].pos & POS_VERB) || is_modal(&cs->c[k]))
            bits |= (uint8_t)(1u << k);
        if (is_infinitive(&cs->c[k]))
            infinitives |= (uint8_t)(1u << k);
    }
    if (infinitives) /* hunspell calls "båda" a verb too (it is a rare one) */
        bits |= (uint8_t)~infinitives;
    bits &= (uint8_t)((1u << cs->n) - 1);
    return bits == (1u << cs->n) - 1 ? 0 : bits;
}

/* Is a reading of the word in slot `s` a number word ("tva": två; not digits)? Those take the context
 * of "<num>". */
static bool number_word_slot(const slot *s)
{
    return s->cs->number_word; /* digits' sets (run.number, run.year) have none: their reading is "" */
}

/* Does the number in slot `s` follow a word that a number names: a part of a text ("Bilaga 2", "avsnitt 3",
 * "§ 4", "artikel 5", "2 stycket"'s "stycket 2"), a school year or a class ("årskurs 3", "klass 4", "nivå 2")?
 * Not "nr", "nummer": "nr 3 år 1958" dates what it numbers. */
static bool number_after_label(run *r, const slot *s)
{
    static const char *const naming[] = { "bilaga", "avsnitt", "kapitel", "punkt", "§", "stycket", "artikel",
                                          "paragraf", "tabell", "figur", "arskurs", "klass", "kategori", "niva",
                                          "steg", "fas", "etapp" };
    size_t len;
    const char *text = at_doc_word_text(r->doc, s->word - 1, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : -1;
    return f > 0 && in_list(naming, G_N_ELEMENTS(naming), folded, (size_t)f);
}

/* Does the number in slot `s` name something rather than count it: it heads its line (a heading's or a list's
 * number: "4 Talesman för nämnden") or follows a word a number names ("Bilaga 2")? */
static bool number_names(run *r, const slot *s)
{
    at_word_view w;
    at_line_view line;
    at_doc_word(r->doc, s->word, &w);
    at_doc_line(r->doc, w.line, &line);
    return s->word == line.first_word || number_after_label(r, s);
}

/* Does word `index` exist and open with a digit ("2028", "3,5")? */
static bool digits_at(const run *r, size_t index)
{
    size_t len;
    const char *text = index < at_doc_n_words(r->doc) ? at_doc_word_text(r->doc, index, &len) : NULL;
    return text && len && g_ascii_isdigit(text[0]);
}

/* Is word `index` a year ("2027", "2027,") that counts no noun after it ("2000 personer")? */
static bool dates_at(run *r, size_t index)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    word_shape sh;
    shape_word(text, len, &sh);
    if (!is_year(text + sh.start, sh.end - sh.start))
        return false;
    if (sh.break_after || index + 1 >= at_doc_n_words(r->doc))
        return true;
    text = at_doc_word_text(r->doc, index + 1, &len);
    shape_word(text, len, &sh);
    char lower[AT_WORD_MAX];
    int n = sh.end - sh.start < AT_WORD_MAX ? at_lower(text + sh.start, sh.end - sh.start, lower, sizeof lower) : -1;
    if (n <= 0)
        return true;
    /* A finite verb as written counts nothing, though filed as a noun too: "2027 var 450 kronor". */
    const cand_set *cs = candidates(r, text + sh.start, sh.end - sh.start);
    if (cs->identity >= 0 && (cs->finite >> cs->identity & 1))
        return true;
    at_dict_entry e;
    return !at_dict_find(r->n->dict, lower, (size_t)n, &e) ||
           (e.flags & (AT_WORD_NOUN | AT_WORD_VERB)) != AT_WORD_NOUN;
}

/* The readings "är" of `cs` when word `index`, a spelling of "år" too, comes right before a year and a finite verb
 * as written ("ar 2022 var"): nothing after the year but a space ("ar 2022, var" parts it). */
static uint8_t year_then_verb(run *r, size_t index, const cand_set *cs)
{
    if (!readings_spelled(cs, "år") || !digits_at(r, index + 1) || index + 2 >= at_doc_n_words(r->doc))
        return 0;
    size_t len;
    const char *year = at_doc_word_text(r->doc, index + 1, &len);
    word_shape sh;
    shape_word(year, len, &sh);
    if (sh.start || sh.end != len || !is_year(year, len))
        return 0;
    const char *verb = next_word(r, index + 1, &len);
    const cand_set *vs = len && len < AT_WORD_MAX && !has_non_letter(verb, len) ? candidates(r, verb, len) : NULL;
    return vs && vs->identity >= 0 && (vs->finite >> vs->identity & 1) ? readings_spelled(cs, "är") : 0;
}

/* The readings "är" of `cs` right after a definite noun that may be no verb and before a year and a finite verb as
 * written ("Nivan ar 2022 var hög", "Kostnaden ar 2023 blev"): the verb after the year is the clause's, so the year
 * dates the noun, "år". */
static uint8_t year_after_subject(run *r, const slot *before, size_t index, const cand_set *cs)
{
    if (before->cs->finite || !may_be_noun(before) || !definite_at(r, before->word))
        return 0;
    return year_then_verb(r, index, cs);
}

/* The readings "är" of `cs` when word `index`, opening its sentence or after "och"/"men", comes before a year and a
 * finite verb as written ("och ar 2024 var andelen", "Ar 2023 blev"): the verb after the year is the clause's, so
 * the year dates it, "år" ("Är 2024 ett skottår?" has no verb there). */
static uint8_t year_opening_clause(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const conjunctions[] = { "och", "men" };
    if (before && (before->word + 1 != index || before->comma ||
                   !folded_word_in(r, before, conjunctions, G_N_ELEMENTS(conjunctions))))
        return 0;
    return year_then_verb(r, index, cs);
}

/* The readings "år" of `cs` right after a number that a word before it names ("årskurs 3 ar,", "artikel 5
 * ar"): that number counts nothing, so the word is the verb. In the counted statutes such a number is
 * followed by "är" 119 times and never by "år". A number heading its line is left to the context: tables
 * start their rows with counted years ("1 år", "2 år"). Before a year the word dates the part, and its
 * readings "är" go ("punkt 3 ar 2027", "etapp 2 ar 2028": the counted statutes write a number, "år" and a year,
 * never "är"); before another number it is left to the context. */
static uint8_t year_after_label(run *r, const slot *before, size_t index, const cand_set *cs)
{
    if (!before || before->word + 1 != index || before->comma)
        return year_opening_clause(r, before, index, cs);
    if (before->cs != &r->number)
        return year_after_subject(r, before, index, cs) | year_opening_clause(r, before, index, cs);
    if (before->word == 0 || !number_after_label(r, before))
        return 0;
    if (!digits_at(r, index + 1))
        return readings_spelled(cs, "år");
    return dates_at(r, index + 1) ? readings_spelled(cs, "är") : 0;
}

/* Is word `index` as written "ar" or "år" (any case, no punctuation after it), a column's year word? */
static bool year_word_at(const run *r, size_t index)
{
    size_t len;
    const char *t = at_doc_word_text(r->doc, index, &len);
    if (len == strlen("ar"))
        return g_ascii_strncasecmp(t, "ar", len) == 0;
    return len == strlen("år") && (memcmp(t, "år", len) == 0 || memcmp(t, "År", len) == 0);
}

/* How many year words ("ar", "år") stand among the words from `index` on, going `step`, over numbers in digits
 * or ranges of them ("4-6", "4–6") and year words only (six words at most)? `numbers` counts the numbers. */
static int years_along(const run *r, size_t index, int step, int *numbers)
{
    int years = 0;
    size_t n = at_doc_n_words(r->doc);
    for (size_t w = index, k = 0; w < n && k < 6; w += (size_t)step, k++) {
        size_t len;
        const char *t = at_doc_word_text(r->doc, w, &len);
        bool number = len && g_ascii_isdigit(t[0]) && strspn(t, "0123456789-\xe2\x80\x93") == len;
        if (!number && !year_word_at(r, w))
            break;
        years += !number;
        *numbers += number;
        if (w == 0)
            break;
    }
    return years;
}

/* The readings "är" of `cs` for a stripped "ar" among two more "ar"/"år" and two numbers or more ("1 ar 2 ar ar",
 * "ar 1 2 ar 3 ar 4 6"): a column of years; a copula comes once in a clause, never thrice among numbers ("under ar
 * 1997 ar den", "13 17 ar ar litet" have one more year word and keep it; "som ar 3 ar ar välkomna" has one age
 * between a relative clause's copula and the main clause's). */
static uint8_t copula_in_year_column(run *r, size_t index, const cand_set *cs)
{
    size_t len;
    const char *t = at_doc_word_text(r->doc, index, &len);
    if (len != strlen("ar") || g_ascii_strncasecmp(t, "ar", len) != 0 || !readings_spelled(cs, "år"))
        return 0;
    int numbers = 0;
    int around = (index > 0 ? years_along(r, index - 1, -1, &numbers) : 0) + years_along(r, index + 1, 1, &numbers);
    return around >= 2 && numbers >= 2 ? readings_spelled(cs, "är") : 0;
}

/* The readings of `cs` that are no names, for a word written with a capital and small letters inside a line and a
 * sentence, right after another of its words, when the word as written is a name the dictionary knows: a place
 * ("vid Kallmora och Ore" is no "Öre") keeps its letters there. */
static uint8_t unnamed_inside_sentence(run *r, const slot *before, size_t index, const cand_set *cs,
                                       const char *part, size_t len)
{
    if (cs->identity < 0 || !cs->c[cs->identity].name || !before || before->word + 1 != index || before->comma ||
        len < 2 || !is_upper(char_at(part)) || !is_lower(char_at(g_utf8_next_char(part))))
        return 0;
    at_word_view prev, this;
    at_doc_word(r->doc, before->word, &prev);
    at_doc_word(r->doc, index, &this);
    if (prev.line != this.line)
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        bits |= (uint8_t)(!cs->c[k].name << k);
    return bits;
}

/* The readings of `cs` that name another place than the word as written, itself a name written with a capital:
 * "Habo" and "Håbo", "Varberg" and "Vårberg" are two places each, and nothing in the sentence tells which a
 * page that lost its dots meant; the letters as written stand. */
static uint8_t other_place(const cand_set *cs, const char *part, size_t len)
{
    if (cs->identity < 0 || !cs->c[cs->identity].name || len < 2 || !is_upper(char_at(part)))
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        bits |= (uint8_t)((k != cs->identity && cs->c[k].name) << k);
    return bits;
}

/* Is reading `c`, of no class, a present in "-er" whose infinitive in "-a" is a verb ("ligger" of "ligga",
 * "sitter")? hunspell-sv gives some strong verbs' presents no class. */
static bool present_of_verb(const at_dict *d, const cand *c)
{
    char w[AT_WORD_MAX];
    at_dict_entry e;
    if (c->id == NO_ID || c->pos || c->len < strlen("ser") + 2 || c->len >= sizeof w ||
        memcmp(c->text + c->len - 2, "er", 2) != 0)
        return false;
    memcpy(w, c->text, c->len - 2);
    w[c->len - 2] = 'a';
    return at_dict_find(d, w, c->len - 1, &e) && (e.flags & AT_WORD_VERB);
}

/* Is word `index + 1` "har" as written and a clause goes on after it: no punctuation, no "och" ("Ore har en
 * kyrka"; "Öre här, öre där" and "Öre här och öre där" have no verb, and "här" is its reading)? */
static bool have_goes_on(run *r, size_t index)
{
    if (index + 2 >= at_doc_n_words(r->doc))
        return false;
    size_t len, after;
    const char *have = at_doc_word_text(r->doc, index + 1, &len);
    const char *next = at_doc_word_text(r->doc, index + 2, &after);
    return len == strlen("har") && g_ascii_strncasecmp(have, "har", len) == 0 && !is_conjunction(next, after);
}

/* The readings of `cs` that are no names, for a word opening a sentence that the dictionary knows as a name as
 * written, whose other readings are nouns, before "är", "har" going on (have_goes_on: its rival "här" makes no
 * clause after a bare noun) or a word whose every known reading is a finite verb, a verb and no noun, or a present
 * the dictionary gives no class (present_of_verb: "ligger"): a place is the subject ("Ore ar en by", "Ore har en
 * kyrka", "Ore ligger vid sjön"), where a bare noun ("Öre") seldom opens a sentence. Not before other words ("Ore
 * for ore": "för"). */
static uint8_t unnamed_opening(run *r, size_t index, const cand_set *cs, const char *part, size_t len)
{
    if (cs->identity < 0 || !cs->c[cs->identity].name || len < 2 || !is_upper(char_at(part)) ||
        !is_lower(char_at(g_utf8_next_char(part))) || ends_clause(r, index) || closes_sentence(r, index))
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++) {
        if (k != cs->identity && (cs->c[k].name || cs->c[k].pos != POS_NOUN))
            return 0;
        bits |= (uint8_t)(!cs->c[k].name << k);
    }
    size_t nlen;
    const char *next = next_word(r, index, &nlen);
    if (!nlen || nlen >= AT_WORD_MAX || has_non_letter(next, nlen))
        return 0;
    const cand_set *verb = candidates(r, next, nlen);
    if (readings_spelled(verb, "är") || have_goes_on(r, index))
        return bits;
    int known = 0; /* a spelling the dictionary lacks ("gransar") is no reading */
    for (int k = 0; k < verb->n; k++) {
        if (verb->c[k].id == NO_ID)
            continue;
        if (!(verb->finite >> k & 1) && !((verb->c[k].pos & POS_VERB) && !(verb->c[k].pos & POS_NOUN)) &&
            !present_of_verb(r->n->dict, &verb->c[k]))
            return 0;
        known++;
    }
    return known ? bits : 0;
}

/* Does slot `before`, right before word `index`, count more than one: a number word, digits, or a plural
 * quantifier ("flera", "många", "några", "båda", "bägge")? */
static bool counts_many(run *r, const slot *before, size_t index)
{
    static const char *const words[] = { "flera", "manga", "nagra", "bada", "bagge" };
    if (!before || before->word + 1 != index || before->comma)
        return false;
    if (number_word_slot(before) || before->cs == &r->number)
        return before->cs != &r->number || !number_names(r, before);
    return folded_word_in(r, before, words, G_N_ELEMENTS(words));
}

/* Does slot `before`, right before word `index`, take an indefinite plural noun: a word that counts more than one,
 * or a plural determiner ("samtliga", "alla", "övriga", "de", "dessa", "antalet")? No singular in "-man" follows
 * one: after "de" or "övriga" a singular takes the definite form ("den övriga bolagsmannen"). */
static bool wants_plural(run *r, const slot *before, size_t index)
{
    static const char *const words[] = { "samtliga", "alla", "ovriga", "de", "dessa", "antalet" };
    if (counts_many(r, before, index))
        return true;
    return before && before->word + 1 == index && !before->comma &&
           folded_word_in(r, before, words, G_N_ELEMENTS(words));
}

/* Is `c` a compound `stem` + `head` + `tail` ("bolagsman", "bolagsmäns") with `tail` "" or "s"? Sets `stem`. */
static bool ends_in(const cand *c, const char *head, const char *tail, size_t *stem)
{
    size_t t = strlen(tail), h = strlen(head);
    if (c->len <= h + t || memcmp(c->text + c->len - t, tail, t) != 0 || memcmp(c->text + c->len - t - h, head, h) != 0)
        return false;
    *stem = c->len - t - h;
    return true;
}

/* Can reading `c` be a noun: no adjective alone ("allmän"; a compound built of parts has no part of speech)? */
static bool not_adjective_only(const cand *c)
{
    return (c->pos & (POS_NOUN | POS_ADJECTIVE)) != POS_ADJECTIVE;
}

/* The readings of `cs` that are compounds in `head` + "" or "s" whose other number (`other` for `head`: "män"
 * for "man", or back) is a dictionary word among them, neither an adjective alone ("allmän" never loses to a
 * rare noun, "toppdomän" to the unknown "toppdoman" as written). */
static uint8_t other_number_read(const cand_set *cs, const char *head, const char *other)
{
    static const char *const tails[] = { "", "s" };
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        for (size_t t = 0, stem, rival; t < G_N_ELEMENTS(tails); t++) {
            if (!not_adjective_only(&cs->c[k]) || !ends_in(&cs->c[k], head, tails[t], &stem))
                continue;
            for (int j = 0; j < cs->n; j++) {
                const cand *c = &cs->c[j];
                if (c->id != NO_ID && not_adjective_only(c) && ends_in(c, other, tails[t], &rival) && rival == stem &&
                    memcmp(c->text, cs->c[k].text, stem) == 0)
                    bits |= (uint8_t)(1u << k);
            }
        }
    return bits;
}

/* The readings of `cs` in "-man" ("-mans") whose plural in "-män" ("-mäns") is a reading too, after a word
 * that takes a plural ("flera bolagsman", "tre skiljeman", "samtliga bolagsmans samtycke": the plural); and
 * those in "-män" after a singular determiner ("en", "varje", "någon", "ingen", "den", "denne": "en lantman",
 * "den bolagsman som" are no plural). Not "man" alone, which counts a crew ("fem man i båten"). */
static uint8_t number_after_determiner(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const singular[] = { "en", "varje", "nagon", "ingen", "den", "denne" };
    if (cs->n < 2)
        return 0;
    if (wants_plural(r, before, index))
        return other_number_read(cs, "man", "män");
    if (before && before->word + 1 == index && !before->comma &&
        folded_word_in(r, before, singular, G_N_ELEMENTS(singular)))
        return other_number_read(cs, "män", "man");
    return 0;
}

/* The readings of `cs` in "-männen" ("-männens") whose singular in "-mannen" is a reading too, when "själv" follows
 * word `index`, and those in "-mannen" before "själva": the intensifier agrees in number with its noun ("av
 * skiljemannen själv", "bolagsmännen själva"), which otherwise has no determiner to tell. */
static uint8_t number_before_self(run *r, size_t index, const cand_set *cs)
{
    static const char *const singular[] = { "sjalv" }, *const plural[] = { "sjalva" };
    size_t len, nlen;
    const char *text = at_doc_word_text(r->doc, index, &len);
    const char *next = next_word(r, index, &nlen);
    char folded[AT_WORD_MAX * 4];
    int f = cs->n > 1 && next && nlen < AT_WORD_MAX && len && !strchr(",.;:", text[len - 1])
                ? at_fold(next, nlen, folded, sizeof folded)
                : 0;
    if (f > 0 && in_list(singular, 1, folded, (size_t)f))
        return other_number_read(cs, "männen", "mannen");
    return f > 0 && in_list(plural, 1, folded, (size_t)f) ? other_number_read(cs, "mannen", "männen") : 0;
}

/* Does the slot before last hold a subject pronoun? Then a number word after it counts the subject:
 * "Vi fyra ar eniga" is "är", not "år". */
static bool counts_subject(const run *r)
{
    guint n = r->n_slots;
    return n >= 2 && r->segment[n - 2].subject;
}

/* Does the last slot follow "sig"? "som sig bör." ends on the modal verb: its infinitive is left out. */
static bool follows_reflexive(run *r)
{
    guint n = r->n_slots;
    if (n < 2)
        return false;
    size_t len;
    const char *text = at_doc_word_text(r->doc, r->segment[n - 2].word, &len);
    return len == strlen("sig") && g_ascii_strncasecmp(text, "sig", len) == 0;
}

/* The word before `part` (word `index`) in the segment learns whether `part` looks like a predicate,
 * unless a word that counts time comes before it. */
static void mark_predicate(run *r, size_t index, const char *part, size_t len)
{
    guint n = r->n_slots;
    if (n == 0)
        return;
    slot *before = &r->segment[n - 1];
    if (before->word == index || before->sentence_end || !may_be_copula(before->cs) || before->comma)
        return;
    const slot *counter = n >= 2 ? &r->segment[n - 2] : NULL;
    bool counted = counter && (counter->counts_time || number_word_slot(counter));
    before->before_predicate = !counted && predicate_shaped(part, len);
}

/* The word before a subject pronoun learns that the pronoun follows it, when that is no new clause: a
 * word inside the segment, after no verb or comma, with no comma after it, and no reading "når" ("när han"
 * opens a clause). */
static void mark_inversion(run *r, size_t index, const slot *s)
{
    guint n = r->n_slots;
    if (!s->subject || n == 0)
        return;
    slot *before = &r->segment[n - 1];
    if (before->word == index || before->comma)
        return;
    before->imperative = false; /* "Sag du det?" asks */
    if (n < 2 || last_follows_verb(r) || r->segment[n - 2].comma)
        return; /* "Vi vann, sa vi firade" opens a clause: så */
    for (int k = 0; k < before->cs->n; k++)
        if (before->cs->c[k].len == strlen("når") && memcmp(before->cs->c[k].text, "når", strlen("når")) == 0)
            return;
    before->before_subject = true;
}

/* A sentence's first word before a definite noun is a verb with its subject after it: an adverb would have
 * the verb second, a possessive an indefinite noun ("Har tiden gått ut" is no "Här tiden", "Var tiden"
 * no "Vår tiden"); unless it may open a clause ("När lagen", "Da tiden"). */
static void mark_verb_first(run *r, size_t index, const char *part, size_t len)
{
    slot *first = r->n_slots == 1 ? &r->segment[0] : NULL;
    if (!first || !first->opens_sentence || first->word == index || first->comma || len < 5 ||
        len >= AT_WORD_MAX || opens_clause(r, first->word))
        return;
    char folded[AT_WORD_MAX * 4];
    int f = at_fold(part, len, folded, sizeof folded);
    first->before_subject = first->before_subject || (f > 0 && definite_shaped(folded, (size_t)f));
}

/* The segment's first word learns that it opens a subject when a word and then a finite verb follow it
 * (`s`, about to be third): "Var granne har", "Vart hus ar", not "Var snäll och", "Vart ska du". */
static void mark_subject_opening(run *r, const slot *s)
{
    if (r->n_slots != 2 || !may_be_finite(s))
        return;
    slot *first = &r->segment[0];
    const slot *second = &r->segment[1];
    first->opens_subject = first->opens_sentence && first->word != second->word && second->word != s->word &&
                           !may_be_finite(second);
}

/* Is reading `c` a modal verb ("får")? */
static bool is_modal(const cand *c)
{
    static const char *const words[] = { "kan",    "kunde", "ska",    "skall", "skulle", "vill",  "ville",
                                         "får",    "fick",  "måste",  "bör",   "borde",  "brukar", "behöver" };
    /* the first letter rules most out at once */
    return c->len && in_set("bfkmsv", c->text[0]) && in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* Is a reading of `s` a modal verb ("far": får)? */
static bool has_modal(const cand_set *s)
{
    for (int k = 0; k < s->n; k++)
        if (is_modal(&s->c[k]))
            return true;
    return false;
}

/* Has slot `s` a modal verb among its readings? Every slot asks: its spelling's cached readings know. */
static bool may_be_modal(const slot *s)
{
    return s->cs->modal;
}

static bool may_be_supine(const slot *s)
{
    for (int k = 0; k < s->cs->n; k++)
        if (is_supine(&s->cs->c[k]))
            return true;
    return false;
}

/* Is every reading of slot `s` a finite verb that takes no supine after it ("fick", "blev"; not "har",
 * "hade", nor a modal that loose speech puts before one: "kunde fått" for "kunde ha fått")? */
static bool main_verb(const slot *s)
{
    static const char *const takes_supine[] = { "har", "hade", "kan", "kunde", "skulle", "borde", "ville", "måste" };
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (!(s->cs->finite >> k & 1) || in_list(takes_supine, G_N_ELEMENTS(takes_supine), c->text, c->len))
            return false;
    }
    return true;
}

/* Is folded `w` an adverb that may stand between a subject and its verb ("som inte kommer")? */
static bool sentence_adverb(const char *w, size_t len)
{
    static const char *const words[] = { "inte", "bara", "ocksa", "alltid", "aldrig", "garna", "aven", "nog",
                                         "ju", "helst", "redan", "snart" };
    return in_list(words, G_N_ELEMENTS(words), w, len);
}

/* Does the segment's last slot hold a modal verb, or an adverb or its inverted subject after one ("får
 * inte", "kan bara", "får barnen", "ska nämnden")? Then an infinitive comes next. */
static bool modal_before(run *r, size_t index)
{
    guint n = r->n_slots;
    const slot *before = n ? &r->segment[n - 1] : NULL;
    if (!before || before->word == index)
        return false;
    if (before->modal)
        return !before->comma;
    const slot *modal = n >= 2 ? &r->segment[n - 2] : NULL;
    if (!modal || !modal->modal || modal->comma || before->comma)
        return false;
    if (before->subject)
        return true;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : 0;
    return f > 0 && (sentence_adverb(folded, (size_t)f) || definite_shaped(folded, (size_t)f));
}

/* A past tense after "och" makes the slot before it a verb it is coordinated with: "satt och pratade",
 * "stod och tittade". */
static void mark_coordination(run *r, size_t index, const char *part, size_t len)
{
    guint n = r->n_slots;
    if (n < 2 || !past_shaped(part, len) || r->segment[n - 1].word == index ||
        letter_count(part, len) < 5)
        return;
    size_t olen;
    const char *och = at_doc_word_text(r->doc, r->segment[n - 1].word, &olen);
    slot *verb = &r->segment[n - 2];
    if (olen == strlen("och") && memcmp(och, "och", olen) == 0 && !verb->comma)
        verb->coordinated = true;
}

/* Does `part` look like an infinitive: in -a or -as ("begära", "lämnas"), or a short one ("gå", "se", "ske")? */
static bool infinitive_shaped(const char *part, size_t len)
{
    static const char *const short_ones[] = { "ga", "fa", "sta", "na", "sla", "se", "ske", "ha", "ta", "bo", "ge",
                                              "bli", "dra", "tro", "ses", "ges", "tas", "fas", "nas" };
    if (letter_count(part, len) >= 4)
        return part[len - 1] == 'a' || (part[len - 2] == 'a' && part[len - 1] == 's');
    char folded[AT_WORD_MAX * 4];
    int f = at_fold(part, len, folded, sizeof folded);
    return f > 0 && in_list(short_ones, G_N_ELEMENTS(short_ones), folded, (size_t)f);
}

/* An infinitive after the last slot makes it the inverted subject or an adverb: "ska bada begära" is "båda",
 * "kan bara gå" "bara". */
static void cancel_modal(run *r, size_t index, const char *part, size_t len)
{
    guint n = r->n_slots;
    slot *before = n ? &r->segment[n - 1] : NULL;
    if (before && before->after_modal && before->word != index && !before->comma &&
        infinitive_shaped(part, len))
        before->after_modal = false;
}

/* Does the segment open a quoted line ("– Vi vann, sa tränaren.")? */
static bool in_dialogue(run *r)
{
    size_t first = r->n_slots ? r->segment[0].word : 0;
    if (first == 0)
        return false;
    size_t len;
    const char *dash = at_doc_word_text(r->doc, first - 1, &len);
    return (len == strlen("–") && memcmp(dash, "–", len) == 0) || (len == strlen("—") && memcmp(dash, "—", len) == 0);
}

/* Does the pair table hold `first` before any reading of `next`, in counts or the web list? */
static bool pair_seen(const at_dict *d, const cand *first, const cand_set *next)
{
    if (first->id == NO_ID)
        return false;
    for (int k = 0; k < next->n; k++) {
        uint32_t web_rank = 0;
        if (next->c[k].id != NO_ID && (at_dict_pair_find(d, first->id, next->c[k].id, &web_rank) || web_rank))
            return true;
    }
    return false;
}

/* Did the pairs see a reading of `first` that `kind` accepts (or, `!wanted`, rejects) before any
 * reading of `next`? */
static bool seen_as(run *r, const slot *first, bool (*kind)(const cand *), bool wanted, const slot *next)
{
    for (int k = 0; k < first->cs->n; k++)
        if (kind(&first->cs->c[k]) == wanted && pair_seen(r->n->dict, &first->cs->c[k], next->cs))
            return true;
    return false;
}

/* Slot `s` reports the quote when its word may be "sa", a comma comes before it and the line is quoted;
 * the slot before stops reporting when `s` is a verb or "att" ("– Kom hit, sa ska vi se" is så), or a word
 * the pairs saw after "så" and never after "sa" ("– Ja, sa klart."). */
static void mark_report(run *r, size_t index, slot *s, const char *part, size_t len)
{
    guint n = r->n_slots;
    slot *before = n ? &r->segment[n - 1] : NULL;
    if (!before || before->word == index)
        return;
    if (before->reports && (may_be_finite(s) || (len == strlen("att") && g_ascii_strncasecmp(part, "att", len) == 0) ||
                            (seen_as(r, before, is_said, false, s) && !seen_as(r, before, is_said, true, s))))
        before->reports = false;
    if (readings_spelled(s->cs, "sa"))
        s->reports = before->comma && in_dialogue(r);
}

/* The slot after a noun that opens a clause is no verb when `s`, next, looks like one: "som regeringen
 * sa föreskriver" is så. */
static void cancel_after_noun(run *r, size_t index, const slot *s, const char *part, size_t len)
{
    guint n = r->n_slots;
    slot *before = n ? &r->segment[n - 1] : NULL;
    if (!before || !before->after_noun || before->word == index)
        return;
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(part, len, folded, sizeof folded) : 0;
    bool present = f >= 5 && folded[f - 1] == 'r' && (folded[f - 2] == 'e' || folded[f - 2] == 'a');
    if (present || may_be_finite(s))
        before->after_noun = false;
}

/* Is `w` (as written) a preposition that may govern a noun phrase? The kind's whole common vocabulary, of
 * place, time and relation ("över", "mellan", "enligt", "framför"), not only the words seen after a broken one. */
static bool preposition(const char *w, size_t len)
{
    static const char *const words[] = { "i",      "pa",      "till",     "med",    "hos",   "fran",  "for",
                                         "av",     "om",      "under",    "vid",    "mot",   "genom", "efter",
                                         "forbi",  "utan",    "bland",    "over",   "mellan", "ur",   "inom",
                                         "utom",   "enligt",  "kring",    "bakom",  "framfor", "ovanfor",
                                         "nedanfor", "innanfor", "utanfor", "bredvid", "infor", "fore",
                                         "langs",  "via",     "trots",    "omkring" };
    char folded[AT_WORD_MAX * 4];
    int f = len <= strlen("nedanför") ? at_fold(w, len, folded, sizeof folded) : 0;
    return f > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)f);
}

static bool may_be_imperative(const slot *s)
{
    for (int k = 0; k < s->cs->n; k++)
        if (is_imperative(&s->cs->c[k]))
            return true;
    return false;
}

/* Does slot `s` look like its clause's finite verb: a known one, or a present passive ("serveras",
 * "renoveras")? Not a word that may be an imperative itself: "Tillsätt mjölk och rör om". A word in -as
 * after a preposition or with a capital is a genitive or a name: "till kommunernas", "med Andreas". */
static bool finite_shaped(const run *r, const slot *s, size_t before)
{
    if (may_be_imperative(s))
        return false;
    size_t len, blen;
    const char *text = at_doc_word_text(r->doc, s->word, &len);
    const char *btext = at_doc_word_text(r->doc, before, &blen);
    size_t start = len - s->start_back, end = len - s->end_back;
    bool passive = end - start >= strlen("xxxxas") && memcmp(text + end - 2, "as", 2) == 0 &&
                   !is_upper(char_at(text + start)) && !preposition(btext, blen);
    return passive || may_be_finite(s);
}

/* Is word `index`, without its punctuation, shaped like an infinitive? Any word in -a counts, however
 * short ("äta", and "på" too: the test errs towards an infinitive). */
static bool infinitive_word(const run *r, const slot *s)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, s->word, &len);
    while (len && strchr(",.;:?!)", text[len - 1]))
        len--;
    char folded[AT_WORD_MAX * 4];
    int f = len && len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : 0;
    return f > 0 && (folded[f - 1] == 'a' || infinitive_shaped(text, len));
}

/* Does word `index` end in punctuation that ends a sentence (or a colon or semicolon)? */
static bool closes_sentence(const run *r, size_t index)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    return len && ends_sentence(g_utf8_get_char_validated(g_utf8_find_prev_char(text, text + len), -1));
}

/* "som det bör", "som sig bör", "som man bör": the idiom's modal stands without an infinitive. */
static bool as_it_ought(run *r, const slot *seg, size_t i)
{
    if (i < 2 || seg[i - 1].word + 1 != seg[i].word || seg[i - 2].word + 1 != seg[i - 1].word)
        return false;
    size_t l1, l2;
    const char *som = at_doc_word_text(r->doc, seg[i - 2].word, &l2), *it = at_doc_word_text(r->doc, seg[i - 1].word, &l1);
    bool pronoun = (l1 == 3 && (g_ascii_strncasecmp(it, "det", 3) == 0 || g_ascii_strncasecmp(it, "sig", 3) == 0 ||
                                g_ascii_strncasecmp(it, "man", 3) == 0));
    return pronoun && l2 == 3 && g_ascii_strncasecmp(som, "som", 3) == 0;
}

/* Does a list go on at part `from`, after a comma: "och" or "eller" within its next six words, before the
 * sentence ends or a clause opens ("när användningen, underhållet eller uthyrningen har", "när staten,
 * regionen, Trafikverket och kommunerna")? */
static bool lists_on(const run *r, const slot *seg, size_t len, size_t from)
{
    for (size_t j = from; j < len && j < from + 6; j++) {
        size_t wlen;
        const char *w = at_doc_word_text(r->doc, seg[j].word, &wlen);
        if ((wlen == strlen("och") && memcmp(w, "och", wlen) == 0) || (wlen == strlen("eller") && memcmp(w, "eller", wlen) == 0))
            return true;
        if (closes_sentence(r, seg[j].word) || opens_clause(r, seg[j].word))
            return false;
    }
    return false;
}

/* Does the clause that goes on at part `from` (past a modal, say), `aside` telling whether an aside is open there,
 * end before any word `wanted` (one shaped like an infinitive, say)? With `lists`, a comma inside a list does
 * not end it (lists_on). The clause ends with its sentence, or at a comma that neither
 * opens an aside (one before a conjunction) nor closes one ("bör det, om parten begär det, även träffas").
 * Every part a walk passes, in the state it passes it, ends the same way: `memo` (2 * part + aside: 0 unknown,
 * 1 no, 2 yes) keeps that, so each is walked once a segment, however many modals it holds ("bor bor bor"). */
static bool bare_clause(run *r, const slot *seg, size_t len, size_t from, bool aside,
                        bool (*wanted)(const run *, const slot *), bool lists, uint8_t *memo)
{
    uint16_t path[MAX_SEGMENT];
    size_t n = 0;
    uint8_t bare = 1;
    for (size_t j = from; j < len; j++) {
        if (seg[j].word == seg[j - 1].word)
            continue;
        size_t at = 2 * j + aside;
        if (memo[at]) {
            bare = memo[at];
            break;
        }
        path[n++] = (uint16_t)at;
        if (wanted(r, &seg[j]))
            break;
        bool comma = seg[j].comma;
        bool opens = comma && j + 1 < len && (opens_clause(r, seg[j + 1].word) || (lists && lists_on(r, seg, len, j + 1)));
        if (closes_sentence(r, seg[j].word) || (comma && !opens && !aside)) {
            bare = 2;
            break;
        }
        aside = comma ? opens : aside;
    }
    while (n)
        memo[path[--n]] = bare;
    return bare == 2;
}

/* A slot's reading "bör" is ruled out when the rest of its clause has no word shaped like an infinitive:
 * "Min bror bor ensam.", "Vi bor utanför stan, nära skolan." ("bör i regel ha" has). The modal's own comma
 * opens an aside whatever follows: "Ärendet bör, enligt nämnden, avgöras", "Det bör, om det går, göras". */
static void mark_bare_modals(run *r, slot *seg, size_t len)
{
    uint8_t memo[2 * MAX_SEGMENT];
    bool cleared = false; /* most segments hold no modal: the memo is cleared at the first */
    for (size_t i = 0; i < len; i++) {
        const cand_set *cs = seg[i].cs;
        if (!cs->finite || cs->n < 2) /* "bör" is a listed finite verb: most slots have none */
            continue;
        /* "Bör" wants an infinitive after it, as its rival "bor" does not ("Vi bor utanför stan"). */
        uint8_t ought = readings_spelled(cs, "bör");
        if (!ought || closes_sentence(r, seg[i].word) || as_it_ought(r, seg, i))
            continue;
        if (!cleared)
            memset(memo, 0, 2 * len);
        cleared = true;
        if (bare_clause(r, seg, len, i + 1, seg[i].comma, infinitive_word, false, memo))
            seg[i].ruled_out |= ought;
    }
}

/* Is a reading of slot `s` a past tense in -ade right after its clause's subject, a definite noun, a name or a
 * pronoun ("när regionen omorganiserade vården", "när vi digitaliserade")? The dictionary makes these with the
 * participles and calls them adjectives only; the word less its "de" is then a verb's infinitive
 * ("omorganisera"). Other past tenses ("köpte", "ställde") it calls verbs. A subject "de" may as well be the
 * determiner of a participle ("når de prioriterade grupperna"): the word stays the adjective there. */
static bool past_after_subject(const run *r, const slot *s)
{
    size_t len;
    const char *before = s->word ? at_doc_word_text(r->doc, s->word - 1, &len) : NULL;
    bool determiner = before && len == strlen("de") && g_ascii_strncasecmp(before, "de", len) == 0;
    if (!s->after_noun && (!s->after_subject || determiner))
        return false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (!(c->pos & POS_ADJECTIVE) || c->len <= strlen("ade") || memcmp(c->text + c->len - 3, "ade", 3) != 0)
            continue;
        at_dict_entry infinitive;
        if (at_dict_find(r->n->dict, c->text, c->len - strlen("de"), &infinitive) &&
            (infinitive.flags & AT_WORD_VERB))
            return true;
    }
    return false;
}

/* Is reading `c` in "-st" a superlative ("först", "bäst", "sist"), no supine: the word less its "t" and with "a"
 * is no verb, as it is for "läst", "löst", "rest" ("läsa", "lösa", "resa")? */
static bool superlative(const at_dict *d, const cand *c)
{
    char w[AT_WORD_MAX];
    at_dict_entry e;
    if (c->len < strlen("st") + 1 || c->len >= sizeof w || memcmp(c->text + c->len - 2, "st", 2) != 0)
        return false;
    memcpy(w, c->text, c->len - 1);
    w[c->len - 1] = 'a';
    return !(at_dict_find(d, w, c->len, &e) && (e.flags & AT_WORD_VERB));
}

/* May slot `s` be its clause's finite verb: a listed one, a reading the dictionary calls a verb that is no
 * infinitive ("kommer", "åkte", "kommit" of "när han kommit hem"), or a past tense in -ade after the subject
 * (past_after_subject)? Errs towards a verb, and so does a conjunction, whose clause may hold the verb of the
 * clause around it ("när de som bor här kommer") or none ("när som helst"), and a number, which may end in a
 * point that ends no sentence ("när 11 kap. tillämpas"). */
static bool may_be_clause_verb(const run *r, const slot *s)
{
    if (s->cs->finite || opens_clause(r, s->word) || s->cs == &r->number || s->cs == &r->year)
        return true;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        char last = c->len ? c->text[c->len - 1] : 'a';
        /* Present forms listed bare ("upphör") and passives the dictionary gives no class ("annulleras"). */
        bool unclassed_verb = !c->pos && c->len >= strlen("görs") && (last == 'r' || last == 's');
        /* "när myndigheten gjort en registrering" */
        bool supine = (c->pos & POS_ADJECTIVE) && last == 't' && !superlative(r->n->dict, c);
        if (((c->pos & POS_VERB) && last != 'a') || unclassed_verb || supine)
            return true;
    }
    return past_after_subject(r, s);
}

/* A slot's reading "när" is ruled out, and "når" left, when the rest of its clause has no word that may be a
 * finite verb: "lättare nar sina egna mal, samtidigt" and "och nar till slut havet." are "når"; "när sina
 * barn har slutat", "när de som bor här kommer" and "när som helst" keep "när". */
static void mark_verbless_when(run *r, slot *seg, size_t len)
{
    uint8_t memo[2 * MAX_SEGMENT];
    bool cleared = false; /* most segments hold no "nar": the memo is cleared at the first */
    for (size_t i = 0; i < len; i++) {
        const cand_set *cs = seg[i].cs;
        /* "når" is a listed finite verb; an opening "När" is the conjunction (its sentence goes on after the
         * clause: "När tvångsvården av en patient, för vilken ..."). */
        if (!cs->finite || cs->n < 2 || seg[i].opens_sentence || closes_sentence(r, seg[i].word))
            continue;
        uint8_t when = readings_spelled(cs, "när");
        if (!when || !readings_spelled(cs, "når"))
            continue;
        if (!cleared)
            memset(memo, 0, 2 * len);
        cleared = true;
        if (bare_clause(r, seg, len, i + 1, seg[i].comma, may_be_clause_verb, true, memo))
            seg[i].ruled_out |= when;
    }
}

/* May slot `s` be a finite verb: a listed one, or a known reading that is no noun and either a verb in no "-a"
 * ("sjönk"; no infinitive) or shaped like a past tense ("växte", which the dictionary gives no class, "spelade",
 * which it calls an adjective)? */
static bool finite_or_past(const slot *s)
{
    if (s->cs->finite)
        return true;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id != NO_ID && c->len && !(c->pos & POS_NOUN) &&
            (((c->pos & POS_VERB) && c->text[c->len - 1] != 'a') || past_tense(c)))
            return true;
    }
    return false;
}

/* Is reading `c` a strong verb's past of one syllable, its vowel another than its infinitive's ("sjönk" of
 * "sjunka", "steg" of "stiga", "brast" of "brista", "drack" of "dricka")? The dictionary gives these no verb
 * class. */
static bool strong_past(const at_dict *d, const cand *c)
{
    static const char *const vowels[] = { "a", "e", "i", "o", "u", "y", "å", "ä", "ö" };
    static const char *const infinitive_vowels[] = { "i", "u", "y", "ä", "a" };
    size_t at = 0, vlen = 0, n_vowels = 0;
    for (size_t b = 0; b < c->len; b += g_utf8_skip[(unsigned char)c->text[b]])
        for (size_t v = 0; v < G_N_ELEMENTS(vowels); v++)
            if (strncmp(c->text + b, vowels[v], strlen(vowels[v])) == 0) {
                at = b, vlen = strlen(vowels[v]), n_vowels++;
                break;
            }
    if (n_vowels != 1 || c->len < strlen("steg") || at + vlen >= c->len || at == 0)
        return false;
    char w[AT_WORD_MAX + 4];
    at_dict_entry e;
    for (size_t v = 0; v < G_N_ELEMENTS(infinitive_vowels) && c->len + 3 < sizeof w; v++) {
        size_t iv = strlen(infinitive_vowels[v]), rest = c->len - at - vlen;
        memcpy(w, c->text, at);
        memcpy(w + at, infinitive_vowels[v], iv);
        memcpy(w + at + iv, c->text + at + vlen, rest);
        size_t stem = at + iv + rest;
        if (iv == vlen && memcmp(w + at, c->text + at, vlen) == 0)
            continue;
        w[stem] = 'a';
        if (!at_dict_find(d, w, stem + 1, &e))
            continue;
        /* hunspell gives some strong verbs no verb class ("brista", "stiga"): their present in "-er" tells */
        memcpy(w + stem, "er", 2);
        if ((e.flags & AT_WORD_VERB) || at_dict_find(d, w, stem + 2, &e))
            return true;
    }
    return false;
}

/* May slot `s`, the last word of its clause, be a strong verb's past ("nar vattnet steg.", "nar isen sjönk,"),
 * even where the word is a noun too? After a definite noun a bare noun ends no clause. */
static bool strong_past_ending(const run *r, const slot *seg, size_t len, size_t i)
{
    if (!(seg[i].comma || i + 1 == len || closes_sentence(r, seg[i].word)))
        return false;
    for (int k = 0; k < seg[i].cs->n; k++)
        if (seg[i].cs->c[k].id != NO_ID && strong_past(r->n->dict, &seg[i].cs->c[k]))
            return true;
    return false;
}

/* Is word `index` a definite noun by its shape ("laget", "tiden"), the subject of a clause it opens? */
static bool definite_at(run *r, size_t index)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    char folded[AT_WORD_MAX * 4];
    int n = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : 0;
    return n > 0 && definite_shaped(folded, (size_t)n);
}

/* Is slot `som` ("som") a relative pronoun after a pronoun or a noun it refers to ("Den som", "alla som",
 * "Eleven som"), no comma between? Its clause's first word is its verb: "Den som nar malet far pris" is når.
 * After other words "som" may compare ("precis som när", "samma som när"). */
static bool relative_head(run *r, const slot *seg, size_t som)
{
    static const char *const heads[] = { "den", "de", "dem", "alla", "ingen", "nagon" };
    if (som == 0 || seg[som - 1].comma || seg[som - 1].word + 1 != seg[som].word)
        return false;
    if (folded_word_in(r, &seg[som - 1], heads, G_N_ELEMENTS(heads)))
        return true;
    const cand_set *cs = seg[som - 1].cs;
    for (int k = 0; k < cs->n; k++)
        if (cs->c[k].id == NO_ID || cs->c[k].pos != POS_NOUN)
            return false;
    return cs->n > 0;
}

/* Is slot `from` a finite verb and does another word that may be one follow it before the clause ends (a comma
 * or the sentence's end)? A clause "när" opens inside a relative clause has its verb, then the relative's: "den
 * som när skattskyldigheten inträder är", where "Den som når målet får ett pris" has one. */
static bool two_verbs_on(const run *r, const slot *seg, size_t len, size_t from)
{
    if (!finite_or_past(&seg[from]) || seg[from].comma || closes_sentence(r, seg[from].word))
        return false;
    for (size_t j = from + 1; j < len; j++) {
        if (seg[j].word != seg[j - 1].word && may_be_clause_verb(r, &seg[j]))
            return true;
        if (seg[j].comma || closes_sentence(r, seg[j].word))
            break;
    }
    return false;
}

/* Is slot `som` ("som") one that compares, after an adverb of likeness ("precis som när", "samma som när", "just
 * som") or "lika" and an adjective ("lika glad som"), no relative pronoun? Its "nar" before a definite noun opens
 * a clause of time: "som når vattnet" has no head to reach. */
static bool compares(run *r, const slot *seg, size_t som)
{
    static const char *const likeness[] = { "precis", "just", "exakt", "ungefar", "samma", "lika", "likadant" };
    static const char *const lika[] = { "lika" }; /* "lika glad som när" */
    if (!som || seg[som - 1].comma || seg[som - 1].word + 1 != seg[som].word)
        return false;
    return folded_word_in(r, &seg[som - 1], likeness, G_N_ELEMENTS(likeness)) ||
           (som >= 2 && !seg[som - 2].comma && seg[som - 2].word + 1 == seg[som - 1].word &&
            may_be_adjective(&seg[som - 1]) && folded_word_in(r, &seg[som - 2], lika, 1));
}

/* Is slot `s` a definite noun by its shape (definite_at) or, shorter, by its base: a noun less "-n" ("sjön",
 * "bron": definite_by_base) or less "-en", "-et" ("isen" of "is", "ägget")? */
static bool definite_noun(run *r, const slot *s)
{
    if (definite_at(r, s->word) || definite_by_base(r->n->dict, s->cs))
        return true;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        at_dict_entry base;
        if (c->id != NO_ID && (c->pos & POS_NOUN) && c->len >= strlen("isen") &&
            (memcmp(c->text + c->len - 2, "en", 2) == 0 || memcmp(c->text + c->len - 2, "et", 2) == 0) &&
            at_dict_find(r->n->dict, c->text, c->len - 2, &base) && (base.flags & AT_WORD_NOUN))
            return true;
    }
    return false;
}

/* A slot's reading "når" is ruled out, and "när" left, before a definite noun and a finite verb right after it:
 * the clause's subject and verb ("nar laget växte", "nar tiden gar", "nar vattnet steg."), where "når" would
 * take the noun as its object and leave the verb none. After a relative "som" the clause has no subject of its
 * own: there "när" is ruled out ("Den som nar malet far pris", "Alla som nar toppen forst") unless two verbs
 * follow (two_verbs_on). */
static void mark_when_before_subject(run *r, slot *seg, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++) {
        const cand_set *cs = seg[i].cs;
        if (!cs->finite || cs->n < 2 || seg[i].comma || seg[i + 1].comma || seg[i + 1].word != seg[i].word + 1 ||
            seg[i + 2].word != seg[i].word + 2)
            continue;
        uint8_t reach = readings_spelled(cs, "når"), when = readings_spelled(cs, "när");
        if (!reach || !when || !may_be_noun(&seg[i + 1]) || !definite_noun(r, &seg[i + 1]))
            continue;
        static const char *const som[] = { "som" };
        if (i && seg[i - 1].word + 1 == seg[i].word && !seg[i - 1].comma && folded_word_in(r, &seg[i - 1], som, 1))
            seg[i].ruled_out |= compares(r, seg, i - 1) ? reach
                                : relative_head(r, seg, i - 1) && !two_verbs_on(r, seg, len, i + 2) ? when : 0;
        else if (finite_or_past(&seg[i + 2]) || strong_past_ending(r, seg, len, i + 2))
            seg[i].ruled_out |= reach;
    }
}

/* A sentence whose clause has its own finite verb opens with its subject, no imperative, and that reading
 * loses by the odds it would have won by: "Varm lunch serveras", "Sag och hammare finns", "Kor som betar pa
 * angarna ar bra". The clause ends at a comma or a conjunction other than "som"; a verb after a subject
 * pronoun is another clause's ("Sag till om ni vill ha mer"), and so is the first word after "som" that is
 * no adverb, the relative clause's verb or subject ("Sag till alla som kommer", "som inte kommer"). */
static void cancel_imperative(run *r, slot *seg, size_t len)
{
    if (!len || !seg[0].imperative || !may_be_imperative(&seg[0]))
        return;
    bool relative = false;
    for (size_t i = 1; i < len; i++) {
        if (seg[i].word == seg[i - 1].word)
            continue;
        size_t wlen;
        const char *w = at_doc_word_text(r->doc, seg[i].word, &wlen);
        bool som = wlen == strlen("som") && g_ascii_strncasecmp(w, "som", wlen) == 0;
        if (seg[i - 1].comma || (opens_clause(r, seg[i].word) && !som))
            return;
        if (som || relative) { /* the relative clause's word, or an adverb before it */
            char folded[AT_WORD_MAX * 4];
            int f = wlen <= strlen("alltid") ? at_fold(w, wlen, folded, sizeof folded) : 0;
            relative = som || (f > 0 && sentence_adverb(folded, (size_t)f));
            continue;
        }
        if (!seg[i].after_subject && finite_shaped(r, &seg[i], seg[i - 1].word)) {
            seg[0].imperative = false;
            seg[0].verb_follows = true;
            return;
        }
    }
}

/* Does "ett" come right before word `index`, or before an adjective in -t before it ("ett annat")? Both
 * end in "t": a comma after them ends the phrase. */
static bool neuter_before(run *r, size_t index)
{
    guint n = r->n_slots;
    for (guint back = 1; back <= 2 && back <= n; back++) {
        size_t word = r->segment[n - back].word, len;
        if (word + back != index)
            return false;
        const char *text = at_doc_word_text(r->doc, word, &len);
        if (!len || text[len - 1] != 't')
            return false;
        if (len == strlen("ett") && g_ascii_strncasecmp(text, "ett", len) == 0)
            return true;
    }
    return false;
}

/* The text of the word before `part` when `part` is capitalised after it in one clause: a surname's
 * place ("Anna Motte", "de la Motte"); NULL otherwise. */
static const char *capital_after(run *r, const slot *before, size_t index, const char *part, size_t *len)
{
    bool upper = (unsigned char)part[0] < 0x80 ? g_ascii_isupper(part[0]) : g_unichar_isupper(char_at(part));
    if (!upper || !before || before->word == index || before->comma)
        return NULL;
    return at_doc_word_text(r->doc, before->word, len);
}

static bool is_name_particle(const char *text, size_t len)
{
    static const char *const particles[] = { "af", "de", "la", "le", "du", "von", "van", "der" };
    return in_list(particles, G_N_ELEMENTS(particles), text, len);
}

/* A name in capital and small letters ("Anna", not "II"). */
static bool is_first_name(const slot *s, const char *text, size_t len)
{
    const cand_set *cs = s->cs;
    const char *second = len ? g_utf8_next_char(text) : text;
    return cs->identity >= 0 && cs->c[cs->identity].name && second < text + len &&
           is_upper(char_at(text)) && is_lower(char_at(second));
}

/* Does a sentence's first word stand alone before its verb (the verb comes second in Swedish): an adverb
 * ("Därför", "Sedan") or a noun in the definite form? */
static bool stands_alone(const char *part, size_t len)
{
    static const char *const words[] = { "darfor", "sedan", "sen", "nu", "da", "har", "dar", "forr", "ibland",
                                         "ofta", "alltid", "idag", "dessutom", "darefter", "forst", "snart",
                                         "oftast", "tyvarr", "anda", "annars", "dessvarre" };
    char folded[AT_WORD_MAX * 4];
    int n = len < AT_WORD_MAX ? at_fold(part, len, folded, sizeof folded) : 0;
    return n > 0 && (in_list(words, G_N_ELEMENTS(words), folded, (size_t)n) || definite_shaped(folded, (size_t)n));
}

/* The reading "vänligen" (its bit) of word `index` after slot `before` when that is a definite noun, with
 * or without a comma: a request's "vänligen" opens it or follows its verb or the one asked ("Vänligen svara",
 * "Svara vänligen", "ber er vänligen"), while "myndigheten vanligen tillämpar" says how things usually go. */
static uint8_t unkind_after(run *r, const slot *before, size_t index, const cand_set *cs)
{
    if (!before || before->word + 1 != index)
        return 0;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    if (len && text[len - 1] == ',') /* "nämnden, vanligen först"; but "Hej, vänligen svara" opens a request */
        len--;
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : 0;
    if (!(f > 0 && definite_shaped(folded, (size_t)f)))
        return 0;
    return readings_spelled(cs, "vänligen");
}

/* Is word `index` the last of its clause or sentence, right after the word of slot `before`? */
static bool ends_after(run *r, const slot *before, size_t index)
{
    return before && before->word + 1 == index && (ends_clause(r, index) || closes_sentence(r, index));
}

/* The finite-verb readings (their bits) of word `index`, which ends its clause, right after a preposition:
 * the phrase ends on its noun ("grundad på lag.", not "låg"). 0 when every reading is one. */
static uint8_t verbs_ending_phrase(run *r, const slot *before, size_t index, const cand_set *cs)
{
    if (!ends_after(r, before, index) || cs->finite == (1u << cs->n) - 1)
        return 0;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len <= strlen("för") + 1 ? at_fold(text, len, folded, sizeof folded) : 0;
    if (f == 3 && memcmp(folded, "for", 3) == 0) /* "för låg.": too, before an adjective */
        return 0;
    return preposition(text, len) ? cs->finite : 0;
}

/* Is the word of slot `s` a copula as written: "är", "var", "blir", "blev", "vore"? */
static bool written_copula(const slot *s)
{
    static const char *const words[] = { "är", "var", "blir", "blev", "vore" };
    const cand *c = s->cs->identity >= 0 ? &s->cs->c[s->cs->identity] : NULL;
    return c && in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* Is slot `before` a quantifier that opens a plural noun phrase ("flera", "många", "några")? Before a word and a
 * noun, that word is the noun's attribute ("flera svara ar": "svåra år"), no bare verb. */
static bool plural_quantifier(run *r, const slot *before)
{
    static const char *const words[] = { "flera", "manga", "nagra" };
    return folded_word_in(r, before, words, G_N_ELEMENTS(words));
}

/* The readings of `cs` that are nouns and no adjective, when another is an adjective and no noun, right after a
 * "var" or "är" as written after a year ("punkt 6 år 2023 var lag" is "låg"), or after such a copula and its
 * inverted subject, one definite noun ("Under 2024 var kostnaden lag"): what a year's figure was is a
 * predicative; a bare noun there ("var lag", law) has no subject that names it, unlike what a bill became. */
static uint8_t nouns_after_dated_copula(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const became[] = { "blev", "blir", "vore", "varit" }; /* "Förslaget 2019 blev lag" */
    if (!before || before->word + 1 != index || before->comma)
        return 0;
    size_t back = 2; /* the year's slot counted from the end: 3 past an inverted subject */
    if (r->n_slots >= 3 && !written_copula(before) && !before->cs->finite && may_be_noun(before) &&
        definite_at(r, before->word))
        back = 3;
    if (r->n_slots < back)
        return 0;
    const slot *year = &r->segment[r->n_slots - back], *copula = year + 1;
    if (copula->word + back - 1 != index || year->word + 1 != copula->word || copula->comma ||
        year->comma || year->cs != &r->year || !written_copula(copula) || folded_word_in(r, copula, became, 4))
        return 0;
    uint8_t nouns = 0;
    bool adjective = false;
    for (int k = 0; k < cs->n; k++) {
        uint8_t pos = cs->c[k].pos & (POS_NOUN | POS_ADJECTIVE);
        nouns |= (uint8_t)((pos == POS_NOUN) << k);
        adjective = adjective || pos == POS_ADJECTIVE;
    }
    return adjective ? nouns : 0;
}

/* The readings (their bits) of word `index` that are verbs only, when another is an adjective, right after "för"
 * with no comma between, or after a copula as written before a word that may be a noun: "för" before a bare verb
 * is no Swedish ("för att tränga"), before an adjective it is "too" or a preposition ("var för trånga", "för
 * trånga lokaler" are no "tränga"), and a copula's adjective modifies the noun ("var svara tider": "svåra"). */
static uint8_t verbs_after_too(run *r, const slot *before, size_t index, const cand_set *cs)
{
    if (!before || before->word + 1 != index || before->comma)
        return 0;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len == strlen("for") || len == strlen("för") ? at_fold(text, len, folded, sizeof folded) : 0;
    bool too = f == 3 && g_ascii_strncasecmp(folded, "for", 3) == 0;
    /* "Allt vi gör är svara på frågor": a copula before a bare verb in speech; an adjective before a noun. */
    if (!too && !((written_copula(before) || plural_quantifier(r, before)) && noun_follows(r, index, true)))
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        if ((cs->c[k].pos & (POS_NOUN | POS_VERB | POS_ADJECTIVE)) == POS_VERB)
            bits |= (uint8_t)(1u << k);
    return bits;
}

/* Is every reading of slot `s` the dictionary knows an adjective, one at least, or with `infinitives` a rival
 * infinitive in -a ("starka" / "stärka"), which takes a noun as its object as an attribute precedes one? */
static bool adjective_in_every_reading(const slot *s, bool infinitives)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        uint8_t pos = c->pos & (POS_NOUN | POS_VERB | POS_ADJECTIVE);
        bool infinitive = infinitives && k != s->cs->identity && pos == POS_VERB && c->text[c->len - 1] == 'a';
        if (pos != POS_ADJECTIVE && !infinitive)
            return false;
        any |= pos == POS_ADJECTIVE;
    }
    return any;
}

/* Is slot `before`, right before word `index` and no comma between, an adjective in -a in every reading the
 * dictionary knows but a rival infinitive ("nya", "stora", "starka" / "stärka"): an attribute (or a verb and its
 * object), so a noun follows it? "lika" and "bara" are adverbs as often ("lika bra", "bara läs"). */
static bool attribute_before(run *r, const slot *before, size_t index)
{
    if (!before || before->word + 1 != index || before->comma)
        return false;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    bool adverb = len == strlen("lika") && (g_ascii_strncasecmp(text, "lika", len) == 0 ||
                                            g_ascii_strncasecmp(text, "bara", len) == 0);
    return len && text[len - 1] == 'a' && !adverb && adjective_in_every_reading(before, true);
}

/* The readings (their bits) of word `index` that are neither noun nor adjective, when another is a noun, right
 * after an attribute (attribute_before): "nya lås och larm" has no "läs". "än" compares ("fler nya än gamla"); a
 * finite verb follows an adjective used as a noun ("enskilda har rätt", "Ansvariga är"), a preposition one used
 * as a predicative ("immuna mot beslag": hunspell-sv knows "mot" only as the verb "mota", "möt" as a noun). */
static uint8_t nonnouns_after_attribute(run *r, const slot *before, size_t index, const cand_set *cs)
{
    if (!attribute_before(r, before, index))
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        if (!(cs->c[k].pos & (POS_NOUN | POS_ADJECTIVE)) && cs->c[k].id != NO_ID && !(cs->finite >> k & 1) &&
            !spelled(&cs->c[k], "än") && !preposition(cs->c[k].text, cs->c[k].len))
            bits |= (uint8_t)(1u << k);
    return bits;
}

/* The readings of `cs` spelled "nåt" (spoken "något", a determiner or a pronoun itself) when "nät" is another,
 * right after an attribute (attribute_before) or a determiner that wants a noun ("tillåtna nät", "samma nät",
 * "sådana nät"): no pronoun follows them ("med nåt", "har nåt" are left to the context). "alla" and "bägge" stand
 * after a verb for its subject too ("Vi har alla nåt"), and "att" after "nåt" is its infinitive ("nåt att äta"). */
static uint8_t pronoun_after_attribute(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const determiners[] = { "samma", "sadana", "dessa", "flera", "ett" };
    uint8_t pronoun = readings_spelled(cs, "nåt");
    if (!pronoun || !readings_spelled(cs, "nät") || !before || before->word + 1 != index || before->comma)
        return 0;
    size_t len, nlen;
    const char *text = at_doc_word_text(r->doc, index, &len), *next = next_word(r, index, &nlen);
    if (nlen == strlen("att") && !strchr(",.;:!?", text[len - 1]) && g_ascii_strncasecmp(next, "att", nlen) == 0)
        return 0;
    bool attribute = attribute_before(r, before, index) ||
                     folded_word_in(r, before, determiners, G_N_ELEMENTS(determiners));
    return attribute ? pronoun : 0;
}

/* Is word `verb` a relative clause's verb: "som" right before it, or before a sentence adverb before it ("de som
 * arbetar", "de som inte arbetar")? Such a clause is a subject: "samma rättigheter som de som arbetar har." */
static bool relative_verb(run *r, size_t verb)
{
    for (size_t back = 1; back <= 2 && back <= verb; back++) {
        size_t len;
        const char *w = at_doc_word_text(r->doc, verb - back, &len);
        if (len == strlen("som") && g_ascii_strncasecmp(w, "som", len) == 0)
            return true;
        char folded[AT_WORD_MAX * 4];
        int f = len <= strlen("alltid") ? at_fold(w, len, folded, sizeof folded) : 0;
        if (f <= 0 || !sentence_adverb(folded, (size_t)f))
            return false;
    }
    return false;
}

/* The readings "har" of `cs` when punctuation follows it right after a verb or an adjective ("studerar har.",
 * "giltiga har."): the auxiliary wants what it has after it, and no subject stands before it, so it is "här".
 * Words of fewer than five bytes are left out: hunspell gives pronouns verb and adjective classes ("de har.",
 * "det", "du"). A relative clause before it is its subject ("de som arbetar har."). */
static uint8_t auxiliary_ending_clause(run *r, const slot *before, size_t index, const cand_set *cs)
{
    if (!ends_after(r, before, index) || before->comma || relative_verb(r, before->word))
        return 0;
    size_t len;
    at_doc_word_text(r->doc, before->word, &len);
    if (len < strlen("själv"))
        return 0;
    for (int k = 0; k < before->cs->n; k++)
        if ((before->cs->c[k].pos & POS_NOUN) || !(before->cs->c[k].pos & (POS_VERB | POS_ADJECTIVE)))
            return 0;
    return readings_spelled(cs, "har");
}

/* Is reading `c` a verb that may open a main clause right after a relative clause left unmarked, so right
 * after that clause's verb ("det vi gör är viktigt", "det han sa var fel", "det hon vet får vi se")? */
static bool opens_after_clause(const cand *c)
{
    static const char *const words[] = { "är", "var", "blir", "blev", "har", "hade" };
    return is_modal(c) || in_list(words, G_N_ELEMENTS(words), c->text, c->len);
}

/* Is every reading of slot `s` the dictionary knows a finite verb, an imperative or a verb's past tense that is
 * no noun ("höll", "sag": såg or säg, "köpte"; its unknown spelling as written is no reading)? */
static bool verb_only(const slot *s)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        /* hunspell-sv makes a weak past with its participle's class: a verb or an adjective, no noun */
        bool past = (c->pos & (POS_VERB | POS_ADJECTIVE)) && !(c->pos & POS_NOUN) && past_tense(c);
        if (!(s->cs->finite >> k & 1) && !is_imperative(c) && !past)
            return false;
        any = true;
    }
    return any;
}

/* The finite-verb readings (their bits) of word `index` right after slot `before` when that is a verb (verb_only),
 * no subject pronoun and no comma between, and the word as written is a known noun or adjective and no finite
 * verb: a verb's object follows it, no second verb ("höll kor och får", "såg kor" are no "kör"); a particle may
 * ("går åt"). A written verb is left to the context ("tog bar" is no "bår"). */
static uint8_t verb_after_verb(const slot *before, size_t index, const cand_set *cs)
{
    int w = cs->identity;
    bool written_nominal = w >= 0 && cs->c[w].id != NO_ID && ((cs->nouns | cs->adjectives) >> w & 1) &&
                           !(cs->finite >> w & 1);
    if (!written_nominal || !before || before->word + 1 != index || before->comma || before->subject ||
        !verb_only(before))
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        if ((cs->finite >> k & 1) && !opens_after_clause(&cs->c[k]) && !is_particle(cs->c[k].text, cs->c[k].len))
            bits |= (uint8_t)(1u << k);
    return bits;
}

/* Is word `index + 1` an indefinite noun in every reading, and none a verb, an adjective or a preposition
 * ("golv", "styrelseledamot"; not "tvätten", "cykeln": an adjective before a definite noun wants a determiner
 * first, and "och las cykeln" is the verb "lås")? */
static bool only_noun_follows(run *r, size_t index)
{
    size_t len;
    const char *next = next_word(r, index, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len && len < AT_WORD_MAX ? at_fold(next, len, folded, sizeof folded) : 0;
    if (f <= 0 || has_non_letter(next, len) || !is_lower(char_at(next)) || preposition(next, len) ||
        definite_shaped(folded, (size_t)f))
        return false;
    const cand_set *cs = candidates(r, next, len);
    if (definite_by_base(r->n->dict, cs))
        return false;
    bool known = false;
    for (int k = 0; k < cs->n && !cs->finite; k++) { /* "finns" is a noun to hunspell too */
        if (cs->c[k].id == NO_ID)
            continue;
        if ((cs->c[k].pos & (POS_NOUN | POS_VERB | POS_ADJECTIVE)) != POS_NOUN)
            return false;
        known = true;
    }
    return known;
}

/* Does a noun phrase open at word `index`: a preposition or "och"/"eller" right before it ("om", "och"), where
 * no verb of a clause stands ("som ror", "ska ranta" have their verb next)? */
static bool opens_noun_phrase(run *r, const slot *before, size_t index)
{
    if (!before || before->word + 1 != index || before->comma)
        return false;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    return preposition(text, len) || is_conjunction(text, len);
}

/* The readings (their bits) of word `index` that are nouns only, when the word as written is a known word, no
 * noun, no finite verb nor imperative, a noun phrase opens at it and an indefinite noun follows it: the written
 * word modifies that noun, two nouns in a row Swedish writes as one ("och hala golv" is no "håla", "om vald
 * styrelseledamot" no "våld"). hunspell-sv gives many adjectives and participles no class ("hala", "vald"):
 * the written word is asked to be no noun only. */
static uint8_t nouns_before_noun(run *r, const slot *before, size_t index, const cand_set *cs)
{
    int w = cs->identity;
    if (w < 0 || cs->c[w].id == NO_ID || ((cs->nouns | cs->finite) >> w & 1) || is_imperative(&cs->c[w]) ||
        !opens_noun_phrase(r, before, index) || !only_noun_follows(r, index))
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        if ((cs->c[k].pos & (POS_NOUN | POS_VERB | POS_ADJECTIVE)) == POS_NOUN && !(cs->finite >> k & 1) &&
            !is_particle(cs->c[k].text, cs->c[k].len)) /* "för" and "får" are nouns to hunspell too */
            bits |= (uint8_t)(1u << k);
    return bits;
}


/* Is `part` (`len` bytes) spelled `word` as written, but for the case of its letters? Diacritics count: a
 * clean "ändras" is no "andras". */
static bool written_as(const char *part, size_t len, const char *word)
{
    return len == strlen(word) && g_ascii_strncasecmp(part, word, len) == 0;
}

/* The readings of `cs` spelled "ändras" when word `index` is written "andras" and an indefinite noun follows
 * it: the genitive of "andra" determines that noun ("egen eller andras säkerhet", "andras egendom"). A passive
 * "ändras" is followed by an adverb, a preposition or its inverted subject, which is definite or a pronoun
 * ("ändras beslutet", "ändras det"); hunspell-sv knows the adverbs "nu" and "då" as nouns too ("ändras nu"). */
static uint8_t passive_before_noun(run *r, size_t index, const cand_set *cs, const char *part, size_t len)
{
    uint8_t passive = readings_spelled(cs, "ändras");
    if (!passive || !written_as(part, len, "andras") || !only_noun_follows(r, index))
        return 0;
    size_t nlen;
    const char *next = next_word(r, index, &nlen);
    return stands_alone(next, nlen) ? 0 : passive;
}

/* Is slot `before`, right before word `index`, an attribute of a noun in the common gender: an adjective alone
 * not in "-t" ("odelbar", "farlig"), or an indefinite determiner ("en", "ingen", "någon", "viss", "sådan")?
 * A supine follows an adverb ("noggrant läst", "mycket läst"), never these. */
static bool common_attribute_before(run *r, const slot *before, size_t index)
{
    static const char *const determiners[] = { "en", "ingen", "nagon", "viss", "sadan" };
    if (!before || before->word + 1 != index || before->comma)
        return false;
    if (folded_word_in(r, before, determiners, G_N_ELEMENTS(determiners)))
        return true;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    return len && text[len - 1] != 't' && text[len - 1] != 'a' && adjective_in_every_reading(before, false);
}

/* The readings of `cs` spelled "läst" when word `index` is written "last" after a common-gender attribute:
 * the noun, a ship's or a lorry's load ("odelbar last", "farlig last", "ingen last"). */
static uint8_t supine_after_attribute(run *r, const slot *before, size_t index, const cand_set *cs,
                                      const char *part, size_t len)
{
    uint8_t supine = readings_spelled(cs, "läst");
    return supine && written_as(part, len, "last") && common_attribute_before(r, before, index) ? supine : 0;
}

/* Does word `at`, its text folded, hold one of the `n` stems `stems` (a compound or an inflection of one)? */
static bool holds_stem(run *r, size_t at, const char *const *stems, size_t n)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, at, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len && len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : 0;
    for (size_t i = 0; f > 0 && i < n; i++)
        if (strstr(folded, stems[i]))
            return true;
    return false;
}

/* Does word `at` name a technical check: inspection, measurement or repair of a thing ("kontroll",
 * "besiktning", "inspektion", "analys", "kalibrering", "provtagning", "reparation", "certifiering", and their
 * compounds and inflections)? The statutes coordinate "provning" (testing) with these and "prövning" (a review)
 * with "tillsyn", "handläggning" and "beslut". */
static bool names_check(run *r, size_t at)
{
    static const char *const checks[] = { "kontroll", "besiktning", "inspektion", "analys", "kalibrering",
                                          "provtagning", "reparation", "certifiering" };
    return holds_stem(r, at, checks, G_N_ELEMENTS(checks));
}

/* Does word `at` name a means of finance: a grant, a guarantee or a credit ("bidrag", "statsbidrag", "garantier",
 * "kreditgaranti")? The statutes coordinate "lån" with these ("lån eller garantier", "statsbidrag och lån"),
 * never "län". */
static bool names_finance(run *r, size_t at)
{
    static const char *const means[] = { "bidrag", "garanti", "kredit" };
    return holds_stem(r, at, means, G_N_ELEMENTS(means));
}

/* Is word `index` coordinated with a word that `names` accepts (a technical check: names_check): a comma, "och" or "eller" between them,
 * on either side ("kontroll, provning och besiktning", "provning eller kontroll")? */
static bool coordinated_with(run *r, size_t index, bool (*names)(run *, size_t))
{
    size_t n = at_doc_n_words(r->doc), len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    if (index >= 1) {
        size_t blen;
        const char *b = at_doc_word_text(r->doc, index - 1, &blen);
        if ((blen && b[blen - 1] == ',' && names(r, index - 1)) ||
            (index >= 2 && (written_as(b, blen, "och") || written_as(b, blen, "eller")) && names(r, index - 2)))
            return true;
    }
    if (index + 1 < n && len && text[len - 1] == ',' && names(r, index + 1))
        return true;
    size_t nlen;
    const char *next = next_word(r, index, &nlen);
    return index + 2 < n && next && (written_as(next, nlen, "och") || written_as(next, nlen, "eller")) &&
           (len && text[len - 1] != ',') && names(r, index + 2);
}

/* Is slot `before`, right before word `index`, a possessive: a pronoun ("sin", "dess", "deras") or a definite
 * genitive ("myndighetens", "bolagets")? Then the noun after it is an act of its owner. */
static bool possessive_before(run *r, const slot *before, size_t index)
{
    static const char *const pronouns[] = { "sin", "sitt", "sina", "dess", "deras", "hans", "hennes", "min", "din" };
    if (!before || before->word + 1 != index || before->comma)
        return false;
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    return folded_word_in(r, before, pronouns, G_N_ELEMENTS(pronouns)) ||
           (len > strlen("ens") && (memcmp(text + len - 3, "ens", 3) == 0 || memcmp(text + len - 3, "ets", 3) == 0));
}

/* Does a case follow "av" within the few words after word `index`, in its sentence ("provning eller kontroll av
 * ärendet", "av ansökan")? A thing is tested, a case reviewed: the statutes write "prövning av" an "ärende",
 * "ansökan", "fråga", "begäran" or "anmälan" 520 times and "provning av" one never. */
static bool case_reviewed(run *r, size_t index)
{
    static const char *const cases[] = { "arende", "ansok", "fraga", "fragor", "begaran", "anmalan" };
    size_t n = at_doc_n_words(r->doc), len;
    for (size_t at = index; at + 1 < n && at < index + 4; at++) {
        const char *text = at_doc_word_text(r->doc, at, &len);
        if (len && strchr(".?!", text[len - 1]))
            return false;
        size_t nlen;
        const char *next = next_word(r, at, &nlen);
        if (written_as(next, nlen, "av"))
            return at + 2 < n && holds_stem(r, at + 2, cases, G_N_ELEMENTS(cases));
    }
    return false;
}

/* The readings of `cs` in "prövning" when word `index` is written "provning" ("provningen", "provnings" …)
 * and names a test of a thing: coordinated with a technical check (coordinated_with), or after "teknisk",
 * "periodisk" or "statisk" ("den tekniska provningen"), which the statutes never write before "prövning"; not
 * when its object is a case (case_reviewed).
 * After a possessive it is its owner's review ("för sin prövning eller kontroll"): the statutes' counted
 * split has no "provning" there. */
static uint8_t review_among_checks(run *r, const slot *before, size_t index, const cand_set *cs,
                                   const char *part, size_t len)
{
    static const char *const kinds[] = { "teknisk", "tekniska", "periodisk", "periodiska", "statisk", "statiska" };
    if (len < strlen("provning") || g_ascii_strncasecmp(part, "provning", strlen("provning")) != 0 ||
        possessive_before(r, before, index))
        return 0;
    uint8_t review = 0;
    for (int k = 0; k < cs->n; k++)
        if (cs->c[k].len >= strlen("prövning") && memcmp(cs->c[k].text, "prövning", strlen("prövning")) == 0)
            review |= (uint8_t)(1u << k);
    bool kind = before && before->word + 1 == index && !before->comma &&
                folded_word_in(r, before, kinds, G_N_ELEMENTS(kinds));
    return review && (kind || coordinated_with(r, index, names_check)) && !case_reviewed(r, index) ? review : 0;
}

/* The readings of `cs` in "län" when word `index` is written "lan" ("lanet", "lanen") and a reading in "lån" is
 * there too, coordinated with a means of finance (names_finance): "bidrag, lan, kreditgaranti", "lan eller
 * bidrag" are loans, a county never stands in such a list; after a capital word (its name) that opens no sentence
 * it stays a county. */
static uint8_t county_among_finance(run *r, size_t index, const cand_set *cs, const char *part, size_t len)
{
    uint8_t county = 0, loan = 0;
    if (len < strlen("lan") || len > strlen("lanets") || g_ascii_strncasecmp(part, "lan", strlen("lan")) != 0)
        return 0;
    for (int k = 0; k < cs->n; k++) {
        const char *t = cs->c[k].text + 1; /* past "l" or "L" */
        if (cs->c[k].len >= strlen("lån") && (*cs->c[k].text == 'l' || *cs->c[k].text == 'L')) {
            county |= (uint8_t)(memcmp(t, "än", strlen("än")) == 0) << k;
            loan |= (uint8_t)(memcmp(t, "ån", strlen("ån")) == 0) << k;
        }
    }
    size_t blen = 0, olen = 0;
    const char *b = index ? at_doc_word_text(r->doc, index - 1, &blen) : NULL;
    const char *opener = index >= 2 ? at_doc_word_text(r->doc, index - 2, &olen) : NULL;
    bool opens = !opener || (olen && strchr(".?!", opener[olen - 1])); /* "Jämför lånet, bidraget" */
    bool named = blen && is_upper(char_at(b)) && !strchr(",.;:", b[blen - 1]) && !opens; /* "Skåne län och garanti" */
    return county && loan && !named && coordinated_with(r, index, names_finance) ? county : 0;
}

/* The readings of `cs` spelled "jaså" when word `index`, with no punctuation after it, goes on a sentence that
 * another word opened: the interjection stands first or apart ("Jaså?", "Jaså, du menar"), never inside a
 * clause ("låter degen jasa över natten" is "jäsa"), but where a verb of saying quotes it ("sa jaså"). */
static uint8_t interjection_inside(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const saying[] = { "sa", "sade", "sager", "svarade", "fragade", "utbrast", "ropade",
                                          "tankte" };
    uint8_t interjection = readings_spelled(cs, "jaså");
    if (!interjection || !before || before->word + 1 != index || before->comma || before->sentence_end)
        return 0;
    return folded_word_in(r, before, saying, G_N_ELEMENTS(saying)) ? 0 : interjection;
}

/* Does the sentence of word `index` give thanks to someone after it: "till" before a pronoun or a name ("Tack
 * med varm hand till alla", "till er", "till Anna")? A cover goes on a thing ("Täck med plast till våren"). */
static bool thanks_to_someone(run *r, size_t index)
{
    static const char *const people[] = { "alla", "er", "dig", "oss", "dem", "honom", "henne", "samtliga" };
    size_t n = at_doc_n_words(r->doc), len;
    for (size_t at = index; at + 2 < n && at < index + 12; at++) {
        const char *text = at_doc_word_text(r->doc, at, &len);
        if (len && strchr(".?!", text[len - 1]))
            return false;
        size_t nlen, plen;
        const char *next = next_word(r, at, &nlen), *person = next_word(r, at + 1, &plen);
        if (!written_as(next, nlen, "till") || !plen)
            continue;
        char folded[AT_WORD_MAX * 4];
        int f = plen < AT_WORD_MAX ? at_fold(person, plen, folded, sizeof folded) : 0;
        return is_upper(char_at(person)) || (f > 0 && in_list(people, G_N_ELEMENTS(people), folded, (size_t)f));
    }
    return false;
}

/* The readings of `cs` spelled "tack" when word `index` opens a sentence before "med", "över" or "dem": thanks
 * are given for something ("Tack för", "Tack vare"), while the imperative "täck" covers a thing with another
 * ("Täck med ett tunt lager", "Täck över plantorna"); not when the thanks go "till" someone (thanks_to_someone). */
static uint8_t thanks_before_cover(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const covers[] = { "med", "över", "dem" };
    uint8_t thanks = readings_spelled(cs, "tack");
    if (!thanks || !readings_spelled(cs, "täck") || (before && !before->sentence_end) || thanks_to_someone(r, index))
        return 0;
    size_t len;
    const char *next = next_word(r, index, &len);
    for (size_t i = 0; next && i < G_N_ELEMENTS(covers); i++)
        if (written_as(next, len, covers[i]))
            return thanks;
    return 0;
}

/* Strong verbs' pasts whose rivals are verbs or nouns ("bar", "satt"), which strong_past cannot tell (it asks for
 * four letters or more). */
static bool told_past(const char *t, size_t n)
{
    static const char *const pasts[] = { "bar", "tog", "gav", "satt", "stod", "kom", "fick", "gick", "blev", "höll",
                                         "drog", "fann" };
    return in_list(pasts, G_N_ELEMENTS(pasts), t, n);
}

/* Past tenses a sentence holds: told_past's, and those whose rivals are function words ("var", "sa": "vår", "så"),
 * which tell the tense but are never kept by it. */
static bool listed_strong_past(const char *t, size_t n)
{
    static const char *const pasts[] = { "var", "såg", "lät", "åt", "låg", "sa", "skulle", "hade", "kunde", "ville" };
    return told_past(t, n) || in_list(pasts, G_N_ELEMENTS(pasts), t, n);
}

/* Is reading `c` a present tense: a listed finite verb that is no past, or a verb (no noun, no adjective) in -r
 * ("handlar", "väljer")? One in a sentence tells it is no story told in the past. */
static bool present_reading(const cand *c)
{
    if (c->id == NO_ID || c->len < 2)
        return false;
    if (is_finite_verb(c)) /* "når" is left out: "nar" is far more often "när" */
        return !listed_strong_past(c->text, c->len) && !written_as(c->text, c->len, "når");
    return (c->pos & (POS_VERB | POS_NOUN | POS_ADJECTIVE)) == POS_VERB && c->text[c->len - 1] == 'r';
}

/* Is reading `c` a past tense with no other part of speech: in -de/-te ("rörde", "hade"; hunspell-sv gives a weak
 * past its participle's class) or a listed strong one ("fick", "kom")? */
static bool past_reading(const cand *c)
{
    if (c->id == NO_ID || (c->pos & POS_NOUN))
        return false;
    return ((c->pos & (POS_VERB | POS_ADJECTIVE)) && past_tense(c)) || listed_strong_past(c->text, c->len);
}

/* Is reading `c` a passive or deponent past that is no noun: a past in -de/-te or a strong one with "-s" after it
 * ("hittades", "greps", "togs", "fanns")? It tells the tense as its active past does. A strong-looking stem with
 * an infinitive of its own is a present's ("söks": söka); a stem in -nde is a participle's ("sökandes"). */
static bool passive_past(const at_dict *d, const cand *c)
{
    if (c->id == NO_ID || (c->pos & POS_NOUN) || c->len < strlen("togs") || c->len > AT_WORD_MAX ||
        c->text[c->len - 1] != 's')
        return false;
    cand stem = *c;
    stem.len = c->len - 1;
    if (stem.len >= strlen("nde") && memcmp(stem.text + stem.len - 3, "nde", 3) == 0)
        return false; /* a present participle's genitive: "den sökandes" */
    if (past_shaped(stem.text, stem.len) || listed_strong_past(stem.text, stem.len))
        return true;
    char infinitive[AT_WORD_MAX + 1];
    at_dict_entry e;
    memcpy(infinitive, stem.text, stem.len);
    infinitive[stem.len] = 'a';
    return !at_dict_find(d, infinitive, stem.len + 1, &e) && strong_past(d, &stem);
}

/* Does the sentence of word `index` tell of the past: another word in it is read only as a past tense
 * ("rörde", "hade", passive "greps"), and no word as written or read may be a present ("har", "ar", "handlar")?
 * A word in -s between "den" or "de" and a noun is a genitive ("De drabbades familjer"), no passive ("när de
 * hittades i skogen" is one). */
static bool past_story(run *r, size_t index)
{
    static const char *const articles[] = { "den", "de" };
    size_t n = at_doc_n_words(r->doc), from = index, to = index;
    while (from > 0 && index - from < 40 && !closes_sentence(r, from - 1))
        from--;
    while (to + 1 < n && to - index < 40 && !closes_sentence(r, to))
        to++;
    bool past = false;
    for (size_t i = from; i <= to; i++) {
        size_t len;
        const char *text = at_doc_word_text(r->doc, i, &len);
        word_shape sh;
        shape_word(text, len, &sh);
        size_t wlen = sh.end - sh.start;
        if (i == index || wlen == 0 || wlen >= AT_WORD_MAX || has_non_letter(text + sh.start, wlen))
            continue;
        const cand_set *cs = candidates(r, text + sh.start, wlen);
        bool genitive = i > 0 && !strchr(",.;:!?", text[len - 1]) &&
                        word_folded_in(r, i - 1, articles, G_N_ELEMENTS(articles)) && noun_follows(r, i, false);
        int known = 0, pasts = 0;
        for (int k = 0; k < cs->n; k++) {
            if (present_reading(&cs->c[k]))
                return false;
            known += cs->c[k].id != NO_ID;
            pasts += past_reading(&cs->c[k]) || (!genitive && passive_past(r->n->dict, &cs->c[k]));
        }
        past = past || (known && pasts == known);
    }
    return past;
}

/* Is reading `c` as written a strong verb's past, alone or ending a compound whose first part is a word ("bar",
 * "stod", "satt", "innebar")? */
static bool strong_past_written(const at_dict *d, const cand *c)
{
    if (strong_past(d, c) || told_past(c->text, c->len))
        return true;
    at_dict_entry e; /* a one-syllable past ends the compound: "bar" to "sjönk" */
    for (size_t p = c->len > strlen("sjönk") ? c->len - strlen("sjönk") : 0; p + strlen("bar") <= c->len; p++) {
        if (p < strlen("in"))
            continue;
        cand tail = *c;
        tail.text = c->text + p, tail.len = (uint32_t)(c->len - p);
        if ((c->text[p] & 0xC0) != 0x80 && at_dict_find(d, c->text, p, &e) &&
            (strong_past(d, &tail) || told_past(tail.text, tail.len)))
            return true;
    }
    return false;
}

/* Does word `index` stand where its clause's finite verb goes: after its subject, second after a word that stands
 * alone, or before a subject that follows the verb ("I köket stod en kvinna", "satt syskonen kvar") where no verb
 * comes right before it ("gav stöd en gång" is the noun)? */
static bool verb_position(run *r, const slot *s, const slot *before, size_t index)
{
    static const char *const subjects[] = { "en", "ett", "den", "det", "de", "han", "hon", "jag", "vi", "man", "du",
                                            "ni" };
    if (s->second || s->after_subject || s->after_noun)
        return true;
    size_t len, nlen;
    const char *text = at_doc_word_text(r->doc, index, &len), *next = next_word(r, index, &nlen);
    if (!nlen || nlen >= AT_WORD_MAX || strchr(",.;:!?", text[len - 1]))
        return false;
    size_t blen = 0;
    const char *btext = index ? at_doc_word_text(r->doc, index - 1, &blen) : NULL;
    if (before && before->word + 1 == index && blen && !strchr(",;:", btext[blen - 1]) && finite_or_past(before))
        return false;
    char folded[AT_WORD_MAX * 4];
    int f = at_fold(next, nlen, folded, sizeof folded);
    return f > 0 && (in_list(subjects, G_N_ELEMENTS(subjects), folded, (size_t)f) || definite_shaped(folded, (size_t)f));
}

/* The readings of slot `s` other than its written strong past ("stod", "satt", "bar", "innebar") where it stands as
 * its clause's verb in a sentence that tells of the past (past_story): a told story keeps its tense ("I köket stod en
 * kvinna och rörde i en gryta" is no "stöd"; "För dem som blev kvar innebar utvandringen ..., vilket gjorde" no
 * "innebär"). */
static uint8_t present_in_past_story(run *r, const slot *s, const slot *before, size_t index)
{
    const cand_set *cs = s->cs;
    if (cs->n < 2 || cs->identity < 0 || !verb_position(r, s, before, index) ||
        !strong_past_written(r->n->dict, &cs->c[cs->identity]) || !past_story(r, index))
        return 0;
    return (uint8_t)(((1u << cs->n) - 1) & ~(1u << cs->identity));
}

/* Is every reading of the word after word `index`, with nothing but a space between, that the dictionary knows a
 * present tense (present_reading: "ska", "kan", "etablerar"), and is there one? */
static bool present_follows(run *r, size_t index)
{
    size_t len, nlen;
    const char *text = at_doc_word_text(r->doc, index, &len), *next = next_word(r, index, &nlen);
    if (!nlen || nlen >= AT_WORD_MAX || strchr(",.;:!?", text[len - 1]) || has_non_letter(next, nlen) ||
        preposition(next, nlen))
        return false; /* hunspell-sv knows "över" as a verb too: "är över" */
    const cand_set *vs = candidates(r, next, nlen);
    int known = 0, present = 0;
    for (int k = 0; k < vs->n; k++) {
        known += vs->c[k].id != NO_ID;
        present += present_reading(&vs->c[k]);
    }
    return known && present == known;
}

/* Is every known reading of the word after word `index`, with nothing but a space between, a word in -as that is
 * no noun nor adjective ("läggas", "prövas"): a passive infinitive? */
static bool passive_infinitive_follows(run *r, size_t index)
{
    size_t len, nlen;
    const char *text = at_doc_word_text(r->doc, index, &len), *next = next_word(r, index, &nlen);
    if (nlen < strlen("ges") || nlen >= AT_WORD_MAX || strchr(",.;:!?", text[len - 1]) ||
        has_non_letter(next, nlen) || next[nlen - 2] != 'a' || next[nlen - 1] != 's')
        return false;
    const cand_set *vs = candidates(r, next, nlen);
    int known = 0, verbs = 0;
    for (int k = 0; k < vs->n; k++) {
        known += vs->c[k].id != NO_ID;
        verbs += vs->c[k].id != NO_ID && !(vs->c[k].pos & (POS_NOUN | POS_ADJECTIVE));
    }
    return known && verbs == known;
}

/* The readings "äter" of `cs` for a written "ater" right before a present or a passive infinitive ("åter
 * uppfyller", "åter finns", "åter läggas"): a finite verb takes no second verb there, the adverb does; after "som"
 * it is a relative clause's verb and the main clause's verb follows it ("Den som äter blir mätt"). */
static uint8_t eats_before_verb(run *r, size_t index, const cand_set *cs)
{
    uint8_t eats = readings_spelled(cs, "äter");
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    static const char *const relative[] = { "som" }; /* "Den som äter blir mätt": the clause's own verb */
    if (!eats || !readings_spelled(cs, "åter") || !written_as(text, len, "ater") ||
        (index > 0 && word_folded_in(r, index - 1, relative, G_N_ELEMENTS(relative))))
        return 0;
    return present_follows(r, index) || passive_infinitive_follows(r, index) ? eats : 0;
}

/* Does slot `before`, right before word `index` with no comma between, count what follows: a number in digits or
 * words, or a quantifier ("24 ar", "tva ar", "varje ar", "per ar")? */
static bool counts_next(run *r, const slot *before, size_t index)
{
    static const char *const quantifiers[] = { "varje", "per", "vartannat", "flera", "manga", "nagra" };
    if (!before || before->word + 1 != index || before->comma)
        return false;
    return before->cs == &r->number || number_word_slot(before) ||
           folded_word_in(r, before, quantifiers, G_N_ELEMENTS(quantifiers));
}

/* The readings "är" of `cs` right before a word that is only a present tense, after a number or a quantifier
 * ("mellan 18 och 29 ar etablerar sig", "varje ar ska"): the copula never takes a finite verb after it, a time
 * counted before the verb does; after anything else "ar" stays the copula ("Det ar tror jag bra"). */
static uint8_t copula_before_verb(run *r, const slot *before, size_t index, const cand_set *cs)
{
    uint8_t copula = readings_spelled(cs, "är");
    return copula && readings_spelled(cs, "år") && counts_next(r, before, index) && present_follows(r, index)
               ? copula
               : 0;
}

/* The readings "vår" of `cs` right before a number that is no year ("andelen var 29 procent"): "our" takes a noun
 * after it, and "vår" before a year is the season ("vår 2025"), which the context may still choose. */
static uint8_t ours_before_count(run *r, size_t index, const cand_set *cs)
{
    uint8_t ours = readings_spelled(cs, "vår");
    size_t len, nlen;
    const char *text = at_doc_word_text(r->doc, index, &len), *next = next_word(r, index, &nlen);
    if (!ours || !nlen || strchr(",.;:!?", text[len - 1]) || !g_ascii_isdigit(next[0]))
        return 0;
    word_shape sh;
    shape_word(next, nlen, &sh);
    for (size_t i = sh.start; i < sh.end; i++)
        if (!g_ascii_isdigit(next[i]))
            return 0; /* "vår 1:a", "var 3-5" */
    return is_year(next + sh.start, sh.end - sh.start) ? 0 : ours;
}

/* The readings of `cs` that are adjectives or verbs and no noun, when another is a noun, right after "en" or "ett"
 * and before a preposition or the end of a clause: an attribute wants its noun after it, so the article's noun is
 * the word ("inte en lag i sig" is no "låg"; "en låg ränta" has its noun; "var och en att" keeps its "att"). */
static uint8_t nonnouns_ending_phrase(run *r, const slot *before, size_t index, const cand_set *cs)
{
    static const char *const articles[] = { "en", "ett" };
    if (!cs->nouns || !before || before->word + 1 != index || before->comma ||
        !folded_word_in(r, before, articles, G_N_ELEMENTS(articles)))
        return 0;
    size_t len, nlen;
    const char *text = at_doc_word_text(r->doc, index, &len), *next = next_word(r, index, &nlen);
    bool ends = strchr(",.;:!?", text[len - 1]) != NULL;
    if (!ends && !(nlen && nlen < AT_WORD_MAX && preposition(next, nlen)))
        return 0;
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        if ((cs->c[k].pos & (POS_ADJECTIVE | POS_VERB)) && !(cs->c[k].pos & POS_NOUN))
            bits |= (uint8_t)(1u << k);
    return bits;
}

/* Is `t` a supine the dictionary gives no verb class ("haft", "gjort", "legat", "sagt")? */
static bool irregular_supine(const char *t, size_t n)
{
    static const char *const irregular[] = { "haft", "gjort", "legat", "sagt", "lagt", "velat", "kunnat", "burit" };
    return in_list(irregular, G_N_ELEMENTS(irregular), t, n);
}

/* Has `t`, of parts of speech `pos`, a supine's form: a strong verb's in -it ("varit", "funnit"), or a verb form
 * in -t but -et ("använt", "hänt"; no supine ends in -et: "det", "eget", "mycket" are verbs to hunspell-sv)? */
static bool supine_form(const char *t, size_t n, uint8_t pos)
{
    bool strong = n >= strlen("varit") && memcmp(t + n - 2, "it", 2) == 0;
    bool weak = (pos & POS_VERB) && n >= strlen("läst") && t[n - 1] == 't' && t[n - 2] != 'e';
    return strong || weak;
}

/* Is every reading of slot `s` the dictionary knows a supine, and none a noun nor a finite verb: a verb form in
 * -t but -et ("använt", "hänt"), a strong verb's in -it ("varit", "blivit", "tagit"), or an irregular one the dictionary
 * gives no verb class ("haft", "gjort", "legat", "sagt")? Neuter adjectives ("stort") are no verb forms. */
static bool supine_only(const slot *s)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        if (!irregular_supine(c->text, c->len) &&
            ((c->pos & POS_NOUN) || (s->cs->finite >> k & 1) || !supine_form(c->text, c->len, c->pos)))
            return false;
        any = true;
    }
    return any;
}

/* Is w[0..n) a supine in -at whose present in -ar is a verb the dictionary knows ("arbetat", "behandlat":
 * hunspell-sv files them as participles only)? "privat", "separat" have no "-ar". */
static bool at_supine_of_verb(const at_dict *d, const char *w, size_t n)
{
    char present[AT_WORD_MAX * 4];
    at_dict_entry e;
    if (n < 2 || n >= sizeof present || memcmp(w + n - 2, "at", 2) != 0)
        return false;
    memcpy(present, w, n);
    present[n - 1] = 'r';
    return at_dict_find(d, present, n, &e) && (e.flags & AT_WORD_VERB);
}

/* Is every reading of slot `s` the dictionary knows a supine in -at of a known verb (at_supine_of_verb)? */
static bool first_conjugation_supine(const at_dict *d, const slot *s)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        if (c->len < strlen("lovat") || (c->pos & POS_NOUN) || !at_supine_of_verb(d, c->text, c->len))
            return false;
        any = true;
    }
    return any;
}

/* Is every reading of slot `s` the dictionary knows a supine in -s, of a deponent or a passive ("funnits",
 * "använts", "gjorts", "behandlats"): no noun nor finite verb, and without its "s" a known supine? The
 * dictionary gives such forms no verb class. A genitive in -ts ("avtalets", "resultats") has no supine stem. */
static bool s_supine(const at_dict *d, const slot *s)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        size_t n = c->len - 1;
        at_dict_entry e;
        if (c->len < strlen("sagts") || memcmp(c->text + n - 1, "ts", 2) != 0 || (c->pos & POS_NOUN) ||
            (s->cs->finite >> k & 1) || !at_dict_find(d, c->text, n, &e) || (e.flags & AT_WORD_NOUN))
            return false;
        if (!irregular_supine(c->text, n) && !at_supine_of_verb(d, c->text, n) &&
            !supine_form(c->text, n, entry_pos(e.flags)))
            return false;
        any = true;
    }
    return any;
}

/* Is slot j a season's adverb after "i" ("i vintras", "i somras", "i våras", "i höstas"): a time, no passive verb
 * that would end the search for a supine? */
static bool season_after_in(run *r, const slot *seg, size_t j)
{
    static const char *const seasons[] = { "vintras", "somras", "varas", "hostas" };
    if (j == 0 || seg[j - 1].word + 1 != seg[j].word || seg[j - 1].comma)
        return false;
    size_t len, ilen;
    const char *w = at_doc_word_text(r->doc, seg[j].word, &len);
    const char *in = at_doc_word_text(r->doc, seg[j - 1].word, &ilen);
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(w, len, folded, sizeof folded) : -1;
    return ilen == 1 && (in[0] == 'i' || in[0] == 'I') && f > 0 &&
           in_list(seasons, G_N_ELEMENTS(seasons), folded, (size_t)f);
}

/* Has slot `s` a reading that would give a supine its auxiliary ("ha", "har", "hade"), so the one before it
 * need not? */
static bool may_be_auxiliary(const slot *s)
{
    return readings_spelled(s->cs, "ha") || readings_spelled(s->cs, "har") || readings_spelled(s->cs, "hade");
}

/* Is word `index` "den", "det" or "de", which a "här" after it makes a demonstrative ("det här")? */
static bool opens_demonstrative(const run *r, size_t index)
{
    static const char *const demonstratives[] = { "den", "det", "de" };
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : -1;
    return f > 0 && in_list(demonstratives, G_N_ELEMENTS(demonstratives), folded, (size_t)f);
}

/* Is slot i - 1, right before slot i, a "har" that follows a word of its sentence other than a demonstrative
 * ("Vi har här", "Nämnden har här")? It is then the supine's auxiliary, and slot i the adverb: a supine has one
 * auxiliary. "Den här har varit" has the demonstrative's "här" first, "Här har vi" no subject before "här". */
static bool auxiliary_right_before(run *r, const slot *seg, size_t i)
{
    if (i < 2)
        return false;
    const slot *have = &seg[i - 1], *before = &seg[i - 2];
    if (have->word + 1 != seg[i].word || before->word + 1 != have->word || have->comma || before->comma ||
        !readings_spelled(have->cs, "har") || closes_sentence(r, before->word))
        return false;
    return !opens_demonstrative(r, before->word);
}

/* Is slot j a reading "år" after a word that counts more than one ("i många ar", "under tva ar", "3 ar")? A
 * count makes it the noun, no verb that would end the search for a supine. */
static bool counted_years(run *r, const slot *seg, size_t j)
{
    return j > 0 && readings_spelled(seg[j].cs, "år") && counts_many(r, &seg[j - 1], seg[j].word);
}

/* A slot read "har" or "här" is the auxiliary when a supine follows in its clause, with no finite verb, clause,
 * conjunction, comma nor other auxiliary between (counted years and "i vintras" are no verb; a supine in -s
 * counts): "Det har under året blivit bättre", "Det har i vintras funnits", "Den har i många år varit stängd"
 * ("här" loses). "Den här boken har varit" has its auxiliary after "här"; "det här vi läst" a clause;
 * "Vi har här länge haft" its auxiliary right before "här", so "har" loses there. */
static void mark_auxiliary_have(run *r, slot *seg, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        uint8_t have = readings_spelled(seg[i].cs, "har");
        if (!have || !readings_spelled(seg[i].cs, "här") || seg[i].comma)
            continue;
        bool adverb = auxiliary_right_before(r, seg, i);
        /* a clause drops its "har" before a supine in -s ("påföljd som här i landet ådömts") */
        bool dropped = i > 0 && seg[i - 1].word + 1 == seg[i].word && opens_clause(r, seg[i - 1].word);
        for (size_t j = i + 1; j < len && j <= i + 5; j++) {
            if (supine_only(&seg[j]) || first_conjugation_supine(r->n->dict, &seg[j]) ||
                (!dropped && s_supine(r->n->dict, &seg[j]))) {
                seg[i].ruled_out |= adverb ? have : (uint8_t)(~have & ((1u << seg[i].cs->n) - 1));
                break;
            }
            if (counted_years(r, seg, j) || (j + 1 < len && counted_years(r, seg, j + 1)) ||
                season_after_in(r, seg, j))
                continue; /* the count and its years, "i vintras" */
            size_t wlen;
            const char *w = at_doc_word_text(r->doc, seg[j].word, &wlen);
            if (may_be_clause_verb(r, &seg[j]) || may_be_auxiliary(&seg[j]) ||
                is_conjunction(w, wlen) || seg[j].comma || closes_sentence(r, seg[j].word))
                break;
        }
    }
}

/* Is slot `s` a predicative after "är": every reading the dictionary knows an adjective or a participle ("skyldig",
 * "berättigad"; "tänkt" has a supine's form), none a noun nor a finite verb? */
static bool predicative_only(const slot *s)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        if (!((c->pos & POS_ADJECTIVE) || supine_form(c->text, c->len, c->pos)) || (c->pos & POS_NOUN) ||
            (s->cs->finite >> k & 1))
            return false;
        any = true;
    }
    return any;
}

/* May slot `s` be a noun in some reading the dictionary knows? */
static bool may_be_noun(const slot *s)
{
    for (int k = 0; k < s->cs->n; k++)
        if (s->cs->c[k].id != NO_ID && (s->cs->c[k].pos & POS_NOUN))
            return true;
    return false;
}

/* May slot `s` be a predicative in some reading the dictionary knows: an adjective or a supine that is no noun
 * nor finite verb ("känt" beside the noun "kant")? */
static bool may_be_predicative(const slot *s)
{
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id != NO_ID && ((c->pos & POS_ADJECTIVE) || supine_form(c->text, c->len, c->pos)) &&
            !(c->pos & POS_NOUN) && !(s->cs->finite >> k & 1))
            return true;
    }
    return false;
}

/* Is word `index` "att"? */
static bool att_at(run *r, size_t index)
{
    size_t len;
    const char *w = at_doc_word_text(r->doc, index, &len);
    return len == strlen("att") && g_ascii_strncasecmp(w, "att", len) == 0;
}

/* Is word `index` "för" (or "for") and one word, then "att": whom a predicative holds for before its clause ("kant
 * for alla att", "klart for oss att")? */
static bool for_whom_then_att(run *r, size_t index)
{
    size_t len;
    const char *w = at_doc_word_text(r->doc, index, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len <= strlen("för") + 1 ? at_fold(w, len, folded, sizeof folded) : 0;
    if (f != (int)strlen("for") || memcmp(folded, "for", 3) != 0 || index + 2 >= at_doc_n_words(r->doc))
        return false;
    const char *whom = at_doc_word_text(r->doc, index + 1, &len);
    return len && !strchr(",.;:", whom[len - 1]) && att_at(r, index + 2);
}

/* The readings of slot `s` other than the one as written, when that is an adjective and no noun nor finite verb
 * ("sant", "lat"): a predicative ending "är då …" keeps it; "sånt", "låt" are no predicatives there, though the
 * dictionary files "sånt" an adjective and counts "är sånt" more often. */
static uint8_t others_than_adjective(const slot *s)
{
    int k = s->cs->identity;
    if (k < 0 || s->cs->c[k].id == NO_ID || !(s->cs->c[k].pos & POS_ADJECTIVE) || (s->cs->c[k].pos & POS_NOUN) ||
        (s->cs->finite >> k & 1))
        return 0;
    return (uint8_t)(((1u << s->cs->n) - 1) & ~(1u << k));
}

/* Is slot `k` an adverb of degree or negation with a word after it, no comma between ("mycket", "inte")? Between
 * "är då" and its predicative it changes nothing: "och ar da mycket hungrig" is "är", as "ar da hungrig" is (the
 * statutes write "är då inte skyldig att"; "år då" before one of these, never). */
static bool degree_before(run *r, const slot *seg, size_t len, size_t k)
{
    static const char *const words[] = { "mycket", "ganska", "valdigt", "helt", "inte", "alltid", "ofta", "redan" };
    return k + 1 < len && !seg[k].comma && seg[k + 1].word == seg[k].word + 1 &&
           folded_word_in(r, &seg[k], words, G_N_ELEMENTS(words));
}

/* A slot read "år" or "är" before "då" and a predicative that modifies no noun after it is the verb: "och ar
 * då tänkt att gälla", "ar då skyldig att" ("är då skyldig" in the counted statutes); so too before a word
 * that may be a noun or a predicative when "att" follows it ("Det ar da kant att": no noun opens a clause
 * "år då kant att"). "år då" opens a clause otherwise ("det år då lagen", "år då allmänna val hålls": the
 * statutes write it 568 times to "är då" 8). An adverb of degree may stand before the predicative ("är då mycket
 * hungrig": degree_before). One word between "då" and "att" (or "för" someone and "att") opens
 * no clause, whatever it is ("ar da synd for dem att", "fel att", "lagom for barnen att"), and neither does a
 * predicative ending the sentence ("Det ar da kant."), an adjective as written kept (others_than_adjective). */
static void mark_copula_before_then(run *r, slot *seg, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++) {
        uint8_t year = readings_spelled(seg[i].cs, "år");
        if (!year || !readings_spelled(seg[i].cs, "är") || seg[i].comma || seg[i + 1].comma ||
            seg[i + 1].word != seg[i].word + 1 || seg[i + 2].word != seg[i].word + 2 ||
            !readings_spelled(seg[i + 1].cs, "då"))
            continue;
        size_t p = degree_before(r, seg, len, i + 2) ? i + 3 : i + 2; /* the predicative */
        bool then_att = !seg[p].comma && p + 1 < len && seg[p + 1].word == seg[p].word + 1 &&
                        (att_at(r, seg[p + 1].word) || for_whom_then_att(r, seg[p + 1].word));
        bool ends = closes_sentence(r, seg[p].word);
        if (!(predicative_only(&seg[p]) || then_att || (ends && may_be_predicative(&seg[p]))))
            continue;
        if (!seg[p].comma && !ends && p + 1 < len && seg[p + 1].word == seg[p].word + 1 && may_be_noun(&seg[p + 1])) {
            size_t wlen; /* "att" and a preposition have rivals that are nouns ("ätt", "får") */
            const char *w = at_doc_word_text(r->doc, seg[p + 1].word, &wlen);
            if (!att_at(r, seg[p + 1].word) && !preposition(w, wlen))
                continue;
        }
        seg[i].ruled_out |= year;
        if (ends)
            seg[p].ruled_out |= others_than_adjective(&seg[p]);
    }
}

/* Is every reading of slot `s` the dictionary knows a verb's present tense ("använder", "förvaltar", "brukar"), in
 * -r and no noun? Three letters are too few: "var", "bor" have rivals of other kinds. */
static bool present_only(const slot *s)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        if (!(c->pos & POS_VERB) || (c->pos & POS_NOUN) || c->len < strlen("äger") || c->text[c->len - 1] != 'r')
            return false;
        any = true;
    }
    return any;
}

/* May slot `s` be an adjective in some reading ("svåra", "hårda")? */
static bool may_be_adjective(const slot *s)
{
    for (int k = 0; k < s->cs->n; k++)
        if (s->cs->c[k].pos & POS_ADJECTIVE)
            return true;
    return false;
}

/* Is every reading of slot `s` the dictionary knows in "-a", no noun nor finite verb ("vackra": hunspell-sv files
 * it a verb only)? Between a copula and "ar" it is a plural attribute: "Det ar vackra ar" has no infinitive. */
static bool plural_attribute_shaped(const slot *s)
{
    bool any = false;
    for (int k = 0; k < s->cs->n; k++) {
        const cand *c = &s->cs->c[k];
        if (c->id == NO_ID)
            continue;
        if (c->len < strlen("ljusa") || c->text[c->len - 1] != 'a' || (c->pos & POS_NOUN) || (s->cs->finite >> k & 1))
            return false;
        any = true;
    }
    return any;
}

/* A sentence opened by a pronoun and a copula as written has its verb: a slot read "är" or "år" right after the
 * predicative that follows is the noun ("Det var svara ar" is "svåra år", "De blev langa ar" "långa år"), no
 * second verb; so too after "ar", then the copula ("Det ar svara ar att" is "är svåra år"). A relative clause's
 * copula comes later ("Frågor som var svåra är"). */
static void mark_year_after_predicative(run *r, slot *seg, size_t len)
{
    static const char *const pronouns[] = { "det", "den", "de", "jag", "du", "han", "hon", "vi", "ni", "man" };
    if (len < 4 || !seg[0].opens_sentence || seg[0].comma || seg[1].comma || seg[2].comma ||
        seg[1].word != seg[0].word + 1 || seg[2].word != seg[0].word + 2 || seg[3].word != seg[0].word + 3 ||
        !(may_be_adjective(&seg[2]) || plural_attribute_shaped(&seg[2])) || !readings_spelled(seg[3].cs, "år"))
        return;
    uint8_t year = readings_spelled(seg[1].cs, "år"); /* "Det ar svara ar att": the copula "är", then "år" */
    if (!written_copula(&seg[1]) && !(year && readings_spelled(seg[1].cs, "är")))
        return;
    size_t wlen;
    const char *w = at_doc_word_text(r->doc, seg[0].word, &wlen);
    char folded[AT_WORD_MAX * 4];
    int f = wlen <= strlen("han") ? at_fold(w, wlen, folded, sizeof folded) : 0;
    if (f > 0 && in_list(pronouns, G_N_ELEMENTS(pronouns), folded, (size_t)f)) {
        seg[3].ruled_out |= readings_spelled(seg[3].cs, "är");
        seg[3].before_predicate = false; /* "svåra år att": "att" follows the noun, no copula */
        seg[1].ruled_out |= year;
    }
}

/* Does slot i stand where its clause's subject stands: opening the sentence, or right after a conjunction that
 * opens a clause ("eftersom", "när", "att"; not "som", whose clause has its subject: "som sagt var")? */
static bool subject_place(run *r, const slot *seg, size_t i)
{
    if (seg[i].opens_sentence)
        return true;
    if (i == 0 || seg[i - 1].word + 1 != seg[i].word || seg[i - 1].comma || !opens_clause(r, seg[i - 1].word))
        return false;
    size_t len;
    const char *w = at_doc_word_text(r->doc, seg[i - 1].word, &len);
    return !(len == strlen("som") && g_ascii_strncasecmp(w, "som", len) == 0);
}

/* The readings of `cs` that are verbs, as bits. */
static uint8_t verb_readings(const cand_set *cs)
{
    uint8_t bits = 0;
    for (int k = 0; k < cs->n; k++)
        bits |= (uint8_t)(!!(cs->c[k].pos & POS_VERB) << k);
    return bits;
}

/* A participle is no subject: a slot whose reading as written is a verb's participle ("taget", "malet";
 * hunspell files "taget" a noun too, the rare definite of "tag"), in the subject's place right before a word
 * that may be a finite verb, is the definite noun among its readings that is no verb ("Taget var försenat" is
 * "Tåget", "nar tagen star" "när tågen står", "Malet ar" "Målet är"). A participle that opens a sentence as an
 * adverbial ("Sammantaget är") has no noun for a rival. */
static void mark_participle_subject(run *r, slot *seg, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        const cand_set *cs = seg[i].cs, *next = seg[i + 1].cs;
        int k = cs->identity;
        uint8_t verbs = verb_readings(cs);
        if (k < 0 || !(verbs >> k & 1) || (cs->finite >> k & 1) || !(cs->nouns & ~verbs) || seg[i].comma ||
            seg[i + 1].word != seg[i].word + 1 || !next->finite || !subject_place(r, seg, i))
            continue;
        size_t wlen;
        const char *w = at_doc_word_text(r->doc, seg[i].word, &wlen);
        char folded[AT_WORD_MAX * 4];
        int f = wlen < AT_WORD_MAX ? at_fold(w, wlen, folded, sizeof folded) : 0;
        if (f > 0 && definite_shaped(folded, (size_t)f))
            seg[i].ruled_out |= verbs;
    }
}

/* Is slot `s` a word that may stand between "och" and its verb: none of its readings a noun nor a verb
 * ("regelmässigt", "ofta", "själv")? */
static bool between_och_and_verb(const slot *s)
{
    for (int k = 0; k < s->cs->n; k++)
        if (s->cs->c[k].pos & (POS_NOUN | POS_VERB))
            return false;
    return true;
}

/* May slot `s` be a copula: "är", or "var", "blir", "blev", "vore" ("som var verksamma", "som blev kvar")? */
static bool may_be_any_copula(const slot *s)
{
    return may_be_copula(s->cs) || readings_spelled(s->cs, "var") || readings_spelled(s->cs, "blir") ||
           readings_spelled(s->cs, "blev") || readings_spelled(s->cs, "vore");
}

/* Is slot i - 1, right before slot i, the predicative of a copula right before it ("som är verksamma", "som är
 * folkbokförd", "som var aktiva")? Its clause has its verb: no subject for a verb in slot i. */
static bool predicative_before(const slot *seg, size_t i)
{
    return i >= 2 && seg[i - 1].word + 1 == seg[i].word && seg[i - 2].word + 1 == seg[i - 1].word &&
           !seg[i - 2].comma && may_be_any_copula(&seg[i - 2]);
}

/* Does a word that subordinates its clause stand among words `from` to `to` ("om", "som", "när", "då")? */
static bool subordinator_among(run *r, size_t from, size_t to)
{
    static const char *const words[] = { "som", "om", "att", "nar", "eftersom", "da", "innan", "medan", "ifall",
                                         "dar", "vad", "vem", "vilken", "vilket", "vilka", "tills", "an", "fast",
                                         "fastan", "hur", "varfor", "vars", "sedan", "sa" };
    for (size_t w = from; w < to; w++) {
        size_t len;
        const char *text = at_doc_word_text(r->doc, w, &len);
        while (len && strchr(",.;:!?", text[len - 1]))
            len--;
        char folded[AT_WORD_MAX * 4];
        int f = len && len < 16 ? at_fold(text, len, folded, sizeof folded) : 0;
        if (f > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)f))
            return true;
    }
    return false;
}

/* Is slot `s` a modal, or a verb that takes a bare infinitive as one does ("orkar stå", "hinner se")? */
static bool takes_bare_infinitive(run *r, const slot *s)
{
    static const char *const verbs[] = { "orkar", "orkade", "hinner", "hann", "vagar", "vagade", "tanker" };
    return may_be_modal(s) || folded_word_in(r, s, verbs, G_N_ELEMENTS(verbs));
}

/* Is slot `at` a main clause's modal: no word subordinates its clause from the clause's start (the sentence's or
 * a comma's, twelve words back at most: a longer run is left alone) to it? */
static bool main_clause_modal(run *r, const slot *seg, size_t at)
{
    size_t start = seg[at].word;
    while (start > 0 && seg[at].word - start < 12 && !closes_sentence(r, start - 1)) {
        size_t len;
        const char *text = at_doc_word_text(r->doc, start - 1, &len);
        if (len && text[len - 1] == ',')
            break;
        start--;
    }
    return seg[at].word - start < 12 && !subordinator_among(r, start, seg[at].word);
}

/* Is the word of slot `s` an adverb that may stand between a modal and its infinitive ("inte", "längre")? */
static bool adverb_before_infinitive(run *r, const slot *s)
{
    static const char *const words[] = { "inte", "bara", "ocksa", "alltid", "aldrig", "garna", "aven", "nog",
                                         "helst", "redan", "snart", "langre", "ej", "icke", "heller", "anda",
                                         "fortfarande", "verkligen" };
    return folded_word_in(r, s, words, G_N_ELEMENTS(words));
}

/* A slot read "har" or "här" right after an infinitive that a main clause's modal governs, only sentence adverbs
 * and the subject between ("Vi skulle bara bo här ett år", "nu orkar vi inte längre stå här"): the clause has its
 * finite verb, so "har" loses. A subordinate clause ends before the main clause's "har" ("Den som vill resa har
 * rätt", "Om beslutet ska verkställas har"); a supine after it is mark_auxiliary_have's. */
static void mark_here_after_infinitive(run *r, slot *seg, size_t len)
{
    for (size_t i = 2; i < len; i++) {
        uint8_t have = readings_spelled(seg[i].cs, "har"), here = readings_spelled(seg[i].cs, "här");
        const slot *verb = &seg[i - 1];
        size_t vlen;
        const char *vtext = at_doc_word_text(r->doc, verb->word, &vlen);
        if (!have || !here || (seg[i].ruled_out & here) || verb->word + 1 != seg[i].word || verb->comma ||
            !infinitive_shaped(vtext, vlen))
            continue;
        size_t j = i - 2;
        while (j > 0 && i - 2 - j < 3 && seg[j].word + 1 == seg[j + 1].word && !seg[j].comma &&
               (seg[j].subject || adverb_before_infinitive(r, &seg[j])))
            j--;
        if (seg[j].word + 1 == seg[j + 1].word && !seg[j].comma && takes_bare_infinitive(r, &seg[j]) &&
            main_clause_modal(r, seg, j))
            seg[i].ruled_out |= have;
    }
}

/* A slot read "har" or "här" is the verb when "och" or "eller" joins it to a present tense, one adverb at most
 * between: "för ett företags räkning har och regelmässigt använder", "har, och ofta använder" ("här" loses).
 * After a word that may be a verb it is the adverb ("Vi trivs här och känner oss hemma", "finns här och var"),
 * after "den", "det", "de" the demonstrative's ("det här eller utomlands pågår"), after a predicative too ("De som
 * är verksamma här och använder"). */
static void mark_coordinated_have(run *r, slot *seg, size_t len)
{
    static const char *const joining[] = { "och", "eller" };
    for (size_t i = 0; i + 2 < len; i++) {
        uint8_t here = readings_spelled(seg[i].cs, "här");
        if (!here || !readings_spelled(seg[i].cs, "har") || closes_sentence(r, seg[i].word) ||
            (i > 0 && seg[i - 1].word + 1 == seg[i].word &&
             (may_be_clause_verb(r, &seg[i - 1]) || opens_demonstrative(r, seg[i - 1].word))) ||
            predicative_before(seg, i))
            continue;
        size_t wlen;
        const char *w = at_doc_word_text(r->doc, seg[i + 1].word, &wlen);
        if (seg[i + 1].word != seg[i].word + 1 || seg[i + 1].comma || !in_list(joining, G_N_ELEMENTS(joining), w, wlen))
            continue;
        size_t verb = i + 2;
        if (verb + 1 < len && !seg[verb].comma && between_och_and_verb(&seg[verb]))
            verb++;
        if (seg[verb].word == seg[i + 1].word + (verb - i - 1) && present_only(&seg[verb]))
            seg[i].ruled_out |= here;
    }
}

/* Is folded `w` a preposition that no "här" of place goes with ("enligt", "genom", "trots"): not "i", "till",
 * "av", which do ("det här i landet", "den här till vänster", "den här av trä")? */
static bool preposition_of_no_place(const char *w, size_t len)
{
    static const char *const words[] = { "enligt", "genom", "trots", "angaende", "betraffande", "rorande",
                                         "gentemot", "jamlikt", "oavsett" };
    return in_list(words, G_N_ELEMENTS(words), w, len);
}

/* Is the pronoun in slot i - 1 an object: right after a word that may be a finite verb, a preposition or a verb's
 * particle ("Vi genomför det här trots att", "ser över det här genom", "följer upp det här genom")? "det här" may
 * stand there before any preposition. As a subject it follows a conjunction ("än" too: "annan verkan än den har
 * enligt lagen"), a comma or its relative clause's noun ("i den omfattning den har enligt beslutet"). */
static bool pronoun_is_object(run *r, const slot *seg, size_t i)
{
    static const char *const conjunctions[] = { "och", "men", "eller", "samt", "an" };
    if (i < 2)
        return false;
    const slot *before = &seg[i - 2];
    size_t len;
    const char *text = at_doc_word_text(r->doc, before->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : -1;
    if (before->word + 1 != seg[i - 1].word || before->comma || closes_sentence(r, before->word) ||
        opens_clause(r, before->word) || (f > 0 && in_list(conjunctions, G_N_ELEMENTS(conjunctions), folded, (size_t)f)))
        return false;
    return may_be_clause_verb(r, before) || preposition(text, len) || is_particle(text, len);
}

/* Does the word of slot `s` take a clause without "att" ("tror det har", "vet det har"), or join one ("för det har":
 * because)? */
static bool opens_bare_clause(const run *r, const slot *s)
{
    static const char *const words[] = { "tror", "trodde", "vet", "visste", "sager", "sa", "anser", "menar",
                                         "tycker", "tyckte", "tanker", "hoppas", "antar", "forstar", "marker",
                                         "havdar", "for" };
    size_t len;
    const char *text = at_doc_word_text(r->doc, s->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len < AT_WORD_MAX ? at_fold(text, len, folded, sizeof folded) : -1;
    return f > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)f);
}

/* Is slot j "för" right after a word that is a noun in every reading the dictionary knows, and no finite verb
 * ("ansvar för", "skäl för"): the noun's preposition, not "för" joining a clause (because)? */
static bool for_after_noun(const run *r, const slot *seg, size_t j)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, seg[j].word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len == strlen("for") || len == strlen("för") ? at_fold(text, len, folded, sizeof folded) : 0;
    if (f != 3 || g_ascii_strncasecmp(folded, "for", 3) != 0 || j == 0 || seg[j - 1].comma ||
        seg[j - 1].word + 1 != seg[j].word)
        return false;
    const cand_set *cs = seg[j - 1].cs;
    bool any = false;
    for (int k = 0; k < cs->n; k++) {
        if (cs->c[k].id == NO_ID)
            continue;
        if (!(cs->c[k].pos & POS_NOUN) || (cs->finite >> k & 1))
            return false;
        any = true;
    }
    return any;
}

/* A slot read "har" or "här" right after "den", "det" or "de" before a preposition of no place: after the subject
 * it is the verb ("i den omfattning den har enligt beslutet", "det har genom avtalet": "den här" wants its noun, and
 * "här" as an adverb goes with a place; in the counted statutes "den/det/de här" never comes before one of them),
 * after an object it is "här" ("Vi gör det här genom att", "ansvar för det här enligt": "för" after a noun is its
 * preposition), unless a clause opens at the pronoun ("tror det har genom åren blivit", "för det har": because). */
static void mark_have_before_preposition(run *r, slot *seg, size_t len)
{
    for (size_t i = 1; i + 1 < len; i++) {
        uint8_t here = readings_spelled(seg[i].cs, "här"), have = readings_spelled(seg[i].cs, "har");
        if (!here || !have || seg[i].comma || seg[i - 1].comma || seg[i - 1].word + 1 != seg[i].word ||
            seg[i + 1].word != seg[i].word + 1 || !opens_demonstrative(r, seg[i - 1].word))
            continue;
        size_t wlen;
        const char *w = at_doc_word_text(r->doc, seg[i + 1].word, &wlen);
        char folded[AT_WORD_MAX * 4];
        int f = wlen < AT_WORD_MAX ? at_fold(w, wlen, folded, sizeof folded) : -1;
        if (f <= 0 || !preposition_of_no_place(folded, (size_t)f))
            continue;
        if (!pronoun_is_object(r, seg, i))
            seg[i].ruled_out |= here;
        else if (!opens_bare_clause(r, &seg[i - 2]) || for_after_noun(r, seg, i - 2))
            seg[i].ruled_out |= have;
    }
}

/* Is the word of slot `s` a demonstrative before a noun ("denna", "nästa", "förra")? */
static bool demonstrative(const run *r, const slot *s)
{
    static const char *const words[] = { "denna", "nasta", "forra" };
    size_t len;
    const char *text = at_doc_word_text(r->doc, s->word, &len);
    char folded[AT_WORD_MAX * 4];
    int f = len <= strlen("forra") + 2 ? at_fold(text, len, folded, sizeof folded) : 0;
    return f > 0 && in_list(words, G_N_ELEMENTS(words), folded, (size_t)f);
}

/* Is a reading of `cs` a noun's definite form in a bare -n ("bron", "sjön", "nyckeln", "vintern"; definite_shaped
 * knows -en, -an, -na by their ending): a noun whose base of three letters or more is a word at least half as common
 * as the form is (a definite form is seldom much commoner than its base: "son" is no form of "so", "hamn" none of
 * "ham")? The base's class is not asked: hunspell-sv calls "bro" a verb only. */
static bool definite_by_base(const at_dict *d, const cand_set *cs)
{
    for (int k = 0; k < cs->n; k++) {
        const cand *c = &cs->c[k];
        at_dict_entry base;
        if (c->id != NO_ID && (c->pos & POS_NOUN) && c->len > strlen("bro") && c->text[c->len - 1] == 'n' &&
            at_dict_find(d, c->text, c->len - 1, &base) && log(base.prior) >= c->prior - log(2))
            return true;
    }
    return false;
}

/* A possessive reading of slot `s` determines the noun after it when a preposition, a demonstrative
 * ("Denna var": the season) or a finite verb that ends no subordinate clause comes before it ("förbi var
 * reception", "finns var vårdcentral"; not "De som kom var ungdomar"), and the slot before it learns it no
 * longer does when a function word, a definite noun ("om var arbetet skall utföras": where) or a
 * predicate follows, or the pairs saw "var" before the word and never "vår" ("var dag"). */
static void mark_determiner(run *r, size_t index, slot *s, const char *part, size_t len)
{
    static const char *const function_words[] = { "och", "sin", "sitt", "sina", "for", "annan", "annat", "andra",
                                                  "en", "ett", "som", "det", "den", "de", "han", "hon", "man",
                                                  "vi", "jag", "du", "ni", "tredje", "fjarde", "femte" };
    guint n = r->n_slots;
    slot *before = n ? &r->segment[n - 1] : NULL;
    if (!before || before->word == index)
        return;
    char folded[AT_WORD_MAX * 4];
    /* "Denna var har": a verb after it makes "var" the noun, whatever the pairs saw. */
    if (before->determines &&
        !(n >= 2 && may_be_finite(s) && demonstrative(r, &r->segment[n - 2]))) {
        int f = len < AT_WORD_MAX ? at_fold(part, len, folded, sizeof folded) : 0;
        bool function = f > 0 && in_list(function_words, G_N_ELEMENTS(function_words), folded, (size_t)f);
        if (function || (f > 0 && definite_shaped(folded, (size_t)f)) || definite_by_base(r->n->dict, s->cs) ||
            predicate_shaped(part, len) ||
            before->cs->identity < 0 ||
            (pair_seen(r->n->dict, &before->cs->c[before->cs->identity], s->cs) &&
             !seen_as(r, before, is_possessive, true, s)))
            before->determines = false;
    }
    bool possessive = false;
    if (part[0] == 'v' || part[0] == 'V') /* "var", "vart", "vara" */
        for (int k = 0; k < s->cs->n && !possessive; k++)
            possessive = is_possessive(&s->cs->c[k]);
    if (!possessive || before->comma)
        return;
    size_t blen;
    const char *btext = at_doc_word_text(r->doc, before->word, &blen);
    /* A verb after "som" or another conjunction ends its clause: "De som kom var ungdomar". */
    bool clause_verb = opens_clause(r, before->word) ||
                       (n >= 2 && opens_clause(r, r->segment[n - 2].word));
    s->determines = preposition(btext, blen) || demonstrative(r, before) || (may_be_finite(before) && !clause_verb);
}

/* Is a reading of `next` a plural noun? */
static bool plural_follows(const at_dict *d, const cand_set *next)
{
    for (int k = 0; k < next->n; k++)
        if (plural_noun(d, &next->c[k]))
            return true;
    return false;
}

/* An opening "Vara" before a plural noun is "Våra": the infinitive seldom opens a sentence, and the
 * municipality is singular ("Vara kommuner delar", however often the pairs saw "vara kommuner"). Before any
 * other word it is no "Våra" when the pairs have seen "vara" before that word and never "våra" ("Vara
 * kommun"). */
static void mark_opening(run *r, size_t index, const cand_set *next)
{
    guint n = r->n_slots;
    slot *before = n ? &r->segment[n - 1] : NULL;
    if (!before || before->word == index || !before->opens_sentence || before->cs->identity < 0)
        return;
    const cand_set *cs = before->cs;
    for (int k = 0; k < cs->n; k++) {
        if (!spelled(&cs->c[k], "våra"))
            continue;
        if (plural_follows(r->n->dict, next))
            before->ruled_out |= readings_spelled(cs, "vara");
        else if (!pair_seen(r->n->dict, &cs->c[k], next) && pair_seen(r->n->dict, &cs->c[cs->identity], next))
            before->opens_sentence = false;
    }
}

/* A list label: one letter before ")" ("a)", "(b)"), or before "." at a line's start ("a."). */
static bool is_list_label(const char *text, size_t len, const word_shape *sh, bool line_start)
{
    const char *core = text + sh->start;
    size_t core_len = sh->end - sh->start;
    if (core_len == 0 || g_utf8_next_char(core) != core + core_len || !is_alpha(char_at(core)) ||
        sh->end >= len)
        return false;
    return text[sh->end] == ')' || (line_start && text[sh->end] == '.' && sh->end + 1 == len);
}

/* Does the line hold a small letter? A line without one is a heading in capitals. */
static bool line_has_lower(run *r, const at_line_view *line)
{
    for (uint32_t i = 0; i < line->n_words; i++) {
        size_t len;
        const char *t = at_doc_word_text(r->doc, line->first_word + i, &len);
        for (const char *p = t; p < t + len; p = g_utf8_next_char(p))
            if (is_lower(char_at(p)))
                return true;
    }
    return false;
}

/* A code in capitals and digits ("C1E", "D1E") in a line of running text: in a heading in capitals,
 * the same digits are more likely look-alikes ("SK0LA"). */
static bool is_caps_code(run *r, const char *core, size_t core_len, const at_line_view *line)
{
    bool digit = false, letter = false;
    for (const char *p = core; p < core + core_len; p = g_utf8_next_char(p)) {
        gunichar c = char_at(p);
        if (g_unichar_isdigit(c))
            digit = true;
        else if (is_upper(c))
            letter = true;
        else
            return false;
    }
    return digit && letter && line_has_lower(r, line);
}

/* Is `part` an initialism before a hyphen and a word in small letters or a number ("FA-region", "SFI-kurser",
 * "PA-91", "ISO-9001")? It stays as it is: "FÅ" is no abbreviation. */
static bool initialism(const char *part, size_t len, const char *rest, size_t rest_len)
{
    if (len < 2 || len > 4 || rest_len < 2 || rest[0] != '-' || !(g_ascii_islower(rest[1]) || g_ascii_isdigit(rest[1])))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!g_ascii_isupper(part[i]))
            return false;
    return true;
}

/* The bytes of a separator between the parts of a word ("-", "/", an en dash), or 0. */
static size_t part_separator(const char *p, size_t left)
{
    if (left == 0)
        return 0;
    if (*p == '-' || *p == '/')
        return 1;
    return left >= 3 && memcmp(p, "\u2013", 3) == 0 ? 3 : 0;
}

/* Four digits from 1000 to 2099: a year rather than a count. */
static bool is_year(const char *s, size_t len)
{
    if (len != 4 || !(s[0] == '1' || (s[0] == '2' && s[1] == '0')))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!g_ascii_isdigit(s[i]))
            return false;
    return true;
}

static bool strpbrk_len(const char *s, size_t len, const char *set)
{
    for (size_t i = 0; i < len; i++)
        if (strchr(set, s[i]))
            return true;
    return false;
}

/* The parts of a word that the normalizer may change, as slots of the current segment. */
static void visit_word(run *r, size_t index, at_line_view *at, uint32_t *prev_block)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, index, &len);
    if (len == 0)
        return; /* merged into the word before */
    if (r->corrected && g_hash_table_contains(r->corrected, GSIZE_TO_POINTER(index + 1))) {
        r->stats.words++;
        flush_segment(r);
        return;
    }
    /* Words come line by line: the line of the word before mostly holds this one too. */
    if (index < at->first_word || index >= (size_t)at->first_word + at->n_words) {
        at_word_view w;
        at_doc_word(r->doc, index, &w);
        at_doc_line(r->doc, w.line, at);
    }
    const at_line_view line = *at;
    uint32_t block = line.block;
    if (block != *prev_block)
        flush_segment(r);
    *prev_block = block;
    r->stats.words++;
    /* A word pass_join looked up is letters only: its core is the whole word, one part, read no more. */
    bool plain = r->word_sets && r->word_sets[index];
    word_shape sh = { 0, (uint32_t)len, false, false };
    if (!plain)
        shape_word(text, len, &sh);
    if (sh.break_before)
        flush_segment(r);
    const char *core = text + sh.start;
    size_t core_len = sh.end - sh.start;
    bool odd = !plain && core_len && has_non_letter(core, core_len);
    if (is_list_label(text, len, &sh, index == line.first_word) || (odd && is_caps_code(r, core, core_len, &line))) {
        r->stats.protected_++;
        flush_segment(r);
        return;
    }
    if (odd && is_protected(r, core, core_len)) {
        r->stats.protected_++;
        /* A list number at a line's start ("är⏎1. elleverantörer") is no number in the sentence. */
        bool list_number = index == line.first_word && sh.end + 1 == len && (text[sh.end] == '.' || text[sh.end] == ')');
        if (g_ascii_isdigit(core[0]) && r->n->number_id != NO_ID && !list_number) {
            /* A number stays as it is but is context: "2 ar" is "2 år", not "2 är". */
            slot s = { .word = index, .start_back = (uint32_t)(len - sh.start), .end_back = (uint32_t)(len - sh.start),
                       .cs = is_year(core, core_len) ? &r->year : &r->number, .comma = text[len - 1] == ',' };
            if (r->n_slots) /* an opening word before a number is no verb: "År 2020" */
                r->segment[r->n_slots - 1].opens_sentence = false;
            push_slot(r, &s);
            if (sh.break_after)
                flush_segment(r);
        } else {
            flush_segment(r);
        }
        return;
    }
    /* Hyphenated and slashed compounds and ranges are repaired part by part: "CO2-utslapp",
     * "och/eller", "forsta–tredje". */
    bool after_code = false;
    for (size_t a = 0; a < core_len;) {
        size_t b = plain ? core_len : a;
        while (b < core_len && !part_separator(core + b, core_len - b))
            b++;
        const char *part = core + a;
        size_t plen = b - a;
        if (plen && (plain || has_letter(part, plen))) {
            bool code = ((plen == core_len ? odd : has_non_letter(part, plen)) && is_protected(r, part, plen)) ||
                        initialism(part, plen, core + b, core_len - b);
            /* An inflection after a code ("E4-ans") belongs to the code; a part longer than
             * any word is no word the dictionary could repair. */
            bool suffix = after_code && letter_count(part, plen) <= 3;
            if (code || suffix || plen >= AT_WORD_MAX) {
                r->stats.protected_++;
                flush_segment(r);
            } else {
                /* A part that is the whole word was mostly looked up by pass_join already. */
                const cand_set *known = plen == len && r->word_sets ? r->word_sets[index] : NULL;
                const cand_set *cs = r->on_segment ? &r->counted_part : known ? known : candidates(r, part, plen);
                uint8_t kinds = cs == &r->counted_part ? word_kinds(part, plen) : cs->kinds;
                slot s = { .word = index,
                           .start_back = (uint32_t)(len - sh.start - a),
                           .end_back = (uint32_t)(len - sh.start - b),
                           .cs = cs,
                           .comma = text[len - 1] == ',',
                           .counts_time = kinds & KIND_COUNTS_TIME,
                           .wants_noun = kinds & KIND_WANTS_NOUN,
                           .subject = kinds & KIND_SUBJECT,
                           .wh = kinds & KIND_WH };
                const slot *before = r->n_slots ? &r->segment[r->n_slots - 1] : NULL;
                bool pronoun = before && before->word != index && before->subject && !before->comma;
                s.after_subject = pronoun && !last_follows_verb(r);
                s.after_inverted = pronoun && !s.after_subject && r->n_slots <= 3;
                mark_inversion(r, index, &s);
                mark_verb_first(r, index, part, plen);
                mark_subject_opening(r, &s);
                mark_determiner(r, index, &s, part, plen);
                s.modal = may_be_modal(&s);
                s.after_modal = modal_before(r, index);
                /* Every listed supine ends in "tt": most words are ruled out at once. */
                s.after_main_verb = plen >= 4 && part[plen - 1] == 't' && part[plen - 2] == 't' && before &&
                                    before->word != index && may_be_supine(&s) && main_verb(before);
                cancel_modal(r, index, part, plen);
                mark_coordination(r, index, part, plen);
                mark_report(r, index, &s, part, plen);
                s.second = r->n_slots == 1 && before->word != index && before->alone && !before->comma;
                s.subject = s.subject || clause_subject(r, before, part, plen);
                s.noun_subject = noun_subject(r, before, part, plen) || name_subject(r, before, index, part, plen);
                s.after_noun = before && before->word != index && before->noun_subject && !before->comma;
                cancel_after_noun(r, index, &s, part, plen);
                s.after_number_word = before && before->word != index && number_word_slot(before);
                if (s.after_number_word && counts_subject(r))
                    s.after_number_word = false, s.after_subject = true;
                s.opens_sentence = !before && is_upper(char_at(part));
                s.alone = s.opens_sentence && stands_alone(part, plen);
                size_t blen;
                const char *btext = capital_after(r, before, index, part, &blen);
                s.surname = btext && is_name_particle(btext, blen);
                s.past_surname = btext && is_first_name(before, btext, blen);
                s.imperative = s.opens_sentence;
                s.common_nouns = s.cs->n > 1 && neuter_before(r, index) ? common_nouns(r, s.cs) : 0;
                s.not_predicative = s.cs->adjectives && after_copula_subject(r, index)
                                        ? (uint8_t)(~s.cs->adjectives & ((1u << s.cs->n) - 1))
                                        : 0;
                s.not_nominal = s.cs->nouns && (after_preposition(r, before, index) ||
                                                in_noun_list(r, before, index) || after_reflexive(r, before, index))
                                    ? not_nominal(s.cs)
                                    : 0;
                if (s.not_nominal && sh.end == len && b == core_len && noun_follows(r, index, false))
                    /* only an unknown word as written still loses: no OCR junk for a determiner */
                    s.not_nominal &= (uint8_t)(s.cs->identity >= 0 ? 1u << s.cs->identity : 0);
                bool cut_off = sh.end + 1 == len && text[sh.end] == '-' && b == core_len; /* "far- eller" */
                s.ruled_out = cut_off && s.cs->n > 1 ? unjoined_parts(r, index, s.cs) : 0;
                if (before && before->word != index && before->wants_noun)
                    s.ruled_out |= readings_spelled(s.cs, "är");
                s.ruled_out |= plen == core_len ? not_listed_verb(r, index, s.cs) : 0;
                s.ruled_out |= number_after_determiner(r, before, index, s.cs);
                s.ruled_out |= number_before_self(r, index, s.cs);
                s.ruled_out |= year_after_label(r, before, index, s.cs);
                s.ruled_out |= plen == strlen("ar") ? copula_in_year_column(r, index, s.cs) : 0;
                s.ruled_out |= s.cs->n > 1 ? unnamed_inside_sentence(r, before, index, s.cs, part, plen) |
                                                 other_place(s.cs, part, plen) |
                                                 (before ? 0 : unnamed_opening(r, index, s.cs, part, plen))
                                           : 0;
                s.ruled_out |= plen == strlen("las") || plen == strlen("lasa") ? read_before_lock(r, index, s.cs) : 0;
                s.ruled_out |= plen == strlen("val") ? choice_after_went(r, before, index, s.cs) : 0;
                s.ruled_out |= s.cs->finite ? verb_after_verb(before, index, s.cs) : 0;
                s.ruled_out |= sh.end == len && b == core_len ? passive_before_noun(r, index, s.cs, part, plen) : 0;
                s.ruled_out |= supine_after_attribute(r, before, index, s.cs, part, plen) |
                               review_among_checks(r, before, index, s.cs, part, plen);
                s.ruled_out |= plen <= strlen("lanets") ? county_among_finance(r, index, s.cs, part, plen) : 0;
                s.ruled_out |= sh.end == len && b == core_len ? interjection_inside(r, before, index, s.cs) : 0;
                s.ruled_out |= plen == strlen("tack") ? thanks_before_cover(r, before, index, s.cs) : 0;
                if (sh.end == len && b == core_len)
                    s.ruled_out |= present_in_past_story(r, &s, before, index) |
                                   (plen == strlen("ar") ? copula_before_verb(r, before, index, s.cs) : 0) |
                                   (plen == strlen("var") ? ours_before_count(r, index, s.cs) : 0) |
                                   (plen == strlen("ater") ? eats_before_verb(r, index, s.cs) : 0);
                if (s.cs->nouns && sh.end == len && b == core_len)
                    s.ruled_out |= nouns_before_noun(r, before, index, s.cs);
                s.ruled_out |= s.cs->adjectives ? verbs_after_too(r, before, index, s.cs) |
                                                      nouns_after_dated_copula(r, before, index, s.cs)
                                                : 0;
                s.ruled_out |= plen == strlen("nat") ? pronoun_after_attribute(r, before, index, s.cs) : 0;
                s.ruled_out |= s.cs->nouns ? nonnouns_after_attribute(r, before, index, s.cs) |
                                                 nonnouns_ending_phrase(r, before, index, s.cs)
                                           : 0;
                s.ruled_out |= plen == strlen("vanligen") && s.cs->n > 1 ? unkind_after(r, before, index, s.cs) : 0;
                if (s.cs->finite && sh.end < len && b == core_len) /* punctuation after it */
                    s.ruled_out |= verbs_ending_phrase(r, before, index, s.cs) |
                                   (s.cs->n > 1 ? auxiliary_ending_clause(r, before, index, s.cs) : 0);
                mark_predicate(r, index, part, plen);
                mark_opening(r, index, s.cs);
                push_slot(r, &s);
            }
            after_code = code;
        } else if (plen) {
            flush_segment(r); /* a number inside a word breaks the context */
            after_code = true;
        }
        a = b + (b < core_len ? part_separator(core + b, core_len - b) : 1);
    }
    if (sh.end < len && r->n_slots && r->segment[r->n_slots - 1].word == index &&
        strpbrk_len(text + sh.end, len - sh.end, ".?!") && !follows_reflexive(r))
        r->segment[r->n_slots - 1].sentence_end = true;
    if (sh.break_after)
        flush_segment(r);
}

/* ---- passes ---- */

static bool needs_nfc_check(const char *s, size_t len)
{
    /* Everything below U+0300 is already in NFC; marks and beyond need a look. */
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0xCC)
            return true;
    return false;
}

static void nfc_word(run *r, size_t i)
{
    size_t len;
    const char *text = at_doc_word_text(r->doc, i, &len);
    if (!needs_nfc_check(text, len))
        return;
    char *nfc = g_utf8_normalize(text, (gssize)len, G_NORMALIZE_NFC);
    if (nfc && (strlen(nfc) != len || memcmp(nfc, text, len) != 0))
        set_text(r, i, nfc, strlen(nfc), "unicode.nfc", 1);
    g_free(nfc);
}

/* Does any of the 8 bytes `x` reach 0xCC, where needs_nfc_check() looks closer? (Bytes' high bits
 * are masked before the sum, so none carries into the next.) */
static inline bool any_nfc_byte8(uint64_t x)
{
    return (((x & ~AT_HIGHS) + AT_ONES * (0x80 - (0xCC & 0x7F))) & x & AT_HIGHS) != 0;
}

/* The word whose raw reading holds source byte `at`, or SIZE_MAX (white space); raw readings are
 * in source order. */
static size_t word_at_source(const at_doc *doc, const char *at)
{
    size_t lo = 0, hi = at_doc_n_words(doc);
    at_word_view w;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        at_doc_word(doc, mid, &w);
        if (w.raw <= at)
            lo = mid;
        else
            hi = mid;
    }
    if (hi == 0)
        return SIZE_MAX;
    at_doc_word(doc, lo, &w);
    return at >= w.raw && at < w.raw + w.raw_len ? lo : SIZE_MAX;
}

/* Does every word of `doc` read as its raw text in the source `src`? Words are in source order, so a word added
 * through the API after the text was read (the last) is the one that may lie elsewhere. */
static bool words_in_source(const at_doc *doc, const char *src, size_t src_len)
{
    size_t n = at_doc_n_words(doc);
    at_word_view last;
    if (n == 0)
        return true;
    at_doc_word(doc, n - 1, &last);
    return last.raw >= src && last.raw + last.raw_len <= src + src_len;
}

static void pass_nfc(run *r)
{
    size_t src_len;
    const char *src = at_doc_source(r->doc, &src_len);
    if (!src || at_doc_n_changed(r->doc) != 0 || !words_in_source(r->doc, src, src_len)) {
        for (size_t i = 0, n = at_doc_n_words(r->doc); i < n; i++)
            nfc_word(r, i);
        return;
    }
    /* Every word reads as its raw text in the source: only words holding a byte >= 0xCC need a
     * look, and a scan of the source 8 bytes at a time finds them (most text has a few or none). */
    size_t last = SIZE_MAX;
    for (size_t k = 0; k < src_len;) {
        if (src_len - k >= 8 && !any_nfc_byte8(at_load8(src + k))) {
            k += 8;
            continue;
        }
        if ((unsigned char)src[k] >= 0xCC) {
            size_t i = word_at_source(r->doc, src + k);
            if (i != SIZE_MAX && i != last) {
                nfc_word(r, i);
                last = i;
            }
        }
        k++;
    }
}

/* A word's current text, all pass_join and build_line read of it. */
typedef struct {
    const char *text;
    size_t text_len;
} word_text;

/* The line's current text, words joined by single spaces, and where each word starts. `texts` keeps
 * each word's text from the first loop to the second: asked for once, not twice. */
static void build_line(run *r, const at_line_view *ln, GString *line, GArray *starts, GArray *texts)
{
    size_t total = ln->n_words;
    g_array_set_size(texts, ln->n_words);
    word_text *w = (word_text *)(void *)texts->data;
    for (uint32_t i = 0; i < ln->n_words; i++) {
        w[i].text = at_doc_word_text(r->doc, ln->first_word + i, &w[i].text_len);
        total += w[i].text_len;
    }
    /* Sized once and filled in place: this runs for every line. */
    g_string_set_size(line, total);
    g_array_set_size(starts, ln->n_words);
    size_t at = 0;
    for (uint32_t i = 0; i < ln->n_words; i++) {
        if (i)
            line->str[at++] = ' ';
        g_array_index(starts, uint32_t, i) = (uint32_t)at;
        memcpy(line->str + at, w[i].text, w[i].text_len);
        at += w[i].text_len;
    }
    g_string_truncate(line, at);
}

/* Line rules see the line's words joined by single spaces; a match must lie inside one word. */
static void pass_line_rules(run *r)
{
    const GPtrArray *rules = r->n->rules->by_kind[AT_RULE_LINE];
    if (rules->len == 0)
        return;
    GString *line = g_string_new(NULL);
    GArray *starts = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    GArray *texts = g_array_new(FALSE, FALSE, sizeof(word_text));
    for (size_t l = 0, n = at_doc_n_lines(r->doc); l < n; l++) {
        at_line_view view;
        at_doc_line(r->doc, l, &view);
        const at_line_view *ln = &view;
        build_line(r, ln, line, starts, texts);
        for (guint k = 0; k < rules->len; k++) {
            const at_rule *rule = rules->pdata[k];
            PCRE2_SIZE from = 0, a, b;
            while (from <= line->len && rule_matches(r, rule, line->str, line->len, from, &a, &b)) {
                from = b > a ? b : a + 1;
                for (uint32_t i = 0; i < ln->n_words; i++) {
                    uint32_t ws = g_array_index(starts, uint32_t, i);
                    size_t wlen;
                    const char *t = at_doc_word_text(r->doc, ln->first_word + i, &wlen);
                    if (a < ws || b > ws + wlen)
                        continue;
                    GString *out = g_string_new_len(t, (gssize)(a - ws));
                    g_string_append(out, rule->replacement);
                    g_string_append_len(out, t + (b - ws), (gssize)(wlen - (b - ws)));
                    if (out->len != wlen || memcmp(out->str, t, wlen) != 0) {
                        set_text(r, ln->first_word + i, out->str, out->len, rule->id, rule->weight);
                        /* A speck dropped: the next word takes its place, as a merged half's does. */
                        if (out->len == 0 && i + 1 < ln->n_words)
                            at_doc_set_gap(r->doc, ln->first_word + i + 1, "", rule->id);
                        from = a + strlen(rule->replacement);
                        build_line(r, ln, line, starts, texts);
                    }
                    g_string_free(out, TRUE);
                    break;
                }
            }
        }
    }
    g_array_free(texts, TRUE);
    g_array_free(starts, TRUE);
    g_string_free(line, TRUE);
}

/* "per" takes a noun, never the verb: "är" right after a small "per" (no sign between, a line break allowed:
 * "kr per" ending a table cell's line) is the OCR engine's "år". On a clean scan it keeps its dots, so the
 * document counts as clean and no context cue outweighs the swap there. "Per är" (the name), "per. Är" and
 * "per ärende" stay. */
static void pass_per_year(run *r)
{
    static const char per[] = "per", verb[] = "är", noun[] = "år";
    for (size_t i = 1, n = at_doc_n_words(r->doc); i < n; i++) {
        size_t len, blen;
        const char *t = at_doc_word_text(r->doc, i, &len);
        if (len < strlen(verb) || memcmp(t, verb, strlen(verb)) != 0)
            continue;
        const char *b = at_doc_word_text(r->doc, i - 1, &blen);
        size_t rest = len - strlen(verb);
        if (blen != strlen(per) || memcmp(b, per, blen) != 0 || (rest && !g_ascii_ispunct(t[strlen(verb)])))
            continue;
        char out[AT_WORD_MAX];
        int k = g_snprintf(out, sizeof out, "%s%.*s", noun, (int)rest, t + strlen(verb));
        if (k > 0 && (size_t)k < sizeof out)
            set_text(r, i, out, (size_t)k, RULE_PER_YEAR, 0.9);
    }
}

/* "ODESHOGS KOMMUN": a letterhead's capitals before KOMMUN are a municipality's name, and a clean scan read
 * them without their dots (the strip rate there too low for the dictionary's reading to win). The name
 * takes its diacritics when its folded key files one spelling the spelling dictionaries or the domain
 * lexicon vouch for, that spelling has diacritics, and the capitals are no word as they stand. */
static bool municipality_spelling(run *r, const char *t, size_t len, at_dict_entry *out)
{
    char lower[AT_WORD_MAX];
    if (len < 3 || len >= AT_WORD_MAX)
        return false;
    for (size_t k = 0; k < len; k++) {
        if (!g_ascii_isupper(t[k]))
            return false;
        lower[k] = g_ascii_tolower(t[k]);
    }
    at_dict_entry e[MAX_LOOKUP], found = { 0 };
    size_t n = at_dict_lookup(r->n->dict, lower, len, e, MAX_LOOKUP), vouched = 0;
    for (size_t k = 0; k < n; k++) {
        if (e[k].len == len && memcmp(e[k].word, lower, len) == 0)
            return false; /* a word as it stands */
        if (e[k].flags & (AT_WORD_HUNSPELL | AT_WORD_DOMAIN))
            found = e[k], vouched++;
    }
    *out = found;
    return vouched == 1 && at_count_diacritics(found.word, found.len) > 0;
}

static void pass_municipality_caps(run *r)
{
    for (size_t i = 0, n = at_doc_n_words(r->doc); i + 1 < n; i++) {
        size_t len, klen;
        const char *kind = at_doc_word_text(r->doc, i + 1, &klen);
        if (!((klen == 6 && memcmp(kind, "KOMMUN", 6) == 0) || (klen == 7 && memcmp(kind, "KOMMUNS", 7) == 0)))
            continue;
        const char *t = at_doc_word_text(r->doc, i, &len);
        at_dict_entry e;
        if (!municipality_spelling(r, t, len, &e))
            continue;
        char *upper = g_utf8_strup(e.word, (gssize)e.len);
        set_text(r, i, upper, strlen(upper), RULE_MUNICIPALITY, 0.9);
        g_free(upper);
    }
}

static bool starts_lower(const char *s, size_t len)
{
    if (len > 0 && (unsigned char)s[0] < 0x80) /* most words: not decoded */
        return g_ascii_islower(s[0]);
    return len > 0 && is_lower(char_at(s)) && char_at(s) != 0x00A7;
}

/* Would this reading be recognised as a Swedish word, or repaired into one? */
static bool recognisable(run *r, const char *s, size_t len)
{
    const cand_set *cs = candidates(r, s, len);
    int k = local_best(cs);
    /* Read as two words it is no word ("gång och" for gang- och). */
    return local_score(&cs->c[k]) > LOG_P_OOV + 0.5 && !memchr(cs->c[k].text, ' ', cs->c[k].len);
}

static at_block_kind block_kind(const at_doc *doc, size_t block)
{
    at_block_view b;
    at_doc_block(doc, block, &b);
    return b.kind;
}


/* The best reading of word `index`, a bare word (letters only), or NULL when it has none or is no
 * word. Its readings are kept for visit_word, which would look the same spelling up again. */
static const cand *best_reading(run *r, size_t index, const word_text *w)
{
    if (w->text_len == 0 || w->text_len >= AT_WORD_MAX)
        return NULL;
    if (!r->word_sets[index]) { /* (a word's set is there only when it is letters only) */
        /* Most words were looked up before: the cache knows whether the spelling is letters only. */
        const cand_set *known = cached(r, w->text, w->text_len);
        if (known ? !known->letters : has_non_letter(w->text, w->text_len))
            return NULL;
        r->word_sets[index] = known ? known : candidates(r, w->text, w->text_len);
    }
    const cand_set *cs = r->word_sets[index];
    return &cs->c[local_best(cs)];
}

/* Is this reading a word the spelling dictionaries or the user vouch for, not only the web list? */
static bool vouched_word(run *r, const cand *c)
{
    at_dict_entry e;
    return c->id != NO_ID && at_dict_find(r->n->dict, c->text, c->len, &e) &&
           (e.flags & (AT_WORD_HUNSPELL | AT_WORD_DOMAIN | AT_WORD_USER));
}

/* Words the OCR split ("befolknings tillvaxten") are joined when the whole is a dictionary word
 * that is likelier than the two words one after the other. */
static bool join_wins(run *r, const word_text *a, const word_text *b, const cand *first, const cand *second)
{
    char joined[AT_WORD_MAX];
    memcpy(joined, a->text, a->text_len);
    memcpy(joined + a->text_len, b->text, b->text_len);
    size_t len = a->text_len + b->text_len;
    /* The whole only as a dictionary word, diacritics restored: no glyph rule runs on a made-up string.
     * Most wholes are none, which their folded form tells before they are lower-cased and weighed. */
    char key[AT_WORD_MAX], lower[AT_WORD_MAX];
    at_dict_entry e[MAX_LOOKUP];
    int klen = at_fold(joined, len, key, sizeof key);
    if (klen < 0 || at_dict_lookup(r->n->dict, key, (size_t)klen, e, MAX_LOOKUP) == 0)
        return false;
    cand whole;
    if (at_lower(joined, len, lower, sizeof lower) < 0 || !best_known(r, lower, &whole))
        return false;
    double apart = local_score(first) + local_score(second) + context_bonus(r, first, second);
    double p_join = vouched_word(r, first) && vouched_word(r, second) ? P_JOIN_WORDS : P_JOIN;
    double together = local_score(&whole) + log(p_join) + r->log_damage;
    return together > apart;
}

static void pass_join(run *r)
{
    /* The verdict on a pair of spellings, remembered: text repeats its word pairs, and looking the
     * whole up costs a probe of the dictionary. A reading stands for its spelling (the cache's). */
    struct join_memo {
        const cand *first, *second;
        bool join;
    } *memo = new_table(r, 1u << JOIN_MEMO_BITS, sizeof *memo);
    /* What the last round found of its second word, this round's first (unless the two were joined). */
    word_text a, b = { 0 };
    size_t b_word = SIZE_MAX, second_word = SIZE_MAX;
    const cand *second = NULL;
    at_line_view line = { 0 }; /* word i + 1's: words come line by line, so it is mostly the last one's */
    for (size_t i = 0, n = at_doc_n_words(r->doc); i + 1 < n; i++) {
        if (b_word == i)
            a = b;
        else
            a.text = at_doc_word_text(r->doc, i, &a.text_len);
        b.text = at_doc_word_text(r->doc, i + 1, &b.text_len);
        b_word = i + 1;
        if (i + 1 >= (size_t)line.first_word + line.n_words) {
            at_word_view w;
            at_doc_word(r->doc, i + 1, &w);
            at_doc_line(r->doc, w.line, &line);
        }
        size_t gap_len;
        const char *gap = at_doc_source_gap(r->doc, i + 1, &gap_len);
        /* Word i is on that line too unless word i + 1 opens it; a merged half has no text. */
        if (i + 1 == line.first_word || a.text_len == 0 || b.text_len == 0 || gap_len != 1 || *gap != ' ' ||
            a.text_len + b.text_len >= AT_WORD_MAX || !starts_lower(b.text, b.text_len))
            continue;
        const cand *first = second_word == i ? second : best_reading(r, i, &a);
        second = best_reading(r, i + 1, &b);
        second_word = i + 1;
        /* A first half that is no word at all ("Borlä nge", "bakg rund") may be a fragment too, its unknown
         * reading's low score weighed against the whole, if neither half is a mere letter or two: an unknown
         * compound before "är" ("viltvårdsområdesförening är") is two words. */
        if (!first || !second || second->id == NO_ID ||
            (first->id == NO_ID && (g_utf8_strlen(a.text, (gssize)a.text_len) < 3 ||
                                    g_utf8_strlen(b.text, (gssize)b.text_len) < 3)))
            continue;
        uint64_t key = (uint64_t)(uintptr_t)first * 0x9E3779B97F4A7C15ull ^ (uint64_t)(uintptr_t)second;
        struct join_memo *m = &memo[(key * 0x9E3779B97F4A7C15ull) >> (64 - JOIN_MEMO_BITS)];
        if (m->first != first || m->second != second)
            *m = (struct join_memo){ first, second, join_wins(r, &a, &b, first, second) };
        if (!m->join)
            continue;
        char joined[AT_WORD_MAX];
        memcpy(joined, a.text, a.text_len);
        memcpy(joined + a.text_len, b.text, b.text_len);
        set_text(r, i, joined, a.text_len + b.text_len, "layout.join", 1);
        set_text(r, i + 1, "", 0, "layout.join", 1);
        r->word_sets[i] = r->word_sets[i + 1] = NULL;
        at_doc_set_gap(r->doc, i + 1, "", "layout.join");
        i++;
    }
    g_free(memo);
}

/* Is `joined` (with what punctuation it has around it) one word of letters, recognised as Swedish? */
static bool whole_word(run *r, const GString *joined)
{
    word_shape sh;
    shape_word(joined->str, joined->len, &sh);
    const char *core = joined->str + sh.start;
    size_t core_len = sh.end - sh.start;
    return core_len && !memchr(core, '-', core_len) && !has_non_letter(core, core_len) &&
           recognisable(r, core, core_len);
}

/* Word `ai`, the last of a line, becomes `joined`, and word `bi`, the first of the next line (which has
 * `next_words` words), is emptied: each a change by `rule`, the raw halves kept. */
static void join_across_lines(run *r, size_t ai, size_t bi, const GString *joined, uint32_t next_words,
                              const char *rule)
{
    set_text(r, ai, joined->str, joined->len, rule, 1);
    set_text(r, bi, "", 0, rule, 1);
    /* Keep the line structure: the next word takes the merged word's place at the line start. */
    if (next_words > 1)
        at_doc_set_gap(r->doc, bi + 1, "", rule);
}

/* Words split at line ends ("befolknings-" / "tillväxt") are joined when the whole is a word. */
static void pass_dehyphenate(run *r)
{
    at_line_view this, next;
    for (size_t l = 0, n = at_doc_n_lines(r->doc); l + 1 < n; l++) {
        at_doc_line(r->doc, l, &this);
        at_doc_line(r->doc, l + 1, &next);
        /* A word split across a blank line (a page or column break in OCR) is joined too, but never across cells. */
        if (this.n_words == 0 || next.n_words == 0 ||
            (this.block != next.block && (block_kind(r->doc, this.block) != AT_BLOCK_TEXT ||
                                          block_kind(r->doc, next.block) != AT_BLOCK_TEXT)))
            continue;
        size_t ai = this.first_word + this.n_words - 1, bi = next.first_word;
        size_t alen, blen;
        const char *a = at_doc_word_text(r->doc, ai, &alen), *b = at_doc_word_text(r->doc, bi, &blen);
        if (alen < 3 || a[alen - 1] != '-' || !is_alpha(char_at(g_utf8_prev_char(a + alen - 1))) ||
            !starts_lower(b, blen))
            continue;
        GString *joined = g_string_new_len(a, (gssize)alen - 1);
        g_string_append_len(joined, b, (gssize)blen);
        if (whole_word(r, joined))
            join_across_lines(r, ai, bi, joined, next.n_words, "layout.dehyphen");
        g_string_free(joined, TRUE);
    }
}

/* The only word of line `line` with text (the halves merged into a word before have none), or SIZE_MAX. */
static size_t only_word(run *r, const at_line_view *line)
{
    size_t found = SIZE_MAX;
    for (size_t i = line->first_word; i < (size_t)line->first_word + line->n_words; i++) {
        size_t len;
        at_doc_word_text(r->doc, i, &len);
        if (len && found != SIZE_MAX)
            return SIZE_MAX;
        if (len)
            found = i;
    }
    return found;
}

/* The right edge of the lines of `block` as known without line `l`: its box's, unless line `l` sets it (a
 * box drawn round its words, not a cell's rules or a column's measure), then the end of its widest other
 * line; INT_MIN when nothing but line `l` tells it. */
static int right_edge_without(run *r, const at_block_view *block, size_t l)
{
    at_line_view line;
    at_doc_line(r->doc, l, &line);
    int edge = block->box.x + block->box.w;
    if (line.box.w <= 0 || line.box.x + line.box.w < edge - 1)
        return edge;
    edge = INT_MIN;
    for (size_t m = block->first_line; m < (size_t)block->first_line + block->n_lines; m++) {
        at_doc_line(r->doc, m, &line);
        if (m != l && line.box.w > 0)
            edge = MAX(edge, line.box.x + line.box.w);
    }
    return edge;
}

/* Was word `a`, alone on its line, broken where the line ran out at `edge`, `block_x` the left edge of
 * its block? Browsers and Word break a word too long for a narrow cell or column so, without a hyphen:
 * its first part fills the line to within a letter of the right edge (EDGE_LETTERS of `a`'s letters
 * allowed either way, for OCR's ink boxes and a cell box that takes in some of its rule). The padding on
 * the right is taken to be that on the left. */
static bool broken_at_edge(int block_x, int edge, const at_word_view *a)
{
    if (edge == INT_MIN || a->box.w <= 0)
        return false;
    int pad = MAX(a->box.x - block_x, 0);
    long room = (long)edge - pad - (a->box.x + a->box.w);
    long letters = g_utf8_strlen(a->raw, (gssize)a->raw_len); /* the reading the box was measured on */
    return labs(room) * letters < EDGE_LETTERS * (long)a->box.w; /* not short of the edge, nor far past it */
}

/* Is `s` a dictionary word as it is spelled (whatever its case), or with `parts` also a compound of
 * such words? */
static bool spelled_word(run *r, const char *s, size_t len, bool parts)
{
    char lower[AT_WORD_MAX];
    int n = len < AT_WORD_MAX ? at_lower(s, len, lower, sizeof lower) : -1;
    return n >= 0 && (parts ? at_dict_recognise(r->n->dict, lower, (size_t)n) > 0
                            : at_dict_find(r->n->dict, lower, (size_t)n, NULL));
}

/* Is `a` + `b`, a word broken at a line's edge, more likely one word than two? The first part is no
 * word, nor a compound of words, as a cut made wherever the line ran out mostly is ("Kommunikationse");
 * or the whole is a dictionary word and not both parts are ("Samhällsbyggnad" / "sförvaltningen", but
 * "Kultur" / "nämnden" stay two). A compound of words is easily made of two words side by side: it
 * alone does not join them. */
static bool one_word(run *r, const at_word_view *a, const at_word_view *b, const GString *joined)
{
    word_shape sa, sb, sj;
    shape_word(a->text, a->text_len, &sa);
    shape_word(b->text, b->text_len, &sb);
    shape_word(joined->str, joined->len, &sj);
    if (!whole_word(r, joined))
        return false;
    return !spelled_word(r, a->text + sa.start, sa.end - sa.start, true) ||
           (spelled_word(r, joined->str + sj.start, sj.end - sj.start, false) &&
            !(spelled_word(r, a->text + sa.start, sa.end - sa.start, false) && spelled_word(r, b->text, sb.end, false)));
}

/* A word too long for its cell's or column's line, broken at the right edge without a hyphen
 * ("Kommunikationse" / "nheten"), is joined when the break fills the line (broken_at_edge), the rest
 * starts in lower case and the halves read as one word (one_word). */
static void pass_join_broken_words(run *r)
{
    at_line_view this, next;
    for (size_t l = 0, n = at_doc_n_lines(r->doc); l + 1 < n; l++) {
        at_doc_line(r->doc, l, &this);
        at_doc_line(r->doc, l + 1, &next);
        size_t ai = only_word(r, &this), bi = next.first_word;
        if (ai == SIZE_MAX || next.n_words == 0 || this.block != next.block)
            continue;
        at_word_view a, b;
        at_block_view block;
        at_doc_word(r->doc, ai, &a);
        at_doc_word(r->doc, bi, &b);
        at_doc_block(r->doc, this.block, &block);
        if (block.box.w <= 0 || !is_alpha(char_at(g_utf8_prev_char(a.text + a.text_len))) ||
            !starts_lower(b.text, b.text_len) || !broken_at_edge(block.box.x, right_edge_without(r, &block, l), &a))
            continue;
        GString *joined = g_string_new_len(a.text, (gssize)a.text_len);
        g_string_append_len(joined, b.text, (gssize)b.text_len);
        if (one_word(r, &a, &b, joined))
            join_across_lines(r, ai, bi, joined, next.n_words, "layout.wordbreak");
        g_string_free(joined, TRUE);
    }
}

enum { SEEN_OTHER = 1, SEEN_INTACT, SEEN_STRIPPED };

/* Does this lower-case word carry its diacritics, lack ones it needs, or neither? */
static int classify_diacritics(run *r, const char *lower, size_t len)
{
    bool known = at_dict_find(r->n->dict, lower, len, NULL);
    if (at_count_diacritics(lower, len) > 0)
        return known ? SEEN_INTACT : SEEN_OTHER;
    if (known)
        return SEEN_OTHER;
    char key[AT_WORD_MAX];
    int klen = at_fold(lower, len, key, sizeof key);
    at_dict_entry e;
    return klen > 0 && at_dict_lookup(r->n->dict, key, (size_t)klen, &e, 1) > 0 && at_count_diacritics(e.word, e.len) > 0
               ? SEEN_STRIPPED
               : SEEN_OTHER;
}

/* A spelling of the strip-rate sample as the document writes it, and its kind: a word's kind follows
 * from its spelling, which is classified once (no word changes while the sample is read). */
struct seen_spelling {
    const char *text; /* into the document; NULL = an empty slot */
    uint32_t len, hash;
    int kind;
};

/* Open-addressed, twice the slots when three quarters are used: a sample holds some thousand spellings. */
struct seen_table {
    struct seen_spelling *slots;
    size_t mask, used;
};

static struct seen_spelling *seen_probe(const struct seen_table *t, const char *s, size_t len, uint32_t hash)
{
    for (size_t i = hash & t->mask;; i = (i + 1) & t->mask)
        if (!t->slots[i].text ||
            (t->slots[i].hash == hash && t->slots[i].len == len && memcmp(t->slots[i].text, s, len) == 0))
            return &t->slots[i];
}

/* The slot of `s`, or the empty slot where it belongs, which the caller fills. */
static struct seen_spelling *seen_slot(struct seen_table *t, const char *s, size_t len, uint32_t hash)
{
    struct seen_spelling *slot = seen_probe(t, s, len, hash);
    if (slot->text)
        return slot;
    if (4 * (t->used + 1) > 3 * (t->mask + 1)) {
        struct seen_table bigger = { g_new0(struct seen_spelling, 2 * (t->mask + 1)), 2 * t->mask + 1, t->used };
        for (size_t i = 0; i <= t->mask; i++)
            if (t->slots[i].text)
                *seen_probe(&bigger, t->slots[i].text, t->slots[i].len, t->slots[i].hash) = t->slots[i];
        g_free(t->slots);
        *t = bigger;
        slot = seen_probe(t, s, len, hash);
    }
    t->used++;
    return slot;
}

/* The share of diacritics this document has lost: words that need one and
 * lack it, against words that carry theirs. */
static double estimate_strip_rate(run *r)
{
    double intact = 0, stripped = 0;
    /* A sample settles the rate: OCR damage is even across a document. */
    size_t sample = MIN(at_doc_n_words(r->doc), STRIP_SAMPLE);
    struct seen_table seen = { g_new0(struct seen_spelling, SEEN_FIRST_SLOTS), SEEN_FIRST_SLOTS - 1, 0 };
    for (size_t i = 0; i < sample; i++) {
        size_t len;
        const char *text = at_doc_word_text(r->doc, i, &len);
        word_shape sh;
        shape_word(text, len, &sh);
        const char *core = text + sh.start;
        size_t core_len = sh.end - sh.start;
        /* The user's corrections say nothing of what the OCR lost. */
        bool corrected = r->corrected && g_hash_table_contains(r->corrected, GSIZE_TO_POINTER(i + 1));
        if (core_len == 0 || corrected)
            continue;
        uint32_t hash = spelling_hash(core, core_len);
        struct seen_spelling *s = seen_slot(&seen, core, core_len, hash);
        if (!s->text) { /* no word (signs in it, or too long) counts as neither */
            char lower[AT_WORD_MAX];
            bool word = !has_non_letter(core, core_len) && at_lower(core, core_len, lower, sizeof lower) >= 0;
            *s = (struct seen_spelling){ core, (uint32_t)core_len, hash,
                                         word ? classify_diacritics(r, lower, strlen(lower)) : SEEN_OTHER };
        }
        intact += s->kind == SEEN_INTACT;
        stripped += s->kind == SEEN_STRIPPED;
    }
    g_free(seen.slots);
    /* No word lacks a diacritic it needs and some carry theirs: clean text, however short ("Jag måste
     * tanka bilen.", "Barnen far illa av bråket."), not a quarter stripped as the mean of so few would say. */
    if (stripped == 0 && intact > 0)
        return MIN_STRIP_RATE;
    return CLAMP((stripped + 0.5) / (stripped + intact + 1), MIN_STRIP_RATE, 0.98);
}

/* Does a word show a look-alike glyph: a digit or '&', '$', '|' beside a letter ("6ver", "&r"), or a
 * letter that is no Swedish one ("fér")? */
static bool shows_glyph(const char *s, size_t len)
{
    bool letter_before = false, sign_before = false;
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
        gunichar c = char_at(p);
        bool letter = is_alpha(c), sign = is_digit(c) || c == '&' || c == '$' || c == '|';
        if ((letter && sign_before) || (sign && letter_before))
            return true;
        letter_before = letter;
        sign_before = sign;
    }
    return has_foreign_letter(s, len);
}

/* The share of words that show look-alike glyphs (half a word more, so a short text counts as OCR'd). */
static double estimate_glyph_rate(run *r)
{
    enum { NO_WORD = 1, PLAIN, GLYPH }; /* a spelling's verdict, each reached once (see seen_spelling) */
    size_t sample = MIN(at_doc_n_words(r->doc), STRIP_SAMPLE), words = 0, glyphs = 0;
    struct seen_table seen = { g_new0(struct seen_spelling, SEEN_FIRST_SLOTS), SEEN_FIRST_SLOTS - 1, 0 };
    for (size_t i = 0; i < sample; i++) {
        size_t len;
        const char *text = at_doc_word_text(r->doc, i, &len);
        uint32_t hash = spelling_hash(text, len);
        struct seen_spelling *s = seen_slot(&seen, text, len, hash);
        if (!s->text) {
            word_shape sh;
            shape_word(text, len, &sh);
            int kind = sh.end == sh.start || !has_letter(text + sh.start, sh.end - sh.start) ? NO_WORD
                       : shows_glyph(text + sh.start, sh.end - sh.start)                     ? GLYPH
                                                                                              : PLAIN;
            *s = (struct seen_spelling){ text, (uint32_t)len, hash, kind };
        }
        words += s->kind != NO_WORD;
        glyphs += s->kind == GLYPH;
    }
    g_free(seen.slots);
    return (glyphs + 0.5) / (words + 1);
}

/* The log cost of a look-alike against an OCR'd page's: a text whose diacritics alone were lost shows
 * no "6ver" or "&r", and its "korn" is no OCR reading of "kom". */
static double glyph_cost(double glyph_rate)
{
    return log(CLAMP(glyph_rate / GLYPH_RATE_OCR, 0.1, 1.0));
}

/* "gång- och cykelvägar": a hyphen before a conjunction is a kept hyphen, the line goes on. */
static bool is_conjunction(const char *s, size_t len)
{
    static const char *const words[] = { "och", "eller", "samt", "respektive", "resp.", "till" };
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (len == strlen(words[i]) && memcmp(s, words[i], len) == 0)
            return true;
    return false;
}

/* Words that never end a sentence or a heading: a line ending in one goes on below ("med ca⏎480 000"). */
static bool continues_after(const char *s, size_t len)
{
    static const char *const words[] = { "och", "eller", "samt", "i", "på", "av", "till", "för", "med", "om",
                                         "från", "att", "som", "en", "ett", "den", "det", "de", "ca", "cirka",
                                         "till", "mot", "vid", "under", "över", "inom", "mellan", "än", "är" };
    char lower[16];
    if (len >= sizeof lower)
        return false;
    for (size_t i = 0; i <= len; i++)
        lower[i] = i < len ? (char)g_ascii_tolower(s[i]) : '\0';
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (strcmp(lower, words[i]) == 0)
            return true;
    return false;
}

/* Does a line starting with `w` start a list item or a clause ("-", "•", "1.", "a)", "2 §", "§ 3")? */
static bool starts_item(run *r, size_t first, size_t n_words)
{
    size_t len;
    const char *w = at_doc_word_text(r->doc, first, &len);
    if (len == 0)
        return false;
    gunichar c = char_at(w);
    if (c == '-' || c == 0x2013 || c == 0x2022 || c == 0x00B7 || c == '*' || c == 0x25AA || c == 0x00A7)
        return true;
    /* "1.", "12)", "a)", "b." */
    size_t digits = 0;
    while (digits < len && g_ascii_isdigit(w[digits]))
        digits++;
    size_t lead = digits ? digits : (g_ascii_isalpha(w[0]) ? 1 : 0);
    if (lead && lead + 1 == len && (w[lead] == '.' || w[lead] == ')'))
        return true;
    if (digits == len && n_words > 1) { /* "2 §" */
        size_t nlen;
        const char *next = at_doc_word_text(r->doc, first + 1, &nlen);
        return nlen && char_at(next) == 0x00A7;
    }
    return false;
}

/* A line's width in characters, its words and the single spaces between them. */
static size_t line_width(run *r, const at_line_view *ln)
{
    size_t width = ln->n_words ? ln->n_words - 1 : 0;
    for (uint32_t i = 0; i < ln->n_words; i++) {
        size_t len;
        const char *t = at_doc_word_text(r->doc, ln->first_word + i, &len);
        size_t k = 0;
        for (; k + 8 <= len; k += 8)
            width += at_utf8_starts8(at_load8(t + k));
        if (len - k >= 4) { /* 4 to 7 bytes left: two 4-byte loads, the second's bytes read already shifted out */
            uint32_t a, b;
            memcpy(&a, t + k, sizeof a);
            memcpy(&b, t + len - 4, sizeof b);
            uint64_t rest = (uint64_t)GUINT32_FROM_LE(b) >> (8 * (8 - (len - k))); /* bytes k + 4 .. len */
            width += at_utf8_starts8(GUINT32_FROM_LE(a) | rest << 32) - (8 - (len - k)); /* less the zero bytes */
            k = len;
        }
        for (; k < len; k++) /* characters: the bytes that start one */
            width += ((unsigned char)t[k] & 0xC0) != 0x80;
    }
    return width;
}

/* Should the line after `this` join it? Running prose goes on whatever the next line starts with
 * (a number, a name); a list item, a clause or a line after a heading does not. */
/* The widest line of a block, measured when first asked: most lines are joined or kept before it counts. */
struct widest {
    size_t first_line; /* the block's */
    size_t width;      /* SIZE_MAX until measured */
};

static size_t widest_line(run *r, struct widest *w)
{
    if (w->width == SIZE_MAX) {
        at_line_view first, other;
        at_doc_line(r->doc, w->first_line, &first);
        w->width = 0;
        for (size_t m = w->first_line;
             m < at_doc_n_lines(r->doc) && (at_doc_line(r->doc, m, &other), other.block == first.block); m++)
            w->width = MAX(w->width, line_width(r, &other));
    }
    return w->width;
}

static bool joins(run *r, const at_line_view *this, const at_line_view *next, size_t bi, struct widest *block)
{
    size_t alen, blen;
    const char *a = at_doc_word_text(r->doc, this->first_word + this->n_words - 1, &alen);
    const char *b = at_doc_word_text(r->doc, bi, &blen);
    gunichar last = char_at(g_utf8_prev_char(a + alen));
    if (last == '-')
        return is_conjunction(b, blen) && starts_lower(b, blen);
    if (!(g_unichar_isalnum(last) || last == ',') || starts_item(r, bi, next->n_words - (bi - next->first_word)))
        return false;
    if (starts_lower(b, blen) || last == ',' || continues_after(a, alen))
        return true;
    /* A line filled to about the width of the block's longest was wrapped; a short one is a heading. */
    return this->n_words >= 4 && 10 * line_width(r, this) >= 7 * widest_line(r, block);
}

/* Running prose is unwrapped: a line that continues the sentence joins the one before. */
static void pass_unwrap(run *r)
{
    at_line_view this, next;
    struct widest block = { 0, SIZE_MAX };
    uint32_t width_block = UINT32_MAX;
    for (size_t l = 0, n = at_doc_n_lines(r->doc); l + 1 < n; l++) {
        at_doc_line(r->doc, l, &this);
        at_doc_line(r->doc, l + 1, &next);
        if (this.block != width_block) {
            width_block = this.block;
            block = (struct widest){ l, SIZE_MAX };
        }
        if (this.n_words == 0 || next.n_words == 0 || this.block != next.block)
            continue;
        size_t bi = next.first_word, blen;
        /* The merged half of a hyphenated word hands its place to the next word. */
        if (at_doc_word_text(r->doc, bi, &blen), blen == 0) {
            if (next.n_words < 2)
                continue;
            bi++;
        }
        if (!joins(r, &this, &next, bi, &block))
            continue;
        /* The line break is the white space before the line's first word. */
        size_t gi = next.first_word, gap_len;
        const char *gap = at_doc_source_gap(r->doc, gi, &gap_len);
        at_word_view first;
        at_doc_word(r->doc, gi, &first);
        if (!first.gap_changed && (gap_len == 1 || (gap_len == 2 && gap[0] == '\r')) &&
            gap[gap_len - 1] == '\n')
            at_doc_set_gap(r->doc, gi, " ", "layout.unwrap");
    }
}

static void run_init(run *r, const at_normalizer *n, at_doc *doc)
{
    *r = (run){ .n = n, .doc = doc };
    r->md = pcre2_match_data_create(n->rules->max_match_data, NULL);
    r->strings = g_string_chunk_new(4096);
    /* About one spelling in eight words is new in a long text: a cache that seldom grows. */
    size_t slots = CACHE_FIRST_SLOTS;
    while (slots < at_doc_n_words(doc) / 8 && slots < CACHE_MOST_FIRST_SLOTS)
        slots *= 2;
    r->cache = (struct spell_cache){ new_table(r, slots, sizeof(struct cache_slot)), slots - 1, 0,
                                     { g_ptr_array_new(),
                                       at_doc_n_words(doc) >= HUGE_ARENA_WORDS ? ARENA_BLOCK : SMALL_ARENA_BLOCK, 0, 0 } };
    r->bonus_memo = new_table(r, 1u << BONUS_MEMO_BITS, sizeof *r->bonus_memo);
    r->triple_memo = new_table(r, 1u << BONUS_MEMO_BITS, sizeof *r->triple_memo);
    r->gender_memo = new_table(r, 1u << GENDER_MEMO_BITS, sizeof *r->gender_memo);
    r->number = (cand_set){ .n = 1, .c = { { "", 0, n->number_id, n->number_context, at_dict_web_freq(n->dict, n->number_id),
                                             0, 0, NULL, false, false, false, 0, 0 } } };
    r->year = r->number;
    r->segment = g_new(slot, MAX_SEGMENT);
    r->steps = g_array_new(FALSE, FALSE, sizeof(double));
    r->lattice = g_new(struct lattice, 1);
    r->protected = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    r->rewritten = g_string_sized_new(AT_WORD_MAX);
    r->log_strip = log(0.5);
}

static void run_clear(run *r)
{
    pcre2_match_data_free(r->md);
    g_free(r->bonus_memo);
    g_free(r->triple_memo);
    g_free(r->gender_memo);
    g_free(r->word_sets);
    for (guint i = 0; i < r->cache.entries.blocks->len; i++)
        munmap(r->cache.entries.blocks->pdata[i], r->cache.entries.block_size);
    g_ptr_array_free(r->cache.entries.blocks, TRUE);
    g_free(r->cache.slots);
    g_string_chunk_free(r->strings);
    g_free(r->segment);
    g_array_free(r->steps, TRUE);
    g_free(r->lattice);
    g_hash_table_destroy(r->protected);
    g_string_free(r->rewritten, TRUE);
    if (r->corrected)
        g_hash_table_destroy(r->corrected);
}

/* `right` in the case of `obs`: all capitals, a capital first, or as the user wrote it. */
static void correction_case(const char *obs, size_t obs_len, const char *right, GString *out)
{
    int upper = 0, lower = 0;
    for (const char *p = obs; p < obs + obs_len; p = g_utf8_next_char(p)) {
        upper += is_upper(char_at(p));
        lower += is_lower(char_at(p));
    }
    if (upper >= 2 && lower == 0) {
        char *up = g_utf8_strup(right, -1);
        g_string_append(out, up);
        g_free(up);
    } else if (obs_len && is_upper(char_at(obs))) {
        g_string_append_unichar(out, g_unichar_toupper(char_at(right)));
        g_string_append(out, g_utf8_next_char(right));
    } else {
        g_string_append(out, right);
    }
}

/* The user's corrections come before every other repair: whole words, whatever their case. */
static void pass_corrections(run *r)
{
    if (!r->n->corrections)
        return;
    r->corrected = g_hash_table_new(g_direct_hash, g_direct_equal);
    GString *out = g_string_new(NULL);
    for (size_t i = 0, n = at_doc_n_words(r->doc); i < n; i++) {
        size_t len;
        const char *text = at_doc_word_text(r->doc, i, &len);
        word_shape sh;
        shape_word(text, len, &sh);
        if (sh.end == sh.start)
            continue;
        char *lower = g_utf8_strdown(text + sh.start, sh.end - sh.start);
        const char *right = g_hash_table_lookup(r->n->corrections, lower);
        g_free(lower);
        if (!right)
            continue;
        g_string_assign(out, "");
        g_string_append_len(out, text, sh.start);
        correction_case(text + sh.start, sh.end - sh.start, right, out);
        g_string_append_len(out, text + sh.end, (gssize)(len - sh.end));
        set_text(r, i, out->str, out->len, "user.correction", 1);
        g_hash_table_add(r->corrected, GSIZE_TO_POINTER(i + 1));
        r->stats.corrected++;
    }
    g_string_free(out, TRUE);
}

/* Every word, part by part, into segments: decided, or handed to r->on_segment. */
static void visit_words(run *r)
{
    uint32_t block = UINT32_MAX;
    at_line_view line = { 0 }; /* no words: the first word fetches its line */
    for (size_t i = 0, n = at_doc_n_words(r->doc); i < n; i++)
        visit_word(r, i, &line, &block);
    flush_segment(r);
}

int at_normalize_doc(const at_normalizer *n, at_doc *doc, at_normalize_stats *stats, at_error *err)
{
    run r;
    run_init(&r, n, doc);
    if (!r.md) {
        run_clear(&r);
        return at_error_set(err, AT_ENOMEM, AT_STAGE_NORMALIZE, at_doc_name(doc), "out of memory for rule matching");
    }
    if (at_doc_n_words(doc) >= PREFETCH_WORDS)
        at_dict_prefetch(n->dict);
    pass_corrections(&r);
    pass_nfc(&r);
    pass_line_rules(&r);
    pass_dehyphenate(&r);
    pass_join_broken_words(&r);
    r.stats.strip_rate = n->opts.strip_rate >= 0 ? CLAMP(n->opts.strip_rate, 0.001, 0.999) : estimate_strip_rate(&r);
    r.log_strip = log(r.stats.strip_rate);
    /* A document that kept its diacritics is clean text, or good OCR: look-alikes and swapped or
     * added diacritics are as much rarer there as lost ones are. */
    r.log_damage = log(MIN(1.0, r.stats.strip_rate / DAMAGED_STRIP_RATE));
    r.cue_weight = exp(r.log_damage);
    r.stats.glyph_rate = estimate_glyph_rate(&r);
    r.log_glyphs = glyph_cost(r.stats.glyph_rate);
    cache_clear(&r.cache); /* candidates were weighed with another strip rate */
    r.word_sets = new_table(&r, MAX(at_doc_n_words(doc), 1), sizeof *r.word_sets);
    pass_join(&r);
    pass_per_year(&r); /* after the joins: "arbetsgrup-per är" ends on no word "per" */
    pass_municipality_caps(&r);
    visit_words(&r);
    if (!n->opts.keep_lines)
        pass_unwrap(&r);
    /* Halves merged into the word before are not words looked at, so not changed words either. */
    r.stats.changed = at_doc_n_changed(doc);
    if (r.stats.match_errors)
        at_doc_add_warning(doc, "%zu rule %s stopped at PCRE2's limits (first: rule %s); %s left as %s",
                           r.stats.match_errors, r.stats.match_errors == 1 ? "match" : "matches", r.first_match_error,
                           r.stats.match_errors == 1 ? "that word was" : "those words were",
                           r.stats.match_errors == 1 ? "it is" : "they are");
    if (stats)
        *stats = r.stats;
    run_clear(&r);
    return 0;
}

void at_normalize_segments(const at_normalizer *n, at_doc *doc, at_segment_fn fn, void *data)
{
    run r;
    run_init(&r, n, doc);
    r.on_segment = fn;
    r.segment_data = data;
    pass_nfc(&r);
    pass_line_rules(&r);
    pass_dehyphenate(&r);
    pass_join_broken_words(&r);
    pass_per_year(&r);
    pass_municipality_caps(&r);
    visit_words(&r);
    run_clear(&r);
}

static int compare_cands(const void *a, const void *b)
{
    double x = local_score(a), y = local_score(b);
    return x > y ? -1 : x < y;
}

/* The candidates for `word` and their scores under strip rate `strip` and a share `glyph_rate` of
 * words showing look-alikes, the winner first. */
static int print_candidates(const at_normalizer *n, const char *word, double strip, double glyph_rate,
                            const char *where, FILE *out, at_error *err)
{
    size_t len = strlen(word);
    if (!g_utf8_validate(word, (gssize)len, NULL))
        return at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, NULL, "--explain: invalid UTF-8");
    run r = { .n = n };
    r.md = pcre2_match_data_create(n->rules->max_match_data, NULL);
    if (!r.md)
        return at_error_set(err, AT_ENOMEM, AT_STAGE_NORMALIZE, NULL, "out of memory for rule matching");
    r.strings = g_string_chunk_new(4096);
    r.log_strip = log(strip);
    r.log_damage = log(MIN(1.0, strip / DAMAGED_STRIP_RATE)); /* as at_normalize_doc() weighs them */
    r.log_glyphs = glyph_cost(glyph_rate);
    cand_set s;
    gen_candidates(&r, &s, word, len);
    qsort(s.c, (size_t)s.n, sizeof s.c[0], compare_cands);
    fprintf(out, "%s (%s): %d candidate%s\n", word, where, s.n, s.n == 1 ? "" : "s");
    fprintf(out, "  %-28s %9s %9s %9s  %s\n", "reading", "prior", "channel", "score", "rule");
    for (int i = 0; i < s.n; i++) {
        const cand *c = &s.c[i];
        fprintf(out, "  %-28.*s %9.2f %9.2f %9.2f  %s\n", (int)c->len, c->text, c->prior, c->channel,
                local_score(c), c->rule ? c->rule : "(unchanged)");
    }
    pcre2_match_data_free(r.md);
    g_string_chunk_free(r.strings);
    return 0;
}

int at_normalizer_explain(const at_normalizer *n, const char *word, FILE *out, at_error *err)
{
    double strip = n->opts.strip_rate >= 0 ? n->opts.strip_rate : 0.5;
    char where[64];
    char rate[G_ASCII_DTOSTR_BUF_SIZE];
    snprintf(where, sizeof where, "strip rate %s, no document", g_ascii_formatd(rate, sizeof rate, "%.2f", strip));
    return print_candidates(n, word, strip, GLYPH_RATE_OCR, where, out, err);
}

/* Is the doc word `w` (punctuation aside, case ignored) the word asked about? */
static bool is_asked(const at_word_view *w, const char *lower_word)
{
    word_shape sh;
    shape_word(w->raw, w->raw_len, &sh);
    char lower[AT_WORD_MAX];
    return sh.end > sh.start && at_lower(w->raw + sh.start, sh.end - sh.start, lower, sizeof lower) >= 0 &&
           strcmp(lower, lower_word) == 0;
}

/* The nearest word on one side that is still a word (not merged into another), or SIZE_MAX. */
static size_t neighbour(const at_doc *doc, size_t i, int step)
{
    for (size_t k = i + (size_t)step; k < at_doc_n_words(doc); k += (size_t)step) {
        at_word_view v;
        at_doc_word(doc, k, &v);
        if (!v.deleted)
            return k;
    }
    return SIZE_MAX;
}

/* One occurrence: its line, its neighbours as they were read, and what was made of it. */
static void print_occurrence(const at_doc *doc, size_t i, const at_word_view *w, FILE *out)
{
    at_word_view before = { 0 }, after = { 0 };
    size_t b = neighbour(doc, i, -1), a = neighbour(doc, i, 1);
    if (b != SIZE_MAX)
        at_doc_word(doc, b, &before);
    if (a != SIZE_MAX)
        at_doc_word(doc, a, &after);
    fprintf(out, "  line %u: %.*s [%.*s] %.*s -> ", w->line + 1, (int)before.text_len, b != SIZE_MAX ? before.text : "",
            (int)w->raw_len, w->raw, (int)after.text_len, a != SIZE_MAX ? after.text : "");
    char score[G_ASCII_DTOSTR_BUF_SIZE];
    if (w->changed)
        fprintf(out, "%.*s (rule %s, score %s)\n", (int)w->text_len, w->text, w->rule ? w->rule : "?",
                g_ascii_formatd(score, sizeof score, "%.2f", w->score));
    else if (w->suggestion)
        fprintf(out, "kept, flagged: %.*s scored %s, below the bar\n", (int)w->suggestion_len, w->suggestion,
                g_ascii_formatd(score, sizeof score, "%.2f", w->suggestion_score));
    else
        fprintf(out, "kept\n");
}

int at_normalizer_explain_doc(const at_normalizer *n, at_doc *doc, const char *word, FILE *out, at_error *err)
{
    char lower_word[AT_WORD_MAX];
    if (!g_utf8_validate(word, -1, NULL) || at_lower(word, strlen(word), lower_word, sizeof lower_word) < 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, NULL, "--explain: not a word: invalid UTF-8 or too long");
    at_normalize_stats st = { 0 };
    int rc = at_normalize_doc(n, doc, &st, err);
    char where[AT_WORD_MAX + 96];
    char rate[G_ASCII_DTOSTR_BUF_SIZE];
    snprintf(where, sizeof where, "in %s: strip rate %s, %s", at_doc_name(doc),
             g_ascii_formatd(rate, sizeof rate, "%.2f", st.strip_rate),
             n->opts.strip_rate >= 0 ? "as given" : "estimated from the document");
    if (rc == 0)
        rc = print_candidates(n, word, st.strip_rate, st.glyph_rate, where, out, err);
    size_t found = 0;
    for (size_t i = 0; rc == 0 && i < at_doc_n_words(doc); i++) {
        at_word_view w;
        at_doc_word(doc, i, &w);
        if (!w.deleted && is_asked(&w, lower_word)) {
            found++;
            print_occurrence(doc, i, &w, out);
        }
    }
    if (rc == 0)
        fprintf(out, "  %zu occurrence%s in %s; each one's score also weighs its neighbours (word pairs and triples)\n", found,
                found == 1 ? "" : "s", at_doc_name(doc));
    return rc;
}
