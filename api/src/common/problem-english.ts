import { RUN_STATUS_TEXTS, type Problem } from '@wijkkracht/contracts';

/**
 * The API words its problem details in Dutch, the reference language; a client that prefers English
 * (Accept-Language, as the web app sends in English) gets them in English. Each entry is a Dutch
 * detail with `{}` where a value goes (`{status}` for a run's status in Dutch) and its English,
 * with `{0}`, `{1}`… for those values in order. A detail without an entry stays Dutch; the tests
 * check that every detail the API's code writes has one (problem-english.spec.ts).
 */
const DETAILS: readonly [string, string][] = [
  // Signing in, tokens and roles.
  ['Het e-mailadres of het wachtwoord klopt niet.', 'The e-mail address or the password is not right.'],
  [
    'Te veel mislukte pogingen voor dit account. Probeer het over {} seconden opnieuw.',
    'Too many failed attempts for this account. Try again in {0} seconds.',
  ],
  [
    'Te veel aanmeldpogingen vanaf dit adres. Probeer het over {} seconden opnieuw.',
    'Too many sign-in attempts from this address. Try again in {0} seconds.',
  ],
  [
    'Meld u aan: dit verzoek vraagt om een geldig toegangstoken.',
    'Sign in: this request needs a valid access token.',
  ],
  [
    'Het toegangstoken is ongeldig, verlopen of ingetrokken. Meld u opnieuw aan.',
    'The access token is invalid, expired or revoked. Sign in again.',
  ],
  [
    'Dit verzoek mist de CSRF-controle van uw sessie. Laad de pagina opnieuw en probeer het nog eens.',
    'This request lacks the CSRF check of your session. Reload the page and try again.',
  ],
  ['Dit API-token (rol {}) mag dit niet.', 'This API token (role {0}) may not do this.'],
  ['Uw rol ({}) mag dit niet.', 'Your role ({0}) may not do this.'],
  ['Raadsleden kijken mee maar wijzigen niets.', 'Council members can look but not change anything.'],
  [
    'U hebt het afgelopen uur al {} API-tokens gemaakt. Probeer het over {} seconden opnieuw.',
    'You have created {0} API tokens in the past hour. Try again in {1} seconds.',
  ],
  [
    'Een API-token mag niet meer dan uw eigen rol. Kies een andere rol.',
    'An API token may not do more than your own role. Choose another role.',
  ],
  ['U hebt geen API-token met id {}.', 'You have no API token with id {0}.'],
  [
    'API-tokens beheert u na aanmelden, niet met een API-token.',
    'API tokens are managed after signing in, not with an API token.',
  ],
  [
    'U kunt uw eigen rol niet wijzigen en uzelf niet blokkeren.',
    'You cannot change your own role or block yourself.',
  ],
  ['U kunt uw eigen account niet verwijderen.', 'You cannot delete your own account.'],
  // Requests and records in general.
  ['Controleer {}.', 'Check {0}.'],
  [
    'Controleer {}: die bestaat niet in uw organisatie.',
    'Check {0}: it does not exist in your organisation.',
  ],
  ['Er ontbreekt een verplicht veld.', 'A required field is missing.'],
  [
    'Een waarde heeft niet de juiste vorm of is te groot.',
    'A value does not have the right form or is too large.',
  ],
  ['Het id is geen geldige UUID.', 'The id is not a valid UUID.'],
  ['Geen {} met id {} in uw organisatie.', 'No {0} with id {1} in your organisation.'],
  ['Sorteren kan op {}.', 'Sorting is possible on {0}.'],
  ['Er bestaat al een record met deze {}.', 'A record with this {0} already exists.'],
  [
    'Dit wordt nog gebruikt (in {}); verwijder of wijzig dat eerst.',
    'This is still in use (in {0}); delete or change that first.',
  ],
  [
    'De gegevens zijn intussen door iemand anders gewijzigd. Laad ze opnieuw.',
    'Someone else changed this data in the meantime. Load it again.',
  ],
  [
    'Deze {} is intussen gewijzigd (versie {}, u stuurde {}). Laad opnieuw en probeer het nog eens.',
    'This {0} was changed in the meantime (version {1}, you sent {2}). Load it again and retry.',
  ],
  ['De body van het verzoek is te groot.', 'The body of the request is too large.'],
  ['De body van het verzoek is te diep genest.', 'The body of the request is nested too deeply.'],
  ['De body van het verzoek is geen geldige JSON.', 'The body of the request is not valid JSON.'],
  [
    'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    'Something went wrong on our side. Try again later.',
  ],
  // The plan.
  [
    'Als teamleider zet u alleen medewerkers van uw eigen team in.',
    'As a team lead you assign only staff of your own team.',
  ],
  [
    'U kunt alleen de voortgang bijwerken van taken waarop u bent ingezet.',
    'You can only update the progress of tasks you are assigned to.',
  ],
  [
    'Deze afhankelijkheid maakt een kringloop: de taken zouden op elkaar wachten.',
    'This dependency makes a cycle: the tasks would wait for each other.',
  ],
  [
    'Controleer taskId: die taak hoort niet bij deze wijk.',
    'Check taskId: that task does not belong to this wijk.',
  ],
  ['Het sjabloon klopt niet.', 'The template is not right.'],
  ['Het sjabloon is ongeldig: {}.', 'The template is invalid: {0}.'],
  [
    'Het sjabloon vraagt disciplines die uw organisatie niet heeft: {}.',
    'The template asks for disciplines your organisation does not have: {0}.',
  ],
  ['Dit scenario bestaat niet.', 'This scenario does not exist.'],
  ['Dit scenario is al tot plan gemaakt.', 'This scenario has already been made the plan.'],
  // Forecasts, levelling, advice and the queue.
  ['Geen prognose met id {} in uw organisatie.', 'No forecast with id {0} in your organisation.'],
  ['Geen wijk met id {} in uw organisatie.', 'No wijk with id {0} in your organisation.'],
  ['Deze prognose bestaat niet.', 'This forecast does not exist.'],
  ['Deze planning bestaat niet.', 'This levelling run does not exist.'],
  ['Dit advies bestaat niet.', 'This advice does not exist.'],
  [
    'Deze prognose is nog niet klaar; de heatmap volgt als de status "completed" is.',
    'This forecast is not ready yet; the heat map follows when its status is "completed".',
  ],
  [
    'Deze prognose is nog niet klaar; exporteren kan als de status "completed" is.',
    'This forecast is not ready yet; it can be exported when its status is "completed".',
  ],
  [
    'Deze prognose is nog niet klaar; het raadsrapport kan worden gemaakt als de status "completed" is.',
    'This forecast is not ready yet; the council report can be made when its status is "completed".',
  ],
  [
    'Deze planning is nog niet klaar; de taken volgen als de status "completed" is.',
    'This levelling run is not ready yet; the tasks follow when its status is "completed".',
  ],
  ['Deze prognose heeft geen reeksen per {}.', 'This forecast has no series by {0}.'],
  [
    'Deze prognose heeft geen reeksen per {}; start er een met granularity "{}".',
    'This forecast has no series by {0}; start one with granularity "{1}".',
  ],
  ['Onbekende maat of percentiel.', 'Unknown measure or percentile.'],
  ['De horizon moet na vandaag liggen.', 'The horizon must lie after today.'],
  [
    'Deze prognose is al {status} en kan niet meer worden geannuleerd.',
    'This forecast is already {0} and can no longer be cancelled.',
  ],
  [
    'Deze run is al {status} en kan niet meer worden geannuleerd.',
    'This run is already {0} and can no longer be cancelled.',
  ],
  [
    'De wachtrij is tijdelijk niet bereikbaar. Probeer het later opnieuw.',
    'The queue cannot be reached for the moment. Try again later.',
  ],
  ['Controleer jobId.', 'Check jobId.'],
  [
    'Deze mislukte taak bestaat niet in uw organisatie.',
    'This failed job does not exist in your organisation.',
  ],
  [
    'Deze taak is niet mislukt; alleen mislukte taken kunnen opnieuw.',
    'This job has not failed; only failed jobs can be retried.',
  ],
  [
    'Een mislukte prognose wordt niet hervat: start de prognose opnieuw (POST /forecasts).',
    'A failed forecast is not resumed: start the forecast again (POST /forecasts).',
  ],
  [
    'Er is inmiddels een nieuwere run met dezelfde invoer; die geldt, deze wordt niet hervat.',
    'A newer run with the same input exists meanwhile; it counts, and this one is not resumed.',
  ],
  [
    'De run van deze taak is niet mislukt; er valt niets te hervatten.',
    'The run of this job has not failed; there is nothing to resume.',
  ],
  // Audit log, calendar feeds, imports and exports.
  [
    'Geen gebeurtenis met id {} in het auditlog van uw organisatie.',
    'No event with id {0} in the audit log of your organisation.',
  ],
  [
    'Het auditlog heeft {} gebeurtenissen met deze filters; exporteer er ten hoogste {} tegelijk. Kies een kortere periode.',
    'The audit log has {0} events with these filters; export at most {1} at a time. Choose a shorter period.',
  ],
  [
    'Sorteren kan op at (oudste eerst) of -at (nieuwste eerst).',
    'Sorting is possible on at (oldest first) or -at (newest first).',
  ],
  ['Controleer to: die ligt vóór from.', 'Check to: it lies before from.'],
  ['Geen agenda-feed met id {} in uw organisatie.', 'No calendar feed with id {0} in your organisation.'],
  [
    'Alleen wie de feed maakte, een beheerder of een programmamanager kan hem intrekken.',
    'Only whoever made the feed, an admin or a programme manager can revoke it.',
  ],
  [
    'Dit is geen geldige agenda-link: controleer of de hele URL is gekopieerd.',
    'This is not a valid calendar link: check that the whole URL was copied.',
  ],
  [
    'Deze agenda-feed bestaat niet of is ingetrokken.',
    'This calendar feed does not exist or has been revoked.',
  ],
  [
    'De kolommen kloppen niet ({}). Verwachte kolommen: {}.',
    'The columns are not right ({0}). Expected columns: {1}.',
  ],
  [
    'Het bestand kan niet worden gelezen: {}. Lever een CSV- of XLSX-bestand aan.',
    'The file cannot be read: {0}. Supply a CSV or XLSX file.',
  ],
  ['Importeren kan voor staff-members en wijken.', 'Imports are possible for staff-members and wijken.'],
  [
    'Er is niets geïmporteerd: {} fout(en) in het bestand. {}.',
    'Nothing was imported: {0} error(s) in the file. {1}.',
  ],
  ['Het bestand bevat geen rijen om te importeren.', 'The file holds no rows to import.'],
  [
    'Er is geen bestand ontvangen. Stuur het als multipart/form-data in het veld "file".',
    'No file was received. Send it as multipart/form-data in the field "file".',
  ],
  ['Het bestand is te groot: hoogstens {} MB.', 'The file is too large: at most {0} MB.'],
  [
    'Het projectplan kan niet worden ingelezen: {}. Er is niets gewijzigd.',
    'The project plan cannot be read: {0}. Nothing was changed.',
  ],
  [
    'Het projectplan bevat een kring van koppelingen (een taak wacht via andere taken op zichzelf). Er is niets gewijzigd.',
    'The project plan holds a cycle of links (a task waits for itself through other tasks). Nothing was changed.',
  ],
  ['Controleer disciplineId.', 'Check disciplineId.'],
  [
    'Controleer disciplineId: die bestaat niet in uw organisatie.',
    'Check disciplineId: it does not exist in your organisation.',
  ],
  // SSO.
  [
    'Dit adres is het antwoord van de identity provider van uw organisatie; begin bij de aanmeldpagina.',
    'This address is the answer of your organisation’s identity provider; start at the sign-in page.',
  ],
  [
    'De installatie kan geen client secret bewaren: de beheerder van de installatie moet SSO_SECRET_KEY instellen.',
    'This installation cannot keep a client secret: its administrator must set SSO_SECRET_KEY.',
  ],
  [
    'Er is nog geen SSO-instelling (versie 0, u stuurde {}). Laad opnieuw en probeer het nog eens.',
    'There is no SSO setting yet (version 0, you sent {0}). Load again and retry.',
  ],
  [
    'De identity provider op {} antwoordt niet als OpenID Connect-provider ({}).',
    'The identity provider at {0} does not answer as an OpenID Connect provider ({1}).',
  ],
];

/** A run's status as the Dutch details name it, in English: the status itself ("completed"). */
const STATUS_EN: Record<string, string> = Object.fromEntries(
  Object.entries(RUN_STATUS_TEXTS).map(([status, dutch]) => [dutch, status]),
);

const TITLES_EN: Record<number, string> = {
  400: 'Invalid input',
  401: 'Not signed in',
  403: 'No access',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Unprocessable',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Exact details by their text; the others as patterns, the values between the fixed words captured,
 * the most specific first ("Controleer {}: die bestaat niet…" before "Controleer {}.").
 */
const EXACT = new Map(DETAILS.filter(([nl]) => !nl.includes('{')));
const PATTERNS = DETAILS.filter(([nl]) => nl.includes('{'))
  .map(([nl, en]) => {
    const parts = nl.split(/(\{(?:status)?\})/);
    const source = parts
      .map((part) =>
        part === '{status}'
          ? `(${Object.keys(STATUS_EN).map(escape).join('|')})`
          : part === '{}'
            ? '(.+?)'
            : escape(part),
      )
      .join('');
    return {
      pattern: new RegExp(`^${source}$`, 's'),
      en,
      statusAt: parts
        .filter((part) => part === '{}' || part === '{status}')
        .map((part) => part === '{status}'),
      fixed: nl.replace(/\{(?:status)?\}/g, '').length,
    };
  })
  .sort((a, b) => b.fixed - a.fixed);

/** The English of a Dutch problem detail, or null when there is none. */
export function englishDetail(detail: string): string | null {
  const exact = EXACT.get(detail);
  if (exact) return exact;
  for (const { pattern, en, statusAt } of PATTERNS) {
    const match = pattern.exec(detail);
    if (!match) continue;
    const values = match.slice(1).map((value, k) => (statusAt[k] ? STATUS_EN[value] : value));
    return en.replace(/\{(\d)\}/g, (_, k: string) => values[Number(k)]);
  }
  return null;
}

/** Whether an Accept-Language header ranks English above Dutch (Dutch when it names neither). */
export function prefersEnglish(acceptLanguage: string | undefined): boolean {
  if (!acceptLanguage) return false;
  let best: { lang: string; q: number } | null = null;
  for (const part of acceptLanguage.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.split('-')[0];
    if (lang !== 'en' && lang !== 'nl') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang === 'en';
}

/** The problem in English (title and detail; invalidParams' reasons are English already). */
export function inEnglish(problem: Problem): Problem {
  return {
    ...problem,
    title: TITLES_EN[problem.status] ?? 'Error',
    detail: englishDetail(problem.detail) ?? problem.detail,
  };
}
