// Lint config. Lives under tests/ to keep the top level to what the project
// layout fixes; run with `eslint --config tests/eslint.config.js`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Extension code (what ships): entrypoints, components, utils. */
const SHIPPED = ['entrypoints/**', 'components/**', 'utils/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', '.output/**', '.wxt/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Privacy is the floor: the shipped code makes no network requests and
    // never presses a button or submits a form for the shopper.
    files: SHIPPED,
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'The extension makes no network requests.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(click|submit|requestSubmit)$/]',
          message: 'Never click or submit for the shopper.',
        },
        {
          selector: "MemberExpression[property.name='sendBeacon']",
          message: 'The extension makes no network requests.',
        },
      ],
    },
  },
  {
    // Detection reads what a person sees; it never reads what a person typed.
    files: ['utils/detect/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^(value|valueAsNumber|valueAsDate|selectedOptions|innerText)$/]',
          message: 'Detection must not read input values (or force layout with innerText).',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    files: ['tests/**'],
    rules: { 'no-console': 'off' },
  },
);
