import countries from 'i18n-iso-countries';
import frNames from 'i18n-iso-countries/langs/fr.json';
import { describe, expect, it } from 'vitest';
import { COUNTRY_GRAMMAR } from '../../../src/i18n/frenchCountryGrammar';
import { frenchOf, frenchWithArticle } from '../../../src/i18n/frenchNames';
import type { Named } from '../../../src/i18n/named';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';

countries.registerLocale(frNames);

const country = (code: string, name: string): Named => ({ name, kind: 'country', code });
const organization = (name: string): Named => ({ name, kind: 'organization', code: name });
const person = (name: string): Named => ({ name, kind: 'person', code: name });

describe('French names after "de" and with their article', () => {
  it('knows the grammar of every country the country-name library knows, and of no other', () => {
    const library = Object.keys(countries.getAlpha3Codes()).sort();
    expect([...COUNTRY_GRAMMAR.keys()].sort()).toEqual(library);
  });

  it('writes the article of a good sample of countries, with elision', () => {
    const cases: [string, string, string][] = [
      ['MLI', 'Mali', 'du Mali'],
      ['RUS', 'Russie', 'de la Russie'],
      ['USA', 'États-Unis', 'des États-Unis'],
      ['HTI', 'Haïti', 'd’Haïti'],
      ['UKR', 'Ukraine', 'de l’Ukraine'],
      ['BFA', 'Burkina Faso', 'du Burkina Faso'],
      ['NER', 'Niger', 'du Niger'],
      ['CHN', 'Chine', 'de la Chine'],
      ['TUR', 'Turquie', 'de la Turquie'],
      ['FRA', 'France', 'de la France'],
      ['CUB', 'Cuba', 'de Cuba'],
      ['ISR', 'Israël', 'd’Israël'],
      ['MDG', 'Madagascar', 'de Madagascar'],
      ['IRN', 'Iran', 'de l’Iran'],
      ['AFG', 'Afghanistan', 'de l’Afghanistan'],
      ['HND', 'Honduras', 'du Honduras'],
      ['HUN', 'Hongrie', 'de la Hongrie'],
      ['HKG', 'Hong Kong', 'de Hong Kong'],
      ['PHL', 'Philippines', 'des Philippines'],
      ['NLD', 'Pays-Bas', 'des Pays-Bas'],
      ['ARE', 'Émirats arabes unis', 'des Émirats arabes unis'],
      ['GBR', 'Royaume-Uni', 'du Royaume-Uni'],
      ['CAF', 'République centrafricaine', 'de la République centrafricaine'],
      ['CAF', 'Centrafrique', 'du Centrafrique'],
      ['COG', 'Congo', 'du Congo'],
      ['YEM', 'Yémen', 'du Yémen'],
      ['OMN', 'Oman', 'd’Oman'],
      ['ECU', 'Équateur', 'de l’Équateur'],
      ['SLB', 'Îles Salomon', 'des Îles Salomon'],
      ['SLV', 'El Salvador', 'd’El Salvador'],
      ['SLV', 'Salvador', 'du Salvador'],
      ['REU', 'La Réunion', 'de La Réunion'],
      ['CIV', 'Côte d’Ivoire', 'de la Côte d’Ivoire'],
      ['LAO', 'Laos', 'du Laos'],
      ['LSO', 'Lesotho', 'du Lesotho'],
      ['SGP', 'Singapour', 'de Singapour'],
    ];
    expect(cases.map(([code, name]) => frenchOf(country(code, name)))).toEqual(cases.map(([, , of]) => of));
  });

  it('writes the bare article after a preposition such as "pour"', () => {
    expect(frenchWithArticle(country('MLI', 'Mali'))).toBe('le Mali');
    expect(frenchWithArticle(country('RUS', 'Russie'))).toBe('la Russie');
    expect(frenchWithArticle(country('UKR', 'Ukraine'))).toBe('l’Ukraine');
    expect(frenchWithArticle(country('USA', 'États-Unis'))).toBe('les États-Unis');
    expect(frenchWithArticle(country('CUB', 'Cuba'))).toBe('Cuba');
    expect(frenchWithArticle(person('Sergueï Lavrov'))).toBe('Sergueï Lavrov');
  });

  it('never writes "de le" or "de les" for any country name of the library', () => {
    for (const [alpha2, name] of Object.entries(countries.getNames('fr'))) {
      const of = frenchOf(country(countries.alpha2ToAlpha3(alpha2)!, name));
      expect(of, name).toMatch(/^(du |de la |de l’|des |de |d’)\S/);
      expect(of, name).not.toMatch(/^de (le|les) /i);
    }
  });

  it('gives organizations the article of their first word or acronym, and people none', () => {
    expect(frenchOf(organization('ONU'))).toBe('de l’ONU');
    expect(frenchOf(organization('Nations unies'))).toBe('des Nations unies');
    expect(frenchOf(organization('CEDEAO'))).toBe('de la CEDEAO');
    expect(frenchOf(organization('Union africaine'))).toBe('de l’Union africaine');
    expect(frenchOf(organization('Alliance des États du Sahel'))).toBe('de l’Alliance des États du Sahel');
    expect(frenchOf(organization('FMI'))).toBe('du FMI');
    expect(frenchOf(organization('G5 Sahel'))).toBe('du G5 Sahel');
    expect(frenchOf(organization('Fonds monétaire international'))).toBe('du Fonds monétaire international');
    expect(frenchOf(organization('Wagner'))).toBe('de Wagner');
    expect(frenchOf(person('Sergueï Lavrov'))).toBe('de Sergueï Lavrov');
    expect(frenchOf(person('Abdoulaye Diop'))).toBe('d’Abdoulaye Diop');
  });

  it('puts the article in the sentences French builds with "de" and a name', () => {
    expect(fr.map.canvasLabel(country('MLI', 'Mali'))).toMatch(/^Carte interactive du Mali et de ses partenaires/);
    expect(fr.map.canvasLabel(country('RUS', 'Russie'))).toMatch(/^Carte interactive de la Russie /);
    expect(en.map.canvasLabel(country('MLI', 'Mali'))).toMatch(/^Interactive map of Mali and its partners/);
    expect(fr.network.memberOf(country('RUS', 'Russie'))).toBe('membre de la Russie');
    expect(fr.map.memberOf(country('RUS', 'Russie'))).toBe('pour la Russie');
    expect(fr.draft.notes.reported(person('Abdoulaye Diop'))).toBe('propos d’Abdoulaye Diop');
    expect(fr.draft.statusOf(country('MLI', 'Mali'), country('BFA', 'Burkina Faso'), 'Sécurité')).toBe(
      'Statut du Mali et du Burkina Faso, Sécurité',
    );
  });
});
