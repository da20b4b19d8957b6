import type { KeyRule } from '../types.js';

/**
 * OpenAI secret keys: `sk-` + optional type prefix + random segment + `T3BlbkFJ` (base64 of "OpenAI")
 * + a second random segment of the same length. Lengths seen so far: 20 (alphanumeric), 46, 58, 74
 * (base64url); any equal pair from 20 to 100 is accepted since OpenAI promises no length.
 * Sources: ../shared/research/openai-key-formats.md (gitleaks, trufflehog, trivy, kingfisher fixtures).
 *
 * Samples: `{{key:<type>:<len>}}` is filled at test time with a random key of that shape
 * (`<type>` is legacy, proj, svcacct, admin, none or name=<service-name>); `{{fake:<vendor>}}` with a
 * look-alike that is not an OpenAI key. No key-shaped literal is committed.
 */
export const MARKER = 'T3BlbkFJ';

/** A service account name as the OpenAI dashboard accepts it (trufflehog #2863, at most 42 chars). */
const SERVICE_NAME = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,40}[A-Za-z0-9])?';
/** Prefixes that belong to other rules or other vendors, never a service account name. */
const NOT_A_NAME = '(?!(?:proj|svcacct|admin|None)-)(?!ant-|ant$|or-|lf-|live-|test-)';

export const KEY_RULES: readonly KeyRule[] = [
  {
    id: 'openai-project-key',
    kind: 'key',
    title: 'OpenAI project key',
    severity: 'high',
    description: 'A project-scoped OpenAI secret key (`sk-proj-`): anyone who holds it can call the API as the project and bill its owner.',
    docs: 'openai-project-key',
    verifyPath: '/v1/models',
    shapes: [{ prefix: /^sk-proj-$/, text: 'sk-proj-', seen: [20, 58, 74], alphabet: 'base64url' }],
    literals: [MARKER],
    samples: {
      match: [
        'OPENAI_API_KEY={{key:proj:74}}',
        'const client = new OpenAI({ apiKey: "{{key:proj:74}}" });',
        "key = '{{key:proj:58}}'",
        'sk={{key:proj:20}}',
        'f({{key:proj:74}}), g()',
        'https://example.test/?key={{key:proj:74}}&a=1',
        '<key>{{key:proj:74}}</key>',
        '{"k": "{{key:proj:74}}"}',
        'openai_key: {{key:proj:33}}',
        'openai_key: {{key:proj:100}}',
        // Encodings and contexts (detect/decoders): each is a key people committed without seeing it.
        '{{enc:wrapped76:proj:74}}',
        '{"k": "{{enc:dashes-u:proj:74}}"}',
        '<input value="{{enc:dashes-entity:proj:58}}">',
        '<key>{{enc:entities:proj:74}}</key>',
        'https://example.test/?key={{enc:percent:proj:74}}&a=1',
        'secret: {{enc:hex:proj:74}}',
        'Content-Transfer-Encoding: quoted-printable\n\nkey: {{enc:qp:proj:74}}',
        '"traceback": ["{{enc:ansi:proj:74}}"]',
        'const key = {{enc:split:proj:74}};',
        'KEY = ({{enc:split-implicit:proj:74}})',
      ],
      noMatch: [
        'OPENAI_API_KEY=sk-proj-...',
        'OPENAI_API_KEY=sk-proj-your-key-here',
        'x{{key:proj:74}}',
        '{{key:proj:74}}x_',
        '{{unequal:proj:74:58}}',
        '{{key:proj:19}}',
        '{{key:proj:101}}',
        '{{placeholder:proj:28:EXAMPLE}}',
        '{{placeholder:proj:74:EXAMPLE}}',
        '{{placeholder:proj:58:XXXX}}',
        '{{run:proj:74:X}}',
        '<p>Caf&#233; &#8212; &#84;&#51; is not a key</p>',
        'https://example.test/?q=T3BlbkFJ%20and%20sk-proj-%2E%2E%2E',
        '"sk\\u002dproj\\u002d{{run:proj:74:X}}"',
        'x = "{{run:proj:37:X}}" + "{{run:proj:37:X}}"',
      ],
    },
  },
  {
    id: 'openai-service-account-key',
    kind: 'key',
    title: 'OpenAI service account key',
    severity: 'high',
    description: "An OpenAI service account key (`sk-svcacct-`, or a named `sk-<name>-` service key): a key that belongs to a project's service account, not a person, and often runs in production.",
    docs: 'openai-service-account-key',
    verifyPath: '/v1/models',
    shapes: [
      { prefix: /^sk-svcacct-$/, text: 'sk-svcacct-', seen: [46, 74], alphabet: 'base64url' },
      { prefix: new RegExp(`^sk-${NOT_A_NAME}${SERVICE_NAME}-$`), text: 'sk-<name>-', seen: [20], alphabet: 'base64url' },
    ],
    literals: [MARKER],
    samples: {
      match: [
        'OPENAI_API_KEY="{{key:svcacct:74}}"',
        'OPENAI_API_KEY="{{key:svcacct:46}}"',
        'api_key: {{key:name=my-service-account:20}}',
        'api_key: {{key:name=batch2:20}}',
      ],
      noMatch: [
        'OPENAI_API_KEY=sk-svcacct-***',
        '{{unequal:svcacct:74:73}}',
        '{{fake:anthropic}}',
        '{{fake:openrouter}}',
      ],
    },
  },
  {
    id: 'openai-admin-key',
    kind: 'key',
    title: 'OpenAI admin key',
    severity: 'critical',
    description: "An OpenAI Admin API key (`sk-admin-`): it manages the whole organisation (members, projects, keys, billing), so a leak is worse than any other key's.",
    docs: 'openai-admin-key',
    verifyPath: '/v1/organization/admin_api_keys?limit=1',
    shapes: [{ prefix: /^sk-admin-$/, text: 'sk-admin-', seen: [58], alphabet: 'base64url' }],
    literals: [MARKER],
    samples: {
      match: ['OPENAI_ADMIN_KEY={{key:admin:58}}', "headers: { Authorization: 'Bearer {{key:admin:58}}' }"],
      noMatch: ['OPENAI_ADMIN_KEY=sk-admin-<your admin key>', '{{unequal:admin:58:57}}'],
    },
  },
  {
    id: 'openai-user-key',
    kind: 'key',
    title: 'OpenAI user key',
    severity: 'high',
    description: 'A legacy user key (`sk-` + 20 + marker + 20 alphanumerics) or an `sk-None-` key: keys tied to a user rather than a project, still accepted by the API.',
    docs: 'openai-user-key',
    verifyPath: '/v1/models',
    shapes: [
      { prefix: /^sk-$/, text: 'sk-', seen: [20], alphabet: 'alnum' },
      { prefix: /^sk-None-$/, text: 'sk-None-', seen: [20, 74], alphabet: 'base64url' },
    ],
    literals: [MARKER],
    samples: {
      match: [
        'openai.api_key = "{{key:legacy:20}}"',
        'OPENAI_API_KEY={{key:legacy:20}}\r',
        'OPENAI_API_KEY={{key:none:74}}',
        'OPENAI_API_KEY={{key:none:20}}',
      ],
      noMatch: [
        'OPENAI_API_KEY=sk-...',
        '{{run:legacy:20:a}}',
        '{{digits:legacy:20}}',
        '{{placeholder:legacy:20:your}}',
        '{{fake:sk48}}',
        '{{fake:hex32}}',
        '{{fake:stripe}}',
        '{{fake:marker-in-blob}}',
        '{{unequal:legacy:20:21}}',
        '{{legacy-with-dash}}',
      ],
    },
  },
];
