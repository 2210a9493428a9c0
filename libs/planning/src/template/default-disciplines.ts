/**
 * The default disciplines of a heat-transition programme team (domain.md, "Disciplines").
 * Hiring lead times: 12 weeks, 20 for technical and spatial roles — assumptions (domain.md:
 * recruiters cite 60–90 days for government; ruimtelijke ordening among the hardest to fill).
 */
export interface DisciplineDefinition {
  code: string;
  name: string;
  hiringLeadWeeks: number;
}

export const DEFAULT_DISCIPLINES: readonly DisciplineDefinition[] = [
  { code: 'projectleider', name: 'Projectleider wijkaanpak', hiringLeadWeeks: 12 },
  { code: 'participatie', name: 'Participatie-/omgevingsmanager', hiringLeadWeeks: 12 },
  { code: 'communicatie', name: 'Communicatieadviseur', hiringLeadWeeks: 12 },
  { code: 'techniek', name: 'Technisch adviseur warmte', hiringLeadWeeks: 20 },
  { code: 'energieadvies', name: 'Energieadviseur (woningeigenaren)', hiringLeadWeeks: 12 },
  { code: 'financieel', name: 'Financieel/subsidieadviseur', hiringLeadWeeks: 12 },
  { code: 'juridisch', name: 'Juridisch adviseur', hiringLeadWeeks: 12 },
  { code: 'ruimtelijk', name: 'Stedenbouwkundige/ruimtelijk ontwerper', hiringLeadWeeks: 20 },
  { code: 'data-gis', name: 'Data/GIS-analist', hiringLeadWeeks: 12 },
  { code: 'programmamanagement', name: 'Programmamanager (overhead)', hiringLeadWeeks: 12 },
  { code: 'secretariaat', name: 'Secretariaat/projectondersteuning', hiringLeadWeeks: 12 },
  { code: 'openbare-ruimte', name: 'Verkeer en openbare ruimte', hiringLeadWeeks: 20 },
];
