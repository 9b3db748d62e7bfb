import { fixtureCatalog } from '../../fixtures/catalog';
import type { Indicator, Region } from '../../src/contract/schemas';

export function fixtureIndicator(id: string): Indicator {
  const found = fixtureCatalog.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`no indicator ${id} in the fixtures`);
  return found;
}

export function fixtureRegion(id: string): Region {
  const found = fixtureCatalog.regions.find((region) => region.id === id);
  if (!found) throw new Error(`no region ${id} in the fixtures`);
  return found;
}
