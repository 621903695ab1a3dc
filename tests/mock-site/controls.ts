/**
 * Links, buttons and labelled fields, each honouring the session's `hide`
 * switch, so a test can remove any control and watch the extension fall back.
 * Every input gets a `<label for>`: that is how shoppers, screen readers and the
 * e2e helpers find it.
 */
import { html, raw } from 'hono/html';
import type { PhraseKey, View } from './view';

export type Html = ReturnType<typeof html>;

export function linkTo(view: View, key: PhraseKey, href: string, className?: string): Html {
  if (view.hidden(key)) return html``;
  return className
    ? html`<a href="${href}" class="${className}">${view.t(key)}</a>`
    : html`<a href="${href}">${view.t(key)}</a>`;
}

/** A one-button form that POSTs: for actions that change state (Connect, Send a new email). */
export function actionButton(view: View, key: PhraseKey, action: string): Html {
  if (view.hidden(key)) return html``;
  return html`<form method="post" action="${action}" class="inline-form">
    <button type="submit" class="primary">${view.t(key)}</button>
  </form>`;
}

export function submitButton(view: View, key: PhraseKey): Html {
  if (view.hidden(key)) return html``;
  return html`<button type="submit" class="primary">${view.t(key)}</button>`;
}

export interface FieldSpec {
  id: string;
  label: string;
  name: string;
  type?: 'text' | 'password';
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  placeholder?: string;
  /** Only ever non-secret values (a name, an expiry date) are written back into a form. */
  value?: string;
  invalid?: boolean;
}

export function field(spec: FieldSpec): Html {
  return html`<div class="field">
    <label for="${spec.id}">${spec.label}</label>
    <input
      id="${spec.id}"
      name="${spec.name}"
      type="${spec.type ?? 'text'}"
      autocomplete="${spec.autocomplete ?? 'off'}"
      inputmode="${spec.inputmode ?? 'text'}"
      placeholder="${spec.placeholder ?? ''}"
      value="${spec.value ?? ''}"
      aria-invalid="${spec.invalid ? 'true' : 'false'}"
    />
  </div>`;
}

/** Errors announced as soon as the page loads, one per line. */
export function errorList(messages: readonly string[]): Html {
  if (messages.length === 0) return html``;
  return html`<div class="alert error" role="alert">
    <ul>
      ${[...new Set(messages)].map((m) => html`<li>${m}</li>`)}
    </ul>
  </div>`;
}

/** A confirmation banner (role=status: read out without stealing focus). */
export function banner(text: string, detail?: Html | string): Html {
  return html`<div class="alert success" role="status">
    <strong>${text}</strong>${detail ? html` <span class="detail">${detail}</span>` : ''}
  </div>`;
}

/**
 * An inline `<script>`, built as a plain string: its code must not be
 * HTML-escaped, and template formatters must not reflow it. `code` must be a
 * constant or already escaped for a script context (`<` as `\\u003c`).
 */
export function inlineScript(code: string, type?: 'application/json', id?: string): Html {
  const attrs = `${type ? ` type="${type}"` : ''}${id ? ` id="${id}"` : ''}`;
  return raw(`<script${attrs}>${code}</script>`);
}
