// Re-exports only: see STYLE.md §1.
export { extractEntities } from './extract-entities.js';
export { extractDates } from './extract-dates.js';
export { extractPercentages } from './extract-percentages.js';
export { extractOfficials } from './extract-officials.js';
export { extractOrganisations } from './extract-organisations.js';
export type {
  DateEntity,
  Entities,
  EntityOptions,
  EntitySpan,
  OfficialEntity,
  OrganisationEntity,
  PercentageEntity,
  PercentQualifier,
} from './types.js';
