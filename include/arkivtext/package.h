/* arkivtext — archive packages: E-ARK SIP 2.1.0 (= FGS Paketstruktur 2.0) with METS, PREMIS and SHA-256 fixity.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One package per document: a folder named after its METS OBJID (the
 * document's title or source name made a file name, "__" and its UUID, e.g.
 * "verksamhetsplan-och-budget-2021__uuid-…") holding
 * METS.xml, metadata/descriptive/ (the extracted record), metadata/preservation/
 * (PREMIS), representations/rep1/ (METS.xml and data/: the original files
 * untouched, ALTO per page, the normalized text), for scans optionally
 * representations/rep2/ (a searchable PDF/A access copy), schemas/ (every
 * schema used) and documentation/. A package is written under a temporary name and renamed
 * into place when complete, so a crash never leaves a half package visible.
 */
#ifndef ARKIVTEXT_PACKAGE_H
#define ARKIVTEXT_PACKAGE_H

#include "arkivtext/doc.h"
#include "arkivtext/error.h"
#include "arkivtext/extract.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An event after the package was first made (a manual correction), for PREMIS. */
typedef struct at_package_event {
    const char *type;    /**< PREMIS eventType, e.g. "modification" */
    const char *date;    /**< xs:dateTime */
    const char *detail;  /**< what was done */
    const char *outcome; /**< a note on the outcome (why, how many words), or NULL */
    const char *person;  /**< who did it: a PREMIS agent of type person, the event's implementer */
} at_package_event;

/** Where the log of manual corrections goes in a package (a digiprovMD of its own). */
#define AT_PACKAGE_CORRECTIONS_FILE "metadata/preservation/corrections.json"

/** What went into a document, for the PREMIS events. */
typedef struct at_package_content {
    const char *const *originals; /**< the source files, copied untouched; NULL-terminated, at least one */
    const at_doc *doc;            /**< the document after normalization: ALTO per page and the text */
    const at_record *record;      /**< the extracted record (metadata/descriptive/record.xml), or NULL */
    const char *dictionary;       /**< the dictionary the normalizer used (at_dict_describe), or NULL */
    size_t words_changed;         /**< words the normalizer changed */
    const at_package_event *events; /**< events after the package was first made, oldest first, or NULL */
    size_t n_events;
    const char *corrections;      /**< the JSON log of manual corrections (AT_PACKAGE_CORRECTIONS_FILE), or NULL */
    const char *title;            /**< the title the archivist gave (a manifest), or NULL: the record's */
    const char *const *sources;   /**< where the document came from: the originals' paths and those of identical
                                       files packaged with them (METS altRecordID TYPE="SOURCE", PREMIS,
                                       documentation); NULL-terminated, or NULL for the originals' paths */
} at_package_content;

typedef struct at_package_options {
    int version;                       /**< AT_PACKAGE_OPTIONS_VERSION */
    const char *organisation;          /**< the submitting organisation (METS agent), required */
    const char *submission_agreement;  /**< its reference (altRecordID SUBMISSIONAGREEMENT), or NULL */
    const char *created;               /**< xs:dateTime for every CREATED; NULL: now, or $SOURCE_DATE_EPOCH */
    bool tar;                          /**< write OBJID.tar (one root folder inside) instead of a folder */
    bool zip;                          /**< write OBJID.zip (one root folder inside) instead of a folder */
    bool access_copy;                  /**< (version 2) a scanned document (every page with its image, see
                                            at_pdfa_can_write) also gets representations/rep2: its searchable
                                            PDF/A-1b access copy, with its own METS and a PREMIS event deriving
                                            it from rep1 */
    const char *modified;              /**< (version 3) xs:dateTime of the last change to a package made again
                                            (METS LASTMODDATE, after a correction); NULL: `created` */
} at_package_options;

#define AT_PACKAGE_OPTIONS_VERSION 3
#define AT_PACKAGE_OPTIONS_INIT { AT_PACKAGE_OPTIONS_VERSION, NULL, NULL, NULL, false, false, false, NULL }

/**
 * The package ID of a set of originals: "uuid-" and a name-based UUID
 * (version 5) of the SHA-256 of their bytes, so the same document always
 * gets the same ID. Caller frees with free().
 */
AT_EXPORT int at_package_id(const char *const *originals, char **out, at_error *err);

/**
 * Write the package of `content` into `outdir` (created if needed), as
 * `outdir/OBJID/` or `outdir/OBJID.tar`, OBJID and the METS LABEL naming
 * the document (its title, else its source file's name); an existing package of the same ID is
 * replaced. On success `*path` (if not NULL) is the package's path; the
 * caller frees it with free().
 */
AT_EXPORT int at_package_write(const at_package_content *content, const at_package_options *opts, const char *outdir,
                               char **path, at_error *err);

/** How much a problem weighs: a MUST broken, a SHOULD not followed, a MAY noted. */
typedef enum at_package_level {
    AT_LEVEL_ERROR = 0,   /**< a MUST requirement (or a check of our own) fails: the package is invalid */
    AT_LEVEL_WARNING = 1, /**< a SHOULD requirement is not met; the package stays valid */
    AT_LEVEL_INFO = 2,    /**< a MAY item is absent, or a note; the package stays valid */
} at_package_level;

/** One thing wrong with a package. */
typedef struct at_package_problem {
    const char *requirement; /**< "CSIP113", "SIP15", "CSIPSTR4", ... or "XSD", "FIXITY", "FILE", "REF", "ARCHIVE" */
    at_package_level level;
    const char *file;        /**< the file concerned, relative to the package root, or "" */
    int line;                /**< line in that file, or 0 */
    const char *message;
} at_package_problem;

/** One requirement as checked on one package. */
typedef struct at_package_check {
    const char *requirement;   /**< "CSIP1" ... as in the profile, or one of our own ids */
    const char *specification; /**< "CSIP", "SIP" or "arkivtext" (our own checks) */
    const char *level;         /**< "MUST", "SHOULD" or "MAY" as the profile states it */
    bool passed;               /**< no problem found under this requirement */
    size_t problems;           /**< how many were found */
} at_package_check;

typedef struct at_package_report at_package_report;

/** Limits for packages that come as archives (zip, tar, tar.gz). */
typedef struct at_package_validate_options {
    int version;                  /**< AT_PACKAGE_VALIDATE_OPTIONS_VERSION */
    unsigned long max_entries;    /**< refuse archives with more entries (default 1 000 000) */
    unsigned long long max_bytes; /**< refuse archives unpacking to more bytes (default 1 TiB) */
    unsigned max_ratio;           /**< refuse archives unpacking to more than this many times their size,
                                       once past 64 MiB (default 200) */
} at_package_validate_options;

#define AT_PACKAGE_VALIDATE_OPTIONS_VERSION 1
#define AT_PACKAGE_VALIDATE_OPTIONS_INIT { AT_PACKAGE_VALIDATE_OPTIONS_VERSION, 1000000UL, 1ULL << 40, 200 }

/**
 * Check an E-ARK information package — a folder, or a .zip, .tar or .tar.gz
 * archive holding one — against the profile its METS names in mets/@PROFILE
 * (CSIP 2.1.0 or 2.2.0, and SIP 2.1.0 or 2.2.0 when it claims the SIP
 * profile), offline. Every testable requirement is checked under its own id:
 * a MUST that fails is an error, a SHOULD a warning, an absent MAY item an
 * info note; only errors make a package invalid. XML is validated against
 * the schema arkivtext ships for its namespace (METS with the E-ARK
 * extensions, PREMIS 3, ALTO, ERMS, our record), else against a schema the
 * package carries in a schemas/ folder, else not at all (never an error).
 * Fixity (every checksum type METS allows that can be computed), files
 * present and listed, IDs and references are checked too. Archives are
 * unpacked into a private temporary folder, refusing links, entries that
 * leave the package and bombs (`opts`, NULL for the defaults). Returns 0
 * when the check could run (see the report), or a negative code when there
 * is nothing to check (no such path, not a folder or archive).
 */
AT_EXPORT int at_package_validate(const char *path, const at_package_validate_options *opts, at_package_report **report,
                        at_error *err);

/**
 * The packages `path` names: itself when it is a package folder (it holds a
 * METS.xml or a representations folder), an archive or no folder; else every
 * package folder and .zip/.tar/.tar.gz archive (by content) under it, in name
 * order, without entering a package or following a symbolic link — a run's
 * output folder, a shelf of packages. Fails (AT_EFORMAT) when a folder holds
 * no package at all. `*packages` is NULL-terminated; g_strfreev() it.
 */
AT_EXPORT int at_package_find(const char *path, char ***packages, at_error *err);

/** Is the package valid (no error-level problem)? */
AT_EXPORT bool at_package_report_valid(const at_package_report *report);
/** The profile checked, e.g. "E-ARK SIP 2.1.0", "E-ARK CSIP 2.2.0", or "" when none could be read. */
AT_EXPORT const char *at_package_report_profile(const at_package_report *report);

AT_EXPORT size_t at_package_report_count(const at_package_report *report);
AT_EXPORT const at_package_problem *at_package_report_problem(const at_package_report *report, size_t index);
/** Every requirement checked, in profile order, then our own checks. */
AT_EXPORT size_t at_package_report_checks(const at_package_report *report);
AT_EXPORT const at_package_check *at_package_report_check(const at_package_report *report, size_t index);
AT_EXPORT void at_package_report_free(at_package_report *report);


/* ---- reading a package back (review pages, corrections, the search index) ---- */

/** A package folder opened for reading. */
typedef struct at_package at_package;

/**
 * Open the package folder at `path` through its METS files: the root METS
 * (ID, label, submitting organisation, record, PREMIS, representations) and
 * the METS of the first representation holding ALTO pages. Fails with one
 * line naming the folder when it is no package folder. Caller frees with
 * at_package_close().
 */
AT_EXPORT int at_package_open(const char *path, at_package **out, at_error *err);
/** Free. NULL is a no-op. */
AT_EXPORT void at_package_close(at_package *p);

AT_EXPORT const char *at_package_path(const at_package *p);
/** mets/@OBJID. */
AT_EXPORT const char *at_package_objid(const at_package *p);
/** mets/@LABEL (the document's title), or "". */
AT_EXPORT const char *at_package_label(const at_package *p);
/** The submitting organisation named in the METS header, or "". */
AT_EXPORT const char *at_package_organisation(const at_package *p);
/** SHA-256 (hex) of the root METS.xml: changes whenever any file of the package changes. */
AT_EXPORT const char *at_package_digest(const at_package *p);

typedef enum {
    AT_PACKAGE_ORIGINAL = 0, /**< the original files, untouched */
    AT_PACKAGE_ALTO,         /**< one ALTO file per page, in page order */
    AT_PACKAGE_RECORD,       /**< the extracted record (one) */
    AT_PACKAGE_PREMIS,       /**< the PREMIS file (one) */
    AT_PACKAGE_TEXT,         /**< the normalized text (one) */
} at_package_file_kind;

/** The `index`th file of a kind, relative to the package folder, or NULL past the last. */
AT_EXPORT const char *at_package_file(const at_package *p, at_package_file_kind kind, size_t index);
AT_EXPORT size_t at_package_n_files(const at_package *p, at_package_file_kind kind);

/**
 * The package's document, read from its ALTO pages: current and raw
 * readings, rules, boxes, confidences. With `lines` not NULL, `*lines` gets
 * for every line of the document its number as the record counts it (the
 * line in the original file for text inputs, the line on its page
 * otherwise); the caller frees it with g_free(). Caller frees `*out` with
 * at_doc_free().
 */
AT_EXPORT int at_package_read_doc(const at_package *p, at_doc **out, uint32_t **lines, at_error *err);

#ifdef __cplusplus
}
#endif
#endif
