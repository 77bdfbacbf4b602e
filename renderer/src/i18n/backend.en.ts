// English sentences of the messages the backend writes (evidence notes, import
// problems, sheet skip reasons, API errors), keyed by the codes the backend
// sends beside its English text (see backend-messages.ts for the [[optional]]
// syntax). They repeat the backend's English word for word: a test renders
// them against what the backend wrote. Spread into en.ts.
export const backendEn = {
  // Evidence notes (electron/domain/tagging/note-keys.ts).
  'evidence.note.registry-via': 'MAC block {prefix} is registered to {org}; ',
  'evidence.note.clear-maker': '{name} is not named by any policy in the rule set[[. {detail}|.]]',
  'evidence.note.relabel': '{name} is a reported OEM relabel of {company}: likely {company}-made, verify.',
  'evidence.note.review-link': '{name}[[ ({relation})]] is linked to {company} only with {confidence} confidence[[; {timeScope}]]: review.',
  'evidence.note.name-match': 'Matches "{name}", a name of {company}.',
  'evidence.note.brand-match': 'Matches "{name}", a {company} brand[[ ({relation})]].',
  'evidence.note.model-pattern': 'Model matches the {company} pattern {pattern}[[ ({covers})]].',
  'evidence.note.shared-shape': ' This shape is shared with other makers, so it counts only with a matching maker name or MAC.',
  'evidence.note.context-agrees': ' A maker name or MAC agrees.',
  'evidence.note.serial-model': 'Serial embeds the {company} model {model} ({pattern}) followed by the date {date}.',
  'evidence.note.mac-local': 'Locally administered (software-made) address: it names no maker.',
  'evidence.note.mac-excluded': 'MAC block {prefix} is registered to {registrant}: {reason}; not {company}.',
  'evidence.note.mac-listed': 'MAC block {prefix} ({registry}) is registered to {registrant}: {relation}, {status}.',
  'evidence.note.mac-clear': 'MAC block {prefix} is registered to {name}, which no policy names.',
  'evidence.note.no-evidence': 'Nothing in this row names a maker the rule set knows: review until the maker is known.',
  'evidence.note.conflict.2': 'Evidence disagrees: {fields1} says {company1}; {fields2} says {company2}. Review.',
  'evidence.note.conflict.3': 'Evidence disagrees: {fields1} says {company1}; {fields2} says {company2}; {fields3} says {company3}. Review.',
  'evidence.note.review-relabel-only': 'Only a relabel, a reported brand or a time-scoped link points at {company}: confirm who made it.',
  'evidence.note.review-inactive': '{company} is named by {policies}, none of which is active.',
  'evidence.note.review-no-policy': 'No policy in the rule set names {company}.',
  'evidence.note.review-guidance-only': 'The active policies name {company} only as guidance or by report.',
  'evidence.note.policy-binding': '{policy} ({jurisdiction}, {date}, version {version}) names {company}.',
  'evidence.note.policy-guidance': '{policy} ({jurisdiction}, {date}) is guidance that names no company[[: {detail}|.]]',
  'evidence.note.policy-by-report': '{policy} ({jurisdiction}, {date}) covers {company} only by report[[: {detail}|.]]',
  'evidence.note.override': 'Set to {status} by {user} on {at}: {reason}',
  // Notes that are whole sentences of the rule data (policy-data.json modelGuards and sourceTools, by id).
  'evidence.note.model-guard.guard-uniview-ipc': "Uniview model shape (IPC + digits, no hyphen); 'IPC-' alone is not Dahua.",
  'evidence.note.model-guard.guard-uniview-nvr': 'Uniview recorder shape (NVR30x/31x then a hyphen); Dahua NVRs have four digits.',
  'evidence.note.model-guard.guard-cisco-mds': "Cisco MDS part number (DS-C / DS-X); 'DS-' alone is not Hikvision.",
  'evidence.note.model-guard.guard-synology': 'Synology NAS model (DS without a hyphen); not Hikvision.',
  'evidence.note.source-tool.hikvision-sadp-csv':
    'Row from a Hikvision SADP export: only devices running Hikvision firmware (Hikvision and its OEM relabels) answer SADP.',
  'evidence.note.source-tool.hikvision-sadp-ui':
    'Row from a Hikvision SADP export: only devices running Hikvision firmware (Hikvision and its OEM relabels) answer SADP.',
  'evidence.note.source-tool.hikvision-ivms4200-import':
    'Row from an iVMS-4200 device list: that client also manages other makers’ devices, so this alone says little.',
  'evidence.note.source-tool.dahua-configtool':
    'Row from a Dahua ConfigTool export: the device answered Dahua discovery (Dahua and its OEM relabels); the export format is unverified.',

  // Values said in the user's language wherever they appear in a backend sentence.
  'backend.value.confidence.confirmed': 'confirmed',
  'backend.value.confidence.reported': 'reported',
  'backend.value.confidence.unsure': 'unsure',
  'backend.value.status.restricted': 'restricted',
  'backend.value.status.restricted-affiliate': 'restricted-affiliate',
  'backend.value.status.review': 'review',
  'backend.value.status.clear': 'clear',
  'backend.value.by.asset tag': 'asset tag',
  'backend.value.by.serial number': 'serial number',
  'backend.value.by.MAC address': 'MAC address',
  'backend.value.by.model and location': 'model and location',

  // Import problems (electron/services/import/problem-codes.ts).
  'problem.dates-mixed-order': 'Dates in this file are written both day/month and month/day; dates that could be either are left blank and kept as text.',
  'problem.mac-not-mac':
    '"{value}" is not a MAC address (expected six pairs of hex digits such as BC:5E:33:57:5A:98); kept as text, not used to identify the device.',
  'problem.mac-placeholder': '"{value}" is a placeholder, not a device\'s MAC address; kept as text, not used to identify the device.',
  'problem.ip-not-ip': '"{value}" is not an IP address; kept as text.',
  'problem.date-not-date': '"{value}" is not a date; kept as text.',
  'problem.date-not-date-number': '{value} is not a date; kept as text.',
  'problem.date-ambiguous': '"{value}" could be day/month or month/day and the file does not say which; kept as text.',
  'problem.date-not-valid': '"{value}" is not a valid date; kept as text.',
  'problem.cost-not-amount': '"{value}" is not an amount; kept as text.',
  'problem.no-identity':
    'This row has no asset tag, serial number, valid MAC address, or model plus location, so the device cannot be identified.',
  'problem.repeat-in-file': 'Same {by} as [[sheet {sheet}, ]]row {row}: this repeat was skipped.',
  'problem.sheet-left-out-empty': 'Sheet "{sheet}" was left out: the sheet is empty.',
  'problem.sheet-left-out-no-table': 'Sheet "{sheet}" was left out: no device table: none of its first 30 rows has known column names.',
  'problem.columns-truncated': 'Some rows have more than 1000 columns; the columns after the 1000th were left out.',
  'problem.no-device-table':
    '{file} has no device table: no sheet has a header row with known column names (such as Make, Model, Serial, MAC) in its first 30 rows.',
  'sheetReason.empty': 'the sheet is empty',
  'sheetReason.no-table': 'no device table: none of its first 30 rows has known column names',
  'sheetReason.derived': 'the planner derives this sheet from the Inventory sheet of its own export, so only Inventory is read',

  // Import refusals (problem-codes.ts IMPORT_REFUSAL_KEYS).
  'apiError.NOT_FOUND.importFile': '{path}: no such file.',
  'apiError.NOT_A_FILE': '{path} is a folder, not a file.',
  'apiError.NO_FILE.import': 'Choose a file to import.',
  'apiError.EMPTY_FILE': '{file} is empty.',
  'apiError.FILE_TOO_LARGE': '{file} is {size} MB, over the {limit} MB limit for an inventory file; split it or remove unrelated sheets.',
  'apiError.NO_SUCH_SHEET': '{file} has no sheet named "{sheet}" (its sheets: {sheets}).',
  'apiError.NO_DEVICE_TABLE':
    '{file} has no device table: no sheet has a header row with known column names (such as Make, Model, Serial, MAC) in its first 30 rows.',
  'apiError.NO_ROWS': '{file} has a header row but no data rows.',
  'apiError.ROW_ERRORS':
    '{file}: {count, plural, one {# row} other {# rows}} cannot be imported (first: sheet "{sheet}", row {row}: {first}); nothing was written — {count, plural, one {fix it, or accept skipping it} other {fix them, or accept skipping them}}.',
  'apiError.PROTECTED': '{file} is password-protected or encrypted: save an unprotected copy and import that.',
  'apiError.ZIP_TOO_LARGE':
    '{file} unpacks to more than 200 MB, far beyond any inventory, so it was not opened (it may be damaged or built to exhaust memory).',
  'apiError.DAMAGED.zip': '{file} is damaged ({detail}): open it in your spreadsheet program, save a new copy and import that.',
  'apiError.DAMAGED.office': '{file} is a damaged Office file: open it in your spreadsheet program, save a new copy and import that.',
  'apiError.DAMAGED.workbook':
    '{file} could not be read as a spreadsheet (it looks damaged): open it in your spreadsheet program, save a new copy and import that.',
  'apiError.NOT_A_SPREADSHEET.odf': '{file} is an OpenDocument file but not a spreadsheet (it is {mime}).',
  'apiError.NOT_A_SPREADSHEET.wordOrPowerPoint': '{file} is a Word or PowerPoint document, not a spreadsheet.',
  'apiError.NOT_A_SPREADSHEET.zip': '{file} is a zip archive, not a spreadsheet (xlsx, xlsm, ods).',
  'apiError.NOT_A_SPREADSHEET.office': '{file} is an Office document (Word or another program), not a spreadsheet.',
  'apiError.NOT_A_SPREADSHEET.pdf': '{file} is a PDF, not a spreadsheet: export the table to Excel or CSV and import that.',
  'apiError.NOT_A_SPREADSHEET.binary': '{file} is not a spreadsheet or a text table: its content is binary data.',
  'apiError.NOT_A_SPREADSHEET.rtf': '{file} is a rich-text document, not a spreadsheet.',
  'apiError.NOT_A_SPREADSHEET.xml': '{file} is an XML or web file that is neither an nmap scan nor a spreadsheet.',
  'apiError.UNREADABLE': '{file} could not be read as a spreadsheet ({detail}).',
  'apiError.PARSER_FAILED.start': '{file} could not be read: the parser did not start ({detail}).',
  'apiError.PARSER_FAILED.failed': '{file} could not be read: the parser failed ({detail}).',
  'apiError.PARSE_TIMEOUT':
    '{file} took longer than {seconds} seconds to read and was abandoned; it may be damaged or far larger than an inventory.',
  'apiError.PARSER_CRASHED':
    '{file} could not be read: reading it needed more memory than a spreadsheet may use (the parser stopped), so it may be damaged or hostile.',
  'apiError.PARSER_CRASHED.signal':
    '{file} could not be read: reading it needed more memory than a spreadsheet may use (the parser stopped by {signal}), so it may be damaged or hostile.',
  'apiError.PARSER_CRASHED.exit':
    '{file} could not be read: reading it needed more memory than a spreadsheet may use (the parser stopped with code {exitCode}), so it may be damaged or hostile.',
  'apiError.NOT_FOUND.import': 'There is no import number {id} in this plan.',
  'apiError.ALREADY_UNDONE': 'Import {id} ({file}) was already undone on {at}.',
  'apiError.UNDO_BLOCKED':
    'Import {id} ({file}) cannot be undone while {count, plural, one {later import} other {later imports}} {later} changed the same devices: {count, plural, one {undo that one first} other {undo those first}}.',

  // General sentences per error code: shown in French when the error has no more precise key
  // (in English the backend's own, more precise sentence is shown).
  'apiError.NO_PLAN': 'No plan is open. Open the sample plan or a plan file first.',
  'apiError.NOT_FOUND': 'What you asked for is not in this plan (it may have been removed by an undo or a re-import); refresh and try again.',
  'apiError.NOT_A_PLAN': 'This file is not a plan file (it is not an SQLite database); choose a plan file.',
  'apiError.NEWER_FILE': 'This file was written by a newer version of the app; update the app to open it.',
  'apiError.CANNOT_OPEN': 'The plan file cannot be opened; check that it exists and that you may read it.',
  'apiError.BAD_ARGS': 'The app sent a request the backend did not accept; please try again.',
  'apiError.UNKNOWN_CALL': 'The app asked for something the backend does not know; please restart the app.',
  'apiError.INTERNAL': 'Something went wrong inside the app. Your plan file was not changed by the failed step. Please try again.',
  'apiError.OFFLINE': 'The planner service is not reachable; check that the app is still running.',
  'apiError.REASON_REQUIRED': 'Give a reason for overriding the status.',
  'apiError.EMPTY_SELECTION': 'Select at least one device first.',
  'apiError.NOT_WRITABLE': 'The file could not be written there; choose another folder.',
  'apiError.PLAN_IN_USE': 'The plan is open in another window or program; close it there and try again.',
  'apiError.BAD_BACKUP': 'This backup cannot be restored: it is damaged or not a plan file.',
  'apiError.CANNOT_UNDO': 'This import cannot be undone from here; undo it from the import history.',
  'apiError.CANNOT_REDO': 'An undone import cannot be redone; import the file again.',
  'apiError.IMPORT_FAILED': 'The import stopped before it finished; nothing was written.',
  'apiError.EXPORT_FAILED': 'The export stopped before it finished; no file was written.',
  'apiError.TASK_FAILED': 'The change stopped before it finished; nothing was written.',
};
