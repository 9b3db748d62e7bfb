import type { LocalizedText, Point, Source } from '../contract/schemas';

/**
 * A citation made of the publisher, title and date, each where known:
 * "China Daily, Big expectations from big data, 2017-12-18".
 */
export function formatCitation(source: Source): string {
  return [source.publisher, source.title, source.date].filter(Boolean).join(', ');
}

/**
 * The sources behind the points shown, each once, in the order they first appear. A point whose
 * source id the indicator does not list is reported, not dropped.
 */
export function sourcesUsed(
  points: readonly Point[],
  sources: readonly Source[],
): { used: Source[]; unknownIds: string[] } {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const used = new Map<string, Source>();
  const unknownIds = new Set<string>();
  for (const point of points) {
    if (point.value === null) continue;
    const source = byId.get(point.sourceId);
    if (source) used.set(source.id, source);
    else unknownIds.add(point.sourceId);
  }
  return { used: [...used.values()], unknownIds: [...unknownIds] };
}

export interface BasisEntry {
  regionId: string;
  basis: LocalizedText | undefined;
}

/**
 * When series on one chart are measured on different bases (a register and a survey, say), the
 * chart must say so. Returns the entries to list, or null when all bases agree.
 */
export function differingBases(entries: readonly BasisEntry[]): BasisEntry[] | null {
  // An unstated basis is not evidence of a different one; only stated bases are compared.
  const stated = new Set(entries.flatMap((entry) => (entry.basis ? [entry.basis.en] : [])));
  return stated.size > 1 ? [...entries] : null;
}

/** The URL if it is a web address a reader may follow (http or https), else null. */
export function safeLink(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
