export const USAGE = `Usage: threshold <command> [options]        (from the repository: npm run cli -- <command> ...)

Commands:
  self-test                   check the store module, encryption and the KDF on this machine
  status --store DIR          whether a store exists there
  init --store DIR --org-name TEXT --org-address TEXT --director-name TEXT --director-login NAME
                              create a store with its organisation and director
  verify-audit --store DIR --login NAME
                              verify the audit trail's hash chain (director)
  export-bundle --store DIR --login NAME (--case ID-OR-REF ... | --all) [--include-restricted] [--out FILE]
                              write a case bundle to FILE (readable by you only) or to standard output
  import-bundle --store DIR --login NAME FILE
                              import a case bundle (FILE, or - for standard input)
  import-contacts --store DIR --login NAME --case ID-OR-REF [--date-format uk|iso] [--mapping JSON-FILE] FILE.csv
                              import a CSV of contacts into one case (all rows, or none)
  flags --store DIR --login NAME (--case ID-OR-REF ... | --all) [--at YYYY-MM-DD]
                              every flag of SPEC section 3 found on the cases, with its evidence, as of a date
  demo [--store DIR]          build the demo organisation (default folder: .threshold-store/demo)
  generate --store DIR [--scale 0.01] [--seed N] [--at YYYY-MM-DD]
                              generate a large organisation (SPEC section 8's at --scale 1) in a new folder
  backup --store DIR --login NAME --out PATH
                              write an encrypted, verified backup to PATH, a new folder (director)
  restore --from PATH --store NEWDIR --login NAME
                              restore a backup into a folder with no store, after checking it completely
  subject-access --store DIR --login NAME --client ID-OR-REF --out DIR [--include-restricted] [--redact PHRASE ...]
                              prepare a subject access draft (third parties redacted) for review (director)
  subject-access --store DIR --login NAME --release DRAFT-ID --redactions-reviewed --out DIR
                              release a reviewed draft as JSON and PDF into DIR (director)
  erase --store DIR --login NAME --client ID-OR-REF --reason TEXT
                              erase a client (director); refused while a safeguarding note or retention hold applies

Casework (SPEC section 4; each takes --store DIR --login NAME and acts as that user; the core's guards apply):
  checklist (--case ID-OR-REF ... | --all) [--at YYYY-MM-DD]
                              each criterion W-1..W-8 with its state, prerequisites and evidence, the ladder,
                              warnings, proposals, restrictions and appeals, as of a date
  warn --case C --level informal|verbal|written --criteria W-1[,W-2] --issued DATE --summary TEXT
       [--evidence ID,...] [--evidence-from-flag FLAG] [--live-months N] [--review DATE]
       [--confirmed-on DATE --confirmed-how TEXT] [ADJUSTMENTS]
                              a step of the warning ladder (a written warning: director only, G-5)
  propose --case C --outcome withdraw|restrict|continue_under_agreement|no_action --rationale TEXT
       [--criteria W-n,...] [--evidence ID,...] [--evidence-from-flag FLAG] [--block LINE,... [--review DATE]]
       [--agreement ID] [ADJUSTMENTS]
                              propose an outcome; on W-4..W-7 it goes to the clinical lead first
  consult --proposal ID (--approve | --refuse) --rationale TEXT [--counsellor-view TEXT]
                              the clinical lead's view on a counselling proposal (G-4)
  decide --proposal ID (--approve | --reject) --reasons TEXT [--on DATE]
                              the director's decision on a proposal
  decide --case C --outcome ... --reasons TEXT [the options of propose] [--on DATE]
                              propose and approve at once (director); nothing is written if a guard refuses
  assess --case C --criterion W-4..W-7 --finding met|not_met --counsellor-view TEXT --rationale TEXT [--evidence ID,...]
                              the clinical lead's assessment of a counselling criterion
  risk-check --case C --on DATE --risks TEXT --safeguarding-concerns yes|no [--action TEXT]
                              the risk and safeguarding check before a discharge for non-attendance (W-7)
  review-restriction --restriction ID (--renew [--review DATE] | --lift) --reasons TEXT [--on DATE]
                              renew or lift a contact restriction (director)
  appeal lodge --against ID --on DATE --grounds TEXT
  appeal assign --appeal ID --user LOGIN      (director)
  appeal decide --appeal ID (--upheld | --dismissed) --reasons TEXT [--on DATE]
                              appeals against a warning, a restriction or a withdrawal (G-5: no one involved decides)
  register restrictions [--at DATE]           every restriction and communication agreement, with its review date
  register oversight --from DATE --to DATE    every warning, restriction, withdrawal and appeal in a period
  pack --case C [--all] [--redacted] [--at DATE] --out FILE.pdf
                              the case review pack as a PDF (significant events, or --all records);
                              --redacted: names replaced by roles, restricted records left out
  letter --case C --type TYPE --out FILE [--source ID] [--sign]
                                              draft a letter from its newest source (or --source) and write its PDF;
                                              --sign signs it as --login (director letters: the director)
  verify-letters                              re-verify every signed letter's SHA-256, signature and PDF
  ADJUSTMENTS: --need yes|no [--explains yes|no] [--need-details TEXT] [--adjustments TEXT]
                              reasonable adjustments first: asked before a formal warning, a withdrawal or a restriction
  Lists take commas or a repeated option. LINE is one of main_desk_phone, practice_mobile,
  personal_phone_withheld, personal_phone_shown, company_email, personal_email, service_inbox,
  helpline, approved_video_platform, other_video_platform.

Options:
  --passphrase-fd N           read the passphrase from file descriptor N
  --passphrase-file PATH      read the passphrase from the first line of a file
  --json                      machine-readable output (errors too, as {"error": ...})
The passphrase is never taken from the command line: without the options above it is asked
for, or taken from THRESHOLD_PASSPHRASE with a warning. Full reference: docs/cli.md.`;
