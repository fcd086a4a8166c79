// Lint: TypeScript rules plus the architecture as import boundaries. The path of a message runs
// channel (telephony, web, bot) → conversation engine → emergency screen (triage) → intent engine (nlp)
// → domain module → reply; knowledge/ is data, core/ the shared vocabulary. Arrows point down that
// path, never back up it, and never round in a circle. server/ composes everything and nobody imports it.
// jobs/ runs background work (pg-boss) that server/ hands it; it knows the ports, never a domain.
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

const SOURCE = [
  'bot',
  'conversation',
  'core',
  'dashboard',
  'db',
  'domains',
  'jobs',
  'knowledge',
  'nlp',
  'server',
  'open311',
  'telephony',
  'triage',
  'web',
];
const CHANNELS = ['telephony', 'web', 'bot', 'open311'];
const ENTRY_POINTS = ['harness', 'tests', 'bench', 'scripts'];

/** `from` folders a `target` folder may not import. */
const zone = (target, from, message) => ({ target: `./${target}`, from: from.map((f) => `./${f}`), message });
/** Glob zones match absolute paths: their exceptions are written from the project root. */
const ROOT = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

const FRAMEWORKS = [
  'fastify',
  '@fastify/*',
  'twilio',
  'twilio/*',
  '@prisma/*',
  'pg',
  '@electric-sql/*',
  '@microsoft/*',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'db/generated/**',
      'coverage/**',
      'knowledge/schema/checkers.generated.ts',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json', '.d.ts'] })],
      // no-cycle follows imports by parsing each file: with the TypeScript parser, not espree.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              'core',
              [...SOURCE.filter((d) => d !== 'core'), ...ENTRY_POINTS],
              'core/ is the shared vocabulary: it imports nothing of the service.',
            ),
            zone(
              'knowledge',
              [...SOURCE.filter((d) => !['knowledge', 'core'].includes(d)), ...ENTRY_POINTS],
              'knowledge/ is data and its loaders: it imports only core/.',
            ),
            zone(
              'nlp',
              ['conversation', 'triage', 'domains', 'db', 'server', ...CHANNELS, ...ENTRY_POINTS],
              'nlp/ understands text; it knows no engine, domain, database or channel.',
            ),
            zone(
              'triage',
              ['conversation', 'domains', 'db', 'server', ...CHANNELS, ...ENTRY_POINTS],
              'The emergency screen is pure: no engine, domain, database or channel.',
            ),
            // Domains see the outside world through ports: the *.port.ts files of conversation/ (the ticket
            // repository, outbound SMS, the job queue) and nothing else of conversation/.
            {
              target: './domains',
              from: './conversation/**',
              except: [`${ROOT}/conversation/*.port.ts`],
              message:
                'A domain module imports only the ports of conversation/ (conversation/*.port.ts), never the engine.',
            },
            zone(
              'domains',
              ['triage', 'db', 'server', 'jobs', ...CHANNELS, ...ENTRY_POINTS],
              'A domain module receives what it needs; it never imports the engine, the screen, the database or a channel.',
            ),
            zone(
              'conversation',
              ['triage', 'nlp', 'domains', 'db', 'server', 'knowledge', ...CHANNELS, ...ENTRY_POINTS],
              'The engine sees its parts through core/ interfaces and its own ports only.',
            ),
            zone(
              'db',
              ['triage', 'nlp', 'domains', 'server', 'jobs', ...CHANNELS, ...ENTRY_POINTS],
              'Repositories implement ports of conversation/; they know no channel or domain.',
            ),
            zone(
              'jobs',
              ['triage', 'nlp', 'domains', 'db', 'server', 'knowledge', ...CHANNELS, ...ENTRY_POINTS],
              'jobs/ runs what server/ hands it through the ports; it knows no domain, database code or channel.',
            ),
            zone(
              'dashboard',
              ['server', 'db', 'jobs', 'triage', 'nlp', ...CHANNELS, ...ENTRY_POINTS],
              'The dashboard is handed its services (domains/staff) by server/; it never reaches the database or a channel.',
            ),
            ...CHANNELS.map((c) =>
              zone(
                c,
                [
                  'server',
                  'db',
                  'domains',
                  'jobs',
                  'triage',
                  'nlp',
                  ...CHANNELS.filter((o) => o !== c),
                  ...ENTRY_POINTS,
                ],
                'A channel is handed a ChannelContext; it never reaches into server/, the database, a domain or another channel.',
              ),
            ),
          ],
        },
      ],
    },
  },
  {
    files: [
      'core/**/*.ts',
      'knowledge/**/*.ts',
      'nlp/**/*.ts',
      'triage/**/*.ts',
      'domains/**/*.ts',
      'conversation/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FRAMEWORKS,
              message: 'Only channels, db/ and server/ know a web framework, Twilio or a database driver.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['nlp/nlpjs-classifier.ts', 'nlp/nlpjs.d.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Entry points print their results.
    files: ['scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
