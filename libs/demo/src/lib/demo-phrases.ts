/**
 * The Danish wording behind generated demo offers, keyed by the codes of the default vocabularies
 * (challenge, target_group, activity). Each challenge names the target groups and activities that
 * make sense with it, so that generated offers read like real ones ("Besøgsven til ensomme ældre",
 * never "Lektiehjælp for ældre med demens").
 */

export interface ChallengePhrases {
  code: string;
  /** How common offers about it are, relative to the others. */
  weight: number;
  /** The topic after "om": "Telefonrådgivning om økonomi og gæld". */
  about: string;
  /** What follows a target group in a title: "unge med angst". A leading "der" gets a comma. */
  qualifier?: string;
  /** What goes before a target group in a title: "ensomme ældre". */
  adjective?: string;
  /** A group named after the challenge, used as the title's head for `groupActivities`. */
  group?: string;
  groupActivities?: string[];
  /** A relative clause about the people it is for: "unge, der lever med angst". */
  they: string;
  /** The same, speaking to the reader: "dig, der føler dig ensom". */
  you: string;
  /** Nouns for the description: the challenge's own words and synonyms. */
  words: string[];
  /** Target group codes that fit, the most typical first. */
  targets: string[];
  /** In-person activity codes that fit. Telephone and chat advice fit every challenge. */
  activities: string[];
  /** Challenges often met together with this one: candidates for an offer's second challenge. */
  related: string[];
  /** Target groups the challenge is already implied by, so the title leaves it out. */
  implied?: string[];
  /** Relational target groups (pårørende, forældre) the challenge belongs to themselves. */
  own?: string[];
}

export interface TargetPhrases {
  code: string;
  /** How the group is named in a title; one is picked. */
  plural: string[];
  /** Age ranges that fit the group; one is picked. null is no limit. */
  ages: [number | null, number | null][];
  /** An age group: an offer has at most one. */
  age?: boolean;
  /** How the group reads together with an age group, e.g. "{age} kvinder" → "unge kvinder". */
  combine?: string;
  /** The age groups it combines with that way. */
  combinesWith?: string[];
  /**
   * Groups defined by someone else's challenge: "pårørende til mennesker med demens". `ageless`:
   * then never with an age group ("unge forældre til børn med ADHD" says the wrong thing).
   */
  relation?: { title: string; clause: string; ageless?: boolean };
}

export type ScheduleStyle =
  | 'group'
  | 'exercise'
  | 'meal'
  | 'homework'
  | 'open'
  | 'club'
  | 'advice'
  | 'appointment'
  | 'line'
  | 'chat'
  | 'course'
  | 'camp'
  | 'food';

export interface ActivityPhrases {
  code: string;
  /** Title heads; one is picked. */
  heads: string[];
  /** "Besøgsven til …" or "Samtalegruppe for …". */
  preposition: 'for' | 'til';
  /** Advice-like activities that also read well as "… om <topic>". */
  topical?: boolean;
  /** The only target groups it suits, when it does not suit everyone. */
  targets?: string[];
  schedule: ScheduleStyle;
  /** Sentences about what happens; {w} is one of the challenge's words, {n} a small number. */
  what: string[];
  /** Activities that often come with it, as an offer's second activity. */
  companions: string[];
  /** The chance that it costs something, and what. */
  paid?: { chance: number; amounts: number[]; text: string };
  /** Who the contact person is. */
  contactTitles?: string[];
}

export const CHALLENGES: ChallengePhrases[] = [
  {
    code: 'ensomhed',
    weight: 6,
    about: 'ensomhed',
    adjective: 'ensomme',
    they: 'der føler sig ensomme',
    you: 'der føler dig ensom',
    words: ['ensomhed', 'social isolation', 'savnet af fællesskab', 'et lille netværk'],
    targets: [
      'aeldre',
      'unge',
      'enlige',
      'voksne',
      'maend',
      'flygtninge-og-indvandrere',
      'studerende',
      'efterladte',
    ],
    activities: [
      'besoegsven',
      'faellesspisning',
      'netvaerksgruppe',
      'gaagruppe',
      'vaerested',
      'kreative-aktiviteter',
      'samtalegruppe',
      'frivilligt-arbejde',
      'motion',
    ],
    related: ['depression', 'sorg', 'lavt-selvvaerd', 'psykisk-saarbarhed'],
    implied: ['enlige'],
  },
  {
    code: 'angst',
    weight: 5,
    about: 'angst',
    qualifier: 'med angst',
    group: 'Angstgruppe',
    they: 'der lever med angst',
    you: 'der lever med angst',
    words: ['angst', 'panikangst', 'social angst', 'bekymringer', 'angstanfald'],
    targets: ['unge', 'voksne', 'studerende', 'boern', 'kvinder', 'maend', 'foraeldre'],
    activities: [
      'samtalegruppe',
      'selvhjaelpsgruppe',
      'psykologhjaelp',
      'kursus',
      'gaagruppe',
      'mentorordning',
      'netvaerksgruppe',
      'raadgivning',
    ],
    related: ['depression', 'stress', 'ocd', 'lavt-selvvaerd', 'psykisk-saarbarhed'],
  },
  {
    code: 'depression',
    weight: 4,
    about: 'depression',
    qualifier: 'med depression',
    group: 'Depressionsgruppe',
    they: 'der har eller har haft en depression',
    you: 'der har eller har haft en depression',
    words: ['depression', 'tristhed', 'nedtrykthed', 'manglende energi'],
    targets: ['voksne', 'unge', 'aeldre', 'maend', 'kvinder', 'studerende', 'paaroerende'],
    activities: [
      'samtalegruppe',
      'selvhjaelpsgruppe',
      'gaagruppe',
      'psykologhjaelp',
      'motion',
      'netvaerksgruppe',
      'kursus',
    ],
    related: ['angst', 'ensomhed', 'stress', 'soevnproblemer', 'selvmordstanker'],
  },
  {
    code: 'stress',
    weight: 4,
    about: 'stress',
    qualifier: 'med stress',
    adjective: 'stressede',
    group: 'Stressgruppe',
    they: 'der er ramt af stress',
    you: 'der er ramt af stress',
    words: ['stress', 'udbrændthed', 'præstationspres', 'søvnmangel'],
    targets: ['voksne', 'studerende', 'unge', 'foraeldre', 'kvinder'],
    activities: [
      'kursus',
      'samtalegruppe',
      'gaagruppe',
      'psykologhjaelp',
      'motion',
      'raadgivning',
      'kreative-aktiviteter',
    ],
    related: ['angst', 'depression', 'soevnproblemer', 'ledighed'],
    own: ['foraeldre', 'paaroerende'],
  },
  {
    code: 'sorg',
    weight: 4,
    about: 'sorg og tab',
    qualifier: 'i sorg',
    group: 'Sorggruppe',
    they: 'der har mistet en nærtstående',
    you: 'der har mistet en, du holdt af',
    words: ['sorg', 'savn', 'tabet af en ægtefælle', 'tabet af en forælder'],
    targets: ['efterladte', 'boern', 'unge', 'aeldre', 'voksne', 'foraeldre'],
    activities: [
      'samtalegruppe',
      'netvaerksgruppe',
      'gaagruppe',
      'raadgivning',
      'ferie-og-lejr',
      'faellesspisning',
    ],
    related: ['ensomhed', 'depression', 'paaroerende-til-syg', 'kraeft'],
    implied: ['efterladte'],
    own: ['foraeldre', 'paaroerende'],
  },
  {
    code: 'overvaegt',
    weight: 1,
    about: 'vægttab og sund livsstil',
    qualifier: 'med overvægt',
    they: 'der gerne vil tabe sig',
    you: 'der gerne vil tabe dig',
    words: ['overvægt', 'vægttab', 'sund kost', 'motion i hverdagen'],
    targets: ['voksne', 'boern', 'familier', 'unge', 'maend', 'kvinder'],
    activities: ['motion', 'kursus', 'gaagruppe', 'selvhjaelpsgruppe', 'faellesspisning'],
    related: ['kronisk-sygdom', 'lavt-selvvaerd', 'spiseforstyrrelse'],
  },
  {
    code: 'alkohol',
    weight: 3,
    about: 'alkohol',
    qualifier: 'med alkoholproblemer',
    they: 'der drikker mere, end de har godt af',
    you: 'der drikker mere, end du har godt af',
    words: ['alkohol', 'alkoholmisbrug', 'druk', 'trangen til at drikke'],
    targets: ['voksne', 'maend', 'unge', 'paaroerende', 'socialt-udsatte'],
    activities: ['selvhjaelpsgruppe', 'raadgivning', 'samtalegruppe', 'vaerested', 'psykologhjaelp'],
    related: ['stoffer', 'misbrug-i-familien', 'depression', 'hjemloeshed'],
  },
  {
    code: 'stoffer',
    weight: 2,
    about: 'stoffer og misbrug',
    qualifier: 'med stofmisbrug',
    they: 'der bruger hash eller andre stoffer',
    you: 'der bruger hash eller andre stoffer',
    words: ['hash', 'kokain', 'stofmisbrug', 'afhængighed'],
    targets: ['unge', 'voksne', 'socialt-udsatte', 'paaroerende', 'foraeldre'],
    activities: ['raadgivning', 'mentorordning', 'selvhjaelpsgruppe', 'vaerested', 'samtalegruppe'],
    related: ['alkohol', 'kriminalitet', 'hjemloeshed', 'psykisk-saarbarhed'],
  },
  {
    code: 'spiseforstyrrelse',
    weight: 2,
    about: 'spiseforstyrrelser',
    qualifier: 'med spiseforstyrrelser',
    they: 'der kæmper med en spiseforstyrrelse',
    you: 'der kæmper med en spiseforstyrrelse',
    words: ['anoreksi', 'bulimi', 'tvangsoverspisning', 'et anstrengt forhold til mad'],
    targets: ['unge', 'kvinder', 'paaroerende', 'foraeldre', 'voksne'],
    activities: [
      'samtalegruppe',
      'selvhjaelpsgruppe',
      'raadgivning',
      'psykologhjaelp',
      'kreative-aktiviteter',
    ],
    related: ['selvskade', 'lavt-selvvaerd', 'angst', 'overvaegt'],
  },
  {
    code: 'selvskade',
    weight: 1,
    about: 'selvskade',
    qualifier: 'der skader sig selv',
    they: 'der skader sig selv',
    you: 'der skader dig selv',
    words: ['selvskade', 'cutting', 'selvskadende adfærd', 'indre uro'],
    targets: ['unge', 'paaroerende', 'foraeldre'],
    activities: ['samtalegruppe', 'raadgivning', 'psykologhjaelp', 'selvhjaelpsgruppe'],
    related: ['spiseforstyrrelse', 'selvmordstanker', 'lavt-selvvaerd', 'angst'],
  },
  {
    code: 'demens',
    weight: 3,
    about: 'demens',
    qualifier: 'med demens',
    group: 'Demenscafé',
    groupActivities: ['netvaerksgruppe', 'samtalegruppe'],
    they: 'der lever med demens',
    you: 'der lever med demens',
    words: ['demens', 'Alzheimers sygdom', 'hukommelsestab', 'glemsomhed'],
    targets: ['paaroerende', 'aeldre', 'voksne'],
    activities: [
      'samtalegruppe',
      'netvaerksgruppe',
      'besoegsven',
      'motion',
      'kursus',
      'raadgivning',
      'praktisk-hjaelp',
    ],
    related: ['paaroerende-til-syg', 'ensomhed', 'kronisk-sygdom'],
  },
  {
    code: 'adhd',
    weight: 2,
    about: 'ADHD',
    qualifier: 'med ADHD',
    they: 'der har ADHD',
    you: 'der har ADHD',
    words: ['ADHD', 'ADD', 'koncentrationsbesvær', 'uro i kroppen'],
    targets: ['boern', 'unge', 'voksne', 'foraeldre', 'familier'],
    activities: [
      'netvaerksgruppe',
      'kursus',
      'mentorordning',
      'samtalegruppe',
      'klub-og-fritid',
      'raadgivning',
      'motion',
    ],
    related: ['autisme', 'skolevaegring', 'lavt-selvvaerd', 'ordblindhed'],
  },
  {
    code: 'autisme',
    weight: 2,
    about: 'autisme',
    qualifier: 'med autisme',
    they: 'der har autisme',
    you: 'der har autisme',
    words: ['autisme', 'Aspergers syndrom', 'sociale udfordringer', 'sansesensitivitet'],
    targets: ['boern', 'unge', 'voksne', 'foraeldre', 'familier', 'mennesker-med-handicap'],
    activities: [
      'klub-og-fritid',
      'netvaerksgruppe',
      'kursus',
      'mentorordning',
      'ferie-og-lejr',
      'raadgivning',
    ],
    related: ['adhd', 'angst', 'skolevaegring', 'ensomhed'],
    implied: ['mennesker-med-handicap'],
  },
  {
    code: 'fysisk-handicap',
    weight: 1,
    about: 'livet med et fysisk handicap',
    qualifier: 'med fysisk handicap',
    they: 'der har et fysisk handicap',
    you: 'der har et fysisk handicap',
    words: ['fysisk handicap', 'kørestol', 'nedsat mobilitet', 'tilgængelighed'],
    targets: ['mennesker-med-handicap', 'boern', 'unge', 'voksne', 'aeldre'],
    activities: [
      'motion',
      'klub-og-fritid',
      'netvaerksgruppe',
      'ferie-og-lejr',
      'praktisk-hjaelp',
      'raadgivning',
    ],
    related: ['kronisk-sygdom', 'ensomhed', 'hjerneskade'],
    implied: ['mennesker-med-handicap'],
  },
  {
    code: 'kronisk-sygdom',
    weight: 2,
    about: 'kronisk sygdom',
    qualifier: 'med kronisk sygdom',
    they: 'der lever med en kronisk sygdom',
    you: 'der lever med en kronisk sygdom',
    words: ['diabetes', 'KOL', 'gigt', 'hjertesygdom', 'sklerose'],
    targets: ['voksne', 'aeldre', 'boern', 'unge', 'paaroerende'],
    activities: ['motion', 'kursus', 'gaagruppe', 'netvaerksgruppe', 'samtalegruppe', 'selvhjaelpsgruppe'],
    related: ['depression', 'overvaegt', 'fysisk-handicap', 'paaroerende-til-syg'],
  },
  {
    code: 'kraeft',
    weight: 3,
    about: 'kræft',
    qualifier: 'med kræft',
    they: 'der er ramt af kræft',
    you: 'der er ramt af kræft',
    words: ['kræft', 'kemoterapi', 'livet efter kræft', 'senfølger'],
    targets: ['voksne', 'paaroerende', 'kvinder', 'maend', 'boern', 'unge'],
    activities: [
      'samtalegruppe',
      'raadgivning',
      'motion',
      'netvaerksgruppe',
      'kursus',
      'psykologhjaelp',
      'gaagruppe',
    ],
    related: ['paaroerende-til-syg', 'sorg', 'angst', 'kronisk-sygdom'],
  },
  {
    code: 'paaroerende-til-syg',
    weight: 3,
    about: 'at være pårørende',
    qualifier: 'med en syg i familien',
    they: 'der har en alvorligt syg i familien',
    you: 'der har en alvorligt syg i familien',
    words: [
      'bekymringen for en syg forælder',
      'en syg ægtefælle',
      'omsorgsbyrde',
      'alvorlig sygdom i familien',
    ],
    targets: ['paaroerende', 'boern', 'unge', 'voksne'],
    activities: ['samtalegruppe', 'netvaerksgruppe', 'raadgivning', 'ferie-og-lejr', 'kursus'],
    related: ['kraeft', 'demens', 'psykisk-saarbarhed', 'sorg'],
    implied: ['paaroerende'],
  },
  {
    code: 'vold-i-naere-relationer',
    weight: 2,
    about: 'vold i nære relationer',
    qualifier: 'udsat for vold',
    they: 'der er eller har været udsat for vold i en nær relation',
    you: 'der er eller har været udsat for vold i en nær relation',
    words: ['partnervold', 'psykisk vold', 'vold i hjemmet', 'kontrol og trusler'],
    targets: ['kvinder', 'boern', 'unge', 'maend', 'foraeldre'],
    activities: ['raadgivning', 'samtalegruppe', 'juridisk-raadgivning', 'psykologhjaelp', 'netvaerksgruppe'],
    related: ['ptsd-og-traumer', 'skilsmisse', 'angst'],
    own: ['foraeldre'],
  },
  {
    code: 'oekonomi-og-gaeld',
    weight: 3,
    about: 'økonomi og gæld',
    qualifier: 'med gæld',
    they: 'der har gæld eller svært ved at få pengene til at slå til',
    you: 'der har gæld eller svært ved at få pengene til at slå til',
    words: ['gæld', 'rykkere', 'inkasso', 'et stramt budget'],
    targets: ['voksne', 'unge', 'familier', 'foraeldre', 'studerende', 'socialt-udsatte'],
    activities: ['oekonomisk-raadgivning', 'raadgivning', 'kursus', 'juridisk-raadgivning', 'madhjaelp'],
    related: ['ledighed', 'stress', 'skilsmisse', 'ludomani'],
    own: ['foraeldre'],
  },
  {
    code: 'hjemloeshed',
    weight: 2,
    about: 'hjemløshed og bolig',
    qualifier: 'uden bolig',
    adjective: 'hjemløse',
    they: 'der står uden fast bolig',
    you: 'der står uden fast bolig',
    words: ['hjemløshed', 'sofasurfing', 'boligmangel', 'en udsættelse'],
    targets: ['socialt-udsatte', 'voksne', 'unge', 'maend'],
    activities: [
      'vaerested',
      'madhjaelp',
      'faellesspisning',
      'raadgivning',
      'mentorordning',
      'praktisk-hjaelp',
    ],
    related: ['alkohol', 'stoffer', 'psykisk-saarbarhed', 'oekonomi-og-gaeld'],
  },
  {
    code: 'ledighed',
    weight: 2,
    about: 'job og ledighed',
    qualifier: 'uden job',
    adjective: 'ledige',
    they: 'der er ledige eller på kontanthjælp',
    you: 'der er ledig eller på kontanthjælp',
    words: ['jobsøgning', 'arbejdsløshed', 'kontanthjælp', 'vejen tilbage til arbejdsmarkedet'],
    targets: ['voksne', 'unge', 'flygtninge-og-indvandrere', 'veteraner', 'indsatte-og-loesladte'],
    activities: ['mentorordning', 'kursus', 'netvaerksgruppe', 'raadgivning', 'frivilligt-arbejde'],
    related: ['oekonomi-og-gaeld', 'stress', 'lavt-selvvaerd', 'depression'],
  },
  {
    code: 'sprog-og-integration',
    weight: 2,
    about: 'dansk sprog og integration',
    qualifier: 'der vil blive bedre til dansk',
    group: 'Sprogcafé',
    groupActivities: ['netvaerksgruppe', 'kursus'],
    they: 'der vil blive bedre til dansk og finde sig til rette i Danmark',
    you: 'der vil blive bedre til dansk',
    words: ['dansk sprog', 'kulturforskelle', 'det danske samfund', 'foreningslivet'],
    targets: ['flygtninge-og-indvandrere', 'kvinder', 'familier', 'boern', 'unge'],
    activities: [
      'lektiehjaelp',
      'netvaerksgruppe',
      'mentorordning',
      'kursus',
      'faellesspisning',
      'frivilligt-arbejde',
    ],
    related: ['ensomhed', 'ledighed', 'ptsd-og-traumer'],
  },
  {
    code: 'mobning',
    weight: 1,
    about: 'mobning',
    qualifier: 'der bliver mobbet',
    they: 'der bliver mobbet eller holdt udenfor',
    you: 'der bliver mobbet eller holdt udenfor',
    words: ['mobning', 'digital mobning', 'drillerier', 'eksklusion fra fællesskabet'],
    targets: ['boern', 'unge', 'foraeldre'],
    activities: ['raadgivning', 'samtalegruppe', 'klub-og-fritid', 'kursus', 'mentorordning'],
    related: ['lavt-selvvaerd', 'ensomhed', 'skolevaegring', 'angst'],
  },
  {
    code: 'skilsmisse',
    weight: 2,
    about: 'skilsmisse og samlivsbrud',
    qualifier: 'i skilsmisse',
    group: 'Skilsmissegruppe',
    they: 'der står midt i en skilsmisse',
    you: 'der står midt i en skilsmisse',
    words: ['skilsmisse', 'samlivsbrud', 'delebørn', 'livet i to hjem'],
    targets: ['boern', 'foraeldre', 'voksne', 'unge', 'maend', 'kvinder'],
    activities: ['samtalegruppe', 'raadgivning', 'netvaerksgruppe', 'juridisk-raadgivning', 'kursus'],
    related: ['parforhold', 'oekonomi-og-gaeld', 'sorg'],
    own: ['foraeldre'],
  },
  {
    code: 'psykisk-saarbarhed',
    weight: 4,
    about: 'psykisk sårbarhed',
    qualifier: 'med psykiske vanskeligheder',
    adjective: 'psykisk sårbare',
    they: 'der er psykisk sårbare',
    you: 'der er psykisk sårbar',
    words: ['psykisk sygdom', 'skizofreni', 'bipolar lidelse', 'mistrivsel'],
    targets: ['voksne', 'unge', 'paaroerende', 'socialt-udsatte'],
    activities: [
      'vaerested',
      'netvaerksgruppe',
      'mentorordning',
      'kreative-aktiviteter',
      'samtalegruppe',
      'motion',
      'frivilligt-arbejde',
      'faellesspisning',
      'selvhjaelpsgruppe',
    ],
    related: ['angst', 'depression', 'ensomhed', 'ledighed'],
  },
  {
    code: 'ludomani',
    weight: 1,
    about: 'spilafhængighed',
    qualifier: 'med spilleproblemer',
    they: 'der har mistet kontrollen med spil',
    you: 'der har mistet kontrollen med spil',
    words: ['ludomani', 'online casino', 'sportsvæddemål', 'spillegæld'],
    targets: ['voksne', 'unge', 'maend', 'paaroerende'],
    activities: ['raadgivning', 'selvhjaelpsgruppe', 'psykologhjaelp', 'samtalegruppe'],
    related: ['oekonomi-og-gaeld', 'depression'],
  },
  {
    code: 'hjerneskade',
    weight: 1,
    about: 'livet efter en hjerneskade',
    qualifier: 'med erhvervet hjerneskade',
    they: 'der har fået en hjerneskade',
    you: 'der har fået en hjerneskade',
    words: ['erhvervet hjerneskade', 'blodprop i hjernen', 'hjerneblødning', 'hjernetræthed'],
    targets: ['voksne', 'paaroerende', 'aeldre', 'unge'],
    activities: ['netvaerksgruppe', 'motion', 'kursus', 'samtalegruppe', 'vaerested', 'raadgivning'],
    related: ['fysisk-handicap', 'depression', 'paaroerende-til-syg'],
  },
  {
    code: 'ocd',
    weight: 1,
    about: 'OCD',
    qualifier: 'med OCD',
    they: 'der har tvangstanker eller tvangshandlinger',
    you: 'der har tvangstanker eller tvangshandlinger',
    words: ['OCD', 'tvangstanker', 'tvangshandlinger', 'ritualer'],
    targets: ['unge', 'voksne', 'paaroerende', 'foraeldre'],
    activities: ['selvhjaelpsgruppe', 'samtalegruppe', 'kursus', 'psykologhjaelp'],
    related: ['angst', 'depression'],
  },
  {
    code: 'soevnproblemer',
    weight: 1,
    about: 'søvn',
    qualifier: 'med søvnproblemer',
    they: 'der sover dårligt',
    you: 'der sover dårligt',
    words: ['søvnløshed', 'uro om natten', 'træthed', 'dårlig søvn'],
    targets: ['voksne', 'aeldre', 'unge', 'studerende'],
    activities: ['kursus', 'gaagruppe', 'samtalegruppe', 'motion'],
    related: ['stress', 'depression', 'angst'],
  },
  {
    code: 'selvmordstanker',
    weight: 1,
    about: 'selvmordstanker',
    qualifier: 'med selvmordstanker',
    they: 'der har tanker om selvmord',
    you: 'der har tanker om selvmord',
    words: ['selvmordstanker', 'håbløshed', 'livstræthed', 'en akut krise'],
    targets: ['unge', 'voksne', 'paaroerende'],
    activities: ['raadgivning', 'samtalegruppe', 'psykologhjaelp'],
    related: ['depression', 'selvskade', 'sorg'],
  },
  {
    code: 'skolevaegring',
    weight: 1,
    about: 'skolefravær',
    qualifier: 'med skolefravær',
    they: 'der har svært ved at komme i skole',
    you: 'der har svært ved at komme i skole',
    words: ['ufrivilligt skolefravær', 'skolevægring', 'mistrivsel i skolen', 'ondt i maven om morgenen'],
    targets: ['boern', 'unge', 'foraeldre', 'familier'],
    activities: [
      'mentorordning',
      'samtalegruppe',
      'netvaerksgruppe',
      'raadgivning',
      'kursus',
      'lektiehjaelp',
    ],
    related: ['angst', 'mobning', 'adhd', 'autisme'],
  },
  {
    code: 'rygning',
    weight: 1,
    about: 'rygestop',
    qualifier: 'der vil stoppe med at ryge',
    group: 'Rygestophold',
    groupActivities: ['kursus', 'samtalegruppe'],
    they: 'der gerne vil stoppe med at ryge',
    you: 'der gerne vil stoppe med at ryge',
    words: ['rygestop', 'nikotin', 'snus', 'e-cigaretter'],
    targets: ['voksne', 'unge', 'gravide', 'aeldre'],
    activities: ['kursus', 'samtalegruppe', 'raadgivning'],
    related: ['kronisk-sygdom', 'stress'],
  },
  {
    code: 'seksuelle-overgreb',
    weight: 1,
    about: 'seksuelle overgreb',
    qualifier: 'udsat for seksuelle overgreb',
    they: 'der har været udsat for seksuelle overgreb',
    you: 'der har været udsat for seksuelle overgreb',
    words: ['seksuelle overgreb', 'krænkelser', 'incest', 'voldtægt'],
    targets: ['kvinder', 'unge', 'voksne', 'maend', 'boern'],
    activities: ['samtalegruppe', 'raadgivning', 'psykologhjaelp', 'selvhjaelpsgruppe'],
    related: ['ptsd-og-traumer', 'lavt-selvvaerd', 'angst'],
  },
  {
    code: 'lavt-selvvaerd',
    weight: 2,
    about: 'selvværd',
    qualifier: 'med lavt selvværd',
    they: 'der kæmper med selvværdet',
    you: 'der kæmper med selvværdet',
    words: ['selvværd', 'selvtillid', 'usikkerhed', 'præstationspres'],
    targets: ['unge', 'kvinder', 'boern', 'voksne', 'maend'],
    activities: [
      'kursus',
      'samtalegruppe',
      'mentorordning',
      'kreative-aktiviteter',
      'motion',
      'klub-og-fritid',
    ],
    related: ['ensomhed', 'angst', 'mobning'],
  },
  {
    code: 'ptsd-og-traumer',
    weight: 1,
    about: 'traumer og PTSD',
    qualifier: 'med PTSD',
    they: 'der har oplevet traumer',
    you: 'der har oplevet traumer',
    words: ['PTSD', 'traumer', 'krigsoplevelser', 'mareridt'],
    targets: ['veteraner', 'flygtninge-og-indvandrere', 'voksne', 'paaroerende'],
    activities: ['samtalegruppe', 'netvaerksgruppe', 'psykologhjaelp', 'motion', 'vaerested'],
    related: ['angst', 'depression', 'soevnproblemer'],
  },
  {
    code: 'kriminalitet',
    weight: 1,
    about: 'kriminalitet',
    qualifier: 'på vej ud af kriminalitet',
    they: 'der vil ud af kriminalitet',
    you: 'der vil ud af kriminalitet',
    words: ['kriminalitet', 'bandemiljøer', 'afsoning', 'en ny start'],
    targets: ['indsatte-og-loesladte', 'unge', 'maend'],
    activities: ['mentorordning', 'vaerested', 'netvaerksgruppe', 'raadgivning', 'frivilligt-arbejde'],
    related: ['stoffer', 'ledighed'],
    implied: ['indsatte-og-loesladte'],
  },
  {
    code: 'misbrug-i-familien',
    weight: 1,
    about: 'misbrug i familien',
    qualifier: 'fra familier med misbrug',
    they: 'der er vokset op med misbrug i familien',
    you: 'der er vokset op med misbrug i familien',
    words: ['forældres drikkeri', 'alkohol i familien', 'hemmeligheder derhjemme', 'utryghed'],
    targets: ['boern', 'unge', 'voksne', 'paaroerende'],
    activities: ['samtalegruppe', 'psykologhjaelp', 'ferie-og-lejr', 'raadgivning', 'netvaerksgruppe'],
    related: ['alkohol', 'stoffer', 'angst'],
    implied: ['paaroerende'],
  },
  {
    code: 'parforhold',
    weight: 1,
    about: 'parforhold',
    qualifier: 'med problemer i parforholdet',
    they: 'der har det svært i parforholdet',
    you: 'der har det svært i parforholdet',
    words: ['parforholdet', 'konflikter', 'kommunikation', 'samlivsproblemer'],
    targets: ['voksne', 'foraeldre', 'unge'],
    activities: ['raadgivning', 'kursus', 'samtalegruppe', 'psykologhjaelp'],
    related: ['skilsmisse', 'stress'],
    own: ['foraeldre'],
  },
  {
    code: 'koensidentitet-og-seksualitet',
    weight: 1,
    about: 'kønsidentitet og seksualitet',
    qualifier: 'i tvivl om køn eller seksualitet',
    they: 'der er i tvivl om køn eller seksualitet',
    you: 'der er i tvivl om køn eller seksualitet',
    words: ['kønsidentitet', 'seksualitet', 'at springe ud', 'transkønnethed'],
    targets: ['lgbt', 'unge', 'paaroerende', 'foraeldre'],
    activities: ['netvaerksgruppe', 'raadgivning', 'klub-og-fritid', 'samtalegruppe', 'faellesspisning'],
    related: ['ensomhed', 'lavt-selvvaerd', 'mobning'],
    implied: ['lgbt'],
  },
  {
    code: 'syns-og-hoerehandicap',
    weight: 1,
    about: 'syns- og hørehandicap',
    qualifier: 'med syns- eller høretab',
    they: 'der ser eller hører dårligt',
    you: 'der ser eller hører dårligt',
    words: ['høretab', 'svagsyn', 'blindhed', 'høreapparater'],
    targets: ['aeldre', 'voksne', 'boern', 'mennesker-med-handicap'],
    activities: ['netvaerksgruppe', 'kursus', 'motion', 'raadgivning', 'besoegsven', 'praktisk-hjaelp'],
    related: ['ensomhed', 'fysisk-handicap'],
    implied: ['mennesker-med-handicap'],
  },
  {
    code: 'ordblindhed',
    weight: 1,
    about: 'ordblindhed',
    qualifier: 'med ordblindhed',
    adjective: 'ordblinde',
    they: 'der er ordblinde',
    you: 'der er ordblind',
    words: ['ordblindhed', 'dysleksi', 'læsevanskeligheder', 'it-hjælpemidler'],
    targets: ['boern', 'unge', 'voksne', 'foraeldre', 'studerende'],
    activities: ['lektiehjaelp', 'kursus', 'netvaerksgruppe', 'mentorordning', 'raadgivning'],
    related: ['lavt-selvvaerd', 'adhd', 'skolevaegring'],
  },
];

export const TARGET_GROUPS: TargetPhrases[] = [
  {
    code: 'boern',
    plural: ['børn'],
    ages: [
      [6, 12],
      [7, 12],
      [6, 10],
      [8, 12],
    ],
    age: true,
  },
  {
    code: 'unge',
    plural: ['unge'],
    ages: [
      [13, 29],
      [15, 25],
      [13, 17],
      [18, 29],
      [16, 24],
      [15, 29],
    ],
    age: true,
  },
  {
    code: 'voksne',
    plural: ['voksne'],
    ages: [
      [18, null],
      [18, 64],
      [25, 64],
      [30, 64],
    ],
    age: true,
  },
  {
    code: 'aeldre',
    plural: ['ældre'],
    ages: [
      [65, null],
      [60, null],
      [67, null],
    ],
    age: true,
  },
  { code: 'familier', plural: ['familier', 'børnefamilier'], ages: [[null, null]] },
  {
    code: 'paaroerende',
    plural: ['pårørende'],
    ages: [
      [null, null],
      [18, null],
    ],
    combine: '{age} pårørende',
    combinesWith: ['unge', 'voksne', 'aeldre'],
    relation: { title: 'til mennesker', clause: 'der er pårørende til en' },
  },
  {
    code: 'flygtninge-og-indvandrere',
    plural: ['nydanskere', 'flygtninge og indvandrere', 'flygtninge'],
    ages: [[null, null]],
    combine: '{age} nydanskere',
    combinesWith: ['unge', 'voksne', 'aeldre'],
  },
  {
    code: 'lgbt',
    plural: ['LGBT+-personer'],
    ages: [[null, null]],
    combine: '{age} LGBT+-personer',
    combinesWith: ['unge', 'aeldre'],
  },
  {
    code: 'maend',
    plural: ['mænd'],
    ages: [[18, null]],
    combine: '{age} mænd',
    combinesWith: ['unge', 'voksne', 'aeldre'],
  },
  {
    code: 'kvinder',
    plural: ['kvinder'],
    ages: [[18, null]],
    combine: '{age} kvinder',
    combinesWith: ['unge', 'voksne', 'aeldre'],
  },
  {
    code: 'foraeldre',
    plural: ['forældre'],
    ages: [
      [null, null],
      [18, null],
    ],
    combine: '{age} forældre',
    combinesWith: ['unge'],
    relation: { title: 'til børn', clause: 'der har et barn', ageless: true },
  },
  {
    code: 'studerende',
    plural: ['studerende'],
    ages: [
      [18, 30],
      [18, 35],
    ],
    age: true,
  },
  {
    code: 'veteraner',
    plural: ['veteraner'],
    ages: [
      [20, null],
      [18, null],
    ],
  },
  {
    code: 'mennesker-med-handicap',
    plural: ['mennesker med handicap', 'borgere med handicap'],
    ages: [[null, null]],
    combine: '{age} med handicap',
    combinesWith: ['boern', 'unge', 'voksne', 'aeldre'],
  },
  {
    code: 'efterladte',
    plural: ['efterladte'],
    ages: [[null, null]],
    combine: '{age} efterladte',
    combinesWith: ['unge', 'voksne', 'aeldre'],
  },
  {
    code: 'enlige',
    plural: ['enlige'],
    ages: [
      [null, null],
      [18, null],
    ],
    combine: 'enlige {age}',
    combinesWith: ['voksne', 'aeldre'],
  },
  {
    code: 'socialt-udsatte',
    plural: ['socialt udsatte'],
    ages: [
      [18, null],
      [null, null],
    ],
    combine: 'socialt udsatte {age}',
    combinesWith: ['unge', 'voksne', 'aeldre'],
  },
  {
    code: 'gravide',
    plural: ['gravide'],
    ages: [
      [null, null],
      [16, null],
    ],
    combine: '{age} gravide',
    combinesWith: ['unge'],
  },
  {
    code: 'indsatte-og-loesladte',
    plural: ['indsatte og løsladte', 'løsladte'],
    ages: [
      [18, null],
      [15, null],
    ],
  },
];

const GROUP_SENTENCES = [
  'Vi mødes i en lille gruppe på {n} deltagere sammen med en erfaren frivillig gruppeleder.',
  'I gruppen deler vi erfaringer og giver hinanden konkrete redskaber til hverdagen.',
  'Vi taler om det, der fylder – fx {w} – og du bestemmer selv, hvor meget du vil fortælle.',
  'Gruppen er lukket, så det er de samme deltagere fra gang til gang, og det skaber tryghed.',
];

const ADVICE_SENTENCES = [
  'Du får en fortrolig samtale med en rådgiver, der har god erfaring med {w}.',
  'Sammen finder vi ud af, hvad der kan hjælpe dig videre, og hvem der ellers kan støtte dig.',
  'Rådgiverne har tavshedspligt, og du bestemmer selv, hvad du vil tale om.',
  'Du kan få én samtale eller et kort forløb med op til {n} samtaler.',
];

export const ACTIVITIES: ActivityPhrases[] = [
  {
    code: 'samtalegruppe',
    heads: ['Samtalegruppe', 'Støttegruppe', 'Gruppeforløb', 'Snakkegruppe'],
    preposition: 'for',
    schedule: 'group',
    what: GROUP_SENTENCES,
    companions: ['selvhjaelpsgruppe', 'netvaerksgruppe'],
    contactTitles: ['Gruppeleder', 'Frivillig gruppeleder', 'Koordinator'],
  },
  {
    code: 'raadgivning',
    heads: ['Rådgivning', 'Rådgivning og vejledning', 'Personlig rådgivning', 'Gratis rådgivning'],
    preposition: 'for',
    topical: true,
    schedule: 'advice',
    what: ADVICE_SENTENCES,
    companions: ['telefonraadgivning', 'psykologhjaelp'],
    contactTitles: ['Rådgiver', 'Socialrådgiver', 'Frivillig rådgiver'],
  },
  {
    code: 'mentorordning',
    heads: ['Mentorordning', 'Frivillig mentor', 'Mentorforløb'],
    preposition: 'for',
    schedule: 'appointment',
    what: [
      'Du bliver matchet med en frivillig mentor, som du mødes med cirka hver anden uge i et halvt år.',
      'Mentoren er en voksen med livserfaring, der lytter, støtter og hjælper med at sætte mål.',
      'I aftaler selv, hvad I laver – det kan være en gåtur, en kop kaffe eller en snak om {w}.',
    ],
    companions: ['raadgivning'],
    contactTitles: ['Mentorkoordinator', 'Projektleder', 'Frivilligkoordinator'],
  },
  {
    code: 'lektiehjaelp',
    heads: ['Lektiehjælp', 'Lektiecafé', 'Lektiehjælp og skolestøtte'],
    preposition: 'for',
    targets: ['boern', 'unge', 'flygtninge-og-indvandrere', 'studerende'],
    schedule: 'homework',
    what: [
      'Frivillige hjælper med lektier i alle fag – dansk, matematik, engelsk og projektopgaver.',
      'Der er frugt og saftevand, og du kan komme og gå, som det passer dig.',
      'Vi har frivillige med lærer- og studiebaggrund, og der er altid en voksen at spørge.',
    ],
    companions: ['mentorordning'],
    contactTitles: ['Frivilligkoordinator', 'Tovholder', 'Lektiecafé-ansvarlig'],
  },
  {
    code: 'besoegsven',
    heads: ['Besøgsven', 'Besøgsvenner', 'Besøgstjeneste'],
    preposition: 'til',
    targets: [
      'aeldre',
      'enlige',
      'mennesker-med-handicap',
      'voksne',
      'socialt-udsatte',
      'efterladte',
      'paaroerende',
    ],
    schedule: 'appointment',
    what: [
      'En frivillig besøgsven kommer på besøg cirka en gang om ugen til en kop kaffe og en snak.',
      'I finder selv ud af, hvad I vil lave sammen – en gåtur, et spil kort eller en tur i byen.',
      'Vi matcher dig med en besøgsven, der passer til dig og dine interesser.',
    ],
    companions: ['praktisk-hjaelp'],
    contactTitles: ['Besøgskoordinator', 'Frivilligkoordinator', 'Koordinator'],
  },
  {
    code: 'motion',
    heads: ['Motionshold', 'Træningshold', 'Motion og bevægelse', 'Holdtræning'],
    preposition: 'for',
    schedule: 'exercise',
    what: [
      'Vi træner sammen i et roligt tempo, så alle kan være med uanset form.',
      'Holdet ledes af en uddannet instruktør, og vi slutter altid af med en kop kaffe.',
      'Bevægelse gør godt for både krop og humør – også når {w} fylder.',
    ],
    companions: ['gaagruppe'],
    paid: { chance: 0.35, amounts: [100, 150, 200, 300], text: 'Kontingent {a} kr. om året' },
    contactTitles: ['Instruktør', 'Træner', 'Tovholder'],
  },
  {
    code: 'faellesspisning',
    heads: ['Fællesspisning', 'Spisefællesskab', 'Madklub', 'Fællesmiddag'],
    preposition: 'for',
    schedule: 'meal',
    what: [
      'Vi laver mad sammen og spiser ved et langt bord, hvor der altid er plads til en mere.',
      'Maden er hjemmelavet, og du kan hjælpe i køkkenet eller bare komme og spise med.',
      'Det er et uformelt fællesskab, hvor man lærer nye mennesker at kende over et godt måltid.',
    ],
    companions: ['netvaerksgruppe', 'vaerested'],
    paid: { chance: 0.5, amounts: [25, 30, 35, 40, 50], text: 'Maden koster {a} kr. pr. gang' },
    contactTitles: ['Køkkenansvarlig', 'Tovholder', 'Frivilligkoordinator'],
  },
  {
    code: 'netvaerksgruppe',
    heads: ['Netværksgruppe', 'Netværk', 'Fællesskab', 'Netværkscafé'],
    preposition: 'for',
    schedule: 'group',
    what: [
      'Netværket mødes fast, og nye er altid velkomne – også hvis du bare vil lytte med første gang.',
      'Vi deler erfaringer om {w} og finder på ting sammen, fx ture, foredrag og hyggeaftener.',
      'Mange deltagere fortæller, at det hjælper at møde andre, der forstår, hvordan det er.',
    ],
    companions: ['faellesspisning', 'samtalegruppe'],
    contactTitles: ['Tovholder', 'Netværkskoordinator', 'Frivillig'],
  },
  {
    code: 'telefonraadgivning',
    heads: ['Telefonrådgivning', 'Telefonlinje', 'Rådgivningslinje', 'Hotline'],
    preposition: 'for',
    topical: true,
    schedule: 'line',
    what: [
      'Du kan ringe og tale med en uddannet frivillig rådgiver, der har tid til at lytte.',
      'Samtalen er fortrolig, og du behøver ikke sige, hvem du er.',
      'Mange ringer om {w}, men du er velkommen til at ringe om alt, der fylder.',
    ],
    companions: ['chatraadgivning', 'raadgivning'],
    contactTitles: ['Linjeleder', 'Frivilligkoordinator', 'Rådgiver'],
  },
  {
    code: 'selvhjaelpsgruppe',
    heads: ['Selvhjælpsgruppe', 'Gruppe for ligesindede', 'Peer-gruppe'],
    preposition: 'for',
    schedule: 'group',
    what: [
      'I en selvhjælpsgruppe mødes ligesindede og hjælper hinanden med egne erfaringer.',
      'Gruppen styres af deltagerne selv med støtte fra en frivillig igangsætter.',
      'Vi taler om {w} og om det, der virker for os i hverdagen.',
    ],
    companions: ['samtalegruppe'],
    contactTitles: ['Igangsætter', 'Frivilligkoordinator', 'Tovholder'],
  },
  {
    code: 'kreative-aktiviteter',
    heads: ['Kreativt værksted', 'Kreativ café', 'Malehold', 'Musikværksted'],
    preposition: 'for',
    schedule: 'group',
    what: [
      'Vi maler, tegner, syr og spiller musik – du behøver ingen erfaring for at være med.',
      'Det kreative giver ro i hovedet og et frirum fra {w}.',
      'Materialer er til stede, og der er altid en frivillig, der kan hjælpe i gang.',
    ],
    companions: ['netvaerksgruppe'],
    paid: { chance: 0.2, amounts: [50, 100, 200], text: 'Materialer {a} kr. pr. sæson' },
    contactTitles: ['Værkstedsleder', 'Tovholder', 'Kunstterapeut'],
  },
  {
    code: 'ferie-og-lejr',
    heads: ['Sommerlejr', 'Ferielejr', 'Ferieophold', 'Lejrtur'],
    preposition: 'for',
    targets: ['boern', 'unge', 'familier', 'mennesker-med-handicap', 'socialt-udsatte', 'paaroerende'],
    schedule: 'camp',
    what: [
      'Vi tager på tur med overnatning, og der er både aktiviteter, leg og tid til ro.',
      'Turen ledes af erfarne frivillige, og der er tid til at tale om {w}, hvis man har lyst.',
      'Transport, mad og overnatning er ordnet, så du skal bare pakke en taske.',
    ],
    companions: ['klub-og-fritid'],
    paid: {
      chance: 0.6,
      amounts: [300, 500, 750, 1200, 1500],
      text: 'Egenbetaling {a} kr. for hele opholdet',
    },
    contactTitles: ['Lejrleder', 'Koordinator', 'Projektleder'],
  },
  {
    code: 'chatraadgivning',
    heads: ['Chatrådgivning', 'Anonym chat', 'Online rådgivning', 'Chat'],
    preposition: 'for',
    topical: true,
    schedule: 'chat',
    what: [
      'I chatten skriver du med en uddannet frivillig rådgiver – helt anonymt.',
      'Du kan skrive om {w} eller om alt andet, der fylder, og få svar med det samme.',
      'Chatten er et godt sted at starte, hvis det er svært at sige tingene højt.',
    ],
    companions: ['telefonraadgivning'],
    contactTitles: ['Chatkoordinator', 'Frivilligkoordinator', 'Rådgiver'],
  },
  {
    code: 'gaagruppe',
    heads: ['Gå-gruppe', 'Gåklub', 'Walk and talk', 'Gåtur'],
    preposition: 'for',
    schedule: 'exercise',
    what: [
      'Vi går en tur på 3-5 km i roligt tempo og snakker undervejs.',
      'Det er nemmere at tale om {w}, når man går side om side.',
      'Turen slutter med en kop kaffe, og alle kan være med uanset form.',
    ],
    companions: ['motion', 'netvaerksgruppe'],
    contactTitles: ['Turleder', 'Tovholder', 'Frivillig'],
  },
  {
    code: 'kursus',
    heads: ['Kursus', 'Kursusforløb', 'Workshop', 'Foredragsrække'],
    preposition: 'for',
    topical: true,
    schedule: 'course',
    what: [
      'Forløbet består af {n} mødegange, hvor du lærer konkrete redskaber, du kan bruge i hverdagen.',
      'Undervisningen veksler mellem oplæg, øvelser og samtale i mindre grupper.',
      'Kurset tager udgangspunkt i den nyeste viden om {w}.',
    ],
    companions: ['samtalegruppe'],
    paid: { chance: 0.3, amounts: [100, 250, 400, 600], text: 'Deltagerbetaling {a} kr. for hele forløbet' },
    contactTitles: ['Underviser', 'Kursusleder', 'Sundhedskonsulent'],
  },
  {
    code: 'juridisk-raadgivning',
    heads: ['Gratis retshjælp', 'Juridisk rådgivning', 'Advokatvagt'],
    preposition: 'for',
    topical: true,
    schedule: 'advice',
    what: [
      'Frivillige jurister og advokater giver gratis, fortrolig rådgivning.',
      'Du kan få hjælp til at forstå breve fra myndigheder, kontrakter og dine rettigheder.',
      'Tag gerne relevante papirer med, så vi bedre kan hjælpe dig med {w}.',
    ],
    companions: ['oekonomisk-raadgivning', 'raadgivning'],
    contactTitles: ['Jurist', 'Advokat', 'Koordinator'],
  },
  {
    code: 'oekonomisk-raadgivning',
    heads: ['Gældsrådgivning', 'Økonomisk rådgivning', 'Budgethjælp', 'Økonomisk førstehjælp'],
    preposition: 'for',
    topical: true,
    schedule: 'advice',
    what: [
      'Vi hjælper dig med at få overblik over økonomien og lægge et realistisk budget.',
      'Rådgiverne kan også hjælpe med at kontakte kreditorer og søge om afdragsordninger.',
      'Tag gerne dine seneste rykkere, lønsedler og kontoudtog med til første samtale.',
    ],
    companions: ['juridisk-raadgivning'],
    contactTitles: ['Gældsrådgiver', 'Økonomisk rådgiver', 'Koordinator'],
  },
  {
    code: 'psykologhjaelp',
    heads: ['Psykologhjælp', 'Samtaleforløb med psykolog', 'Psykologsamtaler', 'Gratis psykologhjælp'],
    preposition: 'for',
    schedule: 'appointment',
    what: [
      'Du får et forløb på op til {n} samtaler med en autoriseret psykolog.',
      'Samtalerne tager udgangspunkt i det, der er svært for dig lige nu – fx {w}.',
      'Der kan være ventetid, så skriv dig gerne op i god tid.',
    ],
    companions: ['samtalegruppe'],
    contactTitles: ['Psykolog', 'Autoriseret psykolog', 'Visitator'],
  },
  {
    code: 'madhjaelp',
    heads: ['Madhjælp', 'Madudlevering', 'Gratis madkasser', 'Madbank'],
    preposition: 'for',
    targets: ['socialt-udsatte', 'familier', 'enlige', 'flygtninge-og-indvandrere', 'studerende', 'voksne'],
    schedule: 'food',
    what: [
      'Vi deler overskudsmad ud fra lokale butikker og bagerier.',
      'Du skal ikke dokumentere noget – kom forbi, så finder vi en pose til dig.',
      'Der er ofte frisk frugt, grønt, brød og mejeriprodukter.',
    ],
    companions: ['faellesspisning'],
    contactTitles: ['Tovholder', 'Frivilligkoordinator', 'Leder'],
  },
  {
    code: 'vaerested',
    heads: ['Værested', 'Åbent hus', 'Café', 'Mødested'],
    preposition: 'for',
    schedule: 'open',
    what: [
      'Her kan du komme forbi, få en kop kaffe og et måltid mad og tale med andre.',
      'Der er altid en medarbejder eller frivillig til stede, som du kan tale med om {w}.',
      'Vi spiller kort, læser avis, laver mad og tager af og til på ture sammen.',
    ],
    companions: ['faellesspisning', 'kreative-aktiviteter'],
    contactTitles: ['Leder', 'Pædagog', 'Medarbejder'],
  },
  {
    code: 'klub-og-fritid',
    heads: ['Klub', 'Fritidsklub', 'Ungdomsklub', 'Fritidstilbud'],
    preposition: 'for',
    targets: ['boern', 'unge', 'mennesker-med-handicap', 'lgbt'],
    schedule: 'club',
    what: [
      'I klubben kan du spille, lave mad, gå til musik eller bare hænge ud med andre.',
      'Der er voksne til stede, som har tid til en snak om {w}, hvis du har brug for det.',
      'Vi tager på ture og laver arrangementer i løbet af året.',
    ],
    companions: ['kreative-aktiviteter', 'ferie-og-lejr'],
    paid: { chance: 0.2, amounts: [100, 150, 300], text: 'Kontingent {a} kr. pr. halvår' },
    contactTitles: ['Klubleder', 'Pædagog', 'Ungdomsmedarbejder'],
  },
  {
    code: 'praktisk-hjaelp',
    heads: ['Praktisk hjælp', 'Indkøbshjælp', 'Handyhjælp', 'Hjælp i hverdagen'],
    preposition: 'til',
    targets: [
      'aeldre',
      'mennesker-med-handicap',
      'enlige',
      'familier',
      'paaroerende',
      'voksne',
      'socialt-udsatte',
    ],
    schedule: 'appointment',
    what: [
      'Frivillige hjælper med små praktiske opgaver som indkøb, havearbejde og at skifte en pære.',
      'Hjælpen er et supplement til kommunens hjemmehjælp, ikke en erstatning.',
      'Ring til os, så finder vi en frivillig, der har tid.',
    ],
    companions: ['besoegsven'],
    contactTitles: ['Frivilligkoordinator', 'Koordinator', 'Tovholder'],
  },
  {
    code: 'frivilligt-arbejde',
    heads: ['Frivilligjob', 'Frivilligt fællesskab', 'Frivilliggruppe'],
    preposition: 'for',
    schedule: 'appointment',
    what: [
      'Som frivillig får du et fællesskab, nye kompetencer og en meningsfuld hverdag.',
      'Vi finder en opgave, der passer til dig – i caféen, i køkkenet eller ved arrangementer.',
      'Det er helt i orden at starte med få timer om ugen.',
    ],
    companions: ['netvaerksgruppe'],
    contactTitles: ['Frivilligkoordinator', 'Frivilligkonsulent', 'Koordinator'],
  },
];

/** Activities a telephone or an online offer may have besides the line or the chat itself. */
export const REMOTE_ACTIVITIES: Record<'phone' | 'online', string[]> = {
  phone: ['raadgivning', 'oekonomisk-raadgivning', 'juridisk-raadgivning', 'psykologhjaelp'],
  online: ['raadgivning', 'psykologhjaelp', 'kursus', 'samtalegruppe', 'netvaerksgruppe'],
};

/** Sentences about the challenge itself; {w} and {v} are two of its words, {about} its topic. */
export const CHALLENGE_SENTENCES = [
  'Det kan handle om {w}, {v} eller noget helt tredje.',
  'Mange oplever, at {w} fylder meget i hverdagen – her er der plads til at tale om det.',
  'Du behøver ikke have en diagnose for at være med; det er nok, at du kan genkende dig selv i beskrivelsen.',
  'Vi ved, at {about} kan være svært at tale om, og at det kan være en stor hjælp at møde andre.',
  'Erfaringen viser, at det hjælper at dele tanker om {w} med nogen, der har prøvet det samme.',
];

export const FIRST_NAMES = (
  'Mette Anne Hanne Susanne Lene Marianne Camilla Louise Charlotte Maria Pia Tina Helle Julie Sofie ' +
  'Ida Emma Karen Birgitte Signe Lars Jens Peter Michael Henrik Søren Thomas Jesper Martin Anders ' +
  'Morten Rasmus Mads Niels Jakob Christian Ole Frederik Mikkel Kasper Fatima Ahmed Amina Omar ' +
  'Yasmin Olena Ayşe Hodan'
).split(' ');

export const LAST_NAMES = (
  'Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen ' +
  'Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen ' +
  'Mikkelsen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen ' +
  'Svendsen Andreasen Iversen Østergaard Jeppesen Vestergaard Nissen Lauridsen Kjær Jessen Mogensen ' +
  'Skov Bach Dam Hussein Ali Yilmaz'
).split(' ');

export const STREETS = (
  'Klostergade, Vestergade, Søndergade, Nørregade, Østergade, Skolegade, Kirkegade, Jernbanegade, ' +
  'Stationsvej, Skovvej, Møllevej, Bygaden, Hovedgaden, Engvej, Toftevej, Parkvej, Kildevej, ' +
  'Bakkevej, Rosenvej, Birkevej, Ahornvej, Lindevej, Solvej, Strandvejen, Ringvejen, Industrivej, ' +
  'Grønnegade, Algade, Torvegade, Frederiks Allé, Park Allé, Hans Broges Gade, Jægergårdsgade, ' +
  'Ryesgade, Borgergade, Sønder Allé, Vesterbrogade, Nørre Allé, Skanderborgvej, Randersvej, ' +
  'Viborgvej, Silkeborgvej, Grenåvej, Holmevej, Tingvej, Præstegårdsvej, Bredgade, Vænget'
).split(', ');

/** Where offers take place, {place} being the part of town. */
export const VENUES = [
  'Medborgerhuset {place}',
  'Biblioteket i {place}',
  'Sognegården i {place}',
  'Kulturhuset {place}',
  'Lokalcenter {place}',
  'Beboerhuset {place}',
  'Foreningshuset {place}',
  'Aktivitetscentret {place}',
  'Fritidscentret {place}',
  'Sundhedshuset {place}',
];

export const ACCESSIBILITY = [
  'Niveaufri adgang og handicaptoilet.',
  'Der er elevator og handicaptoilet.',
  'Lokalet ligger på 1. sal uden elevator.',
  'Adgang for kørestole via rampe ved bagindgangen.',
  'Teleslynge i mødelokalet.',
];

export const TRANSPORTATION = [
  'Bussen stopper lige uden for døren.',
  'Gratis parkering ved huset.',
  'Fem minutters gang fra stationen.',
  'Cykelparkering ved indgangen.',
  'Der er gode busforbindelser fra centrum.',
];
