/** The OpenAPI 3.1 document, built from the route table so that it always matches the server. */
import fs from 'node:fs';
import path from 'node:path';
import { CUE_TYPES } from '../core/layers.js';
import { PACKAGE_ROOT } from '../core/paths.js';
import { ROUTES } from './routes.js';

const str = { type: 'string' };
const strN = { type: ['string', 'null'] };
const int = { type: 'integer' };
const num = { type: 'number' };
const numN = { type: ['number', 'null'] };
const arr = (items: object) => ({ type: 'array', items });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const evidence = arr(obj({ rule: str, detail: str }));
/** What a quote's cue reports; null for a record stored without the label. */
const cueType = { enum: [...CUE_TYPES, null] };

const eventSummary = { id: str, type: str, time: strN, places: arr(str), label: str, docs: int, mentions: int, firstReported: strN, lastReported: strN };
const entitySummary = { id: str, type: str, name: str, aliases: arr(str), docs: int, mentions: int, quotes: int, figures: int };
const docSummary = {
  id: str, title: strN, published: strN, source: strN, url: strN, status: { enum: ['ok', 'error'] }, error: { type: ['object', 'null'] }, quotes: int, figures: int, events: int,
};
const ledgerFigure = obj({
  id: str, text: str, start: int, end: int, role: str, value: num, low: numN, high: numN, hedge: str, counted: str, unit: strN, claimant: str,
  claimantKind: { enum: ['speaker', 'outlet'] }, entity: strN, quote: { oneOf: [obj({ id: str, text: str, speaker: strN, cueType }), { type: 'null' }] }, attached: { enum: ['event', 'document'] },
});

function recordSchema(): object {
  try {
    return JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'schema', 'ascribe-v1.schema.json'), 'utf8'));
  } catch {
    return { type: 'object', description: 'an ascribe/v1 record (schema/ascribe-v1.schema.json)' };
  }
}

const SCHEMAS: Record<string, object> = {
  Error: obj({ error: obj({ code: str, message: str }) }),
  Stats: obj({ documents: int, errors: int, entities: int, events: int, quotes: int, figures: int, schemaVersion: int }),
  DocumentSummary: obj(docSummary),
  StoredDocument: obj({ ...docSummary, record: { oneOf: [ref('Record'), { type: 'null' }] }, entityLinks: { type: 'object', additionalProperties: str }, eventLinks: { type: 'object', additionalProperties: str } }),
  EntitySummary: obj(entitySummary),
  EntityDetail: obj({ ...entitySummary, members: arr(obj({ doc: str, title: strN, published: strN, local: str, name: str, evidence })) }),
  Quote: obj({ doc: str, title: strN, source: strN, published: strN, id: str, kind: str, start: int, end: int, text: str, speaker: strN, entity: strN, cue: strN, cueType }),
  Figure: obj({
    doc: str, title: strN, source: strN, published: strN, id: str, start: int, end: int, text: str, value: num, low: numN, high: numN, hedge: str, counted: str,
    role: strN, unit: strN, claimant: str, claimantKind: { enum: ['speaker', 'outlet'] }, entity: strN, quote: strN, event: strN,
  }),
  EventSummary: obj(eventSummary),
  EventDetail: obj({ ...eventSummary, members: arr(obj({ doc: str, title: strN, source: strN, published: strN, local: str, trigger: str, time: strN, evidence })) }),
  Ledger: obj({
    event: obj({ id: str, type: str, time: strN, places: arr(str), label: str }),
    sources: arr(obj({ doc: str, outlet: strN, title: strN, published: strN, url: strN, evidence, triggers: arr(str), figures: arr(ledgerFigure), quotes: arr(obj({ id: str, kind: str, text: str, start: int, end: int, speaker: strN, entity: strN, cueType })) })),
    spread: arr(obj({ role: str, min: num, max: num, figures: int, sources: int, claims: arr(str), earliest: { type: 'object' }, latest: { type: 'object' } })),
    earliest: { type: ['object', 'null'] },
    latest: { type: ['object', 'null'] },
    claims: arr(obj({ claimant: str, kind: str, entity: strN, role: str, claims: arr(str), docs: arr(str) })),
  }),
  SearchHit: obj({ kind: { enum: ['document', 'quote'] }, doc: str, title: strN, published: strN, id: strN, speaker: strN, snippet: str, rank: num }),
};

function responseSchema(name: string): object {
  return name.endsWith('[]') ? arr(ref(name.slice(0, -2))) : ref(name);
}

export function openapi(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of ROUTES) {
    const op: Record<string, unknown> = {
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${r.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z_]+(\w)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: (r.params ?? []).map((p) => ({ name: p.name, in: p.in, required: p.in === 'path', description: p.description, schema: { type: p.type ?? 'string', ...(p.enum && { enum: p.enum }) } })),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: responseSchema(r.response) } } },
        400: { description: 'bad request', content: { 'application/json': { schema: ref('Error') } } },
        ...(r.path.includes('{') && { 404: { description: 'not found', content: { 'application/json': { schema: ref('Error') } } } }),
        ...(r.body && { 413: { description: 'body too large', content: { 'application/json': { schema: ref('Error') } } } }),
      },
    };
    if (r.body) {
      op.requestBody = {
        required: true,
        content: {
          'application/json': { schema: obj({ text: str, published: { type: 'string', format: 'date' }, title: str, source: str, url: str }, ['text']) },
          'text/plain': { schema: str },
        },
      };
    }
    (paths[r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Ascribe corpus API', version: '1.0.0', description: 'Source-attributed records of news articles: documents, entities and events linked across documents, quotes, figures and the claim ledger. Errors are {"error": {"code", "message"}}.' },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: { ...SCHEMAS, Record: recordSchema() } },
  };
}
