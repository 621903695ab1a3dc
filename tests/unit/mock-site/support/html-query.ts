/**
 * Just enough HTML reading to use the mock site the way a shopper does, over
 * plain HTTP: links by their text or accessible name, forms by their button,
 * fields by their `<label for>`. Only meant for the mock's own, well-formed
 * markup; a missing element throws with what was there instead.
 */

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Text a person could read: tags, scripts and styles gone, whitespace collapsed. */
export function textOf(markup: string): string {
  return decodeEntities(
    markup.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export function attributesOf(openTag: string): Record<string, string> {
  const result: Record<string, string> = {};
  const inner = openTag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    result[(m[1] ?? '').toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return result;
}

export interface Element {
  attrs: Record<string, string>;
  /** Everything between the opening and closing tag. */
  inner: string;
  text: string;
}

/** Elements of one tag name; not for tags that nest inside themselves. */
export function elements(markup: string, tag: string): Element[] {
  const pattern = new RegExp(`(<${tag}\\b[^>]*>)([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  return [...markup.matchAll(pattern)].map((m) => ({
    attrs: attributesOf(m[1] ?? ''),
    inner: m[2] ?? '',
    text: textOf(m[2] ?? ''),
  }));
}

/** A link's accessible name: aria-label if it has one, else its text. */
export function accessibleName(el: Element): string {
  return el.attrs['aria-label'] ?? el.text;
}

export function findLink(markup: string, name: string): Element | undefined {
  return elements(markup, 'a').find((a) => accessibleName(a) === name);
}

export function linkHref(markup: string, name: string): string {
  const link = findLink(markup, name);
  if (link?.attrs.href === undefined) {
    const names = elements(markup, 'a').map(accessibleName);
    throw new Error(`No link named "${name}". Links: ${JSON.stringify(names)}`);
  }
  return link.attrs.href;
}

export function buttonNames(markup: string): string[] {
  return elements(markup, 'button').map((b) => b.text);
}

export interface Form extends Element {
  action: string;
  method: 'get' | 'post';
  hidden: boolean;
}

export function formWithButton(markup: string, buttonText: string): Form {
  const form = elements(markup, 'form').find((f) => buttonNames(f.inner).includes(buttonText));
  if (!form)
    throw new Error(
      `No form with a "${buttonText}" button. Buttons: ${JSON.stringify(buttonNames(markup))}`,
    );
  return {
    ...form,
    action: form.attrs.action ?? '',
    method: form.attrs.method?.toLowerCase() === 'post' ? 'post' : 'get',
    hidden: 'hidden' in form.attrs,
  };
}

/** The `name` a labelled control posts under, and for a select the value of the option shown as `choice`. */
export function controlFor(
  markup: string,
  label: string,
  choice: string,
): { name: string; value: string } {
  const labelEl = elements(markup, 'label').find((l) => l.text === label);
  const id = labelEl?.attrs.for;
  if (!id) {
    const labels = elements(markup, 'label').map((l) => l.text);
    throw new Error(`No label "${label}". Labels: ${JSON.stringify(labels)}`);
  }
  const idPattern = new RegExp(`<(input|select|textarea)\\b[^>]*\\bid="${id}"[^>]*>`, 'i');
  const tag = idPattern.exec(markup);
  const name = tag ? attributesOf(tag[0]).name : undefined;
  if (!tag || !name)
    throw new Error(`Label "${label}" points at #${id}, which has no named control`);
  if (tag[1]?.toLowerCase() !== 'select') return { name, value: choice };
  const select = elements(markup, 'select').find((s) => s.attrs.id === id);
  const option = elements(select?.inner ?? '', 'option').find((o) => o.text === choice);
  if (!option) throw new Error(`Select "${label}" has no option "${choice}"`);
  return { name, value: option.attrs.value ?? choice };
}

export function hiddenInputs(formInner: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of formInner.matchAll(/<input\b[^>]*>/gi)) {
    const attrs = attributesOf(m[0]);
    if (attrs.type === 'hidden' && attrs.name) result[attrs.name] = attrs.value ?? '';
  }
  return result;
}

export function headings(markup: string, level: 1 | 2): string[] {
  return elements(markup, `h${level}`).map((h) => h.text);
}
