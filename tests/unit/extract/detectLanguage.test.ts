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

  it('does not count the elided article of a name that English writes too as French', () => {
    expect(detectLanguage("Mali signed a deal with Côte d'Ivoire.")).toBe('en');
    expect(detectLanguage("Chad's army left N'Djamena.")).toBe('en');
  });

  it('does not count a capitalised article inside a name as a function word', () => {
    expect(detectLanguage('Togo told Le Monde of the deal.')).toBe('en');
    expect(detectLanguage('The Hague hosts the court.')).toBe('en');
  });

  it('does not count words French writes too (on, an, or) as English', () => {
    expect(detectLanguage("On a appris qu'un an plus tard, Bamako achetait de l'or.")).toBe('fr');
  });

  it('reads a headline with no function word from the language of its country names', () => {
    expect(detectLanguage('Russia, Mali sign defence pact')).toBe('en');
    expect(detectLanguage('Mali buys Turkish drones')).toBe('en');
    expect(detectLanguage('Accord Mali Russie')).toBe('fr');
    expect(detectLanguage('Drones turcs pour le Mali')).toBe('fr');
  });

  it('reads the possessive of a name as English', () => {
    expect(detectLanguage('Ghana trains Togo’s soldiers.')).toBe('en');
  });

  it('reads a derived English demonym as English when no function word tells', () => {
    expect(detectLanguage('Mali welcomed Russian instructors.')).toBe('en');
    expect(detectLanguage('Mali relies on Russian wheat.')).toBe('en');
  });
});
