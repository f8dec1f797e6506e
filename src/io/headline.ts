/**
 * The headline of a plain-text article: its first line, when that line stands alone (a blank line after it)
 * and reads like a headline (a short line, no closing full stop). "Dozens killed in Kharkiv strike\n\nKYIV, …".
 */
const MAX_WORDS = 25;
const MAX_CHARS = 200;

export function headlineOf(text: string): string | undefined {
  const m = /^\ufeff?[ \t]*(\S[^\n]*?)[ \t]*\r?\n[ \t]*\r?\n/.exec(text);
  if (!m) return undefined;
  const line = m[1];
  if (line.length > MAX_CHARS || line.split(/\s+/).length > MAX_WORDS) return undefined;
  // A sentence that ends with a full stop is the article's first paragraph ("He said so."), not its headline.
  if (/[.:;,]$/.test(line) && !/\.\.\.$|\b(?:[A-Z]\.|U\.S\.|Jr\.|Inc\.)$/.test(line)) return undefined;
  // Nor is a quotation or a line about the story: a byline, a dateline, a time stamp.
  if (/^["“«].*["”»]$/.test(line) || /^[—–-]|[—–-]$/.test(line) || /[.!?,][”"’']/.test(line)) return undefined;
  if (/^By\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(line) && line.split(/\s+/).length <= 5) return undefined;
  if (/^(?:Updated|Published|Posted)\b/.test(line)) return undefined;
  // A wire dateline: a place in capitals, then an agency in brackets or a date and a dash ("KYIV (AP) —").
  if (/^\p{Lu}[\p{Lu} .'’-]+(?:,[^,]{1,30})?(?:\s*\([^)]{1,30}\))?\s*[—–-]/u.test(line)) return undefined;
  return line;
}
