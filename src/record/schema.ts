/**
 * The JSON Schema of the output record, ascribe/v1. This object is the one definition:
 * `npm run schema` writes it to schema/ascribe-v1.schema.json, and a test checks that the
 * committed file matches and that every output validates.
 */
import { CUE_TYPES, ENTITY_TYPES, HEDGES, QUOTE_KINDS, TIMEX_TYPES } from '../core/layers.js';
import { errors } from '../core/errors.js';

const span = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: {
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    text: { type: 'string' },
  },
  additionalProperties: false,
} as const;

const id = { type: 'string', minLength: 1 } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const recordSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://ascribe.dev/schema/ascribe-v1.schema.json',
  title: 'ascribe/v1 record',
  description: 'One analysed document, or an error record standing in its place. Offsets are half-open UTF-16 code-unit indices into `text` (code points with --offsets codepoint).',
  definitions: {
    span,
    record: {
      type: 'object',
      required: ['schema', 'doc', 'text', 'entities', 'quotes', 'quantities', 'times', 'events'],
      additionalProperties: false,
      properties: {
        schema: { const: 'ascribe/v1' },
        doc: {
          type: 'object',
          required: ['id', 'lang'],
          additionalProperties: false,
          properties: { id, title: { type: 'string' }, published: isoDate, source: { type: 'string' }, url: { type: 'string' }, lang: { type: 'string' } },
        },
        text: { type: 'string' },
        entities: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'type', 'name', 'mentions'],
            additionalProperties: false,
            properties: {
              id,
              type: { enum: [...ENTITY_TYPES] },
              name: { type: 'string', minLength: 1 },
              mentions: { type: 'array', items: { $ref: '#/definitions/span' } },
              aliases: { type: 'array', items: { type: 'string' } },
              titles: { type: 'array', items: { type: 'string' } },
            },
          },
        },
        quotes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'kind', 'content', 'cue', 'speaker'],
            additionalProperties: false,
            properties: {
              id,
              kind: { enum: [...QUOTE_KINDS] },
              content: { $ref: '#/definitions/span' },
              cue: { oneOf: [{ $ref: '#/definitions/span' }, { type: 'null' }] },
              cueType: { enum: [...CUE_TYPES] },
              speaker: {
                oneOf: [
                  { type: 'null' },
                  {
                    type: 'object',
                    required: ['name', 'entity', 'mention'],
                    additionalProperties: false,
                    properties: {
                      name: { type: 'string', minLength: 1, not: { const: 'Unknown' } },
                      entity: { type: ['string', 'null'] },
                      mention: { oneOf: [{ $ref: '#/definitions/span' }, { type: 'null' }] },
                    },
                  },
                ],
              },
            },
          },
        },
        quantities: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'span', 'value', 'hedge', 'counted', 'claimant'],
            additionalProperties: false,
            properties: {
              id,
              span: { $ref: '#/definitions/span' },
              value: { type: 'number' },
              low: { type: 'number' },
              high: { type: 'number' },
              hedge: { enum: [...HEDGES] },
              counted: { type: 'string' },
              claimant: {
                oneOf: [
                  {
                    type: 'object',
                    required: ['kind', 'name', 'entity', 'quote'],
                    additionalProperties: false,
                    properties: { kind: { const: 'speaker' }, name: { type: 'string' }, entity: { type: ['string', 'null'] }, quote: { type: ['string', 'null'] } },
                  },
                  {
                    type: 'object',
                    required: ['kind', 'name'],
                    additionalProperties: false,
                    properties: { kind: { const: 'outlet' }, name: { type: ['string', 'null'] } },
                  },
                ],
              },
              event: { type: 'string' },
              role: { type: 'string' },
              partOf: { type: 'string' },
              unit: { type: 'string' },
            },
          },
        },
        times: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'span', 'type', 'value'],
            additionalProperties: false,
            properties: { id, span: { $ref: '#/definitions/span' }, type: { enum: [...TIMEX_TYPES] }, value: { type: 'string', minLength: 1 }, mod: { type: 'string' } },
          },
        },
        events: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'type', 'trigger', 'places', 'participants', 'quantities'],
            additionalProperties: false,
            properties: {
              id,
              type: { type: 'string' },
              trigger: { $ref: '#/definitions/span' },
              time: { type: 'string' },
              places: { type: 'array', items: { type: 'string' } },
              participants: {
                type: 'array',
                items: { type: 'object', required: ['entity', 'role'], additionalProperties: false, properties: { entity: { type: 'string' }, role: { type: 'string' } } },
              },
              quantities: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
    error: {
      type: 'object',
      required: ['schema', 'doc', 'error'],
      additionalProperties: false,
      properties: {
        schema: { const: 'ascribe/v1' },
        doc: { type: 'object', required: ['id'], additionalProperties: false, properties: { id } },
        error: {
          type: 'object',
          required: ['code', 'message'],
          additionalProperties: false,
          properties: { code: { enum: Object.keys(errors) }, message: { type: 'string', minLength: 1 } },
        },
      },
    },
  },
  oneOf: [{ $ref: '#/definitions/record' }, { $ref: '#/definitions/error' }],
} as const;
