/**
 * The default Danish vocabularies every tenant starts with. Frozen with the migration that seeds
 * them: later changes to a tenant's terms are data, made by its editors, not edits of this file.
 */
export type VocabularyCode = 'challenge' | 'target_group' | 'activity' | 'age_group' | 'district';

export interface TermSeed {
  /** Stable, URL-safe key (lower case a-z, 0-9, '-'), unique within its vocabulary, e.g. `ensomhed`. */
  code: string;
  /** Danish display name, e.g. `Ensomhed`. */
  name: string;
  /** Danish words a citizen might type instead, e.g. `alene`, `ingen venner`. Lower case. */
  synonyms: string[];
  /** Age groups only: the inclusive age range the term covers (maxAge null = no upper bound). */
  minAge?: number;
  maxAge?: number | null;
  /** Districts only: the four-digit postcodes the district covers. */
  postcodes?: string[];
}

export interface VocabularySeed {
  code: VocabularyCode;
  name: string;
  description: string;
  terms: TermSeed[];
}

export const DEFAULT_VOCABULARIES: VocabularySeed[] = [
  {
    code: 'challenge',
    name: 'Udfordring',
    description: 'Det, tilbuddet hjælper med: den udfordring eller livssituation, borgeren står i.',
    terms: [
      {
        code: 'ensomhed',
        name: 'Ensomhed',
        synonyms: ['alene', 'ensom', 'ingen venner', 'isolation', 'social isolation'],
      },
      {
        code: 'angst',
        name: 'Angst',
        synonyms: ['bekymring', 'panikangst', 'nervøs', 'angstanfald', 'social angst'],
      },
      {
        code: 'depression',
        name: 'Depression',
        synonyms: ['deprimeret', 'nedtrykt', 'tristhed', 'ked af det'],
      },
      {
        code: 'stress',
        name: 'Stress',
        synonyms: ['stresset', 'udbrændt', 'udbrændthed', 'presset', 'overbelastet'],
      },
      { code: 'sorg', name: 'Sorg', synonyms: ['dødsfald', 'tab', 'mistet', 'savn', 'tab af nærtstående'] },
      { code: 'overvaegt', name: 'Overvægt', synonyms: ['vægttab', 'fedme', 'slankekur', 'tabe sig'] },
      {
        code: 'alkohol',
        name: 'Alkohol',
        synonyms: ['alkoholmisbrug', 'alkoholisme', 'druk', 'drikker for meget'],
      },
      {
        code: 'stoffer',
        name: 'Stoffer',
        synonyms: ['stofmisbrug', 'narko', 'hash', 'kokain', 'euforiserende stoffer'],
      },
      {
        code: 'spiseforstyrrelse',
        name: 'Spiseforstyrrelse',
        synonyms: ['anoreksi', 'bulimi', 'tvangsoverspisning', 'overspisning', 'spiseforstyrrelser'],
      },
      {
        code: 'selvskade',
        name: 'Selvskade',
        synonyms: ['cutting', 'skærer i sig selv', 'selvskadende adfærd'],
      },
      {
        code: 'demens',
        name: 'Demens',
        synonyms: ['alzheimer', 'glemsomhed', 'hukommelsestab', 'demenssygdom'],
      },
      {
        code: 'adhd',
        name: 'ADHD',
        synonyms: ['add', 'opmærksomhedsforstyrrelse', 'koncentrationsbesvær', 'hyperaktivitet'],
      },
      { code: 'autisme', name: 'Autisme', synonyms: ['asperger', 'autist', 'autismespektrumforstyrrelse'] },
      {
        code: 'fysisk-handicap',
        name: 'Fysisk handicap',
        synonyms: ['kørestol', 'bevægelseshandicap', 'fysisk funktionsnedsættelse', 'handicappet'],
      },
      {
        code: 'kronisk-sygdom',
        name: 'Kronisk sygdom',
        synonyms: ['diabetes', 'sukkersyge', 'gigt', 'kols', 'hjertesygdom', 'sklerose'],
      },
      { code: 'kraeft', name: 'Kræft', synonyms: ['cancer', 'kræftsygdom', 'tumor', 'kemoterapi'] },
      {
        code: 'paaroerende-til-syg',
        name: 'Pårørende til syg',
        synonyms: ['pårørende', 'syg forælder', 'syg ægtefælle', 'syg i familien'],
      },
      {
        code: 'vold-i-naere-relationer',
        name: 'Vold i nære relationer',
        synonyms: ['vold', 'partnervold', 'vold i hjemmet', 'psykisk vold', 'voldelig kæreste'],
      },
      {
        code: 'oekonomi-og-gaeld',
        name: 'Økonomi og gæld',
        synonyms: ['gæld', 'penge', 'økonomiske problemer', 'budget', 'inkasso', 'rykkere'],
      },
      {
        code: 'hjemloeshed',
        name: 'Hjemløshed',
        synonyms: ['hjemløs', 'uden bolig', 'sofasurfer', 'sover på gaden'],
      },
      {
        code: 'ledighed',
        name: 'Ledighed',
        synonyms: ['arbejdsløs', 'arbejdsløshed', 'uden job', 'jobsøgning', 'kontanthjælp'],
      },
      {
        code: 'sprog-og-integration',
        name: 'Sprog og integration',
        synonyms: ['lære dansk', 'danskundervisning', 'integration', 'nydansker', 'kulturforskelle'],
      },
      {
        code: 'mobning',
        name: 'Mobning',
        synonyms: ['mobbet', 'drillet', 'udelukket', 'digital mobning', 'chikane'],
      },
      {
        code: 'skilsmisse',
        name: 'Skilsmisse',
        synonyms: ['samlivsophør', 'brud', 'separation', 'skilsmissebørn', 'delebørn'],
      },
      {
        code: 'psykisk-saarbarhed',
        name: 'Psykisk sårbarhed',
        synonyms: ['psykisk sygdom', 'psykiske problemer', 'mistrivsel', 'sårbar', 'skizofreni', 'bipolar'],
      },
      {
        code: 'ludomani',
        name: 'Ludomani',
        synonyms: ['spilafhængighed', 'ludoman', 'gambling', 'spilleproblemer'],
      },
      {
        code: 'hjerneskade',
        name: 'Hjerneskade',
        synonyms: [
          'erhvervet hjerneskade',
          'blodprop i hjernen',
          'hjerneblødning',
          'apopleksi',
          'hovedtraume',
        ],
      },
      { code: 'ocd', name: 'OCD', synonyms: ['tvangstanker', 'tvangshandlinger', 'tvangslidelse'] },
      {
        code: 'soevnproblemer',
        name: 'Søvnproblemer',
        synonyms: ['søvnløshed', 'insomni', 'kan ikke sove', 'dårlig søvn'],
      },
      {
        code: 'selvmordstanker',
        name: 'Selvmordstanker',
        synonyms: ['selvmord', 'selvmordsforsøg', 'vil ikke leve', 'livstræt'],
      },
      {
        code: 'skolevaegring',
        name: 'Skolevægring',
        synonyms: ['skolefravær', 'ufrivilligt skolefravær', 'vil ikke i skole', 'fravær'],
      },
      {
        code: 'rygning',
        name: 'Rygning',
        synonyms: ['rygestop', 'cigaretter', 'nikotin', 'snus', 'e-cigaret'],
      },
      {
        code: 'seksuelle-overgreb',
        name: 'Seksuelle overgreb',
        synonyms: ['voldtægt', 'incest', 'seksuelt misbrug', 'krænkelser', 'misbrugt som barn'],
      },
      {
        code: 'lavt-selvvaerd',
        name: 'Lavt selvværd',
        synonyms: ['selvværd', 'selvtillid', 'usikkerhed', 'dårligt selvbillede'],
      },
      {
        code: 'ptsd-og-traumer',
        name: 'PTSD og traumer',
        synonyms: ['ptsd', 'traume', 'posttraumatisk stress', 'krigstraume', 'chok'],
      },
      {
        code: 'kriminalitet',
        name: 'Kriminalitet',
        synonyms: ['fængsel', 'afsoning', 'løsladt', 'straffet', 'bande'],
      },
      {
        code: 'misbrug-i-familien',
        name: 'Misbrug i familien',
        synonyms: ['forældres misbrug', 'alkoholiker i familien', 'druk i familien', 'barn af alkoholiker'],
      },
      {
        code: 'parforhold',
        name: 'Parforhold',
        synonyms: ['parterapi', 'samlivsproblemer', 'kæresteproblemer', 'parforholdsproblemer'],
      },
      {
        code: 'koensidentitet-og-seksualitet',
        name: 'Kønsidentitet og seksualitet',
        synonyms: ['kønsidentitet', 'transkønnet', 'homoseksuel', 'queer', 'springe ud'],
      },
      {
        code: 'syns-og-hoerehandicap',
        name: 'Syns- og hørehandicap',
        synonyms: ['blind', 'svagtseende', 'døv', 'hørehæmmet', 'tunghør'],
      },
      {
        code: 'ordblindhed',
        name: 'Ordblindhed',
        synonyms: ['dysleksi', 'ordblind', 'læsevanskeligheder', 'stavevanskeligheder'],
      },
    ],
  },
  {
    code: 'target_group',
    name: 'Målgruppe',
    description: 'Dem, tilbuddet er for.',
    terms: [
      { code: 'boern', name: 'Børn', synonyms: ['barn', 'skolebørn', 'småbørn'] },
      { code: 'unge', name: 'Unge', synonyms: ['ung', 'teenagere', 'ungdom', 'unge voksne'] },
      { code: 'voksne', name: 'Voksne', synonyms: ['voksen', 'midaldrende'] },
      {
        code: 'aeldre',
        name: 'Ældre',
        synonyms: ['pensionister', 'pensionist', 'seniorer', 'gamle', 'ældre borgere'],
      },
      { code: 'familier', name: 'Familier', synonyms: ['familie', 'børnefamilier', 'småbørnsfamilier'] },
      {
        code: 'paaroerende',
        name: 'Pårørende',
        synonyms: ['familie til syg', 'omsorgsgiver', 'nærmeste', 'pårørende til syg'],
      },
      {
        code: 'flygtninge-og-indvandrere',
        name: 'Flygtninge og indvandrere',
        synonyms: [
          'flygtning',
          'indvandrer',
          'nydanskere',
          'asylansøger',
          'etniske minoriteter',
          'migranter',
        ],
      },
      {
        code: 'lgbt',
        name: 'LGBT+',
        synonyms: ['lgbt', 'lgbtq', 'homoseksuelle', 'transkønnede', 'queer', 'bøsser og lesbiske'],
      },
      { code: 'maend', name: 'Mænd', synonyms: ['mand', 'drenge og mænd', 'herrer'] },
      { code: 'kvinder', name: 'Kvinder', synonyms: ['kvinde', 'piger og kvinder', 'damer'] },
      {
        code: 'foraeldre',
        name: 'Forældre',
        synonyms: ['forælder', 'mor', 'far', 'mødre', 'fædre', 'enlige forældre'],
      },
      {
        code: 'studerende',
        name: 'Studerende',
        synonyms: ['student', 'elever', 'uddannelsessøgende', 'universitetsstuderende'],
      },
      {
        code: 'veteraner',
        name: 'Veteraner',
        synonyms: ['veteran', 'soldater', 'udsendte', 'krigsveteraner'],
      },
      {
        code: 'mennesker-med-handicap',
        name: 'Mennesker med handicap',
        synonyms: ['handicappede', 'handicap', 'funktionsnedsættelse', 'udviklingshæmmede'],
      },
      {
        code: 'efterladte',
        name: 'Efterladte',
        synonyms: ['efterladt', 'enke', 'enkemand', 'mistet en nærtstående'],
      },
      { code: 'enlige', name: 'Enlige', synonyms: ['enlig', 'single', 'singler'] },
      {
        code: 'socialt-udsatte',
        name: 'Socialt udsatte',
        synonyms: ['udsatte', 'udsatte borgere', 'socialt sårbare', 'marginaliserede'],
      },
      {
        code: 'gravide',
        name: 'Gravide',
        synonyms: ['gravid', 'graviditet', 'vordende forældre', 'kommende forældre'],
      },
      {
        code: 'indsatte-og-loesladte',
        name: 'Indsatte og løsladte',
        synonyms: ['indsatte', 'fanger', 'løsladte', 'tidligere kriminelle'],
      },
    ],
  },
  {
    code: 'activity',
    name: 'Aktivitet',
    description: 'Det, man gør i tilbuddet: tilbuddets form.',
    terms: [
      {
        code: 'samtalegruppe',
        name: 'Samtalegruppe',
        synonyms: ['støttegruppe', 'snakkegruppe', 'gruppesamtaler', 'gruppeforløb'],
      },
      {
        code: 'raadgivning',
        name: 'Rådgivning',
        synonyms: ['vejledning', 'råd', 'samtale', 'personlig rådgivning'],
      },
      {
        code: 'mentorordning',
        name: 'Mentorordning',
        synonyms: ['mentor', 'støtteperson', 'kontaktperson', 'makker'],
      },
      {
        code: 'lektiehjaelp',
        name: 'Lektiehjælp',
        synonyms: ['lektiecafé', 'lektiecafe', 'lektier', 'skolehjælp'],
      },
      {
        code: 'besoegsven',
        name: 'Besøgsven',
        synonyms: ['besøgsvenner', 'besøgstjeneste', 'besøgshund', 'besøg'],
      },
      {
        code: 'motion',
        name: 'Motion',
        synonyms: ['træning', 'sport', 'idræt', 'fysisk aktivitet', 'bevægelse'],
      },
      {
        code: 'faellesspisning',
        name: 'Fællesspisning',
        synonyms: ['spisefællesskab', 'fælles måltid', 'spise sammen', 'madklub'],
      },
      {
        code: 'netvaerksgruppe',
        name: 'Netværksgruppe',
        synonyms: ['netværk', 'netværksmøder', 'fællesskab', 'socialt netværk'],
      },
      {
        code: 'telefonraadgivning',
        name: 'Telefonrådgivning',
        synonyms: ['hotline', 'telefonlinje', 'telefonisk rådgivning', 'ring og snak'],
      },
      {
        code: 'selvhjaelpsgruppe',
        name: 'Selvhjælpsgruppe',
        synonyms: ['selvhjælp', 'ligesindede', 'erfaringsudveksling', 'peer-støtte'],
      },
      {
        code: 'kreative-aktiviteter',
        name: 'Kreative aktiviteter',
        synonyms: ['kreativitet', 'maling', 'tegning', 'håndarbejde', 'musik', 'kunst'],
      },
      {
        code: 'ferie-og-lejr',
        name: 'Ferie og lejr',
        synonyms: ['sommerlejr', 'feriekoloni', 'ferieophold', 'udflugt'],
      },
      {
        code: 'chatraadgivning',
        name: 'Chatrådgivning',
        synonyms: ['chat', 'online rådgivning', 'anonym chat', 'brevkasse'],
      },
      {
        code: 'gaagruppe',
        name: 'Gågruppe',
        synonyms: ['gåtur', 'gåture', 'vandring', 'gåklub', 'walk and talk'],
      },
      {
        code: 'kursus',
        name: 'Kursus',
        synonyms: ['kurser', 'undervisning', 'workshop', 'foredrag', 'forløb'],
      },
      {
        code: 'juridisk-raadgivning',
        name: 'Juridisk rådgivning',
        synonyms: ['retshjælp', 'advokat', 'gratis advokat', 'advokatvagt', 'jura'],
      },
      {
        code: 'oekonomisk-raadgivning',
        name: 'Økonomisk rådgivning',
        synonyms: ['gældsrådgivning', 'budgethjælp', 'pengerådgivning', 'økonomivejledning'],
      },
      {
        code: 'psykologhjaelp',
        name: 'Psykologhjælp',
        synonyms: ['psykolog', 'terapi', 'samtaleterapi', 'behandling'],
      },
      {
        code: 'madhjaelp',
        name: 'Madhjælp',
        synonyms: ['madudlevering', 'madbank', 'fødevarehjælp', 'gratis mad'],
      },
      {
        code: 'vaerested',
        name: 'Værested',
        synonyms: ['væresteder', 'mødested', 'åbent hus', 'klubhus', 'café'],
      },
      {
        code: 'klub-og-fritid',
        name: 'Klub og fritid',
        synonyms: ['klub', 'fritidsklub', 'ungdomsklub', 'fritidsaktiviteter', 'hobby'],
      },
      {
        code: 'praktisk-hjaelp',
        name: 'Praktisk hjælp',
        synonyms: ['hjælp i hjemmet', 'indkøbshjælp', 'praktisk støtte', 'handyman'],
      },
      {
        code: 'frivilligt-arbejde',
        name: 'Frivilligt arbejde',
        synonyms: ['frivillig', 'frivilligjob', 'volontør', 'hjælpe andre'],
      },
    ],
  },
  {
    code: 'age_group',
    name: 'Aldersgruppe',
    description: 'Den alder, tilbuddet er for.',
    terms: [
      {
        code: 'smaaboern',
        name: 'Småbørn',
        synonyms: ['baby', 'spædbørn', 'førskolebørn'],
        minAge: 0,
        maxAge: 5,
      },
      { code: 'boern', name: 'Børn', synonyms: ['barn', 'skolebørn'], minAge: 6, maxAge: 12 },
      {
        code: 'teenagere',
        name: 'Teenagere',
        synonyms: ['teenager', 'teens', 'teenageår'],
        minAge: 13,
        maxAge: 17,
      },
      { code: 'unge-voksne', name: 'Unge voksne', synonyms: ['ung voksen', 'unge'], minAge: 18, maxAge: 29 },
      { code: 'voksne', name: 'Voksne', synonyms: ['voksen', 'midaldrende'], minAge: 30, maxAge: 64 },
      {
        code: 'aeldre',
        name: 'Ældre 65+',
        synonyms: ['ældre', 'pensionister', 'seniorer'],
        minAge: 65,
        maxAge: null,
      },
    ],
  },
];

/** Districts of the municipalities we know, keyed by tenant slug. */
export const KNOWN_DISTRICTS: Record<string, TermSeed[]> = {
  // Aarhus Kommune: its postal areas, one district each (8240 and 8245 together, Beder and Malling together).
  aarhus: [
    {
      code: 'midtbyen',
      name: 'Midtbyen',
      synonyms: ['aarhus c', 'centrum', 'frederiksbjerg', 'aarhus ø'],
      postcodes: ['8000'],
    },
    {
      code: 'aarhus-n',
      name: 'Aarhus N',
      synonyms: ['trøjborg', 'christiansbjerg', 'skejby', 'lisbjerg'],
      postcodes: ['8200'],
    },
    {
      code: 'aarhus-v',
      name: 'Aarhus V',
      synonyms: ['hasle', 'herredsvang', 'bispehaven'],
      postcodes: ['8210'],
    },
    { code: 'brabrand', name: 'Brabrand', synonyms: ['gellerup', 'toveshøj', 'årslev'], postcodes: ['8220'] },
    { code: 'aabyhoej', name: 'Åbyhøj', synonyms: ['aabyhøj', 'åby'], postcodes: ['8230'] },
    { code: 'risskov', name: 'Risskov', synonyms: ['vejlby', 'risskov ø'], postcodes: ['8240', '8245'] },
    { code: 'egaa', name: 'Egå', synonyms: ['egaa', 'skæring'], postcodes: ['8250'] },
    { code: 'viby', name: 'Viby J', synonyms: ['viby', 'stavtrup', 'rosenhøj'], postcodes: ['8260'] },
    {
      code: 'hoejbjerg',
      name: 'Højbjerg',
      synonyms: ['holme', 'skåde', 'rundhøj', 'moesgård'],
      postcodes: ['8270'],
    },
    { code: 'tranbjerg', name: 'Tranbjerg', synonyms: ['tranbjerg j'], postcodes: ['8310'] },
    { code: 'maarslet', name: 'Mårslet', synonyms: ['maarslet'], postcodes: ['8320'] },
    {
      code: 'beder-malling',
      name: 'Beder og Malling',
      synonyms: ['beder', 'malling', 'ajstrup strand'],
      postcodes: ['8330', '8340'],
    },
    { code: 'solbjerg', name: 'Solbjerg', synonyms: ['solbjerg sø'], postcodes: ['8355'] },
    {
      code: 'hasselager-kolt',
      name: 'Hasselager og Kolt',
      synonyms: ['hasselager', 'kolt'],
      postcodes: ['8361'],
    },
    { code: 'trige', name: 'Trige', synonyms: ['spørring'], postcodes: ['8380'] },
    { code: 'tilst', name: 'Tilst', synonyms: ['mundelstrup'], postcodes: ['8381'] },
    { code: 'harlev', name: 'Harlev', synonyms: ['harlev j', 'framlev'], postcodes: ['8462'] },
    { code: 'sabro', name: 'Sabro', synonyms: ['lading'], postcodes: ['8471'] },
    { code: 'lystrup', name: 'Lystrup', synonyms: ['elsted', 'elev'], postcodes: ['8520'] },
    { code: 'hjortshoej', name: 'Hjortshøj', synonyms: ['hjortshoej'], postcodes: ['8530'] },
    { code: 'skoedstrup', name: 'Skødstrup', synonyms: ['løgten', 'studstrup'], postcodes: ['8541'] },
  ],
  // Silkeborg Kommune. 8680 Ry is left out: the town of Ry is in Skanderborg Kommune.
  silkeborg: [
    {
      code: 'silkeborg',
      name: 'Silkeborg',
      synonyms: ['silkeborg by', 'sejs-svejbæk', 'virklund', 'resenbro', 'funder', 'gødvad'],
      postcodes: ['8600'],
    },
    {
      code: 'kjellerup',
      name: 'Kjellerup og Lemming',
      synonyms: ['kjellerup', 'lemming', 'thorning', 'vinderslev'],
      postcodes: ['8620', '8632'],
    },
    { code: 'ans', name: 'Ans', synonyms: ['ans by'], postcodes: ['8643'] },
    {
      code: 'gjern-sorring',
      name: 'Gjern og Sorring',
      synonyms: ['gjern', 'sorring'],
      postcodes: ['8641', '8883'],
    },
    { code: 'faarvang', name: 'Fårvang', synonyms: ['faarvang', 'tvilum'], postcodes: ['8882'] },
    {
      code: 'them-bryrup',
      name: 'Them og Bryrup',
      synonyms: ['them', 'bryrup', 'salten', 'vrads'],
      postcodes: ['8653', '8654'],
    },
  ],
};
