import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/i18n/plural';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('plurals', () => {
  it('writes 0 and 1 in the singular in French, and only 1 in English', () => {
    expect([0, 1, 2, 1000, 1_000_000].map((n) => plural('fr', n, 'one', 'other'))).toEqual(['one', 'one', 'other', 'other', 'other']);
    expect([0, 1, 2, 1000].map((n) => plural('en', n, 'one', 'other'))).toEqual(['other', 'one', 'other', 'other']);
  });

  it('reads "0 steps" and "0 partners shown" in English, "0 étape" and "0 partenaire affiché" in French', () => {
    expect(en.present.edit(0)).toBe('Story (0 steps)');
    expect(en.present.edit(1)).toBe('Story (1 step)');
    expect(en.map.focusTip('Mali', 0)).toBe('Mali – focus country, 0 partners shown');
    expect(en.filters.shown(0, 1)).toBe('0 of 1 partnership');
    expect(en.filters.shown(0, 0)).toBe('0 of 0 partnerships');
    expect(fr.present.edit(0)).toBe('Récit (0 étape)');
    expect(fr.map.focusTip('Mali', 0)).toBe('Mali – pays étudié, 0 partenaire affiché');
    expect(fr.map.focusTip('Mali', 2)).toBe('Mali – pays étudié, 2 partenaires affichés');
    expect(fr.data.leftOut(1)).toBe('1 ligne laissée de côté, comme choisi.');
    expect(en.issuesCount(1)).toBe('1 problem found:');
  });

  it('makes French status adjectives agree with the count', () => {
    expect(fr.sectors.segment(1, 'ended')).toBe('1 terminé');
    expect(fr.sectors.segment(2, 'ended')).toBe('2 terminés');
    expect(fr.sectors.segment(2, 'exploring')).toBe('2 en discussion');
    expect(en.sectors.segment(2, 'ended')).toBe('2 ended');
  });

  it('says a dataset of one partnership or none in words, not "all 1 partnerships"', () => {
    expect(en.share.allShown(1)).toBe('The one partnership of the dataset');
    expect(fr.share.allShown(0)).toBe('Aucun partenariat dans le jeu de données');
    expect(fr.share.allShown(12)).toBe('Les 12 partenariats du jeu de données');
  });

  it('leaves no hand-written plural in the catalogues, the views or the loaders', () => {
    // A count compared with 1 that chooses between two words, or an "s" added by hand.
    const handWritten = /[<>!=]==? ?1 \? ['"`]|\? 's' :|\? '' : 's'/;
    const found = sourceFiles('src').filter((file) => handWritten.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
