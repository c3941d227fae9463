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

Options:
  --passphrase-fd N           read the passphrase from file descriptor N
  --passphrase-file PATH      read the passphrase from the first line of a file
  --json                      machine-readable output (errors too, as {"error": ...})
The passphrase is never taken from the command line: without the options above it is asked
for, or taken from THRESHOLD_PASSPHRASE with a warning. Full reference: docs/cli.md.`;
