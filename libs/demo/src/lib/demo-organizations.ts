/**
 * Organisations behind generated demo offers: plausible Danish associations and municipal units,
 * named for the tenant's town, and what each of them works with (vocabulary codes), so that an
 * offer about dementia comes from the Alzheimer association rather than from a youth club.
 */
export interface OrganizationTemplate {
  name: (city: string) => string;
  alternateName?: string;
  /** The web domain, given the town's name folded to a-z ("aarhus", "koebenhavn"). */
  domain: (town: string) => string;
  /** A local branch of a national association: the website and e-mail name the town. */
  branch?: boolean;
  municipal?: boolean;
  /** Challenge, target group and activity codes it works with. */
  focus: string[];
  /** The only activities it runs, for organisations that do one thing (legal aid, food banks). */
  only?: string[];
  description: (city: string) => string;
}

const association = (what: string) => (city: string) =>
  `${what} Foreningen bygger på frivillige kræfter og samarbejder med ${city} Kommune og andre lokale foreninger.`;

export const ORGANIZATION_TEMPLATES: OrganizationTemplate[] = [
  {
    name: (city) => `Ældre Sagen ${city}`,
    domain: () => 'aeldresagen.dk',
    branch: true,
    focus: [
      'ensomhed',
      'aeldre',
      'enlige',
      'besoegsven',
      'motion',
      'gaagruppe',
      'faellesspisning',
      'praktisk-hjaelp',
    ],
    description: (city) =>
      `Lokalafdelingen af Ældre Sagen i ${city}. Frivillige skaber fællesskab, motion og hjælp i hverdagen for ældre.`,
  },
  {
    name: (city) => `Headspace ${city}`,
    domain: () => 'headspace.dk',
    branch: true,
    focus: ['unge', 'angst', 'depression', 'stress', 'lavt-selvvaerd', 'mobning', 'selvskade', 'raadgivning'],
    description: (city) =>
      `Headspace ${city} er et gratis og anonymt rådgivningstilbud til unge mellem 12 og 25 år, bemandet med frivillige og faguddannede.`,
  },
  {
    name: (city) => `Kræftens Bekæmpelse, Rådgivningen ${city}`,
    domain: () => 'cancer.dk',
    branch: true,
    focus: ['kraeft', 'paaroerende-til-syg', 'paaroerende', 'sorg', 'raadgivning', 'samtalegruppe', 'motion'],
    description: (city) =>
      `Kræftrådgivningen i ${city} tilbyder gratis rådgivning, grupper og aktiviteter for kræftramte og deres pårørende.`,
  },
  {
    name: (city) => `Sind ${city}`,
    domain: () => 'sind.dk',
    branch: true,
    focus: [
      'psykisk-saarbarhed',
      'depression',
      'angst',
      'paaroerende',
      'vaerested',
      'netvaerksgruppe',
      'selvhjaelpsgruppe',
    ],
    description: association('Sind arbejder for mennesker med psykisk sårbarhed og deres pårørende.'),
  },
  {
    name: (city) => `Røde Kors ${city}`,
    domain: () => 'rodekors.dk',
    branch: true,
    focus: [
      'ensomhed',
      'besoegsven',
      'flygtninge-og-indvandrere',
      'sprog-og-integration',
      'lektiehjaelp',
      'madhjaelp',
      'hjemloeshed',
      'ferie-og-lejr',
    ],
    description: association(
      'Røde Kors hjælper mennesker i sårbare situationer med besøgsvenner, lektiehjælp og nødhjælp.',
    ),
  },
  {
    name: (city) => `Frivilligcenter ${city}`,
    domain: (town) => `frivilligcenter${town}.dk`,
    focus: ['frivilligt-arbejde', 'netvaerksgruppe', 'selvhjaelpsgruppe', 'ensomhed', 'socialt-udsatte'],
    description: (city) =>
      `Frivilligcenter ${city} formidler frivilligjob, huser selvhjælpsgrupper og støtter byens frivillige foreninger.`,
  },
  {
    name: () => 'LOS – Landsforeningen af Væresteder',
    alternateName: 'LOS',
    domain: () => 'los.dk',
    focus: ['vaerested', 'socialt-udsatte', 'hjemloeshed', 'stoffer', 'alkohol', 'faellesspisning'],
    description: () =>
      'LOS er landsforeningen for væresteder og sociale tilbud til socialt udsatte mennesker i hele landet.',
  },
  {
    name: (city) => `${city} Kommune, Sundhed og Omsorg`,
    domain: (town) => `${town}.dk`,
    municipal: true,
    focus: [
      'aeldre',
      'demens',
      'kronisk-sygdom',
      'rygning',
      'overvaegt',
      'soevnproblemer',
      'hjerneskade',
      'motion',
      'kursus',
    ],
    description: (city) =>
      `${city} Kommunes tilbud om forebyggelse, sundhed og omsorg for borgere i alle aldre.`,
  },
  {
    name: () => 'Ensomme Gamles Værn',
    domain: () => 'egv.dk',
    focus: ['ensomhed', 'aeldre', 'enlige', 'besoegsven'],
    description: () => 'Ensomme Gamles Værn arbejder for at forebygge og afhjælpe ensomhed blandt ældre.',
  },
  {
    name: (city) => `Dansk Flygtningehjælp Frivillig ${city}`,
    domain: () => 'frivillignet.dk',
    branch: true,
    focus: [
      'flygtninge-og-indvandrere',
      'sprog-og-integration',
      'lektiehjaelp',
      'mentorordning',
      'netvaerksgruppe',
      'ptsd-og-traumer',
    ],
    description: association(
      'Frivillige støtter flygtninge og indvandrere i at lære dansk og blive en del af fællesskabet.',
    ),
  },
  {
    name: (city) => `Mødrehjælpen ${city}`,
    domain: () => 'moedrehjaelpen.dk',
    branch: true,
    focus: [
      'gravide',
      'foraeldre',
      'familier',
      'oekonomi-og-gaeld',
      'vold-i-naere-relationer',
      'skilsmisse',
      'raadgivning',
      'juridisk-raadgivning',
    ],
    description: (city) =>
      `Mødrehjælpen i ${city} rådgiver og støtter gravide og familier med børn i svære livssituationer.`,
  },
  {
    name: (city) => `Bedre Psykiatri ${city}`,
    domain: () => 'bedrepsykiatri.dk',
    branch: true,
    focus: ['paaroerende', 'psykisk-saarbarhed', 'paaroerende-til-syg', 'samtalegruppe', 'raadgivning'],
    description: association(
      'Bedre Psykiatri er landsforeningen for pårørende til mennesker med psykisk sygdom.',
    ),
  },
  {
    name: (city) =>
      ['Aarhus', 'Silkeborg'].includes(city)
        ? 'Alzheimerforeningen Østjylland'
        : `Alzheimerforeningen ${city}`,
    domain: () => 'alzheimer.dk',
    focus: ['demens', 'paaroerende', 'aeldre', 'netvaerksgruppe'],
    description: association('Alzheimerforeningen støtter mennesker med demens og deres pårørende.'),
  },
  {
    name: (city) => `AA ${city}`,
    alternateName: 'Anonyme Alkoholikere',
    domain: () => 'aa.dk',
    branch: true,
    focus: ['alkohol', 'selvhjaelpsgruppe', 'misbrug-i-familien'],
    description: () =>
      'Anonyme Alkoholikere er et fællesskab af mænd og kvinder, der hjælper hinanden med at holde sig ædru.',
  },
  {
    name: () => 'Landsforeningen LEV',
    alternateName: 'LEV',
    domain: () => 'lev.dk',
    focus: [
      'mennesker-med-handicap',
      'autisme',
      'paaroerende',
      'foraeldre',
      'klub-og-fritid',
      'ferie-og-lejr',
    ],
    description: () =>
      'Landsforeningen LEV arbejder for mennesker med udviklingshandicap og deres pårørende.',
  },
  {
    name: (city) => `LGBT+ Ungdom ${city}`,
    domain: () => 'lgbtungdom.dk',
    branch: true,
    focus: ['lgbt', 'koensidentitet-og-seksualitet', 'unge', 'netvaerksgruppe', 'klub-og-fritid'],
    description: association('LGBT+ Ungdom skaber trygge fællesskaber for unge LGBT+-personer.'),
  },
  {
    name: () => 'Foreningen Far',
    domain: () => 'foreningenfar.dk',
    focus: ['foraeldre', 'maend', 'skilsmisse', 'familier', 'parforhold', 'raadgivning'],
    description: () =>
      'Foreningen Far rådgiver og støtter fædre og arbejder for børns ret til begge forældre.',
  },
  {
    name: () => 'Børns Vilkår',
    domain: () => 'bornsvilkar.dk',
    focus: [
      'boern',
      'mobning',
      'vold-i-naere-relationer',
      'seksuelle-overgreb',
      'misbrug-i-familien',
      'telefonraadgivning',
      'chatraadgivning',
    ],
    description: () =>
      'Børns Vilkår er en privat, humanitær organisation, der arbejder for alle børns ret til en god barndom.',
  },
  {
    name: (city) => `Kirkens Korshær ${city}`,
    domain: () => 'kirkenskorshaer.dk',
    branch: true,
    focus: ['hjemloeshed', 'socialt-udsatte', 'vaerested', 'faellesspisning', 'madhjaelp', 'ensomhed'],
    description: association(
      'Kirkens Korshær driver varmestuer, natcaféer og sociale tilbud for udsatte mennesker.',
    ),
  },
  {
    name: () => 'Livslinien',
    domain: () => 'livslinien.dk',
    focus: ['selvmordstanker', 'telefonraadgivning', 'chatraadgivning'],
    only: ['telefonraadgivning', 'chatraadgivning', 'raadgivning'],
    description: () =>
      'Livslinien tilbyder anonym rådgivning til mennesker med selvmordstanker og deres pårørende.',
  },
  {
    name: () => 'LMS – Landsforeningen mod spiseforstyrrelser og selvskade',
    alternateName: 'LMS',
    domain: () => 'lmsnet.dk',
    focus: ['spiseforstyrrelse', 'selvskade', 'samtalegruppe', 'chatraadgivning'],
    description: () => 'LMS rådgiver mennesker med spiseforstyrrelser og selvskade og deres pårørende.',
  },
  {
    name: () => 'Angstforeningen',
    domain: () => 'angstforeningen.dk',
    focus: ['angst', 'ocd', 'selvhjaelpsgruppe', 'telefonraadgivning'],
    description: () =>
      'Angstforeningen støtter mennesker med angst og deres pårørende med rådgivning og selvhjælpsgrupper.',
  },
  {
    name: () => 'Depressionsforeningen',
    domain: () => 'depressionsforeningen.dk',
    focus: ['depression', 'selvhjaelpsgruppe', 'gaagruppe', 'soevnproblemer'],
    description: () => 'Depressionsforeningen arbejder for mennesker med depression og bipolar lidelse.',
  },
  {
    name: (city) => `ADHD-foreningen, lokalafdeling ${city}`,
    domain: () => 'adhd.dk',
    branch: true,
    focus: ['adhd', 'foraeldre', 'boern', 'netvaerksgruppe', 'kursus', 'ordblindhed'],
    description: association('ADHD-foreningen arbejder for mennesker med ADHD og deres familier.'),
  },
  {
    name: (city) => `Autismeforeningen ${city}`,
    domain: () => 'autismeforeningen.dk',
    branch: true,
    focus: ['autisme', 'foraeldre', 'familier', 'klub-og-fritid', 'mennesker-med-handicap'],
    description: association('Autismeforeningen støtter mennesker med autisme og deres pårørende.'),
  },
  {
    name: (city) => `Hjernesagen ${city}`,
    domain: () => 'hjernesagen.dk',
    branch: true,
    focus: ['hjerneskade', 'paaroerende', 'netvaerksgruppe', 'motion'],
    description: association('Hjernesagen samler mennesker ramt af hjerneskade og deres pårørende.'),
  },
  {
    name: (city) => `Hjerteforeningen ${city}`,
    domain: () => 'hjerteforeningen.dk',
    branch: true,
    focus: ['kronisk-sygdom', 'motion', 'gaagruppe', 'rygning'],
    description: association('Hjerteforeningen arbejder for hjertesyge og deres pårørende.'),
  },
  {
    name: (city) => `Advokatvagten ${city}`,
    domain: () => 'advokatvagten.dk',
    branch: true,
    focus: ['juridisk-raadgivning', 'skilsmisse', 'oekonomi-og-gaeld', 'vold-i-naere-relationer'],
    only: ['juridisk-raadgivning'],
    description: () => 'Advokatvagten giver gratis og anonym juridisk førstehjælp ved frivillige advokater.',
  },
  {
    name: (city) => `Frivillig Gældsrådgivning ${city}`,
    domain: (town) => `gaeldsraadgivning${town}.dk`,
    focus: ['oekonomi-og-gaeld', 'oekonomisk-raadgivning', 'ludomani', 'ledighed'],
    only: ['oekonomisk-raadgivning', 'juridisk-raadgivning', 'raadgivning', 'kursus', 'telefonraadgivning'],
    description: association('Frivillige økonomer og jurister hjælper borgere med gæld og budget.'),
  },
  {
    name: () => 'Lev Uden Vold',
    domain: () => 'levudenvold.dk',
    focus: ['vold-i-naere-relationer', 'kvinder', 'telefonraadgivning', 'raadgivning'],
    description: () => 'Lev Uden Vold driver den nationale hotline og rådgivning om vold i nære relationer.',
  },
  {
    name: (city) => `Kvindekrisecenter ${city}`,
    domain: (town) => `krisecenter${town}.dk`,
    focus: ['vold-i-naere-relationer', 'kvinder', 'boern', 'raadgivning', 'samtalegruppe'],
    description: (city) =>
      `Kvindekrisecenter ${city} giver husly, rådgivning og støtte til kvinder og børn udsat for vold.`,
  },
  {
    name: () => 'Børn, Unge & Sorg',
    domain: () => 'bornungesorg.dk',
    focus: ['sorg', 'boern', 'unge', 'efterladte', 'paaroerende-til-syg', 'samtalegruppe'],
    description: () =>
      'Børn, Unge & Sorg hjælper børn og unge, der har mistet eller har en alvorligt syg forælder.',
  },
  {
    name: (city) => `Veteranhjem ${city}`,
    domain: () => 'veteranhjem.dk',
    branch: true,
    focus: ['veteraner', 'ptsd-og-traumer', 'vaerested', 'netvaerksgruppe'],
    description: association('Veteranhjemmet er et mødested for veteraner og deres pårørende.'),
  },
  {
    name: (city) => `Dansk Blindesamfund ${city}`,
    domain: () => 'blind.dk',
    branch: true,
    focus: ['syns-og-hoerehandicap', 'mennesker-med-handicap', 'netvaerksgruppe'],
    description: association('Dansk Blindesamfund arbejder for blinde og svagsynede.'),
  },
  {
    name: (city) => `Høreforeningen ${city}`,
    domain: () => 'hoereforeningen.dk',
    branch: true,
    focus: ['syns-og-hoerehandicap', 'aeldre', 'kursus'],
    description: association('Høreforeningen arbejder for mennesker med høretab, tinnitus og lydfølsomhed.'),
  },
  {
    name: (city) => `Center for Ludomani ${city}`,
    domain: () => 'ludomani.dk',
    branch: true,
    focus: ['ludomani', 'paaroerende', 'psykologhjaelp', 'raadgivning'],
    only: ['psykologhjaelp', 'raadgivning', 'samtalegruppe', 'selvhjaelpsgruppe', 'telefonraadgivning'],
    description: () =>
      'Center for Ludomani tilbyder gratis behandling af spilafhængighed og rådgivning til pårørende.',
  },
  {
    name: (city) => `Blå Kors ${city}`,
    domain: () => 'blaakors.dk',
    branch: true,
    focus: ['alkohol', 'stoffer', 'misbrug-i-familien', 'hjemloeshed', 'socialt-udsatte', 'ferie-og-lejr'],
    description: association('Blå Kors hjælper mennesker ramt af alkohol- og stofmisbrug og deres familier.'),
  },
  {
    name: (city) => `TUBA ${city}`,
    domain: () => 'tuba.dk',
    branch: true,
    focus: ['misbrug-i-familien', 'unge', 'psykologhjaelp', 'samtalegruppe'],
    description: () =>
      'TUBA tilbyder gratis terapi og rådgivning til unge, der er vokset op med misbrug i familien.',
  },
  {
    name: (city) => `KFUMs Sociale Arbejde ${city}`,
    domain: () => 'kfumsoc.dk',
    branch: true,
    focus: ['kriminalitet', 'indsatte-og-loesladte', 'vaerested', 'mentorordning', 'socialt-udsatte'],
    description: association(
      'KFUMs Sociale Arbejde driver væresteder og mentorordninger for udsatte børn, unge og voksne.',
    ),
  },
  {
    name: (city) => `Red Barnet ${city}`,
    domain: () => 'redbarnet.dk',
    branch: true,
    focus: ['boern', 'familier', 'ferie-og-lejr', 'lektiehjaelp', 'flygtninge-og-indvandrere'],
    description: association(
      'Red Barnet arbejder for udsatte børn og familier med ferielejre, fritidsaktiviteter og lektiehjælp.',
    ),
  },
  {
    name: (city) => `${city} Kommune, Børn og Unge`,
    domain: (town) => `${town}.dk`,
    municipal: true,
    focus: [
      'boern',
      'unge',
      'skolevaegring',
      'mobning',
      'adhd',
      'ordblindhed',
      'klub-og-fritid',
      'foraeldre',
    ],
    description: (city) => `${city} Kommunes tilbud til børn, unge og deres familier.`,
  },
  {
    name: (city) => `${city} Kommune, Sociale Forhold og Beskæftigelse`,
    domain: (town) => `${town}.dk`,
    municipal: true,
    focus: [
      'ledighed',
      'socialt-udsatte',
      'hjemloeshed',
      'stoffer',
      'alkohol',
      'kriminalitet',
      'mentorordning',
    ],
    description: (city) => `${city} Kommunes sociale tilbud og hjælp til at komme i job eller uddannelse.`,
  },
  {
    name: (city) => `Ungdommens Røde Kors ${city}`,
    domain: () => 'urk.dk',
    branch: true,
    focus: ['boern', 'unge', 'ferie-og-lejr', 'lektiehjaelp', 'mentorordning', 'klub-og-fritid'],
    description: association(
      'Ungdommens Røde Kors er en frivillig organisation drevet af unge for børn og unge.',
    ),
  },
  {
    name: () => 'Efterladte efter selvmord',
    domain: () => 'efterladte.dk',
    focus: ['sorg', 'efterladte', 'selvmordstanker', 'samtalegruppe'],
    description: () => 'Landsforeningen for efterladte efter selvmord tilbyder samtalegrupper og rådgivning.',
  },
  {
    name: (city) => `Dansk Handicap Forbund ${city}`,
    domain: () => 'danskhandicapforbund.dk',
    branch: true,
    focus: ['fysisk-handicap', 'mennesker-med-handicap', 'motion', 'netvaerksgruppe'],
    description: association('Dansk Handicap Forbund arbejder for mennesker med fysiske handicap.'),
  },
  {
    name: (city) => `Home-Start Familiekontakt ${city}`,
    domain: () => 'home-start.dk',
    branch: true,
    focus: ['familier', 'foraeldre', 'besoegsven', 'ensomhed'],
    description: association('Frivillige besøger småbørnsfamilier, der har brug for støtte i en periode.'),
  },
  {
    name: () => 'Sabaah',
    domain: () => 'sabaah.dk',
    focus: ['lgbt', 'flygtninge-og-indvandrere', 'koensidentitet-og-seksualitet', 'netvaerksgruppe'],
    description: () => 'Sabaah skaber fællesskaber for LGBT+-personer med minoritetsbaggrund.',
  },
  {
    name: (city) => `Studenterrådgivningen ${city}`,
    domain: () => 'srg.dk',
    branch: true,
    focus: ['studerende', 'angst', 'stress', 'depression', 'psykologhjaelp', 'samtalegruppe'],
    description: () =>
      'Studenterrådgivningen tilbyder gratis psykologhjælp og socialrådgivning til studerende på videregående uddannelser.',
  },
  {
    name: (city) => `Ventilen ${city}`,
    domain: () => 'ventilen.dk',
    branch: true,
    focus: ['ensomhed', 'unge', 'netvaerksgruppe'],
    description: association('Ventilen skaber mødesteder for unge, der føler sig ensomme.'),
  },
  {
    name: (city) => `Fødevarebanken ${city}`,
    domain: () => 'foedevarebanken.dk',
    branch: true,
    focus: ['madhjaelp', 'socialt-udsatte', 'familier'],
    only: ['madhjaelp'],
    description: () => 'Fødevarebanken fordeler overskudsmad til sociale tilbud og mennesker i nød.',
  },
  {
    name: (city) => `Ordblindeforeningen ${city}`,
    domain: () => 'ordblind.dk',
    branch: true,
    focus: ['ordblindhed', 'foraeldre', 'kursus', 'netvaerksgruppe'],
    description: association('Ordblindeforeningen arbejder for ordblinde børn, unge og voksne.'),
  },
  {
    name: (city) => `${city} Kommune, Rusmiddelcenter`,
    domain: (town) => `${town}.dk`,
    municipal: true,
    focus: ['alkohol', 'stoffer', 'unge', 'raadgivning', 'psykologhjaelp'],
    description: (city) =>
      `${city} Kommunes gratis og anonyme rådgivning og behandling for alkohol og stoffer.`,
  },
];

/** Local associations made up for the parts of town when more organisations are needed. */
export const LOCAL_ORGANIZATION_NAMES = [
  'Netværket {place}',
  'Frivillignetværket {place}',
  'Kvarterhuset {place}',
  '{place} Sogns Menighedspleje',
  'Boligsocialt Projekt {place}',
  'Foreningen Fællesskab i {place}',
  '{place} Frivilligforening',
  'Café Samvær {place}',
  'Naboskab {place}',
  'Beboerforeningen {place}',
];

/** What the made-up local associations do: everyday community. */
export const LOCAL_FOCUS = [
  'ensomhed',
  'sprog-og-integration',
  'netvaerksgruppe',
  'faellesspisning',
  'vaerested',
  'frivilligt-arbejde',
  'lektiehjaelp',
  'gaagruppe',
  'kreative-aktiviteter',
  'socialt-udsatte',
  'aeldre',
  'familier',
  'besoegsven',
];
