// GDP and population by ISO 3166 alpha-3 and year, with the rule docs/design.md states for a year
// that is not out yet: the latest earlier year. Pure, so the ranking's arithmetic is testable alone.
export type Indicator = 'gdp' | 'population';
export type Figure = { value: number; year: number };

export class CountryFigures {
  private readonly series = new Map<string, Map<number, number>>();
  private readonly latest: Record<Indicator, number> = { gdp: 0, population: 0 };

  add(indicator: Indicator, iso3: string, year: number, value: number): void {
    const key = `${indicator}:${iso3}`;
    const years = this.series.get(key) ?? new Map<number, number>();
    years.set(year, value);
    this.series.set(key, years);
    this.latest[indicator] = Math.max(this.latest[indicator], year);
  }

  /** The figure of `year`, else of the latest earlier year held; null when the country has none by then. */
  lookup(indicator: Indicator, iso3: string, year: number): Figure | null {
    const years = this.series.get(`${indicator}:${iso3}`);
    if (!years) return null;
    let best: number | null = null;
    for (const y of years.keys()) if (y <= year && (best === null || y > best)) best = y;
    return best === null ? null : { value: years.get(best)!, year: best };
  }

  /** Whether the files hold any figure of this kind for the country. */
  has(indicator: Indicator, iso3: string): boolean {
    return this.series.has(`${indicator}:${iso3}`);
  }

  /** The last year any country has a figure for (undated pledges are measured against it). */
  latestYear(indicator: Indicator): number {
    return this.latest[indicator];
  }
}
