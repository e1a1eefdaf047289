// The checks of the phone pages' JavaScript (ttx_desktop/room/static), run by `./dev lint` and
// tests/test_quality.py. The scripts are plain browser scripts, not modules, in the language
// of the phones people bring (ES2017: no optional chaining, no `catch {}` without a name).
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

const message = "Set text with textContent and build elements with createElement.";

module.exports = [
  { ignores: ["node_modules/", ".venv/", "build/", "dist/"] },
  js.configs.recommended,
  {
    files: ["ttx_desktop/room/static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2017,
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: {
      // Mistakes that pass in a browser without a word and break a page later.
      "no-undef": "error",
      "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
      eqeqeq: ["error", "always"],
      "no-implicit-globals": "error",
      "no-shadow": ["error", { builtinGlobals: false }],
      "no-use-before-define": ["error", { functions: false, variables: true }],
      "block-scoped-var": "error",
      "no-loop-func": "error",
      "array-callback-return": "error",
      "consistent-return": "error",
      "default-case-last": "error",
      "no-self-compare": "error",
      "no-template-curly-in-string": "error",
      "no-unmodified-loop-condition": "error",
      "no-unreachable-loop": "error",
      "no-unused-expressions": "error",
      "no-useless-concat": "error",
      "no-return-assign": "error",
      "no-sequences": "error",
      "no-throw-literal": "error",
      "prefer-promise-reject-errors": "error",
      radix: "error",
      strict: ["error", "global"],
      // The page's content security policy allows no eval, and what people typed is set as
      // text, never parsed as markup (an entry could otherwise run script on every phone).
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({ property, message })),
        ...["write", "writeln"].map((property) => ({ object: "document", property, message })),
      ],
    },
  },
  {
    files: ["eslint.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
];
