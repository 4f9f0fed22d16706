import { describe, expect, it } from 'vitest';
import { changeDates, spanOf, statusOn, toDatedClaims } from '../../../src/data/claimTimeline';
import type { EvidenceJson } from '../../../src/data/schema';
import type { Status } from '../../../src/model/statuses';

const sources = new Map([
  ['press', { published: '2023-03-20' }],
  ['article', { published: '2024-02-28' }],
  ['undated', {}],
]);
const claim = (source: string, status: Status, date?: string, endDate?: string): EvidenceJson => ({
  source,
  quote: `${source} says ${status}`,
  translation: { en: `${source} says ${status}` },
  status,
  ...(date ? { date } : {}),
  ...(endDate ? { endDate } : {}),
});
const on = (claims: EvidenceJson[], date: string | null) => statusOn(toDatedClaims(claims, sources), date);

describe('a partnership over time', () => {
  it('dates a claim by its own date, else by its source, and never invents one', () => {
    const dated = toDatedClaims(
      [claim('article', 'potential'), claim('press', 'active', '2023-03-16'), claim('undated', 'exploring')],
      sources,
    );
    expect(dated.map((d) => [d.claim.source, d.from, d.datedBy])).toEqual([
      ['undated', null, null],
      ['press', '2023-03-16', 'claim'],
      ['article', '2024-02-28', 'source'],
    ]);
    const onEvent = toDatedClaims(
      [{ source: 'press', event: 'handover', status: 'active' }],
      sources,
      new Map([['handover', '2023-03-16']]),
    );
    expect(onEvent.map((d) => [d.from, d.datedBy])).toEqual([['2023-03-16', 'event']]);
  });

  it('is not known before its first dated claim, and takes each claim from its date on', () => {
    const claims = [claim('press', 'exploring', '2019-06-25'), claim('press', 'active', '2021-12-01')];
    expect(on(claims, '2019-01-01')).toBeNull();
    expect(on(claims, '2019-06-25')?.status).toBe('exploring');
    expect(on(claims, '2020-06-01')?.status).toBe('exploring');
    expect(on(claims, '2022-01-01')?.status).toBe('active');
    expect(on(claims, null)?.status).toBe('active');
  });

  it('holds a claim over a period only within it, and has ended after it', () => {
    const claims = [claim('press', 'active', '2013-04-25', '2023-12-31')];
    expect(on(claims, '2020-01-01')?.status).toBe('active');
    expect(on(claims, '2023-12-31')?.status).toBe('active');
    expect(on(claims, '2024-01-01')?.status).toBe('ended');
    expect(spanOf(toDatedClaims(claims, sources))).toEqual({ since: '2013-04-25', until: '2024-01-01' });
  });

  it('reads a later end, or a later stronger status from another source, as a change, not a disagreement', () => {
    const ending = [claim('press', 'active', '2014-08-01'), claim('article', 'ended')];
    expect(on(ending, null)).toMatchObject({ status: 'ended', disagreement: null });
    const growing = [claim('press', 'exploring', '2019-06-25'), claim('article', 'active')];
    expect(on(growing, null)).toMatchObject({ status: 'active', disagreement: null });
  });

  it('shows a disagreement when a later source calls the partnership weaker without saying it ended', () => {
    const claims = [claim('press', 'active', '2023-03-16'), claim('article', 'potential')];
    expect(on(claims, '2023-06-01')).toMatchObject({ status: 'active', disagreement: null });
    const later = on(claims, '2024-03-01')!;
    expect(later.status).toBe('potential');
    expect(later.disagreement?.sides.map((side) => [side.status, side.claims.map((c) => c.claim.source)])).toEqual([
      ['potential', ['article']],
      ['active', ['press']],
    ]);
  });

  it('reads an earlier status that a later source built on as history, not as a side of a disagreement', () => {
    const claims = [claim('undated', 'emerging', '2022-12-21'), claim('press', 'active', '2023-03-16'), claim('article', 'potential')];
    expect(on(claims, null)?.disagreement?.sides.map((side) => side.status)).toEqual(['potential', 'active']);
  });

  it('shows a disagreement when two sources give two statuses for the same day', () => {
    const claims = [claim('press', 'active', '2023-03-16'), claim('article', 'exploring', '2023-03-16')];
    expect(on(claims, null)?.disagreement?.sides).toHaveLength(2);
  });

  it('holds an undated claim at every date, and shows it disagreeing with any other status', () => {
    expect(on([claim('undated', 'potential')], '1990-01-01')?.status).toBe('potential');
    const claims = [claim('undated', 'potential'), claim('press', 'active', '2023-03-16')];
    expect(on(claims, '2020-01-01')).toMatchObject({ status: 'potential', disagreement: null });
    expect(on(claims, '2024-01-01')?.disagreement?.sides.map((s) => s.status)).toEqual(['active', 'potential']);
  });

  it('lists the dates where its timeline moves', () => {
    expect(changeDates(toDatedClaims([claim('press', 'active', '2013-04-25', '2023-12-31'), claim('article', 'ended')], sources))).toEqual([
      '2013-04-25',
      '2024-01-01',
      '2024-02-28',
    ]);
  });
});
