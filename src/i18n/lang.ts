import { isLang, type Lang } from '../model/lang';

/** `?lang=`, else the browser's first supported language, else French (the source's language). */
export function initialLang(search: string, languages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'fr';
}
