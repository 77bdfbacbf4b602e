import type { backendEn } from './backend.en';

// Messages français de ce que le backend écrit (notes de preuve, problèmes
// d’importation, feuilles écartées, erreurs de l’API). Chaque clé de
// backend.en.ts doit exister ici, avec les mêmes {paramètres}. Les noms tirés
// des données de référence (politiques, relations, motifs) restent tels qu’ils
// y sont écrits.
export const backendFr: Record<keyof typeof backendEn, string> = {
  'evidence.note.registry-via': 'Le bloc MAC {prefix} est attribué à {org} ; ',
  'evidence.note.clear-maker': '{name} n’est visé par aucune politique de l’ensemble de règles[[. {detail}|.]]',
  'evidence.note.relabel': '{name} est un produit {company} signalé comme revendu sous une autre marque (OEM) : probablement fabriqué par {company}, à vérifier.',
  'evidence.note.review-link': '{name}[[ ({relation})]] n’est lié à {company} qu’avec un degré de confiance « {confidence} »[[ ; {timeScope}]] : à examiner.',
  'evidence.note.name-match': 'Correspond à « {name} », un nom de {company}.',
  'evidence.note.brand-match': 'Correspond à « {name} », une marque de {company}[[ ({relation})]].',
  'evidence.note.model-pattern': 'Le modèle correspond au motif {company} {pattern}[[ ({covers})]].',
  'evidence.note.shared-shape': ' D’autres fabricants utilisent cette forme : elle ne compte que si le nom du fabricant ou l’adresse MAC concorde.',
  'evidence.note.context-agrees': ' Le nom du fabricant ou l’adresse MAC concorde.',
  'evidence.note.serial-model': 'Le numéro de série contient le modèle {company} {model} ({pattern}) suivi de la date {date}.',
  'evidence.note.mac-local': 'Adresse administrée localement (créée par un logiciel) : elle ne désigne aucun fabricant.',
  'evidence.note.mac-excluded': 'Le bloc MAC {prefix} est attribué à {registrant} : {reason} ; ce n’est pas {company}.',
  'evidence.note.mac-listed': 'Le bloc MAC {prefix} ({registry}) est attribué à {registrant} : {relation}, {status}.',
  'evidence.note.mac-clear': 'Le bloc MAC {prefix} est attribué à {name}, qu’aucune politique ne vise.',
  'evidence.note.no-evidence': 'Rien dans cette ligne ne désigne un fabricant connu de l’ensemble de règles : à examiner jusqu’à ce que le fabricant soit connu.',
  'evidence.note.conflict.2': 'Les éléments de preuve se contredisent : {fields1} indique {company1} ; {fields2} indique {company2}. À examiner.',
  'evidence.note.conflict.3':
    'Les éléments de preuve se contredisent : {fields1} indique {company1} ; {fields2} indique {company2} ; {fields3} indique {company3}. À examiner.',
  'evidence.note.review-relabel-only':
    'Seuls un produit revendu sous une autre marque, une marque signalée ou un lien limité dans le temps désignent {company} : confirmez qui a fabriqué l’appareil.',
  'evidence.note.review-inactive': '{company} est visé par {policies}, mais aucune de ces politiques n’est active.',
  'evidence.note.review-no-policy': 'Aucune politique de l’ensemble de règles ne vise {company}.',
  'evidence.note.review-guidance-only': 'Les politiques actives ne visent {company} qu’à titre d’orientation ou selon des rapports.',
  'evidence.note.policy-binding': '{policy} ({jurisdiction}, {date}, version {version}) vise {company}.',
  'evidence.note.policy-guidance': '{policy} ({jurisdiction}, {date}) est une orientation qui ne vise aucune entreprise[[ : {detail}|.]]',
  'evidence.note.policy-by-report': '{policy} ({jurisdiction}, {date}) ne vise {company} que selon des rapports[[ : {detail}|.]]',
  'evidence.note.override': 'Dérogation : statut « {status} » fixé par {user} le {at} : {reason}',
  'evidence.note.model-guard.guard-uniview-ipc': 'Forme de modèle Uniview (IPC suivi de chiffres, sans trait d’union) ; « IPC- » seul ne désigne pas Dahua.',
  'evidence.note.model-guard.guard-uniview-nvr': 'Forme d’enregistreur Uniview (NVR30x/31x puis un trait d’union) ; les enregistreurs Dahua ont quatre chiffres.',
  'evidence.note.model-guard.guard-cisco-mds': 'Numéro de pièce Cisco MDS (DS-C / DS-X) ; « DS- » seul ne désigne pas Hikvision.',
  'evidence.note.model-guard.guard-synology': 'Modèle de NAS Synology (DS sans trait d’union) ; ce n’est pas Hikvision.',
  'evidence.note.source-tool.hikvision-sadp-csv':
    'Ligne d’une exportation SADP de Hikvision : seuls les appareils dotés du micrologiciel Hikvision (Hikvision et ses produits revendus sous d’autres marques) répondent à SADP.',
  'evidence.note.source-tool.hikvision-sadp-ui':
    'Ligne d’une exportation SADP de Hikvision : seuls les appareils dotés du micrologiciel Hikvision (Hikvision et ses produits revendus sous d’autres marques) répondent à SADP.',
  'evidence.note.source-tool.hikvision-ivms4200-import':
    'Ligne d’une liste d’appareils iVMS-4200 : ce client gère aussi des appareils d’autres fabricants, donc cet indice seul dit peu de chose.',
  'evidence.note.source-tool.dahua-configtool':
    'Ligne d’une exportation ConfigTool de Dahua : l’appareil a répondu à la découverte Dahua (Dahua et ses produits revendus sous d’autres marques) ; le format d’exportation n’est pas vérifié.',

  'backend.value.confidence.confirmed': 'confirmée',
  'backend.value.confidence.reported': 'signalée',
  'backend.value.confidence.unsure': 'incertaine',
  'backend.value.status.restricted': 'visé',
  'backend.value.status.restricted-affiliate': 'visé (société affiliée)',
  'backend.value.status.review': 'à examiner',
  'backend.value.status.clear': 'conforme',
  'backend.value.by.asset tag': 'numéro d’inventaire',
  'backend.value.by.serial number': 'numéro de série',
  'backend.value.by.MAC address': 'adresse MAC',
  'backend.value.by.model and location': 'modèle et emplacement',

  'problem.dates-mixed-order':
    'Les dates de ce fichier sont écrites à la fois jour/mois et mois/jour ; les dates qui pourraient être l’un ou l’autre sont laissées vides et conservées comme texte.',
  'problem.mac-not-mac':
    '« {value} » n’est pas une adresse MAC (six paires de chiffres hexadécimaux attendues, comme BC:5E:33:57:5A:98) ; conservé comme texte, sans servir à identifier l’appareil.',
  'problem.mac-placeholder': '« {value} » est une valeur de remplissage, pas l’adresse MAC d’un appareil ; conservé comme texte, sans servir à identifier l’appareil.',
  'problem.ip-not-ip': '« {value} » n’est pas une adresse IP ; conservé comme texte.',
  'problem.date-not-date': '« {value} » n’est pas une date ; conservé comme texte.',
  'problem.date-not-date-number': '{value} n’est pas une date ; conservé comme texte.',
  'problem.date-ambiguous': '« {value} » peut se lire jour/mois ou mois/jour et le fichier ne précise pas l’ordre ; conservé comme texte.',
  'problem.date-not-valid': '« {value} » n’est pas une date valide ; conservé comme texte.',
  'problem.cost-not-amount': '« {value} » n’est pas un montant ; conservé comme texte.',
  'problem.no-identity':
    'Cette ligne n’a ni numéro d’inventaire, ni numéro de série, ni adresse MAC valide, ni modèle avec emplacement : l’appareil ne peut pas être identifié.',
  'problem.repeat-in-file': 'Même {by} qu’à la [[feuille {sheet}, ]]ligne {row} : cette répétition a été ignorée.',
  'problem.sheet-left-out-empty': 'La feuille « {sheet} » a été écartée : elle est vide.',
  'problem.sheet-left-out-no-table':
    'La feuille « {sheet} » a été écartée : aucun tableau d’appareils, aucune de ses 30 premières lignes n’a de noms de colonnes connus.',
  'problem.columns-truncated': 'Certaines lignes ont plus de 1 000 colonnes ; les colonnes après la 1 000e ont été écartées.',
  'problem.no-device-table':
    '{file} n’a aucun tableau d’appareils : aucune feuille n’a, dans ses 30 premières lignes, de ligne d’en-tête avec des noms de colonnes connus (comme Marque, Modèle, Numéro de série, MAC).',
  'sheetReason.empty': 'la feuille est vide',
  'sheetReason.no-table': 'aucun tableau d’appareils : aucune de ses 30 premières lignes n’a de noms de colonnes connus',
  'sheetReason.derived': 'le planificateur tire cette feuille de la feuille Inventaire de sa propre exportation ; seule la feuille Inventaire est lue',

  'apiError.NOT_FOUND.importFile': '{path} : fichier introuvable.',
  'apiError.NOT_A_FILE': '{path} est un dossier, pas un fichier.',
  'apiError.NO_FILE.import': 'Choisissez un fichier à importer.',
  'apiError.EMPTY_FILE': '{file} est vide.',
  'apiError.FILE_TOO_LARGE':
    '{file} fait {size} Mo, au-delà de la limite de {limit} Mo pour un fichier d’inventaire ; divisez-le ou retirez les feuilles sans rapport.',
  'apiError.NO_SUCH_SHEET': '{file} n’a aucune feuille nommée « {sheet} » (ses feuilles : {sheets}).',
  'apiError.NO_DEVICE_TABLE':
    '{file} n’a aucun tableau d’appareils : aucune feuille n’a, dans ses 30 premières lignes, de ligne d’en-tête avec des noms de colonnes connus (comme Marque, Modèle, Numéro de série, MAC).',
  'apiError.NO_ROWS': '{file} a une ligne d’en-tête, mais aucune ligne de données.',
  'apiError.ROW_ERRORS':
    '{file} : impossible d’importer {count, plural, one {# ligne} other {# lignes}} (première : feuille « {sheet} », ligne {row} : {first}) ; rien n’a été écrit — {count, plural, one {corrigez-la ou acceptez de l’ignorer} other {corrigez-les ou acceptez de les ignorer}}.',
  'apiError.PROTECTED': '{file} est protégé par mot de passe ou chiffré : enregistrez-en une copie non protégée et importez-la.',
  'apiError.ZIP_TOO_LARGE':
    '{file} se décompresse en plus de 200 Mo, bien au-delà d’un inventaire ; il n’a donc pas été ouvert (il est peut-être endommagé ou conçu pour épuiser la mémoire).',
  'apiError.DAMAGED.zip': '{file} est endommagé ({detail}) : ouvrez-le dans votre tableur, enregistrez-en une nouvelle copie et importez-la.',
  'apiError.DAMAGED.office': '{file} est un fichier Office endommagé : ouvrez-le dans votre tableur, enregistrez-en une nouvelle copie et importez-la.',
  'apiError.DAMAGED.workbook':
    '{file} n’a pas pu être lu comme un classeur (il semble endommagé) : ouvrez-le dans votre tableur, enregistrez-en une nouvelle copie et importez-la.',
  'apiError.NOT_A_SPREADSHEET.odf': '{file} est un fichier OpenDocument, mais pas un classeur (c’est un {mime}).',
  'apiError.NOT_A_SPREADSHEET.wordOrPowerPoint': '{file} est un document Word ou PowerPoint, pas un classeur.',
  'apiError.NOT_A_SPREADSHEET.zip': '{file} est une archive zip, pas un classeur (xlsx, xlsm, ods).',
  'apiError.NOT_A_SPREADSHEET.office': '{file} est un document Office (Word ou un autre programme), pas un classeur.',
  'apiError.NOT_A_SPREADSHEET.pdf': '{file} est un PDF, pas un classeur : exportez le tableau vers Excel ou CSV et importez ce fichier.',
  'apiError.NOT_A_SPREADSHEET.binary': '{file} n’est ni un classeur ni un tableau texte : son contenu est binaire.',
  'apiError.NOT_A_SPREADSHEET.rtf': '{file} est un document en texte enrichi, pas un classeur.',
  'apiError.NOT_A_SPREADSHEET.xml': '{file} est un fichier XML ou Web qui n’est ni une analyse nmap ni un classeur.',
  'apiError.UNREADABLE': '{file} n’a pas pu être lu comme un classeur ({detail}).',
  'apiError.PARSER_FAILED.start': '{file} n’a pas pu être lu : le lecteur de fichiers n’a pas démarré ({detail}).',
  'apiError.PARSER_FAILED.failed': '{file} n’a pas pu être lu : le lecteur de fichiers a échoué ({detail}).',
  'apiError.PARSE_TIMEOUT':
    'La lecture de {file} a pris plus de {seconds} secondes et a été abandonnée ; le fichier est peut-être endommagé ou beaucoup plus gros qu’un inventaire.',
  'apiError.PARSER_CRASHED':
    '{file} n’a pas pu être lu : sa lecture demandait plus de mémoire qu’un classeur ne peut en utiliser (le lecteur s’est arrêté) ; il est peut-être endommagé ou malveillant.',
  'apiError.PARSER_CRASHED.signal':
    '{file} n’a pas pu être lu : sa lecture demandait plus de mémoire qu’un classeur ne peut en utiliser (le lecteur a été arrêté par {signal}) ; il est peut-être endommagé ou malveillant.',
  'apiError.PARSER_CRASHED.exit':
    '{file} n’a pas pu être lu : sa lecture demandait plus de mémoire qu’un classeur ne peut en utiliser (le lecteur s’est arrêté avec le code {exitCode}) ; il est peut-être endommagé ou malveillant.',
  'apiError.NOT_FOUND.import': 'Il n’y a pas d’importation numéro {id} dans ce plan.',
  'apiError.ALREADY_UNDONE': 'L’importation {id} ({file}) a déjà été annulée le {at}.',
  'apiError.UNDO_BLOCKED':
    'L’importation {id} ({file}) ne peut pas être annulée, car les mêmes appareils ont été modifiés par {count, plural, one {l’importation ultérieure} other {les importations ultérieures}} {later} : {count, plural, one {annulez d’abord celle-là} other {annulez d’abord celles-là}}.',

  'apiError.NO_PLAN': 'Aucun plan n’est ouvert. Ouvrez d’abord le plan d’exemple ou un fichier de plan.',
  'apiError.NOT_FOUND': 'L’élément demandé n’est pas dans ce plan (il a peut-être été retiré par une annulation ou une nouvelle importation) ; actualisez et réessayez.',
  'apiError.NOT_A_PLAN': 'Ce fichier n’est pas un fichier de plan (ce n’est pas une base de données SQLite) ; choisissez un fichier de plan.',
  'apiError.NEWER_FILE': 'Ce fichier a été écrit par une version plus récente de l’application ; mettez l’application à jour pour l’ouvrir.',
  'apiError.CANNOT_OPEN': 'Le fichier du plan ne peut pas être ouvert ; vérifiez qu’il existe et que vous pouvez le lire.',
  'apiError.BAD_ARGS': 'L’application a envoyé une demande que le service n’a pas acceptée ; veuillez réessayer.',
  'apiError.UNKNOWN_CALL': 'L’application a demandé une opération que le service ne connaît pas ; redémarrez l’application.',
  'apiError.INTERNAL':
    'Une erreur s’est produite dans l’application. L’étape qui a échoué n’a pas modifié votre fichier de plan. Veuillez réessayer.',
  'apiError.OFFLINE': 'Le service du planificateur est injoignable ; vérifiez que l’application fonctionne toujours.',
  'apiError.REASON_REQUIRED': 'Donnez une raison pour la dérogation au statut.',
  'apiError.EMPTY_SELECTION': 'Sélectionnez d’abord au moins un appareil.',
  'apiError.NOT_WRITABLE': 'Le fichier n’a pas pu être écrit à cet endroit ; choisissez un autre dossier.',
  'apiError.PLAN_IN_USE': 'Le plan est ouvert dans une autre fenêtre ou un autre programme ; fermez-le là et réessayez.',
  'apiError.BAD_BACKUP': 'Cette sauvegarde ne peut pas être restaurée : elle est endommagée ou n’est pas un fichier de plan.',
  'apiError.CANNOT_UNDO': 'Cette importation ne peut pas être annulée d’ici ; annulez-la depuis l’historique des importations.',
  'apiError.CANNOT_REDO': 'Une importation annulée ne peut pas être rétablie ; importez de nouveau le fichier.',
  'apiError.IMPORT_FAILED': 'L’importation s’est arrêtée avant la fin ; rien n’a été écrit.',
  'apiError.EXPORT_FAILED': 'L’exportation s’est arrêtée avant la fin ; aucun fichier n’a été écrit.',
  'apiError.TASK_FAILED': 'La modification s’est arrêtée avant la fin ; rien n’a été écrit.',
};
