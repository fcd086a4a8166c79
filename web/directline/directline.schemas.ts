/**
 * Request and response schemas of the Direct Line subset. A person's message is checked before
 * anything is stored: only the Activity schema's own fields, type "message", text within the limit,
 * no attachments (the page has no upload button and nothing here stores files).
 */

/** Top-level fields of the Bot Framework Activity schema; anything else is a 400. */
const ACTIVITY_FIELDS = [
  'action',
  'attachmentLayout',
  'callerId',
  'channelId',
  'code',
  'conversation',
  'deliveryMode',
  'entities',
  'expiration',
  'historyDisclosed',
  'id',
  'importance',
  'inputHint',
  'label',
  'listenFor',
  'localTimestamp',
  'localTimezone',
  'locale',
  'membersAdded',
  'membersRemoved',
  'name',
  'reactionsAdded',
  'reactionsRemoved',
  'recipient',
  'relatesTo',
  'replyToId',
  'semanticAction',
  'serviceUrl',
  'speak',
  'suggestedActions',
  'summary',
  'textFormat',
  'textHighlights',
  'timestamp',
  'topicName',
  'value',
  'valueType',
] as const;

const SAFE_ID = '^[A-Za-z0-9._:|-]+$';

export function messageActivitySchema(maxTextLength: number) {
  return {
    type: 'object',
    required: ['type', 'text', 'from'],
    additionalProperties: false,
    properties: {
      ...Object.fromEntries(ACTIVITY_FIELDS.map((f) => [f, {}])),
      type: { type: 'string', enum: ['message'] },
      text: { type: 'string', minLength: 1, maxLength: maxTextLength },
      textFormat: { type: 'string', enum: ['plain', 'markdown', 'xml'] },
      locale: { type: 'string', maxLength: 35, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
      from: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 64, pattern: SAFE_ID },
          name: { type: 'string', maxLength: 100 },
          role: { type: 'string', enum: ['user'] },
        },
      },
      attachments: { type: 'array', maxItems: 0 },
      entities: { type: 'array', maxItems: 10 },
      channelData: {
        type: 'object',
        properties: {
          clientActivityID: { type: 'string', minLength: 1, maxLength: 100, pattern: SAFE_ID },
          clientTimestamp: { type: 'string', maxLength: 40 },
        },
      },
      conversation: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } } },
    },
  };
}

/** POST /conversations and /tokens/generate: Direct Line's optional start parameters. */
export const startBodySchema = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    user: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
    locale: { type: 'string', maxLength: 35 },
    trustedOrigins: { type: 'array', items: { type: 'string' } },
  },
};

export const conversationParams = {
  type: 'object',
  required: ['conversationId'],
  properties: { conversationId: { type: 'string', maxLength: 200 } },
};

export const watermarkQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { watermark: { type: 'string', maxLength: 20 } },
};

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

export const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 503: errorSchema };

export const conversationInfo = {
  type: 'object',
  required: ['conversationId', 'token', 'expires_in'],
  properties: {
    conversationId: { type: 'string' },
    token: { type: 'string', description: 'Bearer token opening this conversation only' },
    expires_in: { type: 'integer', description: 'seconds' },
  },
};

export const activitySet = {
  type: 'object',
  required: ['activities', 'watermark'],
  properties: {
    activities: { type: 'array', items: { type: 'object', additionalProperties: true } },
    watermark: { type: 'string' },
  },
};

export const resourceResponse = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
