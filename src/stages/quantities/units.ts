/**
 * Money and measure units around a number: a currency sign or code before it ("$", "US$",
 * "EUR"), or a currency or measure word after it ("dollars", "km", "hectares").
 */
import type { TokenView } from './read.js';

export interface Currency {
  code: string;
  /** What a figure in this currency counts ("dollars"). */
  name: string;
}

const C = (code: string, name: string): Currency => ({ code, name });

const SIGNS = new Map<string, Currency>([
  ['$', C('USD', 'dollars')], ['€', C('EUR', 'euros')], ['£', C('GBP', 'pounds')], ['¥', C('JPY', 'yen')],
  ['₹', C('INR', 'rupees')], ['₽', C('RUB', 'roubles')], ['₺', C('TRY', 'lira')], ['₼', C('AZN', 'manat')],
  ['֏', C('AMD', 'drams')], ['₩', C('KRW', 'won')], ['₪', C('ILS', 'shekels')], ['₴', C('UAH', 'hryvnias')],
  ['₦', C('NGN', 'naira')], ['₱', C('PHP', 'pesos')], ['฿', C('THB', 'baht')], ['₫', C('VND', 'dong')],
]);

/** Letters glued before "$": "US$", "A$", "HK$". */
const DOLLAR_PREFIX = new Map<string, Currency>([
  ['US', C('USD', 'dollars')], ['U.S.', C('USD', 'dollars')], ['A', C('AUD', 'dollars')], ['AU', C('AUD', 'dollars')],
  ['C', C('CAD', 'dollars')], ['CA', C('CAD', 'dollars')], ['Can', C('CAD', 'dollars')], ['NZ', C('NZD', 'dollars')],
  ['HK', C('HKD', 'dollars')], ['S', C('SGD', 'dollars')], ['SG', C('SGD', 'dollars')], ['NT', C('TWD', 'dollars')],
  ['R', C('BRL', 'reais')], ['Mex', C('MXN', 'pesos')], ['Z', C('ZWL', 'dollars')], ['CDN', C('CAD', 'dollars')],
  ['CAN', C('CAD', 'dollars')], ['AUD', C('AUD', 'dollars')], ['USD', C('USD', 'dollars')],
]);

const CODES = new Map<string, Currency>(
  ('USD:dollars EUR:euros GBP:pounds JPY:yen CNY:yuan RMB:yuan INR:rupees RUB:roubles TRY:lira AZN:manat ' +
    'AMD:drams CHF:francs AUD:dollars CAD:dollars NZD:dollars HKD:dollars SGD:dollars KRW:won ILS:shekels ' +
    'UAH:hryvnias NGN:naira ZAR:rand SEK:kronor NOK:kroner DKK:kroner PLN:zlotys BRL:reais MXN:pesos SAR:riyals ' +
    'AED:dirhams EGP:pounds PKR:rupees IRR:rials KES:shillings GHS:cedis GEL:lari KZT:tenge BTC:bitcoins ' +
    'Rs:rupees Rs.:rupees').split(' ').map((p) => {
    const [code, name] = p.split(':');
    return [code, C(code.startsWith('Rs') ? 'INR' : code, name)];
  }),
);

/** Currency words after a number (lower case). "pounds" is left to measures: weight is likelier in prose. */
const NAMES = new Map<string, string>([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'],
  ['rubles', 'RUB'], ['lira', 'TRY'], ['liras', 'TRY'], ['manat', 'AZN'], ['manats', 'AZN'], ['dram', 'AMD'],
  ['drams', 'AMD'], ['franc', 'CHF'], ['francs', 'CHF'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['hryvnia', 'UAH'],
  ['hryvnias', 'UAH'], ['hryvnias', 'UAH'], ['naira', 'NGN'], ['rand', 'ZAR'], ['peso', 'MXN'], ['pesos', 'MXN'],
  ['krona', 'SEK'], ['kronor', 'SEK'], ['krone', 'NOK'], ['kroner', 'NOK'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['riyal', 'SAR'], ['riyals', 'SAR'], ['dirham', 'AED'], ['dirhams', 'AED'], ['rial', 'IRR'], ['rials', 'IRR'],
  ['dinar', 'DZD'], ['dinars', 'DZD'], ['bitcoin', 'BTC'], ['bitcoins', 'BTC'], ['sterling', 'GBP'],
]);

/** Nationality words that pick the dollar, pound, etc.: "Australian dollars". */
const CURRENCY_ADJECTIVES = new Map<string, string>([
  ['us', 'USD'], ['u.s.', 'USD'], ['american', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'],
  ['hong', 'HKD'], ['singapore', 'SGD'], ['new', 'NZD'], ['zimbabwean', 'ZWL'], ['taiwan', 'TWD'],
  ['swiss', 'CHF'], ['egyptian', 'EGP'], ['turkish', 'TRY'], ['azerbaijani', 'AZN'], ['armenian', 'AMD'],
  ['russian', 'RUB'], ['indian', 'INR'], ['pakistani', 'PKR'], ['mexican', 'MXN'], ['chinese', 'CNY'], ['japanese', 'JPY'],
]);

/** Measure words after a number → normalised unit. */
const MEASURES = new Map<string, string>([
  ['km', 'km'], ['kms', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometers', 'km'],
  ['metre', 'm'], ['metres', 'm'], ['meter', 'm'], ['meters', 'm'], ['cm', 'cm'], ['centimetres', 'cm'],
  ['centimeters', 'cm'], ['mm', 'mm'], ['millimetres', 'mm'], ['millimeters', 'mm'], ['mi', 'mi'], ['mile', 'mi'],
  ['miles', 'mi'], ['ft', 'ft'], ['foot', 'ft'], ['feet', 'ft'], ['yard', 'yd'], ['yards', 'yd'], ['inch', 'in'],
  ['inches', 'in'], ['kg', 'kg'], ['kgs', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilo', 'kg'],
  ['kilos', 'kg'], ['gram', 'g'], ['grams', 'g'], ['mg', 'mg'], ['milligrams', 'mg'], ['tonne', 't'], ['tonnes', 't'],
  ['ton', 't'], ['tons', 't'], ['lb', 'lb'], ['lbs', 'lb'], ['pound', 'lb'], ['pounds', 'lb'], ['ounce', 'oz'],
  ['ounces', 'oz'], ['oz', 'oz'], ['litre', 'l'], ['litres', 'l'], ['liter', 'l'], ['liters', 'l'], ['ml', 'ml'],
  ['millilitres', 'ml'], ['gallon', 'gal'], ['gallons', 'gal'], ['barrel', 'bbl'], ['barrels', 'bbl'], ['ha', 'ha'],
  ['hectare', 'ha'], ['hectares', 'ha'], ['acre', 'acre'], ['acres', 'acre'], ['mph', 'mph'], ['kph', 'km/h'],
  ['km/h', 'km/h'], ['knots', 'kn'], ['mw', 'MW'], ['megawatts', 'MW'], ['gw', 'GW'], ['gigawatts', 'GW'],
  ['kw', 'kW'], ['kilowatts', 'kW'], ['megawatt', 'MW'], ['gigawatt', 'GW'], ['kilowatt', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'],
  ['degrees', '°'], ['°c', '°C'], ['°f', '°F'], ['celsius', '°C'], ['fahrenheit', '°F'], ['sq', 'sq'],
]);

export interface UnitMatch {
  unit: string;
  /** The counted word for the figure ("dollars", "km"); lower case. */
  counted: string;
  /** Token range of the unit words: before the number (prefix) or after it. */
  first: number;
  last: number;
  money: boolean;
}

/** A currency sign or code right before token `at` ("$5", "US$ 1MM", "EUR 20", "Rs. 500"). */
export function currencyBefore(v: TokenView, at: number, from: number): UnitMatch | null {
  const k = at - 1;
  if (k < from || v.tokens[at].start - v.tokens[k].end > 1) return null;
  const t = v.tokens[k].text;
  const sign = SIGNS.get(t);
  if (sign) {
    let first = k;
    let cur = sign;
    if (t === '$' && k - 1 >= from && v.tokens[k - 1].end === v.tokens[k].start) {
      const p = DOLLAR_PREFIX.get(v.tokens[k - 1].text);
      if (p) {
        cur = p;
        first = k - 1;
      }
    }
    // "R$" and friends tokenise the letters apart; a lone "R" glued to "$" was handled above.
    return { unit: cur.code, counted: cur.name, first, last: k + 1, money: true };
  }
  const code = CODES.get(t);
  if (code) return { unit: code.code, counted: code.name, first: k, last: k + 1, money: true };
  return null;
}

/** A currency or measure word right after the number, token `at` onward. */
export function unitAfter(v: TokenView, at: number, lim: number): UnitMatch | null {
  if (at >= lim) return null;
  const raw = v.tokens[at].text;
  const w = raw.toLowerCase();
  const code = CODES.get(raw);
  if (code && raw.length === 3) return { unit: code.code, counted: code.name, first: at, last: at + 1, money: true };
  // "5 US dollars", "10 Australian dollars"
  const adj = CURRENCY_ADJECTIVES.get(w);
  if (adj && at + 1 < lim) {
    let k = at + 1;
    if (w === 'hong' || w === 'new') k++; // "Hong Kong dollars", "New Zealand dollars"
    if (k < lim) {
      const n = v.tokens[k].text.toLowerCase();
      if (NAMES.has(n) || n === 'pounds' || n === 'pound') {
        const code2 = adj === 'EGP' || n.startsWith('dollar') || n.startsWith('pound') || NAMES.get(n) === adj ? adj : NAMES.get(n)!;
        return { unit: code2, counted: n, first: at, last: k + 1, money: true };
      }
    }
  }
  const name = NAMES.get(w);
  if (name) {
    // "pounds sterling"
    return { unit: name, counted: w, first: at, last: at + 1, money: true };
  }
  if ((w === 'pounds' || w === 'pound') && at + 1 < lim && v.tokens[at + 1].text.toLowerCase() === 'sterling') {
    return { unit: 'GBP', counted: w, first: at, last: at + 2, money: true };
  }
  // "a 947 million pounds turnover", "24 million pounds operating loss": pounds that a money noun follows are money.
  if (w === 'pounds' || w === 'pound') {
    for (let k = at + 1; k < lim && k <= at + 2; k++) {
      const n = v.tokens[k].text.toLowerCase();
      if (MONEY_NOUNS.has(n)) return { unit: 'GBP', counted: w, first: at, last: at + 1, money: true };
      if (!/^\p{Ll}+$/u.test(n)) break;
    }
  }
  const m = MEASURES.get(w);
  if (m) {
    // "sq km", "square kilometres"
    if (m === 'sq' && at + 1 < lim) {
      const n = MEASURES.get(v.tokens[at + 1].text.toLowerCase());
      if (n) return { unit: n + '2', counted: 'sq ' + v.tokens[at + 1].text.toLowerCase(), first: at, last: at + 2, money: false };
      return null;
    }
    if (m === 'sq') return null;
    // "km/h"
    if (m === 'km' && at + 2 < lim && v.tokens[at + 1].text === '/' && v.tokens[at + 2].text.toLowerCase() === 'h') {
      return { unit: 'km/h', counted: 'km/h', first: at, last: at + 3, money: false };
    }
    // "150 km per hour", "90 kilometres an hour", "75 miles per hour": a speed.
    if ((m === 'km' || m === 'mi') && at + 2 < lim && /^(?:per|an|a)$/i.test(v.tokens[at + 1].text) && /^(?:hour|hr|h)$/i.test(v.tokens[at + 2].text)) {
      const unit = m === 'km' ? 'km/h' : 'mph';
      return { unit, counted: unit, first: at, last: at + 3, money: false };
    }
    return { unit: m, counted: w, first: at, last: at + 1, money: false };
  }
  if (raw === '°' || raw === 'º') {
    const n = at + 1 < lim && v.tokens[at + 1].start === v.tokens[at].end ? v.tokens[at + 1].text : '';
    if (n === 'C' || n === 'F') return { unit: '°' + n, counted: 'degrees', first: at, last: at + 2, money: false };
    return { unit: '°', counted: 'degrees', first: at, last: at + 1, money: false };
  }
  if ((w === 'square' || w === 'cubic') && at + 1 < lim) {
    const n = MEASURES.get(v.tokens[at + 1].text.toLowerCase());
    if (n) return { unit: n + (w === 'square' ? '2' : '3'), counted: w + ' ' + v.tokens[at + 1].text.toLowerCase(), first: at, last: at + 2, money: false };
  }
  return null;
}

/** Nouns of money that make a "pounds" before them sterling, not weight. */
const MONEY_NOUNS = new Set(('turnover loss losses profit profits revenue revenues deal fine fines budget contract investment compensation ' +
  'damages price payment payments sale funding grant debt debts bonus salary prize reward bail donation settlement tax bill fee fees').split(' '));

/** The normalised unit of a measure word ("foot" → "ft"), or undefined. */
export function measureUnit(word: string): string | undefined {
  const m = MEASURES.get(word);
  return m === 'sq' ? undefined : m;
}

export function currencyName(code: string): string {
  for (const c of SIGNS.values()) if (c.code === code) return c.name;
  return CODES.get(code)?.name ?? code.toLowerCase();
}
