import type { AttendingType, LifecycleStatus, Weekday } from '@socialkompas/catalogue';
import type { DemoCatalogue, DemoOffer, DemoOrganization, DemoSchedule, DemoTerms } from './demo-catalogue';
import { DEMO_REFERENCE_DATE } from './demo-catalogue';
import { describeSchedules } from './demo-schedules';

/**
 * The national tenant's demo catalogue: offers that serve the whole country (telephone and chat
 * lines, online groups, national associations' counselling), written by hand in plain Danish.
 * None has an address, so none is placed on the map; the organisations are invented, their
 * addresses under the reserved .example domain, so no demo link or mail reaches a real one.
 */

const ALL_WEEK: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const hours = (byday: Weekday[], opensAt: string, closesAt: string): DemoSchedule => ({
  byday,
  opensAt,
  closesAt,
  description: '',
});
const ROUND_THE_CLOCK = [hours(ALL_WEEK, '00:00', '24:00')];

interface NationalOrganization {
  name: string;
  /** Folded to a-z for its addresses. */
  domain: string;
  phone: string;
  taxId: string;
  description: string;
}

const ORGANIZATIONS: NationalOrganization[] = [
  {
    name: 'Landsforeningen Livsmod',
    domain: 'livsmod',
    phone: '+45 70 11 40 40',
    taxId: '41020305',
    description: 'Landsdækkende forening, der forebygger selvmord med anonyme samtaler og hjælp til pårørende.',
  },
  {
    name: 'Ungelinjen',
    domain: 'ungelinjen',
    phone: '+45 70 12 25 25',
    taxId: '41020313',
    description: 'Frivillig organisation med rådgivning på telefon og chat for børn og unge i hele landet.',
  },
  {
    name: 'Forældrelinjen Danmark',
    domain: 'foraeldrelinjen',
    phone: '+45 70 13 35 35',
    taxId: '41020321',
    description: 'Rådgivning til forældre og bedsteforældre om børn, familieliv og skilsmisse.',
  },
  {
    name: 'Landsforeningen mod Ensomhed',
    domain: 'modensomhed',
    phone: '+45 70 14 45 45',
    taxId: '41020348',
    description: 'Forening, der samler frivillige om samtaler og fællesskaber for mennesker, der føler sig ensomme.',
  },
  {
    name: 'Sorg og Savn – landsforeningen',
    domain: 'sorgogsavn',
    phone: '+45 70 15 55 55',
    taxId: '41020356',
    description: 'Landsforening for efterladte. Tilbyder samtaler, grupper online og viden om sorg.',
  },
  {
    name: 'Demenslinjen',
    domain: 'demenslinjen',
    phone: '+45 70 16 65 65',
    taxId: '41020364',
    description: 'Rådgivning om demens til mennesker med demens, pårørende og fagfolk.',
  },
  {
    name: 'Kræftlinjen Danmark',
    domain: 'kraeftlinjen',
    phone: '+45 70 17 75 75',
    taxId: '41020372',
    description: 'Telefon- og chatrådgivning for kræftramte og deres pårørende, bemandet med sygeplejersker og psykologer.',
  },
  {
    name: 'Gældsrådgivningen Danmark',
    domain: 'gaeldsraadgivningen',
    phone: '+45 70 18 85 85',
    taxId: '41020380',
    description: 'Gratis og uvildig rådgivning om gæld, budget og økonomi ved frivillige økonomer og jurister.',
  },
  {
    name: 'Krisecentrenes Landslinje',
    domain: 'landslinjen',
    phone: '+45 70 19 95 95',
    taxId: '41020399',
    description: 'Døgnåben linje for kvinder og mænd, der udsættes for vold, og for deres pårørende.',
  },
  {
    name: 'Spiseforstyrrelseslinjen',
    domain: 'spiselinjen',
    phone: '+45 70 21 10 10',
    taxId: '41020402',
    description: 'Landsdækkende rådgivning og online grupper om spiseforstyrrelser for ramte og pårørende.',
  },
  {
    name: 'Veteranlinjen Danmark',
    domain: 'veteranlinjen',
    phone: '+45 70 22 20 20',
    taxId: '41020410',
    description: 'Rådgivning døgnet rundt for veteraner og deres familier.',
  },
  {
    name: 'Afhængighedslinjen',
    domain: 'afhaengighedslinjen',
    phone: '+45 70 23 30 30',
    taxId: '41020429',
    description: 'Anonym rådgivning om alkohol, stoffer og spil til den, der drikker, tager stoffer eller spiller, og til de pårørende.',
  },
  {
    name: 'Psykisk Sundhed Danmark',
    domain: 'psykisksundhed',
    phone: '+45 70 24 40 40',
    taxId: '41020437',
    description: 'Landsforening for mennesker med psykisk sårbarhed og deres pårørende, med rådgivning og online fællesskaber.',
  },
  {
    name: 'Handicaplinjen',
    domain: 'handicaplinjen',
    phone: '+45 70 25 50 50',
    taxId: '41020445',
    description: 'Rådgivning om rettigheder og hverdagsliv for mennesker med handicap og deres familier.',
  },
  {
    name: 'Retshjælpen Danmark',
    domain: 'retshjaelpen',
    phone: '+45 70 26 60 60',
    taxId: '41020453',
    description: 'Gratis juridisk rådgivning ved frivillige jurastuderende og advokater, på telefon og online.',
  },
];

interface NationalOfferSpec {
  organization: number;
  name: string;
  summary: string;
  description: string;
  attendingTypes: AttendingType[];
  /** The offer's own number; a chat or online group has none. */
  phone?: string;
  /** Path under the organisation's site. */
  page: string;
  schedules: DemoSchedule[];
  /** In words, for an offer without fixed hours. */
  scheduleText?: string;
  applicationProcess: string;
  terms: DemoTerms;
  minimumAge?: number;
  maximumAge?: number;
  anonymous?: boolean;
  languages?: string[];
  status?: LifecycleStatus;
}

const OFFERS: NationalOfferSpec[] = [
  {
    organization: 0,
    name: 'Livsmod-linjen',
    summary: 'Tal anonymt med en frivillig, hvis du har tanker om selvmord.',
    description:
      'Har du tanker om at tage dit liv, kan du ringe og tale med en uddannet frivillig. Du er anonym, og samtalen er gratis. Vi lytter og hjælper dig med at finde vej videre.',
    attendingTypes: ['phone'],
    phone: '+45 70 11 41 41',
    page: 'linjen',
    schedules: [hours(ALL_WEEK, '11:00', '24:00')],
    applicationProcess: 'Ring på linjen. Du skal ikke oplyse dit navn.',
    terms: { challenge: ['selvmordstanker', 'depression'], target_group: ['voksne', 'unge'], activity: ['telefonraadgivning'] },
    minimumAge: 13,
    anonymous: true,
  },
  {
    organization: 0,
    name: 'Chat med Livsmod',
    summary: 'Skriv anonymt med en frivillig om selvmordstanker.',
    description:
      'Har du svært ved at sige det højt, kan du skrive med os i chatten. En frivillig svarer, du er anonym, og vi gemmer ikke samtalen.',
    attendingTypes: ['online'],
    page: 'chat',
    schedules: [hours(ALL_WEEK, '17:00', '23:00')],
    applicationProcess: 'Åbn chatten på hjemmesiden, når den er åben.',
    terms: { challenge: ['selvmordstanker', 'selvskade'], target_group: ['unge', 'voksne'], activity: ['chatraadgivning'] },
    minimumAge: 13,
    anonymous: true,
  },
  {
    organization: 0,
    name: 'Samtaler for efterladte efter selvmord',
    summary: 'Samtaler over video for dig, der har mistet en nær til selvmord.',
    description:
      'Har du mistet et familiemedlem eller en ven til selvmord, kan du få op til fem samtaler over video med en frivillig, der selv er efterladt eller uddannet i sorg.',
    attendingTypes: ['online'],
    page: 'efterladte',
    schedules: [hours(WEEKDAYS, '09:00', '16:00')],
    applicationProcess: 'Udfyld formularen på hjemmesiden, så ringer vi dig op inden for en uge.',
    terms: { challenge: ['sorg'], target_group: ['efterladte', 'paaroerende'], activity: ['raadgivning', 'samtalegruppe'] },
    minimumAge: 18,
  },
  {
    organization: 1,
    name: 'Ungelinjen på telefon',
    summary: 'Ring og tal med en voksen om alt, hvad der fylder – anonymt og gratis.',
    description:
      'Er du mellem 10 og 24 år, kan du ringe om venner, familie, skole, kærester, krop eller noget helt andet. Du bestemmer, hvad vi taler om, og du er anonym.',
    attendingTypes: ['phone'],
    phone: '+45 70 12 26 26',
    page: 'ring',
    schedules: [hours(ALL_WEEK, '11:00', '23:00')],
    applicationProcess: 'Ring på nummeret. Det er gratis og vises ikke på telefonregningen.',
    terms: { challenge: ['lavt-selvvaerd', 'mobning', 'ensomhed'], target_group: ['unge', 'boern'], activity: ['telefonraadgivning'] },
    minimumAge: 10,
    maximumAge: 24,
    anonymous: true,
  },
  {
    organization: 1,
    name: 'Ungechatten',
    summary: 'Skriv med en frivillig voksen, når du har brug for at blive hørt.',
    description:
      'I chatten kan du skrive om det, der er svært. En frivillig voksen svarer dig med det samme. Du kan også skrive et brev og få svar inden for tre dage.',
    attendingTypes: ['online'],
    page: 'chat',
    schedules: [hours(ALL_WEEK, '14:00', '22:00')],
    applicationProcess: 'Gå ind på hjemmesiden og start en chat. Du skal ikke oprette en profil.',
    terms: { challenge: ['angst', 'selvskade', 'lavt-selvvaerd'], target_group: ['unge'], activity: ['chatraadgivning'] },
    minimumAge: 10,
    maximumAge: 24,
    anonymous: true,
  },
  {
    organization: 1,
    name: 'Online gruppe for unge med angst',
    summary: 'Mød andre unge med angst i en lille gruppe over video, otte aftener.',
    description:
      'I gruppen taler I om, hvordan angsten fylder, og lærer måder at håndtere den på. Gruppen ledes af en psykolog og en frivillig og mødes over video en aften om ugen i otte uger.',
    attendingTypes: ['online'],
    page: 'angstgruppe',
    schedules: [hours(['TU'], '19:00', '20:30')],
    applicationProcess: 'Tilmeld dig på hjemmesiden. Vi ringer dig op til en kort snak, før du starter.',
    terms: { challenge: ['angst'], target_group: ['unge'], activity: ['samtalegruppe', 'netvaerksgruppe'] },
    minimumAge: 15,
    maximumAge: 24,
  },
  {
    organization: 1,
    name: 'Chat for unge, der har det svært med skolen',
    summary: 'Skriv med os, hvis du ikke kan overskue at komme i skole.',
    description:
      'Har du svært ved at komme i skole, fordi du er bange, træt eller ked af det, kan du skrive med en frivillig. Vi hjælper dig med at sige det til en voksen, du stoler på.',
    attendingTypes: ['online'],
    page: 'skole',
    schedules: [hours(WEEKDAYS, '15:00', '20:00')],
    applicationProcess: 'Start en chat på hjemmesiden.',
    terms: { challenge: ['skolevaegring', 'angst'], target_group: ['boern', 'unge'], activity: ['chatraadgivning'] },
    minimumAge: 10,
    maximumAge: 18,
    anonymous: true,
  },
  {
    organization: 2,
    name: 'Forældretelefonen',
    summary: 'Rådgivning til forældre, der er bekymrede for deres barn.',
    description:
      'Ring, hvis du er bekymret for dit barns trivsel, har konflikter derhjemme eller bare har brug for at vende en svær situation. Rådgiverne er socialrådgivere og psykologer.',
    attendingTypes: ['phone'],
    phone: '+45 70 13 36 36',
    page: 'telefon',
    schedules: [hours(WEEKDAYS, '10:00', '19:00'), hours(['SA'], '10:00', '14:00')],
    applicationProcess: 'Ring på nummeret. Du kan være anonym.',
    terms: { challenge: ['skolevaegring', 'mobning'], target_group: ['foraeldre', 'familier'], activity: ['telefonraadgivning', 'raadgivning'] },
    minimumAge: 18,
    anonymous: true,
  },
  {
    organization: 2,
    name: 'Online kursus: Børn og skilsmisse',
    summary: 'Et gratis onlinekursus for forældre, der skal gå fra hinanden.',
    description:
      'Kurset hjælper jer med at tale med børnene om skilsmissen og med at samarbejde som forældre bagefter. Du tager det hjemmefra, når det passer dig, og kan skrive med en rådgiver undervejs.',
    attendingTypes: ['online'],
    page: 'skilsmisse',
    schedules: [],
    scheduleText: 'Når det passer dig',
    applicationProcess: 'Opret dig på hjemmesiden og start kurset med det samme.',
    terms: { challenge: ['skilsmisse'], target_group: ['foraeldre', 'familier'], activity: ['kursus'] },
    minimumAge: 18,
  },
  {
    organization: 2,
    name: 'Chat for bedsteforældre',
    summary: 'Skriv med en rådgiver om dit barnebarn og din familie.',
    description:
      'Er du bedsteforælder og bekymret for et barnebarn, eller er kontakten til familien svær, kan du skrive med en rådgiver. Vi svarer hverdage om eftermiddagen.',
    attendingTypes: ['online'],
    page: 'bedsteforaeldre',
    schedules: [hours(['MO', 'WE'], '13:00', '16:00')],
    applicationProcess: 'Start en chat på hjemmesiden.',
    terms: { challenge: ['parforhold'], target_group: ['aeldre', 'familier'], activity: ['chatraadgivning'] },
    minimumAge: 50,
  },
  {
    organization: 3,
    name: 'Snakkelinjen for ensomme',
    summary: 'Ring og få en snak med en frivillig, når dagen føles lang.',
    description:
      'Føler du dig alene, kan du ringe og tale med en frivillig om løst og fast. Mange ringer igen og igen. Linjen er åben alle dage, også juleaften og nytårsaften.',
    attendingTypes: ['phone'],
    phone: '+45 70 14 46 46',
    page: 'snakkelinjen',
    schedules: [hours(ALL_WEEK, '10:00', '22:00')],
    applicationProcess: 'Ring på nummeret. Du behøver ikke sige dit navn.',
    terms: { challenge: ['ensomhed'], target_group: ['aeldre', 'enlige', 'voksne'], activity: ['telefonraadgivning'] },
    minimumAge: 18,
    anonymous: true,
  },
  {
    organization: 3,
    name: 'Telefonven',
    summary: 'Få en fast frivillig, der ringer til dig en gang om ugen.',
    description:
      'En telefonven er en frivillig, der ringer til dig på et fast tidspunkt hver uge. I lærer hinanden at kende og taler om det, I har lyst til.',
    attendingTypes: ['phone'],
    page: 'telefonven',
    schedules: [],
    scheduleText: 'En gang om ugen, på et tidspunkt I aftaler',
    applicationProcess: 'Ring til foreningen eller skriv på hjemmesiden, så finder vi en telefonven til dig.',
    terms: { challenge: ['ensomhed'], target_group: ['aeldre', 'enlige'], activity: ['besoegsven'] },
    minimumAge: 60,
  },
  {
    organization: 3,
    name: 'Online fællesskab for unge voksne',
    summary: 'Mød andre unge voksne, der savner venner, i små grupper over video.',
    description:
      'Vi mødes over video i grupper på seks og taler om at være ensom som ung voksen. Efter nogle gange mødes mange af grupperne også i virkeligheden.',
    attendingTypes: ['online'],
    page: 'unge-voksne',
    schedules: [hours(['TH'], '19:30', '21:00')],
    applicationProcess: 'Tilmeld dig på hjemmesiden.',
    terms: { challenge: ['ensomhed', 'lavt-selvvaerd'], target_group: ['unge', 'studerende'], activity: ['netvaerksgruppe'] },
    minimumAge: 18,
    maximumAge: 30,
  },
  {
    organization: 4,
    name: 'Sorglinjen',
    summary: 'Tal med en frivillig, når du har mistet en, du holder af.',
    description:
      'Sorg kan fylde meget, også længe efter et dødsfald. På Sorglinjen kan du tale med en frivillig, der er uddannet til at lytte. Samtalen er gratis, og du kan være anonym.',
    attendingTypes: ['phone'],
    phone: '+45 70 15 56 56',
    page: 'sorglinjen',
    schedules: [hours(WEEKDAYS, '16:00', '21:00'), hours(['SU'], '12:00', '16:00')],
    applicationProcess: 'Ring på nummeret.',
    terms: { challenge: ['sorg'], target_group: ['efterladte', 'voksne'], activity: ['telefonraadgivning'] },
    minimumAge: 18,
    anonymous: true,
  },
  {
    organization: 4,
    name: 'Online sorggruppe for unge',
    summary: 'En sorggruppe over video for unge, der har mistet en forælder eller søskende.',
    description:
      'I gruppen mødes du med andre unge, der også har mistet. I taler om sorgen og om at leve videre. Gruppen ledes af to frivillige med uddannelse i sorgarbejde.',
    attendingTypes: ['online'],
    page: 'ung-sorggruppe',
    schedules: [hours(['MO'], '19:00', '20:30')],
    applicationProcess: 'Tilmeld dig på hjemmesiden. Grupperne starter i januar og august.',
    terms: { challenge: ['sorg'], target_group: ['unge', 'efterladte'], activity: ['samtalegruppe'] },
    minimumAge: 14,
    maximumAge: 28,
  },
  {
    organization: 5,
    name: 'Demenslinjen for pårørende',
    summary: 'Rådgivning til dig, der er pårørende til et menneske med demens.',
    description:
      'Ring til en demenskonsulent og få råd om hverdagen, hjælp fra kommunen, og hvordan du passer på dig selv. Du kan også ringe, hvis du selv er bekymret for din hukommelse.',
    attendingTypes: ['phone'],
    phone: '+45 70 16 66 66',
    page: 'linjen',
    schedules: [hours(WEEKDAYS, '09:00', '15:00')],
    applicationProcess: 'Ring på nummeret.',
    terms: { challenge: ['demens'], target_group: ['paaroerende', 'aeldre'], activity: ['telefonraadgivning', 'raadgivning'] },
  },
  {
    organization: 5,
    name: 'Online pårørendegruppe om demens',
    summary: 'Mød andre pårørende til mennesker med demens over video.',
    description:
      'I gruppen deler I erfaringer og får støtte af hinanden. En demenskonsulent leder møderne, som holdes hver anden onsdag over video.',
    attendingTypes: ['online'],
    page: 'paaroerendegruppe',
    schedules: [hours(['WE'], '19:00', '20:30')],
    applicationProcess: 'Tilmeld dig på hjemmesiden eller ring til Demenslinjen.',
    terms: { challenge: ['demens'], target_group: ['paaroerende'], activity: ['samtalegruppe', 'selvhjaelpsgruppe'] },
    minimumAge: 18,
  },
  {
    organization: 6,
    name: 'Kræftlinjen',
    summary: 'Tal med en sygeplejerske eller psykolog, når kræft rammer dig eller en, du holder af.',
    description:
      'På Kræftlinjen kan du stille spørgsmål om sygdom, behandling og bivirkninger, og tale om det, der er svært. Vi taler også med børn og unge, der har en syg forælder.',
    attendingTypes: ['phone', 'online'],
    phone: '+45 70 17 76 76',
    page: 'kraeftlinjen',
    schedules: [hours(WEEKDAYS, '09:00', '21:00'), hours(['SA', 'SU'], '12:00', '17:00')],
    applicationProcess: 'Ring eller start en chat på hjemmesiden.',
    terms: { challenge: ['kraeft', 'paaroerende-til-syg'], target_group: ['paaroerende', 'voksne'], activity: ['telefonraadgivning', 'chatraadgivning'] },
  },
  {
    organization: 6,
    name: 'Netværk for unge pårørende til kræftsyge',
    summary: 'Et online netværk for unge, hvis mor, far eller søskende har kræft.',
    description:
      'Mød andre unge i samme situation i et lukket forum og ved møder over video hver måned. En psykolog er med til møderne.',
    attendingTypes: ['online'],
    page: 'ung-paaroerende',
    schedules: [hours(['TH'], '19:00', '20:30')],
    applicationProcess: 'Tilmeld dig på hjemmesiden.',
    terms: { challenge: ['kraeft', 'paaroerende-til-syg'], target_group: ['unge', 'paaroerende'], activity: ['netvaerksgruppe'] },
    minimumAge: 13,
    maximumAge: 25,
  },
  {
    organization: 7,
    name: 'Gældsrådgivning på telefon',
    summary: 'Få gratis hjælp til at få overblik over din gæld og dit budget.',
    description:
      'En frivillig økonom eller jurist gennemgår din gæld med dig, hjælper dig med at lægge et budget og forklarer, hvad du kan gøre over for dine kreditorer.',
    attendingTypes: ['phone'],
    phone: '+45 70 18 86 86',
    page: 'telefon',
    schedules: [hours(['MO', 'TU', 'WE', 'TH'], '16:00', '19:00')],
    applicationProcess: 'Ring på nummeret. Hav gerne dine breve fra kreditorerne ved hånden.',
    terms: { challenge: ['oekonomi-og-gaeld'], target_group: ['voksne'], activity: ['oekonomisk-raadgivning'] },
    minimumAge: 18,
  },
  {
    organization: 7,
    name: 'Online budgetkursus',
    summary: 'Lær at lægge et budget, der holder – i dit eget tempo.',
    description:
      'Kurset består af korte videoer og øvelser. Du lærer at få overblik over dine udgifter og at lægge penge til side. Du kan stille spørgsmål til en rådgiver undervejs.',
    attendingTypes: ['online'],
    page: 'budgetkursus',
    schedules: [],
    scheduleText: 'Når det passer dig',
    applicationProcess: 'Opret dig på hjemmesiden og start, når du vil.',
    terms: { challenge: ['oekonomi-og-gaeld'], target_group: ['voksne', 'studerende'], activity: ['kursus'] },
    minimumAge: 16,
  },
  {
    organization: 8,
    name: 'Landslinjen mod vold',
    summary: 'Døgnåben rådgivning, hvis du bliver udsat for vold af en, du bor med eller er kæreste med.',
    description:
      'Ring, hvis du bliver slået, truet eller kontrolleret af en partner eller et familiemedlem. Vi hjælper dig med at finde et krisecenter og med at lægge en plan for din sikkerhed.',
    attendingTypes: ['phone'],
    phone: '+45 70 19 96 96',
    page: 'linjen',
    schedules: ROUND_THE_CLOCK,
    applicationProcess: 'Ring på nummeret, når som helst.',
    terms: { challenge: ['vold-i-naere-relationer'], target_group: ['kvinder', 'maend'], activity: ['telefonraadgivning'] },
    anonymous: true,
    languages: ['da', 'en', 'ar'],
  },
  {
    organization: 8,
    name: 'Chat om vold i kæresteforhold',
    summary: 'Skriv med en rådgiver, hvis din kæreste kontrollerer eller skader dig.',
    description:
      'Er du ung og i tvivl, om det er normalt, det din kæreste gør? I chatten kan du skrive anonymt med en rådgiver, der kender til vold i unges kæresteforhold.',
    attendingTypes: ['online'],
    page: 'kaerestevold',
    schedules: [hours(ALL_WEEK, '16:00', '22:00')],
    applicationProcess: 'Start en chat på hjemmesiden.',
    terms: { challenge: ['vold-i-naere-relationer', 'parforhold'], target_group: ['unge'], activity: ['chatraadgivning'] },
    minimumAge: 13,
    maximumAge: 25,
    anonymous: true,
  },
  {
    organization: 9,
    name: 'Rådgivning om spiseforstyrrelser',
    summary: 'Ring eller skriv, hvis du eller en, du kender, har det svært med mad og krop.',
    description:
      'Rådgiverne har selv været syge eller er pårørende og har en uddannelse i rådgivning. Du kan tale om dine tanker om mad og få hjælp til at søge behandling.',
    attendingTypes: ['phone', 'online'],
    phone: '+45 70 21 11 11',
    page: 'raadgivning',
    schedules: [hours(['MO', 'TU', 'WE', 'TH'], '15:00', '21:00')],
    applicationProcess: 'Ring eller start en chat på hjemmesiden.',
    terms: { challenge: ['spiseforstyrrelse'], target_group: ['unge', 'paaroerende'], activity: ['telefonraadgivning', 'chatraadgivning'] },
    anonymous: true,
  },
  {
    organization: 9,
    name: 'Online gruppe for forældre til børn med spiseforstyrrelse',
    summary: 'Mød andre forældre over video og få støtte i en hård tid.',
    description:
      'Gruppen mødes hver anden mandag over video. I deler erfaringer om behandling, måltider og hverdagen, og får redskaber fra en erfaren rådgiver.',
    attendingTypes: ['online'],
    page: 'foraeldregruppe',
    schedules: [hours(['MO'], '20:00', '21:30')],
    applicationProcess: 'Tilmeld dig på hjemmesiden.',
    terms: { challenge: ['spiseforstyrrelse'], target_group: ['foraeldre'], activity: ['selvhjaelpsgruppe'] },
    minimumAge: 18,
  },
  {
    organization: 10,
    name: 'Veteranlinjen',
    summary: 'Døgnåben rådgivning for veteraner og deres pårørende.',
    description:
      'Har du været udsendt, eller er du pårørende til en veteran, kan du ringe døgnet rundt og tale med en psykolog eller socialrådgiver. Vi hjælper også med kontakt til behandling.',
    attendingTypes: ['phone'],
    phone: '+45 70 22 21 21',
    page: 'linjen',
    schedules: ROUND_THE_CLOCK,
    applicationProcess: 'Ring på nummeret.',
    terms: { challenge: ['ptsd-og-traumer'], target_group: ['veteraner', 'paaroerende'], activity: ['telefonraadgivning', 'psykologhjaelp'] },
    minimumAge: 18,
  },
  {
    organization: 11,
    name: 'Alkohollinjen',
    summary: 'Anonym rådgivning om alkohol – til dig, der drikker, og til dine pårørende.',
    description:
      'Er du bekymret for dit eget eller en andens forbrug af alkohol, kan du ringe og tale med en rådgiver. Vi fortæller også, hvor du kan få gratis behandling i din kommune.',
    attendingTypes: ['phone', 'online'],
    phone: '+45 70 23 31 31',
    page: 'alkohol',
    schedules: [hours(WEEKDAYS, '10:00', '22:00'), hours(['SA', 'SU'], '12:00', '18:00')],
    applicationProcess: 'Ring eller start en chat på hjemmesiden. Du kan være anonym.',
    terms: { challenge: ['alkohol', 'misbrug-i-familien'], target_group: ['voksne', 'paaroerende'], activity: ['telefonraadgivning', 'chatraadgivning'] },
    minimumAge: 15,
    anonymous: true,
  },
  {
    organization: 11,
    name: 'Spillelinjen',
    summary: 'Rådgivning, hvis spil om penge fylder for meget.',
    description:
      'Spiller du for mere, end du har råd til, eller er du pårørende til en, der gør? Ring og tal anonymt med en rådgiver om spil, gæld og veje ud af det.',
    attendingTypes: ['phone'],
    phone: '+45 70 23 32 32',
    page: 'spil',
    schedules: [hours(WEEKDAYS, '12:00', '20:00')],
    applicationProcess: 'Ring på nummeret.',
    terms: { challenge: ['ludomani', 'oekonomi-og-gaeld'], target_group: ['voksne', 'paaroerende'], activity: ['telefonraadgivning'] },
    minimumAge: 18,
    anonymous: true,
  },
  {
    organization: 12,
    name: 'Psykinfo-linjen',
    summary: 'Rådgivning om psykisk sygdom til dig, der er ramt, og til pårørende.',
    description:
      'Ring, hvis du har spørgsmål om psykisk sygdom, medicin eller behandling, eller hvis du er pårørende og har brug for at tale med nogen. Rådgiverne er frivillige med faglig baggrund.',
    attendingTypes: ['phone'],
    phone: '+45 70 24 41 41',
    page: 'linjen',
    schedules: [hours(WEEKDAYS, '10:00', '22:00'), hours(['SA', 'SU'], '14:00', '20:00')],
    applicationProcess: 'Ring på nummeret.',
    terms: { challenge: ['psykisk-saarbarhed', 'depression'], target_group: ['voksne', 'paaroerende'], activity: ['telefonraadgivning'] },
    minimumAge: 16,
  },
  {
    organization: 12,
    name: 'Online selvhjælpsgruppe mod stress',
    summary: 'Lær at mærke og håndtere stress i en lille gruppe over video.',
    description:
      'Gruppen mødes seks gange over video. I lærer om stress, om søvn og om at sige fra, og støtter hinanden undervejs. En frivillig med erfaring fra stressbehandling leder gruppen.',
    attendingTypes: ['online'],
    page: 'stressgruppe',
    schedules: [hours(['WE'], '19:00', '20:30')],
    applicationProcess: 'Tilmeld dig på hjemmesiden.',
    terms: { challenge: ['stress', 'soevnproblemer'], target_group: ['voksne'], activity: ['selvhjaelpsgruppe'] },
    minimumAge: 18,
  },
  {
    organization: 13,
    name: 'Handicaplinjen – rådgivning om rettigheder',
    summary: 'Få hjælp til at forstå dine rettigheder og til at søge hjælp i kommunen.',
    description:
      'Har du et handicap, eller har dit barn det, kan du få råd om hjælpemidler, støtte i hverdagen og klager over en afgørelse. Rådgiverne er socialrådgivere.',
    attendingTypes: ['phone'],
    phone: '+45 70 25 51 51',
    page: 'raadgivning',
    schedules: [hours(['MO', 'TU', 'TH'], '09:00', '14:00')],
    applicationProcess: 'Ring på nummeret, eller bestil en tid på hjemmesiden.',
    terms: { challenge: ['fysisk-handicap'], target_group: ['mennesker-med-handicap', 'foraeldre'], activity: ['raadgivning', 'juridisk-raadgivning'] },
  },
  {
    organization: 14,
    name: 'Gratis retshjælp online',
    summary: 'Stil dit juridiske spørgsmål og få svar fra en frivillig jurist.',
    description:
      'Har du spørgsmål om bolig, arbejde, familie eller gæld, kan du skrive til os eller tale med en frivillig jurist over video. Rådgivningen er gratis.',
    attendingTypes: ['online'],
    page: 'spoergsmaal',
    schedules: [hours(['TU', 'TH'], '17:00', '20:00')],
    applicationProcess: 'Skriv dit spørgsmål på hjemmesiden eller bestil en videosamtale.',
    terms: { challenge: ['oekonomi-og-gaeld'], target_group: ['voksne'], activity: ['juridisk-raadgivning'] },
    minimumAge: 18,
    languages: ['da', 'en'],
  },
  {
    organization: 14,
    name: 'Retshjælp for flygtninge',
    summary: 'Juridisk rådgivning om opholdstilladelse og familiesammenføring.',
    description:
      'Vi hjælper med spørgsmål om ophold, familiesammenføring og statsborgerskab. Du kan få rådgivning på dansk, engelsk og arabisk over telefon eller video.',
    attendingTypes: ['phone', 'online'],
    phone: '+45 70 26 61 61',
    page: 'flygtninge',
    schedules: [hours(['WE'], '13:00', '17:00')],
    applicationProcess: 'Ring i åbningstiden eller bestil en tid på hjemmesiden.',
    terms: { challenge: ['sprog-og-integration'], target_group: ['flygtninge-og-indvandrere'], activity: ['juridisk-raadgivning'] },
    minimumAge: 18,
    languages: ['da', 'en', 'ar'],
  },
  {
    organization: 3,
    name: 'Juleaften i telefonen',
    summary: 'Et nyt tilbud om samtaler juleaften, som endnu ikke er klar.',
    description: 'Frivillige ringer op til dem, der er alene juleaften. Tilbuddet er under udarbejdelse.',
    attendingTypes: ['phone'],
    page: 'jul',
    schedules: [],
    scheduleText: 'Juleaften',
    applicationProcess: 'Tilmelding åbner i november.',
    terms: { challenge: ['ensomhed'], target_group: ['aeldre'], activity: ['telefonraadgivning'] },
    status: 'draft',
  },
];

const DAY_MS = 86_400_000;

/** The national demo catalogue, dated relative to `referenceDate` (YYYY-MM-DD). */
export function nationalDemoCatalogue(referenceDate: string = DEMO_REFERENCE_DATE): DemoCatalogue {
  const reference = Date.parse(referenceDate);
  const daysAgo = (days: number) => new Date(reference - days * DAY_MS).toISOString();
  const organizations = ORGANIZATIONS.map(
    (organization): DemoOrganization => ({
      name: organization.name,
      alternateName: null,
      description: organization.description,
      email: `kontakt@${organization.domain}.example`,
      website: `https://www.${organization.domain}.example`,
      phone: organization.phone,
      taxId: organization.taxId,
    }),
  );
  const offers = OFFERS.map((spec, index): DemoOffer => {
    const organization = organizations[spec.organization];
    const status = spec.status ?? 'published';
    const published = status === 'published';
    // Spread over the last year, so "newest first" has an order; confirmed within the last 90 days.
    const age = 30 + ((index * 11) % 330);
    return {
      organization: spec.organization,
      status,
      name: spec.name,
      alternateName: null,
      summary: spec.summary,
      description: spec.description,
      url: `${organization.website}/${spec.page}`,
      email: organization.email,
      phone: spec.phone ?? null,
      applicationProcess: spec.applicationProcess,
      eligibilityDescription: eligibility(spec),
      isFree: true,
      feeAmount: null,
      feesDescription: '',
      referralRequired: false,
      anonymous: spec.anonymous ?? false,
      attendingTypes: spec.attendingTypes,
      languages: spec.languages ?? ['da'],
      minimumAge: spec.minimumAge ?? null,
      maximumAge: spec.maximumAge ?? null,
      scheduleDescription: spec.scheduleText ?? describeSchedules(spec.schedules),
      assuredDate: published ? daysAgo((index * 7) % 90).slice(0, 10) : null,
      assurerEmail: published ? organization.email : null,
      publishedAt: published ? daysAgo(age) : null,
      createdAt: daysAgo(age + 7),
      updatedAt: daysAgo((index * 7) % 90),
      terms: spec.terms,
      locations: [],
      schedules: spec.schedules,
      contacts: [],
    };
  });
  return { organizations, offers };
}

/** Who the offer is for, in words: "Fra 13 år", "For dig mellem 10 og 24 år", or everyone. */
function eligibility(spec: NationalOfferSpec): string {
  const where = 'Du kan bruge tilbuddet, uanset hvor i landet du bor.';
  if (spec.minimumAge !== undefined && spec.maximumAge !== undefined) {
    return `For dig mellem ${spec.minimumAge} og ${spec.maximumAge} år. ${where}`;
  }
  if (spec.minimumAge !== undefined) return `For dig fra ${spec.minimumAge} år. ${where}`;
  return `For alle. ${where}`;
}
