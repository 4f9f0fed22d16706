import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/extract/detectLanguage';

describe('detectLanguage', () => {
  it('reads a one-line English text as English', () => {
    expect(detectLanguage('Turkish troops are deployed in Chad.')).toBe('en');
  });

  it('reads another one-line English text with a French-looking name as English', () => {
    expect(detectLanguage('Niger signed an accord with Russia in Niamey.')).toBe('en');
  });

  it('reads a one-line French text as French', () => {
    expect(detectLanguage('La Turquie livre des drones au Mali.')).toBe('fr');
  });

  it('reads a one-line French text whose only function words are elided as French', () => {
    expect(detectLanguage("L'accord d'Abuja renforce l'alliance.")).toBe('fr');
  });

  it('reads a French text with accented function words as French', () => {
    expect(detectLanguage('Les accords ont été signés à Dakar.')).toBe('fr');
  });
});
