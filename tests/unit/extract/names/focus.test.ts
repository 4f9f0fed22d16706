import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../../src/extract/extractDraft';

const focusOf = (text: string) => extractDraft(normalizeArticle(text)).focus;

describe('the choice of the main country', () => {
  it('weighs a country adjective less than the country named by name', () => {
    const text = [
      'Kenya buys drones',
      'Kenya has received Turkish drones, Turkish trainers and Turkish spare parts.',
      'Kenya will use them in the north.',
    ].join('\n');
    expect(focusOf(text)).toBe('KEN');
  });

  it('gives weight to the capital of the dateline', () => {
    const text = [
      'Accord sur le gaz',
      'DAKAR, 2 mai 2024 – La Mauritanie et le Sénégal ont signé un accord sur le gaz.',
      'La Mauritanie en fournira une part.',
    ].join('\n');
    expect(focusOf(text)).toBe('SEN');
  });

  it('counts a reference to all members of an alliance for the alliance', () => {
    const text = [
      "Les pays de l'AES lancent une force commune",
      "Le Mali, le Burkina Faso et le Niger ont annoncé une force. Les trois pays de l'AES la financeront.",
    ].join('\n');
    expect(focusOf(text)).toBe('AES');
  });

  it('reads a capital in the title as its state', () => {
    expect(focusOf('Pékin mise sur le cuivre zambien\nLa Zambie a signé un accord.')).toBe('CHN');
  });
});
