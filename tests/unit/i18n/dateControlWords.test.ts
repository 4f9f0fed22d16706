import { describe, expect, it } from 'vitest';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';

describe('the date control’s words', () => {
  it('say the date in words in both languages, and the latest state when no date is chosen', () => {
    expect(fr.dateControl.valueText('2024-02-28')).toBe('28 février 2024');
    expect(en.dateControl.valueText('2024-02-28')).toBe('February 28, 2024');
    expect(fr.dateControl.asOf(null)).toBe('Dernier état connu');
    expect(en.dateControl.asOf('2022-06-01')).toBe('As of June 1, 2022');
  });

  it('count the changes between two dates, in order, with none said in a sentence', () => {
    expect(en.dateControl.compareSummary(1, '2021-01-01', '2024-12-31')).toBe('1 change between January 1, 2021 and December 31, 2024:');
    expect(fr.dateControl.compareSummary(0, '2021-01-01', '2021-01-01')).toBe(
      'Rien n’a changé entre le 1 janvier 2021 et le 1 janvier 2021.',
    );
    expect(en.dateControl.changed(['Started', 'Ended'])).toBe('changed between the two compared dates (started, ended)');
  });
});
