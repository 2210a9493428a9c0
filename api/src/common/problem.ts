import type { InvalidParam, Problem } from '@wijkkracht/contracts';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Mediatype niet ondersteund',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

/** An RFC 9457 problem; `type` points at a page per status, `title` is the status in Dutch. */
export function problem(status: number, detail: string, invalidParams?: InvalidParam[]): Problem {
  return {
    type: `https://wijkkracht.example/problems/${status}`,
    title: TITLES[status] ?? 'Fout',
    status,
    detail,
    ...(invalidParams?.length ? { invalidParams } : {}),
  };
}
